//! Finer labels for the tagger's CoNLL types, from the name's own words: CoNLL LOC splits into
//! GPE (countries, cities, states), LOC (seas, mountains, regions) and FAC, MISC into NORP,
//! EVENT, LAW, PRODUCT, WORK_OF_ART, LANGUAGE and DATE (holidays), never left as MISC; strong
//! cues (a name ending in "Act", "Cup", "Stadium"; a known name) override the tagger's type.
//! Labels that need the words around a name are `repair`'s.

use super::casing::capitalised;
use super::label::Label;
use super::lexicon::cues::{
    cue_set_hashed, is_cue, is_cue_hashed, known_name_hashed, wordnet_place_hashed, Cue,
};
use super::lexicon::{is_people_word_hashed, lists_of, lists_of_tokens, List, LISTED_PLACES};
use super::tagger::tags::NameType;
use std::cell::OnceCell;

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

/// The finer label of a name of the tagger's type `ty`. `lowers`: each word's `lower_hash`
/// (the tagger's), by which the lists are asked: no word is hashed again.
pub fn refine(ty: NameType, words: &[&str], lowers: &[u64]) -> Label {
    debug_assert_eq!(words.len(), lowers.len());
    if let Some(label) = by_cue(ty, words, lowers) {
        return label;
    }
    // "Qatari investors", "New Zealanders": a people's word of the rules' own list (the
    // tagger's list is its feature already), whatever it was tagged.
    if words.len() <= 2 && ty != NameType::Misc && is_cue_hashed(Cue::People, lowers) {
        return Label::Norp;
    }
    match ty {
        NameType::Person => Label::Person,
        // ("the Gulf of Aden" taken for a miscellany is no event either.)
        NameType::Organisation | NameType::Misc if is_landform_of(words, lowers) => Label::Loc,
        // "a visitor centre on Skye": a region's name alone, which the tagger took for a body.
        NameType::Organisation if lists_of(lowers) & ORG_OR_REGION == List::Region.bit() => {
            Label::Loc
        }
        NameType::Organisation => Label::Org,
        NameType::Location => location(words, lowers),
        NameType::Misc => miscellany(words, lowers),
    }
}

