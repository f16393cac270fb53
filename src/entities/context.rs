//! Labels decided by the words around a name rather than its own: a town after "in" or
//! "near" (`located_places`), a language where the
//! sentence speaks of one ("printed in Welsh and English", "speaks French"), a work's title
//! in quotes after "film", "novel", "album" (`The film "Ocean Road"`), and a name followed by
//! such a word ("the new Lord of the Rings film").

use super::casing::capitalised;
use super::credits::works_in_context;
use super::gates::Gates;
use super::kinds::names_after_their_kind;
use super::knowledge::is_lowercase_legal_form;
use super::label::Label;
use super::lexicon::cues::{is_cue, is_cue_hashed, is_cue_word, is_small_town, known_name, Cue};
use super::lexicon::{
    is_people_word, is_people_word_hashed, lists_of, lists_of_tokens, List, LISTED_PLACES,
    PLACES_AND_PEOPLES,
};
use super::numeric::is_calendar_word;
use super::repair::{insert_name, label_token, name_at, Span};
use super::towns::PLACING;
use super::works::works;

/// `is_common` says whether the web mostly writes a word in lower case ("However").
/// `lowers`: each word's `lower_hash` (the tagger's), by which some rules ask the lists.
pub fn relabel(
    words: &[&str],
    lowers: &[u64],
    names: &mut Vec<Span>,
    gates: Gates,
    is_common: impl Fn(&str) -> bool,
) {
    debug_assert_eq!(words.len(), lowers.len());
    dateline_place(words, names);
    names_after_their_kind(words, names, gates);
    languages(words, names);
    untagged_second_languages(words, names);
    languages_between_languages(words, names);
    works(words, names, gates);
    works_in_context(words, names, gates, is_common);
    facilities_before_cue(words, lowers, names);
    seas_and_firms(words, lowers, names);
    named_days(words, names);
    placed_holidays(words, names);
}

/// Words before a day's name that make it a date: "on Canada Day", "since Anzac Day".
const BEFORE_A_DAY: &[&str] = &["on", "since", "until", "till", "before", "after"];

/// "on Canada Day", "Christmas Day or St Stephen's Day": a name ending in "Day" is a date,
/// as holidays are, where a word of time comes before it or a date is paired with it. Bands,
/// films and people named so ("Green Day", "Die Another Day", "Doris Day") come without.
fn named_days(words: &[&str], names: &mut [Span]) {
    for k in 0..names.len() {
        let (a, b, label) = names[k];
        if b < a + 2 || words[b - 1] != "Day" || matches!(label, Label::Date | Label::Person) {
            continue;
        }
        let timed = a > 0 && BEFORE_A_DAY.contains(&words[a - 1]);
        let paired = k > 0
            && names[k - 1].2 == Label::Date
            && names[k - 1].1 + 1 == a
            && matches!(words[a - 1], "or" | "and");
        if timed || paired {
            names[k].2 = Label::Date;
        }
    }
}

/// "this Christmas", "last Easter": the word that places a holiday is the date's too.
fn placed_holidays(words: &[&str], names: &mut [Span]) {
    for k in 0..names.len() {
        let (a, b, label) = names[k];
        let free = k == 0 || names[k - 1].1 < a;
        if label == Label::Date
            && a > 0
            && free
            && matches!(words[a - 1], "this" | "last" | "next")
            && known_name(&words[a..b]) == Some(Label::Date)
        {
            names[k].0 = a - 1;
        }
    }
}

/// News agencies credited in brackets after a dateline's place.
const AGENCIES: &[&str] = &[
    "AP",
    "Reuters",
    "AFP",
    "UPI",
    "PA",
    "Bloomberg",
    "dpa",
    "Xinhua",
    "Kyodo",
    "CNN",
    "ANI",
    "PTI",
];

/// "CHICAGO (AP) —": the capitals that open a story before an agency's credit are the
/// dateline's place, whatever the tagger took them for.
fn dateline_place(words: &[&str], names: &mut Vec<Span>) {
    let Some(first) = names.first_mut() else {
        return;
    };
    let (a, b, _) = *first;
    let capitals = words[a..b]
        .iter()
        .all(|w| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase));
    // "SAO PAULO, Oct 17 (AP) —": a date may come between the place and the credit.
    let dated = words.get(b) == Some(&",");
    let open = if dated {
        (b + 1..words.len().min(b + 6)).find(|&k| words[k] == "(")
    } else {
        Some(b)
    };
    let date_word = |w: &&str| {
        w.starts_with(|c: char| c.is_ascii_digit()) || *w == "." || capitalised(w) && w.len() <= 9
    };
    let Some(open) = open.filter(|&k| words[b.min(k)..k].iter().skip(1).all(date_word)) else {
        return;
    };
    let b = open;
    let credit = words.get(b) == Some(&"(")
        && words.get(b + 1).is_some_and(|w| AGENCIES.contains(w))
        && words.get(b + 2) == Some(&")");
    if a == 0 && capitals && credit {
        first.2 = Label::Gpe;
        // The agency credited is an organisation, whether the tagger named it or not ("AP").
        match name_at(names, b + 1) {
            Some(k) if names[k].0 == b + 1 && names[k].1 == b + 2 => names[k].2 = Label::Org,
            Some(_) => {}
            None => {
                insert_name(names, (b + 1, b + 2, Label::Org));
            }
        }
    }
}

