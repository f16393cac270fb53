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

/// Linear in the sentence: region phrases are found first, then names are merged with them
/// in one sweep (both lists are sorted and disjoint).
fn regions(words: &[&str], names: &mut Vec<Span>) {
    let mut hits: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let longest = MAX_REGION.min(words.len() - i);
        // Regions start with a capital: test that once, not once per phrase length.
        let hit = if capitalised(words[i]) {
            (2..=longest).rev().find(|&n| {
                capitalised(words[i + n - 1])
                    && lists_of_tokens(&words[i..i + n]) & List::Region.bit() != 0
            })
        } else {
            None
        };
        match hit {
            Some(n) => {
                hits.push((i, i + n));
                i += n;
            }
            None => i += 1,
        }
    }
    if hits.is_empty() {
        return;
    }
    names.sort_by_key(|&(s, _, _)| s);
    let mut out: Vec<Span> = Vec::with_capacity(names.len() + hits.len());
    let mut k = 0;
    for &(a, b) in &hits {
        // Names wholly before this phrase pass through.
        while k < names.len() && names[k].1 <= a {
            out.push(names[k]);
            k += 1;
        }
        // Names touching the phrase: replace them if they all lie inside it.
        let first = k;
        while k < names.len() && names[k].0 < b {
            k += 1;
        }
        let touching = &names[first..k];
        if touching.iter().all(|&(s, e, _)| s >= a && e <= b) {
            out.push((a, b, Label::Loc));
        } else {
            out.extend_from_slice(touching);
        }
    }
    out.extend_from_slice(&names[k..]);
    *names = out;
}

fn nationality_bodies(words: &[&str], names: &mut Vec<Span>) {
    let mut out: Vec<Span> = Vec::with_capacity(names.len());
    let mut k = 0;
    while k < names.len() {
        let (a, b, la) = names[k];
        if let Some(&(c, d, lb)) = names.get(k + 1) {
            let nationality = la == Label::Norp
                && b == c
                && lists_of_tokens(&words[a..b]) & List::Nationality.bit() != 0;
            let body = matches!(lb, Label::Org | Label::Gpe | Label::Loc | Label::Facility)
                && words[c..d].iter().any(|w| GOVERNMENT_BODIES.contains(w));
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

    #[test]
    fn lexicon_region_replaces_pieces() {
        let w = ["left", "the", "Sea", "of", "Japan", "."];
        let mut names = vec![(2, 3, Label::Loc), (4, 5, Label::Gpe)];
        repair(&w, &mut names);
        assert_eq!(names, vec![(2, 5, Label::Loc)]);
        // A longer name holding the phrase stands.
        let w = ["the", "Sea", "of", "Japan", "Fisheries", "Agency"];
        let mut names = vec![(1, 6, Label::Org)];
        repair(&w, &mut names);
        assert_eq!(names, vec![(1, 6, Label::Org)]);
        let w = ["Sea", "of", "Japan", "and", "Tokyo"];
        let mut names = vec![(4, 5, Label::Gpe)];
        repair(&w, &mut names);
        assert_eq!(names, vec![(0, 3, Label::Loc), (4, 5, Label::Gpe)]);
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