/// A label the name's own words decide, whatever type the tagger gave: a known name, a law
/// ("... Act", "Treaty of ..."), an award ("... Prize"), an event ("... Cup", "Hurricane ..."),
/// a product ("Boeing 747"), an organisation's inquiry or trust named like a place, a building
/// named like a person ("Wembley Stadium").
fn by_cue(ty: NameType, words: &[&str], lowers: &[u64]) -> Option<Label> {
    if let Some(label) = known_name_hashed(words, lowers) {
        return Some(label);
    }
    let n = words.len();
    if n < 2 {
        return None;
    }
    // "the City of Cape Town": a listed city's council, named as the city (with the
    // sentence's "The" the tagger may take in).
    let the = usize::from(words[0] == "The");
    let city_of = n >= the + 3 && words[the] == "City" && words[the + 1] == "of";
    if city_of && lists_of(&lowers[the + 2..]) & LISTED_PLACES != 0 {
        return Some(Label::Gpe);
    }
    let last = &words[n - 1..];
    // The cue lists of the last word and of the first, each looked up once: the tests below
    // ask about them a dozen times.
    let (last_cues, first_cues) = (OnceCell::new(), OnceCell::new());
    let in_last = |cue| {
        last_cues
            .get_or_init(|| cue_set_hashed(&lowers[n - 1..]))
            .has(cue)
    };
    let in_first = |cue| {
        first_cues
            .get_or_init(|| cue_set_hashed(&lowers[..1]))
            .has(cue)
    };
    // So too the lexicon lists of the first word and of the last.
    let (last_lists, first_lists) = (OnceCell::new(), OnceCell::new());
    let last_in =
        |list: List| *last_lists.get_or_init(|| lists_of(&lowers[n - 1..])) & list.bit() != 0;
    let first_in =
        |list: List| *first_lists.get_or_init(|| lists_of(&lowers[..1])) & list.bit() != 0;
    let person = ty == NameType::Person;
    let year_after_law =
        n >= 3 && is_year(words[n - 1]) && is_cue_hashed(Cue::LawLast, &lowers[n - 2..n - 1]);
    let treaty_of = n >= 3 && in_first(Cue::LawFirst) && words[1] == "of";
    // "Bill Smith", "S. Law" and "Jude Law" are people, "Finance Bill" a law ("Law" is a
    // surname more often than a two-word law's last word).
    let initial = words[0].len() == 2 && words[0].ends_with('.');
    let first_name = initial || first_in(List::FirstName) || words[1] == "Law";
    let named_person = person && n < 3 && (first_name || last[0] == "Levy");
    // "Democratic National Convention": a party's gathering, not an agreement.
    let gathering = last[0] == "Convention" && matches!(words[n - 2], "National" | "Party");
    if gathering {
        return Some(Label::Event);
    }
    // "European Convention on Human Rights", "Treaty on European Union".
    let law_on =
        (0..n - 1).any(|k| words[k + 1] == "on" && is_cue_hashed(Cue::LawLast, &lowers[k..k + 1]));
    // "Indian Penal Code", "Scottish Premiership": a known law's or body's name after its
    // people's word.
    let national = (1..n.min(3))
        .filter(|&k| is_people_word_hashed(&lowers[..k]))
        .find_map(|k| {
            known_name_hashed(&words[k..], &lowers[k..])
                .filter(|l| matches!(l, Label::Law | Label::Org))
        });
    if let Some(label) = national {
        return Some(label);
    }
    // "the Highway Code", "the Labour Code": a code is a law, where "The Da Vinci
    // Code" is a title (its "The" capitalised inside the name), "QR Code" a thing and "Source
    // Code" a programmer's.
    let code = last[0] == "Code"
        && words[0] != "The"
        && words[n - 2].chars().any(char::is_lowercase)
        && !NOT_LAWS_CODES.contains(&words[n - 2]);
    // "the Office of Financial Regulation": a body of a law's field is no law.
    // ("the Prevention of Harm Act": an act is no body.)
    let body_of = n >= 3
        && words[1] == "of"
        && first_in(List::OrgWord)
        && !matches!(last[0], "Act" | "Acts" | "Bill");
    let law_last = in_last(Cue::LawLast) && !named_person && !body_of;
    if law_last || year_after_law || treaty_of || law_on || code {
        return Some(Label::Law);
    }
    if words[0] == "Article"
        && words[1..]
            .iter()
            .all(|w| w.bytes().all(|b| b.is_ascii_digit()))
    {
        return Some(Label::Law);
    }
    // "Model Y", "Model 3": a car maker's model names.
    let code = |w: &str| {
        (1..=3).contains(&w.len())
            && w.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    };
    if n == 2 && words[0] == "Model" && code(words[1]) {
        return Some(Label::Product);
    }
    // "Mahler's Sixth Symphony", "Violin Concerto": a piece named by its number or its
    // instrument and its form ("Houston Symphony" is an orchestra).
    let musical_form = matches!(last[0], "Symphony" | "Concerto" | "Sonata")
        && matches!(
            words[0],
            "First"
                | "Second"
                | "Third"
                | "Fourth"
                | "Fifth"
                | "Sixth"
                | "Seventh"
                | "Eighth"
                | "Ninth"
                | "Tenth"
                | "Piano"
                | "Violin"
                | "Cello"
                | "Clarinet"
                | "Horn"
        );
    if in_last(Cue::AwardLast) || musical_form && n == 2 {
        return Some(Label::WorkOfArt);
    }
    // "Africa Cup of Nations", "Tour of Britain": an event's word before "of" names it too.
    let event_of = (1..n - 1)
        .any(|k| words[k + 1] == "of" && is_cue_hashed(Cue::EventLast, &lowers[k..k + 1]));
    // "the King George VI Chase": a steeplechase named at length (two words may be a person's
    // name, and the tagger's organisation a bank: "JP Morgan Chase").
    let steeplechase = n >= 3 && last[0] == "Chase" && ty != NameType::Organisation;
    if in_last(Cue::EventLast)
        || is_cue_hashed(Cue::EventLast, &lowers[n - 2..])
        || event_of
        || steeplechase
    {
        return Some(Label::Event);
    }
    // A storm is named like a person, so the tagger's PERSON gives way here ("Hurricane Delia").
    if in_first(Cue::EventFirst) || n > 2 && is_cue_hashed(Cue::EventFirst, &lowers[..2]) {
        return Some(Label::Event);
    }
    // "the Pyramid Stage": a festival's stage is a place ("Key Stage 2" is a school year).
    if last[0] == "Stage" && words[0] != "Key" {
        return Some(Label::Facility);
    }
    // "Bodegas Altamira", "Estadio Azteca": a firm or building named in its own language opens
    // with its kind, though the rest reads like a person's name.
    if in_first(Cue::OrgFirst) {
        return Some(Label::Org);
    }
    if in_first(Cue::FacilityFirst) {
        return Some(Label::Facility);
    }
    // Word `j`: an organisation's word.
    let org_word = |j: usize| {
        let one = &lowers[j..j + 1];
        is_cue_hashed(Cue::OrgLast, one) || lists_of(one) & List::OrgWord.bit() != 0
    };
    // "Ford Focus", "Land Rover Defender", "Xbox Series X": a maker's or a product's name
    // (one or two words) before model words, none of them an organisation's word.
    let maker = (1..=2.min(n - 1)).find(|&k| {
        is_cue_hashed(Cue::ProductMaker, &lowers[..k])
            || known_name_hashed(&words[..k], &lowers[..k]) == Some(Label::Product)
    });
    if let Some(k) = maker {
        // ("Alfa Romeo and Maserati" are two makers; "Vauxhall Bridge" is a bridge.)
        let structure = in_last(Cue::Structure) || STRUCTURES_LAST.contains(&words[n - 1]);
        if !(k..n).any(|j| org_word(j) || words[j] == "and") && !structure {
            return Some(Label::Product);
        }
    }
    // "Sony Music": a miscellany ending in a word that only ends organisations' names is one.
    // ("The Sound of Music" is a title.)
    if ty == NameType::Misc && n > 1 && words[0] != "The" && in_last(Cue::OrgLast) {
        return Some(Label::Org);
    }
    // "Bloor Street West", "Ocean Road East": a street's part named by its compass.
    let street_part = n > 2
        && matches!(words[n - 1], "North" | "South" | "East" | "West")
        && matches!(
            words[n - 2],
            "Street" | "Road" | "Avenue" | "Boulevard" | "Drive" | "Lane"
        );
    // "Ribblehead Viaduct", "the Pembrokeshire Coast Path": words that end only structures'
    // names, whatever the tagger took the name for.
    // "the Midland Main Line": a railway's trunk route is a structure ("Holland America Line",
    // a shipping firm, is no main line).
    let main_line = n > 2 && words[n - 1] == "Line" && words[n - 2] == "Main";
    if street_part || main_line || n > 1 && STRUCTURES_LAST.contains(&words[n - 1]) {
        return Some(Label::Facility);
    }
    if matches!(ty, NameType::Location | NameType::Person) {
        // "Thornbury Foods": a town's name before a trade word is a company's.
        let trade = ty == NameType::Location && in_last(Cue::OrgAfterTitle);
        if in_last(Cue::OrgLast) || trade {
            return Some(Label::Org);
        }
        // "Empower Field" is a ground, "Frank Field" a person.
        let ground = ty == NameType::Location && words[n - 1] == "Field";
        if FACILITY_ENDINGS.contains(&words[n - 1]) || ground {
            return Some(Label::Facility);
        }
    }
    // "River Thames", "Lake Windermere": a natural feature, though the tagger called it an
    // organisation.
    let natural = NATURAL_FIRST.contains(&words[0])
        || last_in(List::GeographicCue)
        || (n > 1 && in_last(Cue::Landform));
    // "Mount Snowdon" is no person either, though named like one.
    // Nor "Yorkshire Dales" or "Second Thomas Shoal" (but "Hugh Downs" is).
    let landform = in_last(Cue::Landform)
        && !(SURNAME_LANDFORMS.contains(&last[0]) && first_in(List::FirstName));
    // "Lord Howe Island" neither, but "Michael Bay" is.
    let feature_last = last_in(List::GeographicCue) && !first_name;
    let person_at_feature = ty == NameType::Person
        && n > 1
        && (NATURAL_FIRST.contains(&words[0]) || landform || feature_last);
    // "the River Shannon burst its banks" is no event either.
    let river = ty == NameType::Misc && n > 1 && NATURAL_FIRST.contains(&words[0]);
    if (ty == NameType::Organisation && natural) || person_at_feature || river {
        return Some(Label::Loc);
    }
    // Some buildings and roads are run by an organisation of the same name, but the name with
    // a structure word last is the place ("Heathrow Airport", "Wembley Stadium"), and so is
    // "the Palace of Westminster".
    let org_or_misc = matches!(ty, NameType::Organisation | NameType::Misc);
    let building_of = n > 2
        && (matches!(words[0], "Tower") || STRUCTURE_HEADS.contains(&words[0]))
        && words[1] == "of"
        && wordnet_place_hashed(lowers).is_none();
    // Names that end with these are grounds and monuments; after a name in lowercase they say
    // less ("the Jesse Owens memorial race"), so they are not structure cues.
    let named_ground = matches!(
        words[n - 1],
        "Ground"
            | "Grounds"
            | "Oval"
            | "Memorial"
            | "Theatre"
            | "Theater"
            | "Shrine"
            | "Velodrome"
            | "Fieldhouse"
            | "Speedway"
            | "Raceway"
            | "Drive"
            | "Boulevard"
            | "Parkway"
            | "Expressway"
            | "Freeway"
            | "Turnpike"
            | "Jail"
            | "Station"
            | "Terminal"
            | "Place"
            | "Complex"
            | "Auditorium"
            | "Street"
            | "Road"
            | "Avenue"
            | "Lane"
    );
    // "the Church of Norway", "the Church of Jesus Christ of Latter-day Saints": a church of
    // a country or of its faith is the body; "the Church of the Holy Sepulchre" and "the
    // Church of St Mary" are buildings.
    let church_body = n > 2
        && words[0] == "Church"
        && words[1] == "of"
        && !matches!(
            words[2],
            "the" | "St" | "St." | "Saint" | "Our" | "San" | "Santa"
        );
    if church_body {
        return Some(Label::Org);
    }
    if building_of && ty != NameType::Person {
        return Some(Label::Facility);
    }
    // "Las Vegas Convention Center", "Meadowhall Shopping Centre", "McCarthey Athletic Center":
    // a centre of these is a building, where "Centre for Policy Studies" is a body.
    let building_centre = matches!(words[n - 1], "Centre" | "Center")
        && matches!(
            words[n - 2],
            "Convention"
                | "Exhibition"
                | "Conference"
                | "Leisure"
                | "Shopping"
                | "Civic"
                | "Athletic"
                | "Aquatic"
                | "Aquatics"
                | "Events"
                | "Space"
        );
    // ("Downing Street said", "Wall Street rallied": streets that stand for the bodies on
    // them are left as the tagger read them.)
    let street_for_a_body = n == 2 && last[0] == "Street" && STREETS_FOR_BODIES.contains(&words[0]);
    let named_ground = named_ground && !street_for_a_body;
    // "the Department of Buildings", "the Office of Roads and Maritime": a body named for the
    // structures it minds.
    let body_of_structures = n > 2
        && words[1] == "of"
        && matches!(
            words[0],
            "Department" | "Ministry" | "Bureau" | "Office" | "Commission" | "Agency"
        );
    let structure = in_last(Cue::Structure) && !body_of_structures;
    if org_or_misc && (structure || named_ground || building_centre) {
        return Some(Label::Facility);
    }
    // "Theatre Royal", "Stade de France", "Estadio Monumental": a building named first,
    // whatever the tagger took it for.
    let building_first = matches!(
        words[0],
        "Theatre"
            | "Theater"
            | "Estadio"
            | "Estádio"
            | "Stadio"
            | "Stadion"
            | "Stade"
            | "Teatro"
            // "Hospital Kuala Lumpur", "Hospital Sultanah Aminah": Malay names the building
            // first.
            | "Hospital"
    );
    // "Stade Français", "Stade Toulousain": a club named for its people, not its ground.
    let club_of_a_people = words[0] == "Stade"
        && ["ais", "ois", "ain", "in"]
            .iter()
            .any(|e| words[1].ends_with(e));
    // ("Hospital Medical School", "Hospital Corporation of America": a body's word last.)
    let body_last = words[0] == "Hospital"
        && (in_last(Cue::OrgLast)
            || words.contains(&"of")
            || matches!(
                last[0],
                "School" | "Trust" | "Board" | "Foundation" | "Authority"
            ));
    let building_first = building_first && !club_of_a_people && !body_last;
    if n > 1 && ty != NameType::Person && building_first {
        return Some(Label::Facility);
    }
    None
}