/// Words after a noun phrase that show it ends there: "the Mediterranean was calm".
const NOUN_PHRASE_ENDS: &[&str] = &[
    "was", "is", "were", "are", "has", "had", "will", "would", "and", "or", "to", "in", "on", "at",
    "for", "from", "by", "with", "where", "which", "that",
];

/// "the Mediterranean was calm", "parts for Airbus and": a one-word miscellany (which `finer`
/// makes a people's adjective) that ends its phrase is no adjective: a region of the lexicon
/// after "the" is the region, a listed organisation the organisation. Before a noun they stay
/// ("Mediterranean diet", "the Nasdaq composite").
fn seas_and_firms(words: &[&str], lowers: &[u64], names: &mut [Span]) {
    for span in names.iter_mut() {
        // "The Alps" at a sentence's start: the tagger may take the capitalised "The" in.
        if span.1 == span.0 + 2 && words[span.0] == "The" && words[span.0 + 1].ends_with('s') {
            let w = &lowers[span.0 + 1..span.1];
            if lists_of(w) & List::Region.bit() != 0 || is_cue_hashed(Cue::Landform, w) {
                *span = (span.0 + 1, span.1, Label::Loc);
                continue;
            }
        }
        let (a, b, label) = *span;
        let ends = || {
            words.get(b).is_none_or(|w| {
                !w.chars().any(char::is_alphanumeric) || NOUN_PHRASE_ENDS.contains(w)
            })
        };
        if !matches!(label, Label::Norp | Label::Org | Label::Gpe) || b != a + 1 {
            continue;
        }
        let lists = lists_of(&lowers[a..b]);
        let after_the = a > 0 && words[a - 1].eq_ignore_ascii_case("the");
        // "The Himalayas straddle", "the Pennines were": a plural region is no adjective.
        let region = lists & List::Region.bit() != 0 || is_cue_hashed(Cue::Landform, &lowers[a..b]);
        if after_the && words[a].ends_with('s') && region {
            span.2 = Label::Loc;
            continue;
        }
        if label != Label::Norp || !ends() {
            continue;
        }
        if after_the && lists & List::Region.bit() != 0 {
            span.2 = Label::Loc;
        } else if lists & List::Organisation.bit() != 0 {
            span.2 = Label::Org;
        }
    }
}

/// Prepositions of place: after one, a town is where something happens, not a club or firm.
const IN_A_PLACE: &[&str] = &["in", "near", "outside", "into", "around", "across", "along"];

/// Parts of a place between the preposition and its name: "in north-west Victoria".
pub(super) const PARTS_OF_A_PLACE: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "north-west",
    "north-east",
    "south-west",
    "south-east",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "rural",
    "regional",
    "coastal",
    "northwest",
    "northeast",
    "southwest",
    "southeast",
    "inner",
    "outer",
];

/// Last words of street names: "Downing Street" is a street after "outside", though it is
/// the government when it speaks.
pub(super) const STREETS: &[&str] = &["Street", "Road", "Avenue", "Square", "Lane", "Boulevard"];

/// Words before "in" that make what follows a company: "shares in Halifax".
pub(super) const HOLDINGS: &[&str] = &[
    "shares",
    "stake",
    "stakes",
    "invest",
    "invested",
    "investing",
    "investment",
    "interest",
    "holding",
    "holdings",
];

