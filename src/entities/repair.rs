//! Repairs to the tagger's names that follow OntoNotes where CoNLL annotates differently, or
//! where a hand-written lexicon is surer than the tagger: a multi-word region from the lexicon
//! ("Sea of Japan") or a known name ("General Electric", "Boxing Day") replaces the pieces the
//! tagger found in it; a title-like word before an organisation word heads a company
//! ("General Motors"); "Hurricane" joins the storm's name and a model number its maker's
//! ("Boeing 747"); letters before "$" leave the name for the money ("US$5m"); and a
//! nationality directly before a government body joins it ("Chinese" + "Foreign Ministry" is
//! one ORG in OntoNotes, two names in CoNLL).

use super::casing::{capital_after_first, capitalised};
use super::context::maybe_cue_word;
use super::finer::is_year;
use super::gates::Gates;
use super::label::Label;
use super::lexicon::cues::{is_cue_hashed, known_name, known_name_at, Cue};
use super::lexicon::{
    is_org_word, is_org_word_hashed, is_title_phrase_hashed, lists_of, lists_of_tokens, word_entry,
    List,
};
use super::numeric::{is_time_zone, CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_COUNTRIES};

/// Words naming a government body that takes its country's adjective.
const GOVERNMENT_BODIES: &[&str] = &[
    "Ministry",
    "Embassy",
    "Consulate",
    "Government",
    "Army",
    "Navy",
    "Cabinet",
    "Parliament",
    "Police",
    "Coast",
    "Air",
    "Foreign",
    "Defence",
    "Defense",
    "Interior",
    "Finance",
];

/// A nation's missions and forces, which take its name or adjective with them: "the British
/// Embassy", "the U.S. Navy". (The `GOVERNMENT_BODIES` that name a body alone, as one word.)
const MISSIONS: &[&str] = &["Embassy", "Consulate", "Army", "Navy", "Government"];

/// A name within a sentence: token range and label.
pub type Span = (usize, usize, Label);

/// Which of the sentence's names holds token `i`.
pub fn name_at(names: &[Span], i: usize) -> Option<usize> {
    names.iter().position(|s| s.0 <= i && i < s.1)
}

/// Gives the one-token name at `j` its label: relabels the name that is that token alone, or
/// adds one where no name is; a longer name over the token stays as found.
pub fn label_token(names: &mut Vec<Span>, j: usize, label: Label) {
    match name_at(names, j) {
        Some(k) if names[k].0 == j && names[k].1 == j + 1 => names[k].2 = label,
        Some(_) => {}
        None => {
            insert_name(names, (j, j + 1, label));
        }
    }
}

/// Whether a name reaches across an edge of `start..end`: it holds words both inside and
/// outside, so a longer name over `start..end` would cut it.
pub fn crosses(names: &[Span], start: usize, end: usize) -> bool {
    names
        .iter()
        .any(|s| s.0 < end && start < s.1 && (s.0 < start || s.1 > end))
}

/// Puts `name` in place of every name that overlaps its words; returns its index.
pub fn replace_names(names: &mut Vec<Span>, name: Span) -> usize {
    names.retain(|s| s.1 <= name.0 || s.0 >= name.1);
    insert_name(names, name)
}

/// Adds a name where it belongs among names sorted by start; returns its index.
pub fn insert_name(names: &mut Vec<Span>, name: Span) -> usize {
    let at = names.partition_point(|s| s.0 < name.0);
    names.insert(at, name);
    at
}

/// Longest lexicon phrase the region rule tries.
const MAX_REGION: usize = 5;

/// `lowers`: each word's `lower_hash` (the tagger's), by which the lists are asked.
pub fn repair(words: &[&str], lowers: &[u64], names: &mut Vec<Span>, gates: Gates) {
    debug_assert_eq!(words.len(), lowers.len());
    regions(words, lowers, names, gates);
    known_names(words, lowers, names);
    money_prefixes(words, names);
    // A clock's time opens with a digit.
    if gates.digit {
        zones_after_clocks(words, names);
    }
    title_organisations(words, lowers, names);
    event_leads(words, lowers, names);
    product_models(words, lowers, names);
    nationality_bodies(words, names);
    law_heads(words, lowers, names);
    // A law's year, an article's or a proposition's number, a summit's ("COP29"): digits.
    if gates.digit {
        law_years(words, lowers, names);
        articles(words, names);
    }
    peoples(words, lowers, names);
    places_with_their_first_word(words, lowers, names);
}

/// "New South Wales will spend": at a sentence's start the tagger may leave the capitalised
/// first word of a place out ("South Wales"); a place that the lists hold with the word before
/// it takes the word back.
fn places_with_their_first_word(words: &[&str], lowers: &[u64], names: &mut [Span]) {
    let places = List::Country.bit() | List::State.bit() | List::City.bit();
    for k in 0..names.len() {
        let (a, b, label) = names[k];
        let free = k == 0 || names[k - 1].1 < a;
        if a == 0
            || !free
            || !matches!(label, Label::Gpe | Label::Loc)
            || !capitalised(words[a - 1])
        {
            continue;
        }
        if lists_of(&lowers[a - 1..b]) & places != 0 {
            names[k] = (a - 1, b, Label::Gpe);
        }
    }
}

