//! Names after a word for their kind: "the charity Shelter", "the news agency Interfax",
//! "first division team Deportivo Coruna" name organisations; "the weight-loss drug Wegovy",
//! "the spacecraft Europa Clipper" name products; and a product's kind after its name
//! ("NASA's Europa Clipper spacecraft"). The tagger learned from 1996 wire copy and takes
//! most of today's brands and drugs for people or places.

use super::casing::{capitalised, split_at_hyphen};
use super::context::{is_determiner, maybe_cue_word};
use super::gates::{CueList, Gates};
use super::label::Label;
use super::lexicon::cues::{first_cue, is_cue, is_cue_word, is_small_town, known_name, Cue};
use super::lexicon::{lists_of_tokens, List, LISTED_PLACES, PLACES_AND_PEOPLES};
use super::numeric::{is_calendar_word, is_digit_ordinal};
use super::repair::{insert_name, name_at, Span};

/// Kinds of organisation that are also people's trades.
const PERSONAL_TRADES: &[&str] = &["publisher", "miner"];

/// Words that make "maker" a person's trade: "the Dutch film maker Theo van Gogh", "policy
/// maker", where "car maker Rover" and "crane maker Huisman Itrec" are companies.
const WHAT_PEOPLE_MAKE: &[&str] = &[
    "film",
    "movie",
    "documentary",
    "programme",
    "policy",
    "peace",
    "decision",
    "music",
    "law",
];

/// Kinds of product that follow their names only: "the software Microsoft owns" is no product,
/// nor are "police probe BNP leaflet" or "watches Netflix".
const KINDS_AFTER_ONLY: &[&str] = &["software", "sensor", "sensors", "probe", "watches"];

/// Kinds of vessel, before a ship's name ("the ferry Glen Sannox", "the tanker Front Altair"):
/// OntoNotes calls vehicles products. Not product cues, as a place or a firm before them is
/// the ship's route or owner ("the Dover ferry", "a P&O ferry").
const VESSELS: &[&str] = &[
    "ferry",
    "ship",
    "vessel",
    "liner",
    "yacht",
    "superyacht",
    "tanker",
    "trawler",
    "freighter",
    "frigate",
    "destroyer",
    "submarine",
];

/// The longest name taken after a word for its kind, in words.
const MAX_CUED_NAME: usize = 4;

