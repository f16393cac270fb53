//! One story through the whole pipeline, in two halves: `prepare` parses the layout and
//! normalizes each part into the analysis text (enough for the headline, body and paragraphs);
//! `finish` segments it and finds entities and quotes. Everything is reported in the input's
//! own offsets. `analyze` runs both; `copydesk.analyze` in Python runs the second on demand.

use crate::article::{Article, Entity, Quote, Span};
use crate::doc::{Block, Doc, Region};
use crate::entities::{find_entities_in, Mention};
use crate::normalize::wraps::Line;
use crate::normalize::{normalize_paragraph, NormalizeOptions, Notes};
use crate::offsets::{CharIndex, MappedText, OffsetCursor};
use crate::quotes::{find_quotes_in, QuoteRecord};
use crate::Analyzer;
use crate::{parse, segment};
use std::cell::Cell;
use std::ops::Range;

/// The map from analysis-text byte ranges to spans of the input.
struct Spans<'a> {
    input: &'a str,
    mapped: &'a MappedText,
    chars: &'a CharIndex,
    /// Where the last span's pieces of the map were: most spans come in order.
    cursor: Cell<OffsetCursor>,
}

impl Spans<'_> {
    /// The span of the input behind the analysis-text range `range`.
    fn span(&self, range: Range<usize>) -> Span {
        // (The cursor only says where to start looking: the range is the same in any order.)
        let mut cursor = self.cursor.get();
        let range = self.mapped.orig_range_from(range, &mut cursor);
        self.cursor.set(cursor);
        Span {
            start: self.chars.char_offset(range.start),
            end: self.chars.char_offset(range.end),
            text: self.input[range].to_string(),
        }
    }
}

/// A story parsed and normalized but not yet segmented: the analysis text with its map back to
/// the input, and its blocks. It is what [`Prepared::finish`] needs and nothing per token, so
/// a lazily analysed article can hold it cheaply until its entities are asked for.
#[derive(Debug, Clone)]
pub struct Prepared {
    mapped: MappedText,
    blocks: Vec<Block>,
}

/// What segmentation, the entity tagger and the quote finder add to a prepared story.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Findings {
    pub sentences: Vec<Span>,
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    /// Warnings the quote finder adds; they follow the prepared article's own.
    pub warnings: Vec<String>,
}

impl Findings {
    /// Fill the article's sentences, entities and quotes and append the warnings.
    pub fn complete(self, article: &mut Article) {
        article.sentences = self.sentences;
        article.entities = self.entities;
        article.quotes = self.quotes;
        article.warnings.extend(self.warnings);
    }
}

impl Prepared {
    /// Segment the story and find its entities and quotes. `input` is the prepared article's
    /// `text`, which every offset indexes.
    pub fn finish(&self, input: &str, analyzer: &Analyzer) -> Findings {
        finish(input, self, CharIndex::new(input), analyzer)
    }
}

/// Normalize the layout's parts into one analysis text, block by block.
fn build(
    input: &str,
    layout: &parse::Layout,
    options: &NormalizeOptions,
    notes: &mut Notes,
) -> (Prepared, usize) {
    let mut header: Vec<(Region, Range<usize>)> = [
        (Region::Headline, &layout.headline),
        (Region::Byline, &layout.byline),
        (Region::Dateline, &layout.dateline),
    ]
    .into_iter()
    .filter_map(|(region, range)| range.clone().map(|r| (region, r)))
    .collect();
    header.sort_by_key(|(_, r)| r.start);

    let mut mapped = MappedText::new();
    let mut blocks = Vec::new();
    let mut scratch = MappedText::new();
    let mut add = |region: Region, lines: &[Line], mapped: &mut MappedText| {
        scratch.clear();
        normalize_paragraph(input, lines, options, notes, &mut scratch);
        if scratch.is_empty() {
            return;
        }
        if !mapped.is_empty() {
            let at = lines[0].start;
            mapped.replace("\n\n", at..at);
        }
        let start = mapped.len();
        mapped.append(&scratch);
        blocks.push(Block {
            region,
            start,
            end: mapped.len(),
        });
    };
    for (region, range) in &header {
        add(*region, std::slice::from_ref(range), &mut mapped);
    }
    let header_len = mapped.len();
    for paragraph in &layout.body {
        add(Region::Body, paragraph, &mut mapped);
    }
    let body_start = if mapped.len() > header_len && header_len > 0 {
        header_len + 2
    } else {
        header_len
    };
    (Prepared { mapped, blocks }, body_start)
}

/// The normalized text of one line range of the input (a headline, a dateline, a date).
fn part_text(
    input: &str,
    range: &Option<Range<usize>>,
    options: &NormalizeOptions,
) -> Option<String> {
    let range = range.clone()?;
    let mut notes = Notes::default();
    let mut out = MappedText::new();
    normalize_paragraph(input, &[range], options, &mut notes, &mut out);
    (!out.is_empty()).then_some(out.text)
}

/// Parse, normalize and segment a story, nothing more.
pub(crate) fn segment_only(input: &str, options: &NormalizeOptions) -> Doc {
    let layout = parse::parse(input);
    let (prepared, _) = build(input, &layout, options, &mut Notes::default());
    segmented(prepared.mapped.text, prepared.blocks)
}

