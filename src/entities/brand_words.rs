//! Brands, parties and bands named with a common English word: "streamed on Twitch",
//! "Microsoft's Copilot", "Reform's candidates", "the singer of Elbow". The tagger, which learned
//! from 1996 wire copy, does not know them, and the known-name lists hold no common word, which
//! a sentence's first capital would make a name. Here such a word is a name only where nothing
//! but the name would capitalise it: inside a sentence, alone, and in a line that is not a
//! title-case headline (`data/lexicon/brand_words.tsv`).

use std::collections::HashMap;
use std::sync::LazyLock;

use super::casing::capitalised;
use super::headlines::is_title_case;
use super::label::Label;
use super::lexicon::cues::labelled;
use super::repair::{insert_name, name_at, Span};
use super::works::is_quote;

static BRANDS: LazyLock<HashMap<&'static str, Label>> =
    LazyLock::new(|| labelled(include_str!("../../data/lexicon/brand_words.tsv")).collect());

/// The names, for the sentence gate of this rule (`gates::CueList::BrandWords`).
pub(super) fn brand_names() -> Vec<&'static str> {
    BRANDS.keys().copied().collect()
}

/// Names each brand word capitalised inside the sentence, with no capitalised word beside it
/// ("Twitch streamer" at a sentence's start, "Target Corp" and "Hinge Point" are other names)
/// and no name over it but the tagger's guess for the word alone.
pub fn brands_named_by_common_words(words: &[&str], names: &mut Vec<Span>) {
    let headline = std::cell::OnceCell::new();
    for j in 1..words.len() {
        let w = words[j];
        // Brands are capitalised and short: one byte and the length spare most words the look-up.
        if !w.as_bytes().first().is_some_and(u8::is_ascii_uppercase) || w.len() > 8 {
            continue;
        }
        let Some(&label) = BRANDS.get(w) else {
            continue;
        };
        // ("“Twitch is ...": a quotation's first word is capitalised as a sentence's is.)
        let opening = j == 1 && is_quote(words[0]) || matches!(words[j - 1], ":" | "—" | "(");
        let beside = |k: usize| words.get(k).is_some_and(|v| capitalised(v));
        if opening || capitalised(words[j - 1]) || beside(j + 1) {
            continue;
        }
        if *headline.get_or_init(|| is_title_case(words)) {
            return;
        }
        match name_at(names, j) {
            Some(k) if names[k].0 == j && names[k].1 == j + 1 => names[k].2 = label,
            Some(_) => {}
            None => {
                insert_name(names, (j, j + 1, label));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<Span> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = Vec::new();
        brands_named_by_common_words(&words, &mut names);
        names
    }

    #[test]
    fn a_brand_word_is_a_name_only_inside_a_sentence_and_alone() {
        assert_eq!(
            found("She streamed the game on Twitch ."),
            [(5, 6, Label::Org)]
        );
        assert_eq!(found("Twitch streamers were banned ."), []);
        assert_eq!(found("He joined Target Corp last year ."), []);
        assert_eq!(found("Shoppers Flock To Target For Deals"), []);
        assert_eq!(
            found("It adds Copilot to its apps ."),
            [(2, 3, Label::Product)]
        );
    }
}
