//! Brands written with a small "i" or "e" before their capital: "iTunes", "iPlayer",
//! "eBay", "iPad". No English word is written so, but the tagger, which reads capitals, may leave
//! them out. One the known names hold takes its label there ("eBay" is a firm); the rest are
//! products, as most such brands are.

use super::label::Label;
use super::lexicon::cues::known_name;
use super::repair::{insert_name, name_at, Span};

/// Whether a word is "i" or "e" (internet, electronic), then a capital and small letters:
/// "iTunes", "eBay". ("mRNA" and "iOS" are letters, "e-mail" no brand, and "ofNew" a word
/// run into the next.)
fn is_camel_brand(w: &str) -> bool {
    let b = w.as_bytes();
    matches!(b.first(), Some(b'i' | b'e'))
        && b.get(1).is_some_and(u8::is_ascii_uppercase)
        && b.len() > 3
        && b[2..].iter().all(u8::is_ascii_alphanumeric)
        && b[2..].iter().any(u8::is_ascii_lowercase)
}

/// Adds the camel-cased brands no name holds.
pub fn camel_cased_brands(words: &[&str], names: &mut Vec<Span>) {
    for (j, w) in words.iter().enumerate() {
        if !is_camel_brand(w) || name_at(names, j).is_some() {
            continue;
        }
        let label = known_name(&words[j..j + 1]).unwrap_or(Label::Product);
        insert_name(names, (j, j + 1, label));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brands_with_a_small_first_letter() {
        assert!(is_camel_brand("iTunes") && is_camel_brand("iPlayer") && is_camel_brand("eBay"));
        assert!(!is_camel_brand("mRNA") && !is_camel_brand("iOS") && !is_camel_brand("e-Mail"));
        assert!(!is_camel_brand("the") && !is_camel_brand("ofNew") && !is_camel_brand("McDonald"));
        let words = ["top", "of", "the", "iTunes", "chart"];
        let mut names = vec![];
        camel_cased_brands(&words, &mut names);
        assert_eq!(names, vec![(3, 4, Label::Product)]);
    }
}
