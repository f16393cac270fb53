//! What the tagger knows about one token on its own: hashes of its form, lowercase form, shape
//! and affixes, and casing flags. Computed once per token, without allocating.

use super::hash::{self, lower_hash, mix, str_hash, LOWER_SEED};

pub const INIT_CAP: u16 = 1;
pub const ALL_CAPS: u16 = 1 << 1;
pub const HAS_DIGIT: u16 = 1 << 2;
pub const ALL_DIGITS: u16 = 1 << 3;
pub const PUNCT: u16 = 1 << 4;
pub const HAS_HYPHEN: u16 = 1 << 5;
pub const HAS_PERIOD: u16 = 1 << 6;
pub const ALL_LOWER: u16 = 1 << 7;
pub const HAS_ALPHA: u16 = 1 << 8;
pub const MIXED_CAPS: u16 = 1 << 9;
/// The lowercase form is a surname particle ("van", "de"): `plain::mark` never marks it.
/// Kept with the token's facts, which the tagger remembers per string, so the particle table
/// is asked once per string rather than at every occurrence.
pub const PARTICLE: u16 = 1 << 10;

/// Longest shape kept; a longer token's shape is its first characters' shape.
const SHAPE_MAX: usize = 24;

#[derive(Debug, Clone, Copy, Default)]
pub struct TokenInfo {
    pub word: u64,
    pub lower: u64,
    pub shape: u64,
    pub short_shape: u64,
    pub prefix: [u64; 4],
    pub suffix: [u64; 4],
    pub flags: u16,
    /// The word's own lexicon entry (`lexicon::word_entry` of `lower`). Kept with the facts
    /// the tagger remembers per string, so the lexicon is asked once per string rather than
    /// once per story; it fits in what was the struct's padding.
    pub entry: Option<(u16, bool)>,
}

impl TokenInfo {
    pub fn new(s: &str) -> TokenInfo {
        let mut shape = [0u8; SHAPE_MAX];
        let mut shape_len = 0;
        let mut short = [0u8; SHAPE_MAX];
        let mut short_len = 0;
        let mut run = 0;
        let (mut upper, mut lower, mut digit, mut alpha, mut other) = (0, 0, 0, 0, 0);
        let mut flags = 0u16;
        for c in s.chars() {
            let class = if c.is_uppercase() {
                upper += 1;
                alpha += 1;
                b'X'
            } else if c.is_alphabetic() {
                lower += 1;
                alpha += 1;
                b'x'
            } else if c.is_ascii_digit() || c.is_numeric() {
                digit += 1;
                b'd'
            } else {
                other += 1;
                if c == '-' {
                    flags |= HAS_HYPHEN;
                } else if c == '.' {
                    flags |= HAS_PERIOD;
                }
                if c.is_ascii() {
                    c as u8
                } else {
                    b'*'
                }
            };
            // Long shapes keep runs of at most four, short shapes collapse runs to one.
            if short_len > 0 && short[short_len - 1] == class {
                run += 1;
            } else {
                run = 1;
                if short_len < SHAPE_MAX {
                    short[short_len] = class;
                    short_len += 1;
                }
            }
            if run <= 4 && shape_len < SHAPE_MAX {
                shape[shape_len] = class;
                shape_len += 1;
            }
        }
        let first_upper = s.chars().next().is_some_and(char::is_uppercase);
        if first_upper {
            flags |= INIT_CAP;
        }
        if upper > 0 && lower == 0 {
            flags |= ALL_CAPS;
        }
        if lower > 0 && upper == 0 {
            flags |= ALL_LOWER;
        }
        if upper > 0 && lower > 0 && !(first_upper && upper == 1) {
            flags |= MIXED_CAPS;
        }
        if digit > 0 {
            flags |= HAS_DIGIT;
            if alpha == 0 && other == 0 {
                flags |= ALL_DIGITS;
            }
        }
        if alpha > 0 {
            flags |= HAS_ALPHA;
        }
        if alpha == 0 && digit == 0 && other > 0 {
            flags |= PUNCT;
        }
        let mut prefix = [0u64; 4];
        let mut suffix = [0u64; 4];
        let mut lowered = [0u8; 64];
        let lower;
        if s.is_ascii() && s.len() <= lowered.len() {
            // Fast path: lowercase once, then hash byte slices (each byte is a character).
            let low = &mut lowered[..s.len()];
            low.copy_from_slice(s.as_bytes());
            low.make_ascii_lowercase();
            for k in 0..4.min(s.len()) {
                prefix[k] = hash::bytes(LOWER_SEED, &low[..k + 1]);
                suffix[k] = hash::bytes(LOWER_SEED, &low[s.len() - k - 1..]);
            }
            // What `lower_hash` computes for short ASCII, from the copy already lowercased.
            lower = hash::bytes(LOWER_SEED, low);
        } else {
            lower = lower_hash(s);
            for (k, (i, c)) in s.char_indices().take(4).enumerate() {
                prefix[k] = lower_hash(&s[..i + c.len_utf8()]);
            }
            for (k, (i, _)) in s.char_indices().rev().take(4).enumerate() {
                suffix[k] = lower_hash(&s[i..]);
            }
        }
        if super::plain::is_particle(lower) {
            flags |= PARTICLE;
        }
        TokenInfo {
            word: str_hash(s),
            lower,
            shape: hash::bytes(7, &shape[..shape_len]),
            short_shape: hash::bytes(11, &short[..short_len]),
            prefix,
            suffix,
            flags,
            entry: crate::entities::lexicon::word_entry(lower),
        }
    }

