//! Ships named after their kind: "the bulk carrier Star Helena", "the tanker Nordic Breeze",
//! "the container ship Ever Given". OntoNotes labels vessels PRODUCT; the tagger reads their
//! names as the people, firms and places they are named after.

use super::label::Label;
use super::repair::Span;

/// Kinds of vessel written right before a ship's name.
pub(super) const VESSELS: &[&str] = &[
    "tanker",
    "supertanker",
    "vessel",
    "ship",
    "freighter",
    "ferry",
    "yacht",
    "superyacht",
    "trawler",
    "liner",
    "warship",
    "frigate",
    "destroyer",
    "submarine",
    "icebreaker",
    "containership",
    "carrier",
];

/// What makes a "carrier" a ship rather than an airline ("regional carrier Wideroe").
const SHIP_CARRIERS: &[&str] = &["bulk", "aircraft", "LNG", "car", "gas", "ore", "helicopter"];

/// Relabels as products the names right after a kind of vessel.
pub fn ships_named_after_their_kind(words: &[&str], names: &mut [Span]) {
    for (a, _, label) in names.iter_mut() {
        let Some(kind) = a.checked_sub(1).map(|k| words[k]) else {
            continue;
        };
        if !VESSELS.contains(&kind) {
            continue;
        }
        let ship_carrier = *a >= 2 && SHIP_CARRIERS.contains(&words[*a - 2]);
        let renamable = matches!(
            label,
            Label::Person
                | Label::Org
                | Label::Gpe
                | Label::Loc
                | Label::Facility
                | Label::Event
                | Label::WorkOfArt
                | Label::Norp
        );
        if renamable && (kind != "carrier" || ship_carrier) {
            *label = Label::Product;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, name: Span) -> Label {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = vec![name];
        ships_named_after_their_kind(&words, &mut names);
        names[0].2
    }

    #[test]
    fn a_name_after_its_vessel_kind_is_the_ship() {
        assert_eq!(
            run(
                "the bulk carrier Star Helena ran aground",
                (3, 5, Label::Org)
            ),
            Label::Product
        );
        assert_eq!(
            run("the tanker Nordic Breeze", (2, 4, Label::Gpe)),
            Label::Product
        );
    }

    #[test]
    fn an_airline_and_a_dated_name_stay() {
        assert_eq!(
            run("regional carrier Wideroe said", (2, 3, Label::Org)),
            Label::Org
        );
        assert_eq!(run("the ferry Monday", (2, 3, Label::Date)), Label::Date);
    }
}
