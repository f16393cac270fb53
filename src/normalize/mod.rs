//! Normalization: Unicode form, whitespace and control characters, HTML entities, soft hyphens,
//! hard wraps and mojibake. Every step keeps a map back to the input's offsets: the passes
//! rewrite `Unit`s that remember their input bytes, and `unit::emit` builds the `MappedText`.

mod chars;
pub mod decode;
pub(crate) mod html;
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
            Some((before, after)) if self.mojibake_repairs > 0 => vec![crate::warning::plain(
                crate::warning::code::MOJIBAKE_REPAIRED,
                &format!(
                    "repaired {} mojibake sequence(s) (UTF-8 read as cp1252), e.g. {:?} -> {:?}",
                    self.mojibake_repairs, before, after
                ),
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
    // A blank line carries nothing, and joining across it would read its neighbours as a
    // broken word; paragraphs never hold one, but a caller may pass one.
    let is_blank = |l: &Line| src[l.clone()].trim().is_empty();
    let kept: Vec<Line>;
    let lines = if lines.iter().any(is_blank) {
        kept = lines.iter().filter(|l| !is_blank(l)).cloned().collect();
        &kept[..]
    } else {
        lines
    };
    if lines.iter().all(|l| is_plain(&src[l.clone()], options)) {
        plain_paragraph(src, lines, notes, out);
    } else {
        unit_paragraph(src, lines, options, notes, out);
    }
}

/// Printable ASCII (and the pound and euro signs) with no character reference, no double
/// space and (when dashes are converted) no "--": such a line needs nothing but trimming and
/// joining, so the common case skips the character-level steps. No step changes "£" or "€":
/// neither is a mojibake lead nor follows one here, both are NFC and NFKC as they stand, and
/// no cleaning maps them; British and European copy prints them in most money paragraphs.
fn is_plain(line: &str, options: &NormalizeOptions) -> bool {
    let bytes = line.as_bytes();
    (printable_ascii(bytes)
        || line
            .chars()
            .all(|c| matches!(c, ' '..='~' | '£' | '€') && c != '&'))
        && memchr::memmem::find(bytes, b"  ").is_none()
        && !(options.dashes && memchr::memmem::find(bytes, b"--").is_some())
}

/// Whether every byte is printable ASCII other than '&' (`is_plain`'s test when the line has
/// no pound or euro sign), eight bytes at a time: most lines are, and decoding them character
/// by character was most of the cost of normalizing a story.
fn printable_ascii(bytes: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Exact per word: a byte below ' ', a byte above '~' (DEL or not ASCII), or an '&'.
    let bad = |x: u64| {
        let below = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
        // Adding 1 sets a byte's top bit iff it is '~' + 1 (DEL) or more.
        let above = (x.wrapping_add(ONES) | x) & HIGH;
        let amp = x ^ (ONES * u64::from(b'&'));
        let amp = amp.wrapping_sub(ONES) & !amp & HIGH;
        below | above | amp != 0
    };
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut b = [0u8; 8];
        b.copy_from_slice(c);
        if bad(u64::from_le_bytes(b)) {
            return false;
        }
    }
    chunks
        .remainder()
        .iter()
        .all(|&b| matches!(b, b' '..=b'~') && b != b'&')
}

/// The fast path for plain lines: copy each trimmed line and join the lines; the result is
/// the one `unit_paragraph` gives.
fn plain_paragraph(src: &str, lines: &[Line], notes: &mut Notes, out: &mut MappedText) {
    let trimmed = |l: &Line| {
        let s = &src[l.clone()];
        let start = l.start + (s.len() - s.trim_start_matches(' ').len());
        start..(l.start + s.trim_end_matches(' ').len()).max(start)
    };
    let mut lines = lines
        .iter()
        .map(trimmed)
        .filter(|l| !l.is_empty())
        .peekable();
    while let Some(line) = lines.next() {
        let Some(next) = lines.peek() else {
            out.copy(&src[line.clone()], line.start);
            break;
        };
        match join_kind(src, &line, next, notes) {
            Join::Space => {
                out.copy(&src[line.clone()], line.start);
                out.replace(" ", line.end..next.start);
            }
            Join::Direct => out.copy(&src[line.clone()], line.start),
            Join::DropHyphen => out.copy(&src[line.start..line.end - 1], line.start),
        }
    }
}

