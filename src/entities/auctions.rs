//! Artworks sold at auction, named after their artist's possessive: "Basquiat's Untitled sold
//! for $110.5 million", "sold Picasso's Woman with a Watch for $139.4 million". The tagger
//! reads such titles as people, firms or nothing; a price after them says they are works.

use super::casing::capitalised;
use super::label::Label;
use super::repair::{replace_names, Span};

/// The most words a title here holds.
const MAX_TITLE: usize = 8;

/// Small words inside a title ("Woman with a Watch").
const SMALL_WORDS: &[&str] = &["a", "an", "the", "of", "with", "in", "on", "and", "at"];

/// Verbs of a sale after the work ("sold for", "fetched").
const SOLD: &[&str] = &["sold", "fetched", "made", "went"];

fn is_price(w: &str) -> bool {
    w.starts_with(['$', '£', '€']) || w.as_bytes().first().is_some_and(u8::is_ascii_digit)
}

/// Relabels as a work the title after a person's possessive that a sale's verb or "for" and a
/// price follow.
pub fn artworks_sold(words: &[&str], names: &mut Vec<Span>) {
    let mut k = 0;
    while k < names.len() {
        let (_, b, label) = names[k];
        k += 1;
        let possessive = matches!(words.get(b), Some(&("'s" | "’s")));
        if label != Label::Person || !possessive {
            continue;
        }
        let start = b + 1;
        let limit = words.len().min(start + MAX_TITLE);
        let mut end = start;
        while end < limit && (capitalised(words[end]) || SMALL_WORDS.contains(&words[end])) {
            end += 1;
        }
        // The title ends on a capitalised word.
        while end > start && !capitalised(words[end - 1]) {
            end -= 1;
        }
        let priced = match words.get(end) {
            Some(&"for") => words.get(end + 1).is_some_and(|w| is_price(w)),
            Some(w) => SOLD.contains(w) && words.get(end + 1) == Some(&"for"),
            None => false,
        };
        // A title the tagger split with names of other kinds inside is left alone.
        let other = names
            .iter()
            .any(|s| s.0 < end && s.1 > start && (s.0 < start || s.1 > end));
        if end > start && priced && !other {
            replace_names(names, (start, end, Label::WorkOfArt));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_sold_for_a_price_is_a_work() {
        let words: Vec<&str> = "sold Picasso 's Woman with a Watch for $ 139.4 million"
            .split(' ')
            .collect();
        let mut names = vec![(1, 2, Label::Person), (3, 4, Label::Person)];
        artworks_sold(&words, &mut names);
        assert_eq!(names, vec![(1, 2, Label::Person), (3, 7, Label::WorkOfArt)]);
        let words: Vec<&str> = "Basquiat 's Untitled sold for $ 110.5 million"
            .split(' ')
            .collect();
        let mut names = vec![(0, 1, Label::Person), (2, 3, Label::Product)];
        artworks_sold(&words, &mut names);
        assert_eq!(names, vec![(0, 1, Label::Person), (2, 3, Label::WorkOfArt)]);
        // A firm's shares are no work.
        let words: Vec<&str> = "Smith 's shares sold for $ 4".split(' ').collect();
        let mut names = vec![(0, 1, Label::Person)];
        artworks_sold(&words, &mut names);
        assert_eq!(names, vec![(0, 1, Label::Person)]);
    }
}
