//! Landmarks that copy names with a number or a kind word the tagger does not take into the
//! name: an airport's "Terminal 5", New York's "60th Street", "the Brahmaputra and Jamuna
//! rivers", and a newspaper's masthead with its "The" ("The Irish Times"); a saint's church
//! ("St George's Cathedral") and a name that opens with a capitalised ordinal ("Second Thomas
//! Shoal").

use super::casing::capitalised;
use super::label::Label;
use super::lexicon::cues::{is_cue, wordnet_place, Cue};
use super::lexicon::is_people_word;
use super::repair::{insert_name, name_at, replace_names, Span};

/// Words of a street or a terminal after an ordinal or before a number.
const NUMBERED_STREETS: &[&str] = &["Street", "Avenue", "St", "Ave"];

/// "Terminal 5", "60th Street", "Fifth Avenue" is a name of its own: a terminal's or a
/// street's word with its number is a FAC, whatever the tagger made of either part.
pub fn numbered_places(words: &[&str], names: &mut Vec<Span>) {
    for k in 0..words.len().saturating_sub(1) {
        let number = |w: &str| (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
        let terminal = words[k] == "Terminal" && number(words[k + 1]);
        let street = digit_ordinal(words[k]) && NUMBERED_STREETS.contains(&words[k + 1]);
        if !(terminal || street) {
            continue;
        }
        // "30th Street Station": a street's station or bridge takes its name.
        let end = if street
            && words
                .get(k + 2)
                .is_some_and(|w| STREET_BUILDINGS.contains(w))
        {
            k + 3
        } else {
            k + 2
        };
        // The tagger's own name over either word gives way.
        replace_names(names, (k, end, Label::Facility));
    }
}

/// Buildings named for the street they stand on: "30th Street Station".
const STREET_BUILDINGS: &[&str] = &["Station", "Bridge", "Pier", "Terminal", "Market"];

fn digit_ordinal(w: &str) -> bool {
    // Most words open with no digit, which one byte shows.
    if !w.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && matches!(&w[digits..], "st" | "nd" | "rd" | "th")
}

/// Lowercase words for natural features after their names: "the Brahmaputra and Jamuna
/// rivers", "the Severn estuary".
const FEATURE_WORDS: &[&str] = &[
    "river",
    "rivers",
    "estuary",
    "delta",
    "valley",
    "mountains",
    "desert",
    "basin",
];

/// Lowercase words for a region after its name: "the Karoo region", "the Deccan plateau".
const REGION_WORDS: &[&str] = &["region", "plateau", "peninsula", "steppe"];

/// A name right before a word for a natural feature is that feature (LOC), and so is the name
/// joined to it by "and" ("the Brahmaputra and Jamuna rivers").
pub fn features_before_their_word(words: &[&str], names: &mut [Span]) {
    for k in 0..names.len() {
        let (a, b, label) = names[k];
        let feature = words.get(b).is_some_and(|w| FEATURE_WORDS.contains(w));
        // "South Africa's Karoo region": a region's name the tagger took for a people or a
        // product is the region; a state's or a city's stays ("the Kursk region").
        // (A people's word stays: "the Asian region"; so does a club: Welsh rugby's regions.)
        let region = words.get(b).is_some_and(|w| REGION_WORDS.contains(w))
            && match label {
                Label::Person | Label::Product => true,
                Label::Norp => !is_people_word(&words[a..b]),
                _ => false,
            };
        if region {
            names[k].2 = Label::Loc;
            continue;
        }
        if !feature || !matches!(label, Label::Org | Label::Gpe | Label::Person) {
            continue;
        }
        names[k].2 = Label::Loc;
        // "the Brahmaputra and Jamuna rivers": the first of the pair too.
        if k > 0 && a >= 2 && words[a - 1] == "and" && names[k - 1].1 + 1 == a {
            let before = names[k - 1].2;
            if matches!(
                before,
                Label::Org | Label::Gpe | Label::Person | Label::Norp
            ) {
                names[k - 1].2 = Label::Loc;
            }
        }
    }
}

/// "in the Highlands", "across the Midlands": a landform's word alone after "the" is the
/// region (LOC), not the person or the body the tagger took it for. So is a river or a sea
/// that WordNet knows, taken for a person or a state, after a word of place ("on the Clyde",
/// "on the Severn"): no person's name takes "the", and a state's rarely.
pub fn landforms_after_the(words: &[&str], names: &mut [Span]) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        let after_the = a > 0 && words[a - 1] == "the";
        let taken = matches!(label, Label::Person | Label::Org | Label::Norp);
        let on_the = a >= 2 && WATERSIDE.contains(&words[a - 2]);
        let river = || {
            matches!(label, Label::Person | Label::Norp | Label::Gpe)
                && on_the
                && wordnet_place(&words[a..b]) == Some(Label::Loc)
        };
        if b == a + 1 && after_the && (taken && is_cue(Cue::Landform, &words[a..b]) || river()) {
            span.2 = Label::Loc;
        }
    }
}

