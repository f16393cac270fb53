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

/// Whether `u` still holds the input's own character at its own place.
fn is_original(src: &str, u: &Unit) -> bool {
    let (start, end) = (u.start as usize, u.end as usize);
    end - start == u.ch.len_utf8() && src.get(start..).is_some_and(|rest| rest.starts_with(u.ch))
}

/// Append the units to `out`: runs of the input's own characters are copied as one slice,
/// everything else is a replacement standing for the input bytes it came from.
pub fn emit(src: &str, units: &[Unit], out: &mut MappedText) {
    let mut buf = [0u8; 4];
    let mut i = 0;
    while i < units.len() {
        let u = units[i];
        if is_original(src, &u) {
            let mut j = i + 1;
            while j < units.len()
                && units[j].start == units[j - 1].end
                && is_original(src, &units[j])
            {
                j += 1;
            }
            let (start, end) = (u.start as usize, units[j - 1].end as usize);
            out.copy(&src[start..end], start);
            i = j;
        } else {
            out.replace(u.ch.encode_utf8(&mut buf), u.start as usize..u.end as usize);
            i += 1;
        }
    }
}
