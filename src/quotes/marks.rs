//! Quotation marks: finding them in a paragraph and pairing them into quoted stretches, in one
//! linear scan per block (a single open slot per mark family, never a search for the partner),
//! so thousands of stray marks cost microseconds, not minutes.
//!
//! Pairing is by family: `"` with `"`, `“` with `”`, `«` with `»`, the doubled apostrophes
//! `''` of archive copy with `''`, and `‘`/`'` with `’`/`'`.
//! Double marks pair the way newsroom copy and the PolNeAR scorer read them: an opening mark
//! takes the next closing mark of its own family in the same paragraph. Single marks only count
//! at the top level or nested inside a double quote; an apostrophe (don’t, Kono’s, ’90s,
//! students’) is never a quotation mark. A double quote left open at the end of a paragraph
//! runs to the paragraph end; when the next paragraph opens with the same mark it is the
//! newsroom convention for a quote that runs on, otherwise a warning says the mark is unbalanced.
//!
//! Scraped copy (straight marks, paragraph breaks lost) needs the context of a straight `"`
//! to tell an opener from a closer, since both are the same character:
//! - a quote continued into a lost paragraph re-opens mid-line: `... the principle. "But any`.
//!   A mark with a space before it and a word after it, after the end of a sentence inside an
//!   open quote, opens a new piece of the same quote (the piece before it `runs_on`, the new
//!   one `reopens`) instead of closing it, so the narration after the real closer is never
//!   taken for quoted words (the same holds for a second `“` inside an open `“`);
//! - a straight mark that can only close (a word or punctuation before it, a space or
//!   punctuation after it: `rise," he said`) while nothing is open is a stray closer: it is
//!   counted in the warning, and does not open a quote over the narration that follows.

use super::narration::trailing_narration;
use crate::doc::Doc;
use crate::warning::{code, Warning};

/// Which family of marks encloses a quoted stretch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkFamily {
    /// `"…"`, `“…”` or `«…»`.
    Double,
    /// `‘…’` or `'…'`.
    Single,
}

/// A quoted stretch of one paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quoted {
    /// Byte offset of the opening mark in `Doc::text`.
    pub open: usize,
    /// The quoted words, without the marks.
    pub start: usize,
    pub end: usize,
    /// Byte offset just past the closing mark (equal to `end` when the quote runs on).
    pub close_end: usize,
    pub family: MarkFamily,
    /// Index into `Doc::blocks`.
    pub block: usize,
    /// Continued in the next piece: left open at the paragraph end, or followed by a
    /// re-opening mark after a lost paragraph break.
    pub runs_on: bool,
    /// Opened by a re-opening mark mid-paragraph: a piece of the quote before it.
    pub reopens: bool,
    /// Single-quoted stretch inside a double quote.
    pub nested: bool,
}

/// The doubled apostrophe `''` of some archives (NYT copy as databases deliver it), which
/// pairs as a straight double mark. It stands for the two characters in the pairing loop
/// only; the text never holds this char for it.
const DOUBLED: char = '\u{2033}';

/// How many bytes an opening or closing mark takes in the text.
fn mark_len(mark: char) -> usize {
    if mark == DOUBLED {
        2
    } else {
        mark.len_utf8()
    }
}

/// A mark as a warning shows it: `'"'`, `''`.
fn shown(mark: char) -> String {
    if mark == DOUBLED {
        "''".to_string()
    } else {
        format!("{mark:?}")
    }
}

/// A mark that is the same character whether it opens or closes.
fn is_straight(mark: char) -> bool {
    mark == '"' || mark == DOUBLED
}

/// The closing mark of an opening double mark.
fn closer_of(open: char) -> char {
    match open {
        '“' => '”',
        '«' => '»',
        DOUBLED => DOUBLED,
        _ => '"',
    }
}

fn is_word(ch: Option<char>) -> bool {
    ch.is_some_and(|c| c.is_alphanumeric())
}

/// A single mark that opens: after a space, a bracket, a dash or a double mark, before a word,
/// and not an elided year ('90s, ’16).
fn single_opens(prev: Option<char>, next: Option<char>, rest: &str) -> bool {
    let after_boundary = prev.is_none_or(|c| c.is_whitespace() || "([{—–-\"“«/".contains(c));
    let before_word = next.is_some_and(|c| !c.is_whitespace());
    let elided_year = rest.chars().take_while(|c| c.is_ascii_digit()).count() == 2;
    after_boundary && before_word && !elided_year
}

/// A single mark that closes an open single quote: after a non-space, and not inside a word.
fn single_closes(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_some_and(|c| !c.is_whitespace()) && !is_word(next)
}