pub fn names_after_their_kind(words: &[&str], names: &mut Vec<Span>, gates: Gates) {
    // The kind's word stands right before a capitalised word, or before a comma and one: only
    // those words are walked, in order. (The walk never goes back; a word it reaches twice, as
    // past the 64th word every word is walked, is taken once.)
    let mut last = None;
    let kinds = gates
        .maybe_capitalised(words.len())
        .flat_map(|c| {
            let before_comma = (c >= 2 && words[c - 1] == ",").then(|| c - 2);
            before_comma.into_iter().chain(c.checked_sub(1))
        })
        .filter(|&i| i >= 1 && i + 1 < words.len())
        .filter(|&i| {
            let fresh = last.is_none_or(|l| i > l);
            last = Some(i);
            fresh
        });
    for i in kinds {
        // "Mexico's central bank, Banxico, cut": the name in apposition after a comma, closed
        // by another.
        let comma = words[i + 1] == "," && i + 2 < words.len();
        let at = if comma { i + 2 } else { i + 1 };
        let next = words[at];
        // Cheapest tests first; the table look-ups are for the few words left.
        // "by company N / A": a lone letter names nothing.
        if !capitalised(next) || next.len() < 2 {
            continue;
        }
        let vessel = VESSELS.contains(&words[i]);
        if !(vessel || maybe_cue_word(words[i])) {
            continue;
        }
        let label = match first_cue(words[i], &[Cue::OrgCue, Cue::ProductCue]) {
            Some(Cue::OrgCue) => Label::Org,
            Some(_) if !KINDS_AFTER_ONLY.contains(&words[i]) => Label::Product,
            _ if vessel => Label::Product,
            _ => continue,
        };
        // "married publisher Kimberly Quinn": a trade that is also a person's needs its "the",
        // or a firm's base ("the Edinburgh-based publisher Canongate").
        let firms_word = is_determiner(words[i - 1]) || words[i - 1].ends_with("-based");
        if PERSONAL_TRADES.contains(&words[i]) && !firms_word {
            continue;
        }
        if words[i] == "maker" && WHAT_PEOPLE_MAKE.contains(&words[i - 1]) {
            continue;
        }
        if opens_no_organisation(next) {
            continue;
        }
        // ("For the club, Smith, 32, scored": an age after the comma makes a person.)
        let closed = |end: usize| {
            !comma
                || matches!(words.get(end), Some(&("," | "." | ")")))
                    && !words
                        .get(end + 1)
                        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
        };
        match name_at(names, at) {
            // ("champions South Africa": a country named after a kind is its national side.)
            Some(k)
                if names[k].0 == at
                    && closed(names[k].1)
                    && lists_of_tokens(&words[at..names[k].1]) & List::Country.bit() == 0 =>
            {
                names[k].2 = label
            }
            Some(_) => {}
            None => {
                let end = (at..words.len().min(at + MAX_CUED_NAME))
                    .take_while(|&j| {
                        (capitalised(words[j]) || words[j] == "&") && !is_calendar_word(words[j])
                    })
                    .last()
                    .map_or(at, |j| j + 1);
                if closed(end) {
                    insert_name(names, (at, end, label));
                }
            }
        }
    }
    trades_opening_sentences(words, names);
    // A model's code has a hyphen and a number ("GPT-5").
    if gates.hyphen && gates.digit {
        model_codes(words, names);
    }
    if gates.digit {
        armed_groups_by_code(words, names);
    }
    products_before_their_kind(words, names);
    // Each product follows its owner's "its", "their" or "'s".
    if gates.holds(CueList::Owners) {
        untagged_products_of_owners(words, names);
    }
    products_of_makers(words, names);
    headlined_events(words, names);
    organisations_in_apposition(words, names);
}

/// A title or first name opens a person ("the firm John Lewis" stays as tagged), a country is
/// a national side ("the team England"), a day or month a date ("the company Monday said").
fn opens_no_organisation(w: &str) -> bool {
    let not_names =
        List::Title.bit() | List::FirstName.bit() | List::Country.bit() | List::Nationality.bit();
    lists_of_tokens(&[w]) & not_names != 0 || is_calendar_word(w)
}

/// Kinds of organisation that open names as often as they describe one: "Band Aid", "Bank
/// Negara Malaysia", "Group Lotus", "Club Med", "Union Pacific".
const NAMES_OPENING_KINDS: &[&str] = &[
    "band", "bank", "group", "club", "team", "union", "chain", "giant",
];

/// "Housebuilder Persimmon has won", "Publisher Acair, based in": a kind of organisation that
/// opens the sentence, capitalised, before a name no person or place is known by, names an
/// organisation; the tagger often takes the two words for one person's name.
fn trades_opening_sentences(words: &[&str], names: &mut Vec<Span>) {
    let (Some(first), Some(next)) = (words.first(), words.get(1)) else {
        return;
    };
    if !capitalised(first) || !capitalised(next) || next.len() < 2 {
        return;
    }
    let trade = first.to_ascii_lowercase();
    if !maybe_cue_word(&trade)
        || first_cue(&trade, &[Cue::OrgCue]) != Some(Cue::OrgCue)
        || NAMES_OPENING_KINDS.contains(&trade.as_str())
    {
        return;
    }
    if opens_no_organisation(next) {
        return;
    }
    let end = (1..words.len().min(1 + MAX_CUED_NAME))
        .take_while(|&j| capitalised(words[j]) || words[j] == "&")
        .last()
        .map_or(1, |j| j + 1);
    if known_name(&words[..end]).is_some() {
        return;
    }
    // The tagger's name over the trade and the name, or over the name alone, or none. A
    // person named in full stays one, without the trade ("Publisher Rupert Murdoch").
    match name_at(names, 1) {
        Some(k) if names[k].0 <= 1 && names[k].1 == end => {
            let person = names[k].2 == Label::Person && end > 2;
            names[k] = (1, end, if person { Label::Person } else { Label::Org });
        }
        Some(_) => {}
        None => {
            insert_name(names, (1, end, Label::Org));
        }
    }
}

