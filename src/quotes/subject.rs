//! A sentence's subject, for cues whose speaker is not next to them (participles, "and
//! said", parentheticals) and for quotes without any cue: a description that opens the
//! sentence, else the first name or subject pronoun that is no adjective, possessor or
//! object of a preposition.

use super::attribute::Attributor;
use super::cues::is_speech_verb;
use super::speaker::{is_pronoun, LocalMention, MentionKind};
use crate::entities::Label;

/// A lower-case word that is most likely the main verb after a subject.
pub fn is_verb_like(word: &str) -> bool {
    if !word.starts_with(|c: char| c.is_lowercase()) {
        return false;
    }
    word.ends_with("ed")
        || is_speech_verb(word)
        || [
            "has", "have", "is", "was", "were", "are", "will", "would", "can", "could", "did",
            "does", "sought", "took", "made", "gave", "went", "came", "began", "thinks", "thought",
            "knows", "knew", "felt", "feels", "got", "gets", "wants", "seems", "seemed", "also",
            "then", "later", "still", "may", "might", "should", "must",
        ]
        .contains(&word)
}

pub fn is_preposition(word: &str) -> bool {
    [
        "with",
        "in",
        "of",
        "for",
        "to",
        "at",
        "on",
        "about",
        "from",
        "by",
        "regarding",
        "against",
        "after",
        "before",
        "like",
        "than",
        "over",
        "under",
        "between",
        "among",
        "toward",
    ]
    .iter()
    .any(|w| word.eq_ignore_ascii_case(w))
}

impl Attributor<'_, '_> {
    /// The first name or pronoun of a sentence: the subject of a participle cue
    /// ("Trump hit back, saying ...").
    pub fn sentence_subject(&self, floor: usize, cue: usize) -> Option<LocalMention> {
        if let Some(opening) = self.opening_description(floor, cue) {
            return Some(opening);
        }
        let tokens = self.tokens;
        (floor..cue).find_map(|t| {
            if self.inside_quote(t) {
                return None;
            }
            let after_preposition = t
                .checked_sub(1)
                .is_some_and(|b| is_preposition(tokens.word(b)));
            if let Some(m) = tokens.mention_of(t) {
                let mention = tokens.mentions.get(m)?;
                let range = tokens.mention_tokens(m);
                // "With Democratic leaders worried, President Obama ...": adjectives and
                // objects of prepositions are not the subject.
                let next = range.end;
                let adjective = !matches!(mention.label, Label::Person | Label::Org)
                    && (tokens.word(next).starts_with(|c: char| c.is_lowercase())
                        || tokens.mention_of(next).is_some());
                if super::speaker::can_speak(mention.label)
                    && !adjective
                    && !(after_preposition && t == range.start)
                {
                    let range = tokens.mention_tokens(m);
                    return Some(LocalMention {
                        first: range.start.max(floor),
                        last: range.end.saturating_sub(1).clamp(floor, cue),
                        kind: MentionKind::Name(m),
                    });
                }
            }
            let w = tokens.word(t);
            let subject_pronoun = is_pronoun(w) && !w.eq_ignore_ascii_case("who");
            (subject_pronoun && !after_preposition).then_some(LocalMention {
                first: t,
                last: t,
                kind: MentionKind::Pronoun,
            })
        })
    }

    /// A sentence that opens with a description before its verb: "The Florida senator sought
    /// ...", "One operative inside Trump Tower tried ...". A name inside it is the speaker.
    pub fn opening_description(&self, floor: usize, cue: usize) -> Option<LocalMention> {
        let tokens = self.tokens;
        let first = tokens.word(floor);
        let opens = [
            "The", "A", "An", "One", "His", "Her", "Their", "Its", "Another",
        ]
        .contains(&first);
        if !opens || floor + 1 >= cue {
            return None;
        }
        let mut named = None;
        let mut last = floor;
        for t in floor + 1..cue.min(floor + 8) {
            let w = tokens.word(t);
            if is_verb_like(w) {
                let speaker = LocalMention {
                    first: floor,
                    last,
                    kind: named.map_or(MentionKind::Description, MentionKind::Name),
                };
                return (last > floor).then_some(speaker);
            }
            if !w
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | '\'' | '’'))
            {
                return None;
            }
            if let Some(m) = tokens.mention_of(t) {
                if tokens
                    .mentions
                    .get(m)
                    .is_some_and(|x| matches!(x.label, Label::Person | Label::Org))
                {
                    named = Some(m);
                }
            }
            last = t;
        }
        None
    }
}