/// "by 0930 GMT": a zone right after a number is the time's (the tagger, as CoNLL marks it,
/// names GMT), so the number rules take both.
fn zones_after_clocks(words: &[&str], names: &mut Vec<Span>) {
    names.retain(|&(a, b, _)| {
        let clock = a > 0 && words[a - 1].starts_with(|c: char| c.is_ascii_digit());
        !(b == a + 1 && clock && is_time_zone(words[a]))
    });
}

/// "Protestant churches", "The Conservatives won": a capitalised word of the nationality or
/// religious and political lists that the tagger left outside every name is a NORP.
fn peoples(words: &[&str], lowers: &[u64], names: &mut Vec<Span>) {
    let lists = List::Nationality.bit() | List::ReligiousOrPolitical.bit();
    let hits: Vec<Span> = (0..words.len())
        .filter(|&i| {
            // Not between an amount and its currency: "Swiss" of "2 million Swiss francs" is
            // the money's ("won" is a currency too: "The Conservatives won" is no amount).
            let currency = || {
                i > 0
                    && is_amount_word(words[i - 1])
                    && words
                        .get(i + 1)
                        .is_some_and(|w| CURRENCY_WORDS.iter().any(|c| c.eq_ignore_ascii_case(w)))
            };
            // Cheapest test first: most words are not capitalised.
            capitalised(words[i])
                && !names.iter().any(|n| n.0 <= i && i < n.1)
                && lists_of(&lowers[i..i + 1]) & lists != 0
                && !currency()
        })
        .map(|i| (i, i + 1, Label::Norp))
        .collect();
    overlay(words, names, &hits);
}

/// "Article 50", "Article 5 of the treaty": a numbered article of a treaty or constitution is a
/// LAW, though the tagger, which takes "Article" for an ordinary word, names neither word; so is
/// a numbered ballot proposition ("Proposition 22"); a climate summit is an EVENT ("COP29").
fn articles(words: &[&str], names: &mut Vec<Span>) {
    let mut hits = Vec::new();
    // One pass for both: each opens with a capital 'A', 'P' or 'C', which most words are not.
    for (i, w) in words.iter().enumerate() {
        if !matches!(w.as_bytes().first(), Some(b'A' | b'P' | b'C')) {
            continue;
        }
        let numbered = words.get(i + 1).is_some_and(|n| {
            n.as_bytes().first().is_some_and(u8::is_ascii_digit)
                && n.len() <= 4
                && n.bytes().all(|b| b.is_ascii_alphanumeric())
        });
        if matches!(*w, "Article" | "Proposition") && numbered {
            hits.push((i, i + 2, Label::Law));
        }
        // "COP29", "Cop29": the climate summits go by their number.
        let summit = w
            .strip_prefix("COP")
            .or_else(|| w.strip_prefix("Cop"))
            .is_some_and(|n| (1..=2).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()));
        if summit {
            hits.push((i, i + 1, Label::Event));
        }
    }
    hits.sort_unstable();
    overlay(words, names, &hits);
}

fn has_upper(w: &str) -> bool {
    w.chars().any(char::is_uppercase)
}

/// Known names, holidays, awards, products and languages from `lexicon::cues`: like regions,
/// a phrase replaces the tagger's pieces inside it or labels words the tagger left, but a
/// longer name holding it stands ("Christmas Island").
fn known_names(words: &[&str], lowers: &[u64], names: &mut Vec<Span>) {
    let mut hits: Vec<Span> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        // A lowercase word starts no name here unless a capital follows inside it ("iPhone",
        // which the tagger, trained on older news, never names), and every entry starts with a
        // letter or digit: most tokens need not be hashed.
        let w = words[i];
        let inner_capital = || capital_after_first(w);
        // An ASCII first byte is tested as a byte; only other words decode a character.
        let capable = match w.as_bytes().first() {
            Some(b) if b.is_ascii() => {
                b.is_ascii_alphanumeric() && (!b.is_ascii_lowercase() || inner_capital())
            }
            _ => w
                .chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric() && (!c.is_lowercase() || inner_capital())),
        };
        match capable.then(|| known_name_at(words, lowers, i)).flatten() {
            Some((n, label)) => {
                hits.push((i, i + n, label));
                i += n;
            }
            None => i += 1,
        }
    }
    overlay(words, names, &hits);
}

/// Puts each phrase over the names it wholly holds (sorted, disjoint phrases), and a known
/// firm's phrase over the firm the tagger ran on past its end.
fn overlay(words: &[&str], names: &mut Vec<Span>, hits: &[Span]) {
    if hits.is_empty() {
        return;
    }
    names.sort_by_key(|&(s, _, _)| s);
    let mut out: Vec<Span> = Vec::with_capacity(names.len() + hits.len());
    let mut k = 0;
    for &(a, b, label) in hits {
        while k < names.len() && names[k].1 <= a {
            out.push(names[k]);
            k += 1;
        }
        let first = k;
        while k < names.len() && names[k].0 < b {
            k += 1;
        }
        let touching = &names[first..k];
        // A name already kept that reaches into this phrase holds it ("Sony Walkman" over the
        // known names "Sony" and "Walkman").
        let held = out.last().is_some_and(|&(_, e, _)| e > a);
        // "Marks and Spencer Group Plc": the tagger ran a firm's last word into the rest of its
        // name; the known firm's name goes on to the end of the tagger's.
        let runs_on = match touching.split_last() {
            Some((&(s, e, Label::Org), inside)) => {
                let runs = label == Label::Org
                    && s > a
                    && e > b
                    && words[a] != "The"
                    && inside.iter().all(|&(s, _, _)| s >= a);
                runs.then_some(e)
            }
            _ => None,
        };
        if let (false, Some(end)) = (held, runs_on) {
            out.push((a, end, Label::Org));
        } else if !held && touching.iter().all(|&(s, e, _)| s >= a && e <= b) {
            out.push((a, b, label));
        } else {
            out.extend_from_slice(touching);
        }
    }
    out.extend_from_slice(&names[k..]);
    *names = out;
}