/// Words before "the" and a river's or a sea's name: "on the Clyde", "along the Tay".
const WATERSIDE: &[&str] = &[
    "on", "along", "across", "over", "into", "up", "down", "beside", "near", "in",
];

/// Last words of newspapers' and journals' names, whose masthead carries "The".
pub(super) const MASTHEAD_ENDINGS: &[&str] = &[
    "Times",
    "Herald",
    "Post",
    "Journal",
    "Telegraph",
    "Guardian",
    "Lancet",
    "Economist",
    "Independent",
    "Observer",
    "Gazette",
    "Tribune",
    "Chronicle",
    "Mirror",
    "Express",
    "Standard",
    "Courier",
    "Inquirer",
    "Globe",
    "Scotsman",
    "Spectator",
    "Atlantic",
    "Record",
];

/// "The Irish Times", "The Korea Herald": a newspaper's capitalised "The" is part of its name.
pub fn mastheads(words: &[&str], names: &mut [Span]) {
    for k in 0..names.len() {
        let (a, b, label) = names[k];
        let free = k == 0 || names[k - 1].1 < a;
        let masthead = label == Label::Org
            && a > 0
            && free
            && words[a - 1] == "The"
            && MASTHEAD_ENDINGS.contains(&words[b - 1])
            && capitalised(words[a]);
        if masthead && name_at(names, a - 1).is_none() {
            names[k].0 = a - 1;
        }
    }
}

/// Words of courts and military units that a number opens: "9th U.S. Circuit Court of
/// Appeals", "the 5th Circuit", "82nd Airborne Division".
const NUMBERED_BODIES: &[&str] = &[
    "Circuit",
    "Division",
    "Brigade",
    "Regiment",
    "Battalion",
    "Fleet",
    "Army",
    "Corps",
];

/// "the 9th U.S. Circuit Court of Appeals", "the 82nd Airborne Division", "the 5th Circuit": a
/// digit ordinal opens the court or unit after it, which is one ORG, whether the tagger named
/// the rest or left "Circuit" alone.
pub fn numbered_bodies(words: &[&str], names: &mut Vec<Span>) {
    let body = |s: &Span| words[s.0..s.1].iter().any(|w| NUMBERED_BODIES.contains(w));
    for k in 0..names.len() {
        if digit_ordinal(words[names[k].0]) && body(&names[k]) {
            names[k].2 = Label::Org;
        }
    }
    for i in 0..words.len().saturating_sub(1) {
        if !digit_ordinal(words[i]) || name_at(names, i).is_some() {
            continue;
        }
        match names.iter().position(|s| s.0 == i + 1) {
            Some(k) if body(&names[k]) => names[k] = (i, names[k].1, Label::Org),
            Some(_) => {}
            None if words[i + 1] == "Circuit" && !capitalised_at(words, i + 2) => {
                insert_name(names, (i, i + 2, Label::Org));
            }
            None => {}
        }
    }
}

/// Whether the word at `i` is there and capitalised.
fn capitalised_at(words: &[&str], i: usize) -> bool {
    words.get(i).is_some_and(|w| capitalised(w))
}

