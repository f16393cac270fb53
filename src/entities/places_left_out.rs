//! Small places the tagger leaves out or takes for people: "the ferry arrived in Stornoway",
//! "rain on parts of Angus", "shut between Dalwhinnie and Drumochter", "flood-hit Townsville".
//! The tagger learned from 1996 wire copy, which rarely names a Hebridean port or a Highland
//! pass; the gazetteer of small towns and the words around the name say what it is (GPE).

use super::casing::capitalised;
use super::gates::Gates;
use super::label::Label;
use super::repair::{name_at, replace_names, Span};

/// Words of place before a town: "arrived in Stornoway", "a man from Mold".
const TOWN_PREPOSITIONS: &[&str] = &["in", "near", "from", "outside", "around", "at"];

/// Words before "of" that make what follows a place: "parts of Angus", "the north of Fife".
const AREAS_OF: &[&str] = &[
    "parts", "areas", "north", "south", "east", "west", "rest", "coast", "much", "most",
];

/// What the lists say of a word, for `places_after_words_of_place`.
pub struct PlaceLists<C, T, O> {
    /// Whether a name is a county's.
    pub is_county: C,
    /// Whether a word is a listed town's name.
    pub is_town: T,
    /// Whether a word reads otherwise: a first name, a month, a title.
    pub other_sense: O,
}

/// Names as GPE a capitalised word alone after a word of place, in one pass over the words:
/// a county ("homes in Fife", "rain on parts of Angus") whether the tagger left it out or, as
/// several counties are first names too, took it for a person or a body; and a listed town
/// the tagger left out, mid-sentence ("arrived in Stornoway"), that reads no other way.
pub fn places_after_words_of_place<C, T, O>(
    words: &[&str],
    names: &mut Vec<Span>,
    gates: Gates,
    lists: PlaceLists<C, T, O>,
) where
    C: Fn(&[&str]) -> bool,
    T: Fn(&str) -> bool,
    O: Fn(&str) -> bool,
{
    // Every place here is a capitalised word after another: the rest are not walked.
    for j in gates.maybe_capitalised(words.len()).filter(|&j| j > 0) {
        let w = words[j];
        if !capitalised(w) {
            continue;
        }
        let before = words[j - 1];
        let county_word = match before {
            "in" | "across" | "throughout" | "near" => true,
            "of" => j >= 2 && AREAS_OF.contains(&words[j - 2]),
            _ => false,
        };
        let town_word = TOWN_PREPOSITIONS.contains(&before);
        if !county_word && !town_word {
            continue;
        }
        // A name of several words goes on ("in Angus Robertson's seat"); "in Clare's case"
        // is a woman's.
        let next = words.get(j + 1);
        if next.is_some_and(|n| capitalised(n) || *n == "'s") {
            continue;
        }
        let name = name_at(names, j).map(|k| names[k]);
        let county = county_word
            && matches!(name, None | Some((_, _, Label::Person | Label::Org)))
            && name.is_none_or(|n| n.0 == j && n.1 == j + 1)
            && (lists.is_county)(&words[j..j + 1]);
        let town = || {
            town_word
                && name.is_none()
                && w.chars().all(char::is_alphabetic)
                && (lists.is_town)(w)
                && !(lists.other_sense)(w)
        };
        if county || town() {
            replace_names(names, (j, j + 1, Label::Gpe));
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

/// Disasters and wars before "-hit", "-ravaged" and the like: "flood-hit Townsville".
const DISASTERS: &[&str] = &[
    "flood",
    "storm",
    "quake",
    "earthquake",
    "fire",
    "bushfire",
    "wildfire",
    "cyclone",
    "hurricane",
    "typhoon",
    "tornado",
    "drought",
    "tsunami",
    "war",
    "conflict",
    "famine",
    "riot",
    "snow",
];

/// What a disaster did to a place, after its hyphen.
const STRUCK: &[&str] = &[
    "hit",
    "ravaged",
    "stricken",
    "battered",
    "devastated",
    "torn",
];

/// "toured flood-hit Townsville": a capitalised word alone after a disaster's adjective is the
/// place it struck (GPE) when `is_town` knows it, whatever the tagger took it for ("crisis-hit
/// Thames Water" is a firm: a crisis is no disaster here).
pub fn places_struck(
    words: &[&str],
    names: &mut Vec<Span>,
    gates: Gates,
    is_town: impl Fn(&str) -> bool,
) {
    // Every place here is a capitalised word after another: the rest are not walked.
    for j in gates.maybe_capitalised(words.len()).filter(|&j| j > 0) {
        let w = words[j];
        if !capitalised(w) {
            continue;
        }
        let Some((disaster, struck)) = words[j - 1].split_once('-') else {
            continue;
        };
        if !STRUCK.contains(&struck)
            || !DISASTERS.iter().any(|d| d.eq_ignore_ascii_case(disaster))
            || words
                .get(j + 1)
                .is_some_and(|n| capitalised(n) || *n == "'s")
        {
            continue;
        }
        let alone = name_at(names, j).is_none_or(|k| names[k].0 == j && names[k].1 == j + 1);
        if alone && is_town(w) {
            replace_names(names, (j, j + 1, Label::Gpe));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listed_town_or_county_after_a_word_of_place_is_one() {
        let words: Vec<&str> = "arrived in Stornoway at noon , in May , on parts of Angus"
            .split(' ')
            .collect();
        let mut names = vec![(12, 13, Label::Person)];
        let lists = PlaceLists {
            is_county: |w: &[&str]| w == ["Angus"],
            is_town: |w: &str| matches!(w, "Stornoway" | "May"),
            other_sense: |w: &str| w == "May",
        };
        places_after_words_of_place(&words, &mut names, Gates::OPEN, lists);
        assert_eq!(names, vec![(2, 3, Label::Gpe), (12, 13, Label::Gpe)]);
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

    #[test]
    fn a_town_after_a_disaster_is_the_place_struck() {
        let words: Vec<&str> = "toured flood-hit Townsville and crisis-hit Leeds"
            .split(' ')
            .collect();
        let mut names = vec![(2, 3, Label::Org), (5, 6, Label::Org)];
        places_struck(&words, &mut names, Gates::OPEN, |w| {
            matches!(w, "Townsville" | "Leeds")
        });
        assert_eq!(names, vec![(2, 3, Label::Gpe), (5, 6, Label::Org)]);
    }
}
