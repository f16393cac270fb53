//! Quotations and their speakers: who said what in a story.
//!
//! The stages, one module each: `marks` pairs quotation marks in linear time; `attribute`
//! finds the cue (`cues` is the lexicon) that introduces each quote in its own sentence;
//! `speaker` reads the local speaker mention next to that cue; `resolve` turns it into a
//! canonical name; `filter` drops what is not a quote and tells direct from partial quotes.
//! This module ties them together and handles what spans sentences: a quote that runs over
//! several paragraphs (one record per paragraph piece, all sharing the speaker named in any
//! piece) and a quote whose speaker was named in an earlier sentence.
//!
//! Not quotes: markup attribute values are always dropped; titles of works, nicknames and
//! scare quotes are dropped by the rules in `filter` (title-cased runs and short fragments
//! whose sentence has no cue; anything after "so-called", "titled" and the like).
//! Single-marked text (‘…’, '…') is paired, so that it never upsets the double marks around
//! it, but not reported: in the copy we measured it is a quote within a quote, headline
//! shorthand or a scare quote far more often than a quotation. The doubled apostrophes
//! ''…'' of archive copy (NYT stories as databases deliver them) are double marks.
//! Everything kept without any speaker has `speaker: None`.
//!
//! All offsets are byte offsets into `Doc::text`.

mod attribute;
mod cue_site;
mod cues;
mod filter;
mod marks;
mod narration;
mod reported;
mod resolve;
mod speaker;
mod subject;
mod tokens;

use crate::doc::Doc;
use crate::entities::Mention;
use attribute::{Attribution, Attributor, Placed};
pub use marks::MarkFamily;
pub use resolve::Speaker;
use std::ops::Range;
use tokens::Tokens;

/// Builds the quote finder's tables now rather than on first use (see `crate::warm_up`).
pub(crate) fn warm_up() {
    reported::warm_up();
    cues::warm_up();
}

#[cfg(test)]
mod scraped_tests;
#[cfg(test)]
mod tests;

/// A direct quote (a sentence or more), a partial one (a fragment in reported speech) or an
/// indirect one (reported speech without quotation marks).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    Direct,
    Partial,
    Indirect,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// One quote, in byte offsets of `Doc::text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteRecord {
    /// The quoted words without the marks; for an indirect quote, the reported content.
    pub start: usize,
    pub end: usize,
    /// The whole attributed content: the quote itself, or the reported clause that holds a
    /// partial quote.
    pub content: Range<usize>,
    pub kind: QuoteKind,
    pub speaker: Option<Speaker>,
    /// The cue's byte range: "said", "told reporters", "according to".
    pub cue: Option<Range<usize>>,
}

/// The quotes of a story and the warnings about its quotation marks (positions in `doc.text`).
#[derive(Debug, Clone, Default)]
pub struct QuoteFindings {
    pub quotes: Vec<QuoteRecord>,
    pub warnings: Vec<crate::warning::Warning>,
}

/// Find the quotes of a story and their speakers. `mentions` are the story's entities,
/// sorted by start and non-overlapping, as `find_entities` returns them.
pub fn find_quotes(doc: &Doc, mentions: &[Mention]) -> QuoteFindings {
    find_quotes_in(doc, doc.words(), mentions)
}

/// `find_quotes`, given the story's `Doc::words` (shared with the entity finder).
pub(crate) fn find_quotes_in<'a>(
    doc: &'a Doc,
    words: Vec<&'a str>,
    mentions: &'a [Mention],
) -> QuoteFindings {
    let mut warnings = Vec::new();
    let mut quoted = marks::pair_marks(doc, &mut warnings);
    quoted.retain(|q| {
        !q.nested
            && doc
                .text
                .get(q.start..q.end)
                .is_some_and(|c| c.chars().any(char::is_alphanumeric))
    });
    quoted.sort_by_key(|q| q.open);
    let tokens = Tokens::new(doc, mentions, words);
    let placed: Vec<Placed> = quoted.into_iter().map(|q| place(&tokens, q)).collect();
    let attributor = Attributor {
        tokens: &tokens,
        quotes: &placed,
    };
    let mut frame = Vec::with_capacity(attribute_frame_capacity());
    let own: Vec<Option<Attribution>> = (0..placed.len())
        .map(|k| attributor.own(k, &mut frame))
        .collect();
    let chains = chain_heads(doc, &placed);
    let chain_owns = chain_attributions(&chains, &own);
    let mut quotes = Vec::with_capacity(placed.len());
    let mut finals: Vec<Option<Attribution>> = Vec::with_capacity(placed.len());
    for (k, q) in placed.iter().enumerate() {
        // `"...," she said. "..."`: the paragraph's previous quote lends its speaker, when it
        // is near (scraped copy that lost its paragraph breaks is one long paragraph).
        let previous = k
            .checked_sub(1)
            .filter(|&p| placed[p].quoted.block == q.quoted.block)
            .filter(|&p| q.open_tok.saturating_sub(placed[p].after_tok) <= LEND_REACH)
            .and_then(|p| finals[p]);
        let chained = own[k].or_else(|| chain_owns[chains[k]]).or(previous);
        let cued = chained.is_some_and(|a| a.cue.is_some());
        let attribution = chained.or_else(|| attributor.context(k, &mut frame));
        finals.push(attribution);
        if !keep(doc, &tokens, q, cued, own[k].is_some()) {
            continue;
        }
        if let Some(record) = record(doc, &tokens, q, attribution) {
            quotes.push(record);
        }
    }
    reported::add_reported(&attributor, &mut quotes);
    QuoteFindings { quotes, warnings }
}