/// "US$5m": the tagger may call "US" a place and "Swiss" in "2.3 billion Swiss francs" a
/// people; those words belong to the money expression, so the names go.
/// A number or a scale word, as the amount before a currency is written.
fn is_amount_word(w: &str) -> bool {
    w.as_bytes().first().is_some_and(u8::is_ascii_digit)
        || ["million", "billion", "trillion", "mln", "bln", "bn"]
            .iter()
            .any(|s| s.eq_ignore_ascii_case(w))
}

fn money_prefixes(words: &[&str], names: &mut Vec<Span>) {
    // "fined Google Rs 500 crore": a currency's letters before the amount end no name the
    // tagger ran into them; the name stops before them.
    for span in names.iter_mut() {
        let (a, b, _) = *span;
        let amount_after = words
            .get(b)
            .is_some_and(|w| w.as_bytes().first().is_some_and(u8::is_ascii_digit));
        let sign = |w: &str| w.len() > 1 && w.starts_with(char::is_alphabetic);
        if b > a + 1
            && amount_after
            && sign(words[b - 1])
            && CURRENCY_SYMBOLS.contains(&words[b - 1])
        {
            // (The sign was read as a model's code: "Google Rs" a product.)
            let known = known_name(&words[a..b - 1]);
            *span = (a, b - 1, known.unwrap_or(span.2));
        }
    }
    let number_before = |a: usize| a > 0 && is_amount_word(words[a - 1]);
    names.retain(|&(a, b, label)| {
        let dollar =
            b == a + 1 && DOLLAR_COUNTRIES.contains(&words[a]) && words.get(b) == Some(&"$");
        // ("1,800 CFA francs": the tagger may take a currency's letters for a body.)
        let currency_adjective = matches!(label, Label::Norp | Label::Gpe | Label::Org)
            && b <= a + 2
            && number_before(a)
            && words
                .get(b)
                .is_some_and(|w| CURRENCY_WORDS.iter().any(|c| c.eq_ignore_ascii_case(w)));
        let digit = |k: usize| {
            words
                .get(k)
                .is_some_and(|w| w.as_bytes().first().is_some_and(u8::is_ascii_digit))
        };
        // "Rs 500 crore", "DM 40", "CHF 4.3bn": a currency sign the tagger took for a name,
        // alone or with the amount after it.
        // (The digit first: the list is a scan.)
        let sign = b <= a + 2 && digit(a + 1) && CURRENCY_SYMBOLS.contains(&words[a]);
        !(dollar || currency_adjective || sign)
    });
}

/// "the Terrorism Act 2000": a British act's year is part of its name, not a separate date.
fn law_years(words: &[&str], lowers: &[u64], names: &mut [Span]) {
    for k in 0..names.len() {
        let (a, b, label) = names[k];
        let next_free = !names.iter().any(|n| n.0 <= b && b < n.1);
        if label == Label::Law
            && next_free
            && is_cue_hashed(Cue::LawLast, &lowers[b - 1..b])
            && words.get(b).is_some_and(|w| is_year(w))
        {
            names[k] = (a, b + 1, label);
        }
    }
}

/// "the Assisted Dying Bill", "the Finance Bill": the tagger takes "Bill" for a first name and
/// keeps the capitalised words before it out of the name, or names only "Bill"; after "the",
/// the capitalised words and the law word are one LAW.
fn law_heads(words: &[&str], lowers: &[u64], names: &mut [Span]) {
    let mut previous_end = 0;
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        let law_word = matches!(label, Label::Person | Label::Law)
            && is_cue_hashed(Cue::LawLast, &lowers[b - 1..b]);
        if law_word {
            let mut start = a;
            let the = |w: &str| w.eq_ignore_ascii_case("the");
            while start > previous_end && capitalised(words[start - 1]) && !the(words[start - 1]) {
                start -= 1;
            }
            let determiner = start > 0 && the(words[start - 1]);
            if determiner && b - start >= 2 && (start < a || label == Label::Person) {
                *span = (start, b, Label::Law);
            }
        }
        previous_end = span.1;
    }
}

