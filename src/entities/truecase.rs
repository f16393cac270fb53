//! Title-case headlines shown to the tagger as running copy writes them. A headline in title
//! case ("Albanese To Visit Beijing As Canberra Seeks End To Wine Tariffs") capitalises every
//! word, and the tagger, which reads capitals as the first sign of a name, runs the words
//! together into names ("Visit Beijing", "Wine Tariffs") and loses the people and places among
//! them. So the tagger is shown the common words of such a line in lowercase, as a sentence of
//! running copy would write them; the story's own words, spans and offsets are unchanged.
//!
//! A word is shown lowercase when it is a title's small word ("Of"), or the word knowledge says
//! it is seldom written capitalised in running text and it names no city of size, country or
//! common first name alone, unless
//! - the story writes it capitalised in a sentence of running copy ("Blue Jays" in the story);
//! - it is part of a known name ("Six Nations", "Premier League");
//! - it ends a name by its kind ("Act", "Council", "Street", "Awards"), or is one of the
//!   common words just before such an end ("Student Loans Act"), but not after "To" ("Primark
//!   To Open");
//! - it opens an event's name before one ("Hurricane Melissa");
//! - it follows a first name and may be a surname ("Gunter Grass"; but "Melissa Approaches").
//!
//! The first word of a clause keeps its capital, as in running copy. Only a story's first line,
//! its headline, is read so: other lines in title case are mostly lists and tables of names
//! ("Credit Suisse First Boston", "Stade Francais"), whose common words are parts of names.
//!
//! The reverse for a story written all in lowercase (scraped comments, transcripts, some
//! social copy: "shares in barclays fell on monday after rachel reeves spoke"): the tagger,
//! which finds no capital, finds no name. It is shown each clause's first word capitalised,
//! and the words that the word knowledge says running text mostly capitalises ("Barclays",
//! "Monday", "Rachel") or writes in capitals ("NHS").

use std::collections::HashSet;
use std::ops::Range;

use super::casing::title_cased;
use super::finer::institution_label;
use super::headlines::{cuts_headline_names, is_title_case};
use super::knowledge::SURNAME;
use super::lexicon::cues::{cue_set_hashed, known_name_at, known_name_capitals, Cue};
use super::lexicon::{lists_of, lists_of_tokens, List, LISTED_PLACES};
use super::sentence_start::{starts_clause, FIRST_NAME_BITS};
use super::tagger::clusters::{ClusterTable, WordClass};
use super::tagger::hash::lower_hash;
use super::works::TITLE_SMALL_WORDS;

/// Cue lists of the words that end a name of their kind (with the institutions' and
/// structures' words of `finer::institution_label` and the natural features' words).
const NAME_ENDS: [Cue; 8] = [
    Cue::EventLast,
    Cue::LawLast,
    Cue::AwardLast,
    Cue::OrgLast,
    Cue::Structure,
    Cue::Road,
    Cue::Landform,
    Cue::LegalForm,
];

/// The fewest words a headline shows lowercase, and the most commas it has ("Ragnar Holm,
/// Norwegian Shipowner Who Built Tanker Empire, Dies at 88").
const MIN_LOWERED: usize = 2;
const MAX_COMMAS: usize = 2;

/// How many common words before a name's end are kept with it.
const COMMON_WORDS_BEFORE_END: usize = 2;

/// Gazetteer bits (see `scripts/build_word_knowledge.py`): a one-word city, one of 100,000
/// people or more, a one-word country, US state or continent, and a first name of the census's
/// top 200. "Bath", "Texas" and "Grace" keep their capitals; "Sale" and "Deal", small towns,
/// and "Red" (of "Red Deer") do not.
const CITY_ALONE: u32 = 1;
const CITY_OF_SIZE: u32 = 1 << 3 | 1 << 4;
const PLACE_ALONE: u32 = 1 << 5 | 1 << 7 | 1 << 9;
const FIRST_NAME_TOP: u32 = 1 << 13;

/// The fewest words of letters a story in lowercase has to be read as one ("ok thanks" is no
/// story), and how much of a word's use the word knowledge must find capitalised (of 0 ..= 4)
/// for the word to be shown so: "Monday" and "Barclays" are 4, "reeves" 3, "apple" 1.
const MIN_LOWERCASE_WORDS: usize = 4;
const MOSTLY_CAPITALISED: u8 = 3;

