//! A sentence's first word is capitalised by rule, so the tagger can take a common word there
//! into the person name after it: the slogan `Vote Blair, Get Brown` gives the person "Vote
//! Blair", who then becomes the canonical name of every later "Mr Blair" in the story. The word
//! knowledge shipped in the model says whether such a word is a name: one that is (almost)
//! never written capitalised in running text and is not a listed first name ("Vote", "Get",
//! "Say"; not "Will" or "Rose") is dropped from the start of the person's name.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::label::Label;
use super::lexicon::cues::{known_name, wordnet_place_hashed};
use super::lexicon::entries;
use super::lexicon::is_title_phrase_hashed;
use super::repair::Span;
use super::tagger::clusters::{ClusterTable, WordClass};
use super::tagger::hash::lower_hash;

/// People a sentence opens with before "of" or "at" and the body they belong to: "Customers of
/// Barclays", "Workers at Tata Steel". ("Friends of the Earth" and "Members of Parliament"
/// are the bodies themselves, and "Bank of England" names no people.)
const PEOPLE_OF: &[&str] = &[
    "Customers",
    "Shareholders",
    "Workers",
    "Staff",
    "Employees",
    "Residents",
    "Fans",
    "Supporters",
    "Passengers",
    "Investors",
    "Clients",
    "Users",
    "Pupils",
    "Parents",
    "Owners",
    "Patients",
    "Bosses",
    "Officials",
];

/// Where an organisation the tagger ran back to the sentence's first word really starts:
/// after "Customers of" in "Customers of Barclays", else at `a`.
pub fn body_start(words: &[&str], a: usize, b: usize) -> usize {
    let people_of =
        a == 0 && b > a + 2 && matches!(words[a + 1], "of" | "at") && PEOPLE_OF.contains(&words[a]);
    if people_of {
        a + 2
    } else {
        a
    }
}

/// Surname particles ("De Niro", "Ten Cate"): common words that still open a name.
pub(crate) static PARTICLES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| entries(include_str!("../../data/lexicon/name_particles.txt")).collect());

/// Gazetteer bits of first names (census rank <= 200, <= 1,000, any): see
/// `scripts/build_word_knowledge.py`.
pub(super) const FIRST_NAME_BITS: u32 = 1 << 13 | 1 << 14 | 1 << 15;

/// Words rarer than this (minus the natural log-probability in the web corpus) are left to the
/// tagger: rare words such as "Ato" or "Fita" are as likely to be names as not.
pub(super) const COMMON: u8 = 11;

/// Whether the word knowledge says this word is a common word and never a first name.
pub(super) fn common_word(class: Option<WordClass>) -> bool {
    class.is_some_and(|c| {
        (1..=COMMON).contains(&c.logprob)
            && c.capitalised == 0
            && !c.acronym
            && c.gazetteer & FIRST_NAME_BITS == 0
    })
}

/// Whether position `a` of the sentence is capitalised by rule: the sentence's first word, or
/// the first after an opening quotation mark, a dash or a colon.
pub(super) fn starts_clause(words: &[&str], a: usize) -> bool {
    a == 0
        || words.get(a - 1).is_some_and(|w| {
            matches!(
                *w,
                "\"" | "“" | "‘" | "'" | ":" | "-" | "--" | "—" | "–" | "("
            )
        })
}

/// The start of person span `a..b` in the sentence `words`, past a common word that only the
/// sentence start capitalised. A one-word span is left whole.
pub fn person_start(words: &[&str], a: usize, b: usize, clusters: &ClusterTable) -> usize {
    let first_is_common = b > a + 1
        && starts_clause(words, a)
        && words[a].chars().count() > 1
        && words[a].chars().all(char::is_alphabetic)
        && !PARTICLES.contains(words[a].to_lowercase().as_str())
        && common_word(clusters.get(lower_hash(words[a])));
    a + first_is_common as usize
}