/// Words for a structure named "... of <place>": "Port of Durban", "Basilica of Our Lady".
pub const STRUCTURE_HEADS: &[&str] = &[
    "Port",
    "Basilica",
    "Cathedral",
    "Church",
    "Palace",
    "Castle",
];

/// The label a name takes from one of its words that names an institution or a structure:
/// "University", "School" (ORG); "Velodrome", "Road", "Bridge" (FAC).
pub fn institution_label(w: &str) -> Option<Label> {
    let one = std::slice::from_ref(&w);
    if is_cue(Cue::OrgLast, one) || has_list(one, List::OrgWord) || matches!(w, "School") {
        Some(Label::Org)
    } else if FACILITY_ENDINGS.contains(&w)
        || BUILDINGS_NAMED_FOR_PEOPLE.contains(&w)
        || (capitalised(w) && is_cue(Cue::Structure, one))
    {
        Some(Label::Facility)
    } else {
        None
    }
}

/// Last words of buildings often named after a person ("Sir Chris Hoy Velodrome").
const BUILDINGS_NAMED_FOR_PEOPLE: &[&str] = &["Theatre", "Theater", "Velodrome", "Shrine"];

/// Words of institutions and structures that may end a name the tagger took for a person's
/// ("Chris Hoy Velodrome"); words that are also surnames ("Hall", "Castle") are not here.
pub const PEOPLES_BUILDINGS: &[&str] = &[
    "Velodrome",
    "Stadium",
    "Airport",
    "Arena",
    "Hospital",
    "Bridge",
    "Road",
    "Avenue",
    "Centre",
    "Center",
    "Theatre",
    "Theater",
    "Museum",
    "Library",
    "Gallery",
    "Square",
    "Shrine",
];

