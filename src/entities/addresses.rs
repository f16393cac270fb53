//! Places written the way copy writes towns: the town of an address after its street
//! ("of Doncaster Road, Rotherham,"), towns named with a hyphened river or sea
//! ("Leigh-on-Sea", "Stratford-upon-Avon"), and the town before its state in American copy
//! ("its Georgetown, Kentucky, plant"), and an Irish county as Irish copy abbreviates it
//! ("Tuam, Co Galway").

use super::casing::capitalised;
use super::context::STREETS;
use super::label::Label;
use super::lexicon::cues::known_name;
use super::lexicon::{lists_of_tokens, List};
use super::numeric::is_calendar_word;
use super::repair::{insert_name, label_token, name_at, replace_names, Span};

/// Words before "Co" that make it a county's ("Tuam, Co Galway", "in Co Kerry"), not the end of
/// a company's name ("Ford Motor Co").
const BEFORE_COUNTY: &[&str] = &[
    ",",
    "in",
    "of",
    "from",
    "near",
    "at",
    "across",
    "throughout",
];

/// Ireland's counties named for their towns or by a plain word, which the county list leaves to
/// the town lists: "Co Galway", "Co Down".
const TOWNS_COUNTIES: &[&str] = &["Galway", "Cork", "Dublin", "Derry", "Londonderry", "Down"];

/// "Tuam, Co Galway", "in Co. Kerry": "Co" and the county after it are one place (GPE), which
/// the tagger takes for a person or cuts at the county. `is_county` says whether a word names
/// a county.
pub fn abbreviated_counties(
    words: &[&str],
    names: &mut Vec<Span>,
    is_county: impl Fn(&str) -> bool,
) {
    for i in 1..words.len().saturating_sub(1) {
        if !matches!(words[i], "Co" | "Co.") || !BEFORE_COUNTY.contains(&words[i - 1]) {
            continue;
        }
        let county = words[i + 1];
        if !capitalised(county) || !(TOWNS_COUNTIES.contains(&county) || is_county(county)) {
            continue;
        }
        replace_names(names, (i, i + 2, Label::Gpe));
    }
}

/// Words between a town's name and its river or sea: "Southend-on-Sea", "Newcastle-under-Lyme",
/// "Weston-super-Mare".
const TOWN_LINKS: &[&str] = &["on", "upon", "under", "super", "by"];

/// "Kieran Walsh, 29, of Doncaster Road, Rotherham, has been charged": in an address, the
/// one-word name between commas after a street is its town, whatever the tagger took it for.
pub fn towns_of_addresses(words: &[&str], names: &mut Vec<Span>) {
    for k in 0..names.len() {
        let (a, b, _) = names[k];
        let street = b >= a + 2 && STREETS.contains(&words[b - 1]);
        let town = b + 1;
        if !street
            || words.get(b) != Some(&",")
            || !matches!(words.get(town + 1), Some(&("," | ".")))
            || !words.get(town).is_some_and(|w| capitalised(w))
        {
            continue;
        }
        match name_at(names, town) {
            Some(t) if names[t].0 == town && names[t].1 == town + 1 => {
                if matches!(names[t].2, Label::Org | Label::Person | Label::Norp) {
                    names[t].2 = Label::Gpe;
                }
            }
            Some(_) => {}
            None => {
                insert_name(names, (town, town + 1, Label::Gpe));
            }
        }
    }
}

/// "its Georgetown, Kentucky, plant", "in Altoona, Pennsylvania.": one or two words the tagger
/// took for a company or a person, right before a comma and a listed state (or province) that
/// a comma or the sentence's end closes, are the town of that state, unless they are a known
/// company's name.
pub fn towns_before_their_state(words: &[&str], names: &mut [Span]) {
    for k in 0..names.len().saturating_sub(1) {
        let (a, b, label) = names[k];
        let (s, e, state_label) = names[k + 1];
        let written_so = b <= a + 2
            && matches!(label, Label::Org | Label::Person)
            && words.get(b) == Some(&",")
            && s == b + 1
            && state_label == Label::Gpe
            && matches!(words.get(e), None | Some(&("," | "." | ";")))
            && lists_of_tokens(&words[s..e]) & List::State.bit() != 0;
        if written_so && known_name(&words[a..b]) != Some(Label::Org) {
            names[k].2 = Label::Gpe;
        }
    }
}

/// "near Rochdale, Lancashire.", "in Bury, Greater Manchester, on Monday": a county (by
/// `is_county`) the tagger took for a club or a person, right after a town (a GPE that is no
/// county) and a comma, and closed by the sentence's end or a comma before a lowercase word
/// (not a list of county sides: "Derby, Lancashire, Yorkshire and Kent"), is the town's county.
pub fn counties_of_towns(words: &[&str], names: &mut [Span], is_county: impl Fn(&[&str]) -> bool) {
    for k in 1..names.len() {
        let (a, b, town) = names[k - 1];
        let (c, d, label) = names[k];
        let closed = match words.get(d) {
            None | Some(&("." | ";")) => true,
            Some(&",") => words
                .get(d + 1)
                .is_some_and(|w| w.starts_with(char::is_lowercase)),
            _ => false,
        };
        let after_town = town == Label::Gpe && words.get(b) == Some(&",") && c == b + 1;
        if after_town
            && closed
            && matches!(label, Label::Org | Label::Person | Label::Norp)
            && is_county(&words[c..d])
            && !is_county(&words[a..b])
        {
            names[k].2 = Label::Gpe;
        }
    }
}

