//! The statistical name tagger: an averaged structured perceptron over hashed features with
//! Viterbi decoding of BILOU tags for the CoNLL types. This module holds what runs at tagging
//! time; `crate::entities::training` learns the weights.

pub mod cache;
pub mod clusters;
pub mod document;
pub mod features;
pub mod file;
pub mod hash;
pub mod plain;
pub mod tags;
#[cfg(test)]
mod tests;
pub mod token;
pub mod viterbi;
pub mod weights;

use std::cell::RefCell;
use std::ops::Range;

use cache::{ModelId, ScoreCache, StringScores};

use clusters::{ClusterTable, WordClass};
use document::{NameHistory, StoryContext};
use features::{SentenceFeatures, NEIGHBOUR_OFFSETS};
use tags::{NameSpan, Tag, NUM_TAGS};
use token::TokenInfo;
use viterbi::{Decoder, Transitions};
use weights::Weights;

/// Trained weights, quantized to i16: rows of `NUM_TAGS` for the kept feature buckets.
#[derive(Clone)]
pub struct TaggerModel {
    pub bits: u32,
    pub weights: Weights,
    pub transitions: Transitions,
    pub clusters: ClusterTable,
    /// JSON describing how the model was made (command, data, seed, dev scores).
    pub provenance: String,
    /// Which model this is, for the per-thread `ScoreCache`: make a fresh one whenever the
    /// weights or word classes change.
    pub id: ModelId,
}

impl std::fmt::Debug for TaggerModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TaggerModel")
            .field("bits", &self.bits)
            .field("weights", &self.weights)
            .field("clusters", &self.clusters.len())
            .field("provenance", &self.provenance)
            .finish()
    }
}

/// Per-call buffers and memory; one per thread of tagging.
#[derive(Debug, Default)]
pub struct Workspace {
    cache: ScoreCache,
    /// For each distinct token string of the story (`StoryContext::kinds`), its number in
    /// the scores `tag_scored` reads.
    kinds: Vec<u32>,
    /// Scores of the story's strings when they are not taken from `cache`.
    local: Vec<StringScores>,
    buffers: Buffers,
}

#[derive(Debug, Default)]
struct Buffers {
    features: SentenceFeatures,
    emissions: Vec<[i32; NUM_TAGS]>,
    buckets: Vec<u32>,
    decoder: Decoder,
    /// The current sentence's plain words (`plain::mark`).
    plain: Vec<bool>,
    tags: Vec<Tag>,
    history: NameHistory,
}

thread_local! {
    /// Each thread's buffers and `ScoreCache`, kept between stories.
    static WORKSPACE: RefCell<Workspace> = RefCell::default();
}

/// Adds the rows of `buckets` in a dense training table into one token's emission scores.
#[inline]
pub fn emission<W: Copy + Into<i32>>(weights: &[W], buckets: &[u32], out: &mut [i32; NUM_TAGS]) {
    *out = [0; NUM_TAGS];
    for &b in buckets {
        let start = b as usize * NUM_TAGS;
        if let Some(row) = weights.get(start..start + NUM_TAGS) {
            for (o, &w) in out.iter_mut().zip(row) {
                *o += w.into();
            }
        }
    }
}

impl TaggerModel {
    /// The summed weights of the features in `buckets` (which it overwrites).
    fn sum(&self, buckets: &mut [u32]) -> [i32; NUM_TAGS] {
        self.weights.resolve(buckets);
        let mut e = [0; NUM_TAGS];
        self.weights.add_rows(buckets, &mut e);
        e
    }

    /// What a token string scores wherever it occurs: the summed weights of its own features
    /// and of those it gives each neighbour.
    fn string_scores(
        &self,
        info: &TokenInfo,
        class: Option<WordClass>,
        buckets: &mut Vec<u32>,
    ) -> StringScores {
        features::token_buckets(info, class, self.bits, buckets);
        let own = self.sum(buckets);
        let as_neighbour = NEIGHBOUR_OFFSETS.map(|d| {
            features::neighbour_buckets(Some((info, class)), d, self.bits, buckets);
            self.sum(buckets)
        });
        StringScores { own, as_neighbour }
    }

    /// Tags every sentence of a story in order; returns names per sentence, token indices
    /// relative to the sentence start. Each thread remembers what it learnt about token
    /// strings from one story to the next (`ScoreCache`).
    pub fn tag_story(&self, words: &[&str], sentences: &[Range<usize>]) -> Vec<Vec<NameSpan>> {
        self.tag_story_with_lowers(words, sentences).0
    }

    /// `tag_story`, with each token's lowercase hash (`TokenInfo::lower`, equal to
    /// `hash::lower_hash` of the word): the tagger works them out anyway, and the rules look
    /// words up in their lists by them.
    pub fn tag_story_with_lowers(
        &self,
        words: &[&str],
        sentences: &[Range<usize>],
    ) -> (Vec<Vec<NameSpan>>, Vec<u64>) {
        WORKSPACE.with(|ws| match ws.try_borrow_mut() {
            Ok(mut ws) => self.tag_words(words, sentences, &mut ws),
            Err(_) => self.tag_words(words, sentences, &mut Workspace::default()),
        })
    }

