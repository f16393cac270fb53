//! Character-level clean-up: control and invisible characters dropped, every kind of white
//! space folded to one plain space, and the optional dash and quote styles.

use super::unit::Unit;

/// Characters that carry no text: the soft hyphen, zero-width space, word joiner, byte-order
/// mark and directional marks. (Zero-width joiners stay: emoji and Indic scripts need them.)
fn is_invisible(ch: char) -> bool {
    matches!(
        ch,
        '\u{ad}' | '\u{200b}' | '\u{2060}' | '\u{feff}' | '\u{200e}' | '\u{200f}' | '\u{180e}'
    )
}

/// Drop controls and invisible characters, turn white space into plain spaces, and apply the
/// optional dash and quote styles. Returns whether the change could give another step new
/// work: a removal (which makes neighbours of characters that were apart) or a new character
/// other than a plain space from ASCII white space.
pub fn clean(units: &mut Vec<Unit>, dashes: bool, straighten_quotes: bool) -> bool {
    let before = units.len();
    units.retain(|u| !(is_invisible(u.ch) || (u.ch.is_control() && !u.ch.is_whitespace())));
    let mut changed = units.len() != before;
    for u in units.iter_mut() {
        let ch = if u.ch.is_whitespace() {
            ' '
        } else if straighten_quotes {
            straight_quote(u.ch)
        } else {
            u.ch
        };
        changed |= ch != u.ch && !u.ch.is_ascii();
        u.ch = ch;
    }
    if dashes {
        let before = units.len();
        join_double_hyphens(units);
        changed |= units.len() != before;
    }
    changed
}

fn straight_quote(ch: char) -> char {
    match ch {
        '‘' | '’' | '‚' | '‛' | '′' => '\'',
        '“' | '”' | '„' | '‟' | '″' => '"',
        other => other,
    }
}

/// "--" becomes an em dash.
fn join_double_hyphens(units: &mut Vec<Unit>) {
    let mut out: Vec<Unit> = Vec::with_capacity(units.len());
    for &u in units.iter() {
        match out.last_mut() {
            Some(prev) if u.ch == '-' && prev.ch == '-' => {
                prev.ch = '—';
                prev.end = u.end;
            }
            _ => out.push(u),
        }
    }
    *units = out;
}

/// Fold runs of spaces into one (standing for the whole run) and trim both ends, in place.
/// This never gives another step new work: no two other characters become neighbours.
pub fn collapse_spaces(units: &mut Vec<Unit>) {
    let mut kept = 0;
    for i in 0..units.len() {
        let u = units[i];
        if u.ch == ' ' {
            if kept == 0 {
                continue;
            }
            if units[kept - 1].ch == ' ' {
                units[kept - 1].end = u.end;
                continue;
            }
        }
        units[kept] = u;
        kept += 1;
    }
    units.truncate(kept);
    if units.last().is_some_and(|u| u.ch == ' ') {
        units.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::unit::units_of;

    fn run(s: &str, dashes: bool, straight: bool) -> String {
        let mut units = Vec::new();
        units_of(s, 0, s.len(), &mut units);
        clean(&mut units, dashes, straight);
        collapse_spaces(&mut units);
        units.iter().map(|u| u.ch).collect()
    }

    #[test]
    fn folds_space_and_drops_controls() {
        assert_eq!(
            run("  a\u{a0}\u{2009} b\u{3}\u{ad}c\t ", false, false),
            "a bc"
        );
    }

    #[test]
    fn optional_styles() {
        assert_eq!(run("“it’s -- fine”", true, true), "\"it's — fine\"");
        assert_eq!(run("“it’s -- fine”", false, false), "“it’s -- fine”");
    }
}
