//! Landscapes named with a common word: "Cancer Alley", "Outer Banks", "Tornado Alley", "Silicon
//! Valley". The tagger takes two capitalised words for a person's name; a first word that is a
//! common word, never a first name, and a last word for a stretch of land say it is a place.

use super::label::Label;
use super::repair::Span;

/// Last words of landscapes' names.
const LAND_WORDS: &[&str] = &[
    "Alley", "Banks", "Coast", "Valley", "Point", "Heights", "Bay", "Island", "Islands", "Hills",
    "Ridge", "Gap", "Gorge", "Pass", "Falls", "Lake", "Canyon", "Creek", "Springs", "Belt",
    "River",
];

/// Last words of landscapes' names that no town's name with "the" has.
const NO_TOWN_ENDS: &[&str] = &[
    "Pass", "Gorge", "Canyon", "River", "Creek", "Valley", "Falls",
];

/// Relabels as LOC each person's name of two or three words, not opening the sentence, whose
/// last word is a landscape's and whose first word `is_common` (a common word the word
/// knowledge never saw as a first name) or follows "the", which no person's name does ("the
/// Mary River"); each such "event" ("the Outer Banks"), whatever its first word, unless an
/// "of" makes it a battle's or a raid's ("Bay of Pigs"); and a "town" after "the" whose last
/// word no town has ("the Snake Pass").
pub fn landscapes_named_like_people(
    words: &[&str],
    names: &mut [Span],
    is_common: impl Fn(&str) -> bool,
) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        if a == 0 || !(2..=3).contains(&(b - a)) || !LAND_WORDS.contains(&words[b - 1]) {
            continue;
        }
        let person = label == Label::Person && (is_common(words[a]) || words[a - 1] == "the");
        // "the Snake Pass", "the Cheddar Gorge": no town takes "the" before a pass or a river
        // ("the Gold Coast" does, and stays).
        let natural =
            label == Label::Gpe && words[a - 1] == "the" && NO_TOWN_ENDS.contains(&words[b - 1]);
        let event = label == Label::Event && !words[a..b].contains(&"of");
        if person || event || natural {
            span.2 = Label::Loc;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labelled(text: &str) -> Label {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = vec![(1, 3, Label::Person)];
        landscapes_named_like_people(&words, &mut names, |w| matches!(w, "Cancer" | "Outer"));
        names[0].2
    }

    #[test]
    fn a_common_word_and_a_land_word_are_a_place() {
        assert_eq!(labelled("in Cancer Alley ."), Label::Loc);
        assert_eq!(labelled("on Outer Banks ."), Label::Loc);
        assert_eq!(labelled("keeper Gordon Banks ."), Label::Person);
        assert_eq!(labelled("the Mary River ."), Label::Loc);
        assert_eq!(labelled("actor Mary River ."), Label::Person);
        let words: Vec<&str> = "the Snake Pass".split(' ').collect();
        let mut names = vec![(1, 3, Label::Gpe)];
        landscapes_named_like_people(&words, &mut names, |_| false);
        assert_eq!(names[0].2, Label::Loc);
        let words: Vec<&str> = "the Outer Banks".split(' ').collect();
        let mut names = vec![(1, 3, Label::Event)];
        landscapes_named_like_people(&words, &mut names, |_| false);
        assert_eq!(names[0].2, Label::Loc);
    }
}