/// Words a kind of organisation may wait behind after "the": "the Danish drugmaker".
const APPOSITION_REACH: usize = 3;

/// "Novo Nordisk, the Danish drugmaker, raised ...": a name the tagger took for a place, people
/// or event, followed by a comma, "the" and a kind of organisation within a few words that
/// closes the apposition, is that organisation. (A person's apposition is a title: "Jane Lee,
/// the company's founder".)
fn organisations_in_apposition(words: &[&str], names: &mut [Span]) {
    for span in names.iter_mut() {
        let (_, b, label) = *span;
        let other = matches!(label, Label::Gpe | Label::Loc | Label::Norp | Label::Event)
            && lists_of_tokens(&words[span.0..b]) & List::Country.bit() == 0;
        if !other || words.get(b) != Some(&",") || !matches!(words.get(b + 1), Some(&"the")) {
            continue;
        }
        let kind = (b + 2..words.len().min(b + 2 + APPOSITION_REACH))
            .take_while(|&j| words[j] != ",")
            .find(|&j| maybe_cue_word(words[j]) && is_cue_word(Cue::OrgCue, words.get(j)));
        // The apposition must close right after its kind ("..., the Danish drugmaker, raised");
        // "In California, the company is fighting" opens a clause instead.
        let closed = |j: usize| matches!(words.get(j + 1), None | Some(&("," | "." | ")")));
        if kind.is_some_and(closed) {
            span.2 = Label::Org;
        }
    }
}

/// "will headline Glastonbury": what an act headlines is a festival, an event, though the
/// tagger names it for its town or as an organisation.
fn headlined_events(words: &[&str], names: &mut [Span]) {
    for span in names.iter_mut() {
        let (a, _, label) = *span;
        let headlined = a >= 1
            && matches!(
                words[a - 1],
                "headline" | "headlines" | "headlined" | "headlining"
            );
        if headlined && matches!(label, Label::Gpe | Label::Org | Label::Norp) {
            span.2 = Label::Event;
        }
    }
}

/// Words before a model's code that make it the product launched or sold: "released GPT-5",
/// "its new Su-57".
const LAUNCHES: &[&str] = &[
    "released",
    "launched",
    "unveiled",
    "its",
    "their",
    "new",
    "debuted",
    "introduced",
    "ordered",
];

/// Letters that open codes of diseases and viruses, not products ("COVID-19").
pub(super) const DISEASES: &[&str] = &["COVID", "Covid", "SARS", "MERS", "H5N1", "H1N1"];

/// Whether a token is a model's code: capitalised letters, a hyphen and a number, perhaps with
/// a letter after it ("GPT-5", "GPT-4o", "F-35", "Su-57").
fn is_model_code(w: &str) -> bool {
    // Every token passes through here: the first byte rules out most before any search.
    if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    let Some((letters, number)) = split_at_hyphen(w) else {
        return false;
    };
    let digits = number.bytes().take_while(u8::is_ascii_digit).count();
    !letters.is_empty()
        && letters.starts_with(|c: char| c.is_ascii_uppercase())
        && letters.bytes().all(|b| b.is_ascii_alphabetic())
        && (1..=4).contains(&digits)
        && number.len() - digits <= 1
        && number.bytes().skip(digits).all(|b| b.is_ascii_lowercase())
        && !DISEASES.contains(&letters)
}

