//! Canonical names within a story: each name mention gets the fullest name of the same entity,
//! so "Kono" and "Mr. Kono" become "Taro Kono" and "Foreign Ministry" becomes "Chinese Foreign
//! Ministry". The rule is token containment: a mention's tokens, with "the", a possessive and
//! (for people only, before a name) titles stripped, must be a suffix of a fuller mention with the same label (for people,
//! any subset of the name; countries and cities are never shortened).
//! The nearest fuller mention before it wins, else the nearest after it. No coreference model.
//! Whitespace inside a name (a hard wrap) becomes one space.

use super::tagger::document::HashKeyed;
use super::tagger::hash::lower_hash;

use super::casing::capitalised;
use super::label::Label;
use super::lexicon::cues::known_name;
use super::lexicon::is_title_phrase;

/// A name mention as canonicalisation sees it.
#[derive(Debug, Clone)]
pub struct NameMention<'a> {
    pub label: Label,
    /// The mention's tokens in order, and each token's byte range in the story text.
    pub words: Vec<&'a str>,
    pub spans: Vec<(usize, usize)>,
}

/// How many indexed mentions are examined on each side; keeps the work linear.
const LOOK: usize = 32;

/// Mentions longer than this (in core words) are never matched: real names are short, and the
/// containment test is quadratic in length.
const MAX_WORDS: usize = 12;

/// The canonical text of every mention, in the same order.
pub fn canonical_names(text: &str, mentions: &[NameMention<'_>]) -> Vec<String> {
    let cores: Vec<(usize, usize)> = mentions.iter().map(|m| core(&m.words, m.label)).collect();
    // Core words compared without case, by the hashes of their lowercase forms.
    let lower: Vec<Vec<u64>> = mentions
        .iter()
        .zip(&cores)
        .map(|(m, &(a, b))| m.words[a..b].iter().map(|w| lower_hash(w)).collect())
        .collect();
    let core_words = |k: usize| &mentions[k].words[cores[k].0..cores[k].1];
    // Mentions by the lowercase core words they contain, in story order.
    let mut by_word: HashKeyed<Vec<usize>> = HashKeyed::default();
    for (k, words) in lower.iter().enumerate() {
        for &w in words {
            let list = by_word.entry(w).or_default();
            if list.last() != Some(&k) {
                list.push(k);
            }
        }
    }
    let own = |k: usize| -> String {
        let (a, b) = cores[k];
        match (
            mentions[k].spans.get(a),
            b.checked_sub(1).and_then(|e| mentions[k].spans.get(e)),
        ) {
            (Some(&(s, _)), Some(&(_, e))) if s <= e => {
                collapse_space(text.get(s..e).unwrap_or(""))
            }
            _ => String::new(),
        }
    };
    // Longest first, so a fuller mention's own canonical name is known when it is borrowed.
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&k| (std::cmp::Reverse(lower[k].len()), k));
    let mut out: Vec<Option<String>> = vec![None; mentions.len()];
    for &k in &order {
        let fuller = lower[k]
            .last()
            .filter(|_| lower[k].len() < MAX_WORDS)
            .and_then(|w| by_word.get(w))
            .and_then(|list| {
                let pos = list.partition_point(|&j| j < k);
                let fits = |&j: &usize| {
                    j != k
                        && lower[j].len() <= MAX_WORDS
                        && compatible(mentions[j].label, mentions[k].label)
                        && lower[j].len() > lower[k].len()
                        && contains(&lower[j], core_words(j), &lower[k], mentions[k].label)
                        && out[j].is_some()
                };
                let before = list[..pos].iter().rev().take(LOOK).find(|j| fits(j));
                before
                    .or_else(|| list[pos..].iter().take(LOOK).find(|j| fits(j)))
                    .copied()
            });
        out[k] = Some(match fuller {
            Some(j) => out[j].clone().unwrap_or_default(),
            None => own(k),
        });
    }
    out.into_iter().map(Option::unwrap_or_default).collect()
}

fn compatible(a: Label, b: Label) -> bool {
    a == b && !matches!(a, Label::Norp | Label::Language)
}

