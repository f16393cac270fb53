//! One story through the whole pipeline: parse the layout, normalize each part into the
//! analysis text, segment it, and report everything in the input's own offsets.

use crate::article::{Article, Entity, Quote, Span};
use crate::doc::{Block, Doc, Region};
use crate::entities::{find_entities, Mention};
use crate::normalize::wraps::Line;
use crate::normalize::{normalize_paragraph, NormalizeOptions, Notes};
use crate::offsets::{CharIndex, MappedText};
use crate::quotes::{find_quotes, QuoteRecord};
use crate::Analyzer;
use crate::{parse, segment};
use std::ops::Range;

/// The analysis text with its map back to the input, and the input's code-point index.
pub(crate) struct Analysis<'a> {
    pub input: &'a str,
    pub mapped: MappedText,
    pub chars: CharIndex,
    pub doc: Doc,
    /// Where the body starts in `doc.text`.
    pub body_start: usize,
}

impl Analysis<'_> {
    /// The span of the input behind the analysis-text range `range`.
    pub fn span(&self, range: Range<usize>) -> Span {
        self.input_span(self.mapped.orig_range(range))
    }

    /// The span of the input byte range `range`.
    pub fn input_span(&self, range: Range<usize>) -> Span {
        Span {
            start: self.chars.char_offset(range.start),
            end: self.chars.char_offset(range.end),
            text: self.input[range].to_string(),
        }
    }
}

/// Normalize the layout's parts into one analysis text and segment it.
pub(crate) fn build<'a>(
    input: &'a str,
    layout: &parse::Layout,
    options: &NormalizeOptions,
    notes: &mut Notes,
) -> Analysis<'a> {
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
    let mut doc = Doc {
        text: mapped.text.clone(),
        blocks,
        ..Doc::default()
    };
    segment::segment(&mut doc);
    Analysis {
        input,
        mapped,
        chars: CharIndex::new(input),
        doc,
        body_start,
    }
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
    build(input, &layout, options, &mut Notes::default()).doc
}

/// An entity in the input's offsets.
fn entity(analysis: &Analysis, mention: &Mention) -> Entity {
    let span = analysis.span(mention.start..mention.end);
    Entity {
        text: span.text,
        start: span.start,
        end: span.end,
        label: mention.label.as_str().to_string(),
        canonical: mention.canonical.clone(),
    }
}

/// A quote in the input's offsets.
fn quote(analysis: &Analysis, record: &QuoteRecord) -> Quote {
    let words = analysis.span(record.start..record.end);
    let mention = record
        .speaker
        .as_ref()
        .map(|s| (s, analysis.span(s.start..s.end)));
    let cue = record.cue.clone().map(|c| analysis.span(c));
    let content = analysis.span(record.content.clone());
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

/// Analyse one decoded story.
pub(crate) fn analyze(input: &str, analyzer: &Analyzer, warnings: Vec<String>) -> Article {
    let options = &analyzer.normalize;
    let layout = parse::parse(input);
    let mut notes = Notes::default();
    let analysis = build(input, &layout, options, &mut notes);
    let mentions = find_entities(&analysis.doc, analyzer.entity_model());
    let entities = mentions.iter().map(|m| entity(&analysis, m)).collect();
    let found = find_quotes(&analysis.doc, &mentions);
    let quotes = found.quotes.iter().map(|q| quote(&analysis, q)).collect();
    let doc = &analysis.doc;
    let body_blocks = doc.blocks.iter().filter(|b| b.region == Region::Body);
    let paragraphs = body_blocks.map(|b| analysis.span(b.start..b.end)).collect();
    let sentences = doc
        .sentences
        .iter()
        .filter(|s| doc.sentence_region(s) == Region::Body)
        .map(|s| analysis.span(s.start..s.end))
        .collect();
    let mut all_warnings = warnings;
    all_warnings.extend(notes.warnings());
    // Quote-mark positions are in the analysis text; users see positions in their input.
    let at_char = |at: usize| {
        analysis
            .span(at.min(doc.text.len())..at.min(doc.text.len()))
            .start
    };
    all_warnings.extend(found.warnings.iter().map(|w| w.render(at_char)));
    Article {
        text: input.to_string(),
        source: part_text(input, &layout.source, options).or_else(|| layout.agency.clone()),
        headline: part_text(input, &layout.headline, options),
        dateline: part_text(input, &layout.dateline, options),
        byline: part_text(input, &layout.byline, options),
        date: part_text(input, &layout.date, options),
        published: None,
        url: None,
        body: doc.text[analysis.body_start.min(doc.text.len())..].to_string(),
        paragraphs,
        sentences,
        entities,
        quotes,
        warnings: all_warnings,
    }
}