/// A four-digit year of the 20th or 21st century, as acts and treaties carry.
pub(super) fn is_year(w: &str) -> bool {
    w.len() == 4
        && w.bytes().all(|b| b.is_ascii_digit())
        && (w.starts_with("19") || w.starts_with("20"))
}

fn has_list(words: &[&str], list: List) -> bool {
    lists_of_tokens(words) & list.bit() != 0
}

/// Words that make a "location" an organisation's premises, named as the organisation.
const ORG_PREMISES: &[&str] = &["Embassy", "Consulate", "Mission"];

/// Last words of structures' names that end no organisation's or person's name.
const STRUCTURES_LAST: &[&str] = &[
    "Viaduct",
    "Aqueduct",
    "Pier",
    "Lighthouse",
    "Footbridge",
    "Path",
    "Towpath",
    // ("the Chrysler Building"; a "building" after a name may be a building society's.)
    "Building",
];

/// Words before "Code" that make no law of it: "Source Code", "Dress Code", "Morse Code".
const NOT_LAWS_CODES: &[&str] = &["Source", "Dress", "Morse", "Bar", "Genetic", "Secret"];

/// Streets named for the bodies on them: the Prime Minister's office, the markets, the press.
const STREETS_FOR_BODIES: &[&str] = &["Downing", "Wall", "Fleet"];

