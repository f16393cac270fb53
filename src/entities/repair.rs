//! Repairs to the tagger's names that follow OntoNotes where CoNLL annotates differently, or
//! where a hand-written lexicon is surer than the tagger: a multi-word region from the lexicon
//! ("Sea of Japan") replaces the pieces the tagger found in it, and a nationality directly
//! before a government body joins it ("Chinese" + "Foreign Ministry" is one ORG in OntoNotes,
//! two names in CoNLL).

use super::label::Label;
use super::lexicon::{lists_of_tokens, List};

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

/// A name within a sentence: token range and label.
pub type Span = (usize, usize, Label);

/// Longest lexicon phrase the region rule tries.
const MAX_REGION: usize = 5;

pub fn repair(words: &[&str], names: &mut Vec<Span>) {
    regions(words, names);
    nationality_bodies(words, names);
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn regions(words: &[&str], names: &mut Vec<Span>) {
    let mut i = 0;
    while i < words.len() {
        let longest = MAX_REGION.min(words.len() - i);
        let hit = (2..=longest).rev().find(|&n| {
            capitalised(words[i])
                && capitalised(words[i + n - 1])
                && lists_of_tokens(&words[i..i + n]) & List::Region.bit() != 0
        });
        let Some(n) = hit else {
            i += 1;
            continue;
        };
        let (a, b) = (i, i + n);
        // Only replace names wholly inside the phrase; a longer name that holds it stands.
        let holds = names.iter().any(|&(s, e, _)| s <= a && e >= b && e - s > n);
        let crosses = names
            .iter()
            .any(|&(s, e, _)| s < b && e > a && (s < a || e > b));
        if !holds && !crosses {
            names.retain(|&(s, e, _)| e <= a || s >= b);
            names.push((a, b, Label::Loc));
            names.sort_by_key(|&(s, _, _)| s);
        }
        i = b;
    }
}

fn nationality_bodies(words: &[&str], names: &mut Vec<Span>) {
    let mut k = 0;
    while k + 1 < names.len() {
        let (a, b, la) = names[k];
        let (c, d, lb) = names[k + 1];
        let nationality = la == Label::Norp
            && b == c
            && lists_of_tokens(&words[a..b]) & List::Nationality.bit() != 0;
        let body = matches!(lb, Label::Org | Label::Gpe | Label::Loc | Label::Facility)
            && words[c..d].iter().any(|w| GOVERNMENT_BODIES.contains(w));
        if nationality && body {
            names[k] = (a, d, Label::Org);
            names.remove(k + 1);
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_region_replaces_pieces() {
        let w = ["left", "the", "Sea", "of", "Japan", "."];
        let mut names = vec![(2, 3, Label::Loc), (4, 5, Label::Gpe)];
        repair(&w, &mut names);
        assert_eq!(names, vec![(2, 5, Label::Loc)]);
    }

    #[test]
    fn nationality_joins_government_body() {
        let w = ["The", "Chinese", "Foreign", "Ministry", "said"];
        let mut names = vec![(1, 2, Label::Norp), (2, 4, Label::Org)];
        repair(&w, &mut names);
        assert_eq!(names, vec![(1, 4, Label::Org)]);
        let w = ["Chinese", "Taro", "Kono"];
        let mut names = vec![(0, 1, Label::Norp), (1, 3, Label::Person)];
        repair(&w, &mut names);
        assert_eq!(names.len(), 2);
    }
}
