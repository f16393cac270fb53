//! Averaged structured perceptron training (Collins 2002) with the lazy averaging trick: keep
//! the weights `w` and the time-weighted sum of updates `u`; the average is `w - u / c`.
//! Updates are integers, so `w` and `u` are exact. Documents are visited in an order shuffled by
//! a fixed seed, sentences in story order so name history works as at tagging time.

use crate::entities::tagger::document::{NameHistory, StoryContext};
use crate::entities::tagger::features::{self, SentenceFeatures};
use crate::entities::tagger::tags::{self, Tag, NUM_TAGS};
use crate::entities::tagger::viterbi::{Decoder, Transitions};
use crate::entities::tagger::weights::Weights;
use crate::entities::tagger::{cache::ModelId, clusters::ClusterTable, emission, TaggerModel};

use super::conll::Story;

#[derive(Debug, Clone, Copy)]
pub struct Settings {
    pub bits: u32,
    pub epochs: usize,
    pub seed: u64,
    /// Quantized weights with a smaller magnitude are dropped from the model.
    pub prune_below: i16,
    /// Share of non-zero weights below the magnitude that maps to the i16 limit.
    pub clip_quantile: f64,
    /// Chance that a token occurrence loses its word-form features for one update, so the
    /// weights also go to word knowledge that covers words never seen in training.
    pub word_dropout: f64,
}

#[derive(Debug)]
pub struct Trainer {
    bits: u32,
    w: Vec<i32>,
    u: Vec<i64>,
    tw: [[i32; NUM_TAGS]; NUM_TAGS + 1],
    tu: [[i64; NUM_TAGS]; NUM_TAGS + 1],
    c: i64,
    /// `word_dropout` as a threshold on `rng`'s output.
    dropout: u64,
    rng: SplitMix,
}

/// Marks a dropped feature; `emission` and `update` skip buckets outside the table.
const DROPPED: u32 = u32::MAX;

/// A story prepared once: its context and gold tags per sentence.
#[derive(Debug)]
pub struct Prepared {
    pub ctx: StoryContext,
    pub gold: Vec<Vec<Tag>>,
}

pub fn prepare(story: &Story, clusters: &ClusterTable) -> Prepared {
    let ctx = StoryContext::new(&story.word_refs(), &story.sentences, clusters);
    let gold = story
        .sentences
        .iter()
        .zip(&story.names)
        .map(|(r, names)| tags::encode(names, r.len()))
        .collect();
    Prepared { ctx, gold }
}

/// splitmix64: a tiny deterministic generator for shuffling.
#[derive(Debug)]
pub struct SplitMix(pub u64);

impl SplitMix {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

impl Trainer {
    pub fn new(bits: u32) -> Trainer {
        Trainer::with_dropout(bits, 0.0, 0)
    }

    /// A trainer that drops word-form features with chance `word_dropout`, drawn from a
    /// generator seeded with `seed` (so training stays deterministic).
    pub fn with_dropout(bits: u32, word_dropout: f64, seed: u64) -> Trainer {
        let n = (1usize << bits) * NUM_TAGS;
        Trainer {
            bits,
            w: vec![0; n],
            u: vec![0; n],
            tw: [[0; NUM_TAGS]; NUM_TAGS + 1],
            tu: [[0; NUM_TAGS]; NUM_TAGS + 1],
            c: 1,
            dropout: (word_dropout.clamp(0.0, 1.0) * u64::MAX as f64) as u64,
            rng: SplitMix(seed ^ 0xd20f_d20f),
        }
    }

    /// One pass over the stories in the given order; returns the number of sentences with
    /// mistakes.
    pub fn epoch(&mut self, stories: &[Prepared], order: &[usize]) -> usize {
        let mut feats = SentenceFeatures::default();
        let mut history = NameHistory::default();
        let mut decoder = Decoder::default();
        let mut emissions: Vec<[i32; NUM_TAGS]> = Vec::new();
        let mut predicted = Vec::new();
        let mut mistakes = 0;
        for &k in order {
            let story = &stories[k];
            history.clear();
            for (s, range) in story.ctx.sentences.iter().enumerate() {
                features::extract(&story.ctx, s, &history, self.bits, &mut feats);
                if self.dropout > 0 {
                    self.drop_word_forms(&mut feats);
                }
                emissions.clear();
                for i in 0..feats.len() {
                    let mut e = [0i32; NUM_TAGS];
                    emission(&self.w, feats.token(i), &mut e);
                    emissions.push(e);
                }
                decoder.decode(&emissions, &self.tw, &mut predicted);
                let gold = &story.gold[s];
                if predicted != *gold {
                    mistakes += 1;
                    self.update(&feats, gold, &predicted);
                }
                self.c += 1;
                history.record(&story.ctx, range.start, &tags::decode(&predicted));
            }
        }
        mistakes
    }