fn attribute_frame_capacity() -> usize {
    128
}

/// How many tokens may separate a quote from the previous quote that lends it a speaker:
/// about a sentence (`"...," she said. "..."`). On PolNeAR dev 20 to 30 score alike; without
/// a limit, flattened copy lends speakers across what were paragraphs.
const LEND_REACH: usize = 25;

/// A quote on the token stream.
fn place(tokens: &Tokens, quoted: marks::Quoted) -> Placed {
    let block = tokens.doc.blocks.get(quoted.block);
    let (block_start, block_end) = block.map_or((0, 0), |b| (b.start, b.end));
    let content = tokens.doc.text.get(quoted.start..quoted.end).unwrap_or("");
    let ends_sentence = content
        .trim_end_matches(|c: char| c.is_whitespace() || c == ')')
        .ends_with(['.', '!', '?', '…']);
    Placed {
        open_tok: tokens.first_at(quoted.open),
        after_tok: tokens.first_at(quoted.close_end),
        block_first: tokens.first_at(block_start),
        block_end: tokens.first_at(block_end),
        ends_sentence,
        quoted,
    }
}

/// For each quote, the index of the first piece of the multi-paragraph quote it belongs to:
/// a piece left open at a paragraph end continues in a next paragraph that opens with a mark,
/// or in a mark that re-opens it mid-line after a lost paragraph break (see `marks`).
fn chain_heads(doc: &Doc, placed: &[Placed]) -> Vec<usize> {
    let mut heads: Vec<usize> = (0..placed.len()).collect();
    for k in 1..placed.len() {
        let (prev, q) = (&placed[k - 1].quoted, &placed[k].quoted);
        let opens_block = doc.blocks.get(q.block).is_some_and(|b| b.start == q.open);
        let next_block = prev.block + 1 == q.block && opens_block;
        let reopened = prev.block == q.block && q.reopens;
        if prev.runs_on && (next_block || reopened) {
            heads[k] = heads[k - 1];
        }
    }
    heads
}

/// For each chain head, the first attribution found in any piece of its multi-paragraph
/// quote (one pass, so a long run of pieces stays linear).
fn chain_attributions(heads: &[usize], own: &[Option<Attribution>]) -> Vec<Option<Attribution>> {
    let mut first: Vec<Option<Attribution>> = vec![None; heads.len()];
    for (k, &head) in heads.iter().enumerate() {
        if first[head].is_none() {
            first[head] = own[k];
        }
    }
    first
}

/// Whether quoted words are a quote at all (see `filter` for what is dropped).
fn keep(doc: &Doc, tokens: &Tokens, q: &Placed, attributed: bool, has_subject: bool) -> bool {
    let quoted = &q.quoted;
    if filter::is_attribute_value(&doc.text, quoted.open) {
        return false;
    }
    if quoted.family == MarkFamily::Single {
        return false;
    }
    // "his new book, "...": a naming word, maybe before a comma.
    let mut before = q.open_tok.checked_sub(1).filter(|&t| t >= q.block_first);
    if let Some(t) = before.filter(|&t| tokens.word(t) == ",") {
        before = t.checked_sub(1).filter(|&t| t >= q.block_first);
    }
    if before.is_some_and(|t| filter::is_naming_word(tokens.word(t))) {
        return false;
    }
    // `MSNBC's "Morning Joe,"`, `"Perfect Enough" by George Anders`: a title, cue or not.
    let content = doc.text.get(quoted.start..quoted.end).unwrap_or("");
    let possessed = before.is_some_and(|t| matches!(tokens.word(t), "'s" | "’s"));
    // `this weekend's broadcast of "Fox News Sunday,"`: a naming word before "of" or "on".
    let named_by = before
        .filter(|&t| matches!(tokens.word(t), "of" | "on"))
        .and_then(|t| t.checked_sub(1))
        .is_some_and(|t| filter::is_naming_word(tokens.word(t)));
    if named_by && filter::looks_like_title(content) {
        return false;
    }
    let authored = tokens.word(q.after_tok) == "by";
    if filter::looks_like_title(content) && (possessed || authored) {
        return false;
    }
    if attributed {
        return true;
    }
    // A short fragment in a sentence with a subject is more often a partial quote than a
    // scare quote ("Cruz coached Trump to "breathe""); a title-cased one is a title.
    !filter::looks_like_title(content) && (has_subject || filter::word_count(content) > 3)
}

/// The public record of a kept quote.
fn record(
    doc: &Doc,
    tokens: &Tokens,
    q: &Placed,
    attribution: Option<Attribution>,
) -> Option<QuoteRecord> {
    let raw = doc.text.get(q.quoted.start..q.quoted.end)?;
    let lead = raw.len() - raw.trim_start().len();
    let content = raw.trim();
    if content.is_empty() {
        return None;
    }
    let start = q.quoted.start + lead;
    let after_word = q
        .open_tok
        .checked_sub(1)
        .filter(|&t| t >= q.block_first)
        .is_some_and(|t| tokens.word(t).chars().any(char::is_alphanumeric));
    Some(QuoteRecord {
        start,
        end: start + content.len(),
        content: start..start + content.len(),
        kind: filter::kind(content, after_word),
        speaker: attribution.map(|a| tokens.resolve(a.speaker)),
        cue: attribution.and_then(|a| a.cue).map(|(first, end)| {
            tokens.token_start(first)..tokens.token_end(end.max(first + 1) - 1)
        }),
    })
}
