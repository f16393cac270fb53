//! Acts the tagger left out: "The Inflation Reduction Act's clean-energy credits helped ...".
//! At a sentence's start, or before a possessive, the tagger may name nothing; the capitalised
//! words before a capitalised "Act" are an act's name all the same.

use super::casing::capitalised;
use super::label::Label;
use super::repair::{insert_name, name_at, Span};

/// The longest act's name taken, "Act" included.
const MAX_ACT: usize = 7;

/// Small words an act's name holds between its capitalised ones ("Freedom of Information").
const SMALL_WORDS: &[&str] = &["of", "and", "for", "on", "the"];

/// Adds, as laws, the untagged capitalised words ending in "Act" (two words or more).
pub fn untagged_acts(words: &[&str], names: &mut Vec<Span>) {
    for j in 1..words.len() {
        if words[j] != "Act" || name_at(names, j).is_some() {
            continue;
        }
        let mut a = j;
        while a > 0 && j - a + 1 < MAX_ACT && name_at(names, a - 1).is_none() {
            let w = words[a - 1];
            let small = SMALL_WORDS.contains(&w) && a >= 2 && capitalised(words[a - 2]);
            if !(capitalised(w) || small) || w == "The" {
                break;
            }
            a -= 1;
        }
        if a < j {
            insert_name(names, (a, j + 1, Label::Law));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitalised_words_before_act_are_a_law() {
        let words: Vec<&str> = "The Clean Harbours Act 's credits".split(' ').collect();
        let mut names = vec![];
        untagged_acts(&words, &mut names);
        assert_eq!(names, vec![(1, 4, Label::Law)]);
        let words: Vec<&str> = "they act now".split(' ').collect();
        let mut names = vec![];
        untagged_acts(&words, &mut names);
        assert!(names.is_empty());
        // A name the tagger found stays.
        let words: Vec<&str> = "the Water Act passed".split(' ').collect();
        let mut names = vec![(1, 3, Label::Law)];
        untagged_acts(&words, &mut names);
        assert_eq!(names, vec![(1, 3, Label::Law)]);
    }
}
