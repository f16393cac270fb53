//! Article structure: which lines of the copy are the source line, navigation, headline,
//! byline, dateline, date and sign-off, and which are the body's paragraphs. All ranges are
//! byte ranges of the input. The parse never fails: at worst there is no headline and the
//! whole text is the body.

pub mod agency;
pub mod dateline;
mod lines;
mod trailer;

use crate::normalize::wraps::{self, split_lines, Line};
use std::ops::Range;

/// How many non-blank lines at the top may hold the source, navigation, headline and byline.
const HEADER_LINES: usize = 12;
/// Headlines are short; a longer first line is prose.
const MAX_HEADLINE_CHARS: usize = 200;

/// Where each part of the story is in the input.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Layout {
    pub source: Option<Range<usize>>,
    pub headline: Option<Range<usize>>,
    pub byline: Option<Range<usize>>,
    pub dateline: Option<Range<usize>>,
    pub date: Option<Range<usize>>,
    /// The agency named in the dateline or a sign-off line ("AFP", "Reuters"), the story's
    /// source when no source line names one.
    pub agency: Option<String>,
    /// Body paragraphs, each a list of (possibly partial) lines.
    pub body: Vec<Vec<Line>>,
}

/// The range of `line` without surrounding white space and control characters.
pub(crate) fn trimmed(text: &str, line: &Line) -> Line {
    let s = &text[line.clone()];
    let is_pad = |c: char| c.is_whitespace() || c.is_control();
    let start = line.start + (s.len() - s.trim_start_matches(is_pad).len());
    let end = line.start + s.trim_end_matches(is_pad).len();
    start..end.max(start)
}

fn is_blank(text: &str, line: &Line) -> bool {
    trimmed(text, line).is_empty()
}

/// Find the parts of a story.
pub fn parse(text: &str) -> Layout {
    let lines = split_lines(text, 0..text.len());
    let mut layout = Layout::default();
    let mut i = read_header(text, &lines, &mut layout);
    let mut body: Vec<Line> = Vec::new();
    while i < lines.len() && is_blank(text, &lines[i]) {
        i += 1;
    }
    if i < lines.len() {
        let first = trimmed(text, &lines[i]);
        let first_text = &text[first.clone()];
        if let Some(d) = dateline::standalone(first_text) {
            layout.dateline = Some(first.start + d.span.start..first.start + d.span.end);
            layout.date = d.date.map(|r| first.start + r.start..first.start + r.end);
            i += 1;
        } else if let Some(d) = dateline::run_in(first_text) {
            layout.dateline = Some(first.start + d.span.start..first.start + d.span.end);
            layout.date = d.date.map(|r| first.start + r.start..first.start + r.end);
            layout.agency = d.agency.map(|r| agency::canonical(&first_text[r]));
            body.push(first.start + d.body_start..lines[i].end);
            i += 1;
        }
    }
    body.extend(lines[i..].iter().cloned());
    trailer::strip(text, &mut body, &mut layout);
    layout.body = body_paragraphs(text, &body);
    layout
}

/// Read the source line, navigation, slugs, headline, byline and date line at the top;
/// returns the index of the first line of the body.
fn read_header(text: &str, lines: &[Line], layout: &mut Layout) -> usize {
    let mut i = 0;
    let mut seen = 0;
    while i < lines.len() && seen < HEADER_LINES {
        if is_blank(text, &lines[i]) {
            i += 1;
            continue;
        }
        seen += 1;
        let range = trimmed(text, &lines[i]);
        let t = &text[range.clone()];
        if layout.source.is_none() && layout.headline.is_none() && lines::is_source(t) {
            layout.source = Some(range);
        } else if lines::is_navigation(t) || lines::is_slug(t) {
        } else if lines::is_editors_note(t) {
            while i + 1 < lines.len() && !is_blank(text, &lines[i + 1]) {
                i += 1;
            }
        } else if layout.byline.is_none() && lines::is_byline(t) {
            layout.byline = Some(range);
        } else if layout.date.is_none() && lines::is_date_line(t) {
            layout.date = Some(range);
        } else if layout.headline.is_none() && is_headline(text, lines, i) {
            layout.headline = Some(range);
        } else {
            break;
        }
        i += 1;
    }
    i
}

/// The first line of the story proper is a headline when it stands apart: a blank line, a
/// byline, a date line, a dateline or an indented paragraph follows it, or it is in capitals.
fn is_headline(text: &str, lines: &[Line], i: usize) -> bool {
    let range = trimmed(text, &lines[i]);
    let t = &text[range];
    let Some(next) = lines.get(i + 1) else {
        return false;
    };
    let next_text = &text[trimmed(text, next)];
    let set_apart = is_blank(text, next)
        || lines::is_byline(next_text)
        || lines::is_date_line(next_text)
        || dateline::run_in(next_text).is_some()
        || dateline::standalone(next_text).is_some()
        || wraps::indent(text, next) > wraps::indent(text, &lines[i]) + 1;
    if t.chars().count() > MAX_HEADLINE_CHARS || (dateline::run_in(t).is_some() && !set_apart) {
        return false;
    }
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    let all_caps = letters >= 4 && !t.chars().any(char::is_lowercase) && t.contains(' ');
    set_apart || all_caps
}

/// Group the body's lines into paragraphs, leaving out navigation lines and editor's notes.
fn body_paragraphs(text: &str, body: &[Line]) -> Vec<Vec<Line>> {
    let mut kept: Vec<Line> = Vec::with_capacity(body.len());
    let mut in_note = false;
    for line in body {
        let t = &text[trimmed(text, line)];
        if t.is_empty() {
            in_note = false;
            kept.push(line.clone());
            continue;
        }
        if in_note || lines::is_editors_note(t) {
            in_note = true;
            continue;
        }
        if lines::is_navigation(t) {
            continue;
        }
        kept.push(line.clone());
    }
    wraps::paragraphs(text, &kept)
}

/// Compiles the layout patterns now rather than on first use (see `crate::warm_up`).
pub(crate) fn warm_up() {
    lines::warm_up();
    dateline::warm_up();
    trailer::warm_up();
    agency::warm_up();
}

#[cfg(test)]
mod tests;
