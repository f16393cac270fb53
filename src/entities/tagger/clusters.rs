//! Word classes learned without supervision from raw news text (see
//! `training::clusters`), stored in the model: for each lowercase word, a hierarchical cluster
//! path and how often the word is capitalised mid-sentence. Looked up by the word's hash, so
//! the table holds no strings.

/// What the raw corpus says about one lowercase word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WordClass {
    /// Leaf cluster; its top bits are the coarser clusters (see `coarse` and `middle`).
    pub leaf: u16,
    /// How often the word is capitalised mid-sentence, in buckets 0 (never) ..= 4 (always).
    pub capitalised: u8,
    /// Whether the word is usually written all in capitals (an acronym).
    pub acronym: bool,
}

/// Bits of the leaf id below the coarse and middle levels.
pub const MIDDLE_SHIFT: u32 = 3;
pub const COARSE_SHIFT: u32 = 7;

impl WordClass {
    pub fn coarse(self) -> u16 {
        self.leaf >> COARSE_SHIFT
    }
    pub fn middle(self) -> u16 {
        self.leaf >> MIDDLE_SHIFT
    }

    fn pack(self) -> u32 {
        1 << 31 | (self.acronym as u32) << 24 | (self.capitalised as u32) << 16 | self.leaf as u32
    }

    fn unpack(v: u32) -> WordClass {
        WordClass {
            leaf: v as u16,
            capitalised: (v >> 16) as u8,
            acronym: (v >> 24) & 1 == 1,
        }
    }
}

/// Open-addressing table from lowercase word hash to packed `WordClass`.
#[derive(Debug, Clone, Default)]
pub struct ClusterTable {
    keys: Vec<u64>,
    values: Vec<u32>,
    len: usize,
}

impl ClusterTable {
    pub fn with_capacity(n: usize) -> ClusterTable {
        let cap = (n * 2).next_power_of_two().max(16);
        ClusterTable {
            keys: vec![0; cap],
            values: vec![0; cap],
            len: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn slot(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 20) as usize & (self.keys.len() - 1)
    }

    pub fn insert(&mut self, key: u64, class: WordClass) {
        if self.keys.is_empty() || (self.len + 1) * 2 > self.keys.len() {
            let mut bigger = ClusterTable::with_capacity((self.len + 1) * 2);
            for (k, v) in self.iter_packed() {
                bigger.insert_packed(k, v);
            }
            *self = bigger;
        }
        self.insert_packed(key, class.pack());
    }

    fn insert_packed(&mut self, key: u64, value: u32) {
        let mask = self.keys.len() - 1;
        let mut i = self.slot(key);
        loop {
            if self.values[i] == 0 {
                self.keys[i] = key;
                self.values[i] = value;
                self.len += 1;
                return;
            }
            if self.keys[i] == key {
                self.values[i] = value;
                return;
            }
            i = (i + 1) & mask;
        }
    }

    pub fn get(&self, key: u64) -> Option<WordClass> {
        if self.keys.is_empty() {
            return None;
        }
        let mask = self.keys.len() - 1;
        let mut i = self.slot(key);
        loop {
            let v = self.values[i];
            if v == 0 {
                return None;
            }
            if self.keys[i] == key {
                return Some(WordClass::unpack(v));
            }
            i = (i + 1) & mask;
        }
    }

    fn iter_packed(&self) -> impl Iterator<Item = (u64, u32)> + '_ {
        self.keys
            .iter()
            .zip(&self.values)
            .filter(|(_, &v)| v != 0)
            .map(|(&k, &v)| (k, v))
    }

    /// Entries in a stable order (by key) for writing a reproducible model file.
    pub fn entries(&self) -> Vec<(u64, WordClass)> {
        let mut e: Vec<(u64, WordClass)> = self
            .iter_packed()
            .map(|(k, v)| (k, WordClass::unpack(v)))
            .collect();
        e.sort_unstable_by_key(|&(k, _)| k);
        e
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_and_get() {
        let mut t = ClusterTable::default();
        for k in 0..1000u64 {
            t.insert(
                k * 7919,
                WordClass {
                    leaf: k as u16,
                    capitalised: 2,
                    acronym: k % 2 == 0,
                },
            );
        }
        assert_eq!(t.len(), 1000);
        assert_eq!(t.get(7919 * 5).map(|c| c.leaf), Some(5));
        assert!(t.get(7919 * 5).is_some_and(|c| !c.acronym));
        assert_eq!(t.get(3), None);
        assert_eq!(ClusterTable::default().get(1), None);
    }
}
