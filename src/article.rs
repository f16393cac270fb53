//! The results users see: `Article`, `Span`, `Entity` and `Quote`. Offsets here are code-point
//! (Python `str`) indices into the text the user passed in, and every span's `text` is exactly
//! that slice of the input.

use serde::{Deserialize, Serialize};

/// A stretch of the input: `input[start..end]` in code points equals `text`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// A named entity or a number/time expression.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// One of the 18 spaCy/OntoNotes labels: PERSON, NORP, FAC, ORG, GPE, LOC, PRODUCT, EVENT,
    /// WORK_OF_ART, LAW, LANGUAGE, DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL, CARDINAL.
    pub label: String,
    /// The fullest name of the same entity in this article ("Taro Kono" for "Kono").
    pub canonical: String,
}

/// A quotation and who said it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words, without the quote marks.
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Canonical name of the speaker, else the description's text ("a spokesman"), else
    /// None: never a bare pronoun (one that resolves to no name gives no speaker) and never
    /// "I", "we" or "you".
    pub speaker: Option<String>,
    /// The mention that introduces the quote: a name, a pronoun or a description (a pronoun
    /// that leaves `speaker` None is still here).
    pub speaker_mention: Option<String>,
    pub speaker_start: Option<usize>,
    pub speaker_end: Option<usize>,
    /// "PERSON", "ORG", "GPE" or "NORP" for a named speaker (or a description resolved to
    /// one), "DESCRIPTION" for a nominal speaker ("a spokesman", "police"); None with no
    /// speaker.
    pub speaker_label: Option<String>,
    /// The speech verb or phrase: "said", "told reporters", "according to".
    pub cue: Option<String>,
    pub cue_start: Option<usize>,
    pub cue_end: Option<usize>,
    /// "direct" for a quoted sentence or more, "partial" for a quoted fragment, "indirect"
    /// for reported speech without quotation marks.
    pub kind: String,
    /// The whole attributed content: the same as `text` for direct and indirect quotes, the
    /// reported clause that holds a partial quote.
    pub content: String,
    pub content_start: usize,
    pub content_end: usize,
}

/// One analysed story.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// The input, decoded.
    pub text: String,
    pub source: Option<String>,
    pub headline: Option<String>,
    pub dateline: Option<String>,
    pub byline: Option<String>,
    pub date: Option<String>,
    /// The publication date in ISO 8601, when the input says it (web pages' metadata).
    #[serde(default)]
    pub published: Option<String>,
    /// The page's canonical URL (web pages only).
    #[serde(default)]
    pub url: Option<String>,
    /// The normalized body: paragraphs joined by "\n\n", hard wraps removed.
    pub body: String,
    /// Body paragraphs, as spans of the input.
    pub paragraphs: Vec<Span>,
    /// Body sentences, as spans of the input.
    pub sentences: Vec<Span>,
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    pub warnings: Vec<String>,
}
