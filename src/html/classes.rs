//! What an element's class and id say about it: page furniture (navigation, sharing,
//! comments, promotions) or article text. The furniture words are data
//! (`data/html/boilerplate-words.txt`).

use std::collections::HashSet;
use std::sync::LazyLock;

static FURNITURE: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../data/html/boilerplate-words.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// Words that name the article's own container in common CMS markup.
const ARTICLE_WORDS: [&str; 9] = [
    "article", "body", "content", "entry", "main", "post", "story", "text", "prose",
];

/// What the class and id of one element say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Cues {
    pub furniture: bool,
    pub article: bool,
}

/// Read the cues of `class` and `id` values (either may be empty).
pub(crate) fn cues(class: &str, id: &str) -> Cues {
    let mut cues = Cues::default();
    let mut word = String::new();
    for value in [class, id] {
        let mut prev_lower = false;
        for ch in value.chars().chain(std::iter::once(' ')) {
            let hump = ch.is_ascii_uppercase() && prev_lower;
            if !ch.is_ascii_alphabetic() || hump {
                judge(&word, &mut cues);
                word.clear();
            }
            if ch.is_ascii_alphabetic() {
                word.push(ch.to_ascii_lowercase());
            }
            prev_lower = ch.is_ascii_lowercase();
        }
    }
    cues
}

fn judge(word: &str, cues: &mut Cues) {
    if word.is_empty() {
        return;
    }
    if FURNITURE.contains(word) {
        cues.furniture = true;
    } else if ARTICLE_WORDS.contains(&word) {
        cues.article = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_class_words_and_humps() {
        assert!(cues("c-share-bar", "").furniture);
        assert!(cues("", "shareButtons").furniture);
        assert!(cues("article-body__content", "").article);
        assert!(!cues("article-body__content", "").furniture);
        assert!(!cues("canvas unavailable", "").furniture);
    }
}
