//! Names that the words beside them lengthen: a nickname in quotes or brackets between a
//! person's first name and surname (`Hector "Macho" Camacho`), the number of a road
//! ("Interstate 5", "Route 66"), of a law ("Section 230") or of a station ("BBC Radio 4"),
//! and a place's river ("Newcastle upon Tyne").

use super::casing::capitalised;
use super::finer::{institution_label, STRUCTURE_HEADS};
use super::gates::{CueList, Gates};
use super::label::Label;
use super::lexicon::cues::{is_cue, is_cue_word, known_name, wordnet_place, Cue};
use super::lexicon::{lists_of_tokens, List, LISTED_PLACES};
use super::repair::{insert_name, name_at, Span};

pub fn join(words: &[&str], names: &mut Vec<Span>, gates: Gates) {
    nicknames(words, names);
    // A road has a number ("M6", "Interstate 5").
    if gates.digit {
        roads(words, names);
    }
    // Each station's name ends in "Radio" or "Channel".
    if gates.holds(CueList::Stations) {
        stations(words, names);
    }
    clubs_by_initials(words, names);
    product_names(words, names);
    product_variants(words, names);
    // Each law's number follows a law word of the cue list ("Section", "Bill").
    if gates.holds(CueList::LawNumber) {
        laws(words, names);
    }
    laws_of_two_things(words, names);
    // An event's number has digits ("Euro 2024").
    if gates.digit {
        numbered_events(words, names);
    }
    events_in_roman(words, names);
    // Each such place holds "upon" ("Stratford-upon-Avon" is one word, for the tagger).
    if gates.holds(CueList::Upon) {
        places_upon(words, names);
    }
    numbered_models(words, names);
    features_of_places(words, names);
    structures_of_places(words, names);
    topics_after_on(words, names);
    named_for_names(words, names);
    laws_with_nations(words, names);
    // Each case holds "v." or "v".
    if gates.holds(CueList::Versus) {
        court_cases(words, names);
    }
    titled_works(words, names);
    // Each side's event follows "Women's" or the like.
    if gates.holds(CueList::Possessive) {
        womens_events(words, names);
    }
    // Each final's word is "Final" or "Finals".
    if gates.holds(CueList::Finals) {
        finals_of_events(words, names);
    }
    // Each body ends in a body's word ("Council").
    if gates.holds(CueList::BodyWords) {
        bodies_after_names(words, names);
    }
    universities_of_places(words, names);
    campuses(words, names);
    // Each university ends in "State".
    if gates.holds(CueList::State) {
        state_universities(words, names);
    }
    // Each service follows "Transport for" or a service's word ("NHS").
    if gates.holds(CueList::Services) {
        services_of_places(words, names);
    }
    events_named_for_places(words, names);
    // Each owner stands before its "'s", or a plural owner before its "'".
    if gates.holds(CueList::Possessive) {
        institutions_named_for_owners(words, names);
    }
    if gates.holds(CueList::Apostrophe) {
        institutions_of_plural_owners(words, names);
    }
    laws_named_for_subjects(words, names);
    // The law's letters close in brackets before its word.
    if gates.bracket {
        bracketed_laws(words, names);
    }
    courts_of_circuits(words, names);
    bodies_of_places(words, names);
    gaelic_bodies(words, names);
    // Each body ends in a body's word ("Council").
    if gates.holds(CueList::BodyWords) {
        bodies_of_two_things(words, names);
    }
    museums_and_galleries(words, names);
    forces_of_two_places(words, names);
    // Each surname holds a hyphen ("al-Sisi").
    if gates.hyphen {
        surnames_with_articles(words, names);
    }
}

/// The Arabic article as names write it before a hyphen ("al-Sisi", "el-Erian", "as-Sadr").
const NAME_ARTICLES: &[&str] = &["al", "Al", "el", "El", "ad", "as", "ash", "az", "an", "ar"];

/// "Abdel Fattah al-Sisi": a surname opened by the Arabic article, right after a person's
/// name, is the end of that name, whatever the tagger made of it alone (it took "al-Sisi" for
/// a people's adjective).
fn surnames_with_articles(words: &[&str], names: &mut Vec<Span>) {
    let surname = |w: &str| {
        w.split_once('-').is_some_and(|(article, rest)| {
            NAME_ARTICLES.contains(&article) && rest.starts_with(char::is_uppercase)
        })
    };
    let mut k = 0;
    while k < names.len() {
        let (a, b, label) = names[k];
        if label == Label::Person && words.get(b).is_some_and(|w| surname(w)) {
            match names.get(k + 1) {
                Some(&(c, d, _)) if c == b && d == b + 1 => {
                    names[k] = (a, d, label);
                    names.remove(k + 1);
                }
                Some(&(c, _, _)) if c <= b => {}
                _ => names[k] = (a, b + 1, label),
            }
        }
        k += 1;
    }
}

/// "Avon and Somerset Police", "Devon and Cornwall Constabulary": a police force of two places,
/// which the tagger finds as two names, is one ORG.
fn forces_of_two_places(words: &[&str], names: &mut Vec<Span>) {
    let mut k = 1;
    while k < names.len() {
        let (c, d, _) = names[k];
        let (a, b, first) = names[k - 1];
        let force = matches!(words[d - 1], "Police" | "Constabulary") && d >= c + 2;
        let paired = b == a + 1 && b + 1 == c && words[b] == "and";
        if force && paired && matches!(first, Label::Gpe | Label::Loc | Label::Org) {
            names[k - 1] = (a, d, Label::Org);
            names.remove(k);
        } else {
            k += 1;
        }
    }
}

/// "the Coffee and Cocoa Council", "the Arts and Humanities Research Council": a body named for
/// two things, whose first and "and" the tagger left out, is one ORG; so is "the Vietnam
/// Coffee and Cocoa Association", whose first part the tagger took for an organisation alone.
fn bodies_of_two_things(words: &[&str], names: &mut Vec<Span>) {
    let mut k = 0;
    while k < names.len() {
        let (c, d, label) = names[k];
        let free = k == 0 || names[k - 1].1 + 2 < c;
        let first = c >= 2 && words[c - 1] == "and" && capitalised(words[c - 2]);
        let body = label == Label::Org && BODY_WORDS.contains(&words[d - 1]);
        // A sentence's first word is capitalised by rule ("Prices and Wage Council" stands).
        if free && first && body && c >= 3 && (!capitalised(words[c - 3]) || words[c - 3] == "The")
        {
            names[k].0 = c - 2;
        }
        if k > 0 && first && body && opens_the_body(words, names[k - 1], c) {
            names[k - 1].1 = d;
            names[k - 1].2 = Label::Org;
            names.remove(k);
            continue;
        }
        k += 1;
    }
}

/// Halls of a collection that share one name: "Inverness Museum and Art Gallery", "Kelvingrove
/// Art Gallery and Museum".
const COLLECTIONS: &[&str] = &[
    "Museum",
    "Gallery",
    "Library",
    "Archives",
    "Gardens",
    "Galleries",
];

/// Words of a collection's second hall with no name of its own: "Art Gallery", not "National
/// Gallery" ("the British Museum and National Gallery" are two).
const HALL_WORDS: &[&str] = &["Art", "Arts", "Science", "Heritage", "Botanic", "Botanical"];