/// "Police in Dollar, Clackmannanshire, are appealing": after a word of place, one capitalised
/// word and a comma before a one-word county name (by `is_county`; the tagger names it,
/// whatever it takes it for) that a comma or the sentence's end closes are a town and its
/// county (GPE), whatever the tagger made of the town or whether it left it out.
pub fn towns_before_their_county(
    words: &[&str],
    names: &mut Vec<Span>,
    is_county: impl Fn(&[&str]) -> bool,
) {
    // Names are few: each one-word name after a comma is asked whether it is the county.
    let mut k = 0;
    while k < names.len() {
        let (c, d, _) = names[k];
        k += 1;
        if d != c + 1 || c < 3 || words[c - 1] != "," {
            continue;
        }
        let (town, county) = (words[c - 2], words[c]);
        if !capitalised(town)
            || !BEFORE_COUNTY[1..].contains(&words[c - 3])
            || !matches!(words.get(d), None | Some(&("," | "." | ";")))
            || !is_county(&[county])
            || is_county(&[town])
            // "in June, Kent Police said": a month is no town.
            || is_calendar_word(town)
        {
            continue;
        }
        let town_alone = match name_at(names, c - 2) {
            None => true,
            Some(t) => names[t].0 == c - 2 && names[t].1 == c - 1,
        };
        if town_alone {
            names[k - 1].2 = Label::Gpe;
            replace_names(names, (c - 2, c - 1, Label::Gpe));
        }
    }
}

/// "Leigh-on-Sea", "Stratford-upon-Avon": one hyphened word of capitalised parts linked by "on",
/// "upon", "under", "super" or "by" is a town, whatever the tagger made of it.
pub fn hyphened_towns(words: &[&str], names: &mut Vec<Span>) {
    for (j, w) in words.iter().enumerate() {
        // The capital first (one byte), then a plain byte scan for the hyphen.
        if !capitalised(w) || !w.bytes().any(|b| b == b'-') || !is_hyphened_town(w) {
            continue;
        }
        label_token(names, j, Label::Gpe);
    }
}

fn is_hyphened_town(w: &str) -> bool {
    let parts: Vec<&str> = w.split('-').collect();
    parts.len() >= 3
        && capitalised(parts[0])
        && capitalised(parts[parts.len() - 1])
        && parts[1..parts.len() - 1]
            .iter()
            .any(|p| TOWN_LINKS.contains(p))
        && parts.iter().all(|p| {
            TOWN_LINKS.contains(p) || matches!(*p, "the" | "le" | "de" | "la") || capitalised(p)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_town_before_its_county_is_one_whatever_the_tagger_did() {
        let words = ["Police", "in", "Dollar", ",", "Fife", ",", "said"];
        let mut names = vec![(4, 5, Label::Org)];
        towns_before_their_county(&words, &mut names, |n| n == ["Fife"]);
        assert_eq!(names, [(2, 3, Label::Gpe), (4, 5, Label::Gpe)]);
        let words = ["in", "June", ",", "Fife", "said"];
        let mut names = vec![(3, 4, Label::Org)];
        towns_before_their_county(&words, &mut names, |n| n == ["Fife"]);
        assert_eq!(names, [(3, 4, Label::Org)]);
    }

    #[test]
    fn a_town_before_its_state_and_a_comma_is_a_place() {
        let words = ["its", "Georgetown", ",", "Kentucky", ",", "plant"];
        let mut names = vec![(1, 2, Label::Org), (3, 4, Label::Gpe)];
        towns_before_their_state(&words, &mut names);
        assert_eq!(names[0].2, Label::Gpe);
        // Not when the state runs on into more words: "Kentucky Fried Chicken".
        let words = ["Smith", ",", "Kentucky", "Fried", "Chicken"];
        let mut names = vec![(0, 1, Label::Person), (2, 5, Label::Org)];
        towns_before_their_state(&words, &mut names);
        assert_eq!(names[0].2, Label::Person);
    }

    #[test]
    fn a_county_after_its_town_is_a_place() {
        let county = |name: &[&str]| matches!(name, ["Lancashire"] | ["Yorkshire"]);
        let run = |text: &str, names: &[Span]| {
            let words: Vec<&str> = text.split(' ').collect();
            let mut names = names.to_vec();
            counties_of_towns(&words, &mut names, county);
            names[1].2
        };
        let pair = [(1, 2, Label::Gpe), (3, 4, Label::Org)];
        assert_eq!(run("near Rochdale , Lancashire .", &pair), Label::Gpe);
        assert_eq!(run("near Rochdale , Lancashire , on", &pair), Label::Gpe);
        // A list of county sides goes on with capitals.
        assert_eq!(run("Derby , Lancashire , Yorkshire", &pair), Label::Org);
    }

    #[test]
    fn hyphened_towns_need_a_link_and_capitals_at_both_ends() {
        assert!(is_hyphened_town("Leigh-on-Sea"));
        assert!(is_hyphened_town("Stratford-upon-Avon"));
        assert!(is_hyphened_town("Weston-super-Mare"));
        assert!(!is_hyphened_town("Rolls-Royce"));
        assert!(!is_hyphened_town("Made-in-China"));
        assert!(!is_hyphened_town("Hands-on"));
    }

    #[test]
    fn the_town_of_an_address_follows_its_street() {
        let words: Vec<&str> = "Walsh , of Doncaster Road , Rotherham , has"
            .split(' ')
            .collect();
        let mut names = vec![
            (0, 1, Label::Person),
            (3, 5, Label::Facility),
            (6, 7, Label::Org),
        ];
        towns_of_addresses(&words, &mut names);
        assert_eq!(names[2], (6, 7, Label::Gpe));
    }
}
