//! What is not a quote, and what kind a quote is. Quoted words that nobody speaks are titles of
//! works (starred in “The Long Road”), nicknames and scare quotes (a so-called “peace plan”),
//! and markup attribute values (author="@name"). The rules, applied in `super::keep`:
//! - always dropped: attribute values; anything right after a naming word ("so-called",
//!   "titled", "the show", "his book,"); a title-cased run after a possessive or before "by"
//!   (MSNBC's “Morning Joe”, “Perfect Enough” by George Anders);
//! - dropped when their own sentence has no speech cue: a title-cased run of up to eight
//!   words (“The Long Road”, “Big Tom”), and fragments of up to three words unless the
//!   sentence has a subject who could be saying them (Cruz coached Trump to “breathe”);
//! - everything else is kept; a kept quote with nobody named anywhere near has no speaker.
//!
//! A short fragment that a sentence attributes (putting “maximum” pressure, after "told
//! reporters") is kept as a partial quote, because in reported speech that is what it is.

use super::QuoteKind;

/// Words that are not capitalised in a title.
fn is_small_word(word: &str) -> bool {
    [
        "a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "at", "with", "from", "by",
        "de", "la", "vs.", "vs", "&", "-", "—", "is", "as",
    ]
    .contains(&word)
}

/// "The Long Road", "Cake Boss.", "Meet the Press": a short run of capitalised words.
pub fn looks_like_title(content: &str) -> bool {
    let mut words = 0;
    for word in content.split_whitespace() {
        words += 1;
        if words > 8 {
            return false;
        }
        let first = word
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .chars()
            .next();
        match first {
            Some(c) if c.is_uppercase() || c.is_numeric() => {}
            Some(_) if words > 1 && is_small_word(word) => {}
            _ => return false,
        }
    }
    words > 0
}

/// Words after which quote marks name something rather than quote someone.
pub fn is_naming_word(word: &str) -> bool {
    [
        "so-called",
        "dubbed",
        "titled",
        "entitled",
        "nicknamed",
        "named",
        "film",
        "movie",
        "show",
        "book",
        "series",
        "song",
        "album",
        "program",
        "programme",
        "documentary",
        "novel",
        "play",
        "column",
        "headline",
        "podcast",
        "magazine",
        "hashtag",
        "slogan",
        "term",
        "word",
        "words",
        "phrase",
        "label",
        "banner",
        "sign",
        "signs",
        "memoir",
        "episode",
        "broadcast",
        "edition",
        "segment",
        "website",
        "blog",
        "newsletter",
    ]
    .iter()
    .any(|w| word.eq_ignore_ascii_case(w))
}

pub fn word_count(content: &str) -> usize {
    content.split_whitespace().count()
}

/// Quoted text that is a markup attribute value: `author="@name"`.
pub fn is_attribute_value(text: &str, open: usize) -> bool {
    text.get(..open)
        .and_then(|before| before.trim_end().chars().next_back())
        .is_some_and(|c| c == '=')
}

/// "partial" for a fragment worked into reported speech, "direct" for a sentence or more.
/// `after_word`: the opening mark follows a word of the sentence, not its start or a colon.
pub fn kind(content: &str, after_word: bool) -> QuoteKind {
    let first = content.chars().find(|c| c.is_alphanumeric());
    let lower_start = first.is_some_and(|c| c.is_lowercase());
    let ends_sentence = content.trim_end().ends_with(['.', '!', '?', ',', '…']);
    if lower_start || (after_word && word_count(content) <= 3 && !ends_sentence) {
        QuoteKind::Partial
    } else {
        QuoteKind::Direct
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles() {
        assert!(looks_like_title("The Long Road"));
        assert!(looks_like_title("Meet the Press"));
        assert!(!looks_like_title("We will win this race"));
        assert!(!looks_like_title(""));
    }

    #[test]
    fn kinds() {
        assert_eq!(kind("maximum", true), QuoteKind::Partial);
        assert_eq!(kind("We will win.", false), QuoteKind::Direct);
        assert_eq!(kind("expresses its opposition.", true), QuoteKind::Partial);
    }

    #[test]
    fn attribute_values() {
        assert!(is_attribute_value("<tweet author=\"x\">", 14));
        assert!(!is_attribute_value("he said \"x\"", 8));
        assert!(is_naming_word("so-called"));
    }
}
