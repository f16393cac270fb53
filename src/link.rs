//! Linking entity mentions across a batch of stories: one id and one full name per person or
//! organisation the corpus shows to be the same. Within a story the pipeline already gives every
//! mention of a person one canonical name; across stories a bare surname ("Blair") or a short
//! form ("Labour", "BBC") is linked to a full name when the batch leaves no doubt, and left
//! apart when it does.
//!
//! A short form's candidates are the multi-word canonicals of the same label it can stand for
//! (a PERSON's surname: the last word; an ORG's initials, or its leading words when the rest is
//! a company or party word from `data/link/org-suffixes.txt`). In one story the
//! short form takes the single candidate that story also names; with no candidate in the story,
//! the only candidate in the batch; with several, the one whose other stories share the most
//! names with this story (co-occurrence), when it clearly beats the rest. Two candidates in the
//! story, or no clear winner, leave the mention on its own id. Everything is deterministic and
//! about linear in the rows.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// Final words that make an ORG the full form of its leading words ("Labour Party").
static ORG_SUFFIXES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../data/link/org-suffixes.txt")
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect()
});

/// Whether a word is one of those company or party words, ignoring case and a final period
/// ("Corp." as "Corp").
pub(crate) fn is_org_suffix(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    ORG_SUFFIXES.contains(w) || ORG_SUFFIXES.iter().any(|s| s.eq_ignore_ascii_case(w))
}

/// One entity mention: the story it is in, its label and its canonical name.
#[derive(Debug, Clone, Copy)]
pub struct Mention<'a> {
    pub article: u64,
    pub label: &'a str,
    pub canonical: &'a str,
}

/// The result of [`link`]: an entity id per mention and the name of each id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Links {
    /// For each mention, in input order, its entity id (an index into `names`).
    pub ids: Vec<usize>,
    /// The full name of each entity id. Ids number distinct (label, canonical) pairs in order of
    /// first appearance, so equal input gives equal ids.
    pub names: Vec<String>,
}

/// A short form wins over the runner-up only with at least this many shared names ...
const MIN_SCORE: usize = 2;
/// ... and at least this many times the runner-up's.
const MIN_MARGIN: usize = 2;

type Key = usize;

/// Link `mentions` across the batch; see the module docs.
pub fn link(mentions: &[Mention<'_>]) -> Links {
    let mut index: HashMap<(&str, &str), Key> = HashMap::new();
    let mut keys: Vec<(&str, &str)> = Vec::new();
    let mut key_of_row = Vec::with_capacity(mentions.len());
    let mut articles_of: Vec<Vec<u64>> = Vec::new();
    let mut keys_in: HashMap<u64, Vec<Key>> = HashMap::new();
    for m in mentions {
        let key = *index.entry((m.label, m.canonical)).or_insert_with(|| {
            keys.push((m.label, m.canonical));
            articles_of.push(Vec::new());
            keys.len() - 1
        });
        key_of_row.push(key);
        articles_of[key].push(m.article);
        keys_in.entry(m.article).or_default().push(key);
    }
    for list in &mut articles_of {
        list.sort_unstable();
        list.dedup();
    }
    for list in keys_in.values_mut() {
        list.sort_unstable();
        list.dedup();
    }
    let candidates = candidates(&keys);
    let corpus = Corpus {
        articles_of: &articles_of,
        keys_in: &keys_in,
    };
    let mut resolved: HashMap<(Key, u64), Key> = HashMap::new();
    let mut contexts: HashMap<Key, HashMap<Key, usize>> = HashMap::new();
    let mut ids = Vec::with_capacity(mentions.len());
    for (m, &key) in mentions.iter().zip(&key_of_row) {
        let Some(cands) = candidates.get(&key) else {
            ids.push(key);
            continue;
        };
        let target = *resolved
            .entry((key, m.article))
            .or_insert_with(|| corpus.resolve(key, cands, m.article, &mut contexts));
        ids.push(target);
    }
    let names = keys.iter().map(|(_, name)| name.to_string()).collect();
    Links { ids, names }
}

struct Corpus<'c> {
    articles_of: &'c [Vec<u64>],
    keys_in: &'c HashMap<u64, Vec<Key>>,
}