/// "fighting in Arbil", "a sanatorium near Barvikha": a one-word name the tagger took for an
/// organisation, after a preposition of place, is the place when `is_place` says it can be one
/// (a city, country or state of the lexicon or of the word knowledge), unless a holding comes
/// before ("a stake in Halifax"). A people's word the lexicon does not list is no people
/// there either ("in Devon"), and a place joined to the located one by "and" is located too
/// ("in Devon and Cornwall").
pub fn located_places(words: &[&str], names: &mut [Span], is_place: impl Fn(&[&str]) -> bool) {
    let peoples = List::Nationality.bit() | List::ReligiousOrPolitical.bit();
    let mut previous_located: Option<usize> = None;
    // "near Burford in Oxfordshire": a place placed in another is one whatever the lists say.
    let places: Vec<usize> = names
        .iter()
        .filter(|n| n.2 == Label::Gpe)
        .map(|n| n.0)
        .collect();
    // "Ganesh Memorial Hospital in Velankar": where an institution's name ends.
    let institutions: Vec<usize> = names
        .iter()
        .filter(|n| matches!(n.2, Label::Org | Label::Facility))
        .map(|n| n.1)
        .collect();
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        // "Luke Littler, from Warrington, won": where a person is from, in apposition.
        let from = a > 1
            && words[a - 1] == "from"
            && words[a - 2] == ","
            && matches!(words.get(b), Some(&("," | ".")));
        let part = a > 1 && PARTS_OF_A_PLACE.contains(&words[a - 1]);
        let at = if part { a - 1 } else { a };
        let located = at > 0 && IN_A_PLACE.contains(&words[at - 1]) || from;
        // "off Ullapool", "objections from Pannal": a small town's name, which no common
        // word, person or firm shares, is located by more prepositions.
        let small_town = a > 0
            && b == a + 1
            && PLACING.contains(&words[a - 1])
            // "the works of Vinci", "a letter from Bernini": painters are named for towns.
            && match label {
                Label::Org | Label::Norp => true,
                Label::Person => !matches!(words[a - 1], "of" | "from"),
                _ => false,
            }
            && is_small_town(&words[a..b]);
        let before = if a > 1 { words[a - 2] } else { "" };
        if small_town && !HOLDINGS.contains(&before) {
            span.2 = Label::Gpe;
            previous_located = Some(b);
            continue;
        }
        let joined = a > 0 && words[a - 1] == "and" && previous_located == Some(a - 1);
        let street = label == Label::Org && b >= a + 2 && STREETS.contains(&words[b - 1]);
        // "set alight on O'Connell Street", "a shop off Grafton Street": a street is a place
        // after the prepositions of a street too.
        if street && a > 0 && matches!(words[a - 1], "on" | "off" | "at") {
            span.2 = Label::Facility;
            continue;
        }
        if !(located || joined) {
            continue;
        }
        // "near Stafford": a one-word "person" that is no listed first name is the town too.
        let person = label == Label::Person
            && located
            && b == a + 1
            && lists_of_tokens(&words[a..b]) & List::FirstName.bit() == 0
            && !matches!(words.get(b), Some(&("'s" | "’s")));
        let relabel = label == Label::Org
            || person
            || (label == Label::Norp && lists_of_tokens(&words[a..b]) & peoples == 0);
        let placed_in = matches!(words.get(b), Some(&("in" | ",")))
            && places.contains(&(b + 1))
            && person
            || person && words[a - 1] == "in" && institution_before(words, &institutions, a - 1);
        // Up to three words: "in British Columbia", a listed place of several words.
        if relabel
            && b <= a + 3
            && !HOLDINGS.contains(&before)
            && (placed_in || is_place(&words[a..b]))
        {
            span.2 = Label::Gpe;
        } else if street {
            span.2 = Label::Facility;
        }
        if span.2 == Label::Gpe {
            previous_located = Some(b);
        }
    }
}

/// Whether a college's, hospital's or other institution's name ends at `end` ("the Royal
/// Free Hospital in"): the one-word name after its "in" is where it stands.
fn institution_before(words: &[&str], institutions: &[usize], end: usize) -> bool {
    institutions.contains(&end) && end > 0 && INSTITUTIONS.contains(&words[end - 1])
}

/// The last words of institutions that stand in a town.
const INSTITUTIONS: &[&str] = &[
    "College",
    "University",
    "Hospital",
    "School",
    "Academy",
    "Institute",
    "Infirmary",
    "Clinic",
    "Stadium",
    "Airport",
    "Prison",
    "Cathedral",
    "Mosque",
    "Temple",
    "Museum",
];

/// Whether a name the tagger took for a people's is a people's word of the lists.
fn peoples_word(words: &[&str], name: Span) -> bool {
    let phrase = &words[name.0..name.1];
    name.2 == Label::Norp
        && (is_people_word(phrase)
            || lists_of_tokens(phrase) & List::ReligiousOrPolitical.bit() != 0)
}

/// Kinds a name before "shares" can be and still be the market rather than a company:
/// "Tokyo shares", "European shares".
fn market_label(label: Label) -> bool {
    matches!(label, Label::Gpe | Label::Loc | Label::Norp | Label::Org)
}

