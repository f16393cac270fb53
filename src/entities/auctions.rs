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

/// Verbs of a sale at auction, before "at" and the auction house.
const SOLD_AT: &[&str] = &["sold", "auctioned", "fetched", "bought"];

/// "sold at Bonhams in London", "fetched $2m at Phillips in Geneva" (after the price): a
/// one-word name between "at" and "in" and a place, after a verb of sale, is where it was sold,
/// a house or a shop (ORG), which the tagger takes for a place or a person; not a place
/// `is_place` knows ("sold at Wembley in London").
pub fn auction_houses(words: &[&str], names: &mut [Span], is_place: impl Fn(&[&str]) -> bool) {
    for k in 0..names.len().saturating_sub(1) {
        let (a, b, label) = names[k];
        let placed = names[k + 1].0 == b + 1
            && words.get(b) == Some(&"in")
            && matches!(names[k + 1].2, Label::Gpe | Label::Loc);
        // "sold at", or a price between: "fetched $2m at".
        let sold = a >= 2
            && words[a - 1] == "at"
            && (a.saturating_sub(5)..a - 1).any(|j| SOLD_AT.contains(&words[j]));
        let guessed = matches!(label, Label::Gpe | Label::Person | Label::Loc);
        if b == a + 1 && guessed && placed && sold && !is_place(&words[a..b]) {
            names[k].2 = Label::Org;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn where_a_lot_was_sold_is_its_auction_house() {
        let run = |text: &str, names: &[Span]| {
            let words: Vec<&str> = text.split(' ').collect();
            let mut names = names.to_vec();
            auction_houses(&words, &mut names, |n| n == ["Wembley"]);
            names[0].2
        };
        let sold = [(4, 5, Label::Gpe), (6, 7, Label::Gpe)];
        assert_eq!(
            run("a manuscript sold at Bonhams in London", &sold),
            Label::Org
        );
        assert_eq!(run("a shirt sold at Wembley in London", &sold), Label::Gpe);
        assert_eq!(run("a man seen at Bonhams in London", &sold), Label::Gpe);
    }

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