/// "Leeds, York and Newcastle": names in one list are the same kind of thing, so a name the
/// tagger called an organisation or a person among places is a place when `is_place` says it
/// can be one (a city, country or state of the lexicon or of the word knowledge), and a
/// "person" named like a firm among firms is a firm, and so is a one-word "person" there whose
/// word `is_personal` does not know as a personal name ("Morrisons, Sainsbury's and Waitrose")
/// or a one-word "place" `is_place` does not know ("Argos, Currys and Halfords").
pub fn listed_places(
    words: &[&str],
    names: &mut [Span],
    is_place: impl Fn(&[&str]) -> bool,
    is_personal: impl Fn(&str) -> bool,
) {
    // Names need not be in order here (the earlier repairs can move one), so a gap may be empty
    // or reversed: such neighbours are not one list.
    let joined = |left: &Span, right: &Span| {
        let gap = words.get(left.1..right.0).unwrap_or(&[]);
        matches!(gap, [","] | ["and"] | ["or"] | [",", "and"] | [",", "or"])
    };
    let mut start = 0;
    while start < names.len() {
        let mut end = start + 1;
        while end < names.len() && joined(&names[end - 1], &names[end]) {
            end += 1;
        }
        let list = &mut names[start..end];
        let places = list.iter().filter(|n| n.2 == Label::Gpe).count();
        // Most of the list are places, or one is and every other one can be. (Asked only of
        // a list: most names stand alone, and `is_place` is a look-up per name.)
        let all_can_be = || {
            list.iter()
                .all(|n| n.2 == Label::Gpe || is_place(&words[n.0..n.1]))
        };
        if list.len() >= 3 && (places * 2 > list.len() || (places >= 1 && all_can_be())) {
            for n in list.iter_mut() {
                if matches!(n.2, Label::Org | Label::Person) && is_place(&words[n.0..n.1]) {
                    n.2 = Label::Gpe;
                }
            }
        }
        // "Tamil Nadu, Kerala, Karnataka and Andhra Pradesh": among mostly places, a "person"
        // with no first name is a place the gazetteers lack.
        if list.len() >= 3 && places * 2 > list.len() {
            for n in list.iter_mut() {
                let first_name = words[n.0..n.1]
                    .iter()
                    .any(|w| lists_of_tokens(&[w]) & List::FirstName.bit() != 0 || is_personal(w));
                if n.2 == Label::Person && !first_name {
                    n.2 = Label::Gpe;
                }
            }
        }
        // "Beyoncé, Kendrick Lamar and Billie Eilish": among mostly people, a one-word
        // "organisation" no list knows as one, and no place, is a person known by one name.
        // In a longer list of surnames (a team's line-up), a lone "place" is a surname too
        // ("Given, Breen, Staunton, Irwin").
        let people = list.iter().filter(|n| n.2 == Label::Person).count();
        let places = list.iter().filter(|n| n.2 == Label::Gpe).count();
        if list.len() >= 3 && people * 2 > list.len() {
            for n in list.iter_mut() {
                let one = n.1 == n.0 + 1;
                // ("Coldplay, Dua Lipa and SZA": a band the names' lists know stays one.)
                let known = lists_of_tokens(&words[n.0..n.1]) & List::Organisation.bit() != 0
                    || known_name(&words[n.0..n.1]) == Some(Label::Org);
                let firm = n.2 == Label::Org && !known && !is_place(&words[n.0..n.1]);
                let town = n.2 == Label::Gpe && places == 1 && people >= 4;
                if one && (firm || town) {
                    n.2 = Label::Person;
                }
            }
        }
        // "Kellerman Foods, Oakridge Dairies and Pennant Farms": among organisations, a
        // "person" whose last word is an organisation's is one too.
        let organisations = list.iter().filter(|n| n.2 == Label::Org).count();
        // Two names with a comma alone between are no pair: "far from Earth, Nasa said",
        // "near Rochdale, Lancashire".
        let paired = list.len() >= 3
            || list.len() == 2 && words[list[0].1..list[1].0].iter().any(|w| *w != ",");
        if paired && organisations * 2 >= list.len() {
            let long = list.len() >= 3;
            // "Tottenham Hotspur, Aston Villa, Newcastle United and Manchester City": in a
            // list of four or more where every other name is an organisation, a "person" whose
            // first word is no common first name is one too.
            let all_but_one = list.len() >= 4 && organisations + 1 == list.len();
            for n in list.iter_mut() {
                let firm_word = n.1 > n.0 + 1 && is_org_word(words[n.1 - 1]);
                let no_person = n.1 == n.0 + 1 && !is_personal(words[n.0]);
                let no_first_name = all_but_one && !is_personal(words[n.0]);
                // "Argos, Currys and Halfords", "Microsoft and Amazon": a "place" no list
                // knows as one is a firm too.
                // Of two, a region may be the other side ("between Google and Europe").
                let region = !long && lists_of_tokens(&words[n.0..n.1]) & List::Region.bit() != 0;
                let no_place = n.1 == n.0 + 1 && !is_place(&words[n.0..n.1]) && !region;
                let person =
                    long && n.2 == Label::Person && (firm_word || no_person || no_first_name);
                // Of two, only a "region" ("Microsoft and Amazon"): a town the gazetteers
                // lack beside a club is more often a ground ("Oval and Headingley").
                let place = (n.2 == Label::Loc || long && n.2 == Label::Gpe) && no_place;
                if person || place {
                    n.2 = Label::Org;
                }
            }
        }
        agreeing_lists(words, list, &is_place);
        start = end;
    }
}