    pub fn has(&self, flag: u16) -> bool {
        self.flags & flag != 0
    }

    /// A hash of the casing class alone, for conjunctions with sentence-level cues.
    pub fn case_class(&self) -> u64 {
        mix(
            13,
            (self.flags & (INIT_CAP | ALL_CAPS | ALL_LOWER | MIXED_CAPS | HAS_DIGIT | PUNCT))
                as u64,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_group_similar_words() {
        assert_eq!(
            TokenInfo::new("Kono").short_shape,
            TokenInfo::new("Madden").short_shape
        );
        assert_eq!(TokenInfo::new("Kono").shape, TokenInfo::new("Paul").shape);
        assert_ne!(TokenInfo::new("Kono").shape, TokenInfo::new("KONO").shape);
        assert_eq!(
            TokenInfo::new("1996-08-22").short_shape,
            TokenInfo::new("2017-09-04").short_shape
        );
    }

    #[test]
    fn flags_describe_casing() {
        assert!(TokenInfo::new("TOKYO").has(ALL_CAPS));
        assert!(TokenInfo::new("Tokyo").has(INIT_CAP));
        assert!(TokenInfo::new("McDonald").has(MIXED_CAPS));
        assert!(TokenInfo::new("1,200").has(HAS_DIGIT));
        assert!(TokenInfo::new("--").has(PUNCT));
        assert!(TokenInfo::new("").flags == 0);
    }

    #[test]
    fn affixes_match_slow_path() {
        let t = TokenInfo::new("Ministry");
        assert_eq!(t.prefix[2], lower_hash("min"));
        assert_eq!(t.suffix[3], lower_hash("stry"));
        assert_eq!(TokenInfo::new("ab").prefix[2], 0);
    }

    #[test]
    fn lower_matches_lower_hash() {
        for w in ["", "kono", "Kono", "TOKYO", "ÉLYSÉE", &"X".repeat(70)] {
            assert_eq!(TokenInfo::new(w).lower, lower_hash(w), "{w}");
        }
    }

    #[test]
    fn affixes_ignore_case() {
        let a = TokenInfo::new("Ministry");
        let b = TokenInfo::new("MINISTRY");
        assert_eq!(a.suffix, b.suffix);
        assert_eq!(a.prefix, b.prefix);
        assert_eq!(a.lower, b.lower);
    }
}
