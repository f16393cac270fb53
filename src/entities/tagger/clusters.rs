//! Word knowledge stored in the model: for each lowercase word, its Brown cluster path, how
//! common it is, how it is usually cased, and which gazetteers list it (cities by size,
//! countries, surnames and first names by frequency, company legal forms). Built from
//! permissively licensed sources by `scripts/build_word_knowledge.py` and read at training time
//! (`training::knowledge`); see NOTICE. Looked up by the word's hash, so the table holds no
//! strings.

/// What the word-knowledge sources say about one lowercase word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WordClass {
    /// Brown cluster path read backwards (spaCy's integer form): the prefix of length k is
    /// the low k bits. 0: no cluster. Of the word's most frequent form.
    pub cluster: u32,
    /// The same for its most frequent Capitalised or ALL-CAPS form: `Apple` and `apple` sit
    /// in different clusters, and a capitalised token should get the former.
    pub cased_cluster: u32,
    /// Minus the rounded natural log-probability of the word in a web corpus, 1 ..= 20;
    /// 0: not in the frequency list.
    pub logprob: u8,
    /// How much of the word's use is Capitalised, in buckets 0 (never) ..= 4 (always).
    pub capitalised: u8,
    /// Whether the word is usually written all in capitals (an acronym).
    pub acronym: bool,
    /// Gazetteer bits (their meanings are listed in the knowledge file's header).
    pub gazetteer: u32,
}

/// Brown path prefix lengths used as features (Ratinov & Roth 2009 use 4, 6, 10, 20).
pub const PREFIX_LENGTHS: [u32; 4] = [4, 6, 10, 20];

const CLUSTER_BITS: u32 = 18;
const GAZETTEER_BITS: u32 = 18;
const CLUSTER_MASK: u64 = (1 << CLUSTER_BITS) - 1;

impl WordClass {
    /// The first `k` steps of the cluster path.
    #[inline]
    pub fn prefix(self, k: u32) -> u32 {
        self.cluster & ((1u32 << k) - 1)
    }

    /// This class with the cluster of the cased form, for a capitalised token.
    #[inline]
    pub fn as_cased(self) -> WordClass {
        if self.cased_cluster == 0 {
            self
        } else {
            WordClass {
                cluster: self.cased_cluster,
                ..self
            }
        }
    }

    /// Packs into 64 bits; the top bit marks a used slot. Fields wider than their room are
    /// cut (`fits` says whether a class survives the trip).
    pub fn pack(self) -> u64 {
        1 << 63
            | (self.cluster as u64 & CLUSTER_MASK)
            | (self.cased_cluster as u64 & CLUSTER_MASK) << 18
            | ((self.logprob as u64 & 0x1f) << 36)
            | ((self.capitalised as u64 & 0x7) << 41)
            | ((self.acronym as u64) << 44)
            | ((self.gazetteer as u64 & ((1 << GAZETTEER_BITS) - 1)) << 45)
    }

    pub fn unpack(v: u64) -> WordClass {
        WordClass {
            cluster: (v & CLUSTER_MASK) as u32,
            cased_cluster: ((v >> 18) & CLUSTER_MASK) as u32,
            logprob: ((v >> 36) & 0x1f) as u8,
            capitalised: ((v >> 41) & 0x7) as u8,
            acronym: (v >> 44) & 1 == 1,
            gazetteer: ((v >> 45) & ((1 << GAZETTEER_BITS) - 1)) as u32,
        }
    }

    /// Whether `unpack(pack())` gives this class back.
    pub fn fits(self) -> bool {
        WordClass::unpack(self.pack()) == self
    }
}

/// Open-addressing table from lowercase word hash to packed `WordClass`.
#[derive(Debug, Clone, Default)]
pub struct ClusterTable {
    keys: Vec<u64>,
    values: Vec<u64>,
    len: usize,
}

impl ClusterTable {
    pub fn with_capacity(n: usize) -> ClusterTable {
        // A load factor of up to 2/3 keeps probes short without doubling memory.
        let cap = (n * 3 / 2 + 1).next_power_of_two().max(16);
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
        if self.keys.is_empty() || (self.len + 1) * 3 > self.keys.len() * 2 {
            let mut bigger = ClusterTable::with_capacity((self.len + 1) * 2);
            for (k, v) in self.iter_packed() {
                bigger.insert_packed(k, v);
            }
            *self = bigger;
        }
        self.insert_packed(key, class.pack());
    }

    fn insert_packed(&mut self, key: u64, value: u64) {
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

    fn iter_packed(&self) -> impl Iterator<Item = (u64, u64)> + '_ {
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
                    cluster: k as u32 * 3,
                    cased_cluster: k as u32,
                    logprob: (k % 21) as u8,
                    capitalised: (k % 5) as u8,
                    acronym: k % 2 == 0,
                    gazetteer: (k as u32) << 4,
                },
            );
        }
        assert_eq!(t.len(), 1000);
        let five = t.get(7919 * 5).unwrap();
        assert_eq!((five.cluster, five.logprob, five.capitalised), (15, 5, 0));
        assert!(!five.acronym);
        assert_eq!(five.gazetteer, 80);
        assert_eq!(five.as_cased().cluster, 5);
        assert_eq!(t.get(3), None);
        assert_eq!(ClusterTable::default().get(1), None);
    }

    #[test]
    fn prefixes_are_low_bits() {
        let c = WordClass {
            cluster: 0b1010100110,
            ..Default::default()
        };
        assert_eq!(c.prefix(4), 0b0110);
        assert_eq!(c.prefix(20), 0b1010100110);
        assert!(c.fits());
    }
}