/// "OpenAI released GPT-5", "its GPT-4o model": a model's code the tagger left, after a word of
/// launching, is the product.
fn model_codes(words: &[&str], names: &mut Vec<Span>) {
    for i in 1..words.len() {
        // Most words hold no hyphen: the code test goes first.
        if is_model_code(words[i])
            && LAUNCHES.contains(&words[i - 1])
            && name_at(names, i).is_none()
        {
            insert_name(names, (i, i + 1, Label::Product));
        }
    }
}

/// Members of an armed group, after its name.
const FIGHTERS: &[&str] = &[
    "rebels",
    "militants",
    "fighters",
    "militia",
    "militiamen",
    "guerrillas",
];

/// "M23 rebels advanced": a code of capital letters and digits that no name holds, before a
/// word of the group's fighters, is the group (ORG).
fn armed_groups_by_code(words: &[&str], names: &mut Vec<Span>) {
    for i in 0..words.len().saturating_sub(1) {
        let w = words[i];
        let code = w.len() <= 6
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.bytes().any(|b| b.is_ascii_digit())
            && w.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
        if code && FIGHTERS.contains(&words[i + 1]) && name_at(names, i).is_none() {
            insert_name(names, (i, i + 1, Label::Org));
        }
    }
}

/// Words before "of" that make what follows a product: "the maker of Cheerios", "sales of
/// Wegovy", "doses of Ozempic".
const SOLD: &[&str] = &[
    "maker",
    "makers",
    "sales",
    "price",
    "prices",
    "doses",
    "supplies",
    "shipments",
    "users",
];

/// "the maker of Cheerios", "sales of Wegovy and Ozempic": a one-word name after such words and
/// "of" (or after another such product and "and" or a comma) that the tagger took for a place,
/// person or people, and that no list knows as a place or people, is a product.
fn products_of_makers(words: &[&str], names: &mut [Span]) {
    let mut after_product: Option<usize> = None;
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        let sold = a >= 2 && words[a - 1] == "of" && SOLD.contains(&words[a - 2]);
        let listed = after_product
            .is_some_and(|end| end + 1 == a && matches!(words[end], "and" | "or" | ","));
        let other = matches!(label, Label::Gpe | Label::Person | Label::Norp);
        if (sold || listed)
            && b == a + 1
            && other
            && lists_of_tokens(&words[a..b]) & PLACES_AND_PEOPLES == 0
        {
            span.2 = Label::Product;
        }
        after_product = (span.2 == Label::Product).then_some(b);
    }
}

/// Where a kind of vehicle is kept or serves from: "the Oban ferry terminal", "its Derby train
/// depot" are named for the town.
const KIND_SITES: &[&str] = &[
    "terminal",
    "terminals",
    "port",
    "depot",
    "depots",
    "yard",
    "service",
    "services",
    "route",
    "routes",
    "crossing",
];