/// Last words of buildings that end no title of a work or an event's name, as the tagger's
/// miscellany may hold them.
const MISC_BUILDINGS_LAST: &[&str] = &[
    "Museum",
    "Stadium",
    "Airport",
    "Hospital",
    "Cathedral",
    "Mosque",
];

/// Last words of buildings, airports, roads and the like: OntoNotes FAC.
const FACILITY_ENDINGS: &[&str] = &[
    "Manor",
    "Maltings",
    "Quay",
    "Wharf",
    "Marina",
    "Airport",
    "Theatre",
    "Theater",
    "Gardens",
    "Palladium",
    "Coliseum",
    "Hippodrome",
    "Playhouse",
    "Fieldhouse",
    "Speedway",
    "Raceway",
    "Barrier",
    "Stadium",
    "Centre",
    "Center",
    "Bridge",
    "Hall",
    "Square",
    "Street",
    "Avenue",
    "Road",
    "Drive",
    "Boulevard",
    "Parkway",
    "Expressway",
    "Freeway",
    "Turnpike",
    "Palace",
    "Tower",
    "Hospital",
    "Arena",
    "Park",
    "Station",
    "Terminal",
    "Base",
    "Highway",
    "Tunnel",
    "Dam",
    "Prison",
    "Castle",
    "Cathedral",
    "Mosque",
    "Temple",
    "Museum",
    "House",
    "Minster",
    "Abbey",
    "Dome",
    "Superdome",
    "Oval",
    "Ground",
    "Grounds",
    "Memorial",
];

