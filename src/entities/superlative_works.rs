//! Works that opened a sentence and then set a record: "Adolescence became the most-watched
//! English-language series on Netflix", "Wicked is the highest-grossing musical film". A title
//! of ordinary words at a sentence's start looks like any opening word to the tagger; the
//! record it set, a copula and a superlative before a word for a work, says it is one.

use super::casing::capitalised;
use super::label::Label;
use super::repair::{crosses, replace_names, Span};

/// Verbs that link a title to the record it set.
const COPULAS: &[&str] = &["became", "becomes", "is", "was", "remains", "remained"];

/// Words for a work after the record: "the most-watched series" (not "show", which names a
/// fair as often: "the biggest motor show").
const WORKS: &[&str] = &[
    "film",
    "films",
    "movie",
    "series",
    "novel",
    "book",
    "album",
    "song",
    "single",
    "sitcom",
    "documentary",
    "drama",
    "podcast",
    "miniseries",
    "musical",
    "programme",
    "game",
];

/// The most words of a title here, and of the record between the article and the work's word.
const MAX_TITLE: usize = 4;
const MAX_RECORD: usize = 4;

/// Whether a word says a record: a superlative ("biggest", "most-watched", "best-selling").
fn superlative(w: &str) -> bool {
    ["most", "best", "highest", "fastest", "longest"]
        .iter()
        .any(|p| w.starts_with(p))
        || matches!(w, "biggest" | "largest" | "greatest" | "top-selling")
}

/// Words that end a record's phrase before its work: "the biggest market for the film" names
/// a market.
fn ends_the_record(w: &str) -> bool {
    matches!(
        w,
        "for" | "of" | "in" | "on" | "to" | "and" | "the" | "a" | "at" | "with"
    )
}

/// Relabels as a work the capitalised words that open a sentence before a copula, "the" and a
/// record within a few words of a work's word. A person the tagger named stays one ("Cillian
/// Murphy became the first ... "): no work's word follows a person's record here.
pub fn works_that_set_records(words: &[&str], names: &mut Vec<Span>) {
    let Some(copula) = words
        .iter()
        .take(MAX_TITLE + 1)
        .position(|w| COPULAS.contains(w))
    else {
        return;
    };
    // ("Inside Out 2": a sequel's number.)
    let title_word = |w: &&str| capitalised(w) || w.bytes().all(|b| b.is_ascii_digit());
    if copula == 0 || !words[..copula].iter().all(title_word) {
        return;
    }
    let rest = &words[copula + 1..];
    if rest.first() != Some(&"the") {
        return;
    }
    let record = &rest[1..rest.len().min(2 + MAX_RECORD)];
    let Some(work) = record.iter().position(|w| WORKS.contains(w)) else {
        return;
    };
    let set_record = record[..work].iter().any(|w| superlative(w))
        && !record[..work].iter().any(|w| ends_the_record(w));
    // A person's or a place's name, as the tagger found it, is left ("Spain is the biggest
    // market for the film").
    let named_otherwise = names
        .iter()
        .any(|n| n.0 < copula && matches!(n.2, Label::Person | Label::Gpe | Label::Norp));
    if set_record && !named_otherwise && !crosses(names, 0, copula) {
        replace_names(names, (0, copula, Label::WorkOfArt));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, names: &[Span]) -> Vec<Span> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        works_that_set_records(&words, &mut names);
        names
    }

    #[test]
    fn a_title_that_set_a_record_is_a_work() {
        assert_eq!(
            run(
                "Adolescence became the most-watched English-language series",
                &[]
            ),
            [(0, 1, Label::WorkOfArt)]
        );
        assert_eq!(
            run(
                "Inside Out 2 is the highest-grossing animated film",
                &[(0, 2, Label::Org)]
            ),
            [(0, 3, Label::WorkOfArt)]
        );
    }

    #[test]
    fn other_records_stay() {
        assert!(run("Apple became the most valuable company", &[]).is_empty());
        assert_eq!(
            run(
                "Spain is the biggest market for the film",
                &[(0, 1, Label::Gpe)]
            ),
            [(0, 1, Label::Gpe)]
        );
        assert!(run("Glastonbury became the biggest market for the album", &[]).is_empty());
    }
}