/// "Amazon, Microsoft and Alphabet": in a list of three or more with an organisation in it,
/// where every other item is an organisation or one word the tagger took for a region or a
/// people's that no list knows as a place or a people's, those are organisations too. (People
/// and towns among firms stay: "Ledbury, Herefordshire" is no list of firms.)
fn agreeing_lists(words: &[&str], list: &mut [Span], is_place: impl Fn(&[&str]) -> bool) {
    if list.len() < 3 || !list.iter().any(|n| n.2 == Label::Org) {
        return;
    }
    let known = List::Country.bit()
        | List::City.bit()
        | List::State.bit()
        | List::Nationality.bit()
        | List::ReligiousOrPolitical.bit();
    // "Ohio-based" is an adjective.
    let firm_like = |n: &Span| {
        n.2 == Label::Org
            || matches!(n.2, Label::Loc | Label::Norp)
                && n.1 == n.0 + 1
                && words[n.0].split('-').all(capitalised)
                && !is_place(&words[n.0..n.1])
                && lists_of_tokens(&words[n.0..n.1]) & known == 0
    };
    if list.iter().all(firm_like) {
        list.iter_mut().for_each(|n| n.2 = Label::Org);
    }
}

/// Titles that are also adjectives, and so open company names.
const TITLE_ADJECTIVES: &[&str] = &["General", "Major", "Royal", "Premier", "Grand", "National"];

/// "General Electric", "Premier League": a title-like word before an organisation word heads
/// a company, not a person, so the tagger's PERSON "Electric" becomes ORG "General Electric".
fn title_organisations(words: &[&str], lowers: &[u64], names: &mut [Span]) {
    // Word `i`: a title, or an organisation's word, asked by its lowercase hash.
    let title = |i: usize| capitalised(words[i]) && is_title_phrase_hashed(&lowers[i..i + 1]);
    let org_word = |i: usize| is_org_word_hashed(lowers[i]);
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        // "Major Lindqvist Shipping": a title that is also an adjective, before a firm's name
        // the tagger found without it, opens that name.
        let adjective = a > 0 && TITLE_ADJECTIVES.contains(&words[a - 1]);
        if label == Label::Org && adjective && b > a + 1 && org_word(b - 1) {
            *span = (a - 1, b, Label::Org);
            continue;
        }
        if label != Label::Person {
            continue;
        }
        if a > 0 && title(a - 1) && org_word(a) {
            *span = (a - 1, b, Label::Org);
        } else if b > a + 1 && title(a) && org_word(a + 1) {
            *span = (a, b, Label::Org);
        }
    }
}

/// "Hurricane Katrina", "Tropical Storm Arlene": the cue word before the tagger's name makes
/// one EVENT of both.
fn event_leads(words: &[&str], lowers: &[u64], names: &mut [Span]) {
    let mut previous_end = 0;
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        if label.is_name() {
            let lead = (1..=2).rev().find(|&n| {
                a >= previous_end + n
                    && words[a - n..a].iter().all(|w| has_upper(w))
                    && is_cue_hashed(Cue::EventFirst, &lowers[a - n..a])
            });
            if let Some(n) = lead {
                *span = (a - n, b, Label::Event);
            }
        }
        previous_end = span.1;
    }
}

/// "Boeing 747", "Windows 11", "Tesla Model 3": a maker's or a product's name followed by a
/// model number is one PRODUCT; so is a name a company owns ("its Surface Pro 11") or one
/// whose kind follows ("Pegasus 41 running shoes"), and a product's letter ("Xbox Series X").
fn product_models(words: &[&str], lowers: &[u64], names: &mut Vec<Span>) {
    let mut k = 0;
    while k < names.len() {
        let (a, b, label) = names[k];
        let next_start = names.get(k + 1).map_or(words.len(), |s| s.0);
        let maker = is_cue_hashed(Cue::ProductMaker, &lowers[a..a + 1]);
        k += 1;
        if b >= next_start || matches!(label, Label::Date | Label::Time) {
            continue;
        }
        // An owner's name ("its", "Apple's") or a kind after ("running shoes") makes a plain
        // number or a letter's code a model's ("Pegasus 41", "PowerMac G4"), not a quantity
        // ("51cm"), a network ("3G") or the number inside a longer name ("RBS 6 Nations").
        let owned = a > 0
            && matches!(words[a - 1], "its" | "their" | "'s" | "’s")
            && !matches!(label, Label::Person | Label::Gpe | Label::Loc);
        let plain_code = |w: &str| {
            (w.bytes().all(|c| c.is_ascii_digit()) && w.len() <= 3)
                || w.starts_with(|c: char| c.is_ascii_uppercase())
        };
        let open_end = !words.get(b + 1).is_some_and(|w| capitalised(w));
        // Looked up at most once, and only when the name needs it.
        let kind = std::cell::OnceCell::new();
        let kind_after = || {
            *kind.get_or_init(|| {
                (b + 1..b + 3).any(|j| {
                    words.get(j).is_some_and(|w| maybe_cue_word(w))
                        && is_cue_hashed(Cue::ProductCue, &lowers[j..j + 1])
                })
            })
        };
        let product = maker || label == Label::Product;
        let letter = |w: &str| w.len() == 1 && w.bytes().all(|c| c.is_ascii_uppercase());
        let w = words[b];
        let owned_code = owned && plain_code(w) && open_end;
        // A bare short number after a maker is more often a score ("Samsung 0") than a model.
        let by_context = owned_code || plain_code(w) && open_end && !maker && kind_after();
        let code = (is_model_code(w)
            && (label == Label::Product
                || w.len() >= 3
                || !w.bytes().all(|c| c.is_ascii_digit())
                || by_context))
            || (label == Label::Product && letter(w));
        // "Bharatiya Janata Party 240 of the 543 seats": a body's name owns no model.
        let body = is_cue_hashed(Cue::OrgLast, &lowers[b - 1..b]);
        if !code || body || !(product || owned_code || kind_after()) {
            continue;
        }
        // "Boeing 737 Max", "iPhone 15 Pro Max": variant words after the number are the
        // model's too, even when the tagger took one for a name of its own.
        let mut end = b + 1;
        while end < b + 3
            && lowers
                .get(end..end + 1)
                .is_some_and(|w| is_cue_hashed(Cue::ProductVariant, w))
        {
            let next_start = names.get(k).map_or(words.len(), |s| s.0);
            let alone = names.get(k).is_some_and(|s| s.0 == end && s.1 == end + 1);
            if !(next_start > end || alone) {
                break;
            }
            if alone {
                names.remove(k);
            }
            end += 1;
        }
        // "Boeing 737 Max 10": the variant's own number.
        let next_start = names.get(k).map_or(words.len(), |s| s.0);
        let short_number = |w: &&str| w.len() <= 2 && w.bytes().all(|c| c.is_ascii_digit());
        if end > b + 1 && end < next_start && words.get(end).is_some_and(short_number) {
            end += 1;
        }
        names[k - 1] = (a, end, Label::Product);
    }
}

