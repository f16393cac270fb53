//! Ships named after their kind: "the bulk carrier Star Helena", "the tanker Nordic Breeze",
//! "the container ship Ever Given", or with their navy's or trade's prefix: "HMS Prince of
//! Wales", "USS Carney". OntoNotes labels vessels PRODUCT; the tagger reads their names as the
//! people, firms and places they are named after.

use super::casing::capitalised;
use super::label::Label;
use super::repair::{replace_names, Span};

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

/// Prefixes of ships' names: the Royal, US, Australian, New Zealand, Canadian and Indian
/// navies', the Royal Fleet Auxiliary's, a royal mail ship's and a motor vessel's.
pub(super) const SHIP_PREFIXES: &[&str] = &[
    "HMS", "USS", "HMAS", "HMNZS", "HMCS", "INS", "RFA", "RMS", "MV",
];

/// The most words a ship's name after its prefix runs to ("Prince of Wales").
const MAX_SHIP_WORDS: usize = 4;

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

/// Names the ships written with their prefix ("HMS Queen Elizabeth"), prefix included: the
/// capitalised words after it, with an "of" or "the" between two of them.
pub fn ships_with_prefixes(words: &[&str], names: &mut Vec<Span>) {
    for i in 0..words.len() {
        if !SHIP_PREFIXES.contains(&words[i]) {
            continue;
        }
        let mut end = i + 1;
        while end < words.len() && end - i <= MAX_SHIP_WORDS {
            let joins = matches!(words[end], "of" | "the") && end > i + 1;
            let next_capitalised = words.get(end + 1).is_some_and(|w| capitalised(w));
            if capitalised(words[end]) && words[end].chars().any(char::is_lowercase)
                || joins && next_capitalised
            {
                end += 1;
            } else {
                break;
            }
        }
        if end > i + 1 && !matches!(words[end - 1], "of" | "the") {
            replace_names(names, (i, end, Label::Product));
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

    fn ships(text: &str) -> Vec<Span> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = vec![];
        ships_with_prefixes(&words, &mut names);
        names
    }

    #[test]
    fn a_ship_with_its_prefix_is_named_whole() {
        assert_eq!(
            ships("HMS Prince of Wales will sail"),
            [(0, 4, Label::Product)]
        );
        assert_eq!(
            ships("the destroyer USS Carney fired"),
            [(2, 4, Label::Product)]
        );
        // An acronym after the prefix is no name ("INS officials", "MV PDF").
        assert!(ships("INS officials said").is_empty() && ships("INS DHS said").is_empty());
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
