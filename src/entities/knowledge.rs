//! Labels the word knowledge shipped in the model decides (its GeoNames, census and company
//! lists, see the header of `data/word_knowledge.tsv`): whether a name can be a place, whether
//! a word is a common personal name, a town's name that is the event held there
//! ("Wimbledon"), and a company's name the tagger took for a place ("Whitbread").

use super::casing::capitalised;
use super::label::Label;
use super::lexicon::cues::{is_cue, known_name, wordnet_place, Cue};
use super::lexicon::{is_people_word, lists_of, lists_of_tokens, List, LISTED_PLACES};
use super::repair::Span;
use super::tagger::clusters::ClusterTable;
use super::tagger::hash::lower_hash;

/// Gazetteer bits of the word knowledge (see the header of `data/word_knowledge.tsv`): a city,
/// country or state named by one word.
const PLACE_ALONE: u32 = 1 << 0 | 1 << 5 | 1 << 7;

/// "Wimbledon", "Cheltenham": a one-word miscellaneous name (`finer` makes those a people's)
/// that the word knowledge knows as a town and the lexicon not as a people ("Roman") is the
/// event held there.
pub fn events_at_places(words: &[&str], names: &mut [Span], clusters: &ClusterTable) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        if label == Label::Norp
            && b == a + 1
            && !is_people_word(&words[a..b])
            && lists_of_tokens(&words[a..b]) & List::ReligiousOrPolitical.bit() == 0
            && is_place(&words[a..b], clusters)
        {
            span.2 = Label::Event;
        }
    }
}

/// "the banks of the Ganges", "off Hokkaido", "British Columbia": a name WordNet knows only
/// as a place is that place, whatever kind of name the tagger took it for, and a river or a
/// range is a LOC though tagged GPE. Not a team in sports copy ("Essex won"), not a person
/// whose first word is a personal name ("Frederick"), not a listed company's name ("Fuji"),
/// not a town the gazetteers know named as an organisation.
pub fn places_wordnet_knows(
    words: &[&str],
    names: &mut [Span],
    sport: impl Fn() -> bool,
    clusters: &ClusterTable,
) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        // A one-word "organisation" or "person" may be a firm named for a lake ("sue Baikal")
        // or a player: only after a preposition of place is it the place ("off Hokkaido").
        // So is one whose government or people are spoken of ("Karnataka's education
        // department").
        let governed = matches!(words.get(b), Some(&("'s" | "’s")))
            && words.get(b + 1).is_some_and(|w| PLACES_OWN.contains(w));
        let placed = b > a + 1
            || a > 0 && (PLACE_PREPOSITIONS.contains(&words[a - 1]) || words[a - 1] == "off")
            || governed;
        // "Wimbledon" the event stays (`events_at_places`). Tested before the look-up.
        let candidate = match label {
            Label::Org | Label::Person => placed,
            Label::Norp | Label::Product | Label::Gpe => true,
            _ => false,
        };
        let Some(place) = candidate.then(|| wordnet_place(&words[a..b])).flatten() else {
            continue;
        };
        let first = gazetteer(words[a], clusters);
        let kept = match label {
            // A country, town or county the other lists know stays a GPE ("Korea"), and so
            // does a state the known names hold ("Jammu and Kashmir").
            Label::Gpe => {
                place != Label::Loc
                    || is_place(&words[a..b], clusters)
                    || is_county(&words[a..b])
                    || known_name(&words[a..b]) == Some(Label::Gpe)
            }
            // A one-word "person" in a line-up is a player ("Vieira, Clichy, Lupoli").
            Label::Person => first & (FIRST_NAME | SURNAME) != 0,
            // Towns the gazetteers know are the town rules' to decide (a team in a results
            // table, a firm named for its town); in capitals it is a results table's team
            // ("MONTREAL").
            Label::Org => {
                b == a + 1 && first & COMPANY_FIRST != 0
                    || looks_like_a_town(&words[a..b], clusters)
                    || words[a..b]
                        .iter()
                        .all(|w| !w.chars().any(char::is_lowercase))
                    || sport()
            }
            _ => false,
        };
        if !kept {
            span.2 = place;
        }
    }
}

/// What a state or a town has, after its "'s", that a firm or a person has not.
const PLACES_OWN: &[&str] = &[
    "government",
    "capital",
    "chief",
    "premier",
    "governor",
    "education",
    "health",
    "economy",
    "people",
    "parliament",
    "assembly",
    "legislature",
    "population",
    "coast",
];

