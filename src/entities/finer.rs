//! Finer labels for the tagger's CoNLL types: CoNLL LOC splits into GPE (countries, cities,
//! states) and LOC (seas, mountains, regions), MISC into NORP (nationalities, religious and
//! political groups), EVENT and MISC, using the hand-written lexicons and word cues.

use super::label::Label;
use super::lexicon::{lists_of_tokens, List};
use super::tagger::tags::NameType;

/// Words that make a miscellaneous name an event.
const EVENT_CUES: &[&str] = &[
    "Cup",
    "Championship",
    "Championships",
    "Open",
    "Games",
    "Olympics",
    "Olympic",
    "War",
    "Tour",
    "Prix",
    "Rally",
    "Marathon",
    "Derby",
    "Festival",
    "Summit",
    "Series",
    "Trophy",
    "Classic",
    "Masters",
    "Grand Slam",
    "Revolution",
    "Uprising",
    "Congress",
];

/// Demonym endings: "Bosnian", "Kurdish", "Togolese", "Iraqi".
const DEMONYM_ENDINGS: &[&str] = &["an", "ans", "ish", "ese", "i", "is"];

pub fn refine(ty: NameType, words: &[&str]) -> Label {
    match ty {
        NameType::Person => Label::Person,
        NameType::Organisation => Label::Org,
        NameType::Location => location(words),
        NameType::Misc => miscellany(words),
    }
}

fn has_list(words: &[&str], list: List) -> bool {
    lists_of_tokens(words) & list.bit() != 0
}

/// Words that make a "location" an organisation's premises, named as the organisation.
const ORG_PREMISES: &[&str] = &["Embassy", "Consulate", "Mission"];

/// Last words of buildings, airports, roads and the like: OntoNotes FAC.
const FACILITY_ENDINGS: &[&str] = &[
    "Airport",
    "Stadium",
    "Centre",
    "Center",
    "Bridge",
    "Hall",
    "Square",
    "Street",
    "Avenue",
    "Road",
    "Palace",
    "Tower",
    "Hospital",
    "Arena",
    "Park",
    "Station",
    "Terminal",
    "Highway",
    "Tunnel",
    "Dam",
    "Prison",
    "Castle",
    "Cathedral",
    "Mosque",
    "Temple",
    "Museum",
];

fn location(words: &[&str]) -> Label {
    if words.iter().any(|w| ORG_PREMISES.contains(w)) {
        return Label::Org;
    }
    if words.len() > 1 && words.last().is_some_and(|w| FACILITY_ENDINGS.contains(w)) {
        return Label::Facility;
    }
    if has_list(words, List::Region) {
        return Label::Loc;
    }
    let geographic = words
        .iter()
        .any(|w| has_list(std::slice::from_ref(w), List::GeographicCue));
    let named_place = has_list(words, List::Country)
        || has_list(words, List::City)
        || has_list(words, List::State);
    if geographic && !named_place {
        Label::Loc
    } else {
        Label::Gpe
    }
}

fn miscellany(words: &[&str]) -> Label {
    if has_list(words, List::Nationality) || has_list(words, List::ReligiousOrPolitical) {
        return Label::Norp;
    }
    if words.iter().any(|w| EVENT_CUES.contains(w)) {
        return Label::Event;
    }
    if let [w] = words {
        let capitalised = w.chars().next().is_some_and(char::is_uppercase);
        let letters = w.chars().all(|c| c.is_alphabetic() || c == '-');
        if capitalised && letters && w.len() > 4 && DEMONYM_ENDINGS.iter().any(|e| w.ends_with(e)) {
            return Label::Norp;
        }
    }
    Label::Misc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_split_into_gpe_and_loc() {
        assert_eq!(refine(NameType::Location, &["Pyongyang"]), Label::Gpe);
        assert_eq!(refine(NameType::Location, &["New", "York"]), Label::Gpe);
        assert_eq!(
            refine(NameType::Location, &["Sea", "of", "Japan"]),
            Label::Loc
        );
        assert_eq!(
            refine(NameType::Location, &["Pacific", "Ocean"]),
            Label::Loc
        );
        assert_eq!(
            refine(NameType::Location, &["Korean", "Peninsula"]),
            Label::Loc
        );
        assert_eq!(
            refine(NameType::Location, &["Mount", "Kilimanjaro"]),
            Label::Loc
        );
        assert_eq!(refine(NameType::Location, &["Europe"]), Label::Loc);
        assert_eq!(refine(NameType::Location, &["Smallville"]), Label::Gpe);
        assert_eq!(
            refine(NameType::Location, &["Narita", "Airport"]),
            Label::Facility
        );
    }

    #[test]
    fn miscellany_splits_into_norp_event_misc() {
        assert_eq!(refine(NameType::Misc, &["Japanese"]), Label::Norp);
        assert_eq!(refine(NameType::Misc, &["Democrats"]), Label::Norp);
        assert_eq!(refine(NameType::Misc, &["Ruritanian"]), Label::Norp);
        assert_eq!(refine(NameType::Misc, &["World", "Cup"]), Label::Event);
        assert_eq!(refine(NameType::Misc, &["Windows", "95"]), Label::Misc);
        assert_eq!(refine(NameType::Person, &["Taro", "Kono"]), Label::Person);
    }
}