/// "Drugmaker Novo Nordisk said": a word the web never capitalises, capitalised only by the
/// sentence's start, is no part of the known name after it that the tagger ran it into.
pub fn known_names_after_common_words(words: &[&str], names: &mut [Span], clusters: &ClusterTable) {
    for span in names.iter_mut() {
        let (a, b, _) = *span;
        if b < a + 2 || !starts_clause(words, a) {
            continue;
        }
        let Some(label) = known_name(&words[a + 1..b]) else {
            continue;
        };
        let never_capitalised = clusters
            .get(lower_hash(words[a]))
            .is_some_and(|c| c.logprob > 0 && c.capitalised == 0 && !c.acronym);
        // ("Permanent TSB agreed": unless the whole is the known name.)
        if never_capitalised
            && !PARTICLES.contains(words[a].to_lowercase().as_str())
            && known_name(&words[a..b]).is_none()
        {
            *span = (a + 1, b, label);
        }
    }
}

/// "Will Young is to headline", "Will Levis threw": the tagger reads a clause's "Will" as the
/// modal and keeps only the surname, often as a firm. In copy that asks no question, "Will"
/// before a one-word name that a verb follows is the person's first name ("Will Labour win?"
/// asks one; a known name such as "Labour" is never joined).
pub fn will_as_first_name(words: &[&str], names: &mut [Span]) {
    if words.last().is_some_and(|w| *w == "?") {
        return;
    }
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        let lowercase_next = words
            .get(b)
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_lowercase);
        if b == a + 1
            && a > 0
            && words[a - 1] == "Will"
            && starts_clause(words, a - 1)
            && matches!(label, Label::Person | Label::Org)
            && lowercase_next
            && known_name(&words[a..b]).is_none()
        {
            *span = (a - 1, b, Label::Person);
        }
    }
}

/// Words that open the object of a verb: "Reading the motion aloud, ...".
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "these", "those",
];

/// "Reading the motion aloud, Cllr Brock said": a clause opening on a verb's "-ing" form
/// capitalises it, and the tagger takes it for the town or a firm. A one-word name at a
/// clause's start that ends in "ing", is a common word in lowercase and is followed straight
/// away by a determiner is the verb: a town or firm is never followed by "the".
pub fn gerunds_opening_a_clause(words: &[&str], names: &mut Vec<Span>, clusters: &ClusterTable) {
    names.retain(|&(a, b, _)| {
        let gerund = b == a + 1
            && words[a].len() > 5
            && words[a].ends_with("ing")
            && starts_clause(words, a)
            && words.get(b).is_some_and(|w| DETERMINERS.contains(w))
            && clusters
                .get(lower_hash(words[a]))
                .is_some_and(|c| (1..=COMMON).contains(&c.logprob));
        !gerund
    });
}

/// The most words of a place that opens a sentence (`places_opening_sentences`).
const MAX_PLACE_WORDS: usize = 3;

