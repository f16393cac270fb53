//! Offsets back to the input. The normalized text is built piece by piece; each piece either
//! copies a stretch of the input byte for byte or replaces one (an HTML entity, a joined line
//! break, a repaired mojibake sequence). `OffsetMap` maps any normalized byte offset back to
//! the input, and `CharIndex` turns input byte offsets into the code-point offsets Python sees.

use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    norm: usize,
    norm_len: usize,
    orig: usize,
    orig_len: usize,
    /// True when the piece is the input's own bytes, so inner offsets map one to one.
    copied: bool,
}

/// Normalized text plus the map from its byte offsets to the input's byte offsets.
#[derive(Debug, Clone, Default)]
pub struct MappedText {
    pub text: String,
    pieces: Vec<Piece>,
}

impl MappedText {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn clear(&mut self) {
        self.text.clear();
        self.pieces.clear();
    }

    pub fn len(&self) -> usize {
        self.text.len()
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Append `s`, which is the input's own bytes starting at `orig`.
    pub fn copy(&mut self, s: &str, orig: usize) {
        if s.is_empty() {
            return;
        }
        let norm = self.text.len();
        self.text.push_str(s);
        if let Some(last) = self.pieces.last_mut() {
            if last.copied && last.norm + last.norm_len == norm && last.orig + last.orig_len == orig
            {
                last.norm_len += s.len();
                last.orig_len += s.len();
                return;
            }
        }
        self.pieces.push(Piece {
            norm,
            norm_len: s.len(),
            orig,
            orig_len: s.len(),
            copied: true,
        });
    }

    /// Append `s` standing for the input's bytes `orig` (which may be empty for an insertion).
    pub fn replace(&mut self, s: &str, orig: Range<usize>) {
        if s.is_empty() {
            return;
        }
        let norm = self.text.len();
        self.text.push_str(s);
        self.pieces.push(Piece {
            norm,
            norm_len: s.len(),
            orig: orig.start,
            orig_len: orig.end.saturating_sub(orig.start),
            copied: false,
        });
    }

    /// Append another mapped text.
    pub fn append(&mut self, other: &MappedText) {
        for p in &other.pieces {
            let s = &other.text[p.norm..p.norm + p.norm_len];
            if p.copied {
                self.copy(s, p.orig);
            } else {
                self.replace(s, p.orig..p.orig + p.orig_len);
            }
        }
    }

    /// The input offset where the normalized byte `pos` begins.
    pub fn orig_start(&self, pos: usize) -> usize {
        self.orig_start_at(pos, self.pieces.partition_point(|p| p.norm <= pos))
    }

    /// `orig_start`, given `i`, the number of pieces starting at or before `pos`.
    fn orig_start_at(&self, pos: usize, i: usize) -> usize {
        // The last piece starting at or before `pos`.
        if i == 0 {
            return self.pieces.first().map_or(0, |p| p.orig);
        }
        let p = &self.pieces[i - 1];
        if pos >= p.norm + p.norm_len {
            return p.orig + p.orig_len;
        }
        if p.copied {
            p.orig + (pos - p.norm)
        } else {
            p.orig
        }
    }

    /// The input offset where a normalized range ending at byte `pos` ends.
    pub fn orig_end(&self, pos: usize) -> usize {
        self.orig_end_at(pos, self.pieces.partition_point(|p| p.norm < pos))
    }

    /// `orig_end`, given `i`, the number of pieces starting before `pos`.
    fn orig_end_at(&self, pos: usize, i: usize) -> usize {
        // The last piece starting before `pos`.
        if i == 0 {
            return self.pieces.first().map_or(0, |p| p.orig);
        }
        let p = &self.pieces[i - 1];
        if p.copied && pos < p.norm + p.norm_len {
            p.orig + (pos - p.norm)
        } else {
            p.orig + p.orig_len
        }
    }

    /// The input byte range of the normalized range `range`.
    pub fn orig_range(&self, range: Range<usize>) -> Range<usize> {
        let start = self.orig_start(range.start);
        let end = self.orig_end(range.end).max(start);
        start..end
    }

    /// `orig_range`, for ranges that mostly come in order (a story's sentences, its entities):
    /// `cursor` holds where the pieces of the last range were found, and the pieces of this
    /// one are looked for from there on, a few steps forward instead of two binary searches.
    /// Any range may come, in any order: one before the cursor is searched for as before.
    pub fn orig_range_from(&self, range: Range<usize>, cursor: &mut OffsetCursor) -> Range<usize> {
        let i = partition_from(&self.pieces, &mut cursor.start, |norm| norm <= range.start);
        let start = self.orig_start_at(range.start, i);
        let i = partition_from(&self.pieces, &mut cursor.end, |norm| norm < range.end);
        let end = self.orig_end_at(range.end, i).max(start);
        start..end
    }
}

/// Where `MappedText::orig_range_from` found the pieces of the last range's start and end.
#[derive(Debug, Clone, Copy, Default)]
pub struct OffsetCursor {
    start: usize,
    end: usize,
}

/// `pieces.partition_point(|p| before(p.norm))`, for `before` true of the pieces up to some
/// point and false after (the pieces run in order of `norm`, which is what the binary search
/// asks too), searched from `*hint`, which becomes the answer. The answer is the same wherever
/// the hint is: when the piece before the hint is not before, the answer lies below the hint
/// and is searched for there; otherwise it lies at or after the hint, a few steps forward
/// (ranges in order move little) or else found by searching the pieces past those.
#[inline]
fn partition_from(pieces: &[Piece], hint: &mut usize, before: impl Fn(usize) -> bool) -> usize {
    let h = (*hint).min(pieces.len());
    let i = if h > 0 && !before(pieces[h - 1].norm) {
        pieces[..h].partition_point(|p| before(p.norm))
    } else {
        let mut i = h;
        let mut steps = 0;
        while i < pieces.len() && before(pieces[i].norm) {
            i += 1;
            steps += 1;
            if steps == 4 {
                i += pieces[i..].partition_point(|p| before(p.norm));
                break;
            }
        }
        i
    };
    *hint = i;
    i
}

/// Input byte offsets to code-point offsets.
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// The input's length in bytes: offsets past it count as its end.
    len: usize,
    /// The offsets of the UTF-8 continuation bytes, in order; empty when the input is ASCII.
    /// A byte's code-point offset is its own less the continuation bytes before it. Stories
    /// are mostly ASCII (a "£" or a dash here and there), so this list is short where a
    /// count per byte cost a table four times the story and a pass that wrote every entry.
    continuations: Vec<u32>,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut continuations = Vec::new();
        let mut push_from = |piece: &[u8], start: usize| {
            for (k, &b) in piece.iter().enumerate() {
                if b & 0xC0 == 0x80 {
                    continuations.push((start + k) as u32);
                }
            }
        };
        // Eight bytes at a time: a piece with no top bit set holds no continuation byte.
        let mut pieces = bytes.chunks_exact(8);
        for (k, piece) in (&mut pieces).enumerate() {
            let word = u64::from_le_bytes(piece.try_into().expect("a piece of eight"));
            if word & 0x8080_8080_8080_8080 != 0 {
                push_from(piece, 8 * k);
            }
        }
        push_from(pieces.remainder(), bytes.len() - pieces.remainder().len());
        Self {
            len: bytes.len(),
            continuations,
        }
    }

    /// The code-point offset of input byte `byte`.
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.len);
        byte - self.continuations.partition_point(|&c| (c as usize) < byte)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_from_a_cursor_map_as_without_one() {
        // Pieces of every kind, and ranges in order, out of order and overlapping.
        let mut m = MappedText::new();
        for k in 0..40 {
            if k % 3 == 0 {
                m.replace("&", 10 * k..10 * k + 5);
            } else {
                m.copy("ab c", 10 * k);
            }
        }
        m.replace("x", 900..900);
        let n = m.len();
        let mut cursor = OffsetCursor::default();
        let mut ranges: Vec<Range<usize>> = (0..=n).map(|a| a..(a + 3).min(n + 2)).collect();
        ranges.extend((0..=n).rev().map(|a| a..a));
        ranges.extend((0..n).map(|a| (a * 37) % n..((a * 37) % n + a % 11).min(n)));
        for r in ranges {
            assert_eq!(
                m.orig_range_from(r.clone(), &mut cursor),
                m.orig_range(r.clone()),
                "{r:?}"
            );
        }
        let empty = MappedText::new();
        assert_eq!(
            empty.orig_range_from(3..5, &mut cursor),
            empty.orig_range(3..5)
        );
    }

    #[test]
    fn copies_coalesce_and_map_one_to_one() {
        let mut m = MappedText::new();
        m.copy("Kono ", 10);
        m.copy("said", 15);
        assert_eq!(m.pieces.len(), 1);
        assert_eq!(m.orig_range(5..9), 15..19);
    }

    #[test]
    fn replaced_pieces_map_to_their_whole_source() {
        // "a&amp;b" normalized to "a&b"
        let mut m = MappedText::new();
        m.copy("a", 0);
        m.replace("&", 1..6);
        m.copy("b", 6);
        assert_eq!(m.text, "a&b");
        assert_eq!(m.orig_range(1..2), 1..6);
        assert_eq!(m.orig_range(0..3), 0..7);
        assert_eq!(m.orig_range(2..3), 6..7);
    }

    #[test]
    fn joined_line_breaks_map_to_the_newline() {
        let src = "one\ntwo";
        let mut m = MappedText::new();
        m.copy("one", 0);
        m.replace(" ", 3..4);
        m.copy("two", 4);
        let r = m.orig_range(0..m.len());
        assert_eq!(&src[r], src);
    }

    #[test]
    fn char_index_counts_code_points() {
        let text = "é“a”😀b";
        let idx = CharIndex::new(text);
        let b = text.find('b').unwrap();
        assert_eq!(idx.char_offset(b), 5);
        assert_eq!(idx.char_offset(text.len()), 6);
        assert_eq!(idx.char_offset(0), 0);
        assert_eq!(idx.char_offset(text.len() + 3), 6);
        // Inside a code point: the code points that start before the byte.
        assert_eq!(idx.char_offset(1), 1);
        assert_eq!(idx.char_offset(3), 2);
    }

    #[test]
    fn char_index_of_long_text_matches_counting() {
        let text =
            "plain ascii run, then £5 and “quotes” — 😀 ünïcödé 東京 and more ascii at the end";
        let idx = CharIndex::new(text);
        for byte in 0..=text.len() + 2 {
            let expected = text.as_bytes()[..byte.min(text.len())]
                .iter()
                .filter(|&&b| b & 0xC0 != 0x80)
                .count();
            assert_eq!(idx.char_offset(byte), expected, "{byte}");
        }
    }
}
