//! Headlines in title case ("Apple Unveils iPhone 16 at Cupertino Launch Event", "Manchester
//! United Sack Ten Hag After Defeat at West Ham"): every word is capitalised, so the tagger
//! runs the subject, the verb and the object together into one name. A headline's verbs are
//! few and stock; in a title-case line the tagger's names are cut at them, as they are at a
//! lowercase verb in running copy (`find::split_at_verbs`).

use super::casing::title_cased;
use super::lexicon::cues::{is_cue, Cue};
use super::sentence_start::common_word;
use super::tagger::clusters::WordClass;

/// Whether a sentence is a line in title case: at least four words of four letters or more,
/// four in five of them or more capitalised (a sentence of running copy has few such words capitalised).
pub fn is_title_case(words: &[&str]) -> bool {
    let long = |w: &str| w.len() >= 4 && w.bytes().all(|b| b.is_ascii_alphabetic());
    let (mut all, mut capitals) = (0, 0);
    for (k, w) in words.iter().enumerate() {
        if !long(w) {
            continue;
        }
        all += 1;
        // ("iPhone": a capital inside counts.)
        if w.bytes().any(|b| b.is_ascii_uppercase()) {
            capitals += 1;
        } else {
            // Asked of every sentence with a name, nearly all running copy: once the lowercase
            // words are too many for even a capitalised word in every place left to make up
            // the share, the answer is known.
            let left = words.len() - k - 1;
            if (capitals + left) * 10 < (all + left) * 8 {
                return false;
            }
        }
    }
    all >= 4 && capitals * 10 >= all * 8
}

/// Whether a word of a title-case headline cuts a name the tagger ran across it: one of the
/// stock verbs of headlines (`headline_verb` of cues.txt) or a word that links the clauses
/// of one (`headline_link`: "Warning Issued For Hawkesbury As Dam Spills").
pub fn cuts_headline_names(w: &str) -> bool {
    let one = std::slice::from_ref(&w);
    is_cue(Cue::HeadlineVerb, one) || is_cue(Cue::HeadlineLink, one)
}

/// Gazetteer bits of places and of the commoner surnames: "Sale" and "Wood" alone in a
/// capitalised line are the town and the player.
const PLACE_OR_SURNAME_BITS: u32 = (1 << 12) - 1;

/// Whether a one-word name the tagger found in a title-case headline is a common word the
/// headline capitalised ("Gautrain Fares To Rise"): written capitalised, never so in running
/// text (`common_word`), no place or common surname, and not taken for a person. A line that
/// ends with a period is a sentence of running copy full of names, no headline.
pub fn is_capitalised_common_word(words: &[&str], a: usize, class: Option<WordClass>) -> bool {
    let w = words[a];
    w.len() > 2
        && title_cased(w)
        && words.last() != Some(&".")
        && common_word(class)
        && class.is_some_and(|c| c.gazetteer & PLACE_OR_SURNAME_BITS == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        text.split(' ').collect()
    }

    #[test]
    fn title_case_lines_are_told_from_running_copy() {
        assert!(is_title_case(&words(
            "Apple Unveils iPhone 16 at Cupertino Launch Event"
        )));
        assert!(is_title_case(&words(
            "United Sack Their Manager After Defeat at Home"
        )));
        assert!(!is_title_case(&words(
            "Apple unveiled its new phone at a launch event"
        )));
        assert!(!is_title_case(&words("Apple Unveils Phone")));
        assert!(cuts_headline_names("Unveils") && !cuts_headline_names("Beats"));
        assert!(cuts_headline_names("As") && !cuts_headline_names("Council"));
    }
}
