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
    /// spaCy/OntoNotes label: PERSON, ORG, GPE, LOC, NORP, MISC, DATE, TIME, PERCENT, MONEY,
    /// QUANTITY, ORDINAL, CARDINAL ...
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
    /// Canonical name of the speaker, else the mention's text, else None.
    pub speaker: Option<String>,
    /// The mention that introduces the quote: a name, a pronoun or a description.
    pub speaker_mention: Option<String>,
    pub speaker_start: Option<usize>,
    pub speaker_end: Option<usize>,
    /// Entity label of the speaker (PERSON, ORG ...), when known.
    pub speaker_label: Option<String>,
    /// The speech verb or phrase: "said", "told reporters", "according to".
    pub cue: Option<String>,
    pub cue_start: Option<usize>,
    pub cue_end: Option<usize>,
    /// "direct" for a quoted sentence or more, "partial" for a quoted fragment.
    pub kind: String,
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
