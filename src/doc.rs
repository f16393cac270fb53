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
    /// A Doc from sentences that are already tokenized (CoNLL-style data), each sentence a
    /// block of its own region: tokens joined by single spaces, blocks by blank lines.
    pub fn from_tokenized<'a, S, W>(sentences: S) -> Doc
    where
        S: IntoIterator<Item = (Region, W)>,
        W: IntoIterator<Item = &'a str>,
    {
        let mut doc = Doc::default();
        for (region, words) in sentences {
            if !doc.text.is_empty() {
                doc.text.push_str("\n\n");
            }
            let start = doc.text.len();
            let first_token = doc.tokens.len();
            for word in words.into_iter().filter(|w| !w.is_empty()) {
                if doc.tokens.len() > first_token {
                    doc.text.push(' ');
                }
                let at = doc.text.len();
                doc.text.push_str(word);
                doc.tokens.push(Token {
                    start: at,
                    end: doc.text.len(),
                });
            }
            doc.blocks.push(Block {
                region,
                start,
                end: doc.text.len(),
            });
            doc.sentences.push(Sentence {
                start,
                end: doc.text.len(),
                tokens: first_token..doc.tokens.len(),
                block: doc.blocks.len() - 1,
            });
        }
        doc
    }

    /// The text of token `i`.
    pub fn token_str(&self, i: usize) -> &str {
        let t = self.tokens[i];
        &self.text[t.start..t.end]
    }

    /// The text of every token, in order: the words the entity tagger reads.
    pub fn words(&self) -> Vec<&str> {
        self.tokens
            .iter()
            .map(|t| self.text.get(t.start..t.end).unwrap_or(""))
            .collect()
    }

    /// Each sentence's token range, clamped to the token list.
    pub fn sentence_ranges(&self) -> Vec<std::ops::Range<usize>> {
        let n = self.tokens.len();
        self.sentences
            .iter()
            .map(|s| {
                let a = s.tokens.start.min(n);
                a..s.tokens.end.clamp(a, n)
            })
            .collect()
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