/// "O'Hare" + "International Airport": an airport's name the tagger cut before its
/// "International Airport" (or "Airport") is one FAC.
pub fn airports_whole(words: &[&str], names: &mut Vec<Span>) {
    let mut k = 0;
    while k + 1 < names.len() {
        let (a, b, _) = names[k];
        let (c, d, _) = names[k + 1];
        let airport = matches!(words[c], "International" | "Airport") && words[d - 1] == "Airport";
        if b == c && airport {
            names[k] = (a, d, Label::Facility);
            names.remove(k + 1);
        }
        k += 1;
    }
}

/// Words of buildings that no one's name and no body's ends with, as the tagger may leave
/// them out of the name before them.
const BUILDING_WORDS: &[&str] = &["Museum", "Stadium", "Airport", "Cathedral", "Mosque"];

/// "Grand Egyptian" + "Museum": a building's word the tagger left out right after a name it
/// found (not a person's) ends that name, which is the building (FAC).
pub fn buildings_cut_short(words: &[&str], names: &mut [Span]) {
    for k in 0..names.len() {
        let (a, b, label) = names[k];
        let free = names.get(k + 1).is_none_or(|n| n.0 > b);
        let building = words.get(b).is_some_and(|w| BUILDING_WORDS.contains(w));
        if building && free && !matches!(label, Label::Person | Label::Date | Label::Time) {
            names[k] = (a, b + 1, Label::Facility);
        }
    }
}

/// Buildings named for a saint: "St George's Cathedral", "St Mary's Church".
const SAINTS_BUILDINGS: &[&str] = &["Church", "Cathedral", "Chapel", "Abbey", "Basilica"];

/// "St George's Cathedral", "Saint Mary's Church": a saint's name, "'s" and a church's word are
/// one building (FAC), whether the tagger stopped at the saint or took the whole for a place.
pub fn saints_buildings(words: &[&str], names: &mut [Span]) {
    for k in 0..names.len() {
        let (a, b, _) = names[k];
        if !matches!(words[a], "St" | "St." | "Saint") {
            continue;
        }
        // ("St Mary's Pro-Cathedral": a church's word may end a hyphened one.)
        let church = |w: &str| SAINTS_BUILDINGS.iter().any(|c| w.ends_with(c));
        if b >= a + 4 && church(words[b - 1]) && words[b - 2] == "'s" {
            names[k].2 = Label::Facility;
        } else if matches!(words.get(b), Some(&"'s"))
            && words
                .get(b + 1)
                .is_some_and(|w| SAINTS_BUILDINGS.contains(w))
            && name_at(names, b + 1).is_none()
        {
            names[k] = (a, b + 2, Label::Facility);
        }
    }
}

/// "the Hugh Lane Gallery", "Kenneth Branagh Theatre": a "person" whose last word is one of
/// the buildings named after people (`is_building`) is the building, labelled by that word
/// (`institution`), when it has three words or more or follows "the": no one is called so, but
/// a person of two may be ("Frankie Bridge").
pub fn buildings_named_for_people(
    words: &[&str],
    names: &mut [Span],
    is_building: impl Fn(&str) -> bool,
    institution: impl Fn(&str) -> Option<Label>,
) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        let after_the = a > 0 && matches!(words[a - 1], "the" | "The");
        let long = b >= a + 3 || b == a + 2 && after_the;
        if label == Label::Person && long && is_building(words[b - 1]) {
            span.2 = institution(words[b - 1]).unwrap_or(Label::Facility);
        }
    }
}