/// "NASA's Europa Clipper spacecraft": a name the tagger took for a person, place or event
/// right before a word for a kind of product is the product. An organisation stays ("the
/// Pfizer vaccine" is the maker's) unless the maker owns it ("its Blackwell chips").
fn products_before_their_kind(words: &[&str], names: &mut [Span]) {
    for k in 0..names.len() {
        let (a, b, label) = names[k];
        // "its Blackwell processors": after "its" even an organisation's name is the product.
        let owned = a > 0 && matches!(words[a - 1], "its" | "their" | "'s" | "’s");
        // A people's word before the kind is its adjective ("Finnish handset giant").
        // An unknown word the tagger called a people's ("the Hilux pickup") is no adjective.
        // ("HIV vaccine", "anti-Aids drugs", "Southern trains" are no products either.)
        let peoples = || {
            lists_of_tokens(&words[a..b]) & List::Nationality.bit() != 0
                || is_cue(Cue::People, &words[a..b])
                || words[a..b].iter().any(|w| {
                    !w.chars().any(char::is_lowercase)
                        || w.contains(['-', '/'])
                        || matches!(*w, "Northern" | "Southern" | "Eastern" | "Western")
                })
        };
        // "small New York software firm": a listed place is where the kind is made.
        let listed_place = || lists_of_tokens(&words[a..b]) & LISTED_PLACES != 0;
        let other = (matches!(
            label,
            Label::Person | Label::Gpe | Label::Loc | Label::Event
        ) || owned && label == Label::Org
            || label == Label::Norp && !peoples())
            && !listed_place();
        // "Ozempic maker Novo Nordisk": what a named maker makes.
        let made = matches!(words.get(b), Some(&("maker" | "makers")))
            && words.get(b + 1).is_some_and(|w| capitalised(w))
            && b == a + 1;
        // "its Stelo glucose sensor": an owned product's kind may follow one word of its use.
        // "the Galway software maker": a kind before a firm's word is the firm's trade.
        let trade = || is_cue_word(Cue::OrgCue, words.get(b + 1));
        // "its Oban ferry terminal": the kind's site is named for its town.
        let site = || {
            words
                .get(b + 1..b + 3)
                .is_some_and(|w| w.iter().any(|w| KIND_SITES.contains(w)))
        };
        if other && (made || kind_follows(words, b, owned) && !trade() && !site()) {
            names[k].2 = Label::Product;
        }
        // "Pringles maker Kellanova": the maker named after is a company, not a person.
        if made {
            if let Some(next) = names.get_mut(k + 1).filter(|n| n.0 == b + 1) {
                if matches!(next.2, Label::Person | Label::Gpe | Label::Loc) {
                    next.2 = Label::Org;
                }
            }
        }
    }
}

/// Token `j` is a kind of product ("lander", "software").
fn is_product_kind(words: &[&str], j: usize) -> bool {
    words.get(j).is_some_and(|w| maybe_cue_word(w)) && is_cue_word(Cue::ProductCue, words.get(j))
}

/// A kind of product stands at token `j`, or (where `gap` allows) after one plain lower-case
/// word of its use there: "its Stelo glucose sensor".
fn kind_follows(words: &[&str], j: usize, gap: bool) -> bool {
    let plain = |w: &str| w.bytes().all(|c| c.is_ascii_lowercase());
    is_product_kind(words, j)
        || gap && words.get(j).is_some_and(|w| plain(w)) && is_product_kind(words, j + 1)
}