/// "the Pilbara", "the Ganges and Yamuna": a one-word "GPE" that no gazetteer holds as a
/// town, a country or a state is a region or a natural feature (LOC) after "the" (towns and
/// countries take none, but for the few the lists know: "the Netherlands"), or after "and"
/// or "or" following a LOC.
pub fn regions_unknown_as_towns(words: &[&str], names: &mut [Span], clusters: &ClusterTable) {
    for k in 0..names.len() {
        let (a, b, label) = names[k];
        if label != Label::Gpe || b != a + 1 || a == 0 || !words[a].chars().any(char::is_lowercase)
        {
            continue;
        }
        // "the Pilbara.", "the Sahel and": at a phrase's end; before a noun it names a kind of
        // thing ("the Zafi virus", "the Rajasthan area") that says nothing of regions.
        let phrase_end = words
            .get(b)
            .is_none_or(|w| !w.starts_with(char::is_alphabetic) || PHRASE_ENDS.contains(w));
        let after_the = words[a - 1] == "the" && phrase_end;
        let after_feature = matches!(words[a - 1], "and" | "or")
            && k > 0
            && names[k - 1].1 + 1 == a
            && names[k - 1].2 == Label::Loc;
        if !(after_the || after_feature) || lists_of_tokens(&words[a..b]) & LISTED_PLACES != 0 {
            continue;
        }
        let bits = gazetteer(words[a], clusters);
        let unknown = if after_the {
            bits & ANY_PLACE == 0
        } else {
            bits & PLACE_ALONE == 0
        };
        if unknown {
            names[k].2 = Label::Loc;
        }
    }
}

/// Words after a name that end its phrase.
const PHRASE_ENDS: &[&str] = &[
    "in", "of", "on", "at", "to", "from", "and", "or", "with", "by",
];

/// Whether the gazetteers could hold the name as a town's, which the town rules decide: one
/// word that is or opens a place's name, or words that open and go on a city's ("Kansas
/// City", "San Diego"), not "Sierra Nevada".
fn looks_like_a_town(name: &[&str], clusters: &ClusterTable) -> bool {
    const CITY_FIRST: u32 = 1 << 1;
    const CITY_REST: u32 = 1 << 2;
    match name {
        [one] => gazetteer(one, clusters) & ANY_PLACE != 0,
        [first, .., last] => {
            gazetteer(first, clusters) & CITY_FIRST != 0
                && gazetteer(last, clusters) & CITY_REST != 0
        }
        [] => false,
    }
}

/// Gazetteer bits of the word knowledge that make a word, or part of one, a place's name.
const ANY_PLACE: u32 = (1 << 10) - 1;

/// Verbs of what companies and public bodies do, right after their name.
const FIRM_VERBS: &[&str] = &[
    "raised",
    "cut",
    "carried",
    "reported",
    "posted",
    "announced",
    "launched",
    "fined",
    "hired",
    "acquired",
    "bought",
    "sold",
    "warned",
    "shares",
    "said",
    "recalled",
    "flies",
    "employs",
];

/// Gazetteer bit of the word knowledge: the first word of a listed company's name.
const COMPANY_FIRST: u32 = 1 << 17;

/// Words before a place name that keep it a place whatever else the word names.
const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "near", "from", "to", "across", "outside"];