/// "Sheffield's Crucible Theatre": a one-word "firm" that owns a building right after it is
/// the town the building stands in, when it is a place (`is_place`).
pub fn towns_owning_buildings(
    words: &[&str],
    names: &mut [Span],
    is_place: impl Fn(&[&str]) -> bool,
) {
    for k in 0..names.len().saturating_sub(1) {
        let (a, b, label) = names[k];
        let owns = matches!(words.get(b), Some(&("'s" | "’s")));
        let building = names[k + 1].0 == b + 1 && names[k + 1].2 == Label::Facility;
        // ("the University's Reid Hall": a body, after "the".)
        let bare = a == 0 || !matches!(words[a - 1], "the" | "The");
        if label == Label::Org && b == a + 1 && bare && owns && building && is_place(&words[a..b]) {
            names[k].2 = Label::Gpe;
        }
    }
}

/// Ordinal words that open names: "Second Thomas Shoal", "Fifth Avenue", "First Republic".
const NAMED_ORDINALS: &[&str] = &[
    "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
];

/// "the Second Thomas Shoal": mid-sentence, a capitalised ordinal right before a place's,
/// building's, body's or event's name opens it; the tagger took it for a number alone, which
/// the numbers found later leave to the name.
pub fn ordinals_opening_names(words: &[&str], names: &mut [Span]) {
    for k in 0..names.len() {
        let (a, _, label) = names[k];
        let opens = a >= 2
            && NAMED_ORDINALS.contains(&words[a - 1])
            && words[a - 2].starts_with(char::is_lowercase)
            && matches!(
                label,
                Label::Loc | Label::Facility | Label::Org | Label::Event
            )
            && (k == 0 || names[k - 1].1 < a);
        if opens {
            names[k].0 = a - 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_town_owns_its_buildings() {
        let words: Vec<&str> = "Sheffield 's Crucible Theatre and Tesco 's Mill Road"
            .split(' ')
            .collect();
        let mut names = vec![
            (0, 1, Label::Org),
            (2, 4, Label::Facility),
            (5, 6, Label::Org),
            (7, 9, Label::Facility),
        ];
        towns_owning_buildings(&words, &mut names, |n| n == ["Sheffield"]);
        assert_eq!(names[0].2, Label::Gpe);
        assert_eq!(names[2].2, Label::Org);
    }

    #[test]
    fn buildings_named_for_people_are_buildings() {
        let words: Vec<&str> = "at the Hugh Lane Gallery and Frankie Bridge sang"
            .split(' ')
            .collect();
        let mut names = vec![(2, 5, Label::Person), (6, 8, Label::Person)];
        buildings_named_for_people(
            &words,
            &mut names,
            |w| matches!(w, "Gallery" | "Bridge"),
            |_| None,
        );
        assert_eq!(names, vec![(2, 5, Label::Facility), (6, 8, Label::Person)]);
    }

    fn words(text: &str) -> Vec<&str> {
        text.split(' ').collect()
    }

    #[test]
    fn a_saints_church_is_one_building() {
        let w = words("outside St George 's Cathedral in");
        let mut names = vec![(1, 3, Label::Org)];
        saints_buildings(&w, &mut names);
        assert_eq!(names, [(1, 5, Label::Facility)]);
        let w = words("at St Mary 's Pro-Cathedral in");
        let mut names = vec![(1, 5, Label::Gpe)];
        saints_buildings(&w, &mut names);
        assert_eq!(names, [(1, 5, Label::Facility)]);
    }

    #[test]
    fn an_airport_cut_in_two_is_whole() {
        let w = words("repair O'Hare International Airport runways");
        let mut names = vec![(1, 2, Label::Facility), (2, 4, Label::Facility)];
        airports_whole(&w, &mut names);
        assert_eq!(names, [(1, 4, Label::Facility)]);
    }

    #[test]
    fn numbers_open_courts_units_and_shoals() {
        let w = words("the 9th U.S. Circuit Court of Appeals and the 5th Circuit ruled");
        let mut names = vec![(2, 7, Label::Org)];
        numbered_bodies(&w, &mut names);
        assert_eq!(names, [(1, 7, Label::Org), (9, 11, Label::Org)]);
        let w = words("sailed to the Second Thomas Shoal");
        let mut names = vec![(4, 6, Label::Loc)];
        ordinals_opening_names(&w, &mut names);
        assert_eq!(names, [(3, 6, Label::Loc)]);
    }
}
