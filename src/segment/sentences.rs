//! Sentence boundaries over the tokens of one block. A period, question or exclamation mark
//! ends a sentence when the next word opens one; closing quote marks and brackets after it
//! stay with the sentence they close. "U.N.", "Sept." and "Mr." do not end sentences, and
//! "U.S." does only before a typical sentence opener ("The", "He" ...).

use super::abbreviations::{is_sentence_opener, may_end_sentence};
use crate::doc::Token;
use std::ops::Range;

fn is_closing(tok: &str) -> bool {
    matches!(tok, "\"" | "'" | "”" | "’" | ")" | "]" | "»" | "}")
}

/// Whether the token after a sentence-final mark can open a new sentence: anything but a
/// lower-case word or punctuation that continues the sentence. More end marks ("...!!!",
/// "?!?") belong to the sentence they end: none of them opens one.
fn opens_sentence(tok: &str) -> bool {
    match tok.chars().next() {
        Some(c) if c.is_lowercase() => false,
        Some(',' | ';' | ':' | ')' | ']' | '.' | '%' | '!' | '?' | '…') => false,
        Some(_) => true,
        None => false,
    }
}

/// Token ranges (indices into `tokens`) of the sentences of one block.
pub fn split(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let tok = |i: usize| &text[tokens[i].start..tokens[i].end];
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        // Every terminal token ends in one of these bytes (0xA6 ends "…"): most tokens are
        // spared slicing out and comparing.
        let last = tokens[i]
            .end
            .checked_sub(1)
            .and_then(|e| text.as_bytes().get(e));
        if tokens[i].end <= tokens[i].start || !matches!(last, Some(b'.' | b'!' | b'?' | 0xA6)) {
            i += 1;
            continue;
        }
        let t = tok(i);
        let terminal = matches!(t, "." | "!" | "?" | "..." | "…" | "?!" | "!?")
            || (t.len() > 1 && t.ends_with('.') && may_end_sentence(t));
        if !terminal {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < tokens.len() && is_closing(tok(end)) && tokens[end].start == tokens[end - 1].end
        {
            end += 1;
        }
        let next = (end < tokens.len()).then(|| tok(end));
        let boundary = match next {
            None => true,
            Some(n) if t.len() > 1 && t.ends_with('.') => is_sentence_opener(n),
            Some(n) => opens_sentence(n),
        };
        if boundary && end < tokens.len() {
            out.push(start..end);
            start = end;
        }
        i = end;
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::tokens::tokenize;

    fn sents(s: &str) -> Vec<String> {
        let mut toks = Vec::new();
        tokenize(s, 0, s.len(), &mut toks);
        split(s, &toks)
            .into_iter()
            .map(|r| s[toks[r.start].start..toks[r.end - 1].end].to_string())
            .collect()
    }

    #[test]
    fn splits_at_terminal_punctuation() {
        assert_eq!(
            sents("\"I asked China,\" Kono said. He declined to comment. Is it over?"),
            vec![
                "\"I asked China,\" Kono said.",
                "He declined to comment.",
                "Is it over?"
            ]
        );
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            sents("The U.N. Security Council met on Sept. 4 with Mr. Kono and U.S. officials.")
                .len(),
            1
        );
        assert_eq!(sents("It was sold to Acme Corp. The deal closed.").len(), 2);
        assert_eq!(sents("Talks in the U.S. The end.").len(), 2);
        // A court case's "v.".
        assert_eq!(sents("The court overturned Roe v. Wade in 2022.").len(), 1);
    }

    #[test]
    fn runs_of_end_marks_end_one_sentence() {
        assert_eq!(
            sents("Give us a break...!!! Best song in years."),
            vec!["Give us a break...!!!", "Best song in years."]
        );
        assert_eq!(
            sents("Who knew?!? Nobody did!! Really ?! Yes."),
            vec!["Who knew?!?", "Nobody did!!", "Really ?!", "Yes."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            sents("He said, \"It is over.\" Then he left."),
            vec!["He said, \"It is over.\"", "Then he left."]
        );
    }
}
