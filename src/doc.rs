//! The analysed document that every stage after parsing reads: the normalized analysis text
//! (headline, dateline and body paragraphs, separated by blank lines), its blocks, sentences
//! and tokens. All offsets here are byte offsets into `Doc::text`; only `crate::article` turns
//! them into offsets of the user's input.

use std::ops::Range;

/// Which part of the story a block of text came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Region {
    Headline,
    Dateline,
    Byline,
    Body,
}

/// One block of the analysis text: the headline, the dateline, the byline or a body paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub region: Region,
    pub start: usize,
    pub end: usize,
}

/// A token: a byte range of `Doc::text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
}

/// A sentence: a byte range of `Doc::text` and the range of its tokens in `Doc::tokens`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub tokens: Range<usize>,
    /// Index into `Doc::blocks` of the block holding this sentence.
    pub block: usize,
}

/// The normalized, segmented story.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    pub text: String,
    pub blocks: Vec<Block>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
}

impl Doc {
    /// The text of token `i`.
    pub fn token_str(&self, i: usize) -> &str {
        let t = self.tokens[i];
        &self.text[t.start..t.end]
    }

    /// The tokens of one sentence.
    pub fn sentence_tokens(&self, sentence: &Sentence) -> &[Token] {
        &self.tokens[sentence.tokens.clone()]
    }

    /// The region of the block that holds sentence `s`.
    pub fn sentence_region(&self, sentence: &Sentence) -> Region {
        self.blocks[sentence.block].region
    }
}
