//! Small places the tagger leaves out or takes for people: "the ferry arrived in Stornoway",
//! "a man from Mold", "shut between Dalwhinnie and Drumochter". The tagger learned from 1996
//! wire copy, which rarely names a Hebridean port or a Highland pass; the gazetteer of small
//! towns and the words around the name say what it is (GPE).

use super::casing::capitalised;
use super::label::Label;
use super::repair::{insert_name, name_at, Span};

/// Words of place before a town: "arrived in Stornoway", "a man from Mold".
const TOWN_PREPOSITIONS: &[&str] = &["in", "near", "from", "outside", "around", "at"];

/// Names as GPE each capitalised word alone, mid-sentence, that no name holds, after a word
/// of place, when `is_town` lists it and `other_sense` (a first name, a month, a title) does
/// not read it otherwise.
pub fn towns_after_words_of_place(
    words: &[&str],
    names: &mut Vec<Span>,
    is_town: impl Fn(&str) -> bool,
    other_sense: impl Fn(&str) -> bool,
) {
    for j in 1..words.len() {
        let w = words[j];
        if !capitalised(w) || !TOWN_PREPOSITIONS.contains(&words[j - 1]) {
            continue;
        }
        let alone = !words.get(j + 1).is_some_and(|n| capitalised(n));
        if alone
            && w.chars().all(char::is_alphabetic)
            && name_at(names, j).is_none()
            && is_town(w)
            && !other_sense(w)
        {
            insert_name(names, (j, j + 1, Label::Gpe));
        }
    }
}

/// "between Dalwhinnie and Drumochter": the second of a pair of places after "between" is a
/// place too (GPE) where the tagger took one word of it for a person that `personal` does not
/// know as a name of people.
pub fn places_in_pairs(words: &[&str], names: &mut [Span], personal: impl Fn(&str) -> bool) {
    for k in 1..names.len() {
        let (a, b, first) = names[k - 1];
        let (c, d, second) = names[k];
        let paired = a >= 1
            && words[a - 1] == "between"
            && first == Label::Gpe
            && c == b + 1
            && words[b] == "and";
        if paired && second == Label::Person && d == c + 1 && !personal(words[c]) {
            names[k].2 = Label::Gpe;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listed_town_after_a_word_of_place_is_one() {
        let words: Vec<&str> = "arrived in Stornoway at noon , in May".split(' ').collect();
        let mut names = vec![];
        let town = |w: &str| matches!(w, "Stornoway" | "May");
        towns_after_words_of_place(&words, &mut names, town, |w| w == "May");
        assert_eq!(names, vec![(2, 3, Label::Gpe)]);
    }

    #[test]
    fn the_second_of_two_places_is_one() {
        let words: Vec<&str> = "shut between Dalwhinnie and Drumochter"
            .split(' ')
            .collect();
        let mut names = vec![(2, 3, Label::Gpe), (4, 5, Label::Person)];
        places_in_pairs(&words, &mut names, |_| false);
        assert_eq!(names, vec![(2, 3, Label::Gpe), (4, 5, Label::Gpe)]);
    }
}
