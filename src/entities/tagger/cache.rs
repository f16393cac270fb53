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

/// Strings remembered per thread before the memory starts over (between stories): about
/// 500 bytes each, so about 32 MB per thread, and enough for nearly every token of a news story.
const CAPACITY: usize = 1 << 15;

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

#[derive(Debug, Default)]
pub struct ScoreCache {
    model: Option<ModelId>,
    /// String to entry number. Keys up to 24 bytes (nearly every token) sit inside the table,
    /// and entries sit apart from it, so the table stays small enough for the L2 cache.
    numbers: HashMap<CompactString, u32, BuildHasherDefault<WordHasher>>,
    /// By entry number: the string's token facts and word class ...
    facts: Vec<(TokenInfo, Option<WordClass>)>,
    /// ... and its scores.
    scores: Vec<StringScores>,
    /// What the sentence edge gives each neighbour offset under `model`.
    edge: Option<[[i32; NUM_TAGS]; 4]>,
}

impl ScoreCache {
    /// Gets ready for a story of `tokens` tokens under `model`: entry numbers handed out
    /// until the next call stay valid.
    pub fn prepare(&mut self, model: ModelId, tokens: usize) {
        if self.model != Some(model) || self.numbers.len() + tokens > CAPACITY {
            self.numbers.clear();
            self.facts.clear();
            self.scores.clear();
        }
        if self.model != Some(model) {
            self.edge = None;
            self.model = Some(model);
        }
    }

    /// The entry number of `word`, worked out by `compute` when not remembered.
    pub fn number(
        &mut self,
        word: &str,
        compute: impl FnOnce() -> (TokenInfo, Option<WordClass>, StringScores),
    ) -> u32 {
        if let Some(&n) = self.numbers.get(word) {
            return n;
        }
        let (info, class, scores) = compute();
        let n = self.facts.len() as u32;
        self.facts.push((info, class));
        self.scores.push(scores);
        self.numbers.insert(word.into(), n);
        n
    }

    /// The token facts and word class of entry `n`.
    pub fn facts(&self, n: u32) -> (TokenInfo, Option<WordClass>) {
        self.facts.get(n as usize).copied().unwrap_or_default()
    }

    /// Scores by entry number.
    pub fn scores(&self) -> &[StringScores] {
        &self.scores
    }

    /// What the sentence edge gives each neighbour offset, worked out by `compute` when not
    /// remembered for the model of the last `prepare`.
    pub fn edge(&mut self, compute: impl FnOnce() -> [[i32; NUM_TAGS]; 4]) -> [[i32; NUM_TAGS]; 4] {
        *self.edge.get_or_insert_with(compute)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(v: i32) -> (TokenInfo, Option<WordClass>, StringScores) {
        let scores = StringScores {
            own: [v; NUM_TAGS],
            as_neighbour: [[v; NUM_TAGS]; 4],
        };
        (TokenInfo::default(), None, scores)
    }

    fn own(cache: &ScoreCache, n: u32) -> i32 {
        cache.scores()[n as usize].own[0]
    }

    #[test]
    fn remembers_per_model() {
        let (a, b) = (ModelId::fresh(), ModelId::fresh());
        assert_ne!(a, b);
        let mut cache = ScoreCache::default();
        cache.prepare(a, 10);
        let n = cache.number("Kono", || entry(1));
        assert_eq!(cache.number("Kono", || entry(2)), n);
        assert_eq!(own(&cache, n), 1);
        assert_eq!(cache.edge(|| [[4; NUM_TAGS]; 4])[0][0], 4);
        assert_eq!(cache.edge(|| [[5; NUM_TAGS]; 4])[0][0], 4);
        cache.prepare(b, 10);
        let n = cache.number("Kono", || entry(3));
        assert_eq!(own(&cache, n), 3);
        assert_eq!(cache.edge(|| [[6; NUM_TAGS]; 4])[0][0], 6);
    }

    #[test]
    fn starts_over_between_stories_when_full() {
        let m = ModelId::fresh();
        let mut cache = ScoreCache::default();
        cache.prepare(m, CAPACITY);
        for i in 0..CAPACITY {
            cache.number(&i.to_string(), || entry(i as i32));
        }
        // Numbers stay valid within a story ...
        assert_eq!(
            own(&cache, cache.facts.len() as u32 - 1),
            CAPACITY as i32 - 1
        );
        // ... and the next story starts over.
        cache.prepare(m, 10);
        let n = cache.number("5", || entry(-1));
        assert_eq!(own(&cache, n), -1);
        assert_eq!(cache.numbers.len(), 1);
    }
}
