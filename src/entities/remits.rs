//! Bodies named for what they are for: "UN Office for the Coordination of Humanitarian
//! Affairs", "Federal Office for the Protection of the Constitution", "Commission for Racial
//! Equality". The tagger, which learned from 1996 wire copy, stops the body at "for" and takes
//! its remit for another name, or for nothing; body and remit are one ORG.

use super::label::Label;
use super::numeric::is_calendar_word;
use super::repair::{crosses, replace_names, Span};
use super::works::title_end;

/// Last words of a body's name that its remit follows.
const BODIES: &[&str] = &[
    "Office",
    "Commission",
    "Commissioner",
    "Agency",
    "Council",
    "Centre",
    "Center",
    "Institute",
    "Ministry",
    "Department",
    "Authority",
    "Committee",
    "Directorate",
    "Board",
    "Fund",
    "Foundation",
    "Secretariat",
    "Bureau",
    "Alliance",
    "Coalition",
    "Organisation",
    "Organization",
    "Tribunal",
];

/// Small words inside a remit: "Protection of the Constitution", "Science and Technology".
/// ("in" and "on" lead to where the body sits: "Commission for Africa in Cape Town".)
const REMIT_SMALL_WORDS: &[&str] = &["of", "the", "and", "&"];

/// Joins each organisation ending in a body's word, "for" (perhaps "the") and the run of
/// capitalised words after it into one ORG, over the names the tagger found in the run. A run
/// that is one place names where the body works, not what for ("the Commission for Wales"
/// joins, being a body's full name, but only when the tagger already took it whole).
pub fn bodies_for_their_remits(words: &[&str], names: &mut Vec<Span>) {
    let mut k = 0;
    while k < names.len() {
        let (a, b, label) = names[k];
        k += 1;
        if label != Label::Org || !BODIES.contains(&words[b - 1]) || words.get(b) != Some(&"for") {
            continue;
        }
        let start = if words.get(b + 1) == Some(&"the") {
            b + 2
        } else {
            b + 1
        };
        // "figures from the Commerce Department for November" give a date, not a remit.
        if words.get(start).is_none_or(|w| is_calendar_word(w)) {
            continue;
        }
        let Some(end) = title_end(words, start, REMIT_SMALL_WORDS) else {
            continue;
        };
        // Names inside the remit give way; one reaching past it, or a lone place, stands.
        let place = names.contains(&(start, end, Label::Gpe));
        if place || crosses(names, start, end) {
            continue;
        }
        k = replace_names(names, (a, end, Label::Org)) + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(text: &str, names: &[Span]) -> Vec<Span> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        bodies_for_their_remits(&words, &mut names);
        names
    }

    #[test]
    fn a_body_and_its_remit_are_one() {
        let got = joined(
            "the UN Office for the Coordination of Humanitarian Affairs said",
            &[(1, 3, Label::Org), (5, 9, Label::Org)],
        );
        assert_eq!(got, [(1, 9, Label::Org)]);
        let got = joined(
            "the Federal Office for the Protection of the Constitution said",
            &[(1, 3, Label::Org), (8, 9, Label::Norp)],
        );
        assert_eq!(got, [(1, 9, Label::Org)]);
    }

    #[test]
    fn a_place_or_a_lowercase_phrase_is_no_remit() {
        let names = [(1, 3, Label::Org), (5, 6, Label::Gpe)];
        assert_eq!(
            joined("the British Council for the Netherlands said", &names),
            names
        );
        let names = [(1, 2, Label::Org)];
        assert_eq!(joined("the Committee for the first time", &names), names);
    }
}
