//! What the tagger knows about each token string, remembered across the stories a thread
//! tags. News repeats its vocabulary from story to story ("the", "said", "minister"), and a
//! string's hashes, word class and the summed weights of the features it brings (its own, and
//! those it gives its neighbours) are a pure function of the string and the model, so they are
//! worked out once per thread instead of once per story. What is remembered is exact, so
//! results never depend on what a thread tagged before.

use compact_str::CompactString;
use std::sync::atomic::{AtomicU64, Ordering};

use super::clusters::WordClass;
use super::document::WordKeyed;
use super::tags::NUM_TAGS;
use super::token::TokenInfo;
use crate::packed::{pack, PackedTable};

/// Strings remembered per thread: about 500 bytes each, so at most about 32 MB per thread.
/// 65,536 hold the whole vocabulary of the BBC corpus (2,127 stories, about 34,000 distinct
/// tokens); with half as many, each pass over it recomputed the strings pruned since the last
/// one, 3% more instructions per story (callgrind, second pass over the corpus).
/// When a story would overflow it, the half of the strings used by the fewest stories since
/// the last such pruning is forgotten, so common words stay remembered through any archive.
const CAPACITY: usize = 1 << 16;

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
    /// String to entry number and in how many stories the string occurred since the last
    /// pruning (beside the key, so counting a use touches no other memory). Entries sit apart
    /// from the table, so the table stays small.
    numbers: Numbers,
    /// By entry number: the string's token facts and word class ...
    facts: Vec<(TokenInfo, Option<WordClass>)>,
    /// ... and its scores.
    scores: Vec<StringScores>,
    /// What the sentence edge gives each neighbour offset under `model`.
    edge: Option<[[i32; NUM_TAGS]; 4]>,
}

/// String to entry number and uses. A string of up to 16 bytes (nearly every token) is keyed
/// by its bytes packed into an integer (`crate::packed`) in a `PackedTable`, which hashes and
/// compares in a few instructions, where a string key costs a streaming hash and a `memcmp`
/// per look-up (and a general map of packed keys about twice the instructions of the table).
#[derive(Debug, Default)]
struct Numbers {
    short: PackedTable<(u32, u32)>,
    long: WordKeyed<CompactString, (u32, u32)>,
}

impl Numbers {
    /// The packed key of `word`, if it has one. A word ending in a NUL byte has none: the
    /// padding would make "a" and "a\0" one key.
    // (Always inlined: called for every distinct string of every story, and as a call of its
    // own its entry and exit cost about as much as the packing.)
    #[inline(always)]
    fn key(word: &str) -> Option<u128> {
        if word.as_bytes().last() == Some(&0) {
            return None;
        }
        pack(word.as_bytes())
    }

    fn len(&self) -> usize {
        self.short.len() + self.long.len()
    }

    fn values(&self) -> impl Iterator<Item = &(u32, u32)> {
        self.short.values().chain(self.long.values())
    }

    fn retain(&mut self, mut keep: impl FnMut(&mut (u32, u32)) -> bool) {
        self.short.retain(&mut keep);
        self.long.retain(|_, v| keep(v));
    }

    #[inline(always)]
    fn get_mut(&mut self, word: &str) -> Option<&mut (u32, u32)> {
        match Self::key(word) {
            Some(key) => self.short.get_mut(key),
            None => self.long.get_mut(word),
        }
    }

    fn insert(&mut self, word: &str, value: (u32, u32)) {
        match Self::key(word) {
            Some(key) => {
                *self.short.entry(key) = value;
            }
            None => {
                self.long.insert(word.into(), value);
            }
        }
    }
}

impl ScoreCache {
    /// Gets ready for a story of `tokens` tokens under `model`: entry numbers handed out
    /// until the next call stay valid.
    pub fn prepare(&mut self, model: ModelId, tokens: usize) {
        if self.facts.capacity() == 0 {
            // Address space for every entry at once: growing by doubling would copy megabytes
            // of scores, and pages are only backed by memory when first written.
            self.reserve();
        }
        if self.model != Some(model) {
            self.keep_most_used(0);
            self.edge = None;
            self.model = Some(model);
        } else if self.numbers.len() + tokens > CAPACITY {
            self.keep_most_used((CAPACITY / 2).min(CAPACITY.saturating_sub(tokens)));
        }
    }

    /// Forgets all but the `keep` strings used by the most stories, renumbering the rest.
    fn keep_most_used(&mut self, keep: usize) {
        let mut uses = vec![0u32; self.facts.len()];
        for &(n, u) in self.numbers.values() {
            if let Some(slot) = uses.get_mut(n as usize) {
                *slot = u;
            }
        }
        let mut order: Vec<u32> = (0..uses.len() as u32).collect();
        order.sort_unstable_by_key(|&n| (std::cmp::Reverse(uses[n as usize]), n));
        order.truncate(keep);
        let mut renumbered = vec![u32::MAX; uses.len()];
        for (new, &old) in order.iter().enumerate() {
            renumbered[old as usize] = new as u32;
        }
        let facts = std::mem::take(&mut self.facts);
        let scores = std::mem::take(&mut self.scores);
        self.reserve();
        self.facts.extend(order.iter().map(|&n| facts[n as usize]));
        self.scores
            .extend(order.iter().map(|&n| scores[n as usize]));
        self.numbers.retain(|(n, uses)| {
            *n = renumbered[*n as usize];
            // Halved, so what was common long ago gives way to what is common now.
            *uses /= 2;
            *n != u32::MAX
        });
    }

    fn reserve(&mut self) {
        self.facts.reserve(CAPACITY);
        self.scores.reserve(CAPACITY);
    }

    /// The entry number of `word`, worked out by `compute` when not remembered. Called once
    /// per distinct string of a story, so it counts the stories that use each string.
    pub fn number(
        &mut self,
        word: &str,
        compute: impl FnOnce() -> (TokenInfo, Option<WordClass>, StringScores),
    ) -> u32 {
        if let Some((n, uses)) = self.numbers.get_mut(word) {
            *uses = uses.saturating_add(1);
            return *n;
        }
        let (info, class, scores) = compute();
        let n = self.facts.len() as u32;
        self.facts.push((info, class));
        self.scores.push(scores);
        self.numbers.insert(word, (n, 1));
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
    fn keeps_the_most_used_strings_when_full() {
        let m = ModelId::fresh();
        let mut cache = ScoreCache::default();
        cache.prepare(m, CAPACITY);
        for i in 0..CAPACITY {
            cache.number(&i.to_string(), || entry(i as i32));
        }
        // Numbers stay valid within a story.
        let last = cache.facts.len() as u32 - 1;
        assert_eq!(own(&cache, last), CAPACITY as i32 - 1);
        // The last ten strings occur in one more story ...
        let common: Vec<usize> = (CAPACITY - 10..CAPACITY).collect();
        cache.prepare(m, 0);
        for &i in &common {
            cache.number(&i.to_string(), || entry(-1));
        }
        // ... so when the next story needs room, they stay, with their own scores.
        cache.prepare(m, 100);
        assert_eq!(cache.numbers.len(), CAPACITY / 2);
        for &i in &common {
            let n = cache.number(&i.to_string(), || entry(-1));
            assert_eq!(own(&cache, n), i as i32);
        }
        let n = cache.number(&(CAPACITY - 11).to_string(), || entry(-2));
        assert_eq!(own(&cache, n), -2);
        assert_eq!(cache.facts.len(), cache.numbers.len());
        assert_eq!(cache.scores.len(), cache.facts.len());
    }
}