/// "Inverness Museum and Art Gallery": a name ending in a hall of a collection, "and", and a
/// name (the tagger's, of any label) made of hall words are one facility.
fn museums_and_galleries(words: &[&str], names: &mut Vec<Span>) {
    join_pairs(words, names, |&(_, b, label), between, &(c, d, _)| {
        let generic = words[c..d]
            .iter()
            .all(|w| COLLECTIONS.contains(w) || HALL_WORDS.contains(w));
        let halls = COLLECTIONS.contains(&words[b - 1]) && COLLECTIONS.contains(&words[d - 1]);
        (between == "and" && halls && generic && matches!(label, Label::Facility | Label::Org))
            .then_some(label)
    });
}

/// Whether `name`, ending right before the "and" at `c - 1`, is the first part of a body's
/// name ("Vietnam Coffee" of "Vietnam Coffee and Cocoa Association"): an organisation of two
/// words or more that is not a whole body itself ("the European Commission and World Health
/// Organization") nor one of a list ("Rowan Capital, Ellis & Finch and Moorland Trust").
fn opens_the_body(words: &[&str], name: Span, c: usize) -> bool {
    let (a, b, label) = name;
    let last = words[b - 1];
    let whole = BODY_WORDS.contains(&last)
        || is_cue(Cue::OrgLast, &[last])
        || lists_of_tokens(&[last]) & List::OrgWord.bit() != 0;
    let listed = words[a..b].contains(&"&") || a > 0 && words[a - 1] == ",";
    label == Label::Org && b + 1 == c && b >= a + 2 && !whole && !listed
}

/// "Bòrd na Gàidhlig", "Conradh na Gaeilge", "Comhairle nan Eilean Siar": a Gaelic body's
/// name joins its words with "na" or "nan" ("of the"), where the tagger finds two names or
/// only the second; the whole is one ORG.
fn gaelic_bodies(words: &[&str], names: &mut Vec<Span>) {
    let mut k = 0;
    while k < names.len() {
        let (c, d, _) = names[k];
        let joined = c >= 2 && matches!(words[c - 1], "na" | "nan") && capitalised(words[c - 2]);
        if !joined {
            k += 1;
            continue;
        }
        match k.checked_sub(1).filter(|&j| names[j].1 == c - 1) {
            Some(j) => {
                names[j] = (names[j].0, d, Label::Org);
                names.remove(k);
            }
            None if name_at(names, c - 2).is_none() => {
                names[k] = (c - 2, d, Label::Org);
                k += 1;
            }
            None => k += 1,
        }
    }
}

/// "Americans with Disabilities Act", "Protection of Freedoms Act": a law whose name the
/// tagger cut at a lowercase word joining its subject is one LAW from the subject on.
fn laws_named_for_subjects(words: &[&str], names: &mut Vec<Span>) {
    join_pairs(words, names, |&(a, b, label), between, &(_, _, next)| {
        let subject = label != Label::Law && words[a..b].iter().all(|w| capitalised(w));
        let joined = matches!(between, "with" | "for" | "of" | "on" | "against");
        (next == Label::Law && subject && joined).then_some(Label::Law)
    });
}

/// "Defamation (Amendment) Act 2024", "Terminally Ill Adults (End of Life) Bill": capitalised
/// words, a bracketed part and a law's last word are one LAW (with the year after it), though
/// the tagger, cut by the brackets, found no name or a piece of one.
fn bracketed_laws(words: &[&str], names: &mut Vec<Span>) {
    for j in 3..words.len() {
        // ("an EU (European Union) directive" is no law's name.)
        if words[j - 1] != ")" || !capitalised(words[j]) || !is_cue_word(Cue::LawLast, words.get(j))
        {
            continue;
        }
        let Some(open) = (j.saturating_sub(6)..j - 1)
            .rev()
            .find(|&k| words[k] == "(")
        else {
            continue;
        };
        let titled = |w: &&str| capitalised(w) || matches!(*w, "of" | "and" | "the" | "for");
        if open + 1 == j - 1 || !words[open + 1..j - 1].iter().all(titled) {
            continue;
        }
        let mut start = open;
        while start > 0 && capitalised(words[start - 1]) && !ARTICLES.contains(&words[start - 1]) {
            start -= 1;
        }
        if start == open || names.iter().any(|s| s.0 < start && s.1 > start) {
            continue;
        }
        let year = words
            .get(j + 1)
            .is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
        let end = j + 1 + usize::from(year);
        names.retain(|s| s.1 <= start || s.0 >= end);
        insert_name(names, (start, end, Label::Law));
    }
}

/// Capitalised articles that open a sentence before a name and are no part of it.
const ARTICLES: &[&str] = &["The", "A", "An"];

/// "U.S. Court of Appeals for the Ninth Circuit", "District Court for the Southern District
/// of New York": a court and the circuit or district it is for are one ORG.
fn courts_of_circuits(words: &[&str], names: &mut Vec<Span>) {
    let mut k = 0;
    while k + 1 < names.len() {
        let (a, b, label) = names[k];
        let (c, d, _) = names[k + 1];
        let court = label == Label::Org && matches!(words[b - 1], "Court" | "Appeals");
        let for_the = c == b + 2 && words[b] == "for" && words[b + 1] == "the";
        if court
            && for_the
            && words[c..d]
                .iter()
                .any(|w| matches!(*w, "Circuit" | "District"))
        {
            names[k] = (a, d, Label::Org);
            names.remove(k + 1);
        }
        k += 1;
    }
}

/// First words of a public body's name that a place's name may open: "King County" +
/// "Superior Court", "Georgia" + "Senate".
const PLACES_BODIES: &[&str] = &[
    "Senate",
    "House",
    "Assembly",
    "Legislature",
    "Superior",
    "Supreme",
    "District",
    "Circuit",
    "County",
    "Court",
    "Sheriff",
    "Police",
    "Fire",
    "Board",
];

/// "the Georgia Senate", "a King County Superior Court jury": a place right against a public
/// body the tagger named apart is part of the body's name.
fn bodies_of_places(words: &[&str], names: &mut Vec<Span>) {
    let mut k = 0;
    while k + 1 < names.len() {
        let (a, _, label) = names[k];
        let (c, d, next) = names[k + 1];
        let body = next == Label::Org && PLACES_BODIES.contains(&words[c]);
        if names[k].1 == c && label == Label::Gpe && body {
            names[k] = (a, d, Label::Org);
            names.remove(k + 1);
        }
        k += 1;
    }
}

/// "Westmorland and Furness Council", "Brighton and Hove City Council": a council named for
/// two places that the tagger cut at the "and" is one. A country is not joined ("France and
/// Paris City Council" are two). `is_town` says whether a name the tagger took for an
/// organisation is a town's ("Brighton", for its football club).
pub fn councils_of_two_places(
    words: &[&str],
    names: &mut Vec<Span>,
    is_town: impl Fn(&[&str]) -> bool,
) {
    join_pairs(words, names, |&(a, b, label), between, &(c, d, next)| {
        // No other organisation is a place here: "Unison and Leeds City Council" are two.
        let place = match label {
            Label::Gpe | Label::Loc => lists_of_tokens(&words[a..b]) & List::Country.bit() == 0,
            Label::Org => is_town(&words[a..b]),
            _ => false,
        };
        let council = next == Label::Org && d - c <= 3 && words[d - 1] == "Council";
        (between == "and" && place && council).then_some(Label::Org)
    });
}

