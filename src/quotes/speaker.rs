//! Finding the local speaker mention of a cue: the subject before the verb ("Kono said", "a
//! senior official said", "he told reporters"), after it ("said Kono", "said a spokesman",
//! "according to the statement"), past an apposition ("Jim Doe, a senator, said") or a
//! relative pronoun ("Doe, who said"). The mention reported is the one next to the cue, never
//! the antecedent: that is what a reader (and the PolNeAR Source span) points at.

use super::cues::{is_cue_adverb, is_speech_verb};
use super::Tokens;
use crate::entities::Label;

/// What kind of words name the speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    /// A named entity found by the tagger.
    Name(usize),
    /// "he", "she", "they", "it", "who" ...
    Pronoun,
    /// "a senior official", "the minister".
    Description,
}

/// The words that name a speaker next to a cue: token range and kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalMention {
    pub first: usize,
    pub last: usize,
    pub kind: MentionKind,
}

/// A personal or relative pronoun as written in running text: lower case, or capitalised at a
/// sentence start; "WHO" (the organisation) and "IT" (the industry) are names, not pronouns.
pub fn is_pronoun(word: &str) -> bool {
    let lower = match word.as_bytes() {
        [first, rest @ ..] if first.is_ascii_uppercase() => {
            rest.iter().all(u8::is_ascii_lowercase) || word == "I"
        }
        _ => word.bytes().all(|b| b.is_ascii_lowercase()),
    };
    lower
        && ["he", "she", "they", "it", "we", "i", "who", "you"]
            .iter()
            .any(|p| word.eq_ignore_ascii_case(p))
}

/// First- and second-person pronouns: outside quotation marks they stand for the writer or
/// the reader, never for a speaker the story quotes, so they name no speaker.
pub fn is_first_or_second_person(word: &str) -> bool {
    ["i", "we", "you", "me", "us"]
        .iter()
        .any(|p| word.eq_ignore_ascii_case(p))
}

/// What "said" takes as its object, never its speaker: "the charity said no.", "said yes".
const ANSWERS: &[&str] = &[
    "no", "no.", "yes", "nothing", "so", "sorry", "goodbye", "thanks",
];

fn is_determiner(word: &str) -> bool {
    [
        "the", "a", "an", "his", "her", "their", "its", "this", "that", "one", "another", "our",
        "some", "many", "several", "two", "three", "both",
    ]
    .iter()
    .any(|d| word.eq_ignore_ascii_case(d))
}

/// Words that end a description when walking back from its head; an acronym ("WHO", "IT")
/// is a name, whatever word it spells.
fn breaks_description(word: &str) -> bool {
    let acronym = word.len() > 1 && word.bytes().all(|b| b.is_ascii_uppercase());
    !acronym
        && [
            "and", "but", "or", "that", "which", "when", "because", "if", "as", "while", "after",
            "before", "than", "so", "to", "of", "in", "on", "at", "for", "with", "by", "from",
            "is", "was", "were", "are", "be", "been", "not", "has", "have", "had", "will", "would",
            "can", "could", "should", "may", "might", "did", "does", "do", "who", "whom",
        ]
        .iter()
        .any(|d| word.eq_ignore_ascii_case(d))
}

/// A word between a subject and its verb that names no one: a negation or an auxiliary
/// ("did n't say", "could not say") or a manner adverb ("Trump sharply criticized"), which is
/// told from a noun in -ly ("the family said") by the determiner a noun would have.
fn is_adverb_before_verb(word: &str, before: &str) -> bool {
    let adverb = word.len() > 4
        && word.ends_with("ly")
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !is_determiner(before);
    adverb
        || [
            "n't", "not", "never", "did", "does", "do", "could", "can", "may", "might", "should",
            "must",
        ]
        .contains(&word)
}

/// A word of a description: letters, digits and inner joiners ("46-year-old", "U.S.").
/// Words before a noun phrase that make it an object, not a subject.
fn is_object_marker(word: &str) -> bool {
    [
        "through", "in", "on", "at", "of", "for", "with", "from", "by", "about", "to", "into",
        "around", "across", "over", "under", "near",
    ]
    .iter()
    .any(|w| word.eq_ignore_ascii_case(w))
}

