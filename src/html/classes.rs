//! What an element's class and id say about it: page furniture (navigation, sharing,
//! comments, promotions) or article text. The furniture words are data
//! (`data/html/boilerplate-words.txt`).

use std::collections::HashSet;
use std::sync::LazyLock;

/// Looked up once per class word of every element: foldhash, not SipHash.
static FURNITURE: LazyLock<HashSet<&'static [u8], foldhash::fast::FixedState>> =
    LazyLock::new(|| {
        include_str!("../../data/html/boilerplate-words.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::as_bytes)
            .collect()
    });

/// Words that name the article's own container in common CMS markup.
const ARTICLE_WORDS: [&[u8]; 9] = [
    b"article", b"body", b"content", b"entry", b"main", b"post", b"story", b"text", b"prose",
];

/// Class words longer than this are no word in either list (the longest is far shorter).
const MAX_WORD: usize = 32;

/// What the class and id of one element say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Cues {
    pub furniture: bool,
    pub article: bool,
}

/// Read the cues of `class` and `id` values (either may be empty). Words are runs of ASCII
/// letters, split at camel humps, lower-cased into a stack buffer (no allocation per element).
pub(crate) fn cues(class: &[u8], id: &[u8]) -> Cues {
    let mut cues = Cues::default();
    let mut word = [0u8; MAX_WORD];
    for value in [class, id] {
        let mut len = 0usize;
        let mut prev_lower = false;
        for &b in value.iter().chain(std::iter::once(&b' ')) {
            let hump = b.is_ascii_uppercase() && prev_lower;
            if !b.is_ascii_alphabetic() || hump {
                if len <= MAX_WORD {
                    judge(&word[..len], &mut cues);
                }
                len = 0;
            }
            if b.is_ascii_alphabetic() {
                if let Some(slot) = word.get_mut(len) {
                    *slot = b.to_ascii_lowercase();
                }
                len += 1;
            }
            prev_lower = b.is_ascii_lowercase();
        }
    }
    cues
}

fn judge(word: &[u8], cues: &mut Cues) {
    if word.is_empty() {
        return;
    }
    if FURNITURE.contains(word) {
        cues.furniture = true;
    } else if ARTICLE_WORDS.contains(&word) {
        cues.article = true;
    }
}

/// Builds the table now rather than on first use (see `crate::warm_up`).
pub(super) fn warm_up() {
    LazyLock::force(&FURNITURE);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_class_words_and_humps() {
        assert!(cues(b"c-share-bar", b"").furniture);
        assert!(cues(b"", b"shareButtons").furniture);
        assert!(cues(b"article-body__content", b"").article);
        assert!(!cues(b"article-body__content", b"").furniture);
        assert!(!cues(b"canvas unavailable", b"").furniture);
        let long = format!("{}share", "x".repeat(40));
        assert!(!cues(long.as_bytes(), b"").furniture);
        assert!(cues(format!("{long} share").as_bytes(), b"").furniture);
    }
}