/// "Addenbrooke's Hospital", "St John's College", "Lloyd's Bank": an institution's or a
/// building's word after a one- or two-word name and its "'s" is one name, though the tagger
/// named them apart. A place's possessive is not ("Britain's Museum" is no such name). So is
/// a word of land or of a yard that names nothing alone ("Hawke's Bay", "Kettle's Yard"),
/// and a firm named so ("the Hudson's Bay Company").
fn institutions_named_for_owners(words: &[&str], names: &mut Vec<Span>) {
    join_pairs(words, names, |&(a, b, label), between, &(c, d, _)| {
        let owner = matches!(label, Label::Org | Label::Person)
            && b - a <= 2
            && lists_of_tokens(&words[a..b]) & LISTED_PLACES == 0;
        if !owner || !matches!(between, "'s" | "’s") {
            return None;
        }
        let feature = if LANDFORMS_OWNED.contains(&words[c]) {
            Some(Label::Loc)
        } else if YARDS_OWNED.contains(&words[c]) {
            Some(Label::Facility)
        } else {
            None
        };
        // "Sega's House of the Dead" is a game's title.
        if d == c + 1 && words.get(d) != Some(&"of") {
            institution_label(words[c]).or(feature)
        } else {
            let firm = || is_cue(Cue::OrgLast, &words[d - 1..d]);
            (feature.is_some() && d == c + 2 && firm()).then_some(Label::Org)
        }
    });
    // "Fenwick's Point" where the tagger left the feature's word out.
    for k in 0..names.len() {
        let (a, b, label) = names[k];
        let owned = matches!(label, Label::Person | Label::Org)
            && matches!(words.get(b), Some(&("'s" | "’s")))
            && names.get(k + 1).is_none_or(|n| n.0 > b + 1)
            && !words.get(b + 2).is_some_and(|w| capitalised(w));
        let label = match words.get(b + 1) {
            Some(w) if owned && LANDFORMS_OWNED.contains(w) => Label::Loc,
            Some(w) if owned && YARDS_OWNED.contains(w) => Label::Facility,
            _ => continue,
        };
        names[k] = (a, b + 2, label);
    }
}

/// Words of land and water that a possessive's name ends with: "Hawke's Bay".
const LANDFORMS_OWNED: &[&str] = &["Bay", "Island", "Head", "Point", "Hill", "Wood", "Cove"];

/// Words of yards and gates that a possessive's name ends with: "St James's Gate".
const YARDS_OWNED: &[&str] = &["Gate", "Yard", "Cross", "Inn", "Lane", "Green"];

/// "Newry Magistrates' Court", "the Royal Victoria Children' Hospital": a plural's bare
/// apostrophe and an institution's word the tagger left out, after a name, end that name; a
/// court is a body (ORG).
fn institutions_of_plural_owners(words: &[&str], names: &mut [Span]) {
    for k in 0..names.len() {
        let (a, b, _) = names[k];
        // The institution's word is the tagger's own name: left to the pair joins.
        if names.get(k + 1).is_some_and(|n| n.0 <= b + 1) {
            continue;
        }
        let plural = words[b - 1].len() > 3 && words[b - 1].ends_with('s');
        if !plural || !matches!(words.get(b), Some(&("'" | "’"))) {
            continue;
        }
        let Some(&kind) = words.get(b + 1) else {
            continue;
        };
        let label = if kind == "Court" {
            Some(Label::Org)
        } else {
            institution_label(kind)
        };
        if let Some(label) = label.filter(|_| capitalised(kind) && b > a) {
            names[k] = (a, b + 2, label);
        }
    }
}

/// "the Mexico City Grand Prix", "the Athens Olympics": an event named right after a city the
/// tagger named apart is one event, named for the city. A country before an event is its team
/// ("the US Davis Cup team").
fn events_named_for_places(words: &[&str], names: &mut Vec<Span>) {
    let mut k = 0;
    while k + 1 < names.len() {
        let (a, b, label) = names[k];
        let (c, d, next) = names[k + 1];
        let city = label == Label::Gpe
            && lists_of_tokens(&words[a..b]) & List::Country.bit() == 0
            && !words[a..b]
                .iter()
                .all(|w| w.chars().all(|c| c.is_ascii_uppercase()));
        if c == b && city && next == Label::Event {
            names[k] = (a, d, Label::Event);
            names.remove(k + 1);
        }
        k += 1;
    }
}

/// Words of a public service named with the place it serves, before the place: "Police
/// Scotland", "NHS Lothian", "Sport England", "Transport for Wales" takes its "for".
pub(super) const SERVICES: &[&str] = &["Police", "NHS", "Sport", "Historic", "Natural", "Visit"];

/// "Police Scotland", "NHS England": a service's word the tagger left before a place (or a
/// name it took for a person) opens the organisation's name.
fn services_of_places(words: &[&str], names: &mut [Span]) {
    for k in 0..names.len() {
        let (a, b, label) = names[k];
        let free = k == 0 || names[k - 1].1 < a.saturating_sub(1);
        let placeish = matches!(label, Label::Gpe | Label::Loc | Label::Person);
        // "Transport for London", "Transport for Wales".
        let transport_for = a >= 2 && words[a - 1] == "for" && words[a - 2] == "Transport";
        let free_for = k == 0 || names[k - 1].1 < a.saturating_sub(2);
        // Whatever the tagger took the place for ("Greater Manchester" as an organisation).
        let named = matches!(
            label,
            Label::Gpe | Label::Loc | Label::Org | Label::Person | Label::Event
        );
        if transport_for && free_for && named {
            names[k] = (a - 2, b, Label::Org);
        } else if a > 0 && free && placeish && SERVICES.contains(&words[a - 1]) {
            names[k] = (a - 1, b, Label::Org);
        } else if b == a + 2 && placeish && SERVICES.contains(&words[a]) {
            // "NHS Lothian" whole, taken for a person.
            names[k].2 = Label::Org;
        }
    }
}

/// Words that go on a name the tagger ended before them: "World Food" + "Programme", "John
/// Smith" + "Foundation" are one organisation.
pub(super) const BODY_WORDS: &[&str] = &[
    "Programme",
    "Program",
    "Fund",
    "Foundation",
    "Trust",
    "Agency",
    "Organisation",
    "Organization",
    "Commission",
    "Council",
    "Authority",
    "Institute",
    "Society",
    "Association",
    "Academy",
];

/// "the World Food Programme": a capitalised word of a body right after a name is the end of
/// the body's name.
fn bodies_after_names(words: &[&str], names: &mut [Span]) {
    absorb_next(words, names, |&(a, b, label), next| {
        let named = !matches!(label, Label::Date | Label::Language) && b > a;
        (named && BODY_WORDS.contains(&next)).then_some(Label::Org)
    });
}

/// "Queen Mary University of London", "the Institute of Technology of Cambodia": a seat of
/// learning's name goes on over "of" and the place it is of.
fn universities_of_places(words: &[&str], names: &mut Vec<Span>) {
    join_pairs(words, names, |&(_, b, label), between, &(_, _, next)| {
        let learning = matches!(
            words[b - 1],
            "University" | "College" | "Institute" | "School"
        );
        (label == Label::Org && learning && between == "of" && next == Label::Gpe)
            .then_some(Label::Org)
    });
}

/// "the University of Texas at Austin", "University of North Carolina at Chapel Hill": an
/// American university's campus is named with "at" and its town, which are the name's too.
fn campuses(words: &[&str], names: &mut Vec<Span>) {
    join_pairs(words, names, |&(a, b, label), between, &(_, _, next)| {
        let of_a_place = b >= a + 3 && words[a] == "University" && words[a + 1] == "of";
        (label == Label::Org && of_a_place && between == "at" && next == Label::Gpe)
            .then_some(Label::Org)
    });
}