/// "Tamil Nadu Chief Minister M.K. Stalin said": a place of two or three capitalised words
/// that WordNet knows, opening a sentence, where the tagger, with nothing before it to go
/// on, named only part of it ("Tamil" as a language). The place replaces the names it wholly
/// holds; a longer name reaching past it stays ("West Bengal Assembly"), and so does a
/// phrase a capitalised word other than a title follows.
pub fn places_opening_sentences(words: &[&str], lowers: &[u64], names: &mut Vec<Span>) {
    // Written in title case ("SANTA FE" in a headline in capitals may open a firm's name),
    // and followed by no capitalised word but a title's ("Chief Minister"): "Santa Fe
    // Southern Pacific Corp" is a firm.
    let title_cased =
        |w: &&str| w.starts_with(char::is_uppercase) && w.contains(char::is_lowercase);
    let ends_name = |n: usize| {
        words.get(n).is_none_or(|w| {
            let title = |j: usize| lowers.get(j).is_some_and(|&h| is_title_phrase_hashed(&[h]));
            !w.starts_with(char::is_uppercase) || title(n) || title(n + 1)
        })
    };
    let longest = (2..=MAX_PLACE_WORDS.min(words.len())).rev().find_map(|n| {
        let capitalised = words[..n].iter().all(title_cased) && ends_name(n);
        capitalised
            .then(|| wordnet_place_hashed(&lowers[..n]))
            .flatten()
            .map(|label| (n, label))
    });
    let Some((n, label)) = longest else {
        return;
    };
    let touching = || names.iter().filter(|&&(a, _, _)| a < n);
    let split = touching().count() > 0 && touching().all(|&(_, b, _)| b <= n);
    let whole = touching().any(|&(a, b, _)| a == 0 && b == n);
    if split && !whole {
        names.retain(|&(a, _, _)| a >= n);
        names.insert(0, (0, n, label));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> ClusterTable {
        let mut t = ClusterTable::default();
        let word = |capitalised, gazetteer| WordClass {
            cluster: 5,
            logprob: 9,
            capitalised,
            gazetteer,
            ..WordClass::default()
        };
        t.insert(lower_hash("vote"), word(0, 1 << 12));
        t.insert(lower_hash("will"), word(0, 1 << 14));
        t.insert(lower_hash("blair"), word(4, 1 << 10));
        t.insert(
            lower_hash("ato"),
            WordClass {
                logprob: 17,
                ..word(0, 0)
            },
        );
        t.insert(lower_hash("v."), word(0, 0));
        t.insert(lower_hash("reading"), word(3, 0));
        t.insert(lower_hash("de"), word(0, 0));
        t
    }

    #[test]
    fn a_clause_opening_on_a_verb_in_ing_is_no_name() {
        let t = table();
        let mut names = vec![(0, 1, Label::Gpe), (7, 8, Label::Gpe)];
        let words = [
            "Reading", "the", "motion", ",", "he", "said", "in", "Reading", "the",
        ];
        gerunds_opening_a_clause(&words, &mut names, &t);
        assert_eq!(names, [(7, 8, Label::Gpe)]);
        let mut names = vec![(0, 1, Label::Gpe)];
        gerunds_opening_a_clause(&["Reading", "won", "the", "cup"], &mut names, &t);
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn drops_a_common_word_the_sentence_start_capitalised() {
        let t = table();
        let words = ["Vote", "Blair", ",", "Get", "Brown"];
        assert_eq!(person_start(&words, 0, 2, &t), 1);
        let quoted = ["\"", "Vote", "Blair", "\""];
        assert_eq!(person_start(&quoted, 1, 3, &t), 2);
    }

    #[test]
    fn keeps_first_names_words_inside_a_sentence_and_single_words() {
        let t = table();
        assert_eq!(person_start(&["Will", "Blair", "spoke"], 0, 2, &t), 0);
        assert_eq!(person_start(&["They", "saw", "Vote", "Blair"], 2, 4, &t), 2);
        assert_eq!(person_start(&["Vote", "won"], 0, 1, &t), 0);
        assert_eq!(person_start(&["De", "Niro", "said"], 0, 2, &t), 0);
        // Unknown and rare words, and initials, are left to the tagger.
        assert_eq!(person_start(&["Zqx", "Blair"], 0, 2, &t), 0);
        assert_eq!(person_start(&["Ato", "Blair"], 0, 2, &t), 0);
        assert_eq!(person_start(&["V.", "Blair"], 0, 2, &t), 0);
    }

    #[test]
    fn will_before_a_surname_is_a_first_name_unless_asked() {
        let words = ["Will", "Levis", "threw", "twice"];
        let mut names = vec![(1, 2, Label::Org)];
        will_as_first_name(&words, &mut names);
        assert_eq!(names, vec![(0, 2, Label::Person)]);
        let question = ["Will", "Shell", "cut", "jobs", "?"];
        let mut names = vec![(1, 2, Label::Org)];
        will_as_first_name(&question, &mut names);
        assert_eq!(names, vec![(1, 2, Label::Org)]);
    }
}