/// "747", "A380", "11", "S23": short, with a digit, letters and digits only, not a year.
fn is_model_code(w: &str) -> bool {
    let year = w.len() == 4 && (w.starts_with("19") || w.starts_with("20"));
    (1..=6).contains(&w.len())
        && w.bytes().any(|b| b.is_ascii_digit())
        && w.bytes().all(|b| b.is_ascii_alphanumeric())
        && !year
}

/// Linear in the sentence: region phrases are found first, then names are merged with them
/// in one sweep (both lists are sorted and disjoint).
fn regions(words: &[&str], lowers: &[u64], names: &mut Vec<Span>, gates: Gates) {
    let mut hits: Vec<(usize, usize)> = Vec::new();
    // Where the next region may start: after the last one found.
    let mut free = 0;
    // Regions start with a capital: only the capitalised words are walked, and each is
    // tested once, not once per phrase length.
    for i in gates.maybe_capitalised(words.len()) {
        if i < free || !capitalised(words[i]) {
            continue;
        }
        // Their first word opens a phrase of the lists (`word_entry`), which most capitalised
        // words do not: they are spared a look-up per length.
        if !word_entry(lowers[i]).is_some_and(|(_, opens)| opens) {
            continue;
        }
        let longest = MAX_REGION.min(words.len() - i);
        // The words' lowercase hashes are the tagger's: none is worked out here.
        let hit = (2..=longest).rev().find(|&n| {
            capitalised(words[i + n - 1]) && lists_of(&lowers[i..i + n]) & List::Region.bit() != 0
        });
        if let Some(n) = hit {
            hits.push((i, i + n));
            free = i + n;
        }
    }
    let hits: Vec<Span> = hits.into_iter().map(|(a, b)| (a, b, Label::Loc)).collect();
    overlay(words, names, &hits);
}