/// A double mark inside an open quote that opens a new piece of it: a space before it, a word
/// after it, and the end of a sentence before the space (`principle. "But`).
fn reopens_after(prev: Option<char>, last_solid: Option<char>, next: Option<char>) -> bool {
    opens_after_stop(prev, last_solid, next) && last_solid != Some(':')
}

/// A double mark with a space before it and a capital after it, after the end of a sentence
/// or a colon: it opens a quote, whatever is open.
fn opens_after_stop(prev: Option<char>, last_solid: Option<char>, next: Option<char>) -> bool {
    prev.is_some_and(char::is_whitespace)
        && next.is_some_and(|c| c.is_uppercase() || c.is_numeric())
        && last_solid.is_some_and(|c| matches!(c, '.' | '!' | '?' | '…' | ':'))
}

/// A straight double mark that can only close: `rise," he`, `done".` (a word or punctuation
/// before it, a space, a stop or the paragraph end after it).
fn only_closes(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_some_and(|c| !c.is_whitespace() && !"([{—–-/".contains(c))
        && next.is_none_or(|c| c.is_whitespace() || ".,;:!?)]}".contains(c))
}

/// Pair the quotation marks of every block of `doc`. Warnings describe unbalanced marks.
pub fn pair_marks(doc: &Doc, warnings: &mut Vec<Warning>) -> Vec<Quoted> {
    let mut out = Vec::new();
    let text = doc.text.as_str();
    for (b, block) in doc.blocks.iter().enumerate() {
        let Some(body) = text.get(block.start..block.end) else {
            continue;
        };
        let next_opens = doc
            .blocks
            .get(b + 1)
            .and_then(|n| text.get(n.start..n.end))
            .and_then(|t| {
                if t.starts_with("''") {
                    Some(DOUBLED)
                } else {
                    t.chars().next()
                }
            });
        pair_block(body, block.start, b, next_opens, &mut out, warnings);
    }
    out
}

/// The first quotation mark at or after byte `from` of `body`, and where it starts. Marks are
/// rare, so the scan jumps between the bytes that can start one (`"`, `'`, the lead bytes of
/// the curly marks and guillemets) instead of decoding every character.
fn next_mark(body: &str, mut from: usize) -> Option<(usize, char)> {
    let bytes = body.as_bytes();
    loop {
        let i = from + first_lead(bytes.get(from..)?)?;
        let ch = body.get(i..)?.chars().next()?;
        if matches!(ch, '"' | '“' | '”' | '«' | '»' | '‘' | '’' | '\'') {
            return Some((i, ch));
        }
        from = i + ch.len_utf8();
    }
}

/// Where the first byte that can start a mark (`"`, `'`, 0xE2 or 0xC2) is, by the vectorised
/// searches of `memchr`: three of the bytes in one pass, then the fourth only before that.
fn first_lead(bytes: &[u8]) -> Option<usize> {
    let three = memchr::memchr3(b'"', b'\'', 0xE2, bytes);
    let before = &bytes[..three.unwrap_or(bytes.len())];
    memchr::memchr(0xC2, before).or(three)
}

