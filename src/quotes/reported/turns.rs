//! Colon-introduced statements that open a paragraph: interview transcripts and Q&A copy
//! (`WALLACE: Let's start with ...`, `Mayor Lopez: We will build it.`). The speaker is the
//! name before the colon; the content is the rest of the paragraph, every sentence of it.
//! A headline may open the same way (`Sanders: Clinton needs to ...`) when a name speaks.

use super::Reported;
use crate::doc::Region;
use crate::entities::Label;
use crate::quotes::speaker::{LocalMention, MentionKind};
use crate::quotes::Tokens;

/// At most this many words name the speaker of a turn ("Sen. Maria Lopez").
const MAX_NAME: usize = 4;
/// A turn says at least this many words.
const MIN_WORDS: usize = 3;

/// The turn that opens each body paragraph, if any, and a headline's statement when a named
/// person or organisation opens it (`Sanders: Clinton needs to move on`; not `Analysis: ...`).
pub fn find_turns(tokens: &Tokens, found: &mut Vec<Reported>) {
    let doc = tokens.doc;
    for block in &doc.blocks {
        let first = tokens.first_at(block.start);
        let end = tokens.first_at(block.end);
        let Some(turn) = turn(tokens, first, end) else {
            continue;
        };
        let named = matches!(turn.speaker, Some(s) if speaks_by_name(tokens, s.first));
        if block.region == Region::Body || (block.region == Region::Headline && named) {
            found.push(turn);
        }
    }
}

/// Token `t` is part of a person's or an organisation's name.
fn speaks_by_name(tokens: &Tokens, t: usize) -> bool {
    tokens
        .mention_of(t)
        .and_then(|m| tokens.mentions.get(m))
        .is_some_and(|m| matches!(m.label, Label::Person | Label::Org))
}

/// Words that may name a speaker: capitalised ("Wallace", "Sen.", "PENCE").
fn is_name_word(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase())
        && word
            .chars()
            .all(|c| c.is_alphabetic() || c == '.' || c == '-')
}

fn turn(tokens: &Tokens, first: usize, end: usize) -> Option<Reported> {
    let colon = (first..end.min(first + MAX_NAME + 1)).find(|&t| tokens.word(t) == ":")?;
    if colon == first || !(first..colon).all(|t| is_name_word(tokens.word(t))) {
        return None;
    }
    let mut stop = end;
    while stop > colon + 1 && matches!(tokens.word(stop - 1), "." | "!" | "?" | ";" | ",") {
        stop -= 1;
    }
    let words = (colon + 1..stop)
        .filter(|&t| tokens.word(t).chars().any(char::is_alphanumeric))
        .count();
    if words < MIN_WORDS {
        return None;
    }
    let kind = tokens
        .mention_of(first)
        .map_or(MentionKind::Description, MentionKind::Name);
    Some(Reported {
        cue: (colon, colon + 1),
        speaker: Some(LocalMention {
            first,
            last: colon - 1,
            kind,
        }),
        content: (colon + 1, stop),
    })
}