/// "Whitbread slipped": a one-word name the tagger took for a place that the word knowledge
/// lists as a company's first word and not as a town, country or state is the company, and so
/// is one no gazetteer knows as a place followed by what firms do ("Ofgem raised"), unless a
/// preposition of place or "the" comes before it ("in Rio", "in the West"). A one-word "person"
/// that only the company lists know is the company too.
pub fn listed_companies(words: &[&str], names: &mut [Span], clusters: &ClusterTable) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        // "Biogen Idec", "Deutsche Boerse": a listed company's first word and a word, neither
        // a name the census or the first names list, are the company, not a person.
        if label == Label::Person && b == a + 2 && words[a].len() >= 3 {
            let bits = gazetteer(words[a], clusters);
            let unnamed = bits & COMPANY_FIRST != 0
                && bits & CENSUS == 0
                && gazetteer(words[a + 1], clusters) & CENSUS == 0
                && lists_of_tokens(&words[a + 1..b]) & List::FirstName.bit() == 0
                && lists_of_tokens(&words[a..a + 1]) & List::FirstName.bit() == 0;
            if unnamed {
                span.2 = Label::Org;
            }
            continue;
        }
        if b != a + 1 {
            continue;
        }
        // "a deal with Sansiri": a one-word "person" that is a listed company's first word and
        // no name the census lists holds, however rare, is the company.
        if label == Label::Person {
            let bits = gazetteer(words[a], clusters);
            let census = bits & CENSUS != 0;
            let first = lists_of_tokens(&words[a..b]) & List::FirstName.bit() != 0;
            if bits & COMPANY_FIRST != 0 && !census && !first {
                span.2 = Label::Org;
            }
            continue;
        }
        if !matches!(label, Label::Gpe | Label::Loc) {
            continue;
        }
        // "in Rio", "in the West": places after a preposition or "the".
        if a > 0 && (PLACE_PREPOSITIONS.contains(&words[a - 1]) || words[a - 1] == "the") {
            continue;
        }
        let bits = gazetteer(words[a], clusters);
        let lexicon_place = lists_of_tokens(&words[a..b]) & (LISTED_PLACES | List::Region.bit());
        // "Ofgem raised", "Ryanair carried": a word no gazetteer knows as a place, doing what
        // firms and bodies do, is one.
        let unknown = bits & ANY_PLACE == 0 && words.get(b).is_some_and(|w| FIRM_VERBS.contains(w));
        // ("a Devon village": a county, whatever firm opens with its name.)
        if (bits & COMPANY_FIRST != 0 || unknown)
            && bits & PLACE_ALONE == 0
            && lexicon_place == 0
            && !is_county(&words[a..b])
        {
            span.2 = Label::Org;
        }
    }
}

/// Gazetteer bits of the word knowledge: a common surname or first name (top and middle
/// tiers of the census lists).
const PERSONAL: u32 = 1 << 10 | 1 << 11 | 1 << 13 | 1 << 14;

pub fn is_personal_name(word: &str, clusters: &ClusterTable) -> bool {
    gazetteer(word, clusters) & PERSONAL != 0
}

/// Gazetteer bits of the word knowledge: a first name of the census lists, in any tier.
const CENSUS_FIRST: u32 = 0b111 << 13;

/// Whether the census lists hold the word as a first name, however rare ("Obie", not "Glass").
pub fn is_census_first_name(word: &str, clusters: &ClusterTable) -> bool {
    gazetteer(word, clusters) & CENSUS_FIRST != 0
}

/// Gazetteer bits of the word knowledge: a first name or a surname of the census lists, in any
/// tier.
const CENSUS: u32 = 0b11_1111 << 10;

/// Whether the census lists hold the word as a first name or a surname, however rare.
pub fn is_census_name(word: &str, clusters: &ClusterTable) -> bool {
    gazetteer(word, clusters) & CENSUS != 0
}

/// Whether a name can be a place: a city, country or state of the lexicon, or for one word, of
/// the GeoNames lists in the model's word knowledge.
pub fn is_place(name: &[&str], clusters: &ClusterTable) -> bool {
    // A one-word name's word is hashed once for both tables.
    if let [w] = name {
        let lower = lower_hash(w);
        return lists_of(&[lower]) & LISTED_PLACES != 0
            || gazetteer_of(lower, clusters) & PLACE_ALONE != 0;
    }
    lists_of_tokens(name) & LISTED_PLACES != 0
}

/// Gazetteer bits of the word knowledge: a city of 100,000 people or more (alone or as a
/// name's first word), a country or a state named by one word.
const BIG_PLACE: u32 = 1 << 3 | 1 << 4 | 1 << 5 | 1 << 7;

/// Whether a one-word name is a place of the lexicon or a big one of GeoNames, firm or not.
pub fn is_big_place(w: &str, clusters: &ClusterTable) -> bool {
    let lower = lower_hash(w);
    lists_of(&[lower]) & LISTED_PLACES != 0 || gazetteer_of(lower, clusters) & BIG_PLACE != 0
}

/// Whether a one-word name is a place of the lexicon or a big one of GeoNames, and no listed
/// company: "Toyota" and "Nokia" are towns too, but copy naming them mostly means the firms,
/// and a small town's name ("Magna") is as often a firm's.
pub fn is_town_not_firm(name: &[&str], clusters: &ClusterTable) -> bool {
    let [w] = name else {
        return false;
    };
    // The word hashed once for both tables.
    let lower = lower_hash(w);
    let bits = gazetteer_of(lower, clusters);
    let lists = lists_of(&[lower]);
    bits & COMPANY_FIRST == 0
        && lists & List::Organisation.bit() == 0
        && (lists & LISTED_PLACES != 0 || (bits & BIG_PLACE != 0 && bits & PLACE_ALONE != 0))
}

