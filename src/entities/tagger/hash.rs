//! Feature hashing without building strings: an FxHash-style multiply-rotate mixer fed with the
//! pieces of a feature (template id, token hashes, bytes) one at a time.

use crate::packed::load_le;

/// The multiplier used by rustc's FxHasher; cheap and good enough for feature buckets.
const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// Mixes one 64-bit piece into a running hash.
#[inline(always)]
pub fn mix(h: u64, piece: u64) -> u64 {
    (h.rotate_left(5) ^ piece).wrapping_mul(SEED)
}

/// Hashes a byte string; used for token forms, affixes and lexicon entries.
#[inline]
pub fn bytes(mut h: u64, data: &[u8]) -> u64 {
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let mut b = [0u8; 8];
        b.copy_from_slice(c);
        h = mix(h, u64::from_le_bytes(b));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // The length keeps "ab" and "ab\0" apart.
        h = mix(h, load_le(rest) ^ ((rest.len() as u64) << 60));
    }
    mix(h, data.len() as u64)
}

/// The seed of `str_hash` and `lower_hash`.
pub const LOWER_SEED: u64 = 0x9e37_79b9_7f4a_7c15;

/// Hashes a string with a fixed seed.
#[inline]
pub fn str_hash(s: &str) -> u64 {
    bytes(LOWER_SEED, s.as_bytes())
}

/// Every byte's top bit: set in a word of eight bytes iff one of them is not ASCII.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
const ONES: u64 = 0x0101_0101_0101_0101;

/// Lowercases eight ASCII bytes at once (no byte may have its top bit set). Adding
/// `0x80 - b'A'` to a byte sets its top bit iff the byte is at least 'A', adding
/// `0x80 - b'Z' - 1` iff it is past 'Z'; no sum carries into the next byte.
#[inline(always)]
fn ascii_lowercase_word(x: u64) -> u64 {
    let from_a = x + ONES * (0x80 - b'A' as u64);
    let past_z = x + ONES * (0x80 - b'Z' as u64 - 1);
    let upper = from_a & !past_z & HIGH_BITS;
    x | upper >> 2
}

/// Hashes the lowercase form of a string without allocating it: equal to `str_hash` of
/// `s.to_lowercase()` (char by char). The rules call it for most tokens they test, so ASCII
/// text is lowercased and hashed eight bytes at a time, in the same pieces `bytes` hashes.
///
/// A word of up to eight bytes (most tokens) is hashed inline, in a few instructions fewer
/// than the call would cost; longer ones go out of line.
#[inline(always)]
pub fn lower_hash(s: &str) -> u64 {
    let data = s.as_bytes();
    if data.len() > 8 {
        return lower_hash_long(s);
    }
    let x = load_le(data);
    if x & HIGH_BITS != 0 {
        return lower_hash_unicode(s);
    }
    // As `lower_hash_long` hashes it: a whole piece of eight, or a remainder marked with its
    // length, then the length.
    let h = match data.len() {
        0 => LOWER_SEED,
        8 => mix(LOWER_SEED, ascii_lowercase_word(x)),
        n => mix(LOWER_SEED, ascii_lowercase_word(x) ^ ((n as u64) << 60)),
    };
    mix(h, data.len() as u64)
}

/// `lower_hash` of any string, eight bytes at a time.
#[inline(never)]
fn lower_hash_long(s: &str) -> u64 {
    let data = s.as_bytes();
    let mut h = LOWER_SEED;
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let mut b = [0u8; 8];
        b.copy_from_slice(c);
        let x = u64::from_le_bytes(b);
        if x & HIGH_BITS != 0 {
            return lower_hash_unicode(s);
        }
        h = mix(h, ascii_lowercase_word(x));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let x = load_le(rest);
        if x & HIGH_BITS != 0 {
            return lower_hash_unicode(s);
        }
        h = mix(h, ascii_lowercase_word(x) ^ ((rest.len() as u64) << 60));
    }
    mix(h, data.len() as u64)
}

/// `lower_hash` of a string with a character outside ASCII.
#[cold]
fn lower_hash_unicode(s: &str) -> u64 {
    // Lowercase char by char into a reused stack buffer, flushing
    // through the hasher in fixed-size pieces so the result equals hashing the whole string.
    let mut h = 0x9e37_79b9_7f4a_7c15;
    let mut len = 0usize;
    let mut fill = 0usize;
    let mut chunk = [0u8; 8];
    let mut enc = [0u8; 4];
    for c in s.chars().flat_map(char::to_lowercase) {
        for &b in c.encode_utf8(&mut enc).as_bytes() {
            chunk[fill] = b;
            fill += 1;
            len += 1;
            if fill == 8 {
                h = mix(h, u64::from_le_bytes(chunk));
                fill = 0;
                chunk = [0u8; 8];
            }
        }
    }
    if fill > 0 {
        h = mix(h, u64::from_le_bytes(chunk) ^ ((fill as u64) << 60));
    }
    mix(h, len as u64)
}

/// Final avalanche before taking the top bits as a bucket index.
#[inline(always)]
pub fn bucket(h: u64, bits: u32) -> u32 {
    let x = (h ^ (h >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    (x >> (64 - bits)) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_hash_matches_hash_of_lowercase() {
        for s in [
            "Kono",
            "TOKYO",
            "ÉLYSÉE",
            "İstanbul",
            "a-very-long-HYPHENATED-token-of-words",
        ] {
            assert_eq!(lower_hash(s), str_hash(&s.to_lowercase()), "{s}");
        }
        let long = "X".repeat(100);
        assert_eq!(lower_hash(&long), str_hash(&long.to_lowercase()));
    }

    #[test]
    fn lower_hash_lowercases_every_ascii_byte_and_only_letters() {
        // Each byte value next to letters and the bytes around 'A', 'Z', 'a' and 'z', at every
        // position of an eight-byte piece and of a remainder.
        for b in 0u8..0x80 {
            for len in 1..=17 {
                for at in 0..len {
                    let mut bytes = vec![b'Q'; len];
                    bytes[at] = b;
                    let s = std::str::from_utf8(&bytes).unwrap();
                    assert_eq!(lower_hash(s), str_hash(&s.to_ascii_lowercase()), "{s:?}");
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn lower_hash_is_the_hash_of_the_lowercase_string(s in "\\PC{0,40}|[ -~]{0,40}") {
            let lowered: String = s.chars().flat_map(char::to_lowercase).collect();
            proptest::prop_assert_eq!(lower_hash(&s), str_hash(&lowered));
        }
    }

    #[test]
    fn load_le_equals_a_zero_padded_copy() {
        let data: Vec<u8> = (1..=8).map(|i| i * 17).collect();
        for n in 0..=8 {
            let mut b = [0u8; 8];
            b[..n].copy_from_slice(&data[..n]);
            assert_eq!(load_le(&data[..n]), u64::from_le_bytes(b), "{n}");
        }
    }

    #[test]
    fn different_strings_differ() {
        assert_ne!(str_hash("ab"), str_hash("ab\0"));
        assert_ne!(str_hash(""), str_hash("a"));
    }

    #[test]
    fn bucket_stays_in_range() {
        for i in 0..1000u64 {
            assert!(bucket(mix(1, i), 20) < (1 << 20));
        }
    }
}
