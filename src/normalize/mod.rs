//! Normalization: Unicode form, whitespace and control characters, HTML entities, soft hyphens,
//! hard wraps and mojibake. Every step keeps a map back to the input's offsets: the passes
//! rewrite `Unit`s that remember their input bytes, and `unit::emit` builds the `MappedText`.

mod chars;
pub mod decode;
mod html;
mod mojibake;
mod unicode;
pub mod unit;
pub mod wraps;

use crate::offsets::MappedText;
use unit::{units_of, Unit};
use wraps::Line;

/// Which Unicode normalization form to apply.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum UnicodeForm {
    #[default]
    Nfc,
    Nfkc,
}

/// What `normalize` does beyond the defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NormalizeOptions {
    pub form: UnicodeForm,
    /// Turn "--" into an em dash.
    pub dashes: bool,
    /// Turn curly quotes and apostrophes into straight ones.
    pub straighten_quotes: bool,
    /// Repair UTF-8 that was read as cp1252 ("CafÃ©" -> "Café").
    pub repair_mojibake: bool,
}

impl Default for NormalizeOptions {
    fn default() -> Self {
        Self {
            form: UnicodeForm::Nfc,
            dashes: false,
            straighten_quotes: false,
            repair_mojibake: true,
        }
    }
}

/// What normalization changed that users should hear about.
#[derive(Debug, Clone, Default)]
pub struct Notes {
    pub mojibake_repairs: usize,
    pub mojibake_example: Option<(String, char)>,
    /// Hyphenated line ends looked up in the story so far (the look-up is capped).
    hyphen_lookups: usize,
}

impl Notes {
    /// The warnings to report, if any.
    pub fn warnings(&self) -> Vec<String> {
        match &self.mojibake_example {
            Some((before, after)) if self.mojibake_repairs > 0 => vec![format!(
                "repaired {} mojibake sequence(s) (UTF-8 read as cp1252), e.g. {:?} -> {:?}",
                self.mojibake_repairs, before, after
            )],
            _ => Vec::new(),
        }
    }
}

/// Hyphenated line ends looked up in the whole story before falling back to the word-ending
/// rule alone, so that a pathological input stays linear.
const MAX_HYPHEN_LOOKUPS: usize = 64;

/// Rounds of the normalization steps before giving up on a fixed point (real text needs two:
/// one that changes and one that confirms).
const MAX_ROUNDS: usize = 6;

/// Normalize one paragraph made of `lines` of `src` (hard wraps all joined) and append it to
/// `out`.
pub fn normalize_paragraph(
    src: &str,
    lines: &[Line],
    options: &NormalizeOptions,
    notes: &mut Notes,
    out: &mut MappedText,
) {
    let mut units: Vec<Unit> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            join_lines(src, &lines[i - 1], line, notes, &mut units);
        }
        units_of(src, line.start, line.end, &mut units);
    }
    // One step can expose work for another (removing a soft hyphen joins a mojibake pair,
    // a decoded reference needs composing), so the steps repeat until nothing changes: that
    // is what makes normalizing twice the same as once.
    for _ in 0..MAX_ROUNDS {
        let mut changed = html::decode_references(&mut units);
        if options.repair_mojibake {
            let (n, example) = mojibake::repair(&mut units);
            notes.mojibake_repairs += n;
            if notes.mojibake_example.is_none() {
                notes.mojibake_example = example;
            }
            changed |= n > 0;
        }
        changed |= chars::clean(&mut units, options.dashes, options.straighten_quotes);
        changed |= unicode::apply(&mut units, options.form);
        changed |= chars::collapse_spaces(&mut units);
        if !changed {
            break;
        }
    }
    unit::emit(src, &units, out);
}

/// Join a hard wrap: a space standing for the line break, or nothing where a hyphen at the
/// line end split a word (the hyphen goes too).
fn join_lines(src: &str, prev: &Line, next: &Line, notes: &mut Notes, units: &mut Vec<Unit>) {
    let before = src[prev.clone()].trim_end();
    let after = src[next.clone()].trim_start();
    if let Some(stem) = before.strip_suffix('-') {
        let before_word = stem
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let after_word = after
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let story = if notes.hyphen_lookups < MAX_HYPHEN_LOOKUPS {
            notes.hyphen_lookups += 1;
            src
        } else {
            ""
        };
        if wraps::is_broken_word(before_word, after_word, story) {
            // Drop the trailing spaces and the hyphen; the halves join with nothing between.
            while units.last().is_some_and(|u| u.ch == ' ' || u.ch == '\t') {
                units.pop();
            }
            units.pop();
            return;
        }
        // A compound split after its hyphen ("twice-a-" / "decade") joins with nothing between.
        if stem.ends_with(char::is_alphanumeric) && after.starts_with(char::is_alphanumeric) {
            while units.last().is_some_and(|u| u.ch == ' ' || u.ch == '\t') {
                units.pop();
            }
            return;
        }
    }
    units.push(Unit::new(' ', prev.end, next.start));
}

/// Normalize text with `options`: paragraphs come out separated by a blank line, each on one
/// line. Normalizing the result again changes nothing.
pub fn normalize(text: &str, options: &NormalizeOptions) -> String {
    let lines = wraps::split_lines(text, 0..text.len());
    let mut notes = Notes::default();
    let mut out = String::with_capacity(text.len());
    let mut paragraph = MappedText::new();
    for lines in wraps::paragraphs(text, &lines) {
        paragraph.clear();
        normalize_paragraph(text, &lines, options, &mut notes, &mut paragraph);
        if paragraph.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&paragraph.text);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        normalize(s, &NormalizeOptions::default())
    }

    #[test]
    fn joins_wraps_and_broken_words() {
        let s = "Talks on the sanc-\ntions resumed on Monday as the twice-a-\ndecade party congress of the ruling bloc was\nabout to open.";
        assert_eq!(
            norm(s),
            "Talks on the sanctions resumed on Monday as the twice-a-decade party congress of the ruling bloc was about to open."
        );
    }

    #[test]
    fn cleans_entities_space_and_mojibake() {
        assert_eq!(norm("  CafÃ©&nbsp;&amp; bar\u{ad}ista  "), "Café & barista");
    }

    #[test]
    fn is_idempotent_on_examples() {
        for s in [
            "a\n\n\nb  c\r\nd",
            "&amp;amp;x",
            "CafÃƒÂ©",
            "    CITY, Jan 2 - One two three four\nfive six.\n    Next.",
        ] {
            let once = norm(s);
            assert_eq!(norm(&once), once, "{s:?}");
        }
    }
}