/// "Ohio State receiver Marvin Harrison", "Iowa State beat Kansas": an American state with
/// "State" after it, ending the phrase, is the state's university (its teams too); "New York
/// State" and "Washington State" more often name the states themselves.
fn state_universities(words: &[&str], names: &mut [Span]) {
    let university = |state: &[&str], end: usize| {
        words.get(end).is_none_or(|w| !capitalised(w))
            && lists_of_tokens(state) & List::State.bit() != 0
            && !matches!(state, ["New", "York"] | ["Washington"])
    };
    absorb_next(words, names, |&(a, b, label), next| {
        (label == Label::Gpe && next == "State" && university(&words[a..b], b + 1))
            .then_some(Label::Org)
    });
    // The tagger may have taken the whole for a place: "Iowa State beat Kansas".
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        if label == Label::Gpe
            && b > a + 1
            && words[b - 1] == "State"
            && university(&words[a..b - 1], b)
        {
            span.2 = Label::Org;
        }
    }
}

/// Joins each name to the next one a single word after it where `joins`, given both names and
/// that word, says so, with the label it gives; a joined name is not joined again.
fn join_pairs(
    words: &[&str],
    names: &mut Vec<Span>,
    joins: impl Fn(&Span, &str, &Span) -> Option<Label>,
) {
    let mut k = 0;
    while k + 1 < names.len() {
        let (a, b, _) = names[k];
        let (c, d, _) = names[k + 1];
        if c == b + 1 {
            if let Some(label) = joins(&names[k], words[b], &names[k + 1]) {
                names[k] = (a, d, label);
                names.remove(k + 1);
            }
        }
        k += 1;
    }
}

/// "the Stanley Cup Final", "the NBA Finals": a capitalised "Final" right after an event the
/// tagger named is part of its name ("the FA Cup final", lowercase, is not).
fn finals_of_events(words: &[&str], names: &mut [Span]) {
    for k in 0..names.len() {
        let (_, b, label) = names[k];
        let free = names.get(k + 1).is_none_or(|n| n.0 > b);
        if label == Label::Event && free && matches!(words.get(b), Some(&("Final" | "Finals"))) {
            names[k].1 = b + 1;
        }
    }
}

/// "the Women's World Cup", "the Men's Open": the side an event is for is part of its name.
fn womens_events(words: &[&str], names: &mut [Span]) {
    for k in 0..names.len() {
        let (a, b, label) = names[k];
        let free = k == 0 || names[k - 1].1 + 2 <= a;
        let side = a >= 2
            && free
            && words[a - 1] == "'s"
            && matches!(words[a - 2], "Women" | "Men" | "Girls" | "Boys");
        if label == Label::Event && side {
            names[k] = (a - 2, b, Label::Event);
        }
    }
}

/// Titles that open works' names with "of the": "Lord of the Flies", "King of the Hill".
/// Offices take "of the" too ("Chancellor of the Exchequer", "President of the United
/// States"), so no other title does.
const WORK_TITLES: &[&str] = &["Lord", "King", "Lady", "Master"];

/// "Lord of the Flies": such a title, "of the" and a name are a work's title.
fn titled_works(words: &[&str], names: &mut [Span]) {
    for k in 0..names.len() {
        let (a, b, label) = names[k];
        let free = k == 0 || names[k - 1].1 + 3 <= a;
        let titled = a >= 3
            && free
            && words[a - 2] == "of"
            && words[a - 1] == "the"
            && WORK_TITLES.contains(&words[a - 3])
            && !matches!(label, Label::Gpe | Label::Loc);
        if titled {
            names[k] = (a - 3, b, Label::WorkOfArt);
        }
    }
}

/// "Roe v. Wade", "Brown v. Board of Education": two names joined by "v." (with its point, as
/// courts write it; a fixture list writes "England v Wales") are a case, which OntoNotes
/// marks as LAW.
fn court_cases(words: &[&str], names: &mut Vec<Span>) {
    // British courts write "v" without its point ("Bates v Post Office Ltd"), as fixture lists
    // do: then a word of the law in the sentence says it is a case, not a match.
    let in_court = || words.contains(&"v") && words.iter().any(|w| OF_THE_COURTS.contains(w));
    let plain_v = std::cell::OnceCell::new();
    join_pairs(words, names, |_, between, _| {
        let case = between == "v." || between == "v" && *plain_v.get_or_init(in_court);
        case.then_some(Label::Law)
    });
    // The tagger may take the whole case for one name ("Donoghue v. Stevenson" a person).
    for name in names.iter_mut() {
        let inside = |v: &str| name.1 > name.0 + 2 && words[name.0 + 1..name.1 - 1].contains(&v);
        if inside("v.") || inside("v") && *plain_v.get_or_init(in_court) {
            name.2 = Label::Law;
        }
    }
}

/// Words of the law that place a "v" between two names in court, not on a fixture list.
const OF_THE_COURTS: &[&str] = &[
    "judgment",
    "ruling",
    "case",
    "court",
    "Court",
    "judge",
    "Justice",
    "appeal",
    "lawsuit",
    "trial",
    "tribunal",
    "Tribunal",
    "precedent",
];

/// Words for a feature named "... of <place>": "Gulf of Mexico", "Bay of Biscay".
const FEATURE_HEADS: &[&str] = &["Gulf", "Bay", "Sea", "Strait", "Straits", "Isle", "Cape"];

/// "the Gulf of Mexico": a feature's word, "of" and the place after it are one LOC, though
/// the tagger named the feature and the place apart.
fn features_of_places(words: &[&str], names: &mut Vec<Span>) {
    join_pairs(words, names, |&(_, b, _), between, &(_, _, next)| {
        let joined = between == "of"
            && FEATURE_HEADS.contains(&words[b - 1])
            && matches!(next, Label::Gpe | Label::Loc);
        joined.then_some(Label::Loc)
    });
}

/// "the Port of Durban", "the Basilica of Our Lady of Guadalupe": a structure's word alone,
/// "of" and the name after it are one FAC, though the tagger named them apart ("Port of
/// Spain", a city WordNet knows, stays apart).
fn structures_of_places(words: &[&str], names: &mut Vec<Span>) {
    join_pairs(words, names, |&(a, b, _), between, &(c, d, _)| {
        let joined = between == "of"
            && b == a + 1
            && STRUCTURE_HEADS.contains(&words[a])
            && wordnet_place(&words[a..d]).is_none()
            && c > b;
        joined.then_some(Label::Facility)
    });
}

/// "Jorge Chávez" + "International Airport", "Berlin" + "International Film Festival": a
/// name right against a structure or an event that opens with a common word of names is the
/// name of that structure or event (no name follows another without a break otherwise).
fn named_for_names(words: &[&str], names: &mut Vec<Span>) {
    let mut k = 0;
    while k + 1 < names.len() {
        let (a, b, label) = names[k];
        let (c, d, next) = names[k + 1];
        let opens = matches!(words[c], "International" | "National" | "Memorial")
            || is_cue(Cue::Structure, &words[c..c + 1]);
        let named = matches!(label, Label::Person | Label::Gpe | Label::Org);
        if c == b && named && opens && matches!(next, Label::Facility | Label::Event) {
            names[k] = (a, d, next);
            names.remove(k + 1);
        } else {
            k += 1;
        }
    }
}

