//! Narration that a lost closing mark left inside a quote. Scraped copy drops marks as well as
//! paragraph breaks: `"I lost three years. He added: "The authorities ...` or `"... the
//! principle. This mirrored earlier concerns, it said. "It is hard ...`. The quote before the
//! next opening mark then ends with a sentence of narration, which is recognised by its shape:
//! a short sentence that introduces the next quote with a colon and a verb of saying
//! ("He added:", "Mr Doe told the BBC:"), or one that closes with an attribution (", it said.",
//! ", said Ms Doe."). The quote is cut before that sentence.

use super::cues::is_speech_verb;

/// Longest introducing sentence, in words ("The minister told a news conference in Tokyo:").
const MAX_INTRO_WORDS: usize = 10;

/// Longest subject of a closing attribution, in words (", the foreign minister said.").
const MAX_SUBJECT_WORDS: usize = 4;

/// Where the narration sentence at the end of `piece` starts (a byte offset into it), if its
/// last sentence is one. `piece` is the quoted text before a mark that opens a new quote,
/// trimmed at the end.
pub fn trailing_narration(piece: &str) -> Option<usize> {
    let start = last_sentence_start(piece)?;
    let sentence = &piece[start..];
    let narration = if let Some(intro) = sentence.strip_suffix(':') {
        introduces(intro)
    } else {
        sentence
            .strip_suffix('.')
            .and_then(|s| s.rsplit_once(", "))
            .is_some_and(|(_, attribution)| attributes(attribution))
    };
    narration.then_some(start)
}

/// The start of the last sentence of `piece`: after the last `. `, `! ` or `? ` followed by a
/// capital. None when the piece is one sentence (then it is all quote, or all narration, and
/// the marks alone cannot say which).
fn last_sentence_start(piece: &str) -> Option<usize> {
    let bytes = piece.as_bytes();
    let body = piece.trim_end_matches(['.', ':']);
    (1..body.len()).rev().find_map(|i| {
        let after_stop = matches!(bytes[i - 1], b'.' | b'!' | b'?') && bytes[i] == b' ';
        // Only after the ASCII space is `i + 1` known to be a character boundary.
        let capital = || {
            piece[i + 1..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        };
        (after_stop && capital()).then_some(i + 1)
    })
}

/// "He added", "Mr Doe told the BBC", "The ministry said in a statement": a verb of saying
/// within the first words of a short sentence.
fn introduces(intro: &str) -> bool {
    let words: Vec<&str> = intro.split_whitespace().collect();
    words.len() <= MAX_INTRO_WORDS && words.iter().take(5).any(|w| is_speech_verb(w))
}

/// "he said", "the ministry added", "said Ms Doe": a verb of saying next to a short subject.
fn attributes(attribution: &str) -> bool {
    let words: Vec<&str> = attribution.split_whitespace().collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    words.len() <= MAX_SUBJECT_WORDS + 1 && (is_speech_verb(last) || is_speech_verb(first))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(piece: &str) -> Option<&str> {
        trailing_narration(piece).map(|at| piece[..at].trim_end())
    }

    #[test]
    fn an_introducing_sentence_is_narration() {
        let piece = "I lost three years of my life. He added:";
        assert_eq!(cut(piece), Some("I lost three years of my life."));
        let piece = "We will appeal. The club's chairman told the local radio station:";
        assert_eq!(cut(piece), Some("We will appeal."));
    }

    #[test]
    fn a_closing_attribution_is_narration() {
        let piece = "The bridge must close. Repairs will take a year, the council said.";
        assert_eq!(cut(piece), Some("The bridge must close."));
        let piece = "We won. It was hard, said Ms Okafor.";
        assert_eq!(cut(piece), Some("We won."));
    }

    #[test]
    fn quoted_sentences_stay_quoted() {
        assert_eq!(cut("We won. It was hard."), None);
        assert_eq!(cut("We won, and that is all that matters."), None);
        assert_eq!(cut("He added: nothing."), None);
        assert_eq!(cut("One sentence, he said."), None);
        assert_eq!(cut("Then I said: "), None);
        assert_eq!(cut(""), None);
        // Multi-byte characters next to the stops.
        let piece = "Flowers — the debate. He said — “no”:";
        assert_eq!(cut(piece), Some("Flowers — the debate."));
        assert_eq!(cut("Ça va. Élodie a dit — oui:"), None);
    }
}
