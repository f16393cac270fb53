//! Hand-written lexicons and their phrase matcher. Every list is a data file under
//! `data/lexicon/` (one entry a line, "#" comments), written for this project and read with
//! `include_str!` on first use; the matcher marks, per token, which lists a phrase covering it
//! belongs to and whether the token begins, continues or alone forms that phrase.

pub mod cues;

use std::sync::LazyLock;

use super::tagger::document::HashKeyed;
use super::tagger::hash::{lower_hash, mix};
use crate::hashed::HashIndex;

/// One hand-written list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Country,
    City,
    State,
    Region,
    GeographicCue,
    Nationality,
    ReligiousOrPolitical,
    Title,
    FirstName,
    OrgWord,
    Organisation,
}

impl List {
    pub const COUNT: usize = 11;

    pub const fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

/// The lists of places with governments: cities, countries and states.
pub const LISTED_PLACES: u16 = List::City.bit() | List::Country.bit() | List::State.bit();

/// The lists of places and peoples: a name on them is no company's, product's or title's.
pub const PLACES_AND_PEOPLES: u16 = List::Country.bit()
    | List::City.bit()
    | List::State.bit()
    | List::Region.bit()
    | List::Nationality.bit();

/// Longest phrase (in tokens) any list holds; the matcher tries no longer spans.
const MAX_PHRASE: usize = 5;

/// Keyed by phrase and word hashes, which are well mixed already.
struct Lexicon {
    phrases: HashIndex<u16>,
    /// Every word that is an entry of its own or opens a longer one: the lists holding it
    /// alone, and whether longer matches are to be tried from it. `mark` asks this of every
    /// token of a story, so one look-up answers both.
    words: HashIndex<(u16, bool)>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut phrases: HashKeyed<u16> = HashKeyed::default();
    let mut words: HashKeyed<(u16, bool)> = HashKeyed::default();
    let lists: [(&str, List); 11] = [
        (
            include_str!("../../../data/lexicon/countries.txt"),
            List::Country,
        ),
        (include_str!("../../../data/lexicon/cities.txt"), List::City),
        (
            include_str!("../../../data/lexicon/states.txt"),
            List::State,
        ),
        (
            include_str!("../../../data/lexicon/regions.txt"),
            List::Region,
        ),
        (
            include_str!("../../../data/lexicon/geographic_cues.txt"),
            List::GeographicCue,
        ),
        (
            include_str!("../../../data/lexicon/nationalities.txt"),
            List::Nationality,
        ),
        (
            include_str!("../../../data/lexicon/religious_and_political.txt"),
            List::ReligiousOrPolitical,
        ),
        (
            include_str!("../../../data/lexicon/titles.txt"),
            List::Title,
        ),
        (
            include_str!("../../../data/lexicon/first_names.txt"),
            List::FirstName,
        ),
        (
            include_str!("../../../data/lexicon/org_words.txt"),
            List::OrgWord,
        ),
        (
            include_str!("../../../data/lexicon/organisations.txt"),
            List::Organisation,
        ),
    ];
    for (file, list) in lists {
        for entry in entries(file) {
            let entry: Vec<u64> = entry.split(' ').map(lower_hash).collect();
            if entry.len() <= MAX_PHRASE {
                *phrases.entry(phrase_hash(&entry)).or_default() |= list.bit();
                let word = words.entry(entry[0]).or_default();
                word.1 |= entry.len() > 1;
            }
        }
    }
    // A word's lists alone, read from the phrase table as `lists_of` reads them.
    for (&word, (alone, _)) in words.iter_mut() {
        *alone = phrases.get(&phrase_hash(&[word])).copied().unwrap_or(0);
    }
    Lexicon {
        phrases: HashIndex::from_map(phrases),
        words: HashIndex::from_map(words),
    }
});