/// "(Wales)" in "the Tourism Levy (Wales) Act": a law's name with its nation in brackets
/// before its last word is one LAW.
fn laws_with_nations(words: &[&str], names: &mut Vec<Span>) {
    let mut k = 0;
    while k + 1 < names.len() {
        let (a, b, _) = names[k];
        let (c, d, next) = names[k + 1];
        let bracketed = c == b + 1
            && words[b] == "("
            && next == Label::Gpe
            && words.get(d) == Some(&")")
            && is_cue_word(Cue::LawLast, words.get(d + 1));
        if bracketed {
            names[k] = (a, d + 2, Label::Law);
            names.remove(k + 1);
            // A name the tagger gave the law's last word goes.
            if names.get(k + 1).is_some_and(|s| s.0 == d + 1) {
                names.remove(k + 1);
            }
        }
        k += 1;
    }
}

/// "Convention on Maritime Safety", "Committee on Human Rights": a body's or an agreement's
/// name goes on over "on" and its subject, though the tagger named them apart.
fn topics_after_on(words: &[&str], names: &mut Vec<Span>) {
    join_pairs(words, names, |&(_, b, label), between, _| {
        let head = &words[b - 1..b];
        let topic = between == "on" && is_cue(Cue::TopicHead, head);
        // "European Convention on Human Rights": an agreement's name is a law, whatever the
        // tagger made of its first part.
        let agreement = is_cue(Cue::LawLast, head);
        (topic && label != Label::Person).then_some(if agreement { Label::Law } else { label })
    });
}

/// "the 737 Max", "the 747 XL": a model's variant right after a model number of three or four
/// digits is a product with its number, though the tagger took "Max" for a person.
fn numbered_models(words: &[&str], names: &mut [Span]) {
    let model_number =
        |w: &str| (3..=4).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_digit());
    for k in 0..names.len() {
        let (a, b, _) = names[k];
        let free = k == 0 || names[k - 1].1 < a;
        if b == a + 1
            && a > 0
            && free
            && model_number(words[a - 1])
            && is_cue(Cue::ProductVariant, &words[a..b])
        {
            names[k] = (a - 1, b, Label::Product);
        }
    }
}

/// "Kindle Paperwhite", "Boeing 787 Dreamliner": a product's name runs on into the capitalised
/// word the tagger named apart right after it (no name follows another without a break).
fn product_names(words: &[&str], names: &mut Vec<Span>) {
    let mut k = 0;
    while k + 1 < names.len() {
        let (a, b, label) = names[k];
        let (c, d, next) = names[k + 1];
        let one_word = d == c + 1 && words[c].chars().all(char::is_alphabetic);
        if label == Label::Product
            && c == b
            && one_word
            && matches!(next, Label::Person | Label::Product)
        {
            names[k] = (a, d, Label::Product);
            names.remove(k + 1);
        } else {
            k += 1;
        }
    }
}

/// "the PlayStation 5 Pro", "a Galaxy S24 Ultra": a variant's word right after a product
/// the tagger ended before it is the product's too.
fn product_variants(words: &[&str], names: &mut [Span]) {
    absorb_next(words, names, |&(_, _, label), next| {
        (label == Label::Product && is_cue(Cue::ProductVariant, &[next])).then_some(Label::Product)
    });
}

/// Lengthens each name by the word right after it when `joins` gives the name and that word a
/// label, unless another name starts there.
fn absorb_next(words: &[&str], names: &mut [Span], joins: impl Fn(&Span, &str) -> Option<Label>) {
    for k in 0..names.len() {
        let b = names[k].1;
        let free = names.get(k + 1).is_none_or(|s| s.0 > b);
        let label = words
            .get(b)
            .filter(|_| free)
            .and_then(|w| joins(&names[k], w));
        if let Some(label) = label {
            names[k] = (names[k].0, b + 1, label);
        }
    }
}

/// A club's initials after its town's name: "Pontypridd RFC", "Clonmel GAA".
const CLUB_INITIALS: &[&str] = &["RFC", "RUFC", "AFC", "GAA", "CLG", "GFC"];

/// "Pontypridd RFC": a club's initials right after a name end it, as an ORG, whether the
/// tagger left them out or named them apart; initials named alone take the capitalised word
/// before them that no name holds ("Munster GAA").
fn clubs_by_initials(words: &[&str], names: &mut Vec<Span>) {
    let mut k = 0;
    while k < names.len() {
        let (a, b, _) = names[k];
        let untagged_before = a > 0
            && capitalised(words[a - 1])
            && words[a - 1].chars().all(char::is_alphabetic)
            && (k == 0 || names[k - 1].1 < a);
        if b == a + 1 && CLUB_INITIALS.contains(&words[a]) && untagged_before {
            names[k] = (a - 1, b, Label::Org);
            k += 1;
            continue;
        }
        if words.get(b).is_some_and(|w| CLUB_INITIALS.contains(w)) {
            if names.get(k + 1).is_some_and(|n| n.0 == b) {
                if names[k + 1].1 != b + 1 {
                    k += 1;
                    continue;
                }
                names.remove(k + 1);
            }
            names[k] = (a, b + 1, Label::Org);
        }
        k += 1;
    }
}

/// "BBC Radio 4", "Channel 5": a broadcaster's station and its number are one ORG.
fn stations(words: &[&str], names: &mut [Span]) {
    absorb_next(words, names, |&(_, b, label), next| {
        let number = (1..=2).contains(&next.len()) && next.bytes().all(|c| c.is_ascii_digit());
        let station = matches!(words[b - 1], "Radio" | "Channel");
        (label == Label::Org && number && station).then_some(Label::Org)
    });
}

/// The longest nickname, in words.
const MAX_NICKNAME: usize = 4;

/// The mark that closes a nickname opened by `open`.
fn closing(open: &str) -> Option<&'static [&'static str]> {
    match open {
        "\"" | "``" => Some(&["\"", "''"]),
        "“" => Some(&["”", "\""]),
        "(" => Some(&[")"]),
        _ => None,
    }
}

/// Words inside a nickname: capitalised, or the small words of one ("Hands of Stone").
fn nickname_word(w: &str) -> bool {
    capitalised(w) || matches!(w, "of" | "the" | "de" | "la")
}

/// `Hector "Macho" Camacho`, `James Leander (Leo) Nichols`: a person's first names, a
/// nickname of a few capitalised words in quotes or brackets, and a capitalised surname are
/// one PERSON, whatever the tagger made of the nickname.
fn nicknames(words: &[&str], names: &mut Vec<Span>) {
    let mut k = 0;
    while k < names.len() {
        let (a, b, label) = names[k];
        k += 1;
        if label != Label::Person {
            continue;
        }
        let Some(closers) = words.get(b).and_then(|w| closing(w)) else {
            continue;
        };
        let Some(close) =
            (b + 2..words.len().min(b + 2 + MAX_NICKNAME)).find(|&j| closers.contains(&words[j]))
        else {
            continue;
        };
        let inner = &words[b + 1..close];
        let surname = close + 1;
        if !capitalised(inner[0])
            || !inner.iter().all(|w| nickname_word(w))
            || !words.get(surname).is_some_and(|w| capitalised(w))
        {
            continue;
        }
        // Results tables print "Rolf Sorensen (Denmark) Rabobank": a rider, his country and
        // his team. A place in the brackets, or a name other than a person's after them, is no
        // nickname.
        let place_inside = lists_of_tokens(inner) & LISTED_PLACES != 0
            || names.iter().any(|s| {
                s.0 < close
                    && s.1 > b + 1
                    && matches!(s.2, Label::Gpe | Label::Loc | Label::Norp | Label::Facility)
            });
        let after = name_at(names, surname).map(|k| names[k]);
        if place_inside || after.is_some_and(|s| s.2 != Label::Person) {
            continue;
        }
        // The surname is the person's name the tagger found after the mark, or the word alone.
        let end = after.map_or(surname + 1, |s| s.1);
        names.retain(|s| s.1 <= a || s.0 >= end);
        k = insert_name(names, (a, end, Label::Person)) + 1;
    }
}

