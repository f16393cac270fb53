//! One-word names the tagger called miscellany and no rule placed. CoNLL's MISC holds peoples'
//! words, but those are in the lists; what is left once the rules have run is mostly a thing
//! made and sold ("Windows", "Macintosh", "iTunes", "Betamax"), a work ("Transformers",
//! "Titanic"), a side ("Spurs") or a firm ("Napster"). `finer` gives such a word NORP
//! while the rules run, because several rules read a people's label; this pass, after them,
//! gives it the likeliest label that its sentence allows.

use super::casing::capitalised;
use super::label::Label;
use super::lexicon::cues::{is_cue_one, Cue};
use super::lexicon::{lists_of_tokens, List};
use super::repair::Span;

/// Endings of a people's or a creed's word that is no demonym: "Eurosceptic", "Biblical",
/// "Europhiles", "Baathist". (Demonyms, "-an", "-ese", "-ish", "-i", are `finer`'s and stay.)
const PEOPLES_ENDINGS: &[&str] = &[
    "an", "ans", "ish", "ese", "i", "is", "ic", "ics", "ical", "ist", "ists", "phile", "philes",
];

/// Words of works that business copy does not use for other things ("programme", "series",
/// "single", "play" and "book" it does): a one-word name in their sentence is a work.
const WORKS: &[&str] = &[
    "film",
    "films",
    "movie",
    "movies",
    "novel",
    "novels",
    "album",
    "albums",
    "song",
    "songs",
    "sitcom",
    "documentary",
    "episode",
    "episodes",
    "musical",
    "opera",
    "cartoon",
    "cartoons",
    "novelist",
    "books",
];

/// Whether a word can name a people, a creed or a party: listed, or shaped like one.
fn is_peoples_word(w: &str) -> bool {
    lists_of_tokens(&[w]) & (List::Nationality.bit() | List::ReligiousOrPolitical.bit()) != 0
        || is_cue_one(Cue::People, w)
        || PEOPLES_ENDINGS.iter().any(|e| w.ends_with(e))
        // "Malays": the plural of a listed people's word.
        || w.strip_suffix('s').is_some_and(|one| lists_of_tokens(&[one]) & List::Nationality.bit() != 0)
}

/// Relabels each one-word NORP that is no people's word: a plural in a sentence of sport is a
/// side ("Spurs have won"), a word in a sentence about works is a work, and any other is a
/// product. (An acronym is as often a product or a statistic, "ISDN", "RBI", as a body.) Hyphened words ("anti-Tory", "Anglo-Dutch") keep NORP.
pub fn miscellany_of_one_word(words: &[&str], names: &mut [Span]) {
    let mut sport = None;
    let mut works = None;
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        if label != Label::Norp || b != a + 1 {
            continue;
        }
        let w = words[a];
        if !capitalised(w) || !w.chars().all(char::is_alphabetic) || is_peoples_word(w) {
            continue;
        }
        // A plural in sports copy is a side by its nickname ("Spurs", "Ospreys"); a singular
        // there may as well be a cup ("an Intertoto final").
        let plural = w.len() > 3 && w.ends_with('s') && w.chars().skip(1).all(char::is_lowercase);
        let in_sentence = |cue: Cue| words.iter().any(|x| is_cue_one(cue, x));
        // "the Nasdaq index", "the ISEQ index": a market's index is named for its exchange.
        let index = words.get(b).is_some_and(|n| *n == "index");
        span.2 = if index || plural && *sport.get_or_insert_with(|| in_sentence(Cue::SportSentence))
        {
            Label::Org
        } else if *works.get_or_insert_with(|| words.iter().any(|x| WORKS.contains(x))) {
            Label::WorkOfArt
        } else {
            Label::Product
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labelled(text: &str, at: usize) -> Label {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = vec![(at, at + 1, Label::Norp)];
        miscellany_of_one_word(&words, &mut names);
        names[0].2
    }

    #[test]
    fn things_made_works_and_bodies() {
        assert_eq!(labelled("users of Windows were told", 2), Label::Product);
        assert_eq!(
            labelled("the 1984 Macintosh did away with it", 2),
            Label::Product
        );
        assert_eq!(
            labelled("he wants Transformers made into a film", 2),
            Label::WorkOfArt
        );
        assert_eq!(labelled("the Ospreys have beaten Leinster", 1), Label::Org);
        assert_eq!(labelled("an Intertoto final was lost", 1), Label::Product);
    }

    #[test]
    fn peoples_words_stay() {
        assert_eq!(labelled("the Eurosceptic party", 1), Label::Norp);
        assert_eq!(labelled("the Biblical version", 1), Label::Norp);
        assert_eq!(labelled("the Europhiles pray", 1), Label::Norp);
        assert_eq!(labelled("the anti-Tory vote", 1), Label::Norp);
        assert_eq!(labelled("some Kosovan workers", 1), Label::Norp);
    }
}