/// The analysis text split into sentences and tokens.
fn segmented(text: String, blocks: Vec<Block>) -> Doc {
    let mut doc = Doc {
        text,
        blocks,
        ..Doc::default()
    };
    segment::segment(&mut doc);
    doc
}

/// An entity in the input's offsets.
fn entity(spans: &Spans, mention: Mention) -> Entity {
    let span = spans.span(mention.start..mention.end);
    Entity {
        text: span.text,
        start: span.start,
        end: span.end,
        label: mention.label.as_str().to_string(),
        canonical: mention.canonical,
    }
}

/// A quote in the input's offsets.
fn quote(spans: &Spans, record: &QuoteRecord) -> Quote {
    let words = spans.span(record.start..record.end);
    let mention = record
        .speaker
        .as_ref()
        .map(|s| (s, spans.span(s.start..s.end)));
    let cue = record.cue.clone().map(|c| spans.span(c));
    let content = spans.span(record.content.clone());
    Quote {
        text: words.text,
        start: words.start,
        end: words.end,
        speaker: mention
            .as_ref()
            .filter(|(s, _)| s.countable)
            .map(|(s, _)| s.name.clone()),
        speaker_mention: mention.as_ref().map(|(_, m)| m.text.clone()),
        speaker_start: mention.as_ref().map(|(_, m)| m.start),
        speaker_end: mention.as_ref().map(|(_, m)| m.end),
        speaker_label: mention
            .as_ref()
            .filter(|(s, _)| s.countable)
            .map(|(s, _)| s.label_name().to_string()),
        cue_start: cue.as_ref().map(|c| c.start),
        cue_end: cue.as_ref().map(|c| c.end),
        cue: cue.map(|c| c.text),
        kind: record.kind.as_str().to_string(),
        content: content.text,
        content_start: content.start,
        content_end: content.end,
    }
}

/// The cheap half of the analysis of one decoded story: parse the layout and normalize it.
/// The article has every field but `sentences`, `entities` and `quotes`, and the warnings so
/// far (`warnings`, the decoder's, first); [`Prepared::finish`] gives the rest.
pub(crate) fn prepare(
    input: &str,
    analyzer: &Analyzer,
    warnings: Vec<String>,
) -> (Article, Prepared) {
    prepare_with(input, &CharIndex::new(input), analyzer, warnings)
}

fn prepare_with(
    input: &str,
    chars: &CharIndex,
    analyzer: &Analyzer,
    warnings: Vec<String>,
) -> (Article, Prepared) {
    let options = &analyzer.normalize;
    let layout = parse::parse(input);
    let mut notes = Notes::default();
    let (prepared, body_start) = build(input, &layout, options, &mut notes);
    let spans = Spans {
        input,
        mapped: &prepared.mapped,
        chars,
        cursor: Cell::default(),
    };
    let paragraphs = prepared
        .blocks
        .iter()
        .filter(|b| b.region == Region::Body)
        .map(|b| spans.span(b.start..b.end))
        .collect();
    let mut all_warnings = warnings;
    all_warnings.extend(notes.warnings());
    let text = &prepared.mapped.text;
    let article = Article {
        text: input.to_string(),
        source: part_text(input, &layout.source, options).or_else(|| layout.agency.clone()),
        headline: part_text(input, &layout.headline, options),
        dateline: part_text(input, &layout.dateline, options),
        byline: part_text(input, &layout.byline, options),
        date: part_text(input, &layout.date, options),
        published: None,
        url: None,
        body: text[body_start.min(text.len())..].to_string(),
        paragraphs,
        warnings: all_warnings,
        ..Article::default()
    };
    (article, prepared)
}

/// The expensive half: segment the prepared story, find its entities and quotes.
fn finish(input: &str, prepared: &Prepared, chars: CharIndex, analyzer: &Analyzer) -> Findings {
    let doc = segmented(prepared.mapped.text.clone(), prepared.blocks.clone());
    let spans = Spans {
        input,
        mapped: &prepared.mapped,
        chars: &chars,
        cursor: Cell::default(),
    };
    // Both finders read every token's text: slice it out of the story once.
    let words = doc.words();
    let mentions = find_entities_in(&doc, &words, analyzer.entity_model());
    let found = find_quotes_in(&doc, words, &mentions);
    let quotes = found.quotes.iter().map(|q| quote(&spans, q)).collect();
    let sentences = doc
        .sentences
        .iter()
        .filter(|s| doc.sentence_region(s) == Region::Body)
        .map(|s| spans.span(s.start..s.end))
        .collect();
    // Quote-mark positions are in the analysis text; users see positions in their input.
    let at_char = |at: usize| {
        spans
            .span(at.min(doc.text.len())..at.min(doc.text.len()))
            .start
    };
    let warnings = found.warnings.iter().map(|w| w.render(at_char)).collect();
    // Last, when the quote finder is done with the mentions: each gives its canonical name
    // to its entity instead of a copy.
    let entities = mentions.into_iter().map(|m| entity(&spans, m)).collect();
    Findings {
        sentences,
        entities,
        quotes,
        warnings,
    }
}

/// Analyse one decoded story: both halves, sharing the input's code-point index.
pub(crate) fn analyze(input: &str, analyzer: &Analyzer, warnings: Vec<String>) -> Article {
    let chars = CharIndex::new(input);
    let (mut article, prepared) = prepare_with(input, &chars, analyzer, warnings);
    finish(input, &prepared, chars, analyzer).complete(&mut article);
    article
}
