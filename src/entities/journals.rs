//! "published their findings in Nature", "writing in Science", "the paper appeared in Cell":
//! the great science journals are named with common words, which the tagger takes for a place
//! after "in" or leaves out. After "in", with a word of publishing just before, such a word is
//! the journal (ORG, as OntoNotes marks journals).

use super::label::Label;
use super::repair::{insert_name, name_at, Span};

/// Journals whose names are common words (the rest are in the known names).
pub(super) const JOURNALS: &[&str] = &["Nature", "Science", "Cell"];

/// Words of publishing before the "in" and the journal.
const PUBLISHING: &[&str] = &[
    "published",
    "publish",
    "publishes",
    "publishing",
    "findings",
    "study",
    "paper",
    "papers",
    "research",
    "writing",
    "wrote",
    "write",
    "appeared",
    "appears",
    "reported",
    "report",
    "results",
    "article",
    "letter",
];

/// How many words before the "in" a word of publishing may stand.
const REACH: usize = 4;

pub fn journals_published_in(words: &[&str], names: &mut Vec<Span>) {
    for j in 1..words.len() {
        if !JOURNALS.contains(&words[j]) || words[j - 1] != "in" {
            continue;
        }
        // ("Nature Communications": a longer name is the known names'.)
        if words
            .get(j + 1)
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        {
            continue;
        }
        let from = (j - 1).saturating_sub(REACH);
        // ("Writing in Science, ...": a sentence's first word is capitalised.)
        let publishing = |w: &&str| PUBLISHING.iter().any(|p| p.eq_ignore_ascii_case(w));
        if !words[from..j - 1].iter().any(publishing) {
            continue;
        }
        match name_at(names, j) {
            Some(k) if names[k].0 == j && names[k].1 == j + 1 => names[k].2 = Label::Org,
            Some(_) => {}
            None => {
                insert_name(names, (j, j + 1, Label::Org));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, names: &[Span]) -> Vec<Span> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        journals_published_in(&words, &mut names);
        names
    }

    #[test]
    fn a_journal_after_a_word_of_publishing() {
        let got = run(
            "they published their findings in Nature on Monday",
            &[(5, 6, Label::Gpe)],
        );
        assert_eq!(got, vec![(5, 6, Label::Org)]);
        assert_eq!(
            run("writing in Science , the team said", &[]),
            vec![(2, 3, Label::Org)]
        );
        // No word of publishing: "a degree in Science".
        assert_eq!(run("she took a degree in Science", &[]), vec![]);
    }
}