/// Landforms' words that are also surnames: after a first name they end a person's name
/// ("Anthony Head", "Hugh Downs").
pub(super) const SURNAME_LANDFORMS: &[&str] = &[
    "Dales", "Downs", "Hills", "Moors", "Levels", "Fens", "Beacons", "Wolds", "Trench", "Head",
];

/// First words of natural features: "River Thames", "Loch Ness", "Lough Neagh", "Llyn Tegid".
pub(super) const NATURAL_FIRST: &[&str] = &["River", "Lake", "Loch", "Lough", "Llyn", "Mount"];

/// First words of landforms and waters named "of" a place: "Straits of Mackinac", "Gulf of
/// Mexico", "Bay of Bengal".
const LANDFORMS_OF: &[&str] = &["Strait", "Straits", "Gulf", "Bay", "Sea", "Cape", "Mount"];

/// The lists that make a name a region or an organisation.
const ORG_OR_REGION: u16 = List::Region.bit() | List::Organisation.bit();

/// "the Straits of Mackinac" taken for an organisation: a landform's word, "of" and a name is
/// that landform (LOC), unless a known name says otherwise ("Bay of Plenty" is a region).
fn is_landform_of(words: &[&str], lowers: &[u64]) -> bool {
    words.len() > 2
        && words[1] == "of"
        && LANDFORMS_OF.contains(&words[0])
        && known_name_hashed(words, lowers).is_none()
        && wordnet_place_hashed(lowers).is_none_or(|l| l == Label::Loc)
}

