//! The feature templates: for each token of a sentence, the hashed buckets of every feature that
//! fires. Pieces are 64-bit hashes mixed together, so no feature string is ever built.

use super::clusters::{WordClass, PREFIX_LENGTHS};
use super::document::{NameHistory, StoryContext};
use super::hash::{bucket, mix};
use super::token::{TokenInfo, ALL_CAPS, HAS_ALPHA, INIT_CAP};

/// Features of one sentence: bucket ids, token by token.
#[derive(Debug, Default)]
pub struct SentenceFeatures {
    pub buckets: Vec<u32>,
    /// `starts[i]..starts[i + 1]` are token i's buckets.
    pub starts: Vec<u32>,
}

impl SentenceFeatures {
    pub fn token(&self, i: usize) -> &[u32] {
        &self.buckets[self.starts[i] as usize..self.starts[i + 1] as usize]
    }

    pub fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Template ids; distinct constants keep features of different templates apart.
mod t {
    pub const BIAS: u64 = 1;
    pub const WORD: u64 = 2;
    pub const LOWER: u64 = 3;
    pub const SHAPE: u64 = 4;
    pub const SHORT_SHAPE: u64 = 5;
    pub const PREFIX: u64 = 6;
    pub const SUFFIX: u64 = 7;
    pub const WINDOW_WORD: u64 = 8;
    pub const WINDOW_SHAPE: u64 = 9;
    pub const BIGRAM_LEFT: u64 = 10;
    pub const BIGRAM_RIGHT: u64 = 11;
    pub const SHAPE_TRIGRAM: u64 = 12;
    pub const CLUSTER: u64 = 13;
    pub const WINDOW_CLUSTER: u64 = 14;
    pub const CORPUS_CASE: u64 = 15;
    pub const CAPS_LINE_SHAPE: u64 = 16;
    pub const FIRST_WORD: u64 = 17;
    pub const NUMERIC_LINE_SHAPE: u64 = 18;
    pub const LEXICON: u64 = 19;
    pub const LEXICON_LEFT: u64 = 20;
    pub const LEXICON_RIGHT: u64 = 21;
    pub const STORY_CASE: u64 = 22;
    pub const HISTORY: u64 = 23;
    pub const HISTORY_BEST: u64 = 24;
    pub const CAPS_LINE_WORD: u64 = 25;
    pub const CLUSTER_SHAPE: u64 = 26;
    pub const OTHER_LEFT: u64 = 27;
    pub const OTHER_RIGHT: u64 = 28;
    pub const LOGPROB: u64 = 29;
    pub const GAZETTEER: u64 = 30;
    pub const WINDOW_GAZETTEER: u64 = 31;
    pub const CLUSTER_BIGRAM: u64 = 32;
}

/// Where the word's own form sits among its buckets (`word_features` comes first: BIAS, then
/// WORD and LOWER). Training drops these at random so weight goes to the word knowledge that
/// also covers words never seen in training.
pub const WORD_FORM_BUCKETS: std::ops::Range<usize> = 1..3;

const EDGE: u64 = 0x5eed;

struct Sink<'a> {
    out: &'a mut Vec<u32>,
    bits: u32,
}

impl Sink<'_> {
    #[inline(always)]
    fn add(&mut self, template: u64, a: u64) {
        self.out.push(bucket(mix(mix(template, a), 0), self.bits));
    }
    #[inline(always)]
    fn add2(&mut self, template: u64, a: u64, b: u64) {
        self.out
            .push(bucket(mix(mix(mix(template, a), b), 1), self.bits));
    }
    #[inline(always)]
    fn add3(&mut self, template: u64, a: u64, b: u64, c: u64) {
        self.out
            .push(bucket(mix(mix(mix(mix(template, a), b), c), 2), self.bits));
    }
}

