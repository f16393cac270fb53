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
use super::numeric::is_calendar_word;
use super::repair::Span;

/// Endings of a people's or a creed's word that is no demonym: "Eurosceptic", "Biblical",
/// "Europhiles", "Baathist", "Chavista". (Demonyms, "-an", "-ese", "-ish", "-i", are `finer`'s and stay.)
const PEOPLES_ENDINGS: &[&str] = &[
    "an", "ans", "ish", "ese", "i", "is", "ic", "ics", "ical", "ist", "ists", "ista", "istas",
    "phile", "philes",
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

/// Words for people by their colour or their origin, capitalised in current style: "a Black
/// woman", "Indigenous leaders".
const PEOPLES_BY_STYLE: &[&str] = &["Black", "White", "Indigenous", "Aboriginal", "Native"];

/// Verbs a firm's name comes before: "Sherwin-Williams is moving".
const FIRMS_VERBS: &[&str] = &[
    "is",
    "was",
    "has",
    "had",
    "said",
    "says",
    "will",
    "would",
    "reported",
    "posted",
    "announced",
];

/// Words for venues: a one-word name after "the" in their sentence is one.
const VENUES: &[&str] = &[
    "theatre", "theater", "stadium", "venue", "gallery", "museum", "arena", "cinema",
];

/// Words that may follow a venue's name: "at the Stoop on Sunday", "the Lyceum will close".
const AFTER_VENUES: &[&str] = &[
    "on", "in", "for", "with", "to", "and", "or", "will", "was", "is", "has", "had", "last",
    "this", "next", "where", "when", "after", "before", "since", "until", "from", "by",
];

/// Whether a word can name a people, a creed or a party: listed, or shaped like one.
fn is_peoples_word(w: &str) -> bool {
    lists_of_tokens(&[w]) & (List::Nationality.bit() | List::ReligiousOrPolitical.bit()) != 0
        || is_cue_one(Cue::People, w)
        || PEOPLES_BY_STYLE.contains(&w)
        || PEOPLES_ENDINGS.iter().any(|e| w.ends_with(e))
        // "Malays": the plural of a listed people's word.
        || w.strip_suffix('s').is_some_and(|one| lists_of_tokens(&[one]) & List::Nationality.bit() != 0)
}

/// Relabels each one-word NORP that is no people's word: a plural in a sentence of sport is a
/// side ("Spurs have won"), a word in a sentence about works is a work, and any other is a
/// product; a singular after "at the" is a venue. (An acronym is as often a product or a
/// statistic, "ISDN", "RBI", as a body.) Hyphened words ("anti-Tory", "Anglo-Dutch") keep
/// NORP, unless they join two names as firms' names do ("Sherwin-Williams").
pub fn miscellany_of_one_word(words: &[&str], names: &mut [Span]) {
    let mut sport = None;
    let mut works = None;
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        if label != Label::Norp || b != a + 1 {
            continue;
        }
        let w = words[a];
        // A pair before a noun is a match or a rivalry ("the Blair-Brown rift", "the
        // Derby-Fulham replay"); a firm acts or is named alone ("analysts Douglas-Westwood.").
        let before_noun = words
            .get(b)
            .is_some_and(|n| n.starts_with(|c: char| c.is_lowercase()) && !FIRMS_VERBS.contains(n));
        if !before_noun && firm_of_two_names(w) {
            span.2 = Label::Org;
            continue;
        }
        if !capitalised(w) || !w.chars().all(char::is_alphabetic) || is_peoples_word(w) {
            continue;
        }
        // "at the Stoop": a singular name after "at the" is where it happens; so is one after
        // "the" in a sentence about a venue ("for the Lyceum, the theatre's board said").
        let the = a >= 1 && words[a - 1] == "the";
        // ("at the MacWorld conference", "at the Hesse LZB": a name before a noun or another
        // name qualifies it.)
        let qualifier = words
            .get(b)
            .is_some_and(|n| n.starts_with(char::is_alphanumeric) && !AFTER_VENUES.contains(n));
        let at_the = the
            && !w.ends_with('s')
            && !qualifier
            && (a >= 2 && words[a - 2] == "at" || words.iter().any(|x| VENUES.contains(x)));
        // A plural in sports copy is a side by its nickname ("Spurs", "Ospreys"); a singular
        // there may as well be a cup ("an Intertoto final").
        let plural = w.len() > 3 && w.ends_with('s') && w.chars().skip(1).all(char::is_lowercase);
        let in_sentence = |cue: Cue| words.iter().any(|x| is_cue_one(cue, x));
        // "the Nasdaq index", "the ISEQ index": a market's index is named for its exchange.
        let index = words.get(b).is_some_and(|n| *n == "index");
        span.2 = if at_the {
            Label::Facility
        } else if index || plural && *sport.get_or_insert_with(|| in_sentence(Cue::SportSentence)) {
            Label::Org
        } else if *works.get_or_insert_with(|| words.iter().any(|x| WORKS.contains(x))) {
            Label::WorkOfArt
        } else {
            Label::Product
        };
    }
}

/// "Sherwin-Williams", "Hewlett-Packard": two capitalised names joined by a hyphen, neither a
/// people's word nor a people's prefix ("Anglo-Dutch", "Sino-Japanese" stay), name a firm.
fn firm_of_two_names(w: &str) -> bool {
    let Some((first, second)) = w.split_once('-') else {
        return false;
    };
    let name = |part: &str| {
        capitalised(part)
            && part.len() > 2
            && part.chars().all(char::is_alphabetic)
            && part.chars().skip(1).all(char::is_lowercase)
            && !is_peoples_word(part)
    };
    // ("North-South", "November-December", "All-Time": directions, months and common words
    // joined are no firm's.)
    let common = |part: &str| {
        matches!(
            part,
            "North" | "South" | "East" | "West" | "All" | "Post" | "Pre" | "Live" | "Non" | "Time"
        ) || is_calendar_word(part)
    };
    name(first) && name(second) && !first.ends_with('o') && !common(first) && !common(second)
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
        assert_eq!(labelled("his last game at the Stoop", 5), Label::Facility);
        assert_eq!(
            labelled("funds for the Lyceum , the theatre said", 3),
            Label::Facility
        );
        assert_eq!(labelled("at the MacWorld conference", 2), Label::Product);
        assert_eq!(labelled("Sherwin-Williams is moving", 0), Label::Org);
    }

    #[test]
    fn peoples_words_stay() {
        assert_eq!(labelled("the Eurosceptic party", 1), Label::Norp);
        assert_eq!(labelled("the Biblical version", 1), Label::Norp);
        assert_eq!(labelled("the Europhiles pray", 1), Label::Norp);
        assert_eq!(labelled("the anti-Tory vote", 1), Label::Norp);
        assert_eq!(labelled("some Kosovan workers", 1), Label::Norp);
        assert_eq!(labelled("a Black woman", 1), Label::Norp);
        assert_eq!(labelled("the Sino-Japanese war", 1), Label::Norp);
        assert_eq!(labelled("the Franco-German pact", 1), Label::Norp);
    }
}
