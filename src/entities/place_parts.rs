//! Places the tagger took for bodies because nothing in their own words says what they are:
//! two places joined by a hyphen ("the Dallas-Fort Worth market") and a place after a word of
//! a region's part ("coastal Karnataka"). (Places paired with places are `neighbours`'.)

use super::context::PARTS_OF_A_PLACE;
use super::label::Label;
use super::lexicon::cues::known_name;
use super::repair::Span;

/// Lowercase words of a region's part that `context::PARTS_OF_A_PLACE` leaves out.
const MORE_PARTS: &[&str] = &[
    "inland",
    "upstate",
    "downstate",
    "landlocked",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
];

/// Whether a lowercase word names a part of a region, before its name ("coastal", "upstate").
fn region_part(w: &str) -> bool {
    PARTS_OF_A_PLACE.contains(&w) || MORE_PARTS.contains(&w)
}

/// Relabels as places the one-word bodies after a region's part, and the bodies and people
/// named as two places `is_place` knows, joined by a hyphen. Two countries so joined are
/// their dealings ("India-Pakistan talks"), no place: `is_country` tells them.
pub fn places_by_parts(
    words: &[&str],
    names: &mut [Span],
    is_place: impl Fn(&[&str]) -> bool,
    is_country: impl Fn(&[&str]) -> bool,
) {
    for (a, b, label) in names.iter_mut() {
        let (a, b) = (*a, *b);
        // ("central Bank": a known body stays.)
        let region_part = a > 0
            && region_part(words[a - 1])
            && *label == Label::Org
            && b == a + 1
            && known_name(&words[a..b]).is_none();
        // "Dallas-Fort Worth", "Minneapolis-St Paul".
        let hyphened = matches!(label, Label::Org | Label::Person)
            && words[a..b].iter().any(|w| w.contains('-'));
        if region_part || hyphened && both_places(&words[a..b], &is_place, &is_country) {
            *label = Label::Gpe;
        }
    }
}

/// Whether the name's words, split at its one hyphen, are two places, neither a country.
fn both_places(
    name: &[&str],
    is_place: impl Fn(&[&str]) -> bool,
    is_country: impl Fn(&[&str]) -> bool,
) -> bool {
    let joined = name.join(" ");
    let Some((left, right)) = joined.split_once('-') else {
        return false;
    };
    let left: Vec<&str> = left.split(' ').filter(|w| !w.is_empty()).collect();
    let right: Vec<&str> = right.split(' ').filter(|w| !w.is_empty()).collect();
    let place = |side: &[&str]| !side.is_empty() && is_place(side) && !is_country(side);
    place(&left) && place(&right)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(name: &[&str]) -> bool {
        matches!(name, ["Dallas"] | ["Fort", "Worth"])
    }

    fn run(text: &str, mut names: Vec<Span>) -> Vec<Span> {
        let words: Vec<&str> = text.split(' ').collect();
        places_by_parts(&words, &mut names, places, |name| name == ["India"]);
        names
    }

    #[test]
    fn a_body_after_a_region_part_is_a_place() {
        let got = run("rain in coastal Karnataka", vec![(3, 4, Label::Org)]);
        assert_eq!(got[0].2, Label::Gpe);
        assert_eq!(
            run("rain in Acme", vec![(2, 3, Label::Org)])[0].2,
            Label::Org
        );
    }

    #[test]
    fn two_places_joined_by_a_hyphen_are_a_place() {
        let got = run("the Dallas-Fort Worth market", vec![(1, 3, Label::Org)]);
        assert_eq!(got[0].2, Label::Gpe);
        let got = run("the Coca-Cola Company", vec![(1, 3, Label::Org)]);
        assert_eq!(got[0].2, Label::Org);
        let got = run("the India-Dallas talks", vec![(1, 2, Label::Org)]);
        assert_eq!(got[0].2, Label::Org);
    }
}