fn pair_block(
    body: &str,
    base: usize,
    block: usize,
    next_block_opens: Option<char>,
    out: &mut Vec<Quoted>,
    warnings: &mut Vec<Warning>,
) {
    // The open double mark (its char and offset) and the open single mark's offset.
    let mut double: Option<(char, usize)> = None;
    let mut single: Option<(char, usize)> = None;
    // The open double quote is a piece re-opened after a lost paragraph break.
    let mut reopens = false;
    let mut stray_closers = 0usize;
    // The last mark handled (`''` counts as one): where it ends, and which it was.
    let mut last_mark: Option<(usize, char)> = None;
    let mut from = 0;
    while let Some((i, mut ch)) = next_mark(body, from) {
        let mut after = i + ch.len_utf8();
        let mut next = body[after..].chars().next();
        if ch == '\'' && next == Some('\'') {
            // `''...''`: a double mark of the archives, one mark of two characters.
            after += 1;
            next = body[after..].chars().next();
            ch = DOUBLED;
        }
        from = after;
        // The character before the mark, and the last one that is not a space: a `''` mark
        // stands for its two characters there too.
        let before = |end: usize| match last_mark {
            Some((at, mark)) if at == end => Some(mark),
            _ => body[..end].chars().next_back(),
        };
        let prev = before(i);
        let last_solid = before(body[..i].trim_end().len());
        last_mark = Some((after, ch));
        // A mark that opens a new quote after narration the lost closing mark left inside
        // the open one (`... years. He added: "The`): where that quote really ends.
        let lost_close = match double {
            Some((open, at)) if ch == open && opens_after_stop(prev, last_solid, next) => {
                let start = at + mark_len(open);
                let piece = body[start..i].trim_end();
                trailing_narration(piece).map(|cut| start + piece[..cut].trim_end().len())
            }
            _ => None,
        };
        match ch {
            '"' | '“' | '«' | '”' | '»' | DOUBLED => match double {
                Some((open, at)) if lost_close.is_some() => {
                    let start = at + mark_len(open);
                    let end = lost_close.unwrap_or(start);
                    let mut q = quoted(base, at, start, end, end, MarkFamily::Double, block);
                    q.reopens = reopens;
                    if start < end {
                        out.push(q);
                    }
                    double = Some((ch, i));
                    reopens = false;
                    single = None;
                }
                Some((open, at)) if ch == open && reopens_after(prev, last_solid, next) => {
                    // `... the principle. "But any`: the quote runs on in a new piece.
                    let start = at + mark_len(open);
                    let end = body[..i].trim_end().len();
                    let mut q = quoted(base, at, start, end, end, MarkFamily::Double, block);
                    (q.runs_on, q.reopens) = (true, reopens);
                    if start < end {
                        out.push(q);
                    }
                    double = Some((ch, i));
                    reopens = true;
                    single = None;
                }
                Some((open, at)) if ch == closer_of(open) => {
                    let start = at + mark_len(open);
                    let mut q = quoted(base, at, start, i, after, MarkFamily::Double, block);
                    q.reopens = reopens;
                    out.push(q);
                    double = None;
                    reopens = false;
                    single = None;
                }
                Some(_) => {}
                // `5' 10" tall`: inches, not a quotation mark.
                None if is_straight(ch) && prev.is_some_and(|c| c.is_ascii_digit()) => {}
                None if ch == '”' || ch == '»' || (is_straight(ch) && only_closes(prev, next)) => {
                    stray_closers += 1
                }
                None => {
                    double = Some((ch, i));
                    single = None;
                }
            },
            '‘' | '’' | '\'' => {
                if let Some((open, at)) = single {
                    if ch != '‘' && single_closes(prev, next) {
                        let start = at + mark_len(open);
                        let mut q = quoted(base, at, start, i, after, MarkFamily::Single, block);
                        q.nested = double.is_some();
                        if q.start < q.end {
                            out.push(q);
                        }
                        single = None;
                    }
                } else if ch != '’' && single_opens(prev, next, &body[after..]) {
                    single = Some((ch, i));
                }
            }
            _ => {}
        }
    }
    if let Some((open, at)) = double {
        let end = body.trim_end().len();
        let start = at + mark_len(open);
        if start < end {
            out.push(Quoted {
                open: base + at,
                start: base + start,
                end: base + end,
                close_end: base + end,
                family: MarkFamily::Double,
                block,
                runs_on: true,
                reopens,
                nested: false,
            });
        }
        if next_block_opens != Some(open) {
            warnings.push(Warning::at(
                code::UNBALANCED_QUOTE,
                base + at,
                format!("unbalanced quotation mark {} at {{at}}: the quote runs to the end of its paragraph", shown(open)),
            ));
        }
    }
    if stray_closers > 0 {
        warnings.push(Warning::at(
            code::UNBALANCED_QUOTE,
            base,
            format!("{stray_closers} closing quotation mark(s) without an opening mark in the paragraph at {{at}}"),
        ));
    }
}

/// A closed quote from block-relative offsets: the opening mark at `open`, the words up to
/// the closing mark at `close`, which ends at `close_end`.
fn quoted(
    base: usize,
    open: usize,
    start: usize,
    close: usize,
    close_end: usize,
    family: MarkFamily,
    block: usize,
) -> Quoted {
    Quoted {
        open: base + open,
        start: base + start,
        end: base + close,
        close_end: base + close_end,
        family,
        block,
        runs_on: false,
        reopens: false,
        nested: false,
    }
}

#[cfg(test)]
mod lead_tests {
    use super::first_lead;

    #[test]
    fn first_lead_finds_the_first_of_the_four_bytes() {
        let leads = [b'"', b'\'', 0xE2, 0xC2];
        for &x in &leads {
            for &y in &leads {
                for len in 0..40 {
                    for at in 0..len {
                        let mut bytes = vec![b'a'; len];
                        bytes[at] = x;
                        if at + 3 < len {
                            bytes[at + 3] = y;
                        }
                        assert_eq!(first_lead(&bytes), Some(at));
                    }
                    assert_eq!(first_lead(&vec![b'a'; len]), None);
                }
            }
        }
    }
}
