//! What bytes a sentence holds, found in one scan of its text, so that a rule none of whose
//! matches can do without such a byte skips the sentence at once. Most rules apply to few
//! sentences but would otherwise test every word of every sentence for their cue.
//!
//! A gate may only ever skip a rule that provably finds nothing: each call site says which
//! byte every match of its rule needs. The gates read the story's text under the sentence's
//! tokens, which is where the words the rules see come from (`Doc::words`).

use crate::doc::Token;

/// The bytes a sentence's words hold, as far as the rules' gates ask.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Gates {
    /// An ASCII digit in some word: "2", "30th", "SU7".
    pub digit: bool,
    /// A hyphen in some word: "Seoul-based", "Stoke-on-Trent".
    pub hyphen: bool,
}

impl Gates {
    /// Every gate open: the rules run as if every byte were there.
    const OPEN: Gates = Gates {
        digit: true,
        hyphen: true,
    };

    /// The gates of a sentence of these tokens of `text`. A sentence's tokens lie together
    /// in the text, so the stretch from the first token's start to the last one's end is
    /// scanned, many bytes per instruction, rather than each word on its own.
    pub fn of(text: &str, tokens: &[Token]) -> Gates {
        // (Branch-free: this runs once per token of the story.)
        let lo = tokens.iter().fold(usize::MAX, |lo, t| lo.min(t.start));
        let hi = tokens.iter().fold(0, |hi, t| hi.max(t.end));
        match text.as_bytes().get(lo..hi) {
            Some(bytes) => Gates::scan(bytes),
            // No tokens, or offsets past the text: nothing said, every gate open.
            None => Gates::OPEN,
        }
    }

    fn scan(bytes: &[u8]) -> Gates {
        // No early exit: the loop vectorises, and sentences are short.
        let (mut digit, mut hyphen) = (false, false);
        for &b in bytes {
            digit |= b.is_ascii_digit();
            hyphen |= b == b'-';
        }
        Gates { digit, hyphen }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<Token> {
        let mut at = 0;
        text.split(' ')
            .map(|w| {
                let t = Token {
                    start: at,
                    end: at + w.len(),
                };
                at += w.len() + 1;
                t
            })
            .collect()
    }

    #[test]
    fn gates_see_the_bytes_of_the_tokens_only() {
        let text = "In 2024 the Seoul-based firm - no: Leeds band";
        let tokens = tokens(text);
        let all = Gates::of(text, &tokens);
        assert!(all.digit && all.hyphen);
        let firm = Gates::of(text, &tokens[2..5]);
        assert!(!firm.digit && firm.hyphen);
        let band = Gates::of(text, &tokens[7..]);
        assert!(!band.digit && !band.hyphen);
    }

    #[test]
    fn offsets_past_the_text_open_every_gate() {
        let past = [Token { start: 2, end: 40 }];
        let gates = Gates::of("no digits here", &past);
        assert!(gates.digit && gates.hyphen);
        assert!(Gates::of("no digits here", &[]).digit);
    }
}