/// "British Council", "Scottish Premiership", "the U.S. Embassy": a nation's adjective (or a
/// country's name, before a mission or a force) joined to the body after it, as one organisation.
fn nationality_bodies(words: &[&str], names: &mut Vec<Span>) {
    let mut out: Vec<Span> = Vec::with_capacity(names.len());
    let mut k = 0;
    while k < names.len() {
        let (a, b, la) = names[k];
        if let Some(&(c, d, lb)) = names.get(k + 1) {
            // (One lookup: a nationality, or a country before its mission or forces.)
            let lists = if b == c && matches!(la, Label::Norp | Label::Gpe) {
                lists_of_tokens(&words[a..b])
            } else {
                0
            };
            // "the British Embassy", "the U.S. Embassy said": a mission or a force alone after
            // its nation, whatever the tagger took it for ("Embassy" as a people).
            let mission = d == c + 1 && MISSIONS.contains(&words[c]);
            let nationality = la == Label::Norp && lists & List::Nationality.bit() != 0
                || la == Label::Gpe && mission && lists & List::Country.bit() != 0;
            // "Scottish Premiership", "Irish League": a nation's league takes its adjective too.
            // So does its academy ("Swedish Academy").
            let league =
                lb == Label::Org && matches!(words[c], "Premiership" | "League" | "Academy");
            let body = matches!(lb, Label::Org | Label::Gpe | Label::Loc | Label::Facility)
                && words[c..d].iter().any(|w| GOVERNMENT_BODIES.contains(w));
            let body = body || league || mission;
            if nationality && body {
                out.push((a, d, Label::Org));
                k += 2;
                continue;
            }
        }
        out.push(names[k]);
        k += 1;
    }
    *names = out;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tagger::hash::lower_hash;

    /// `repair` with the words' lowercase hashes worked out here, as the tagger gives them.
    fn repair(words: &[&str], names: &mut Vec<Span>, gates: Gates) {
        let lowers: Vec<u64> = words.iter().map(|w| lower_hash(w)).collect();
        super::repair(words, &lowers, names, gates);
    }

    /// `law_heads`, likewise.
    fn law_heads(words: &[&str], names: &mut [Span]) {
        let lowers: Vec<u64> = words.iter().map(|w| lower_hash(w)).collect();
        super::law_heads(words, &lowers, names);
    }

    #[test]
    fn a_bill_after_the_is_a_law() {
        let w = ["MPs", "debated", "the", "Assisted", "Dying", "Bill", "."];
        let mut names = vec![(4, 6, Label::Person)];
        law_heads(&w, &mut names);
        assert_eq!(names, [(3, 6, Label::Law)]);
        let w = ["The", "Finance", "Bill", "was"];
        let mut names = vec![(2, 3, Label::Person)];
        law_heads(&w, &mut names);
        assert_eq!(names, [(1, 3, Label::Law)]);
        // A person called Bill stays one.
        let w = ["said", "Bill", "Jones", "and", "Bill"];
        let mut names = vec![(1, 3, Label::Person), (4, 5, Label::Person)];
        law_heads(&w, &mut names);
        assert_eq!(names, [(1, 3, Label::Person), (4, 5, Label::Person)]);
    }

    #[test]
    fn a_name_holding_two_phrases_stands_over_both() {
        let mut names = vec![(1, 3, Label::Product)];
        overlay(
            &["a", "b", "c"],
            &mut names,
            &[(1, 2, Label::Org), (2, 3, Label::Product)],
        );
        assert_eq!(names, [(1, 3, Label::Product)]);
        // A known firm's name that the tagger ran on: "Marks and Spencer Group Plc".
        let w = ["in", "Marks", "and", "Spencer", "Group", "Plc"];
        let mut names = vec![(1, 2, Label::Gpe), (3, 6, Label::Org)];
        overlay(&w, &mut names, &[(1, 4, Label::Org)]);
        assert_eq!(names, [(1, 6, Label::Org)]);
        let w = ["The", "Sony", "Walkman", "5", "sold"];
        let mut names = vec![(1, 3, Label::Product)];
        repair(&w, &mut names, Gates::OPEN);
        assert_eq!(names, [(1, 4, Label::Product)]);
    }

    #[test]
    fn lexicon_region_replaces_pieces() {
        let w = ["left", "the", "Sea", "of", "Japan", "."];
        let mut names = vec![(2, 3, Label::Loc), (4, 5, Label::Gpe)];
        repair(&w, &mut names, Gates::OPEN);
        assert_eq!(names, vec![(2, 5, Label::Loc)]);
        // A longer name holding the phrase stands.
        let w = ["the", "Sea", "of", "Japan", "Fisheries", "Agency"];
        let mut names = vec![(1, 6, Label::Org)];
        repair(&w, &mut names, Gates::OPEN);
        assert_eq!(names, vec![(1, 6, Label::Org)]);
        let w = ["Sea", "of", "Japan", "and", "Tokyo"];
        let mut names = vec![(4, 5, Label::Gpe)];
        repair(&w, &mut names, Gates::OPEN);
        assert_eq!(names, vec![(0, 3, Label::Loc), (4, 5, Label::Gpe)]);
    }

    #[test]
    fn title_words_head_companies_and_storms() {
        let w = ["Shares", "in", "General", "Electric", "rose"];
        let mut names = vec![(3, 4, Label::Person)];
        repair(&w, &mut names, Gates::OPEN);
        assert_eq!(names, vec![(2, 4, Label::Org)]);
        let w = ["The", "Premier", "League", "said"];
        let mut names = vec![(2, 3, Label::Person)];
        repair(&w, &mut names, Gates::OPEN);
        assert_eq!(names, vec![(1, 3, Label::Org)]);
        let w = ["Hurricane", "Katrina", "hit"];
        let mut names = vec![(1, 2, Label::Gpe)];
        repair(&w, &mut names, Gates::OPEN);
        assert_eq!(names, vec![(0, 2, Label::Event)]);
        let w = ["its", "last", "Boeing", "747", "."];
        let mut names = vec![(2, 3, Label::Org)];
        repair(&w, &mut names, Gates::OPEN);
        assert_eq!(names, vec![(2, 4, Label::Product)]);
        let w = ["valued", "at", "US", "$", "5m"];
        let mut names = vec![(2, 3, Label::Gpe)];
        repair(&w, &mut names, Gates::OPEN);
        assert!(names.is_empty());
        let w = ["busy", "before", "Christmas", "."];
        let mut names = vec![];
        repair(&w, &mut names, Gates::OPEN);
        assert_eq!(names, vec![(2, 3, Label::Date)]);
    }

    #[test]
    fn nationality_joins_government_body() {
        let w = ["The", "Chinese", "Foreign", "Ministry", "said"];
        let mut names = vec![(1, 2, Label::Norp), (2, 4, Label::Org)];
        repair(&w, &mut names, Gates::OPEN);
        assert_eq!(names, vec![(1, 4, Label::Org)]);
        let w = ["Chinese", "Taro", "Kono"];
        let mut names = vec![(0, 1, Label::Norp), (1, 3, Label::Person)];
        repair(&w, &mut names, Gates::OPEN);
        assert_eq!(names.len(), 2);
    }

    #[test]
    fn lists_agree_on_their_unknown_words() {
        let w = ["Amazon", ",", "Microsoft", "and", "Alphabet", "spent"];
        let mut names = vec![(0, 1, Label::Loc), (2, 3, Label::Org), (4, 5, Label::Norp)];
        listed_places(&w, &mut names, |_| false, |_| false);
        assert!(names.iter().all(|n| n.2 == Label::Org), "{names:?}");
        // People and towns among them keep the list apart.
        let w = ["Tesco", ",", "Leeds", "and", "Asda"];
        let mut names = vec![(0, 1, Label::Org), (2, 3, Label::Gpe), (4, 5, Label::Org)];
        listed_places(&w, &mut names, |n| n == ["Leeds"], |_| false);
        assert_eq!(names[1].2, Label::Gpe);
    }

    #[test]
    fn listed_places_join_their_neighbours() {
        let paris = |n: &[&str]| n == ["Paris"];
        let w = ["Leeds", ",", "York", "and", "Newcastle", "were", "cut"];
        let mut names = vec![
            (0, 1, Label::Gpe),
            (2, 3, Label::Gpe),
            (4, 5, Label::Person),
        ];
        listed_places(&w, &mut names, paris, |_| true);
        assert_eq!(names[2].2, Label::Person, "not a place name: left alone");
        let w = ["Leeds", ",", "York", "and", "Paris", "were", "cut"];
        let mut names = vec![(0, 1, Label::Gpe), (2, 3, Label::Gpe), (4, 5, Label::Org)];
        listed_places(&w, &mut names, paris, |_| true);
        assert_eq!(names[2].2, Label::Gpe);
        // Names out of order or overlapping (as an earlier repair can leave them) are no list.
        let mut names = vec![(4, 5, Label::Gpe), (0, 3, Label::Gpe), (2, 3, Label::Org)];
        listed_places(&w, &mut names, paris, |_| true);
        assert_eq!(names[2].2, Label::Org);
        let w = [
            "Morrisons",
            ",",
            "Tesco",
            "and",
            "Waitrose",
            "cut",
            "prices",
        ];
        let mut names = vec![
            (0, 1, Label::Org),
            (2, 3, Label::Org),
            (4, 5, Label::Person),
        ];
        listed_places(&w, &mut names, paris, |w| w == "Smith");
        assert_eq!(names[2].2, Label::Org);
        let w = ["Argos", ",", "Currys", "and", "Halfords", "closed"];
        let mut names = vec![(0, 1, Label::Org), (2, 3, Label::Org), (4, 5, Label::Gpe)];
        listed_places(&w, &mut names, paris, |_| false);
        assert_eq!(names[2].2, Label::Org);
    }

    #[test]
    fn lists_of_people_and_places_settle_their_odd_member() {
        let words = |t: &'static str| t.split(' ').collect::<Vec<&str>>();
        let no_place = |_: &[&str]| false;
        let w = words("Kerala , Karnataka and Andhra Pradesh vote");
        let mut names = vec![
            (0, 1, Label::Gpe),
            (2, 3, Label::Gpe),
            (4, 6, Label::Person),
        ];
        listed_places(&w, &mut names, no_place, |_| false);
        assert_eq!(names[2].2, Label::Gpe);
        let w = words("Beyonce , Kendrick Lamar and Billie Eilish sing");
        let mut names = vec![
            (0, 1, Label::Org),
            (2, 4, Label::Person),
            (5, 7, Label::Person),
        ];
        listed_places(&w, &mut names, no_place, |_| false);
        assert_eq!(names[0].2, Label::Person);
        let w = words("Given , Breen , Staunton , Irwin and Harte");
        let mut names = vec![
            (0, 1, Label::Person),
            (2, 3, Label::Person),
            (4, 5, Label::Gpe),
            (6, 7, Label::Person),
            (8, 9, Label::Person),
        ];
        listed_places(&w, &mut names, no_place, |_| false);
        assert_eq!(names[2].2, Label::Person);
    }

    #[test]
    fn numbered_summits_are_events() {
        let w = ["The", "COP29", "summit", "met"];
        let mut names = vec![];
        repair(&w, &mut names, Gates::OPEN);
        assert_eq!(names, vec![(1, 2, Label::Event)]);
        let w = ["at", "Cop30", "in", "Belem"];
        let mut names = vec![(1, 2, Label::Org)];
        repair(&w, &mut names, Gates::OPEN);
        assert_eq!(names[0], (1, 2, Label::Event));
    }

    #[test]
    fn a_title_that_is_an_adjective_opens_a_firm() {
        let w = [
            "Major",
            "Lindqvist",
            "Shipping",
            "filed",
            "for",
            "bankruptcy",
        ];
        let mut names = vec![(1, 3, Label::Org)];
        repair(&w, &mut names, Gates::OPEN);
        assert_eq!(names, vec![(0, 3, Label::Org)]);
        let w = ["President", "Lindqvist", "Shipping", "filed"];
        let mut names = vec![(1, 3, Label::Org)];
        repair(&w, &mut names, Gates::OPEN);
        assert_eq!(names, vec![(1, 3, Label::Org)]);
    }

    #[test]
    fn acts_keep_their_year_and_articles_are_laws() {
        let w = ["under", "the", "Terrorism", "Act", "2000", "."];
        let mut names = vec![(2, 4, Label::Law)];
        repair(&w, &mut names, Gates::OPEN);
        assert_eq!(names, vec![(2, 5, Label::Law)]);
        let w = ["They", "cited", "Article", "50", "of", "it"];
        let mut names = Vec::new();
        repair(&w, &mut names, Gates::OPEN);
        assert_eq!(names, vec![(2, 4, Label::Law)]);
        let w = ["invest", "Rs", "500", "crore"];
        let mut names = vec![(1, 2, Label::Norp)];
        repair(&w, &mut names, Gates::OPEN);
        assert!(names.is_empty());
    }
}