/// "Deliveroo shares fell", "BP stock rose": a name right before "shares" or "stock" is a
/// company, whatever the tagger made of it, and a capitalised word it left there is one too
/// unless the word knowledge calls it a common word ("The", "Its") or the lexicon a place or
/// a people.
pub fn companies_before_shares(
    words: &[&str],
    names: &mut Vec<Span>,
    is_common: impl Fn(&str) -> bool,
) {
    for j in 1..words.len() {
        // Both cues start with "i" or "s": the first byte rules out most words at once.
        if !matches!(words[j].as_bytes().first(), Some(b'i' | b's')) {
            continue;
        }
        // "Shares in Dixons Carphone", "a stake in Harbury": what follows is a company.
        if words[j] == "in"
            && HOLDINGS
                .iter()
                .any(|h| h.eq_ignore_ascii_case(words[j - 1]))
        {
            // A people's word stays ("shares in Japanese carmakers"); a brand the tagger
            // took for one does not ("Shares in Burberry"). A company's own shares are traded
            // in a listed city ("lifting its shares in Copenhagen").
            let owned = j >= 2 && matches!(words[j - 2], "its" | "their" | "'s" | "’s");
            let market = |k: usize| {
                owned && lists_of_tokens(&words[names[k].0..names[k].1]) & LISTED_PLACES != 0
            };
            match names.iter().position(|s| s.0 == j + 1) {
                Some(k) if market(k) => names[k].2 = Label::Gpe,
                // ("shares in April": a month stays the date it is.)
                Some(k) if !peoples_word(words, names[k]) && !is_calendar_word(words[j + 1]) => {
                    names[k].2 = Label::Org
                }
                Some(_) => {}
                None => {
                    let w = words.get(j + 1).copied().unwrap_or("");
                    let free = name_at(names, j + 1).is_none();
                    // "Shares in Next": a capital inside the sentence makes even a common
                    // word the firm's, but not an article's ("in The Hut Group") or a
                    // month's ("a stake in May").
                    let inside = !is_determiner(w) && !is_calendar_word(w);
                    if free
                        && capitalised(w)
                        && inside
                        && lists_of_tokens(&[w]) & PLACES_AND_PEOPLES == 0
                    {
                        // ("shares in Sports Entertainment": every capitalised word after.)
                        let mut end = j + 2;
                        while end < words.len()
                            && end < j + 5
                            && capitalised(words[end])
                            && name_at(names, end).is_none()
                        {
                            end += 1;
                        }
                        // ("Shares in Shell plc": its legal form in lowercase too.)
                        if words.get(end).is_some_and(|w| is_lowercase_legal_form(w)) {
                            end += 1;
                        }
                        insert_name(names, (j + 1, end, Label::Org));
                    }
                }
            }
            continue;
        }
        if !matches!(words[j], "shares" | "stock" | "share") {
            continue;
        }
        let w = words[j - 1];
        match name_at(names, j - 1) {
            // "Japanese shares" are a market, "Rolls-Royce shares" a company's.
            Some(k)
                if names[k].1 == j
                    && (!market_label(names[k].2)
                        || (names[k].2 == Label::Norp && !peoples_word(words, names[k]))) =>
            {
                names[k].2 = Label::Org
            }
            Some(_) => {}
            None => {
                // "Universal Music shares": capitalised words before "shares" name the company
                // together, common words or not, when a capital is not the sentence's.
                let mut s = j - 1;
                while s > 0
                    && j - s < 4
                    && capitalised(words[s - 1])
                    && name_at(names, s - 1).is_none()
                {
                    s -= 1;
                }
                let known = PLACES_AND_PEOPLES | List::Title.bit();
                let named = capitalised(w)
                    && (j - s >= 2 || !is_common(w))
                    && lists_of_tokens(&words[s..j]) & known == 0
                    && lists_of_tokens(&[w]) & known == 0;
                // "Samsung Electronics shares": a firm's name right before runs on over them.
                let firm_before = names.iter().position(|n| n.1 == s && n.2 == Label::Org);
                if let Some(k) = firm_before.filter(|_| capitalised(w)) {
                    names[k].1 = j;
                } else if named {
                    insert_name(names, (s, j, Label::Org));
                }
            }
        }
    }
}

/// Whether a word before a kind of organisation makes it a noun: "the charity Shelter".
pub(super) fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the" | "The" | "a" | "A" | "an" | "An" | "its" | "Its" | "their" | "Their"
    )
}

/// Whether a word can be a cue word of `cues.txt` before a name (lowercase letters, four or
/// more, or one of the few shorter cue words): a test that spares most words the table
/// look-up.
pub(super) fn maybe_cue_word(w: &str) -> bool {
    (w.len() >= 4 || matches!(w, "app" | "pub"))
        && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
}

