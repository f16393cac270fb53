//! Plain words: lowercase words among lowercase words, which the tagger leaves outside every
//! name without scoring them.
//!
//! About half of a news story's tokens are lowercase words whose neighbours are lowercase words
//! or punctuation ("the", "said", "would rise"). A name can hold a lowercase word ("Bank of
//! England", "Lord of the Rings", "Ludwig van Beethoven"), but then a neighbour of that word is
//! a capitalised or numeric word of the same name. A lowercase word with no such neighbour is
//! outside every name, whatever its features say, so its context features are neither hashed
//! nor looked up (the tagger's costliest step: scattered reads in a table of megabytes) and its
//! emission only allows O.
//!
//! Surname particles ("van der Walt", "de la Rúa") are never plain: two of them can stand
//! between a lowercase word and the name they open.
//!
//! A sentence with no capitalised word at all (lowercased copy, a fragment after a quote) is
//! scored in full: there the casing says nothing.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::hash::lower_hash;
use super::tags::{NUM_TAGS, OUTSIDE};
use super::token::{TokenInfo, ALL_CAPS, ALL_LOWER, INIT_CAP, PARTICLE, PUNCT};
use crate::entities::sentence_start::PARTICLES;

/// The lowercase hashes of the surname particles.
static PARTICLE_HASHES: LazyLock<HashSet<u64, foldhash::fast::FixedState>> =
    LazyLock::new(|| PARTICLES.iter().map(|p| lower_hash(p)).collect());

/// Far below any score an allowed tag reaches, and clipped by the decoder like any emission.
const SHUT: i32 = -(1 << 26);

/// The emission of a plain word: O only.
pub const OUTSIDE_ONLY: [i32; NUM_TAGS] = {
    let mut e = [SHUT; NUM_TAGS];
    e[OUTSIDE as usize] = 0;
    e
};

/// Marks in `out` the plain words of a sentence's tokens.
pub fn mark(tokens: &[TokenInfo], out: &mut Vec<bool>) {
    out.clear();
    if !tokens.iter().any(|t| t.has(INIT_CAP | ALL_CAPS)) {
        out.resize(tokens.len(), false);
        return;
    }
    let quiet = |j: Option<&TokenInfo>| j.is_none_or(|t| t.has(ALL_LOWER | PUNCT));
    out.extend(tokens.iter().enumerate().map(|(i, t)| {
        t.has(ALL_LOWER)
            && !t.has(PARTICLE)
            && quiet(i.checked_sub(1).and_then(|p| tokens.get(p)))
            && quiet(tokens.get(i + 1))
    }));
}

/// Whether a lowercase form hash (`TokenInfo::lower`) is a surname particle's.
pub fn is_particle(lower: u64) -> bool {
    PARTICLE_HASHES.contains(&lower)
}

/// Builds the particle table now rather than on first use (see `crate::warm_up`).
pub(crate) fn warm_up() {
    LazyLock::force(&PARTICLE_HASHES);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(words: &[&str]) -> Vec<bool> {
        let tokens: Vec<TokenInfo> = words.iter().map(|w| TokenInfo::new(w)).collect();
        let mut out = Vec::new();
        mark(&tokens, &mut out);
        out
    }

    #[test]
    fn lowercase_words_next_to_a_name_stay_scored() {
        let words = [
            "The", "Bank", "of", "England", "said", "the", "rate", "would", "rise", ".",
        ];
        let got = plain(&words);
        let expected = [
            false, false, false, false, false, true, true, true, true, false,
        ];
        assert_eq!(got, expected);
    }

    #[test]
    fn punctuation_is_quiet_but_numbers_are_not() {
        let got = plain(&["Kono", "said", ",", "as", "flight", "747", "left", "."]);
        assert_eq!(got, [false, false, false, true, false, false, false, false]);
    }

    #[test]
    fn surname_particles_are_scored() {
        let got = plain(&["the", "role", "went", "to", "van", "der", "Walt", "."]);
        assert_eq!(got, [true, true, true, true, false, false, false, false]);
    }

    #[test]
    fn lowercase_sentences_are_scored_in_full() {
        assert_eq!(plain(&["he", "said", "so", "."]), [false; 4]);
        assert!(plain(&[]).is_empty());
    }
}
