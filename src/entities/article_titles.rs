//! "In The Bear, Jeremy Allen White plays a chef", "fans of The Wire": inside a sentence, a
//! capitalised "The" is part of a name, and a name that takes its article so is a work's or
//! a firm's title ("The Guardian"), or one of a few places ("The Hague", "The Gambia"). A
//! place the tagger saw in such a name, which no gazetteer holds, is the work.

use super::label::Label;
use super::repair::Span;

/// Words after which a sentence starts again, so "The" is capitalised by rule.
const OPENERS: &[&str] = &["\"", "“", "‘", "'", ":", "-", "–", "—", "(", "["];

/// `is_place` says whether the gazetteers know a name as a place.
pub fn works_with_their_article(
    words: &[&str],
    names: &mut [Span],
    is_place: impl Fn(&[&str]) -> bool,
) {
    for name in names.iter_mut() {
        let (mut a, b, label) = *name;
        // The tagger's name may have left the article out.
        if a > 1 && words[a - 1] == "The" {
            a -= 1;
        }
        // (Only the tagger's towns and countries: "The Solent" and "The Wash" are waters.)
        if a == 0 || b < a + 2 || words[a] != "The" || label != Label::Gpe {
            continue;
        }
        if OPENERS.contains(&words[a - 1]) {
            continue;
        }
        if !is_place(&words[a..b]) && !is_place(&words[a + 1..b]) {
            *name = (a, b, Label::WorkOfArt);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, name: Span) -> Label {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = vec![name];
        works_with_their_article(&words, &mut names, |n| n == ["Hague"]);
        names[0].2
    }

    #[test]
    fn a_place_named_with_a_capital_article_is_a_work() {
        assert_eq!(
            run("In The Bear , he plays a chef", (1, 3, Label::Gpe)),
            Label::WorkOfArt
        );
        assert_eq!(run("He moved to The Hague", (3, 5, Label::Gpe)), Label::Gpe);
        assert_eq!(run("The Bear is a town", (0, 2, Label::Gpe)), Label::Gpe);
        assert_eq!(run("He said : The Bear", (3, 5, Label::Gpe)), Label::Gpe);
        assert_eq!(
            run("Ships crossed The Solent", (2, 4, Label::Loc)),
            Label::Loc
        );
    }
}