impl Corpus<'_> {
    /// The key that short form `key` stands for in `article`, or `key` itself.
    fn resolve(
        &self,
        key: Key,
        cands: &[Key],
        article: u64,
        contexts: &mut HashMap<Key, HashMap<Key, usize>>,
    ) -> Key {
        let here = self.keys_in.get(&article).map_or(&[][..], Vec::as_slice);
        let present: Vec<Key> = cands
            .iter()
            .copied()
            .filter(|c| here.binary_search(c).is_ok())
            .collect();
        match (present.as_slice(), cands) {
            ([only], _) => return *only,
            ([], [only]) => return *only,
            ([], _) => {}
            _ => return key,
        }
        // Several candidates, none in this story: score each by the names this story shares
        // with the candidate's stories, leaving out the short form and its rivals themselves.
        let mut scores: Vec<(usize, Key)> = cands
            .iter()
            .map(|&cand| {
                let context = contexts.entry(cand).or_insert_with(|| self.context(cand));
                let shared = here
                    .iter()
                    .filter(|k| **k != key && !cands.contains(k))
                    .map(|k| context.get(k).copied().unwrap_or(0))
                    .sum();
                (shared, cand)
            })
            .collect();
        scores.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let (best, winner) = scores[0];
        let runner_up = scores.get(1).map_or(0, |s| s.0);
        if best >= MIN_SCORE && best >= MIN_MARGIN * runner_up.max(1) {
            winner
        } else {
            key
        }
    }

    /// For each name, the number of `cand`'s stories it appears in.
    fn context(&self, cand: Key) -> HashMap<Key, usize> {
        let mut counts = HashMap::new();
        for article in &self.articles_of[cand] {
            for &k in self.keys_in.get(article).map_or(&[][..], Vec::as_slice) {
                *counts.entry(k).or_insert(0) += 1;
            }
        }
        counts
    }
}

