//! Restaurants, pubs and hotels described in apposition: "Sorrel, her Harrogate restaurant,",
//! "Quay, Peter Gilmore's harbourside restaurant,", "Chapter One, the Parnell Square
//! restaurant run by ...". Their names are common words ("Quay", "Sorrel") or a number's
//! ("Chapter One"), which the tagger leaves out or takes for a person; the kind word after the
//! comma says it is a business (ORG, as OntoNotes marks restaurants).

use super::casing::capitalised;
use super::label::Label;
use super::repair::{insert_name, Span};

/// Kinds of eating, drinking and staying place, closing the apposition.
const EATERIES: &[&str] = &[
    "restaurant",
    "bistro",
    "brasserie",
    "cafe",
    "café",
    "pub",
    "gastropub",
    "bar",
    "hotel",
    "bakery",
    "deli",
    "eatery",
    "steakhouse",
    "pizzeria",
];

/// Determiners that open the apposition: "the", "her", "their".
const OPENERS: &[&str] = &["the", "a", "an", "her", "his", "their", "its"];

/// Words that may follow the kind word when it heads the apposition: "restaurant, has",
/// "restaurant run by", "restaurant in Leeds"; not "restaurant critic".
const AFTER_THE_KIND: &[&str] = &[
    ",", ".", "run", "owned", "in", "on", "which", "that", "where",
];

/// The most words between the opener and the kind word: "the Parnell Square".
const MAX_MODIFIERS: usize = 4;

/// The longest name taken, in words.
const MAX_NAME: usize = 3;

/// Labels ORG the name before a comma and an apposition headed by an eatery's word, whether
/// the tagger took it for something else (not a person with a first name: "Jane Lee, the
/// restaurant's owner" is no restaurant) or left it out. `is_personal`: a first name.
pub fn eateries_in_apposition(
    words: &[&str],
    names: &mut Vec<Span>,
    is_personal: impl Fn(&str) -> bool,
) {
    for c in 1..words.len().saturating_sub(3) {
        if words[c] != "," || !headed_by_eatery(words, c + 1, names) {
            continue;
        }
        match names.iter().position(|s| s.1 == c) {
            Some(k) => {
                let (a, _, label) = names[k];
                let person = label == Label::Person && is_personal(words[a]);
                if !person && label.is_name() {
                    names[k].2 = Label::Org;
                    continue;
                }
                // "Chapter One": a number that ends a capitalised name is the name's.
                if !label.is_name()
                    && a > 0
                    && capitalised(words[a - 1])
                    && words[a - 1].chars().all(char::is_alphabetic)
                {
                    let start = a - 1;
                    if names.iter().all(|s| s.1 <= start || s.0 >= a) {
                        names[k] = (start, c, Label::Org);
                    }
                }
            }
            None => {
                // One to three capitalised words of letters no name holds, opening the sentence
                // or after a lowercase word.
                let a = (c.saturating_sub(MAX_NAME)..c).find(|&a| {
                    (a == 0 || words[a - 1].starts_with(char::is_lowercase))
                        && words[a..c]
                            .iter()
                            .all(|w| capitalised(w) && w.chars().all(char::is_alphabetic))
                });
                if let Some(a) = a {
                    if !names.iter().any(|s| s.0 < c && s.1 > a) {
                        insert_name(names, (a, c, Label::Org));
                    }
                }
            }
        }
    }
}

/// Whether an apposition opening at `from` is headed by an eatery's word: an opener or a
/// person's "'s", a few modifiers, the kind word, and a word that ends the head.
fn headed_by_eatery(words: &[&str], from: usize, names: &[Span]) -> bool {
    let start = if OPENERS.contains(&words[from]) {
        from + 1
    } else {
        // "Quay, Peter Gilmore's harbourside restaurant".
        match names.iter().find(|s| s.0 == from && s.2 == Label::Person) {
            Some(&(_, b, _)) if matches!(words.get(b), Some(&("'s" | "’s"))) => b + 1,
            _ => return false,
        }
    };
    let end = words.len().min(start + MAX_MODIFIERS + 1);
    let Some(kind) = (start..end)
        .take_while(|&j| words[j] != ",")
        .find(|&j| EATERIES.contains(&words[j]))
    else {
        return false;
    };
    words
        .get(kind + 1)
        .is_some_and(|w| AFTER_THE_KIND.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, names: &[Span]) -> Vec<Span> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        eateries_in_apposition(&words, &mut names, |w| w == "Jane");
        names
    }

    #[test]
    fn a_name_before_an_eaterys_apposition_is_the_business() {
        assert_eq!(
            run(
                "Sorrel , her Harrogate restaurant , earned",
                &[(3, 4, Label::Gpe)]
            ),
            [(0, 1, Label::Org), (3, 4, Label::Gpe)]
        );
        assert_eq!(
            run(
                "Quay , Peter Gilmore 's harbourside restaurant , has",
                &[(2, 4, Label::Person)]
            ),
            [(0, 1, Label::Org), (2, 4, Label::Person)]
        );
        assert_eq!(
            run(
                "Chapter One , the Parnell Square restaurant run by",
                &[(1, 2, Label::Cardinal), (4, 6, Label::Facility)]
            ),
            [(0, 2, Label::Org), (4, 6, Label::Facility)]
        );
    }

    #[test]
    fn people_and_critics_stay() {
        let names = [(0, 2, Label::Person)];
        assert_eq!(
            run("Jane Lee , the restaurant critic , said", &names),
            names
        );
        assert_eq!(run("Jane Lee , her restaurant , closed", &names), names);
    }
}
