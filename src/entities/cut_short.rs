//! "the Independent Office for Police Conduct", "the Society for Endangered Languages": a body
//! named for what it does runs on over "for" or "of" to a last capitalised word, which the
//! tagger, seeing a common noun ("Conduct"), often leaves out. The word joins the body's name
//! when nothing else claims it: no other name starts there, it is no title ("Bank of England
//! Governor") or calendar word ("Thursday"), and no capital follows it (which would make it
//! the start of another name).

use super::casing::{capital_after_first, capitalised};
use super::label::Label;
use super::lexicon::is_title_phrase;
use super::numeric::is_calendar_word;
use super::repair::Span;

/// Kinds of firm that end its name, beside its legal form ("Credit Bank of Japan Ltd").
const FIRM_KINDS: &[&str] = &["Group", "Holdings"];

/// `is_legal_form` says whether a word is a company's legal form ("Ltd", "plc", "GmbH").
pub fn bodies_cut_short(words: &[&str], names: &mut [Span], is_legal_form: impl Fn(&str) -> bool) {
    for k in 0..names.len() {
        let (a, b, label) = names[k];
        // Cheapest tests first: most names are no body's, and most are not followed by a capital.
        let Some(&next) = words.get(b) else {
            continue;
        };
        if label != Label::Org || !capitalised(next) {
            continue;
        }
        let named_for = words[a + 1..b].iter().any(|w| matches!(*w, "for" | "of"));
        let claimed = names.iter().any(|n| n.0 <= b && n.1 > b);
        let another_name_follows = words.get(b + 1).is_some_and(|w| capitalised(w));
        if named_for
            && !claimed
            && !another_name_follows
            // (Not a headline's capitals or a word like "MoD".)
            && next.len() > 2
            && !capital_after_first(next)
            && !is_title_phrase(&[next])
            && !is_calendar_word(next)
            // ("Credit Bank of Japan Ltd. Payment": a firm's legal form or kind ends its name.)
            && !words[b - 1].ends_with('.')
            && !FIRM_KINDS.contains(&words[b - 1])
            && !is_legal_form(words[b - 1])
        {
            names[k].1 = b + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, names: &[Span]) -> Vec<Span> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        let legal = |w: &str| matches!(w, "Ltd" | "plc");
        bodies_cut_short(&words, &mut names, legal);
        names
    }

    #[test]
    fn a_body_takes_the_last_word_of_its_name() {
        let text = "the Independent Office for Police Conduct is investigating";
        assert_eq!(run(text, &[(1, 5, Label::Org)]), vec![(1, 6, Label::Org)]);
    }

    #[test]
    fn titles_days_and_other_names_stay_out() {
        let text = "the Bank of England Governor said";
        assert_eq!(run(text, &[(1, 4, Label::Org)]), vec![(1, 4, Label::Org)]);
        let text = "the Bank of England Thursday said";
        assert_eq!(run(text, &[(1, 4, Label::Org)]), vec![(1, 4, Label::Org)]);
        let text = "the Bank of England Andrew Bailey said";
        assert_eq!(run(text, &[(1, 4, Label::Org)]), vec![(1, 4, Label::Org)]);
        let text = "the Bank of Japan Ltd Payment fell";
        assert_eq!(run(text, &[(1, 5, Label::Org)]), vec![(1, 5, Label::Org)]);
        let text = "Bank of England Monetary Policy said";
        assert_eq!(run(text, &[(0, 3, Label::Org)]), vec![(0, 3, Label::Org)]);
    }
}
