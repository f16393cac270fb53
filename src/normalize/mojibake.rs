//! Mojibake: UTF-8 that was decoded as cp1252 somewhere upstream ("CafÃ©", "donâ€™t").
//! A run of characters whose cp1252 bytes form one valid multi-byte UTF-8 sequence is replaced
//! by the character those bytes encode. Repair runs to a fixed point, so text that went through
//! the wrong decoder twice comes back too.

use super::unit::Unit;

/// cp1252's printable characters in 0x80..=0x9F; the five holes map to the C1 controls.
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// The character cp1252 gives byte `b`.
pub fn cp1252_char(b: u8) -> Option<char> {
    match b {
        0x80..=0x9f => Some(CP1252_HIGH[(b - 0x80) as usize]),
        _ => Some(b as char),
    }
}

/// The cp1252 byte for `ch`, if it has one.
fn cp1252_byte(ch: char) -> Option<u8> {
    let code = ch as u32;
    if code < 0x80 || (0xa0..=0xff).contains(&code) {
        return Some(code as u8);
    }
    CP1252_HIGH
        .iter()
        .position(|&c| c == ch)
        .map(|i| 0x80 + i as u8)
}

/// How many bytes a UTF-8 sequence with lead byte `b` has, for leads of multi-byte sequences.
fn sequence_len(b: u8) -> Option<usize> {
    match b {
        0xc2..=0xdf => Some(2),
        0xe0..=0xef => Some(3),
        0xf0..=0xf4 => Some(4),
        _ => None,
    }
}

/// Repair mojibake in `units`; returns how many sequences were repaired and the first one as
/// (before, after) for the warning.
pub fn repair(units: &mut Vec<Unit>) -> (usize, Option<(String, char)>) {
    let mut repaired = 0;
    let mut example = None;
    loop {
        let (n, first) = repair_once(units);
        if n == 0 {
            break;
        }
        repaired += n;
        example = example.or(first);
    }
    (repaired, example)
}

fn repair_once(units: &mut Vec<Unit>) -> (usize, Option<(String, char)>) {
    let candidate = |u: &Unit| ('\u{c2}'..='\u{f4}').contains(&u.ch);
    if !units.iter().any(candidate) {
        return (0, None);
    }
    let mut out = Vec::with_capacity(units.len());
    let mut repaired = 0;
    let mut example = None;
    let mut i = 0;
    while i < units.len() {
        if let Some((ch, len)) = decode_at(&units[i..]) {
            if example.is_none() {
                example = Some((units[i..i + len].iter().map(|u| u.ch).collect(), ch));
            }
            out.push(Unit {
                ch,
                start: units[i].start,
                end: units[i + len - 1].end,
            });
            repaired += 1;
            i += len;
        } else {
            out.push(units[i]);
            i += 1;
        }
    }
    *units = out;
    (repaired, example)
}

/// The character encoded by the cp1252 bytes of the units at the start of `units`.
fn decode_at(units: &[Unit]) -> Option<(char, usize)> {
    let lead = cp1252_byte(units[0].ch)?;
    let len = sequence_len(lead)?;
    if units.len() < len {
        return None;
    }
    let mut bytes = [0u8; 4];
    bytes[0] = lead;
    for k in 1..len {
        let b = cp1252_byte(units[k].ch)?;
        if !(0x80..=0xbf).contains(&b) {
            return None;
        }
        bytes[k] = b;
    }
    let s = std::str::from_utf8(&bytes[..len]).ok()?;
    let ch = s.chars().next()?;
    // A repair that yields a C1 control is a coincidence, not mojibake.
    if ('\u{80}'..='\u{9f}').contains(&ch) {
        return None;
    }
    Some((ch, len))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::unit::units_of;

    fn fix(s: &str) -> String {
        let mut units = Vec::new();
        units_of(s, 0, s.len(), &mut units);
        repair(&mut units);
        units.iter().map(|u| u.ch).collect()
    }

    #[test]
    fn repairs_utf8_read_as_cp1252() {
        assert_eq!(fix("CafÃ©"), "Café");
        assert_eq!(fix("donâ€™t â€œgoâ€\u{9d}"), "don’t “go”");
        assert_eq!(fix("SÃ£o Paulo"), "São Paulo");
    }

    #[test]
    fn repairs_double_mojibake() {
        assert_eq!(fix("CafÃƒÂ©"), "Café");
    }

    #[test]
    fn leaves_real_latin1_text_alone() {
        for s in ["Ça va", "Müller", "Zürich – Genève", "naïve à côté", "Å"] {
            assert_eq!(fix(s), s);
        }
    }
}
