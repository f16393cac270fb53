//! The token view the quote finder reads: token words, byte bounds, the entity mention under
//! each token, and token lookups by byte offset. Built once per story in one pass over the
//! mentions; every accessor is bounds-checked, so no input can make a lookup panic.

use crate::doc::Doc;
use crate::entities::Mention;
use std::ops::Range;

const NO_MENTION: u32 = u32::MAX;

/// A story's tokens with the entity mentions laid over them.
#[derive(Debug)]
pub struct Tokens<'a> {
    pub doc: &'a Doc,
    pub mentions: &'a [Mention],
    /// The mention covering each token, or `NO_MENTION`.
    mention_at: Vec<u32>,
    /// The text of each token (`Doc::words`): the quote finder reads words thousands of times
    /// per story, and slicing the text checks both ends for a character boundary each time.
    words: Vec<&'a str>,
    /// The tokens of each mention (`mention_tokens`), found once here.
    mention_ranges: Vec<Range<usize>>,
}

impl<'a> Tokens<'a> {
    /// `words` must be `doc.words()`.
    pub fn new(doc: &'a Doc, mentions: &'a [Mention], words: Vec<&'a str>) -> Self {
        let mut mention_at = vec![NO_MENTION; doc.tokens.len()];
        // The mentions come sorted, so each bound is found by stepping on from the last one
        // rather than by a binary search per bound.
        let mut cursor = (0, 0);
        let mut first_at = |at: usize| {
            let (from, last_at) = cursor;
            let k = if at >= last_at {
                let rest = &doc.tokens[from..];
                from + rest
                    .iter()
                    .position(|t| t.start >= at)
                    .unwrap_or(rest.len())
            } else {
                doc.tokens.partition_point(|t| t.start < at)
            };
            cursor = (k, at);
            k
        };
        let mut mention_ranges = Vec::with_capacity(mentions.len());
        for (i, m) in mentions.iter().enumerate() {
            let first = first_at(m.start);
            let end = first_at(m.end);
            for slot in mention_at.get_mut(first..end).into_iter().flatten() {
                *slot = u32::try_from(i).unwrap_or(NO_MENTION);
            }
            mention_ranges.push(first..end);
        }
        Self {
            doc,
            mentions,
            mention_at,
            words,
            mention_ranges,
        }
    }

    pub fn len(&self) -> usize {
        self.doc.tokens.len()
    }

    /// The text of token `t`, or "" past the end.
    pub fn word(&self, t: usize) -> &'a str {
        self.words.get(t).copied().unwrap_or("")
    }

    pub fn token_start(&self, t: usize) -> usize {
        self.doc
            .tokens
            .get(t)
            .map_or(self.doc.text.len(), |x| x.start)
    }

    pub fn token_end(&self, t: usize) -> usize {
        self.doc
            .tokens
            .get(t)
            .map_or(self.doc.text.len(), |x| x.end)
    }

    /// The first token that starts at or after byte `at`.
    pub fn first_at(&self, at: usize) -> usize {
        self.doc.tokens.partition_point(|t| t.start < at)
    }

    /// The index of the entity mention covering token `t`.
    pub fn mention_of(&self, t: usize) -> Option<usize> {
        let m = *self.mention_at.get(t)?;
        (m != NO_MENTION).then_some(m as usize)
    }

    /// The tokens of mention `m`.
    pub fn mention_tokens(&self, m: usize) -> Range<usize> {
        self.mention_ranges.get(m).cloned().unwrap_or(0..0)
    }

    pub fn is_quote_mark(&self, t: usize) -> bool {
        matches!(
            self.word(t),
            "\"" | "“" | "”" | "«" | "»" | "‘" | "’" | "'" | "``" | "''"
        )
    }

    /// A token that ends a sentence outside quotes: not a period before a bracket, a comma
    /// or a lower-case word ("(R-Fla.) said").
    pub fn ends_sentence(&self, t: usize) -> bool {
        if !matches!(self.word(t), "." | "!" | "?" | "..." | ";") {
            return false;
        }
        let next = self.word(t + 1);
        !(matches!(next, ")" | "," | "]") || next.starts_with(|c: char| c.is_lowercase()))
    }
}
