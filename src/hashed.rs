//! A read-only table keyed by 64-bit hashes that are already well mixed: the token and phrase
//! hashes of `entities::tagger::hash`, whose last step is a multiplication. The rules ask the
//! word lists about most names and many tokens of a story; a general hash map hashes such a
//! key again and probes a group of control bytes, where this table takes the key's top bits as
//! its slot and compares keys directly.

use std::collections::HashMap;
use std::hash::BuildHasher;

/// Linear probing over a power-of-two array at most half full; 0 marks an empty slot, so a
/// key of 0 (a one in 2^64 hash) is kept apart.
#[derive(Debug, Clone)]
pub struct HashIndex<V> {
    keys: Vec<u64>,
    /// `Some` wherever `keys` holds a key.
    values: Vec<Option<V>>,
    /// `64 - log2(keys.len())`: a key's first slot is its top bits.
    shift: u32,
    zero: Option<V>,
}

impl<V: Clone> HashIndex<V> {
    /// The table of a finished map (its keys are distinct, so nothing is overwritten).
    pub fn from_map<S: BuildHasher>(map: HashMap<u64, V, S>) -> Self {
        let mut bits = 4;
        while (1usize << bits) < map.len().saturating_mul(2) {
            bits += 1;
        }
        let mut table = HashIndex {
            keys: vec![0; 1 << bits],
            values: vec![None; 1 << bits],
            shift: 64 - bits,
            zero: None,
        };
        let mask = table.keys.len() - 1;
        for (key, value) in map {
            if key == 0 {
                table.zero = Some(value);
                continue;
            }
            let mut i = (key >> table.shift) as usize;
            while table.keys[i] != 0 {
                i = (i + 1) & mask;
            }
            table.keys[i] = key;
            table.values[i] = Some(value);
        }
        table
    }
}

impl<V> HashIndex<V> {
    /// The value of `key`, if present.
    #[inline]
    pub fn get(&self, key: u64) -> Option<&V> {
        if key == 0 {
            return self.zero.as_ref();
        }
        let mask = self.keys.len() - 1;
        let mut i = (key >> self.shift) as usize;
        loop {
            let k = *self.keys.get(i)?;
            if k == key {
                return self.values.get(i)?.as_ref();
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }
}

/// A filter in front of a table of well-mixed hashes: a bit for each held hash's top
/// `FILTER_BITS` bits. A hash whose bit is clear is surely not held, which most words of a
/// sentence show without the table's look-up; a set bit only says "perhaps".
#[derive(Debug, Clone)]
pub struct HashFilter {
    bits: [u64; 1 << (FILTER_BITS - 6)],
}

const FILTER_BITS: u32 = 12;

impl Default for HashFilter {
    fn default() -> Self {
        HashFilter {
            bits: [0; 1 << (FILTER_BITS - 6)],
        }
    }
}

impl HashFilter {
    /// The word of `bits` and the bit in it for this hash.
    #[inline(always)]
    fn slot(h: u64) -> (usize, u64) {
        let top = (h >> (64 - FILTER_BITS)) as usize;
        (top >> 6, 1 << (top & 63))
    }

    pub fn insert(&mut self, h: u64) {
        let (word, bit) = Self::slot(h);
        self.bits[word] |= bit;
    }

    /// False only when no inserted hash shares this one's top bits.
    #[inline(always)]
    pub fn may_hold(&self, h: u64) -> bool {
        let (word, bit) = Self::slot(h);
        self.bits[word] & bit != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tagger::hash::str_hash;

    #[test]
    fn finds_what_the_map_held() {
        let mut map: HashMap<u64, u32> = HashMap::new();
        for i in 0..1000u32 {
            map.insert(str_hash(&format!("w{i}")), i);
        }
        // Keys that share their top bits, and the empty-slot marker as a key.
        map.insert(7, 7001);
        map.insert(8, 7002);
        map.insert(0, 7000);
        let table = HashIndex::from_map(map.clone());
        for (k, v) in &map {
            assert_eq!(table.get(*k), Some(v));
        }
        assert_eq!(table.get(str_hash("absent")), None);
        assert_eq!(table.get(9), None);
        let empty: HashIndex<u32> = HashIndex::from_map(HashMap::<u64, u32>::new());
        assert_eq!(empty.get(0), None);
        assert_eq!(empty.get(5), None);
    }

    #[test]
    fn a_filter_holds_every_inserted_hash() {
        let mut filter = HashFilter::default();
        let held: Vec<u64> = (0..300).map(|i| str_hash(&format!("w{i}"))).collect();
        held.iter().for_each(|&h| filter.insert(h));
        assert!(held.iter().all(|&h| filter.may_hold(h)));
        assert!(!HashFilter::default().may_hold(str_hash("absent")));
    }
}