/// A data file's entries: lines without "#" comments and blank lines, trimmed.
pub(crate) fn entries(file: &str) -> impl Iterator<Item = &str> {
    file.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn phrase_hash(words: &[u64]) -> u64 {
    words.iter().fold(0x2545_f491_4f6c_dd1d, |h, &w| mix(h, w))
}

/// The lists (a bit set of `List::bit`) holding exactly this phrase of lowercase token hashes.
pub fn lists_of(words: &[u64]) -> u16 {
    if words.is_empty() || words.len() > MAX_PHRASE {
        return 0;
    }
    LEXICON
        .phrases
        .get(phrase_hash(words))
        .copied()
        .unwrap_or(0)
}

/// A word that ends or heads organisations' names: the organisation-word list, or the cue
/// words that end them ("Holdings", "Supplies") or follow a title-like word ("Electric").
pub fn is_org_word(w: &str) -> bool {
    lists_of_tokens(&[w]) & List::OrgWord.bit() != 0
        || cues::is_cue(cues::Cue::OrgLast, &[w])
        || cues::is_cue(cues::Cue::OrgAfterTitle, &[w])
}

/// `is_org_word` of a word given as its `lower_hash`: one look-up in each table.
pub fn is_org_word_hashed(lower: u64) -> bool {
    let one = [lower];
    let cues = cues::cue_set_hashed(&one);
    lists_of(&one) & List::OrgWord.bit() != 0
        || cues.has(cues::Cue::OrgLast)
        || cues.has(cues::Cue::OrgAfterTitle)
}

/// `is_title_phrase` of words given as their `lower_hash`es.
pub fn is_title_phrase_hashed(lowers: &[u64]) -> bool {
    lists_of(lowers) & List::Title.bit() != 0 || cues::is_cue_hashed(cues::Cue::PersonTitle, lowers)
}

/// Whether a phrase is a title before people's names: the tagger's list or the rules' own.
pub fn is_title_phrase(words: &[&str]) -> bool {
    lists_of_tokens(words) & List::Title.bit() != 0 || cues::is_cue(cues::Cue::PersonTitle, words)
}

/// Whether a phrase is a people's word ("Qatari"): the tagger's list or the rules' own.
pub fn is_people_word(words: &[&str]) -> bool {
    lists_of_tokens(words) & List::Nationality.bit() != 0 || cues::is_cue(cues::Cue::People, words)
}

/// `is_people_word` of words given as their `lower_hash`es (the tagger's).
pub fn is_people_word_hashed(lowers: &[u64]) -> bool {
    lists_of(lowers) & List::Nationality.bit() != 0
        || cues::is_cue_hashed(cues::Cue::People, lowers)
}

/// Whether a line whose last words are `tail` (in order, at most four) stops in the middle of
/// a name that `first`, the next line's first word, goes on with: the line ends with a title
/// ("Chancellor"), a title and one more capitalised word ("Foreign Minister Penny"), a first
/// name that is no place ("Warren" / "Buffett", not "Georgia"), or the start of a listed
/// organisation ("Goldman" / "Sachs").
pub fn ends_inside_a_name(tail: &[&str], first: &str) -> bool {
    let Some((&last, before)) = tail.split_last() else {
        return false;
    };
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    let named = capital(last)
        && (1..=3.min(before.len())).any(|n| is_title_phrase(&before[before.len() - n..]));
    let places = List::Country.bit() | List::City.bit() | List::State.bit() | List::Region.bit();
    let lists = lists_of_tokens(&[last]);
    let first_name = lists & List::FirstName.bit() != 0 && lists & places == 0;
    // Looked up only when the rest says nothing: the phrase is built for it.
    let organisation = || {
        (1..=2.min(tail.len())).any(|n| {
            let mut phrase: Vec<&str> = tail[tail.len() - n..].to_vec();
            phrase.push(first);
            lists_of_tokens(&phrase) & List::Organisation.bit() != 0
                || cues::known_name(&phrase).is_some()
        })
    };
    is_title_phrase(&[last]) || named || (capital(first) && (first_name || organisation()))
}

/// The lists holding this phrase given as token strings.
pub fn lists_of_tokens(tokens: &[&str]) -> u16 {
    // Most calls ask of one word: its hash is the phrase's only piece.
    if let [word] = tokens {
        return lists_of(&[lower_hash(word)]);
    }
    if tokens.len() > MAX_PHRASE {
        return 0;
    }
    let mut words = [0u64; MAX_PHRASE];
    for (w, t) in words.iter_mut().zip(tokens) {
        *w = lower_hash(t);
    }
    lists_of(&words[..tokens.len()])
}

/// Per-token marks: for each list, whether the token begins a phrase of it, continues one, or
/// is a whole one-token entry.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Marks {
    pub begins: u16,
    pub continues: u16,
    pub unit: u16,
}