fn location(words: &[&str], lowers: &[u64]) -> Label {
    // "University of Cape Town": an institution of a place, though named with a cape's word.
    let institution_of =
        words.len() > 2 && words[1] == "of" && is_cue_hashed(Cue::OrgLast, &lowers[..1]);
    if words.iter().any(|w| ORG_PREMISES.contains(w)) || institution_of {
        return Label::Org;
    }
    if words.len() > 1 && words.last().is_some_and(|w| FACILITY_ENDINGS.contains(w)) {
        return Label::Facility;
    }
    // "Scarborough Shoal", "Aldabra Atoll": a landform, though named for a town.
    let landform = words.len() > 1 && is_cue_hashed(Cue::Landform, &lowers[lowers.len() - 1..]);
    // The lists holding the whole name, looked up once for the tests below.
    let whole = lists_of(lowers);
    if whole & List::Region.bit() != 0 || landform {
        return Label::Loc;
    }
    if is_named_after_place(words, lowers, whole) {
        return Label::Org;
    }
    // "the Peak District", "the Lake District": a district named after no listed place is a
    // region ("Swat District" would be an administrative one).
    let district = words.len() > 1 && words.last() == Some(&"District");
    // (A one-word name's word is the whole name.)
    let geographic = district
        || match words {
            [_] => whole & List::GeographicCue.bit() != 0,
            _ => lowers
                .iter()
                .any(|w| lists_of(std::slice::from_ref(w)) & List::GeographicCue.bit() != 0),
        };
    let named_place = whole & LISTED_PLACES != 0;
    if geographic && !named_place {
        Label::Loc
    } else {
        Label::Gpe
    }
}

/// "Tate Britain", "Visit Scotland": a name ending in a country or city whose first word is
/// neither a place nor a compass or size word ("North Korea", "Greater London") and that no
/// place list holds whole, so an organisation named after the place. `whole`: the lists
/// holding the whole name (`lists_of`), `lowers` each word's `lower_hash`.
fn is_named_after_place(words: &[&str], lowers: &[u64], whole: u16) -> bool {
    let ([first, .., _], [.., last]) = (words, lowers) else {
        return false;
    };
    // Each word's lists looked up once.
    let place = |lists: u16| lists & LISTED_PLACES != 0;
    capitalised(first)
        && place(lists_of(std::slice::from_ref(last)))
        && !place(whole)
        && whole & List::Region.bit() == 0
        && !PLACE_MODIFIERS.contains(first)
        && {
            let first_lists = lists_of(&lowers[..1]);
            !place(first_lists) && first_lists & List::GeographicCue.bit() == 0
        }
}

/// First words that make a bigger or smaller place of the place after them.
pub(super) const PLACE_MODIFIERS: &[&str] = &[
    "North",
    "South",
    "East",
    "West",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Central",
    "Greater",
    "New",
    "Upper",
    "Lower",
    "Great",
    "Little",
    "Old",
    "Inner",
    "Outer",
    "Mainland",
    "Metropolitan",
    "Rural",
    "Mid",
    "Far",
    "Coastal",
    "Federal",
];