/// Features of the token alone (its form, shape and affixes) that come before the context
/// templates in `extract`; they are the same wherever the token string occurs.
#[inline(always)]
fn word_features(sink: &mut Sink<'_>, w: &TokenInfo) {
    sink.add(t::BIAS, 0);
    sink.add(t::WORD, w.word);
    sink.add(t::LOWER, w.lower);
    sink.add(t::SHAPE, w.shape);
    sink.add(t::SHORT_SHAPE, w.short_shape);
    for k in 0..4 {
        if w.prefix[k] != 0 {
            sink.add2(t::PREFIX, k as u64, w.prefix[k]);
        }
        if w.suffix[k] != 0 {
            sink.add2(t::SUFFIX, k as u64, w.suffix[k]);
        }
    }
}

/// Word-knowledge features of the token alone; also the same wherever the token string occurs.
/// The sources are soft evidence (a GeoNames hit is a location only a quarter of the time on
/// CoNLL dev), so each fires alone and with the token's casing, and the perceptron weighs them.
#[inline(always)]
fn class_features(sink: &mut Sink<'_>, w: &TokenInfo, class: Option<WordClass>) {
    let Some(c) = class else {
        return;
    };
    let c = if w.has(INIT_CAP) || w.has(ALL_CAPS) {
        c.as_cased()
    } else {
        c
    };
    if c.cluster != 0 {
        for k in PREFIX_LENGTHS {
            sink.add2(t::CLUSTER, k as u64, c.prefix(k) as u64);
        }
        sink.add2(t::CLUSTER_SHAPE, c.prefix(6) as u64, w.short_shape);
    }
    sink.add2(t::LOGPROB, c.logprob as u64, w.case_class());
    let mut bits = c.gazetteer;
    while bits != 0 {
        let b = bits.trailing_zeros() as u64;
        bits &= bits - 1;
        sink.add(t::GAZETTEER, b);
        sink.add2(t::GAZETTEER, b, w.case_class());
    }
}

/// The buckets of every feature of a token that depends on its string alone
/// (`word_features` and `class_features`): the tagger sums their weights once per distinct
/// string and adds the context features of `extract_context` per occurrence.
pub fn token_buckets(w: &TokenInfo, class: Option<WordClass>, bits: u32, out: &mut Vec<u32>) {
    out.clear();
    let mut sink = Sink { out, bits };
    word_features(&mut sink, w);
    class_features(&mut sink, w, class);
}

/// The window offsets whose features depend on the neighbour alone: -2, -1, +1, +2.
pub const NEIGHBOUR_OFFSETS: [isize; 4] = [-2, -1, 1, 2];

/// The features a token gets from its neighbour `d` places away (one of `NEIGHBOUR_OFFSETS`):
/// its lowercase form, shape and word class. `None` is the sentence edge. They depend on the
/// neighbour's string alone, so the tagger sums them once per distinct string and offset.
#[inline(always)]
fn neighbour_features(
    sink: &mut Sink<'_>,
    d: isize,
    neighbour: Option<(&TokenInfo, Option<WordClass>)>,
) {
    let (lower, shape, short, class) = match neighbour {
        Some((x, class)) => {
            let cased = x.has(INIT_CAP) || x.has(ALL_CAPS);
            let class = class.map(|c| if cased { c.as_cased() } else { c });
            (x.lower, x.shape, x.short_shape, class)
        }
        None => (EDGE, EDGE, EDGE, None),
    };
    sink.add2(t::WINDOW_WORD, d as u64, lower);
    match d {
        -2 => sink.add2(t::WINDOW_SHAPE, 2, short),
        -1 => sink.add2(t::WINDOW_SHAPE, 0, shape),
        1 => sink.add2(t::WINDOW_SHAPE, 1, shape),
        _ => sink.add2(t::WINDOW_SHAPE, 3, short),
    }
    if d == -1 || d == 1 {
        let prefix = class.map_or(0xffff_ffff, |c| c.prefix(6) as u64);
        sink.add2(t::WINDOW_CLUSTER, d as u64, prefix);
        // A first name before, a legal suffix after: what the neighbour is helps this word.
        let mut bits = class.map_or(0, |c| c.gazetteer);
        while bits != 0 {
            let b = bits.trailing_zeros() as u64;
            bits &= bits - 1;
            sink.add2(t::WINDOW_GAZETTEER, d as u64, b);
        }
    }
}

