//! Segmentation of the normalized text into tokens and sentences, block by block: sentences
//! never cross a paragraph, headline or dateline.

mod abbreviations;
pub mod sentences;
pub mod tokens;

use crate::doc::{Doc, Sentence};

/// Builds the segmenter's tables now rather than on first use (see `crate::warm_up`).
pub(crate) fn warm_up() {
    abbreviations::warm_up();
}

/// Fill `doc.tokens` and `doc.sentences` from `doc.text` and `doc.blocks`.
pub fn segment(doc: &mut Doc) {
    doc.tokens.clear();
    doc.sentences.clear();
    // News averages more than five bytes a token (a word and its space): room for a token
    // every four bytes spares the doublings that copied the growing list again and again.
    doc.tokens.reserve(doc.text.len() / 4);
    for (b, block) in doc.blocks.iter().enumerate() {
        let first = doc.tokens.len();
        tokens::tokenize(&doc.text, block.start, block.end, &mut doc.tokens);
        let block_tokens = &doc.tokens[first..];
        for range in sentences::split(&doc.text, block_tokens) {
            let (a, z) = (first + range.start, first + range.end);
            doc.sentences.push(Sentence {
                start: doc.tokens[a].start,
                end: doc.tokens[z - 1].end,
                tokens: a..z,
                block: b,
            });
        }
    }
}