/// Whether a word of a name counts towards its initials: lower-case function words do not
/// ("Confederation of British Industry" is the CBI).
fn counts_for_initials(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// For each short-form key, the full-name keys of its label it may stand for, in key order.
fn candidates(keys: &[(&str, &str)]) -> HashMap<Key, Vec<Key>> {
    // Full names indexed by the short forms they allow.
    let mut forms: HashMap<(&str, String), Vec<Key>> = HashMap::new();
    for (key, &(label, name)) in keys.iter().enumerate() {
        let words: Vec<&str> = name.split_whitespace().collect();
        if words.len() < 2 {
            continue;
        }
        let mut add = |form: String| {
            let list = forms.entry((label, form)).or_default();
            if list.last() != Some(&key) {
                list.push(key);
            }
        };
        match label {
            "PERSON" => add(words[words.len() - 1].to_string()),
            "ORG" => {
                if ORG_SUFFIXES.contains(words[words.len() - 1]) {
                    add(words[..words.len() - 1].join(" "));
                }
                let initials: String = words
                    .iter()
                    .filter(|w| counts_for_initials(w))
                    .filter_map(|w| w.chars().next())
                    .collect();
                if initials.chars().count() >= 2 {
                    add(initials);
                }
            }
            _ => {}
        }
    }
    let mut out = HashMap::new();
    for (key, &(label, name)) in keys.iter().enumerate() {
        if label != "PERSON" && label != "ORG" {
            continue;
        }
        let words: Vec<&str> = name.split_whitespace().collect();
        if label == "PERSON" && words.len() != 1 {
            continue;
        }
        let form = words.join(" ");
        if let Some(list) = forms.get(&(label, form)) {
            let list: Vec<Key> = list.iter().copied().filter(|&c| c != key).collect();
            let unique: HashSet<Key> = list.iter().copied().collect();
            debug_assert_eq!(unique.len(), list.len());
            if !list.is_empty() {
                out.insert(key, list);
            }
        }
    }
    out
}

/// Builds the suffix table now rather than on first use (see `crate::warm_up`).
pub(crate) fn warm_up() {
    LazyLock::force(&ORG_SUFFIXES);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(article: u64, canonical: &str) -> Mention<'_> {
        Mention {
            article,
            label: "PERSON",
            canonical,
        }
    }

    fn org(article: u64, canonical: &str) -> Mention<'_> {
        Mention {
            article,
            label: "ORG",
            canonical,
        }
    }

    fn names(mentions: &[Mention<'_>]) -> Vec<String> {
        let links = link(mentions);
        links.ids.iter().map(|&i| links.names[i].clone()).collect()
    }

    #[test]
    fn a_surname_alone_takes_the_only_full_name_in_the_batch() {
        let rows = [
            person(0, "Ada Quill"),
            person(1, "Quill"),
            person(1, "Tom Reyes"),
        ];
        let links = link(&rows);
        assert_eq!(links.ids[0], links.ids[1]);
        assert_eq!(names(&rows), ["Ada Quill", "Ada Quill", "Tom Reyes"]);
    }

    #[test]
    fn two_people_sharing_a_surname_stay_apart() {
        let rows = [
            person(0, "John Smith"),
            person(1, "Mary Smith"),
            person(2, "Smith"),
        ];
        let links = link(&rows);
        assert_ne!(links.ids[0], links.ids[1]);
        assert_ne!(links.ids[2], links.ids[0]);
        assert_ne!(links.ids[2], links.ids[1]);
        assert_eq!(names(&rows)[2], "Smith");
    }

    #[test]
    fn a_surname_next_to_one_full_name_takes_it() {
        let rows = [
            person(0, "John Smith"),
            person(1, "Mary Smith"),
            person(1, "Smith"),
            person(2, "Smith"),
            person(2, "John Smith"),
            person(2, "Mary Smith"),
        ];
        assert_eq!(
            names(&rows),
            [
                "John Smith",
                "Mary Smith",
                "Mary Smith",
                "Smith",
                "John Smith",
                "Mary Smith"
            ]
        );
    }

    #[test]
    fn co_occurring_names_pick_between_full_names() {
        let mut rows = Vec::new();
        for a in 0..3 {
            rows.push(person(a, "Tony Blair"));
            rows.push(org(a, "Labour"));
            rows.push(person(a, "Gordon Brown"));
        }
        rows.push(person(3, "Cherie Blair"));
        rows.push(org(3, "Sotheby's"));
        rows.push(person(4, "Blair"));
        rows.push(org(4, "Labour"));
        rows.push(person(4, "Gordon Brown"));
        rows.push(person(5, "Blair"));
        let got = names(&rows);
        assert_eq!(got[rows.len() - 4], "Tony Blair");
        // Nothing in story 5 says which Blair: it stays apart.
        assert_eq!(got[rows.len() - 1], "Blair");
    }

    #[test]
    fn organisations_link_by_leading_words_and_initials() {
        let rows = [
            org(0, "Northwind Rail Company"),
            org(1, "Northwind Rail"),
            org(2, "NRC"),
            org(2, "Confederation of British Industry"),
            org(3, "CBI"),
        ];
        assert_eq!(
            names(&rows),
            [
                "Northwind Rail Company",
                "Northwind Rail Company",
                "Northwind Rail Company",
                "Confederation of British Industry",
                "Confederation of British Industry"
            ]
        );
    }

    #[test]
    fn leading_words_of_a_different_body_stay_apart() {
        let rows = [org(0, "Cabinet Office"), org(1, "Cabinet")];
        assert_eq!(names(&rows), ["Cabinet Office", "Cabinet"]);
    }

    #[test]
    fn other_labels_and_full_names_keep_their_own_ids() {
        let rows = [
            Mention {
                article: 0,
                label: "GPE",
                canonical: "Leeds",
            },
            person(0, "Leeds"),
            person(1, "Ada Quill"),
            person(2, "Ada Quill"),
        ];
        let links = link(&rows);
        assert_eq!(links.ids, [0, 1, 2, 2]);
        assert_eq!(link(&rows), links, "deterministic");
    }
}
