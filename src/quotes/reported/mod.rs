//! Reported speech: attributions without quotation marks ("The minister said the tax would
//! rise", "According to police, the man was 45", "Aides told reporters that ..."), and the
//! reported clause around a partial quote (`Kono said Japan would exercise "maximum"
//! pressure`). One pass over the sentences; only tokens in the cue lexicon (`lexicon`) start
//! any work, so a sentence without a cue costs one hash lookup per word. For each cue the
//! speaker is found as for direct quotes (`Attributor::cue_at`, the sentence's subject) and
//! the content by the clause rules of `content`.

mod content;
mod lexicon;
mod merge;
mod turns;

pub use merge::add_reported;

use super::attribute::{Attribution, Attributor};
use super::speaker::{LocalMention, MentionKind};
use lexicon::{cue_class, CueClass};

/// One reported attribution, on the token stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reported {
    /// The cue's tokens (first, end).
    pub cue: (usize, usize),
    pub speaker: Option<LocalMention>,
    /// The content's tokens (first, end).
    pub content: (usize, usize),
}

/// Every reported attribution of the story, in text order. Cues inside quotation marks are
/// skipped: they belong to the quoted speaker's words.
pub fn find_reported(attributor: &Attributor) -> Vec<Reported> {
    let tokens = attributor.tokens;
    let mut found = Vec::new();
    for sentence in &tokens.doc.sentences {
        let (first, end) = (sentence.tokens.start, sentence.tokens.end);
        for t in first..end {
            let Some(class) = cue_class(tokens.word(t)) else {
                continue;
            };
            if says_nothing(tokens.word(t), tokens.word(t + 1)) {
                continue;
            }
            if attributor.inside_quote(t) {
                continue;
            }
            let Some(reported) = reported_at(attributor, t, class, first, end) else {
                continue;
            };
            // Two cues of one clause ("said ... , adding that"): one attribution.
            if found
                .last()
                .is_none_or(|r: &Reported| r.content != reported.content)
            {
                found.push(reported);
            }
        }
    }
    turns::find_turns(tokens, &mut found);
    found
}

/// The attribution whose cue is token `t`, in the sentence of tokens `first..end`.
fn reported_at(
    attributor: &Attributor,
    t: usize,
    class: CueClass,
    first: usize,
    end: usize,
) -> Option<Reported> {
    let tokens = attributor.tokens;
    match class {
        CueClass::According => {
            let Some(Attribution { cue, speaker }) = attributor.cue_at(t, first, end) else {
                return according_to_description(attributor, t, first, end);
            };
            // `..., according to X.` reports what comes before; `According to X, ...` after.
            let closes = content::closes_sentence(tokens, speaker.last + 1, end);
            let content = closes
                .then(|| content::before(tokens, first, t))
                .flatten()
                .or_else(|| content::after(tokens, speaker.last + 1, end))
                .or_else(|| opening_source_content(tokens, t, first, speaker.last + 1, end))?;
            Some(Reported {
                cue: cue?,
                speaker: Some(speaker),
                content,
            })
        }
        CueClass::Speech => {
            let Some(Attribution { cue, speaker }) = attributor.cue_at(t, first, end) else {
                return unplaced_speaker(attributor, t, first, end);
            };
            let mut cue = cue?;
            // "called for an inquiry", "called on Congress to act": the particle is the cue's.
            if is_call(tokens.word(cue.0))
                && cue.1 == cue.0 + 1
                && matches!(tokens.word(cue.1), "for" | "on")
            {
                cue.1 += 1;
            }
            let inverted = speaker.first >= cue.1;
            let from = if inverted { speaker.last + 1 } else { cue.1 };
            let closes = content::closes_sentence(tokens, from, end)
                && !matches!(tokens.word(speaker.first), "who" | "which" | "that");
            let group = cue.0.min(speaker.first);
            let before = content::before(tokens, first, group);
            // `The museum, Mr. Doe said, would make ...`: the group interrupts its content,
            // which runs from the sentence start through the group to the clause end.
            let interrupted = (tokens.word(from) == ",")
                .then(|| content::before_at_least(tokens, first, group, 1))
                .flatten();
            let content = match (interrupted, content::after(tokens, from, end)) {
                (Some(b), Some(a)) => (b.0, a.1),
                (_, Some(a)) => a,
                _ => closes.then_some(before).flatten()?,
            };
            Some(Reported {
                cue,
                speaker: Some(speaker),
                content,
            })
        }
        CueClass::ThatClause | CueClass::BareClause => {
            let start = match content::that_clause(tokens, t + 1, end) {
                Some(start) => start,
                None if class == CueClass::BareClause => t + 1,
                None => return None,
            };
            let content = content::after(tokens, start, end)?;
            let speaker = tokens
                .subject_before(t, first)
                .or_else(|| attributor.sentence_subject(first, t));
            Some(Reported {
                cue: (t, t + 1),
                speaker,
                content,
            })
        }
    }
}