/// The general path: every character becomes a `Unit` and goes through the steps.
fn unit_paragraph(
    src: &str,
    lines: &[Line],
    options: &NormalizeOptions,
    notes: &mut Notes,
    out: &mut MappedText,
) {
    let mut units: Vec<Unit> = Vec::with_capacity(lines.iter().map(|l| l.len() + 1).sum());
    let mut skip_indent = false;
    for (i, line) in lines.iter().enumerate() {
        let mut start = line.start;
        if skip_indent {
            let s = &src[line.clone()];
            start += s.len() - s.trim_start().len();
        }
        units_of(src, start, line.end, &mut units);
        skip_indent = false;
        let Some(next) = lines.get(i + 1) else { break };
        let pop_trailing = |units: &mut Vec<Unit>| {
            while units.last().is_some_and(|u| u.ch.is_whitespace()) {
                units.pop();
            }
        };
        match join_kind(src, line, next, notes) {
            Join::Space => units.push(Unit::new(' ', line.end, next.start)),
            Join::Direct => {
                pop_trailing(&mut units);
                skip_indent = true;
            }
            Join::DropHyphen => {
                pop_trailing(&mut units);
                units.pop();
                skip_indent = true;
            }
        }
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
        chars::collapse_spaces(&mut units);
        if !changed {
            break;
        }
    }
    unit::emit(src, &units, out);
}

/// How a hard wrap joins two lines.
enum Join {
    /// With a space standing for the line break.
    Space,
    /// With nothing between: a compound split after its hyphen ("twice-a-" / "decade").
    Direct,
    /// Without the hyphen: a word broken across the lines ("sanc-" / "tions").
    DropHyphen,
}

fn join_kind(src: &str, prev: &Line, next: &Line, notes: &mut Notes) -> Join {
    let before = src[prev.clone()].trim_end();
    let after = src[next.clone()].trim_start();
    let Some(stem) = before.strip_suffix('-') else {
        return Join::Space;
    };
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
        Join::DropHyphen
    } else if stem.ends_with(char::is_alphanumeric) && after.starts_with(char::is_alphanumeric) {
        Join::Direct
    } else {
        Join::Space
    }
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
    fn printable_ascii_tests_every_byte_at_every_position() {
        for b in 0u8..=255 {
            for len in 1..=19 {
                for at in 0..len {
                    let mut bytes = vec![b'a'; len];
                    bytes[at] = b;
                    let expected = bytes
                        .iter()
                        .all(|&c| (b' '..=b'~').contains(&c) && c != b'&');
                    assert_eq!(printable_ascii(&bytes), expected, "{b} {len} {at}");
                }
            }
        }
        assert!(printable_ascii(b""));
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
    fn plain_path_equals_unit_path() {
        let src = "  A wire story that wraps   \nonto a second line with sanc-\ntions and a twice-a-\n  decade party for £5m or €6bn \n\n";
        let all = wraps::split_lines(src, 0..src.len());
        for lines in [
            all.clone(),
            all[1..2].to_vec(),
            vec![all[0].clone(), all[4].clone()],
        ] {
            let (mut fast, mut slow) = (MappedText::new(), MappedText::new());
            let options = NormalizeOptions::default();
            plain_paragraph(src, &lines, &mut Notes::default(), &mut fast);
            unit_paragraph(src, &lines, &options, &mut Notes::default(), &mut slow);
            assert_eq!(fast.text, slow.text);
            for i in 0..=fast.len() {
                assert_eq!(
                    fast.orig_start(i),
                    slow.orig_start(i),
                    "{i} in {:?}",
                    fast.text
                );
                assert_eq!(fast.orig_end(i), slow.orig_end(i), "{i} in {:?}", fast.text);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn plain_path_equals_unit_path_on_any_plain_lines(text in "[ a-zA-Z.,£€-]{0,30}(\n[ a-zA-Z.,£€-]{0,30}){0,4}") {
            let lines: Vec<Line> = wraps::split_lines(&text, 0..text.len());
            let options = NormalizeOptions::default();
            let lines: Vec<Line> = lines.into_iter().filter(|l| !text[l.clone()].trim().is_empty()).collect();
            proptest::prop_assume!(lines.iter().all(|l| is_plain(&text[l.clone()], &options)));
            let (mut fast, mut slow) = (MappedText::new(), MappedText::new());
            plain_paragraph(&text, &lines, &mut Notes::default(), &mut fast);
            unit_paragraph(&text, &lines, &options, &mut Notes::default(), &mut slow);
            proptest::prop_assert_eq!(&fast.text, &slow.text);
            for i in 0..=fast.len() {
                proptest::prop_assert_eq!(fast.orig_range(i..fast.len()), slow.orig_range(i..slow.len()));
                proptest::prop_assert_eq!(fast.orig_range(0..i), slow.orig_range(0..i));
            }
        }
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