/// Airbus models, named like A roads.
const AIRBUS_MODELS: &[&str] = &[
    "A300", "A310", "A318", "A319", "A320", "A321", "A330", "A340", "A350", "A380",
];

/// "M6", "M25", "A1", "A303", "B4100": a British motorway's or road's number, unless it is an
/// Airbus model ("A380"); "N17": an Irish national road's.
fn motorway(w: &str) -> bool {
    let digits = |n: &str, most: usize| {
        (1..=most).contains(&n.len()) && n.bytes().all(|c| c.is_ascii_digit())
    };
    w.strip_prefix('M').is_some_and(|n| digits(n, 3))
        || (w.strip_prefix('A').is_some_and(|n| digits(n, 4)) && !AIRBUS_MODELS.contains(&w))
        || w.strip_prefix('N').is_some_and(|n| digits(n, 2))
        // Two digits are a bomber's ("the B52"): B roads have three or four.
        || w.strip_prefix('B').is_some_and(|n| digits(n, 4) && n.len() >= 3)
}

/// One to four digits: the number of a road.
fn road_number(w: &str) -> bool {
    (1..=4).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_digit())
}

/// "Interstate 5", "U.S. Route 66", "Highway 1": a road word and its number name a road,
/// a FAC in OntoNotes; the tagger takes the word alone for an organisation, or nothing. So is
/// "the M6" and "the A1".
fn roads(words: &[&str], names: &mut Vec<Span>) {
    for i in 0..words.len() {
        // First bytes first: a motorway starts with "M", a road's number with a digit.
        let w = words[i];
        if matches!(w.as_bytes().first(), Some(b'M' | b'A' | b'N' | b'B'))
            && i > 0
            && motorway(w)
            && words[i - 1].eq_ignore_ascii_case("the")
        {
            // "the M6", which the tagger rarely names, or names as a model ("the A1").
            match name_at(names, i) {
                Some(k) if names[k].0 == i && names[k].1 == i + 1 => names[k].2 = Label::Facility,
                Some(_) => {}
                None => {
                    insert_name(names, (i, i + 1, Label::Facility));
                }
            }
            continue;
        }
        // Most words have no number after them: one byte says so.
        if words
            .get(i + 1)
            .is_some_and(|n| n.as_bytes().first().is_some_and(u8::is_ascii_digit))
        {
            numbered_name(words, names, i, Cue::Road, road_number, Label::Facility);
        }
    }
}

/// "Section 230", "House Bill 1205", "Article 50", "Title IX": a law word and its number name
/// a law, whatever the tagger made of the word ("House Bill" a person).
fn laws(words: &[&str], names: &mut Vec<Span>) {
    for i in 0..words.len().saturating_sub(1) {
        // A number starts with a digit or a Roman numeral's letter: one byte rules most out.
        let number = words[i + 1].as_bytes();
        let first = number.first().copied().unwrap_or(b' ');
        let chamber_letter = number.get(1) == Some(&b'-');
        // ("1.8 BILL" in a wire table is billions: only an article's or a section's number
        // has a clause after a point.)
        let clause = words[i + 1].contains('.') && !matches!(words[i], "Article" | "Section");
        if (first.is_ascii_digit() || matches!(first, b'I' | b'V' | b'X') || chamber_letter)
            && !clause
        {
            numbered_name(words, names, i, Cue::LawNumber, law_number, Label::Law);
        }
    }
}

/// "the Leasehold and Freehold Reform Act", "the Planning and Environment Act 1987": a
/// capitalised word and "and" right before a law the tagger found open the law's name, whatever
/// the tagger made of the word alone.
fn laws_of_two_things(words: &[&str], names: &mut Vec<Span>) {
    let mut k = 0;
    while k < names.len() {
        let (c, d, label) = names[k];
        let opens = label == Label::Law
            && c >= 2
            && words[c - 1] == "and"
            && capitalised(words[c - 2])
            // ("The SAFE and Clean Water Act": a sentence's "The" is no part of it.)
            && (c < 3 || !capitalised(words[c - 3]) || words[c - 3] == "The");
        if opens {
            let before = k.checked_sub(1).filter(|&j| names[j].1 > c - 2);
            match before {
                Some(j) if names[j].0 == c - 2 && names[j].1 == c - 1 => {
                    names.remove(j);
                    k -= 1;
                }
                Some(_) => {
                    k += 1;
                    continue;
                }
                None => {}
            }
            names[k] = (c - 2, d, Label::Law);
        }
        // "the Planning and Environment Act 1987" where the tagger found only "Act 1987", "the
        // Renting and Leasehold Reform Act" where it found "Reform Act": the capitalised words
        // before it (with "and" or "of" between them) are its name.
        let bare = label == Label::Law;
        let free = k == 0 || names[k - 1].1 < c;
        if bare && free && c > 0 && capitalised(words[c - 1]) {
            let mut start = c;
            while start > 0
                && (capitalised(words[start - 1])
                    || matches!(words[start - 1], "and" | "of") && start < c)
                && words[start - 1] != "The"
            {
                start -= 1;
            }
            while !capitalised(words[start]) {
                start += 1;
            }
            names[k].0 = start;
        }
        k += 1;
    }
}

/// "Euro 2024", "Expo 2025": an event named with its year (two or four digits).
fn numbered_events(words: &[&str], names: &mut Vec<Span>) {
    let year = |w: &str| matches!(w.len(), 2 | 4) && w.bytes().all(|c| c.is_ascii_digit());
    for i in 0..words.len().saturating_sub(1) {
        if words[i + 1]
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_digit)
        {
            numbered_name(words, names, i, Cue::EventNumber, year, Label::Event);
        }
    }
}

/// "Super Bowl LVIII", "WrestleMania XL": a known event numbered in Roman numerals is one
/// EVENT with its number, whatever the tagger made of the whole.
fn events_in_roman(words: &[&str], names: &mut [Span]) {
    let roman = |w: &str| {
        (2..=7).contains(&w.len()) && w.bytes().all(|c| matches!(c, b'I' | b'V' | b'X' | b'L'))
    };
    for k in 0..names.len() {
        let (a, b, _) = names[k];
        let free = names.get(k + 1).is_none_or(|s| s.0 > b);
        if b > a + 1 && roman(words[b - 1]) && known_name(&words[a..b - 1]) == Some(Label::Event) {
            names[k].2 = Label::Event;
        } else if free
            && words.get(b).is_some_and(|w| roman(w))
            && known_name(&words[a..b]) == Some(Label::Event)
        {
            names[k] = (a, b + 1, Label::Event);
        }
    }
}

/// A law's number: one to five digits, with a letter after ("1205A"), or a Roman numeral.
fn law_number(w: &str) -> bool {
    // "Bill C-18", "Bill S-211": Canada's bills carry their chamber's letter.
    if let Some(rest) = w.strip_prefix("C-").or_else(|| w.strip_prefix("S-")) {
        return (1..=4).contains(&rest.len()) && rest.bytes().all(|c| c.is_ascii_digit());
    }
    // "Article 49.3", "Section 2.1": a clause's number after its article's.
    if let Some((article, clause)) = w.split_once('.') {
        let number = |n: &str| (1..=3).contains(&n.len()) && n.bytes().all(|c| c.is_ascii_digit());
        return number(article) && number(clause);
    }
    let digits = w.trim_end_matches(|c: char| c.is_ascii_uppercase());
    let arabic = (1..=5).contains(&digits.len())
        && digits.bytes().all(|c| c.is_ascii_digit())
        && w.len() <= digits.len() + 1;
    let roman = (1..=5).contains(&w.len()) && w.bytes().all(|c| matches!(c, b'I' | b'V' | b'X'));
    arabic || roman
}

