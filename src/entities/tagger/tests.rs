//! The tagger's shortcuts (per-string scores, the per-thread memory of strings, the
//! vectorised decoder step) must give exactly what summing every feature of every token and
//! decoding gives. These tests tag invented stories both ways.

use super::document::{NameHistory, StoryContext};
use super::features::{self, SentenceFeatures};
use super::tags::{self, NameSpan, NUM_TAGS};
use super::viterbi::Decoder;
use super::TaggerModel;
use crate::entities::Model;
use std::ops::Range;

/// Every feature of every token summed afresh, as training sees them.
fn tag_plainly(
    model: &TaggerModel,
    words: &[&str],
    sentences: &[Range<usize>],
) -> Vec<Vec<NameSpan>> {
    let ctx = StoryContext::new(words, sentences, &model.clusters);
    let mut history = NameHistory::default();
    let mut feats = SentenceFeatures::default();
    let (mut decoder, mut tags) = (Decoder::default(), Vec::new());
    let mut out = Vec::new();
    for (s, range) in ctx.sentences.iter().enumerate() {
        features::extract(&ctx, s, &history, model.bits, &mut feats);
        let emissions: Vec<[i32; NUM_TAGS]> = (0..feats.len())
            .map(|i| {
                let mut rows = feats.token(i).to_vec();
                model.weights.resolve(&mut rows);
                let mut e = [0; NUM_TAGS];
                model.weights.add_rows(&rows, &mut e);
                e
            })
            .collect();
        decoder.decode(&emissions, &model.transitions, &mut tags);
        let names = tags::decode(&tags);
        history.record(&ctx, range.start, &names);
        out.push(names);
    }
    out
}

/// Invented copy: one sentence per line, tokens split on spaces.
const STORIES: &[&str] = &[
    "Harbour Minister Lena Sorvik said on Tuesday the port of Kessington would reopen .\n\
     Sorvik told reporters that Meridian Freight had agreed to pay 4 million euros .\n\
     \" We will not wait , \" she said .",
    "LONDON ( Wire ) - The Bank of Eastmoor kept rates unchanged .\n\
     Governor Amos Quill said inflation in Eastmoor was easing .\n\
     Quill spoke after talks with the Northland Finance Ministry .",
    "RESULTS : Kessington Rovers 2 Eastmoor United 1 .\n\
     The Rovers coach , Dana Fell , praised her side .",
];

fn split(story: &str) -> (Vec<&str>, Vec<Range<usize>>) {
    let mut words = Vec::new();
    let mut sentences = Vec::new();
    for line in story.lines() {
        let start = words.len();
        words.extend(line.split_whitespace());
        sentences.push(start..words.len());
    }
    (words, sentences)
}

#[test]
fn shortcuts_tag_exactly_as_summing_every_feature() {
    let model = Model::default_model().tagger();
    // Twice through, so the second round reads strings remembered from every story.
    for _ in 0..2 {
        for story in STORIES {
            let (words, sentences) = split(story);
            let expected = tag_plainly(model, &words, &sentences);
            assert_eq!(model.tag_story(&words, &sentences), expected, "{story}");
            let ctx = StoryContext::new(&words, &sentences, &model.clusters);
            let mut ws = super::Workspace::default();
            assert_eq!(model.tag_context(&ctx, &mut ws), expected, "{story}");
        }
    }
}

#[test]
fn the_plain_tagging_finds_names() {
    // Guards the comparison above against both sides finding nothing.
    let model = Model::default_model().tagger();
    let (words, sentences) = split(STORIES[0]);
    let names: usize = tag_plainly(model, &words, &sentences)
        .iter()
        .map(Vec::len)
        .sum();
    assert!(names >= 3, "{names}");
}
