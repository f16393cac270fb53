//! The statistical name tagger: an averaged structured perceptron over hashed features with
//! Viterbi decoding of BILOU tags for the CoNLL types. This module holds what runs at tagging
//! time; `crate::entities::training` learns the weights.

pub mod clusters;
pub mod document;
pub mod features;
pub mod file;
pub mod hash;
pub mod tags;
pub mod token;
pub mod viterbi;
pub mod weights;

use std::ops::Range;

use clusters::ClusterTable;
use document::{NameHistory, StoryContext};
use features::SentenceFeatures;
use tags::{NameSpan, Tag, NUM_TAGS};
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

/// Per-call buffers; one per thread of tagging.
#[derive(Debug, Default)]
pub struct Workspace {
    features: SentenceFeatures,
    emissions: Vec<[i32; NUM_TAGS]>,
    /// Summed weights of the string-only features, per distinct token string of the story.
    kind_emissions: Vec<[i32; NUM_TAGS]>,
    token_buckets: Vec<u32>,
    decoder: Decoder,
    tags: Vec<Tag>,
    history: NameHistory,
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
    /// Tags every sentence of a story in order; returns names per sentence, token indices
    /// relative to the sentence start.
    pub fn tag_story(&self, words: &[&str], sentences: &[Range<usize>]) -> Vec<Vec<NameSpan>> {
        let ctx = StoryContext::new(words, sentences, &self.clusters);
        let mut ws = Workspace::default();
        self.tag_context(&ctx, &mut ws)
    }

    pub fn tag_context(&self, ctx: &StoryContext, ws: &mut Workspace) -> Vec<Vec<NameSpan>> {
        ws.history.clear();
        // Integer sums do not depend on order, so splitting each token's features into
        // string-only ones (summed once per distinct string) and context ones gives exactly
        // the scores of summing all of them per token.
        ws.kind_emissions.clear();
        for &first in &ctx.kind_first {
            features::token_buckets(ctx, first as usize, self.bits, &mut ws.token_buckets);
            let mut e = [0i32; NUM_TAGS];
            self.weights.emission(&ws.token_buckets, &mut e);
            ws.kind_emissions.push(e);
        }
        let mut out = Vec::with_capacity(ctx.sentences.len());
        for (s, range) in ctx.sentences.iter().enumerate() {
            features::extract_context(ctx, s, &ws.history, self.bits, &mut ws.features);
            ws.emissions.clear();
            for i in 0..ws.features.len() {
                let kind = ctx.kinds.get(range.start + i).copied().unwrap_or(u32::MAX);
                let mut e = ws
                    .kind_emissions
                    .get(kind as usize)
                    .copied()
                    .unwrap_or([0; NUM_TAGS]);
                self.weights.add_emission(ws.features.token(i), &mut e);
                ws.emissions.push(e);
            }
            ws.decoder
                .decode(&ws.emissions, &self.transitions, &mut ws.tags);
            let names = tags::decode(&ws.tags);
            ws.history.record(ctx, range.start, &names);
            out.push(names);
        }
        out
    }
}
