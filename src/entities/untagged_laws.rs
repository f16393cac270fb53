//! Acts the tagger left out: "The Inflation Reduction Act's clean-energy credits helped ...".
//! At a sentence's start, or before a possessive, the tagger may name nothing; the capitalised
//! words before a capitalised "Act" are an act's name all the same.

use super::casing::capitalised;
use super::label::Label;
use super::lexicon::{lists_of_tokens, List};
use super::repair::{insert_name, name_at, replace_names, Span};

/// The longest act's name taken, "Act" included.
const MAX_ACT: usize = 7;

/// Small words an act's name holds between its capitalised ones ("Freedom of Information",
/// "Right to Repair").
const SMALL_WORDS: &[&str] = &["of", "and", "for", "on", "the", "to"];

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

/// "the Right to Repair Act", "the Prevention of Harm Act": a law the tagger started after a
/// small word of its name takes in the capitalised word before that word, and any before it,
/// whatever the tagger made of a one-word name there ("Right" a person).
pub fn laws_opened_before_small_words(words: &[&str], names: &mut Vec<Span>) {
    let mut k = 0;
    while k < names.len() {
        let (a, b, label) = names[k];
        let mut start = a;
        while label == Label::Law
            && start >= 2
            && a - start < MAX_ACT
            && matches!(words[start - 1], "to" | "of" | "for" | "on")
            && capitalised(words[start - 2])
            && words[start - 2] != "The"
            // ("the Minister for Digital Services Act reviews": an office is no law's word.)
            && lists_of_tokens(&words[start - 2..start - 1]) & List::Title.bit() == 0
        {
            start -= 2;
            while start > 0 && capitalised(words[start - 1]) && words[start - 1] != "The" {
                start -= 1;
            }
        }
        // A one-word name the tagger gave a word there gives way; a longer one stays.
        let alone = names[..k]
            .iter()
            .filter(|n| n.1 > start)
            .all(|n| n.1 == n.0 + 1 && n.0 >= start);
        if start < a && alone {
            k = replace_names(names, (start, b, Label::Law));
        }
        k += 1;
    }
}

/// The most subjects listed before an act's last ones ("Police, Crime, Sentencing and Courts").
const MAX_SUBJECTS: usize = 4;

/// "the Copyright, Designs and Patents Act 1988", "the Police, Crime, Sentencing and Courts
/// Act": British acts list their subjects with commas, and the tagger starts the law after the
/// last comma. An act whose name holds "and" takes in the capitalised words before it, each
/// followed by a comma, whatever the tagger made of them.
pub fn acts_with_listed_subjects(words: &[&str], names: &mut Vec<Span>) {
    let mut k = 0;
    while k < names.len() {
        let (a, b, label) = names[k];
        let listing = label == Label::Law
            && words[a..b].contains(&"and")
            && words[a..b].contains(&"Act")
            && a >= 2
            && words[a - 1] == ",";
        if !listing {
            k += 1;
            continue;
        }
        // Back over "Word ," pairs.
        let mut start = a;
        let mut subjects = 0;
        while start >= 2
            && subjects < MAX_SUBJECTS
            && words[start - 1] == ","
            && capitalised(words[start - 2])
            && words[start - 2] != "The"
            // ("the Minister for Digital Services Act reviews": an office is no law's word.)
            && lists_of_tokens(&words[start - 2..start - 1]) & List::Title.bit() == 0
        {
            start -= 2;
            subjects += 1;
        }
        // A one-word name the tagger gave a subject gives way; a longer one is no subject.
        let subjects_alone = names
            .iter()
            .filter(|n| n.1 > start && n.0 < a)
            .all(|n| n.1 == n.0 + 1 && n.0 >= start);
        if start < a && subjects_alone {
            k = replace_names(names, (start, b, Label::Law));
        }
        k += 1;
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

    #[test]
    fn subjects_listed_with_commas_join_their_act() {
        let words: Vec<&str> = "breached the Copyright , Designs and Patents Act 1988 by"
            .split(' ')
            .collect();
        let mut names = vec![(2, 3, Label::Org), (4, 9, Label::Law)];
        acts_with_listed_subjects(&words, &mut names);
        assert_eq!(names, vec![(2, 9, Label::Law)]);
        // A list of names before an act is left: "Wales , Scotland and the Union Act".
        let words: Vec<&str> = "in Jo Lee , Trade and Industry Act".split(' ').collect();
        let mut names = vec![(1, 3, Label::Person), (4, 8, Label::Law)];
        acts_with_listed_subjects(&words, &mut names);
        assert_eq!(names, vec![(1, 3, Label::Person), (4, 8, Label::Law)]);
    }

    #[test]
    fn a_law_started_after_a_small_word_takes_in_the_word_before() {
        let words: Vec<&str> = "used the Right to Repair Act to".split(' ').collect();
        let mut names = vec![(2, 3, Label::Person), (4, 6, Label::Law)];
        laws_opened_before_small_words(&words, &mut names);
        assert_eq!(names, vec![(2, 6, Label::Law)]);
        // An office before "for" is no law's word.
        let words: Vec<&str> = "the Minister for Digital Services Act".split(' ').collect();
        let mut names = vec![(3, 6, Label::Law)];
        laws_opened_before_small_words(&words, &mut names);
        assert_eq!(names, vec![(3, 6, Label::Law)]);
    }
}