/// The fewest letters of a word the word knowledge does not know that is shown capitalised.
const MIN_UNKNOWN_LETTERS: usize = 3;

/// The most words of a known name or a listed place looked for in a story in lowercase.
const MAX_NAME_WORDS: usize = 4;

/// What the tagger is shown in another case than the story's: the common words of a
/// title-case headline in lowercase, or the names of a story written in lowercase capitalised.
#[derive(Debug, Default)]
pub struct Truecased {
    /// Words shown to the tagger in another case: each token's index in the story and its form.
    pub recased: Vec<(usize, String)>,
}

impl Truecased {
    /// The story's words as the tagger is shown them.
    pub fn shown<'a>(&'a self, words: &[&'a str]) -> Vec<&'a str> {
        let mut shown = words.to_vec();
        for (i, form) in &self.recased {
            shown[*i] = form.as_str();
        }
        shown
    }
}

/// The words the tagger is shown in another case (`sentences`: token ranges of `words`): in
/// lowercase, common words of a story's headline, its first line, when that is in title case;
/// capitalised, names of a story in lowercase.
pub fn truecase(words: &[&str], sentences: &[Range<usize>], clusters: &ClusterTable) -> Truecased {
    if in_lowercase(words) {
        return Truecased {
            recased: raised_words(words, sentences, clusters),
        };
    }
    let mut lowered = Vec::new();
    let headline = sentences
        .first()
        .and_then(|r| Some((r, words.get(r.clone())?)));
    if let Some((range, line)) = headline.filter(|(_, line)| in_title_case(line)) {
        let written_capitalised = capitalised_in_running_copy(words, &sentences[1..]);
        let shown = lowered_words(line, clusters, &written_capitalised);
        // A headline has a verb and a noun or a small word to show lowercase; a line with one
        // such word is a title or a name ("Harry Potter and the Prisoner of Azkaban").
        if shown.len() >= MIN_LOWERED {
            let lower = |k: usize| (range.start + k, line[k].to_ascii_lowercase());
            lowered.extend(shown.into_iter().map(lower));
        }
    }
    Truecased { recased: lowered }
}

/// Whether a story is written all in lowercase: no capital anywhere (most stories' first
/// byte answers), and `MIN_LOWERCASE_WORDS` words of letters at least.
fn in_lowercase(words: &[&str]) -> bool {
    let letters = |w: &&&str| w.bytes().all(|b| b.is_ascii_lowercase());
    !words.iter().any(|w| w.chars().any(char::is_uppercase))
        && words.iter().filter(letters).count() >= MIN_LOWERCASE_WORDS
}

/// The words of a story in lowercase shown capitalised, with their forms: each clause's first
/// word, "i", and the words the word knowledge says are mostly capitalised or written in
/// capitals.
fn raised_words(
    words: &[&str],
    sentences: &[Range<usize>],
    clusters: &ClusterTable,
) -> Vec<(usize, String)> {
    let mut raised = Vec::new();
    for range in sentences {
        let sentence = words.get(range.clone()).unwrap_or(&[]);
        // Each word hashed once, for the names' phrases and the word knowledge.
        let lowers: Vec<u64> = sentence.iter().map(|w| lower_hash(w)).collect();
        let in_names = words_of_known_names(sentence, &lowers);
        for (k, w) in sentence.iter().enumerate() {
            // ("rose 1.75 dlr": a unit or a currency after a number is no name.)
            let counted = k > 0 && sentence[k - 1].starts_with(|c: char| c.is_ascii_digit());
            if !w.starts_with(|c: char| c.is_ascii_lowercase()) || counted {
                continue;
            }
            let class = clusters.get(lowers[k]);
            // "jasprit bumrah": a word of letters the word knowledge never met (of its million
            // words) is a name far more often than a misspelling.
            let unknown = || {
                class.is_none()
                    && w.len() >= MIN_UNKNOWN_LETTERS
                    && w.bytes().all(|b| b.is_ascii_lowercase())
            };
            // "jeremy hunt": a word that may be a surname after a first name.
            let surname = || {
                k > 0
                    && first_name(clusters.get(lower_hash(sentence[k - 1])))
                    && maybe_surname(class)
            };
            let form = if class.is_some_and(|c| c.acronym) {
                w.to_ascii_uppercase()
            } else if starts_clause(sentence, k)
                || *w == "i"
                || class.is_some_and(|c| c.capitalised >= MOSTLY_CAPITALISED)
                || in_names[k]
                || unknown()
                || surname()
            {
                let mut form = w.to_string();
                form[..1].make_ascii_uppercase();
                form
            } else {
                continue;
            };
            raised.push((range.start + k, form));
        }
        raise_institutions(sentence, range.start, &mut raised);
    }
    raised
}

/// The words that end an institution's name after its own ("kenyatta national hospital",
/// "makerere university"), and the words that may stand between them.
const INSTITUTION_ENDS: &[&str] = &[
    "hospital",
    "university",
    "college",
    "airport",
    "stadium",
    "institute",
    "academy",
    "infirmary",
];
const INSTITUTION_LINKS: &[&str] = &[
    "national",
    "international",
    "general",
    "memorial",
    "teaching",
    "royal",
    "central",
    "state",
    "city",
    "district",
    "county",
    "regional",
];

/// "kenyatta national hospital": in a sentence in lowercase, an institution's last word
/// (`INSTITUTION_ENDS`) right after a raised word, or after one and a link ("national"), is
/// raised with the link, so that the tagger sees the whole name. `from`: where the sentence
/// starts in the story; `raised` holds the story's raised words so far, in order.
fn raise_institutions(sentence: &[&str], from: usize, raised: &mut Vec<(usize, String)>) {
    let is_raised = |raised: &[(usize, String)], i: usize| {
        raised
            .binary_search_by_key(&(from + i), |(at, _)| *at)
            .is_ok()
    };
    let mut added = Vec::new();
    for k in 1..sentence.len() {
        if !INSTITUTION_ENDS.contains(&sentence[k]) {
            continue;
        }
        let linked = k >= 2 && INSTITUTION_LINKS.contains(&sentence[k - 1]);
        let name = if linked { k - 2 } else { k - 1 };
        if !is_raised(raised, name) {
            continue;
        }
        let first = if linked { k - 1 } else { k };
        for (i, w) in sentence.iter().enumerate().take(k + 1).skip(first) {
            let mut form = w.to_string();
            form[..1].make_ascii_uppercase();
            added.push((from + i, form));
        }
    }
    if !added.is_empty() {
        raised.extend(added);
        raised.sort_by_key(|(at, _)| *at);
        raised.dedup_by_key(|(at, _)| *at);
    }
}

/// Whether each word of a lowercase sentence (with its `lower_hash`es) is one that a name of
/// several words capitalises: a known name ("lloyds banking group") or a listed place ("new
/// zealand", "bosnia and herzegovina", but not its "and"), longest first.
fn words_of_known_names(sentence: &[&str], lowers: &[u64]) -> Vec<bool> {
    let mut capitalised = vec![false; sentence.len()];
    let mut k = 0;
    while k < sentence.len() {
        let longest = MAX_NAME_WORDS.min(sentence.len() - k);
        let found = (2..=longest).rev().find_map(|n| {
            let phrase = &lowers[k..k + n];
            let places = || {
                let every_word = (1u8 << n) - 1;
                let small = |j: usize| TITLE_SMALL_WORDS.contains(&sentence[k + j]);
                let small_words = (0..n).filter(|&j| small(j)).fold(0, |m, j| m | 1 << j);
                (lists_of(phrase) & LISTED_PLACES != 0).then_some(every_word & !small_words)
            };
            known_name_capitals(phrase)
                .or_else(places)
                .map(|capitals| (n, capitals))
        });
        let Some((n, capitals)) = found else {
            k += 1;
            continue;
        };
        for j in (0..n).filter(|j| capitals & 1 << j != 0) {
            capitalised[k + j] = true;
        }
        k += n;
    }
    capitalised
}

/// Whether a line is a headline in title case (`headlines::is_title_case`): an ALL-CAPS
/// headline is left as it is, as the tagger has features of its own for it; a line that ends
/// with a period is a sentence of running copy full of names ("Kemi Badenoch met Nigel Farage
/// on Tuesday."), and one with brackets or commas a list of names ("Dan Vale (Leeds), Ray
/// Kemp (Hull), ...").
fn in_title_case(words: &[&str]) -> bool {
    let commas = words.iter().filter(|&&w| w == ",").count();
    if words.last() == Some(&".")
        || commas > MAX_COMMAS
        || words.contains(&"(")
        || !is_title_case(words)
    {
        return false;
    }
    let long = || {
        words
            .iter()
            .filter(|w| w.len() >= 4 && w.bytes().all(|b| b.is_ascii_alphabetic()))
    };
    let shouted = long().filter(|w| w.bytes().all(|b| b.is_ascii_uppercase()));
    shouted.count() * 2 < long().count()
}

/// The lowercase hashes of the words the story writes capitalised inside a sentence of
/// running copy (of `sentences`, not a title-case line, not a clause's first word).
fn capitalised_in_running_copy(words: &[&str], sentences: &[Range<usize>]) -> HashSet<u64> {
    let mut seen = HashSet::new();
    for range in sentences {
        let sentence = words.get(range.clone()).unwrap_or(&[]);
        if is_title_case(sentence) {
            continue;
        }
        for (k, w) in sentence.iter().enumerate() {
            if title_cased(w) && !starts_clause(sentence, k) {
                seen.insert(lower_hash(w));
            }
        }
    }
    seen
}

/// The positions of a title-case line's words the tagger is shown lowercase.
fn lowered_words(
    line: &[&str],
    clusters: &ClusterTable,
    written_capitalised: &HashSet<u64>,
) -> Vec<usize> {
    let lowers: Vec<u64> = line.iter().map(|w| lower_hash(w)).collect();
    let common: Vec<bool> = (0..line.len())
        .map(|k| {
            let after_first_name = k > 0
                && first_name(clusters.get(lowers[k - 1]))
                && maybe_surname(clusters.get(lowers[k]));
            !starts_clause(line, k)
                && !after_first_name
                && title_cased(line[k])
                && !written_capitalised.contains(&lowers[k])
                && (small_word(line[k])
                    || lowercase_in_running_text(clusters.get(lowers[k]))
                    || local_after_name(line, k))
        })
        .collect();
    let kept = kept_in_names(line, &lowers, &common);
    (0..line.len()).filter(|&k| common[k] && !kept[k]).collect()
}

/// Whether a word is a listed first name, after which a common word is a surname ("Gunter
/// Grass"), and no sizeable city or country ("Paris Visit").
fn first_name(class: Option<WordClass>) -> bool {
    class.is_some_and(|c| {
        let g = c.gazetteer;
        let place = g & CITY_ALONE != 0 && g & CITY_OF_SIZE != 0 || g & PLACE_ALONE != 0;
        g & FIRST_NAME_BITS != 0 && c.capitalised >= 2 && !place
    })
}

/// Whether a word after a first name can be its surname: one the census lists as a surname
/// ("Grass"), or that the word knowledge does not know ("Melissa Approaches" is a storm that
/// approaches).
fn maybe_surname(class: Option<WordClass>) -> bool {
    class.is_none_or(|c| c.gazetteer & SURNAME != 0)
}

/// Whether a word is "Man" or "Men" after a name ("Cork Man Jailed"), which the word knowledge
/// finds capitalised for the Isle of Man.
fn local_after_name(line: &[&str], k: usize) -> bool {
    matches!(line[k], "Man" | "Men") && k > 0 && !line[k - 1].eq_ignore_ascii_case("of")
}

/// Whether a word is one of the small words a title leaves lowercase ("Of", "In"), which the
/// word knowledge counts as capitalised for the titles that start with them.
fn small_word(w: &str) -> bool {
    TITLE_SMALL_WORDS.iter().any(|s| s.eq_ignore_ascii_case(w))
}

/// Whether the word knowledge says a word is written lowercase in running text and names no
/// city of size, country, state or common first name alone.
fn lowercase_in_running_text(class: Option<WordClass>) -> bool {
    class.is_some_and(|c| {
        let g = c.gazetteer;
        let city = g & CITY_ALONE != 0 && g & CITY_OF_SIZE != 0;
        c.capitalised <= 1 && !c.acronym && !city && g & (PLACE_ALONE | FIRST_NAME_TOP) == 0
    })
}

/// Which words of a title-case line belong to a name whatever their knowledge says: known names
/// and names' ends of a kind, with the common words (`common`) just before an end.
fn kept_in_names(line: &[&str], lowers: &[u64], common: &[bool]) -> Vec<bool> {
    let mut kept = vec![false; line.len()];
    for k in 0..line.len() {
        if let Some((len, _)) = known_name_at(line, lowers, k) {
            kept[k..(k + len).min(line.len())].fill(true);
        }
        let cues = cue_set_hashed(&lowers[k..k + 1]);
        let name_end = || {
            NAME_ENDS.iter().any(|&c| cues.has(c))
                || institution_label(line[k]).is_some()
                || lists_of_tokens(&line[k..k + 1]) & List::GeographicCue.bit() != 0
        };
        // "As Hurricane Melissa Approaches": a word that opens an event's name before one.
        let event_first = || {
            cues.has(Cue::EventFirst)
                && line
                    .get(k + 1)
                    .is_some_and(|w| title_cased(w) && !small_word(w))
        };
        if title_cased(line[k]) && event_first() {
            kept[k] = true;
        }
        // "Primark To Open 30 Stores": after "To", a name's end is the verb ("Open", "Rally").
        let infinitive = k > 0 && line[k - 1].eq_ignore_ascii_case("to");
        if title_cased(line[k]) && !infinitive && name_end() {
            kept[k] = true;
            // "Signs Student Loans Act": the common words of the name, up to a small word, a
            // headline's verb or a word kept anyway ("Praises Lisbon Treaty").
            let before = (0..k).rev().take(COMMON_WORDS_BEFORE_END);
            let in_name =
                |&j: &usize| common[j] && !small_word(line[j]) && !cuts_headline_names(line[j]);
            for j in before.take_while(in_name) {
                kept[j] = true;
            }
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::model::Model;

    fn lowered(text: &str) -> Vec<String> {
        let words: Vec<&str> = text.split(' ').collect();
        let model = Model::default_model();
        let line = 0..words.len();
        let found = truecase(&words, std::slice::from_ref(&line), &model.tagger.clusters);
        found.recased.into_iter().map(|(_, w)| w).collect()
    }

    #[test]
    fn names_of_a_story_in_lowercase_are_shown_capitalised() {
        assert_eq!(
            lowered("shares in barclays fell on monday , the nhs said"),
            ["Shares", "Barclays", "Monday", "NHS"]
        );
        // Not a unit after a number, nor a story with a capital anywhere.
        assert_eq!(
            lowered("prices rose 1.75 dlr on tuesday"),
            ["Prices", "Tuesday"]
        );
        assert!(lowered("shares in barclays fell on Monday").is_empty());
        // An institution's last word after a raised name, with its link.
        assert_eq!(
            lowered("a blaze at kenyatta national hospital in nairobi"),
            ["A", "Kenyatta", "National", "Hospital", "Nairobi"]
        );
        assert_eq!(lowered("students at the university said"), ["Students"]);
    }

    #[test]
    fn common_words_of_a_title_case_line_are_shown_lowercase() {
        assert_eq!(
            lowered("Albanese To Visit Beijing As Canberra Seeks End To Wine Tariffs"),
            ["to", "visit", "as", "seeks", "end", "to", "wine", "tariffs"]
        );
    }

    #[test]
    fn names_and_running_copy_keep_their_capitals() {
        // A known name, and the words before a law's end.
        let kept = lowered("England Name Uncapped Flanker For Six Nations Opener Against France");
        assert!(!kept.contains(&"six".to_string()) && kept.contains(&"opener".to_string()));
        let kept = lowered("Tinubu Signs Student Loans Act Into Law Amid Protests");
        assert!(!kept.iter().any(|w| w == "student" || w == "loans"));
        // Not a title-case line.
        assert!(
            lowered("Albanese will visit Beijing as Canberra seeks an end to tariffs").is_empty()
        );
    }

    #[test]
    fn a_verb_after_a_first_name_or_to_is_shown_lowercase() {
        let shown = lowered("Cuba Braces For Floods As Hurricane Melissa Approaches");
        assert!(shown.contains(&"approaches".to_string()));
        assert!(!shown.contains(&"hurricane".to_string()));
        let shown = lowered("Retailer To Open 30 Stores In Ohio");
        assert!(shown.contains(&"open".to_string()));
    }

    #[test]
    fn a_word_the_story_capitalises_keeps_its_capital() {
        let text = "Jays Sign Reliever To Long Deal In Toronto . The Long family owns the Jays .";
        let words: Vec<&str> = text.split(' ').collect();
        let model = Model::default_model();
        let found = truecase(&words, &[0..9, 9..words.len()], &model.tagger.clusters);
        assert!(found.recased.iter().all(|(_, w)| w != "long"));
    }
}