/// Whether a word opens the name of a company that the SEC or ticker lists hold ("Accor").
pub fn opens_listed_company(w: &str, clusters: &ClusterTable) -> bool {
    gazetteer(w, clusters) & COMPANY_FIRST != 0
}

/// Whether a one-word name is a town of any size in GeoNames or the lexicon, and no company of
/// the lexicon: a place when another place stands beside it ("between New York and Boston",
/// though a listed company's name opens with "Boston").
pub fn is_any_town(name: &[&str], clusters: &ClusterTable) -> bool {
    let [w] = name else {
        return false;
    };
    // `is_place` of the one word, hashed once for the lists and the word knowledge.
    let lower = lower_hash(w);
    let lists = lists_of(&[lower]);
    lists & List::Organisation.bit() == 0
        && (lists & LISTED_PLACES != 0 || gazetteer_of(lower, clusters) & PLACE_ALONE != 0)
}

/// Whether a one-word name is, or opens, a place's name in any of the word knowledge's
/// gazetteers, however small.
pub fn is_any_place(name: &[&str], clusters: &ClusterTable) -> bool {
    matches!(name, [w] if gazetteer(w, clusters) & ANY_PLACE != 0)
}

/// Gazetteer bits of the word knowledge: a city or a state (alone, or a name's first word).
const CITY_OR_STATE: u32 = 1 << 0 | 1 << 1 | 1 << 7;
/// ... and a country (alone or a name's word).
const COUNTRY: u32 = 1 << 5 | 1 << 6;

/// Whether a name is a country's, by the lists or the word knowledge.
pub fn is_country(name: &[&str], clusters: &ClusterTable) -> bool {
    // A one-word name's word is hashed once for both tables.
    if let [w] = name {
        let lower = lower_hash(w);
        return lists_of(&[lower]) & List::Country.bit() != 0
            || gazetteer_of(lower, clusters) & COUNTRY != 0;
    }
    lists_of_tokens(name) & List::Country.bit() != 0
}

/// Whether a place's name is a city's or a state's, never a country's: where a sports team
/// comes from ("Seattle", "Los Angeles", "Texas").
pub fn is_home_town(name: &[&str], clusters: &ClusterTable) -> bool {
    let lists = lists_of_tokens(name);
    if lists & List::Country.bit() != 0 {
        return false;
    }
    if lists & (List::City.bit() | List::State.bit()) != 0 {
        return true;
    }
    let bits = gazetteer(name[0], clusters);
    bits & CITY_OR_STATE != 0 && bits & COUNTRY == 0
}

/// A county ("Devon", "Merseyside"): a place after "in", but in a list of names as often a
/// county's cricket club ("Essex, Derbyshire and Surrey"), so `is_place` leaves it out.
pub fn is_county(name: &[&str]) -> bool {
    // "Denbighshire", "Aberdeenshire": a shire is a county whether the list has it or not.
    is_cue(Cue::County, name)
        || matches!(name, [w] if w.len() > 6 && w.ends_with("shire") && capitalised(w))
}

/// Gazetteer bit of the word knowledge: a company's legal form (cleanco's "plc", "SpA", "BV").
const LEGAL_FORM: u32 = 1 << 16;

/// Whether a word is a company's legal form, written as one: capitalised ("SpA", "Tbk", "BV";
/// not "AS", which a caps line writes for the word) or one of the few that copy writes in
/// lowercase ("Wrenfield plc"; cleanco's list holds "as" and "at" too, so it is no guide to
/// lowercase words).
pub fn is_legal_form(word: &str, clusters: &ClusterTable) -> bool {
    if is_lowercase_legal_form(word) {
        return true;
    }
    word.starts_with(|c: char| c.is_ascii_uppercase())
        && !NOT_LEGAL_FORMS.contains(&word)
        && (gazetteer(word, clusters) & LEGAL_FORM != 0 || is_cue(Cue::LegalForm, &[word]))
}

/// Whether a word is a company's legal form written in lowercase ("plc", "ltd").
pub fn is_lowercase_legal_form(word: &str) -> bool {
    LOWERCASE_LEGAL_FORMS.contains(&word)
}

/// Legal forms written in lowercase after a company's name.
const LOWERCASE_LEGAL_FORMS: &[&str] = &["plc", "ltd", "ltd.", "inc", "inc.", "llc", "llp", "gmbh"];