/// A speech verb whose speaker stands too far back for `cue_at` ("Jane Doe, senior
/// associate for organizing at the institute, said parents ..."): the content after it, and
/// the sentence's subject as the speaker when there is one.
fn unplaced_speaker(
    attributor: &Attributor,
    t: usize,
    first: usize,
    end: usize,
) -> Option<Reported> {
    if !attributor.is_cue_verb(t, first) || attributor.follows_quote(t, first) {
        return None;
    }
    let cue = (t, attributor.cue_end(t, end));
    let content = content::after(attributor.tokens, cue.1, end)?;
    Some(Reported {
        cue,
        speaker: attributor.sentence_subject(first, t),
        content,
    })
}

/// `..., according to an analysis by a former aide now teaching at a university.`: a source
/// too long for `cue_at`; its words up to the sentence end are the description.
fn according_to_description(
    attributor: &Attributor,
    t: usize,
    first: usize,
    end: usize,
) -> Option<Reported> {
    let tokens = attributor.tokens;
    if !tokens.word(t + 1).eq_ignore_ascii_case("to") {
        return None;
    }
    let content = content::before(tokens, first, t)?;
    let mut last = end.checked_sub(1)?;
    while last > t + 2 && !tokens.word(last).chars().any(char::is_alphanumeric) {
        last -= 1;
    }
    (last >= t + 2).then_some(Reported {
        cue: (t, t + 2),
        speaker: Some(LocalMention {
            first: t + 2,
            last,
            kind: MentionKind::Description,
        }),
        content,
    })
}

/// How many tokens a source that opens its sentence may run past its head ("According to a
/// new report by the Post, ...").
const SOURCE_REACH: usize = 15;

/// `According to a new report by the Post, the plan ...`: a source that opens the sentence
/// runs past the words `cue_at` takes up to its comma; the content follows the comma.
fn opening_source_content(
    tokens: &super::Tokens,
    t: usize,
    first: usize,
    from: usize,
    end: usize,
) -> Option<(usize, usize)> {
    if t > first + 1 {
        return None;
    }
    let comma = (from..end.min(from + SOURCE_REACH)).find(|&u| tokens.word(u) == ",")?;
    content::after(tokens, comma + 1, end)
}

/// A speech verb that says nothing before this word: "The game was called off", "wrote down
/// its flats", "agreed to add 400,000 barrels", "added to the pressure".
fn says_nothing(word: &str, next: &str) -> bool {
    is_call(word) && matches!(next, "off" | "up" | "in" | "back")
        || is_writing(word) && matches!(next, "off" | "down")
        || adds_a_thing(word, next)
}

/// Adding a thing, not a remark.
fn adds_a_thing(word: &str, next: &str) -> bool {
    matches!(word, "add" | "adds" | "added" | "adding")
        && (next.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                next,
                "a" | "an"
                    | "the"
                    | "more"
                    | "another"
                    | "some"
                    | "extra"
                    | "new"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "to"
                    | "up"
                    | "£"
                    | "$"
                    | "€"
            ))
}

fn is_writing(word: &str) -> bool {
    matches!(word, "write" | "writes" | "wrote" | "writing" | "written")
}

fn is_call(word: &str) -> bool {
    matches!(word, "call" | "calls" | "called" | "calling")
}

/// Builds reported speech's tables now rather than on first use (see `crate::warm_up`).
pub(super) fn warm_up() {
    lexicon::warm_up();
}

#[cfg(test)]
mod tests;