fn miscellany(words: &[&str], lowers: &[u64]) -> Label {
    // The lists holding the whole name, looked up once ("is_people_word" asks them too).
    let whole = lists_of(lowers);
    let people = whole & List::Nationality.bit() != 0 || is_cue_hashed(Cue::People, lowers);
    if people || whole & List::ReligiousOrPolitical.bit() != 0 {
        return Label::Norp;
    }
    if words.iter().any(|w| EVENT_CUES.contains(w)) {
        return Label::Event;
    }
    // "its North Yorkshire power station", "parts of Angus": a county is the place.
    if is_cue_hashed(Cue::County, lowers) {
        return Label::Gpe;
    }
    // "Wimbledon", "Augusta": a miscellaneous place name is the event held there.
    if words.len() == 1 && whole & (List::City.bit() | List::State.bit()) != 0 {
        return Label::Event;
    }
    if let [w] = words {
        let letters = w.chars().all(|c| c.is_alphabetic() || c == '-');
        if capitalised(w)
            && letters
            && w.len() > 4
            && DEMONYM_ENDINGS.iter().any(|e| w.ends_with(e))
        {
            return Label::Norp;
        }
    }
    // "South Africans", "Northern Irish", "New Zealanders": a people named with its compass.
    if let [first @ .., last] = words {
        let compass = !first.is_empty()
            && first.iter().all(|w| {
                matches!(
                    *w,
                    "North"
                        | "South"
                        | "East"
                        | "West"
                        | "Northern"
                        | "Southern"
                        | "Eastern"
                        | "Western"
                        | "Central"
                        | "New"
                )
            });
        let people = DEMONYM_ENDINGS.iter().any(|e| last.ends_with(e)) || last.ends_with("ers");
        if compass && people && last.len() > 4 {
            return Label::Norp;
        }
    }
    // "the Grand Egyptian Museum": a people's word inside a building's name made the tagger
    // call it a miscellany; its last word says what it is.
    if words.len() > 1 && MISC_BUILDINGS_LAST.contains(&words[words.len() - 1]) {
        return Label::Facility;
    }
    // Nothing decided: OntoNotes has no MISC, so take the likeliest label for CoNLL-style
    // miscellany: a model number makes a product ("Windows 95"), a single word is most often
    // an adjective of a people ("Afrikaner", "Sunni"), a longer name most often an event.
    if words.iter().any(|w| w.bytes().any(|b| b.is_ascii_digit())) {
        Label::Product
    } else if words.len() == 1 {
        Label::Norp
    } else {
        Label::Event
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tagger::hash::lower_hash;

    /// `refine` with the words' lowercase hashes worked out here, as the tagger gives them.
    fn refine(ty: NameType, words: &[&str]) -> Label {
        let lowers: Vec<u64> = words.iter().map(|w| lower_hash(w)).collect();
        super::refine(ty, words, &lowers)
    }

    #[test]
    fn palaces_of_are_buildings_and_dales_are_places() {
        let palace = ["Palace", "of", "Westminster"];
        assert_eq!(refine(NameType::Organisation, &palace), Label::Facility);
        assert_eq!(
            refine(NameType::Organisation, &["Yorkshire", "Dales"]),
            Label::Loc
        );
    }

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
        // A region the tagger took for a body is the region.
        assert_eq!(refine(NameType::Organisation, &["Skye"]), Label::Loc);
        assert_eq!(refine(NameType::Organisation, &["Arctic"]), Label::Loc);
        assert_eq!(refine(NameType::Misc, &["Windows", "95"]), Label::Product);
        let defender = ["Land", "Rover", "Defender"];
        assert_eq!(refine(NameType::Organisation, &defender), Label::Product);
        let xbox = ["Xbox", "Series", "X"];
        assert_eq!(refine(NameType::Organisation, &xbox), Label::Product);
        let company = ["Land", "Rover", "Group"];
        assert_eq!(refine(NameType::Organisation, &company), Label::Org);
        assert_eq!(refine(NameType::Misc, &["Boxing", "Day"]), Label::Date);
        assert_eq!(
            refine(NameType::Organisation, &["Human", "Rights", "Act"]),
            Label::Law
        );
        assert_eq!(
            refine(NameType::Misc, &["Terrorism", "Act", "2000"]),
            Label::Law
        );
        assert_eq!(
            refine(NameType::Misc, &["Treaty", "of", "Rome"]),
            Label::Law
        );
        assert_eq!(
            refine(NameType::Misc, &["Nobel", "Prize"]),
            Label::WorkOfArt
        );
        assert_eq!(
            refine(NameType::Person, &["Wembley", "Stadium"]),
            Label::Facility
        );
        assert_eq!(
            refine(NameType::Location, &["Hutton", "Inquiry"]),
            Label::Org
        );
        assert_eq!(refine(NameType::Location, &["Tate", "Britain"]), Label::Org);
        assert_eq!(refine(NameType::Location, &["North", "Korea"]), Label::Gpe);
        assert_eq!(
            refine(NameType::Organisation, &["Ford", "Focus"]),
            Label::Product
        );
        assert_eq!(refine(NameType::Person, &["Oscar"]), Label::WorkOfArt);
        assert_eq!(refine(NameType::Person, &["Nintendo"]), Label::Org);
        assert_eq!(refine(NameType::Person, &["Taro", "Kono"]), Label::Person);
        assert_eq!(
            refine(NameType::Person, &["Hurricane", "Delia"]),
            Label::Event
        );
        assert_eq!(
            refine(NameType::Organisation, &["Heathrow", "Airport"]),
            Label::Facility
        );
        assert_eq!(
            refine(NameType::Organisation, &["Leeds", "General", "Hospital"]),
            Label::Org
        );
    }
}