/// Words of cleanco's list that copy writes far more often for something else after a name:
/// caps-line words, units, places ("Tesco UK" is the firm's arm, still named apart), and the
/// small words of title-case headlines ("Warning For Hawkesbury As Dam Spills").
const NOT_LEGAL_FORMS: &[&str] = &[
    "AS", "OR", "IN", "ON", "AT", "BY", "TO", "OF", "UK", "OK", "KG", "VAT", "EC", "EU", "AD",
    "PT", "ET", "PP", "SP", "Private", "Ent", "SEM", "MB", "EP", "XT", "CIC", "DA", "SD", "FA",
    "Oe", "OE", "As", "Or", "In", "On", "At", "By", "To", "Of",
];

/// The word's gazetteer bits in the word knowledge (none for a word it does not hold).
fn gazetteer(word: &str, clusters: &ClusterTable) -> u32 {
    gazetteer_of(lower_hash(word), clusters)
}

/// `gazetteer` of a word given as its `lower_hash`.
fn gazetteer_of(lower: u64, clusters: &ClusterTable) -> u32 {
    clusters.get(lower).map_or(0, |c| c.gazetteer)
}

/// Gazetteer bits of the word knowledge: common first names, and surnames of any frequency.
const FIRST_NAME: u32 = 1 << 13 | 1 << 14;
pub(super) const SURNAME: u32 = 1 << 10 | 1 << 11 | 1 << 12;

/// Whether a line that ends with `last` and a next line that opens with `first` break one name
/// in two, as the word knowledge of the shipped model reads them: a first name before a
/// surname ("Jerome" / "Powell"), or a listed company's first word before a proper noun that
/// is no place ("Goldman" / "Sachs"). Both must be words the web mostly capitalises (the
/// surname need not be when the first name is `alone` on its line), and the second not in
/// capitals (a dateline's). Used where no model is at hand (line wraps).
pub fn name_runs_across(last: &str, first: &str, alone: bool) -> bool {
    let first = first
        .strip_suffix("'s")
        .or_else(|| first.strip_suffix("’s"))
        .unwrap_or(first);
    let proper = |w: &str| w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase);
    if !proper(last) || !proper(first) {
        return false;
    }
    let clusters = &super::Model::default_model().tagger.clusters;
    let (Some(a), Some(b)) = (
        clusters.get(lower_hash(last)),
        clusters.get(lower_hash(first)),
    ) else {
        return false;
    };
    let person = a.gazetteer & FIRST_NAME != 0 && b.gazetteer & SURNAME != 0;
    // A line of a first name alone ("Taylor" / "Swift brought ...") runs on even when the
    // surname is also a common word.
    if alone && person && a.capitalised >= 3 {
        return true;
    }
    if a.capitalised < 3 || b.capitalised < 3 {
        return false;
    }
    let company = a.gazetteer & COMPANY_FIRST != 0 && b.gazetteer & ANY_PLACE == 0;
    person || company
}

#[cfg(test)]
mod tests {
    use super::{events_at_places, listed_companies};
    use crate::entities::{Label, Model};

    #[test]
    fn the_word_knowledge_turns_places_into_events_and_companies() {
        let clusters = &Model::default_model().tagger.clusters;
        let w = ["Tickets", "for", "Wimbledon", "and", "Kurdish", "music"];
        let mut names = vec![(2, 3, Label::Norp), (4, 5, Label::Norp)];
        events_at_places(&w, &mut names, clusters);
        assert_eq!(names, [(2, 3, Label::Event), (4, 5, Label::Norp)]);
        let w = ["Whitbread", "slipped", "in", "Whitbread", "and", "Leeds"];
        let mut names = vec![(0, 1, Label::Gpe), (3, 4, Label::Gpe), (5, 6, Label::Gpe)];
        listed_companies(&w, &mut names, clusters);
        assert_eq!(
            names,
            [(0, 1, Label::Org), (3, 4, Label::Gpe), (5, 6, Label::Gpe)]
        );
        // A word no gazetteer knows, doing what firms do; a known town doing it stays a place.
        let w = ["Ofgem", "raised", "prices", ";", "Leeds", "raised", "taxes"];
        let mut names = vec![(0, 1, Label::Gpe), (4, 5, Label::Gpe)];
        listed_companies(&w, &mut names, clusters);
        assert_eq!(names, [(0, 1, Label::Org), (4, 5, Label::Gpe)]);
    }
}