/// "its SLIM lander", "Microsoft's SharePoint software", "its Stelo glucose sensor": one or two
/// capitalised words the tagger left out, between an owner and a kind of product (perhaps
/// behind one lower-case word of what it does), name the product.
fn untagged_products_of_owners(words: &[&str], names: &mut Vec<Span>) {
    let owner = |k: usize| matches!(words[k], "its" | "their" | "'s" | "’s");
    // "its 60th Electron rocket", "its new Pixel phone": a rank or an age between.
    let ranked = |k: usize| {
        let w = words[k];
        matches!(w, "new" | "latest" | "next" | "first" | "second" | "third") || is_digit_ordinal(w)
    };
    for i in 0..words.len().saturating_sub(2) {
        // The capital first: most words are not followed by one.
        if !capitalised(words[i + 1]) || !(owner(i) || i > 0 && owner(i - 1) && ranked(i)) {
            continue;
        }
        let a = i + 1;
        let Some(b) = (a..words.len().min(a + 2))
            .take_while(|&j| capitalised(words[j]) && !is_calendar_word(words[j]))
            .last()
            .map(|j| j + 1)
        else {
            continue;
        };
        if !kind_follows(words, b, true) {
            continue;
        }
        // A place, people or person owns the kind ("its US smartphones", "their British
        // vaccine"); a name already found stays as found.
        let not_products = List::Title.bit()
            | List::FirstName.bit()
            | List::Country.bit()
            | List::City.bit()
            | List::State.bit()
            | List::Nationality.bit();
        // ("its Oban ferry terminal": a town's.)
        if (a..b).any(|j| name_at(names, j).is_some())
            || lists_of_tokens(&words[a..b]) & not_products != 0
            || is_cue(Cue::People, &words[a..b])
            || is_small_town(&words[a..b])
        {
            continue;
        }
        insert_name(names, (a, b, Label::Product));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        text.split(' ').collect()
    }

    #[test]
    fn a_code_before_its_fighters_is_the_group() {
        let w = words("M23 rebels advanced on Goma");
        let mut names = vec![];
        armed_groups_by_code(&w, &mut names);
        assert_eq!(names, [(0, 1, Label::Org)]);
        let w = words("about 300 rebels advanced");
        let mut names = vec![];
        armed_groups_by_code(&w, &mut names);
        assert!(names.is_empty());
    }

    #[test]
    fn model_codes_after_a_launch_are_products() {
        let w = words("OpenAI released GPT-4o and its F-35 , not COVID-19 or A-level");
        let mut names = vec![];
        model_codes(&w, &mut names);
        assert_eq!(names, vec![(2, 3, Label::Product), (5, 6, Label::Product)]);
    }

    #[test]
    fn kinds_of_organisation_name_the_words_after_them() {
        let w = words("the news agency Interfax said");
        let mut names = vec![(3, 4, Label::Person)];
        names_after_their_kind(&w, &mut names, Gates::OPEN);
        assert_eq!(names, vec![(3, 4, Label::Org)]);
        let w = words("first division team Deportivo Coruna will");
        let mut names = vec![(3, 5, Label::Person)];
        names_after_their_kind(&w, &mut names, Gates::OPEN);
        assert_eq!(names, vec![(3, 5, Label::Org)]);
        // A country, a day: no firm.
        let w = words("the team England lost");
        let mut names = vec![(2, 3, Label::Gpe)];
        names_after_their_kind(&w, &mut names, Gates::OPEN);
        assert_eq!(names, vec![(2, 3, Label::Gpe)]);
        let w = words("the company Monday said");
        let mut names = vec![];
        names_after_their_kind(&w, &mut names, Gates::OPEN);
        assert!(names.is_empty());
    }

    #[test]
    fn a_kind_of_organisation_in_apposition_names_one() {
        let w = words("Novo Nordisk , the Danish drugmaker , raised");
        let mut names = vec![(0, 2, Label::Gpe), (4, 5, Label::Norp)];
        names_after_their_kind(&w, &mut names, Gates::OPEN);
        assert_eq!(names[0].2, Label::Org);
        let w = words("In California , the company is fighting");
        let mut names = vec![(1, 2, Label::Gpe)];
        names_after_their_kind(&w, &mut names, Gates::OPEN);
        assert_eq!(names[0].2, Label::Gpe);
    }

    #[test]
    fn what_an_act_headlines_is_an_event() {
        let w = words("will headline Glastonbury next June");
        let mut names = vec![(2, 3, Label::Org)];
        names_after_their_kind(&w, &mut names, Gates::OPEN);
        assert_eq!(names, vec![(2, 3, Label::Event)]);
    }

    #[test]
    fn kinds_of_product_name_the_words_beside_them() {
        let w = words("the weight-loss drug Wegovy ,");
        let mut names = vec![(3, 4, Label::Person)];
        names_after_their_kind(&w, &mut names, Gates::OPEN);
        assert_eq!(names, vec![(3, 4, Label::Product)]);
        let w = words("NASA 's Europa Clipper spacecraft lifted");
        let mut names = vec![(0, 1, Label::Org), (2, 4, Label::Person)];
        names_after_their_kind(&w, &mut names, Gates::OPEN);
        assert_eq!(names[1].2, Label::Product);
        // The maker stays.
        let w = words("the Pfizer vaccine was");
        let mut names = vec![(1, 2, Label::Org)];
        names_after_their_kind(&w, &mut names, Gates::OPEN);
        assert_eq!(names[0].2, Label::Org);
    }
}