/// A word's own entry (a lowercase token hash): the lists holding it alone, and whether a
/// longer phrase may start with it. `None` for a word on no list that opens no phrase.
pub fn word_entry(word: u64) -> Option<(u16, bool)> {
    LEXICON.words.get(word).copied()
}

/// Marks every token covered by a lexicon phrase. `words` are lowercase token hashes.
pub fn mark(words: &[u64], out: &mut Vec<Marks>) {
    let entries: Vec<Option<(u16, bool)>> = words.iter().map(|&w| word_entry(w)).collect();
    mark_with(words, &entries, out);
}

/// `mark`, given each word's `word_entry` (the tagger looks them up once per distinct word of
/// a story rather than once per token).
pub fn mark_with(words: &[u64], entries: &[Option<(u16, bool)>], out: &mut Vec<Marks>) {
    out.clear();
    out.resize(words.len(), Marks::default());
    for i in 0..words.len() {
        // A word on no list and opening no phrase is marked by nothing.
        let Some(&Some((alone, opens))) = entries.get(i) else {
            continue;
        };
        out[i].unit |= alone;
        if !opens {
            continue;
        }
        for len in 2..=MAX_PHRASE.min(words.len() - i) {
            let lists = lists_of(&words[i..i + len]);
            if lists == 0 {
                continue;
            }
            out[i].begins |= lists;
            for m in &mut out[i + 1..i + len] {
                m.continues |= lists;
            }
        }
    }
}

/// Builds the lexicons now rather than on first use (see `crate::warm_up`).
pub(crate) fn warm_up() {
    LazyLock::force(&LEXICON);
    cues::warm_up();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hashes(s: &str) -> Vec<u64> {
        s.split(' ').map(lower_hash).collect()
    }

    #[test]
    fn finds_places_and_titles() {
        let w = hashes("Foreign Minister Taro Kono flew to the Sea of Japan");
        let mut marks = Vec::new();
        mark(&w, &mut marks);
        assert!(marks[0].begins & List::Title.bit() != 0);
        assert!(marks[1].continues & List::Title.bit() != 0);
        assert!(marks[1].unit & List::Title.bit() != 0);
        assert!(marks[2].unit & List::FirstName.bit() != 0);
        assert!(marks[7].begins & List::Region.bit() != 0);
        assert!(marks[9].continues & List::Region.bit() != 0);
        assert!(marks[9].unit & List::Country.bit() != 0);
    }

    #[test]
    fn data_files_hold_every_list() {
        // Entry counts when the lists moved from Rust literals to data files.
        let file = include_str!("../../../data/lexicon/countries.txt");
        assert_eq!(entries(file).count(), 222);
        let file = include_str!("../../../data/lexicon/first_names.txt");
        assert_eq!(entries(file).count(), 320);
        assert!(lists_of_tokens(&["Prime", "Minister"]) & List::Title.bit() != 0);
        assert!(lists_of_tokens(&["Corp."]) & List::OrgWord.bit() != 0);
    }

    #[test]
    fn matching_ignores_case() {
        assert!(lists_of_tokens(&["JAPANESE"]) & List::Nationality.bit() != 0);
        assert!(lists_of_tokens(&["new", "york"]) & List::City.bit() != 0);
        assert_eq!(lists_of_tokens(&[]), 0);
    }
}