/// "Heathrow airport", "the M25 motorway", "the Bluewater shopping centre": a name that is not
/// a known place, followed by a lowercase word (or two) for a structure, names that structure.
fn facilities_before_cue(words: &[&str], lowers: &[u64], names: &mut [Span]) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        // "the Blue Anchor pub": a miscellany the tagger left is the building too, unless an
        // event's word names it ("the World Cup stadium").
        let event = label == Label::Event && !is_cue_hashed(Cue::EventLast, &lowers[b - 1..b]);
        // ("Harbourgate shopping centre": the tagger's guess for a word it has never seen is
        // a people's, but "the Welsh airport" names one.)
        // ("the Olympic stadium", "the Oscar-nominated Hotel Rwanda" describe.)
        let unknown_people = label == Label::Norp
            && b == a + 1
            && words[a].chars().all(char::is_alphabetic)
            && lists_of(&lowers[a..b]) == 0
            && !is_people_word_hashed(&lowers[a..b])
            && words.get(b).is_some_and(|w| lowercase_word(w));
        // "its Hornsea 4 wind farm": a numbered phase of an energy site, which the number made
        // a product, is the site; a place before these words is where the site is ("its North
        // Yorkshire power station").
        if label == Label::Product && energy_site(words, b) {
            span.2 = Label::Facility;
            continue;
        }
        let kind = event
            || unknown_people
            || matches!(label, Label::Gpe | Label::Loc | Label::Org | Label::Person);
        // "a New York City nightclub", "a Sussex hotel": after "a" the name is where it is.
        let located = a > 0 && matches!(words[a - 1], "a" | "an");
        // "the Wolverhampton pub group", "a hotel chain": a firm's kind after the building's
        // word makes it the firm's trade.
        let trade = || is_cue_word(Cue::OrgCue, words.get(b + 1));
        // "the Exxon pipeline", "the Rio Tinto mine": a firm the lists know owns the site,
        // unless the site is a venue named for its sponsor ("the Etihad stadium").
        let owned = || {
            label == Label::Org
                && known_name(&words[a..b]) == Some(Label::Org)
                && !matches!(words.get(b), Some(&("stadium" | "arena" | "superdome")))
        };
        let built = kind
            && !located
            && !trade()
            && (lowers
                .get(b..b + 1)
                .is_some_and(|next| is_cue_hashed(Cue::Structure, next))
                || words.len() > b + 1 && is_cue_hashed(Cue::Structure, &lowers[b..b + 2]))
            && lists_of(&lowers[a..b]) & LISTED_PLACES == 0
            && !owned();
        if built {
            // ("the Essex airport": a county is where the building is.)
            span.2 = if is_cue_hashed(Cue::County, &lowers[a..b]) {
                Label::Gpe
            } else {
                Label::Facility
            };
        }
    }
}

/// Sites of power generation, as two words: "wind farm", "power station".
const ENERGY_SITES: &[[&str; 2]] = &[
    ["wind", "farm"],
    ["solar", "farm"],
    ["power", "station"],
    ["power", "plant"],
];

/// Whether the two words at `b` name a site of power generation.
fn energy_site(words: &[&str], b: usize) -> bool {
    words
        .get(b..b + 2)
        .is_some_and(|pair| ENERGY_SITES.iter().any(|site| pair == site))
}

fn lowercase_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
}

/// "Somali and Hmong": a language's word the tagger left out after a language and "and" or
/// "or" is the pair's second.
fn untagged_second_languages(words: &[&str], names: &mut Vec<Span>) {
    let mut k = 0;
    while k < names.len() {
        let (_, b, label) = names[k];
        k += 1;
        let Some(next) = words.get(b + 1) else {
            continue;
        };
        let paired = label == Label::Language && matches!(words[b], "and" | "or");
        let language =
            || is_cue(Cue::SharedLanguage, &[next]) || known_name(&[next]) == Some(Label::Language);
        if paired && name_at(names, b + 1).is_none() && language() {
            insert_name(names, (b + 1, b + 2, Label::Language));
        }
    }
}

/// "in Swahili, Luo and English": a one-word name (or a capitalised word the tagger left out)
/// listed between two languages is a language too, whatever the tagger took it for.
fn languages_between_languages(words: &[&str], names: &mut Vec<Span>) {
    let language_at = |names: &[Span], a: usize, b: usize| {
        names
            .iter()
            .any(|n| n.0 == a && n.1 == b && n.2 == Label::Language)
    };
    // Each word found lies between two languages already named: with fewer than two, the
    // scan of the words would find nothing.
    if names
        .iter()
        .filter(|n| n.2 == Label::Language)
        .nth(1)
        .is_none()
    {
        return;
    }
    for j in 1..words.len().saturating_sub(2) {
        if words[j - 1] != ","
            || !matches!(words[j + 1], "," | "and" | "or")
            || !capitalised(words[j])
        {
            continue;
        }
        let left = names.iter().any(|n| n.1 == j - 1 && n.2 == Label::Language);
        let right = names
            .iter()
            .any(|n| n.0 == j + 2 && n.2 == Label::Language && n.1 == j + 3);
        if !(left && right) || language_at(names, j, j + 1) {
            continue;
        }
        label_token(names, j, Label::Language);
    }
}

/// Words after a language name that still let it be one: "in French and", "in Welsh ."
const LANGUAGE_FOLLOWERS: &[&str] = &[
    "and",
    "or",
    "but",
    "as",
    "with",
    "from",
    "to",
    "on",
    "at",
    "by",
    "for",
    "only",
    "too",
    "also",
    "first",
    "in",
    "when",
    "while",
    "until",
    "before",
    "after",
    "so",
    "because",
    "since",
    "this",
    "last",
    "next",
    "during",
    "within",
    "across",
    "instead",
    "rather",
    "than",
    "under",
    "via",
    "without",
    "below",
    "beneath",
    "above",
    "underneath",
    "alongside",
    "every",
    "daily",
    "fluently",
    "regularly",
    "well",
];

