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
    fn hyphens_split_once() {
        assert_eq!(split_at_hyphen("twenty-five"), Some(("twenty", "five")));
        assert_eq!(split_at_hyphen("34-year-old"), Some(("34", "year-old")));
        assert_eq!(split_at_hyphen("-5"), Some(("", "5")));
        assert_eq!(split_at_hyphen("Ölander"), None);
    }
}