/// The text with every run of whitespace (a hard wrap, a double space) as one space.
fn collapse_space(s: &str) -> String {
    // (Two spaces are looked for byte pair by byte pair: `contains("  ")` set up a substring
    // search for every name, which cost more than reading one.)
    let double_space = s.as_bytes().windows(2).any(|pair| pair == b"  ");
    if !s.chars().any(|c| c.is_whitespace() && c != ' ') && !double_space {
        return s.to_string();
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a title may be dropped before this word: a name's first word is capitalised and
/// not a joining word ("Archbishop of Canterbury" keeps its title).
fn starts_name(w: &str) -> bool {
    capitalised(w) && !matches!(w, "The" | "Of" | "And") && w.chars().any(char::is_alphabetic)
}

/// The core of a mention: without a leading "the" or a trailing "'s"; for people, without
/// titles ("Foreign Minister Taro Kono"), and only where a name follows the title. Other
/// names keep every word: "General Electric", "Premier League", "Lord of the Rings".
fn core(words: &[&str], label: Label) -> (usize, usize) {
    let mut a = 0;
    let mut b = words.len();
    if b > a + 1 && matches!(words[b - 1], "'s" | "'S" | "'") {
        b -= 1;
    }
    loop {
        if b > a + 1 && words[a].eq_ignore_ascii_case("the") {
            a += 1;
            continue;
        }
        if label != Label::Person {
            break;
        }
        // Longest title first: "Foreign Minister" before "Minister".
        let title = (1..=3.min(b.saturating_sub(a + 1)))
            .rev()
            .filter(|&n| starts_name(words[a + n]))
            .find(|&n| is_title_phrase(&words[a..a + n]));
        match title {
            // "Lady Gaga" is a known name whole.
            Some(_) if known_name(&words[a..b]).is_some() => break,
            Some(n) => a += n,
            None => break,
        }
    }
    (a, b)
}

/// Whether `part` names the same thing as the fuller `whole`. People go by any part of their
/// name ("Kono", "Taro"); organisations and places only by a tail ("Foreign Ministry" of
/// "Chinese Foreign Ministry"), since a head names something bigger ("U.N." is not the
/// "U.N. Security Council"), except a company's or party's name without its company or party
/// words ("NationsBank" of "NationsBank Corp.", "Labour" of "Labour Party"; the words are
/// those cross-story linking uses, `data/link/org-suffixes.txt`). Countries and cities are
/// never shortened ("Korea" may not be "North Korea").
/// `whole` and `part` are lowercase word hashes; `whole_words` the words of `whole`.
fn contains(whole: &[u64], whole_words: &[&str], part: &[u64], label: Label) -> bool {
    match label {
        Label::Person => whole.ends_with(part) || part.iter().all(|w| whole.contains(w)),
        Label::Gpe => false,
        Label::Org => {
            whole.ends_with(part)
                || whole.starts_with(part)
                    && whole_words[part.len()..]
                        .iter()
                        .all(|w| crate::link::is_org_suffix(w))
        }
        _ => whole.ends_with(part),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention<'a>(text: &'a str, label: Label, phrase: &str) -> NameMention<'a> {
        let start = text.find(phrase).unwrap();
        let mut words = Vec::new();
        let mut spans = Vec::new();
        let mut pos = start;
        for w in phrase.split(' ') {
            words.push(&text[pos..pos + w.len()]);
            spans.push((pos, pos + w.len()));
            pos += w.len() + 1;
        }
        NameMention {
            label,
            words,
            spans,
        }
    }

    #[test]
    fn short_forms_take_the_fullest_name() {
        let text = "Foreign Minister Taro Kono met Mr. Kono and Xi . Xi Jinping spoke . \
                    The Chinese Foreign Ministry and the Foreign Ministry ; Kono";
        let ms = vec![
            mention(text, Label::Person, "Foreign Minister Taro Kono"),
            mention(text, Label::Person, "Mr. Kono"),
            mention(text, Label::Person, "Xi ."),
            mention(text, Label::Person, "Xi Jinping"),
            mention(text, Label::Org, "Chinese Foreign Ministry"),
            mention(text, Label::Org, "the Foreign Ministry"),
            mention(text, Label::Gpe, "Kono"),
        ];
        let mut ms = ms;
        ms[2].words.pop();
        ms[2].spans.pop();
        let names = canonical_names(text, &ms);
        assert_eq!(names[0], "Taro Kono");
        assert_eq!(names[1], "Taro Kono");
        assert_eq!(names[2], "Xi Jinping");
        assert_eq!(names[3], "Xi Jinping");
        assert_eq!(names[4], "Chinese Foreign Ministry");
        assert_eq!(names[5], "Chinese Foreign Ministry");
        // A different label never borrows a name.
        assert_eq!(names[6], "Kono");
    }

    #[test]
    fn organisations_and_places_shorten_only_at_the_tail() {
        let text = "U.N. Security Council met ; the U.N. said . North Korea and Korea";
        let ms = vec![
            mention(text, Label::Org, "U.N. Security Council"),
            mention(text, Label::Org, "U.N. said"),
            mention(text, Label::Gpe, "North Korea"),
            mention(text, Label::Gpe, "Korea"),
        ];
        let mut ms = ms;
        ms[1].words.pop();
        ms[1].spans.pop();
        let last = text.rfind("Korea").unwrap();
        ms[3].spans = vec![(last, last + 5)];
        let names = canonical_names(text, &ms);
        assert_eq!(names[1], "U.N.");
        assert_eq!(names[3], "Korea");
    }

    #[test]
    fn titles_leave_only_people_and_only_before_names() {
        let text = "General Electric ; the Archbishop of Canterbury ; Dr Ruth Kellerman ; Kestrel Heavy\nIndustries";
        let mut ms = vec![
            mention(text, Label::Org, "General Electric"),
            mention(text, Label::Person, "Archbishop of Canterbury"),
            mention(text, Label::Person, "Dr Ruth Kellerman"),
            mention(text, Label::Org, "Kestrel Heavy"),
        ];
        let at = text.find("Kestrel").unwrap();
        let end = text.len();
        ms[3].words = vec!["Kestrel", "Heavy", "Industries"];
        ms[3].spans = vec![(at, at + 7), (at + 8, at + 13), (end - 10, end)];
        let names = canonical_names(text, &ms);
        assert_eq!(names[0], "General Electric");
        assert_eq!(names[1], "Archbishop of Canterbury");
        assert_eq!(names[2], "Ruth Kellerman");
        assert_eq!(names[3], "Kestrel Heavy Industries");
    }

    #[test]
    fn a_company_goes_by_its_name_without_its_company_words() {
        let text = "NationsBank Corp. bid ; NationsBank said ; Labour Party and Labour ; U.N. and U.N. Security Council";
        let ms = vec![
            mention(text, Label::Org, "NationsBank Corp."),
            mention(text, Label::Org, "NationsBank said"),
            mention(text, Label::Org, "Labour Party"),
            mention(text, Label::Org, "Labour ;"),
            mention(text, Label::Org, "U.N. and"),
            mention(text, Label::Org, "U.N. Security Council"),
        ];
        let mut ms = ms;
        for k in [1, 3, 4] {
            ms[k].words.pop();
            ms[k].spans.pop();
        }
        let names = canonical_names(text, &ms);
        assert_eq!(names[1], "NationsBank Corp.");
        assert_eq!(names[3], "Labour Party");
        assert_eq!(names[4], "U.N.");
    }

    #[test]
    fn nearest_earlier_wins() {
        let text = "Kim Dae-jung met Kim . Kim Jong-il then Kim";
        let ms = vec![
            mention(text, Label::Person, "Kim Dae-jung"),
            mention(text, Label::Person, "Kim Jong-il"),
            mention(text, Label::Person, "Kim"),
        ];
        let mut ms = ms;
        let last = text.rfind("Kim").unwrap();
        ms[2].spans = vec![(last, last + 3)];
        let names = canonical_names(text, &ms);
        assert_eq!(names[2], "Kim Jong-il");
    }
}
