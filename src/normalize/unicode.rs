//! Unicode normalization (NFC or NFKC) applied to runs of characters that compose together,
//! so each output character still knows which input bytes it came from.

use super::unit::Unit;
use super::UnicodeForm;
use unicode_normalization::char::{canonical_combining_class, compose};
use unicode_normalization::{is_nfc_quick, is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// Apply `form` to `units`; returns whether anything changed.
pub fn apply(units: &mut Vec<Unit>, form: UnicodeForm) -> bool {
    // ASCII is already in every normal form; only the other characters need the check.
    if units.iter().all(|u| u.ch.is_ascii()) {
        return false;
    }
    let chars = units.iter().map(|u| u.ch);
    let quick = match form {
        UnicodeForm::Nfc => is_nfc_quick(chars),
        UnicodeForm::Nfkc => is_nfkc_quick(chars),
    };
    if quick == IsNormalized::Yes {
        return false;
    }
    let mut changed = false;
    let mut out = Vec::with_capacity(units.len());
    let mut group = String::new();
    let mut i = 0;
    while i < units.len() {
        // A group is a starter and everything that may combine with it.
        let mut j = i + 1;
        while j < units.len() {
            let ch = units[j].ch;
            let prev = units[j - 1].ch;
            if canonical_combining_class(ch) == 0 && compose(prev, ch).is_none() {
                break;
            }
            j += 1;
        }
        group.clear();
        group.extend(units[i..j].iter().map(|u| u.ch));
        let (start, end) = (units[i].start, units[j - 1].end);
        let mut normalized = match form {
            UnicodeForm::Nfc => group.chars().nfc().collect::<String>(),
            UnicodeForm::Nfkc => group.chars().nfkc().collect::<String>(),
        };
        if normalized == group {
            out.extend_from_slice(&units[i..j]);
        } else {
            changed = true;
            out.extend(normalized.drain(..).map(|ch| Unit { ch, start, end }));
        }
        i = j;
    }
    *units = out;
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::unit::units_of;

    fn run(s: &str, form: UnicodeForm) -> Vec<Unit> {
        let mut units = Vec::new();
        units_of(s, 0, s.len(), &mut units);
        apply(&mut units, form);
        units
    }

    #[test]
    fn composes_and_keeps_the_source_range() {
        let s = "Cafe\u{301} x";
        let u = run(s, UnicodeForm::Nfc);
        let text: String = u.iter().map(|u| u.ch).collect();
        assert_eq!(text, "Café x");
        assert_eq!((u[3].start, u[3].end), (3, 6));
    }

    #[test]
    fn nfkc_expands_ligatures() {
        let u = run("ﬁne", UnicodeForm::Nfkc);
        let text: String = u.iter().map(|u| u.ch).collect();
        assert_eq!(text, "fine");
        let u = run("ﬁne", UnicodeForm::Nfc);
        assert_eq!(u.len(), 3);
    }
}
