//! What the tagger knows about each token string, remembered across the stories a thread
//! tags. News repeats its vocabulary from story to story ("the", "said", "minister"), and a
//! string's hashes, word class and the summed weights of the features it brings (its own, and
//! those it gives its neighbours) are a pure function of the string and the model, so they are
//! worked out once per thread instead of once per story. What is remembered is exact, so
//! results never depend on what a thread tagged before.

use std::collections::HashMap;

use compact_str::CompactString;
use std::hash::BuildHasherDefault;
use std::sync::atomic::{AtomicU64, Ordering};

use super::clusters::WordClass;
use super::document::WordHasher;
use super::tags::NUM_TAGS;
use super::token::TokenInfo;

/// Strings remembered per thread before the memory starts over: about 500 bytes each, so at
/// most about 8 MB per thread, and enough for nearly every token of a news story.
const CAPACITY: usize = 1 << 14;

/// Tells models apart, so a thread that switches models forgets the old model's sums.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModelId(u64);

impl ModelId {
    /// A new id, different from every other one made in this process.
    pub fn fresh() -> ModelId {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        ModelId(NEXT.fetch_add(1, Ordering::Relaxed))
    }
}

/// What one token string adds to emission scores wherever it occurs.
#[derive(Debug, Clone, Copy)]
pub struct StringScores {
    /// The features of the string itself (`features::token_buckets`).
    pub own: [i32; NUM_TAGS],
    /// What it gives the token at each of `features::NEIGHBOUR_OFFSETS` from it.
    pub as_neighbour: [[i32; NUM_TAGS]; 4],
}

/// Everything remembered about one token string.
#[derive(Debug, Clone, Copy)]
pub struct Remembered {
    pub info: TokenInfo,
    pub class: Option<WordClass>,
    pub scores: StringScores,
}

#[derive(Debug, Default)]
pub struct ScoreCache {
    model: Option<ModelId>,
    /// Keys up to 24 bytes (nearly every token) sit inside the table, so a lookup does not
    /// chase a pointer to compare strings.
    strings: HashMap<CompactString, Remembered, BuildHasherDefault<WordHasher>>,
    /// What the sentence edge gives each neighbour offset under `model`.
    edge: Option<[[i32; NUM_TAGS]; 4]>,
}

impl ScoreCache {
    /// What is known of `word` under `model`, worked out by `compute` when not remembered.
    pub fn get(
        &mut self,
        model: ModelId,
        word: &str,
        compute: impl FnOnce() -> Remembered,
    ) -> Remembered {
        self.switch_to(model);
        if let Some(found) = self.strings.get(word) {
            return *found;
        }
        let found = compute();
        if self.strings.len() >= CAPACITY {
            self.strings.clear();
        }
        self.strings.insert(word.into(), found);
        found
    }

    /// What the sentence edge gives each neighbour offset under `model`, worked out by
    /// `compute` when not remembered.
    pub fn edge(
        &mut self,
        model: ModelId,
        compute: impl FnOnce() -> [[i32; NUM_TAGS]; 4],
    ) -> [[i32; NUM_TAGS]; 4] {
        self.switch_to(model);
        *self.edge.get_or_insert_with(compute)
    }

    /// Forgets everything when the model changes.
    fn switch_to(&mut self, model: ModelId) {
        if self.model != Some(model) {
            self.strings.clear();
            self.edge = None;
            self.model = Some(model);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scores(v: i32) -> Remembered {
        Remembered {
            info: TokenInfo::default(),
            class: None,
            scores: StringScores {
                own: [v; NUM_TAGS],
                as_neighbour: [[v; NUM_TAGS]; 4],
            },
        }
    }

    #[test]
    fn remembers_per_model() {
        let (a, b) = (ModelId::fresh(), ModelId::fresh());
        assert_ne!(a, b);
        let mut cache = ScoreCache::default();
        assert_eq!(cache.get(a, "Kono", || scores(1)).scores.own[0], 1);
        assert_eq!(cache.get(a, "Kono", || scores(2)).scores.own[0], 1);
        assert_eq!(cache.get(b, "Kono", || scores(3)).scores.own[0], 3);
        assert_eq!(cache.edge(b, || [[4; NUM_TAGS]; 4])[0][0], 4);
        assert_eq!(cache.edge(b, || [[5; NUM_TAGS]; 4])[0][0], 4);
        assert_eq!(cache.edge(a, || [[6; NUM_TAGS]; 4])[0][0], 6);
    }

    #[test]
    fn starts_over_when_full() {
        let m = ModelId::fresh();
        let mut cache = ScoreCache::default();
        for i in 0..CAPACITY + 10 {
            cache.get(m, &i.to_string(), || scores(i as i32));
        }
        assert!(cache.strings.len() <= CAPACITY);
        assert_eq!(cache.get(m, "5", || scores(-1)).scores.own[0], -1);
    }
}
