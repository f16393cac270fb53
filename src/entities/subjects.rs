//! "Naidu sworn in as chief minister", "Okonjo testified": a one-word name opening a
//! sentence, before a verb that only a person does, is a person. The tagger, which learned
//! from 1996 wire copy, has nothing to go on at a sentence's start for a surname it never saw
//! and guesses a firm, a product or a place. Only a name that the shipped word knowledge does
//! not know as a place or a company, and no list knows at all, is relabelled.

use super::casing::title_cased;
use super::label::Label;
use super::lexicon::cues::{known_name, wordnet_place};
use super::lexicon::lists_of_tokens;
use super::repair::Span;
use super::sentence_start::starts_clause;
use super::tagger::clusters::ClusterTable;
use super::tagger::hash::lower_hash;

/// Verbs whose subject is a person: a firm or a place does not plead, testify or get sworn in.
/// ("said" is not one: "Marvel said it would appeal".)
const PERSON_VERBS: &[&str] = &[
    "sworn",
    "pleaded",
    "testified",
    "resigned",
    "resigns",
    "died",
    "dies",
    "married",
    "tweeted",
    "quits",
];

/// Gazetteer bits of the word knowledge for towns, countries, states and continents (0-9) and
/// for a company's first word (17).
const PLACE_OR_COMPANY: u32 = 0x3ff | 1 << 17;

pub fn people_opening_sentences(words: &[&str], names: &mut [Span], clusters: &ClusterTable) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        if b != a + 1
            || !matches!(
                label,
                Label::Org | Label::Product | Label::Gpe | Label::Norp
            )
            || !starts_clause(words, a)
            || !words.get(b).is_some_and(|w| PERSON_VERBS.contains(w))
            || !words[a].split('-').all(title_cased)
        {
            continue;
        }
        let unknown = clusters
            .get(lower_hash(words[a]))
            .is_none_or(|c| !c.acronym && c.gazetteer & PLACE_OR_COMPANY == 0);
        if unknown
            && lists_of_tokens(&words[a..b]) == 0
            && known_name(&words[a..b]).is_none()
            && wordnet_place(&words[a..b]).is_none()
        {
            span.2 = Label::Person;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tagger::clusters::WordClass;

    fn relabelled(text: &str, label: Label) -> Label {
        let mut t = ClusterTable::default();
        // A town the gazetteers know, and a surname.
        let word = |gazetteer| WordClass {
            logprob: 16,
            gazetteer,
            ..WordClass::default()
        };
        t.insert(lower_hash("felixby"), word(1));
        t.insert(lower_hash("okonjo"), word(1 << 12));
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = vec![(0, 1, label)];
        people_opening_sentences(&words, &mut names, &t);
        names[0].2
    }

    #[test]
    fn a_name_opening_a_sentence_before_a_persons_verb_is_a_person() {
        assert_eq!(
            relabelled("Okonjo testified on Monday", Label::Org),
            Label::Person
        );
        assert_eq!(relabelled("Naidu sworn in", Label::Product), Label::Person);
        assert_eq!(relabelled("Felixby resigned", Label::Gpe), Label::Gpe);
        assert_eq!(relabelled("Okonjo said so", Label::Org), Label::Org);
        assert_eq!(relabelled("NASA resigned", Label::Org), Label::Org);
    }
}