/// Verbs of rendering words in a language, before "in": "recorded in Basque", "written in Welsh".
const RENDERED: &[&str] = &[
    "sung",
    "written",
    "recorded",
    "performed",
    "published",
    "broadcast",
    "filmed",
    "spoken",
    "dubbed",
    "subtitled",
    "printed",
    "voiced",
    "conducted",
    "delivered",
    "taught",
];

/// What is made in a language, before "in": "podcasts in Portuguese grew", "films in Welsh",
/// "Subtitles in Greek will follow" (compared without case: a sentence may open with it).
const CONTENT: &[&str] = &[
    "podcasts",
    "songs",
    "books",
    "films",
    "programmes",
    "programs",
    "shows",
    "lessons",
    "classes",
    "newspapers",
    "novels",
    "signs",
    "content",
    "subtitles",
    "captions",
    "audiobooks",
];

fn languages(words: &[&str], names: &mut [Span]) {
    // A one-word name shared by a language and a people ("French") that is not one yet.
    let candidate = |n: &Span| {
        n.1 == n.0 + 1
            && matches!(n.2, Label::Norp | Label::Gpe | Label::Org)
            && is_cue(Cue::SharedLanguage, &words[n.0..n.1])
    };
    // A name that ends its phrase: "in French and", "in Welsh .". A pair ends its phrase after
    // its second name: "in Spanish and Portuguese networks" names two peoples' networks.
    let free_after = |b: usize| {
        let paired = matches!(words.get(b), Some(&("and" | "or")))
            && words
                .get(b + 1)
                .is_some_and(|w| is_cue(Cue::SharedLanguage, &[w]));
        let b = if paired { b + 2 } else { b };
        words
            .get(b)
            .is_none_or(|w| !lowercase_word(w) || LANGUAGE_FOLLOWERS.contains(w))
    };
    for k in 0..names.len() {
        if !candidate(&names[k]) {
            continue;
        }
        let (a, b, _) = names[k];
        let next = words.get(b);
        // "translated from Korean", but "investment from Chinese and Korean firms": "from"
        // (or "between": "translate between English and Spanish") leads a language only after
        // a word of translating.
        let translated = || {
            words[a.saturating_sub(4)..a - 1].iter().any(|w| {
                w.starts_with("translat") || w.starts_with("Translat") || w.starts_with("dubbed")
            })
        };
        // "filmed in both Welsh and English": the pair's "both" stands between; "translated
        // from the Korean": so does "the".
        let the = a > 1 && words[a - 1] == "the" && words[a - 2] == "from" && translated();
        let lead = if a > 1 && matches!(words[a - 1], "both" | "either") || the {
            a - 1
        } else {
            a
        };
        // "podcasts recorded in Basque had tripled", "songs in Welsh rose": after a verb of
        // rendering or a word for what is made in a language, "in" leads one whatever follows.
        let rendered = lead >= 2
            && words[lead - 1] == "in"
            && (RENDERED.contains(&words[lead - 2])
                || CONTENT
                    .iter()
                    .any(|c| c.eq_ignore_ascii_case(words[lead - 2])));
        let before = lead > 0
            && is_cue_word(Cue::LanguageBefore, words.get(lead - 1))
            && (!matches!(words[lead - 1], "from" | "between") || translated())
            && (free_after(b) || rendered);
        // "the use of Welsh has fallen", "support for Welsh and Irish": a language's use.
        let used = lead >= 2
            && matches!(
                (words[lead - 2], words[lead - 1]),
                ("use", "of")
                    | ("support", "for")
                    | ("speakers", "of")
                    | ("role", "of")
                    | ("status", "of")
            )
            && (free_after(b) || matches!(next, Some(&("has" | "had" | "is" | "was"))));
        // "Spanish is spoken", "Welsh was taught", "allow Galician to be spoken".
        let spoken = |w: Option<&&str>| matches!(w, Some(&("spoken" | "taught" | "written")));
        let passive = matches!(next, Some(&("is" | "was" | "are" | "were")))
            && spoken(words.get(b + 1))
            || matches!(next, Some(&("to" | "can" | "will" | "must" | "could")))
                && words.get(b + 1) == Some(&"be")
                && spoken(words.get(b + 2));
        let after = is_cue_word(Cue::LanguageAfter, next) || passive;
        // "in Welsh and English": the second of a pair follows the first.
        let paired = k > 0
            && names[k - 1].2 == Label::Language
            && names[k - 1].1 + 1 == a
            && matches!(words[a - 1], "and" | "or" | ",");
        if before || used || after || paired {
            names[k].2 = Label::Language;
        }
    }
    // "in separate Welsh and English versions": the first of a pair takes the second's label.
    for k in (0..names.len().saturating_sub(1)).rev() {
        let b = names[k].1;
        let second = names[k + 1];
        let paired = second.2 == Label::Language
            && second.0 == b + 1
            && matches!(words[b], "and" | "or" | ",");
        if paired && candidate(&names[k]) {
            names[k].2 = Label::Language;
        }
    }
    // "signs will show Welsh above English": two names that may be languages, one over the
    // other, are languages (peoples are not written above one another).
    for k in 1..names.len() {
        let (a, b) = (names[k - 1], names[k]);
        let stacked =
            b.0 == a.1 + 1 && matches!(words[a.1], "above" | "below" | "beneath" | "alongside");
        if stacked && candidate(&a) && candidate(&b) {
            names[k - 1].2 = Label::Language;
            names[k].2 = Label::Language;
        }
    }
    // "signs in Welsh first, with English beneath": where the sentence names a language, a
    // name that may be one is one too at the end of a phrase, or before a word of language.
    // "Polish is now the most common main language after English": a sentence about
    // languages makes them so too.
    if !names.iter().any(candidate) {
        return;
    }
    let about_languages = words.iter().any(|w| matches!(*w, "language" | "languages"));
    if !about_languages && !names.iter().any(|n| n.2 == Label::Language) {
        return;
    }
    for k in 0..names.len() {
        let span = names[k];
        let beside = words
            .get(span.1)
            .is_some_and(|w| BESIDE_A_LANGUAGE.contains(w));
        // "with Japanese and Korean also growing": the second of a pair follows the first.
        let paired = k > 0
            && names[k - 1].2 == Label::Language
            && names[k - 1].1 + 1 == span.0
            && matches!(words[span.0 - 1], "and" | "or" | ",");
        if candidate(&span) && (free_after(span.1) || beside || paired) {
            names[k].2 = Label::Language;
        }
    }
}