/// Names the capitalised cue word at `i` and its number after it (`number` says which words
/// are numbers) as one name of `label`: a name that ends with the cue word takes the number,
/// a name that already holds both takes the label.
fn numbered_name(
    words: &[&str],
    names: &mut Vec<Span>,
    i: usize,
    cue: Cue,
    number: fn(&str) -> bool,
    label: Label,
) {
    let w = words[i];
    let numbered = words.get(i + 1).is_some_and(|n| number(n));
    if !numbered || !capitalised(w) || !is_cue_word(cue, words.get(i)) {
        return;
    }
    match names.iter().position(|s| s.0 <= i + 1 && i < s.1) {
        // The cue word ends a name ("U.S. Route", "House Bill"): the number joins it.
        Some(k) if names[k].1 == i + 1 => {
            let free = names.get(k + 1).is_none_or(|s| s.0 > i + 1);
            if free {
                names[k] = (names[k].0, i + 2, label);
            }
        }
        // Already one name, of another kind ("Boeing 747" taken for a model).
        Some(k) if names[k].0 <= i && names[k].1 == i + 2 => names[k].2 = label,
        Some(_) => {}
        None => {
            insert_name(names, (i, i + 2, label));
        }
    }
    // "Senate Bill 1047", "Assembly Bill 5": the chamber the tagger named alone opens the
    // bill's name.
    if label == Label::Law && i > 0 && CHAMBERS.contains(&words[i - 1]) {
        let bill = names
            .iter()
            .position(|s| s.0 == i && s.1 == i + 2 && s.2 == label);
        let chamber = names.iter().position(|s| s.1 == i);
        match (bill, chamber) {
            (Some(b), Some(c)) if names[c].0 == i - 1 => {
                names[b].0 = i - 1;
                names.remove(c);
            }
            (Some(b), None) => names[b].0 = i - 1,
            _ => {}
        }
    }
}

/// The chambers of a legislature, whose bills go by the chamber's name and a number.
const CHAMBERS: &[&str] = &["Senate", "House", "Assembly"];

