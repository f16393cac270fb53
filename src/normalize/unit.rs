//! `Unit`: one character of text being normalized, with the input byte range it stands for.
//! The normalization passes rewrite a vector of units; the final pass emits them into a
//! `MappedText`, copying runs that are still the input's own bytes.

use crate::offsets::MappedText;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unit {
    pub ch: char,
    pub start: u32,
    pub end: u32,
}

impl Unit {
    pub fn new(ch: char, start: usize, end: usize) -> Self {
        Self {
            ch,
            start: start as u32,
            end: end as u32,
        }
    }

    /// A unit standing for the same input bytes as `self` but holding `ch`.
    pub fn with_char(self, ch: char) -> Self {
        Self { ch, ..self }
    }
}

/// The units of `src[start..end]`, one per character.
pub fn units_of(src: &str, start: usize, end: usize, out: &mut Vec<Unit>) {
    for (i, ch) in src[start..end].char_indices() {
        let at = start + i;
        out.push(Unit::new(ch, at, at + ch.len_utf8()));
    }
}

/// Append the units to `out`, copying where a unit is still the input's own character.
pub fn emit(src: &str, units: &[Unit], out: &mut MappedText) {
    let mut buf = [0u8; 4];
    for u in units {
        let s = u.ch.encode_utf8(&mut buf);
        let (start, end) = (u.start as usize, u.end as usize);
        if end - start == s.len() && src.get(start..end) == Some(s) {
            out.copy(s, start);
        } else {
            out.replace(s, start..end);
        }
    }
}
