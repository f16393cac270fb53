//! Numbers with a suffix glued on, as news writes them: "600m" and "1.13bn" (scales), "5p"
//! (pence), "5km", "10st", "6ft", "25C" (units), "6am" (clock), "21st" (ordinals), and scores
//! ("2-1"). One pass over the token's bytes, no allocation: these tests run for every token
//! that starts with a digit.

use crate::entities::casing::{split_at_hyphen, starts_with_digit};

/// What the letters after a token's digits mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Suffix {
    /// "600m", "1.13bn", "750k": a scale, money after a currency sign. Bare "m" is metres.
    Scale,
    /// "5p", "245p": pence; "20c": cents.
    Pence,
    /// "5km", "10st", "6ft", "2in", "25C", "90mph".
    Unit,
    /// "6am", "10pm".
    Clock,
    /// "21st", "3rd".
    Ordinal,
    /// "9pc": per cent, as the Telegraph and the Mail write it.
    Percent,
}

/// Scale suffixes glued to digits; "m" is also metres, decided by context.
pub(super) const SCALE_SUFFIXES: &[&str] = &[
    "m", "bn", "b", "k", "mln", "bln", "trln", "mn", "trn", "tn", "tr",
];

/// Unit suffixes glued to digits, case-sensitive: "25C" is Celsius, "25c" is not written.
const UNIT_SUFFIXES: &[&str] = &[
    "km", "cm", "mm", "kg", "g", "mg", "lb", "lbs", "oz", "st", "ft", "in", "mph", "kph", "kmh",
    "C", "F", "ha", "t", "mi", "ml", "l", "kW", "MW", "GW", "kWh", "MWh", "GWh", "GB", "MB", "TB",
    "mb", "sq", "yd", "yds", "km/h", "m/s",
];

/// Splits "1.13bn" into its number ("1.13") and suffix ("bn"); None unless the token is
/// digits (with "," and "." inside) followed only by ASCII letters.
pub(super) fn split_number(w: &str) -> Option<(&str, &str)> {
    let w = super::quantity::without_final_period(w);
    let b = w.as_bytes();
    if !b.first()?.is_ascii_digit() {
        return None;
    }
    let digits = b
        .iter()
        .position(|c| !(c.is_ascii_digit() || *c == b',' || *c == b'.'))
        .unwrap_or(b.len());
    let (number, suffix) = w.split_at(digits);
    // Letters only, but for a unit's slash ("183km/h").
    if number.ends_with(['.', ',']) || !suffix.bytes().all(|c| c.is_ascii_alphabetic() || c == b'/')
    {
        return None;
    }
    Some((number, suffix))
}

/// The kind of a number-with-suffix token, None for plain numbers and other tokens.
pub(super) fn suffix_of(w: &str) -> Option<Suffix> {
    let (number, suffix) = split_number(w)?;
    if suffix.is_empty() || suffix.len() > 4 {
        return None;
    }
    if is_ordinal_suffix(number, suffix) {
        return Some(Suffix::Ordinal);
    }
    if UNIT_SUFFIXES.contains(&suffix) && suffix != "m" {
        return Some(Suffix::Unit);
    }
    let lower = |s: &str| suffix.eq_ignore_ascii_case(s);
    if SCALE_SUFFIXES.iter().any(|s| lower(s)) {
        return Some(Suffix::Scale);
    }
    // ("20C" is Celsius: the unit is matched first, with its case.)
    if suffix == "p" || suffix == "c" {
        return Some(Suffix::Pence);
    }
    if suffix == "pc" {
        return Some(Suffix::Percent);
    }
    if lower("am") || lower("pm") {
        return Some(Suffix::Clock);
    }
    None
}

/// "1st", "22nd", "13th", "2,600th", but not "10st" (ten stone) or "11st".
fn is_ordinal_suffix(number: &str, suffix: &str) -> bool {
    let b = number.as_bytes();
    if !b.iter().all(|c| c.is_ascii_digit() || *c == b',') {
        return false;
    }
    let last = b[b.len() - 1];
    let teen = b.len() >= 2 && b[b.len() - 2] == b'1';
    let expected = match last {
        b'1' if !teen => "st",
        b'2' if !teen => "nd",
        b'3' if !teen => "rd",
        _ => "th",
    };
    suffix.eq_ignore_ascii_case(expected)
}

/// "2-1", "24-17", "6-4": a score or tally, never a date. Both sides one to three digits.
pub(super) fn is_score(w: &str) -> bool {
    // The first side's digits open the word: most words are spared the scan for the hyphen.
    if !starts_with_digit(w) {
        return false;
    }
    match split_at_hyphen(w) {
        Some((a, b)) => {
            (1..=3).contains(&a.len())
                && (1..=3).contains(&b.len())
                && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffixes() {
        assert_eq!(suffix_of("600m"), Some(Suffix::Scale));
        assert_eq!(suffix_of("1.13bn"), Some(Suffix::Scale));
        assert_eq!(suffix_of("3.4trn"), Some(Suffix::Scale));
        assert_eq!(suffix_of("245p"), Some(Suffix::Pence));
        assert_eq!(suffix_of("20c"), Some(Suffix::Pence));
        assert_eq!(suffix_of("20C"), Some(Suffix::Unit));
        assert_eq!(suffix_of("5km"), Some(Suffix::Unit));
        assert_eq!(suffix_of("10st"), Some(Suffix::Unit));
        assert_eq!(suffix_of("21st"), Some(Suffix::Ordinal));
        assert_eq!(suffix_of("11th"), Some(Suffix::Ordinal));
        assert_eq!(suffix_of("2,600th"), Some(Suffix::Ordinal));
        assert_eq!(suffix_of("183km/h"), Some(Suffix::Unit));
        assert_eq!(suffix_of("24/7"), None);
        assert_eq!(suffix_of("25C"), Some(Suffix::Unit));
        assert_eq!(suffix_of("6am"), Some(Suffix::Clock));
        assert_eq!(suffix_of("1996"), None);
        assert_eq!(suffix_of("3.5."), None);
        assert_eq!(suffix_of("12abcde"), None);
        assert!(is_score("2-1") && is_score("24-17"));
        assert!(!is_score("1996-08-22") && !is_score("2-") && !is_score("a-b"));
    }
}
