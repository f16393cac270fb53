//! How a word is written, tested on its first byte where that is ASCII: the rules call these
//! for most words of a story, so decoding a character is kept for the rare non-ASCII word.

/// Whether the word starts with a capital letter ("Leeds", "Ölander").
pub fn capitalised(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        Some(_) => w.chars().next().is_some_and(char::is_uppercase),
        None => false,
    }
}

/// Whether the word is written with a capital and then lowercase ASCII letters only ("Seeks";
/// not "BBC", "iPhone" or "O'Connell").
pub fn title_cased(w: &str) -> bool {
    w.len() > 1
        && w.as_bytes()[0].is_ascii_uppercase()
        && w.as_bytes()[1..].iter().all(u8::is_ascii_lowercase)
}

/// Whether the word starts with an ASCII digit ("1066", "3-1").
pub fn starts_with_digit(w: &str) -> bool {
    w.as_bytes().first().is_some_and(u8::is_ascii_digit)
}

/// The parts before and after the word's first hyphen ("twenty-five"). Words are short, so a
/// plain byte scan beats the general search `split_once` sets up, and the rules try it on
/// most words of a story.
pub fn split_at_hyphen(w: &str) -> Option<(&str, &str)> {
    let at = w.bytes().position(|b| b == b'-')?;
    Some((&w[..at], &w[at + 1..]))
}

/// Whether an ASCII capital follows the word's first byte ("iPhone", "eBay"). The rules ask it
/// of most lowercase words, so it tests eight bytes at a time: on each byte's low seven bits,
/// adding `0x80 - b'A'` sets the top bit iff they are at least 'A', adding `0x80 - b'Z' - 1`
/// iff past 'Z', no sum carries into the next byte, and a byte with its own top bit set (of a
/// character outside ASCII) or zero padding is no capital.
pub fn capital_after_first(w: &str) -> bool {
    let bytes = w.as_bytes();
    // Most words fit one load: the whole word, its first byte (the lowest) zeroed.
    if bytes.len() <= 8 {
        return has_ascii_capital(crate::packed::load_le(bytes) & !0xff);
    }
    let rest = &bytes[1..];
    rest.chunks(8)
        .any(|chunk| has_ascii_capital(crate::packed::load_le(chunk)))
}

/// Whether one of eight bytes is an ASCII capital (see `capital_after_first`).
#[inline(always)]
fn has_ascii_capital(x: u64) -> bool {
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low7 = x & !HIGH_BITS;
    let from_a = low7 + ONES * (0x80 - b'A' as u64);
    let past_z = low7 + ONES * (0x80 - b'Z' as u64 - 1);
    from_a & !past_z & !x & HIGH_BITS != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_in_and_out_of_ascii() {
        assert!(capitalised("Leeds") && capitalised("Ölander") && capitalised("É"));
        assert!(
            !capitalised("leeds")
                && !capitalised("élan")
                && !capitalised("")
                && !capitalised("1066")
        );
        assert!(starts_with_digit("1066") && !starts_with_digit("M6"));
    }

    #[test]
    fn capitals_after_the_first_byte() {
        // Every byte value at every position after the first, in words of up to 18 bytes.
        for len in 1..=18usize {
            for at in 1..len {
                for b in 0u8..=255 {
                    let mut bytes = vec![b'q'; len];
                    bytes[at] = b;
                    let w = String::from_utf8_lossy(&bytes).into_owned();
                    let expected = w.bytes().skip(1).any(|b| b.is_ascii_uppercase());
                    assert_eq!(capital_after_first(&w), expected, "{w:?}");
                }
            }
        }
        assert!(capital_after_first("iPhone") && !capital_after_first("I"));
        assert!(!capital_after_first("") && !capital_after_first("élan"));
    }

    #[test]
    fn hyphens_split_once() {
        assert_eq!(split_at_hyphen("twenty-five"), Some(("twenty", "five")));
        assert_eq!(split_at_hyphen("34-year-old"), Some(("34", "year-old")));
        assert_eq!(split_at_hyphen("-5"), Some(("", "5")));
        assert_eq!(split_at_hyphen("Ölander"), None);
    }
}