/// The buckets of the features that a token (`None`: the sentence edge) gives the token `d`
/// places away; `extract_context` leaves them out.
pub fn neighbour_buckets(
    neighbour: Option<(&TokenInfo, Option<WordClass>)>,
    d: isize,
    bits: u32,
    out: &mut Vec<u32>,
) {
    out.clear();
    neighbour_features(&mut Sink { out, bits }, d, neighbour);
}

/// Computes the features of sentence `s` of the story into `out`: all of them, as training
/// needs.
pub fn extract(
    ctx: &StoryContext,
    s: usize,
    history: &NameHistory,
    bits: u32,
    out: &mut SentenceFeatures,
) {
    extract_with(ctx, s, history, bits, out, true, &[]);
}

/// Like `extract`, but without the features of `token_buckets` and `neighbour_buckets`, and
/// none at all for the tokens marked in `plain` (`plain::mark`), which only O can tag.
pub fn extract_context(
    ctx: &StoryContext,
    s: usize,
    history: &NameHistory,
    bits: u32,
    out: &mut SentenceFeatures,
    plain: &[bool],
) {
    extract_with(ctx, s, history, bits, out, false, plain);
}

#[inline(always)]
fn extract_with(
    ctx: &StoryContext,
    s: usize,
    history: &NameHistory,
    bits: u32,
    out: &mut SentenceFeatures,
    all: bool,
    plain: &[bool],
) {
    out.buckets.clear();
    out.starts.clear();
    out.starts.push(0);
    let Some(range) = ctx.sentences.get(s).cloned() else {
        return;
    };
    let toks = &ctx.tokens[range.clone()];
    let classes = &ctx.classes[range.clone()];
    let marks = &ctx.marks[range.clone()];
    let cue = ctx.cues[s];
    let caps_line = cue.all_caps as u64;
    let n = toks.len();
    let tok = |j: isize| -> Option<&TokenInfo> {
        if j < 0 {
            None
        } else {
            toks.get(j as usize)
        }
    };
    // Filled as locals and put back at the end: pushed to through `out`, each push reloaded
    // the vectors' lengths and pointers from memory, which the bucket stores might have changed.
    let mut buckets = std::mem::take(&mut out.buckets);
    let mut starts = std::mem::take(&mut out.starts);
    let mut sink = Sink {
        out: &mut buckets,
        bits,
    };
    for i in 0..n {
        if plain.get(i) == Some(&true) {
            starts.push(sink.out.len() as u32);
            continue;
        }
        let w = &toks[i];
        let ii = i as isize;
        let lower_at = |j: isize| tok(j).map_or(EDGE, |x| x.lower);
        let short_at = |j: isize| tok(j).map_or(EDGE, |x| x.short_shape);
        if all {
            word_features(&mut sink, w);
            // The same call the tagger makes per distinct neighbour string.
            for d in NEIGHBOUR_OFFSETS {
                let j = ii + d;
                let x = tok(j).map(|x| (x, classes[j as usize]));
                neighbour_features(&mut sink, d, x);
            }
        }
        sink.add2(t::BIGRAM_LEFT, lower_at(ii - 1), w.lower);
        sink.add2(t::BIGRAM_RIGHT, w.lower, lower_at(ii + 1));
        sink.add3(
            t::SHAPE_TRIGRAM,
            short_at(ii - 1),
            w.short_shape,
            short_at(ii + 1),
        );

        // Word knowledge: robust to casing and to words never seen in training.
        if all {
            class_features(&mut sink, w, classes[i]);
        }
        // Cluster pairs generalise the word bigrams to words never seen together.
        let cluster_at = |j: isize| -> u64 {
            match tok(j) {
                Some(x) => classes[j as usize].map_or(0xfffe, |c| {
                    let cased = x.has(INIT_CAP) || x.has(ALL_CAPS);
                    (if cased { c.as_cased() } else { c }).prefix(6) as u64
                }),
                None => EDGE,
            }
        };
        let here = cluster_at(ii);
        sink.add2(t::CLUSTER_BIGRAM, cluster_at(ii - 1), here);
        sink.add3(t::CLUSTER_BIGRAM, here, cluster_at(ii + 1), 1);
        match classes[i] {
            Some(c) => {
                sink.add3(
                    t::CORPUS_CASE,
                    c.capitalised as u64,
                    w.case_class(),
                    caps_line,
                );
                sink.add2(t::CORPUS_CASE, 9, c.acronym as u64 * 2 + caps_line);
            }
            None => sink.add3(t::CORPUS_CASE, 7, w.case_class(), caps_line),
        }

        // Sentence-level cues survive ALL-CAPS headlines and results tables.
        if cue.all_caps {
            sink.add(t::CAPS_LINE_SHAPE, w.short_shape);
            sink.add(t::CAPS_LINE_WORD, w.lower);
        }
        if i == 0 {
            sink.add(t::FIRST_WORD, w.case_class());
        }
        if cue.numeric {
            sink.add(t::NUMERIC_LINE_SHAPE, w.short_shape);
        }

        // Hand-written lexicons, for this token and its neighbours.
        let m = marks[i];
        for (kind, set) in [(0u64, m.unit), (1, m.begins), (2, m.continues)] {
            let mut bits_left = set;
            while bits_left != 0 {
                let b = bits_left.trailing_zeros() as u64;
                bits_left &= bits_left - 1;
                sink.add2(t::LEXICON, kind, b);
                sink.add3(t::LEXICON, kind, b, w.case_class());
            }
        }
        if i > 0 {
            let p = marks[i - 1];
            let mut set = p.unit | p.continues;
            while set != 0 {
                let b = set.trailing_zeros() as u64;
                set &= set - 1;
                sink.add2(t::LEXICON_LEFT, b, w.case_class());
            }
        }
        if i + 1 < n {
            let q = marks[i + 1];
            let mut set = q.unit | q.begins;
            while set != 0 {
                let b = set.trailing_zeros() as u64;
                set &= set - 1;
                sink.add2(t::LEXICON_RIGHT, b, w.case_class());
            }
        }

        // The rest of the story: how this word is cased elsewhere, and what it was named before.
        if w.has(HAS_ALPHA) {
            let ev = ctx.case_at(range.start + i);
            let start = (i == 0) as u64;
            sink.add3(
                t::STORY_CASE,
                ev.class(),
                w.case_class(),
                caps_line * 2 + start,
            );
        }
        if w.has(INIT_CAP) || w.has(ALL_CAPS) {
            if let Some((counts, best)) = history.lookup(ctx, range.start + i) {
                for (k, &c) in counts.iter().enumerate() {
                    if c > 0 {
                        sink.add(t::HISTORY, k as u64);
                    }
                }
                sink.add2(t::HISTORY_BEST, best.index() as u64, caps_line);
            }
        }
        // Neighbours of this word's other occurrences in the story.
        if w.has(INIT_CAP) || w.has(ALL_CAPS) {
            if let Some(slots) = ctx.occurrences_at(range.start + i) {
                let here = range.start + i;
                for &j in slots
                    .iter()
                    .filter(|&&j| j != u32::MAX && j as usize != here)
                {
                    let j = j as usize;
                    let left = j
                        .checked_sub(1)
                        .and_then(|p| ctx.tokens.get(p))
                        .map_or(EDGE, |x| x.lower);
                    let right = ctx.tokens.get(j + 1).map_or(EDGE, |x| x.lower);
                    sink.add(t::OTHER_LEFT, left);
                    sink.add(t::OTHER_RIGHT, right);
                }
            }
        }
        starts.push(sink.out.len() as u32);
    }
    out.buckets = buckets;
    out.starts = starts;
}