fn is_wordlike(word: &str) -> bool {
    word.chars().any(char::is_alphabetic)
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '\'' | '’'))
}

/// Entity labels that can speak.
pub fn can_speak(label: Label) -> bool {
    matches!(
        label,
        Label::Person | Label::Org | Label::Gpe | Label::Norp | Label::Facility
    )
}

impl Tokens<'_> {
    /// The speaking entity mention that covers token `t`.
    fn name_at(&self, t: usize) -> Option<usize> {
        let m = self.mention_of(t)?;
        can_speak(self.mentions.get(m)?.label).then_some(m)
    }

    /// Token `t` is part of a date or time ("Monday", "last week"), which never speaks;
    /// numbers may head a description ("the mother of three", "21 percent").
    fn mute_entity(&self, t: usize) -> bool {
        self.mention_of(t)
            .and_then(|m| self.mentions.get(m))
            .is_some_and(|m| matches!(m.label, Label::Date | Label::Time | Label::Money))
    }

    /// The subject that ends right before the cue at token `cue`, looking no further back
    /// than token `floor`.
    pub fn subject_before(&self, cue: usize, floor: usize) -> Option<LocalMention> {
        let mut t = cue.checked_sub(1)?;
        // "Kono also said", "the order released Friday said": past adverbs and dates.
        while t > floor
            && (is_cue_adverb(self.word(t))
                || self.mute_entity(t)
                || is_adverb_before_verb(self.word(t), self.word(t - 1)))
        {
            // "who in 2010 said", "Kono on Monday said": the date with its preposition.
            let dated = self.mute_entity(t);
            t -= 1;
            if dated
                && t > floor
                && matches!(
                    self.word(t),
                    "in" | "on" | "at" | "last" | "this" | "early" | "late"
                )
            {
                t -= 1;
            }
        }
        // "he laughed and said": the subject of the first verb.
        if t > floor + 1
            && self.word(t) == "and"
            && self.word(t - 1).chars().all(|c| c.is_lowercase())
            && self.word(t - 1).ends_with("ed")
        {
            t -= 2;
        }
        if t < floor {
            return None;
        }
        let found = self.noun_phrase_ending(t, floor, 2)?;
        // "Protesters marching through the streets chanted": an object is not the subject.
        let object = found.kind == MentionKind::Description
            && found
                .first
                .checked_sub(1)
                .is_some_and(|b| b >= floor && is_object_marker(self.word(b)));
        (!object).then_some(found)
    }

    /// The name, pronoun or description that ends at token `t` ("Kono" in `Kono: "..."`).
    pub fn noun_phrase_before(&self, t: usize, floor: usize) -> Option<LocalMention> {
        self.noun_phrase_ending(t, floor, 2)
    }

    /// A noun phrase whose last token is `t`; `hops` bounds the appositions skipped.
    fn noun_phrase_ending(&self, t: usize, floor: usize, hops: u8) -> Option<LocalMention> {
        let word = self.word(t);
        if let Some(m) = self.name_at(t) {
            let first = self.mention_tokens(m).start.max(floor);
            return Some(LocalMention {
                first,
                last: t,
                kind: MentionKind::Name(m),
            });
        }
        if is_pronoun(word) {
            return Some(LocalMention {
                first: t,
                last: t,
                kind: MentionKind::Pronoun,
            });
        }
        if word == ")" && hops > 0 {
            // "Rep. Jane Doe (D-Ohio) said": the name before the bracket.
            let stop = t.saturating_sub(10).max(floor);
            let open = (stop..t).rev().find(|&k| self.word(k) == "(")?;
            let j = open.checked_sub(1).filter(|&j| j >= floor)?;
            return self.noun_phrase_ending(j, floor, hops - 1);
        }
        if word == "," && hops > 0 {
            // "Jim Doe, a senator from Ohio, said": the name before the apposition.
            let mut k = t;
            let stop = t.saturating_sub(14).max(floor);
            while k > stop {
                k -= 1;
                if self.word(k) == "," {
                    return k
                        .checked_sub(1)
                        .filter(|&j| j >= floor)
                        .and_then(|j| self.noun_phrase_ending(j, floor, hops - 1));
                }
                if is_speech_verb(self.word(k)) || self.is_quote_mark(k) {
                    break;
                }
            }
            return None;
        }
        self.description_ending(t, floor)
    }

    /// "a senior official", "the minister", "Officials": up to six words back to a
    /// determiner, stopping at punctuation and function words.
    fn description_ending(&self, t: usize, floor: usize) -> Option<LocalMention> {
        let head = self.word(t);
        if !is_wordlike(head)
            || breaks_description(head)
            || is_determiner(head)
            || self.mute_entity(t)
        {
            return None;
        }
        let mut first = t;
        let stop = t.saturating_sub(6).max(floor);
        while first > stop {
            let w = self.word(first - 1);
            if is_determiner(w) {
                first -= 1;
                break;
            }
            // "former secretary of state", "the mother of three".
            let inner_of = w == "of"
                && first - 1 > stop
                && self.word(first - 2).chars().all(|c| c.is_lowercase())
                && !is_determiner(self.word(first - 2));
            if !inner_of && (!is_wordlike(w) || breaks_description(w) || is_speech_verb(w)) {
                break;
            }
            first -= 1;
        }
        // "fueling", "Having", "harshly": a lone participle or adverb is no one.
        let lower = head.to_ascii_lowercase();
        if first == t && (lower.ends_with("ing") || lower.ends_with("ly")) {
            return None;
        }
        Some(LocalMention {
            first,
            last: t,
            kind: MentionKind::Description,
        })
    }

    /// The speaker after a cue ending at token `t` ("said Kono", "according to the poll",
    /// "said a Mexican official who ..."), looking no further than token `ceiling` (exclusive).
    pub fn subject_after(&self, t: usize, ceiling: usize) -> Option<LocalMention> {
        if t >= ceiling {
            return None;
        }
        let word = self.word(t);
        if is_pronoun(word) {
            return Some(LocalMention {
                first: t,
                last: t,
                kind: MentionKind::Pronoun,
            });
        }
        let lower_next = self.word(t + 1).starts_with(|c: char| c.is_lowercase());
        if let Some(m) = self
            .name_at(t)
            .filter(|&m| !self.is_person_or_org(m) && !lower_next)
        {
            // "said China", "according to Beijing".
            let last = (self.mention_tokens(m).end - 1).min(ceiling - 1);
            return Some(LocalMention {
                first: t,
                last,
                kind: MentionKind::Name(m),
            });
        }
        let starts_name = self.name_at(t).is_some_and(|m| self.is_person_or_org(m));
        if !starts_name
            && (!is_wordlike(word)
                || (breaks_description(word) && !is_determiner(word))
                || word.eq_ignore_ascii_case("that")
                || word.eq_ignore_ascii_case("this")
                || ANSWERS.iter().any(|a| word.eq_ignore_ascii_case(a))
                || self.mute_entity(t))
        {
            return None;
        }
        // Walk the description; a person or organisation named in it is the speaker ("said
        // former Obama adviser David Axelrod", "said Ohio State professor Paul Beck").
        let mut named = self.name_at(t).filter(|&m| self.is_person_or_org(m));
        let mut last = match named {
            Some(m) => (self.mention_tokens(m).end - 1).clamp(t, ceiling.max(t + 1) - 1),
            None => t,
        };
        while last + 1 < ceiling && last < t + 8 {
            let next = last + 1;
            let w = self.word(next);
            if let Some(m) = self.name_at(next).filter(|&m| self.is_person_or_org(m)) {
                named = Some(m);
                last = (self.mention_tokens(m).end - 1).clamp(next, ceiling - 1);
                continue;
            }
            if !is_wordlike(w)
                || breaks_description(w)
                || is_speech_verb(w)
                || is_pronoun(w)
                || self.mute_entity(next)
            {
                break;
            }
            last = next;
        }
        Some(LocalMention {
            first: t,
            last,
            kind: named.map_or(MentionKind::Description, MentionKind::Name),
        })
    }

    fn is_person_or_org(&self, m: usize) -> bool {
        self.mentions
            .get(m)
            .is_some_and(|x| matches!(x.label, Label::Person | Label::Org))
    }
}