    fn drop_word_forms(&mut self, feats: &mut SentenceFeatures) {
        for i in 0..feats.len() {
            if self.rng.next_u64() < self.dropout {
                let start = feats.starts[i] as usize;
                for k in features::WORD_FORM_BUCKETS {
                    if let Some(b) = feats.buckets.get_mut(start + k) {
                        *b = DROPPED;
                    }
                }
            }
        }
    }

    fn update(&mut self, feats: &SentenceFeatures, gold: &[Tag], predicted: &[Tag]) {
        let c = self.c;
        for i in 0..gold.len() {
            let (g, p) = (gold[i] as usize, predicted[i] as usize);
            if g != p {
                for &b in feats.token(i).iter().filter(|&&b| b != DROPPED) {
                    let base = b as usize * NUM_TAGS;
                    self.w[base + g] += 1;
                    self.u[base + g] += c;
                    self.w[base + p] -= 1;
                    self.u[base + p] -= c;
                }
            }
            let gp = if i == 0 {
                NUM_TAGS
            } else {
                gold[i - 1] as usize
            };
            let pp = if i == 0 {
                NUM_TAGS
            } else {
                predicted[i - 1] as usize
            };
            if (gp, g) != (pp, p) {
                self.tw[gp][g] += 1;
                self.tu[gp][g] += c;
                self.tw[pp][p] -= 1;
                self.tu[pp][p] -= c;
            }
        }
    }

    /// The averaged weights, quantized to i16 with one scale for emissions and transitions.
    pub fn averaged(&self, settings: &Settings, clusters: &ClusterTable) -> TaggerModel {
        let mut sum = Averages::new(self.bits);
        self.add_average(&mut sum);
        sum.quantize(settings, clusters)
    }

    /// Adds this trainer's averaged weights to `sum` (several seeds can be averaged so).
    pub fn add_average(&self, sum: &mut Averages) {
        let c = self.c as f64;
        let avg = |w: i32, u: i64| w as f64 - u as f64 / c;
        for ((s, &w), &u) in sum.emissions.iter_mut().zip(&self.w).zip(&self.u) {
            *s += avg(w, u) as f32;
        }
        for (srow, (wr, ur)) in sum.transitions.iter_mut().zip(self.tw.iter().zip(&self.tu)) {
            for (s, (&w, &u)) in srow.iter_mut().zip(wr.iter().zip(ur)) {
                *s += avg(w, u);
            }
        }
    }
}

/// Averaged perceptron weights summed over one or more trainers, before quantizing.
#[derive(Debug)]
pub struct Averages {
    bits: u32,
    emissions: Vec<f32>,
    transitions: [[f64; NUM_TAGS]; NUM_TAGS + 1],
}

impl Averages {
    pub fn new(bits: u32) -> Averages {
        Averages {
            bits,
            emissions: vec![0.0; (1usize << bits) * NUM_TAGS],
            transitions: [[0.0; NUM_TAGS]; NUM_TAGS + 1],
        }
    }

    /// Quantizes to i16 with one scale for emissions and transitions.
    pub fn quantize(&self, settings: &Settings, clusters: &ClusterTable) -> TaggerModel {
        // Scale so the largest weights just fit in i16; a handful of outliers beyond a high
        // quantile are clipped rather than let them coarsen every other weight.
        let mut mags: Vec<f32> = self
            .emissions
            .iter()
            .map(|w| w.abs())
            .filter(|&m| m > 0.0)
            .collect();
        let top = if mags.is_empty() {
            1.0
        } else {
            let k = ((mags.len() as f64) * settings.clip_quantile) as usize;
            let k = k.min(mags.len() - 1);
            *mags.select_nth_unstable_by(k, f32::total_cmp).1 as f64
        };
        let scale = 32000.0 / top.max(1e-9);
        let quantize = |x: f64| (x * scale).round().clamp(-32767.0, 32767.0);
        let dense: Vec<i16> = self
            .emissions
            .iter()
            .map(|&w| {
                let q = quantize(w as f64) as i16;
                if q.abs() < settings.prune_below {
                    0
                } else {
                    q
                }
            })
            .collect();
        let weights = Weights::from_rows(
            dense
                .chunks_exact(NUM_TAGS)
                .enumerate()
                .filter(|(_, row)| row.iter().any(|&w| w != 0))
                .map(|(b, row)| (b as u32, row)),
        );
        let mut transitions: Transitions = [[0; NUM_TAGS]; NUM_TAGS + 1];
        for (row, srow) in transitions.iter_mut().zip(&self.transitions) {
            for (t, &s) in row.iter_mut().zip(srow) {
                *t = (s * scale).round() as i32;
            }
        }
        TaggerModel {
            id: ModelId::fresh(),
            bits: self.bits,
            weights,
            transitions,
            clusters: clusters.clone(),
            provenance: String::from("{}"),
        }
    }
}