/// "Newcastle upon Tyne", "Kingston upon Thames": a place, "upon" and a capitalised word are
/// one place.
fn places_upon(words: &[&str], names: &mut Vec<Span>) {
    let mut k = 0;
    while k < names.len() {
        let (a, b, label) = names[k];
        let river = words.get(b + 1).filter(|w| capitalised(w));
        if matches!(label, Label::Gpe | Label::Loc)
            && words.get(b) == Some(&"upon")
            && river.is_some()
        {
            let end = names
                .get(k + 1)
                .filter(|s| s.0 == b + 1)
                .map_or(b + 2, |s| s.1.max(b + 2));
            if names.get(k + 1).is_some_and(|s| s.0 == b + 1) {
                names.remove(k + 1);
            }
            names[k] = (a, end, Label::Gpe);
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(text: &str, names: &[Span]) -> Vec<(String, Label)> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        join(&words, &mut names, Gates::OPEN);
        names
            .iter()
            .map(|&(a, b, l)| (words[a..b].join(" "), l))
            .collect()
    }

    #[test]
    fn a_body_of_two_things_is_one_name() {
        let got = joined(
            "the Vietnam Coffee and Cocoa Association said",
            &[(1, 3, Label::Org), (4, 6, Label::Org)],
        );
        assert_eq!(
            got,
            [("Vietnam Coffee and Cocoa Association".into(), Label::Org)]
        );
        let got = joined(
            "the European Commission and World Health Organization met",
            &[(1, 3, Label::Org), (4, 7, Label::Org)],
        );
        assert_eq!(got.len(), 2);
        // Two bodies, the first named by one word, stay two.
        let got = joined(
            "Oxfam and Save the Children Fund said",
            &[(0, 1, Label::Org), (2, 6, Label::Org)],
        );
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn a_word_and_a_law_are_one_law() {
        let got = joined(
            "the Leasehold and Freehold Reform Act",
            &[(1, 2, Label::Loc), (3, 6, Label::Law)],
        );
        assert_eq!(
            got,
            [("Leasehold and Freehold Reform Act".into(), Label::Law)]
        );
        let got = joined("the Planning and Housing Act", &[(3, 5, Label::Law)]);
        assert_eq!(got, [("Planning and Housing Act".into(), Label::Law)]);
        let got = joined(
            "under the Planning and Environment Act 1987 .",
            &[(5, 7, Label::Law)],
        );
        assert_eq!(
            got,
            [("Planning and Environment Act 1987".into(), Label::Law)]
        );
        // A longer name before "and" is another name.
        let got = joined(
            "New Zealand and Housing Act",
            &[(0, 2, Label::Gpe), (3, 5, Label::Law)],
        );
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn a_clubs_initials_end_its_name() {
        let got = joined(
            "Pontypridd RFC will host",
            &[(0, 1, Label::Gpe), (1, 2, Label::Norp)],
        );
        assert_eq!(got, [("Pontypridd RFC".into(), Label::Org)]);
        let got = joined("Clonmel GAA won", &[(0, 1, Label::Gpe)]);
        assert_eq!(got, [("Clonmel GAA".into(), Label::Org)]);
        let got = joined("Munster GAA won", &[(1, 2, Label::Org)]);
        assert_eq!(got, [("Munster GAA".into(), Label::Org)]);
    }

    #[test]
    fn a_bare_bay_or_yard_after_a_possessive_ends_one_name() {
        let got = joined(
            "Hawke 's Bay shearer",
            &[(0, 1, Label::Person), (2, 3, Label::Org)],
        );
        assert_eq!(got, [("Hawke 's Bay".into(), Label::Loc)]);
        let got = joined(
            "Kettle 's Yard in",
            &[(0, 1, Label::Person), (2, 3, Label::Org)],
        );
        assert_eq!(got, [("Kettle 's Yard".into(), Label::Facility)]);
        let got = joined(
            "the Hudson 's Bay Company",
            &[(1, 2, Label::Person), (3, 5, Label::Org)],
        );
        assert_eq!(got, [("Hudson 's Bay Company".into(), Label::Org)]);
        // An owner of a whole name stays apart.
        let got = joined(
            "Lee 's Bay Lake",
            &[(0, 1, Label::Person), (2, 4, Label::Loc)],
        );
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn a_state_and_state_is_its_university() {
        let got = joined("former Ohio State receiver", &[(1, 2, Label::Gpe)]);
        assert_eq!(got, [("Ohio State".into(), Label::Org)]);
        let got = joined("the Ohio State Highway Patrol", &[(1, 2, Label::Gpe)]);
        assert_eq!(got, [("Ohio".into(), Label::Gpe)]);
        let got = joined(
            "Iowa State beat Kansas",
            &[(0, 2, Label::Gpe), (3, 4, Label::Gpe)],
        );
        assert_eq!(got[0], ("Iowa State".into(), Label::Org));
        let got = joined("upstate New York State roads", &[(1, 3, Label::Gpe)]);
        assert_eq!(got, [("New York".into(), Label::Gpe)]);
    }

    #[test]
    fn a_campus_joins_its_university() {
        let got = joined(
            "the University of Texas at Austin said",
            &[(1, 4, Label::Org), (5, 6, Label::Gpe)],
        );
        assert_eq!(got, [("University of Texas at Austin".into(), Label::Org)]);
        // A university's people at a place are two names.
        let got = joined(
            "Oxford University at Henley won",
            &[(0, 2, Label::Org), (3, 4, Label::Gpe)],
        );
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn a_surname_with_the_arabic_article_ends_the_name() {
        let got = joined(
            "met Abdel Fattah al-Sisi in Cairo",
            &[
                (1, 3, Label::Person),
                (3, 4, Label::Norp),
                (5, 6, Label::Gpe),
            ],
        );
        assert_eq!(
            got,
            [
                ("Abdel Fattah al-Sisi".into(), Label::Person),
                ("Cairo".into(), Label::Gpe)
            ]
        );
        let got = joined("said Mohamed el-Erian .", &[(1, 2, Label::Person)]);
        assert_eq!(got, [("Mohamed el-Erian".into(), Label::Person)]);
        // A lowercase word after the article is no surname.
        let got = joined("said Smith al-fresco .", &[(1, 2, Label::Person)]);
        assert_eq!(got, [("Smith".into(), Label::Person)]);
    }

    #[test]
    fn a_nickname_joins_the_first_name_and_the_surname() {
        let got = joined(
            "against Hector \" Macho \" Camacho .",
            &[
                (1, 2, Label::Person),
                (3, 4, Label::Org),
                (5, 6, Label::Person),
            ],
        );
        assert_eq!(got, [("Hector \" Macho \" Camacho".into(), Label::Person)]);
        let got = joined(
            "friend James Leander ( Leo ) Nichols said",
            &[(1, 3, Label::Person), (3, 7, Label::Person)],
        );
        assert_eq!(
            got,
            [("James Leander ( Leo ) Nichols".into(), Label::Person)]
        );
        let got = joined(
            "Roberto \" Hands of Stone \" Duran climbs",
            &[(0, 1, Label::Person), (6, 7, Label::Person)],
        );
        assert_eq!(
            got,
            [("Roberto \" Hands of Stone \" Duran".into(), Label::Person)]
        );
    }

    #[test]
    fn a_quote_after_a_name_is_not_a_nickname() {
        // Lowercase words inside, or no capitalised word after the closing mark.
        let names = [(0, 1, Label::Person)];
        assert_eq!(joined("Smith \" we will \" Jones", &names).len(), 1);
        assert_eq!(joined("Smith \" Never \" and", &names)[0].0, "Smith");
        let org = [(0, 1, Label::Org), (4, 5, Label::Person)];
        assert_eq!(joined("Acme \" Best \" Jones", &org).len(), 2);
        // A rider, his country and his team.
        let rider = [
            (0, 2, Label::Person),
            (3, 4, Label::Gpe),
            (5, 6, Label::Org),
        ];
        assert_eq!(
            joined("Rolf Sorensen ( Denmark ) Rabobank", &rider).len(),
            3
        );
        let rider = [(0, 2, Label::Person), (5, 6, Label::Person)];
        assert_eq!(joined("Rolf Sorensen ( Denmark ) Smith", &rider).len(), 2);
    }

    #[test]
    fn a_road_and_its_number_are_a_facility() {
        let got = joined("on Interstate 5 in", &[(1, 2, Label::Org)]);
        assert_eq!(got, [("Interstate 5".into(), Label::Facility)]);
        let got = joined("along U.S. Route 66 .", &[(1, 3, Label::Gpe)]);
        assert_eq!(got, [("U.S. Route 66".into(), Label::Facility)]);
        assert_eq!(
            joined("Route 66 was", &[]),
            [("Route 66".into(), Label::Facility)]
        );
        assert_eq!(joined("the M6 was", &[]), [("M6".into(), Label::Facility)]);
        let got = joined("on BBC Radio 4 .", &[(1, 3, Label::Org)]);
        assert_eq!(got, [("BBC Radio 4".into(), Label::Org)]);
        assert!(joined("an M6 rifle", &[]).is_empty());
        let got = joined(
            "The Kindle Paperwhite sold",
            &[(1, 2, Label::Product), (2, 3, Label::Person)],
        );
        assert_eq!(got, [("Kindle Paperwhite".into(), Label::Product)]);
        assert_eq!(
            joined("on the A303 near", &[]),
            [("A303".into(), Label::Facility)]
        );
        assert!(joined("the A380 landed", &[]).is_empty());
        let got = joined("closed the A1 northbound", &[(2, 3, Label::Product)]);
        assert_eq!(got, [("A1".into(), Label::Facility)]);
        assert_eq!(
            joined("the A14 was", &[]),
            [("A14".into(), Label::Facility)]
        );
        assert!(joined("the A380 flew", &[]).is_empty());
        // Lowercase: "the route 5 buses" names no road.
        assert!(joined("the route 5 buses", &[]).is_empty());
    }

    #[test]
    fn numbered_laws_models_and_places_upon_rivers() {
        assert_eq!(
            joined("to repeal Section 230 .", &[]),
            [("Section 230".to_string(), Label::Law)]
        );
        assert_eq!(
            joined("passed House Bill 1205 on", &[(1, 3, Label::Person)]),
            [("House Bill 1205".to_string(), Label::Law)]
        );
        assert_eq!(
            joined("invoked Article 49.3 to", &[]),
            [("Article 49.3".to_string(), Label::Law)]
        );
        assert_eq!(
            joined("the 737 Max after", &[(2, 3, Label::Person)]),
            [("737 Max".to_string(), Label::Product)]
        );
        assert_eq!(
            joined("in Newcastle upon Tyne at", &[(1, 2, Label::Gpe)]),
            [("Newcastle upon Tyne".to_string(), Label::Gpe)]
        );
        // "Bill" before a name, a year after "Section": no law.
        assert_eq!(
            joined("Bill Clinton said", &[(0, 2, Label::Person)])[0].1,
            Label::Person
        );
    }

    #[test]
    fn a_feature_of_a_place_is_one_location() {
        assert_eq!(
            joined(
                "over the Gulf of Mexico ,",
                &[(2, 3, Label::Loc), (4, 5, Label::Gpe)]
            ),
            [("Gulf of Mexico".to_string(), Label::Loc)]
        );
        assert_eq!(
            joined(
                "Bank of England said",
                &[(0, 1, Label::Org), (2, 3, Label::Gpe)]
            )
            .len(),
            2
        );
    }

    #[test]
    fn a_court_case_is_a_law() {
        assert_eq!(
            joined(
                "after Roe v. Wade was",
                &[(1, 2, Label::Norp), (3, 4, Label::Person)]
            ),
            [("Roe v. Wade".to_string(), Label::Law)]
        );
        assert_eq!(
            joined(
                "England v Wales ,",
                &[(0, 1, Label::Gpe), (2, 3, Label::Gpe)]
            )
            .len(),
            2
        );
    }

    #[test]
    fn a_title_of_the_something_is_a_work() {
        assert_eq!(
            joined("version of Lord of the Flies sold", &[(5, 6, Label::Org)]),
            [("Lord of the Flies".to_string(), Label::WorkOfArt)]
        );
    }

    #[test]
    fn a_womens_event_keeps_its_side() {
        assert_eq!(
            joined("the Women 's World Cup in", &[(3, 5, Label::Event)]),
            [("Women 's World Cup".to_string(), Label::Event)]
        );
    }

    #[test]
    fn an_event_named_with_its_year() {
        assert_eq!(
            joined("Spain won Euro 2024 in", &[(2, 3, Label::Norp)]),
            [("Euro 2024".to_string(), Label::Event)]
        );
    }
}