    fn tag_words(
        &self,
        words: &[&str],
        sentences: &[Range<usize>],
        ws: &mut Workspace,
    ) -> (Vec<Vec<NameSpan>>, Vec<u64>) {
        ws.cache.prepare(self.id, words.len());
        ws.kinds.clear();
        let (cache, kinds, buckets) = (&mut ws.cache, &mut ws.kinds, &mut ws.buffers.buckets);
        let mut ctx = StoryContext::build(words, sentences, |distinct, facts| {
            // Numbers first, then facts: each loop's table reads are independent of one
            // another, so their cache misses overlap instead of following one by one.
            kinds.extend(distinct.iter().map(|&word| {
                cache.number(word, || {
                    let info = TokenInfo::new(word);
                    let class = self.clusters.get(info.lower);
                    (info, class, self.string_scores(&info, class, buckets))
                })
            }));
            facts.extend(kinds.iter().map(|&n| cache.facts(n)));
        });
        let edge = self.edge_scores(&mut ws.cache, &mut ws.buffers.buckets);
        let scores = ws.cache.scores();
        let names = self.tag_scored(&ctx, &ws.kinds, scores, &edge, &mut ws.buffers);
        (names, std::mem::take(&mut ctx.lowers))
    }

    /// Tags a story prepared as `ctx`, without the per-thread memory of strings (training's
    /// dev scores).
    pub fn tag_context(&self, ctx: &StoryContext, ws: &mut Workspace) -> Vec<Vec<NameSpan>> {
        ws.cache.prepare(self.id, 0);
        ws.local.clear();
        for &first in &ctx.kind_first {
            let first = first as usize;
            let (info, class) = (ctx.tokens[first], ctx.classes[first]);
            let scores = self.string_scores(&info, class, &mut ws.buffers.buckets);
            ws.local.push(scores);
        }
        ws.kinds.clear();
        ws.kinds.extend(0..ws.local.len() as u32);
        let edge = self.edge_scores(&mut ws.cache, &mut ws.buffers.buckets);
        self.tag_scored(ctx, &ws.kinds, &ws.local, &edge, &mut ws.buffers)
    }

    /// What the sentence edge gives each neighbour offset.
    fn edge_scores(&self, cache: &mut ScoreCache, buckets: &mut Vec<u32>) -> [[i32; NUM_TAGS]; 4] {
        cache.edge(|| {
            NEIGHBOUR_OFFSETS.map(|d| {
                features::neighbour_buckets(None, d, self.bits, buckets);
                self.sum(buckets)
            })
        })
    }

    /// Tags `ctx`, whose distinct strings have the scores `scores[kinds[k]]`.
    ///
    /// Where the CPU has AVX2 the loop is compiled with it: each token's emission scores
    /// (seventeen per row, five rows a token) add in three vectors instead of five.
    fn tag_scored(
        &self,
        ctx: &StoryContext,
        kinds: &[u32],
        scores: &[StringScores],
        edge: &[[i32; NUM_TAGS]; 4],
        ws: &mut Buffers,
    ) -> Vec<Vec<NameSpan>> {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU has just said it has the instructions the function enables.
            #[allow(unsafe_code)]
            return unsafe { self.tag_scored_with_avx2(ctx, kinds, scores, edge, ws) };
        }
        self.tag_sentences(ctx, kinds, scores, edge, ws)
    }

    /// `tag_scored` with AVX2; only called where the CPU has it.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn tag_scored_with_avx2(
        &self,
        ctx: &StoryContext,
        kinds: &[u32],
        scores: &[StringScores],
        edge: &[[i32; NUM_TAGS]; 4],
        ws: &mut Buffers,
    ) -> Vec<Vec<NameSpan>> {
        self.tag_sentences(ctx, kinds, scores, edge, ws)
    }

    #[inline(always)]
    fn tag_sentences(
        &self,
        ctx: &StoryContext,
        kinds: &[u32],
        scores: &[StringScores],
        edge: &[[i32; NUM_TAGS]; 4],
        ws: &mut Buffers,
    ) -> Vec<Vec<NameSpan>> {
        ws.history.clear();
        // Integer sums do not depend on order, so splitting each token's features into those
        // of its own string and of its neighbours' strings (summed once per distinct string)
        // and the rest (summed per occurrence) gives exactly the scores of summing all of them
        // per token.
        let mut out = Vec::with_capacity(ctx.sentences.len());
        // Every sentence is decoded with the model's transitions: checked once here.
        ws.decoder.prepare(&self.transitions);
        for (s, range) in ctx.sentences.iter().enumerate() {
            plain::mark(&ctx.tokens[range.clone()], &mut ws.plain);
            let plain = &ws.plain;
            features::extract_context(ctx, s, &ws.history, self.bits, &mut ws.features, plain);
            self.weights.resolve(&mut ws.features.buckets);
            ws.emissions.clear();
            let kind_at = |i: usize| {
                let kind = ctx.kinds.get(range.start + i).copied();
                let number = kind.and_then(|k| kinds.get(k as usize));
                number.and_then(|&n| scores.get(n as usize))
            };
            let n = ws.features.len();
            for i in 0..n {
                if plain.get(i) == Some(&true) {
                    ws.emissions.push(plain::OUTSIDE_ONLY);
                    continue;
                }
                let mut e = kind_at(i).map_or([0; NUM_TAGS], |k| k.own);
                for (k, d) in NEIGHBOUR_OFFSETS.into_iter().enumerate() {
                    let j = i.wrapping_add_signed(d);
                    let from = match (j < n).then(|| kind_at(j)).flatten() {
                        Some(neighbour) => &neighbour.as_neighbour[k],
                        None => &edge[k],
                    };
                    for (o, &v) in e.iter_mut().zip(from) {
                        *o += v;
                    }
                }
                self.weights.add_rows(ws.features.token(i), &mut e);
                ws.emissions.push(e);
            }
            ws.decoder
                .decode_prepared(&ws.emissions, plain, &mut ws.tags);
            let names = tags::decode(&ws.tags);
            ws.history.record(ctx, range.start, &names);
            out.push(names);
        }
        out
    }
}