/// Words after a name that keep it a language where the sentence names another one.
const BESIDE_A_LANGUAGE: &[&str] = &[
    "is",
    "was",
    "remained",
    "remains",
    "beneath",
    "below",
    "above",
    "alongside",
    "instead",
    "subtitles",
    "surtitles",
    "captions",
    "translation",
    "version",
    "versions",
    "speakers",
    "speaking",
    "lessons",
    "classes",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tagger::hash::lower_hash;

    /// `relabel` with the words' lowercase hashes worked out here, as the tagger gives them.
    fn relabel(
        words: &[&str],
        names: &mut Vec<Span>,
        gates: Gates,
        is_common: impl Fn(&str) -> bool,
    ) {
        let lowers: Vec<u64> = words.iter().map(|w| lower_hash(w)).collect();
        super::relabel(words, &lowers, names, gates, is_common);
    }

    #[test]
    fn languages_by_context() {
        let w = ["printed", "in", "Welsh", "and", "English", "."];
        let mut names = vec![(2, 3, Label::Norp), (4, 5, Label::Norp)];
        relabel(&w, &mut names, Gates::OPEN, |_| false);
        assert_eq!(names[0].2, Label::Language);
        assert_eq!(names[1].2, Label::Language);
        let w = ["signs", "in", "Welsh", ",", "with", "English", "beneath"];
        let mut names = vec![(2, 3, Label::Norp), (5, 6, Label::Norp)];
        relabel(&w, &mut names, Gates::OPEN, |_| false);
        assert_eq!(names[1].2, Label::Language);
        let w = ["in", "French", "waters"];
        let mut names = vec![(1, 2, Label::Norp)];
        relabel(&w, &mut names, Gates::OPEN, |_| false);
        assert_eq!(names[0].2, Label::Norp);
        let w = ["in", "Spanish", "and", "Portuguese", "networks"];
        let mut names = vec![(1, 2, Label::Norp), (3, 4, Label::Norp)];
        relabel(&w, &mut names, Gates::OPEN, |_| false);
        assert_eq!(names[0].2, Label::Norp);
        assert_eq!(names[1].2, Label::Norp);
    }

    #[test]
    fn a_sea_or_firm_named_like_an_adjective_is_itself_at_a_phrase_end() {
        let w = words("The Mediterranean was calm .");
        let mut names = vec![(1, 2, Label::Norp)];
        relabel(&w, &mut names, Gates::OPEN, |_| false);
        assert_eq!(names[0].2, Label::Loc);
        let w = words("the Mediterranean diet");
        let mut names = vec![(1, 2, Label::Norp)];
        relabel(&w, &mut names, Gates::OPEN, |_| false);
        assert_eq!(names[0].2, Label::Norp);
        let w = words("The Pennines were covered");
        let mut names = vec![(1, 2, Label::Org)];
        relabel(&w, &mut names, Gates::OPEN, |_| false);
        assert_eq!(names[0].2, Label::Loc);
        let w = words("The Alps had snow");
        let mut names = vec![(0, 2, Label::Gpe)];
        relabel(&w, &mut names, Gates::OPEN, |_| false);
        assert_eq!(names, [(1, 2, Label::Loc)]);
        let w = words("parts for Airbus and Boeing");
        let mut names = vec![(2, 3, Label::Norp)];
        relabel(&w, &mut names, Gates::OPEN, |_| false);
        assert_eq!(names[0].2, Label::Org);
        let w = words("the Nasdaq composite index");
        let mut names = vec![(1, 2, Label::Norp)];
        relabel(&w, &mut names, Gates::OPEN, |_| false);
        assert_eq!(names[0].2, Label::Norp);
    }

    fn words(text: &str) -> Vec<&str> {
        text.split(' ').collect()
    }

    #[test]
    fn a_town_after_a_preposition_of_place_is_a_place() {
        let towns = |name: &[&str]| matches!(name, ["Arbil"] | ["Halifax"]);
        let w = words("fighting in Arbil and in Halifax , a stake in Halifax");
        let mut names = vec![(2, 3, Label::Org), (5, 6, Label::Org), (10, 11, Label::Org)];
        located_places(&w, &mut names, towns);
        let labels: Vec<Label> = names.iter().map(|n| n.2).collect();
        assert_eq!(labels, [Label::Gpe, Label::Gpe, Label::Org]);
        let w = words("joined Milan from Torino");
        let mut names = vec![(1, 2, Label::Org), (3, 4, Label::Org)];
        located_places(&w, &mut names, |_| true);
        assert!(names.iter().all(|n| n.2 == Label::Org));
        let w = words("homes in north-west Victoria");
        let mut names = vec![(3, 4, Label::Org)];
        located_places(&w, &mut names, |_| true);
        assert_eq!(names[0].2, Label::Gpe);
        let w = words("warnings in Devon and Cornwall");
        let mut names = vec![(2, 3, Label::Norp), (4, 5, Label::Org)];
        located_places(&w, &mut names, |_| true);
        assert!(names.iter().all(|n| n.2 == Label::Gpe));
    }

    #[test]
    fn every_cue_word_before_a_name_passes_the_quick_test() {
        let mut section = "";
        for line in include_str!("../../data/lexicon/cues.txt").lines() {
            if let Some(name) = line.strip_prefix('[') {
                section = name.trim_end_matches(']');
            } else if matches!(section, "work_cue" | "org_cue" | "product_cue")
                && !line.starts_with('#')
            {
                assert!(maybe_cue_word(line), "{line}");
            }
        }
    }

    #[test]
    fn a_name_after_a_kind_of_organisation_is_one() {
        let w = words("the charity Shelter warned , the airline Flybe Group said");
        let mut names = vec![(7, 9, Label::Person)];
        relabel(&w, &mut names, Gates::OPEN, |_| false);
        assert_eq!(names, [(2, 3, Label::Org), (7, 9, Label::Org)]);
        let w = words("the company Chairman Bob Smith said");
        let mut names = vec![(3, 5, Label::Person)];
        relabel(&w, &mut names, Gates::OPEN, |_| false);
        assert_eq!(names, [(3, 5, Label::Person)]);
    }

    #[test]
    fn a_name_before_shares_is_a_company() {
        let common = |w: &str| w == "The";
        let w = words("Deliveroo shares fell , Tokyo shares rose and The shares");
        let mut names = vec![(4, 5, Label::Gpe)];
        companies_before_shares(&w, &mut names, common);
        assert_eq!(names, [(0, 1, Label::Org), (4, 5, Label::Gpe)]);
        let w = words("Shares in Dixons Carphone fell and a stake in Tesco");
        let mut names = vec![(2, 4, Label::Gpe)];
        companies_before_shares(&w, &mut names, common);
        assert_eq!(names, [(2, 4, Label::Org), (9, 10, Label::Org)]);
        let w = words("Ms Kaur sold Harbury shares");
        let mut names = vec![(3, 4, Label::Person)];
        companies_before_shares(&w, &mut names, common);
        assert_eq!(names, [(3, 4, Label::Org)]);
    }

    #[test]
    fn a_title_the_tagger_left_after_a_work_word_is_a_work() {
        let w = words("Her memoir Becoming topped the charts");
        let mut names = vec![];
        relabel(&w, &mut names, Gates::OPEN, |_| false);
        assert_eq!(names, [(2, 3, Label::WorkOfArt)]);
        let w = words("the film Gone with the Wind opened");
        let mut names = vec![];
        relabel(&w, &mut names, Gates::OPEN, |_| false);
        assert_eq!(names, [(2, 6, Label::WorkOfArt)]);
        let w = words("the film Jane directed");
        let mut names = vec![];
        relabel(&w, &mut names, Gates::OPEN, |_| false);
        assert!(names.is_empty());
    }

    #[test]
    fn a_datelines_place_before_an_agency() {
        let w = words("LOS ANGELES ( AP ) — Actor");
        let mut names = vec![(0, 2, Label::Org)];
        relabel(&w, &mut names, Gates::OPEN, |_| false);
        // The agency credited is named too.
        assert_eq!(names, vec![(0, 2, Label::Gpe), (3, 4, Label::Org)]);
        let w = words("APPLE ( Reuters ) said");
        let mut names = vec![(2, 3, Label::Org)];
        dateline_place(&w, &mut names);
        assert_eq!(names, vec![(2, 3, Label::Org)]);
    }
}
