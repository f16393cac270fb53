//! Tokens in the style CoNLL-2003 and the Penn Treebank use, which the entity tagger was
//! trained on: punctuation split off, "'s" and "n't" split, hyphenated words, numbers such as
//! "1,200.5" and "1996-08-22", initialisms ("U.S.") and known abbreviations ("Sept.") kept
//! whole. One pass over the text.

use super::abbreviations::takes_period;
use crate::doc::Token;

/// Characters that join two word characters into one token ("U.S", "Anglo-Dutch", "AT&T").
fn is_joiner(ch: char) -> bool {
    matches!(ch, '.' | '-' | '\'' | '’' | '&' | '/' | '_' | '@' | '‑')
}

fn is_word_char(ch: char) -> bool {
    if ch.is_ascii() {
        return ch.is_ascii_alphanumeric();
    }
    ch.is_alphanumeric() || is_mark(ch)
}

/// Combining marks (Devanagari vowel signs, accents) belong to the word they follow.
fn is_mark(ch: char) -> bool {
    matches!(ch as u32, 0x300..=0x36f | 0x900..=0x903 | 0x93a..=0x94f | 0x951..=0x957 | 0x962..=0x963 | 0x981..=0x983 | 0x9bc..=0x9d7 | 0x200c | 0x200d | 0xfe00..=0xfe0f)
        || (ch as u32 >= 0x300 && !ch.is_alphanumeric() && is_nonspacing(ch))
}

/// Marks in the main Indic and combining blocks that `char` does not classify.
fn is_nonspacing(ch: char) -> bool {
    matches!(ch as u32, 0xa01..=0xa03 | 0xa3c..=0xa51 | 0xa81..=0xa83 | 0xabc..=0xacd | 0xb01..=0xb03 | 0xb3c..=0xb57 | 0xb82 | 0xbbe..=0xbcd | 0xc00..=0xc04 | 0xc3e..=0xc56 | 0xc81..=0xc83 | 0xcbc..=0xcd6 | 0xd00..=0xd03 | 0xd3b..=0xd57 | 0x1ab0..=0x1aff | 0x1dc0..=0x1dff | 0x20d0..=0x20ff)
}

/// `u8::is_ascii_alphanumeric` by byte value: one load per byte of a word instead of two
/// range tests.
static ASCII_ALPHANUMERIC: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// The character at byte `i` of `s` (which must be a char boundary) and its length.
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let b = *s.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((b as char, 1));
    }
    s[i..].chars().next().map(|c| (c, c.len_utf8()))
}

/// Append the tokens of `text[start..end]` (offsets into `text`) to `out`.
pub fn tokenize(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let s = &text[start..end];
    let mut i = 0;
    while let Some((ch, len)) = char_at(s, i) {
        if ch.is_whitespace() {
            i += len;
            continue;
        }
        if !is_word_char(ch) {
            let mut j = i + len;
            // "--" and "..." stay whole.
            if ch == '-' || ch == '.' {
                while s.as_bytes().get(j) == Some(&(ch as u8)) {
                    j += 1;
                }
            }
            out.push(Token {
                start: start + i,
                end: start + j,
            });
            i = j;
            continue;
        }
        // A word: word characters, joined by joiners that have a word character after them.
        let mut j = i + len;
        let bytes = s.as_bytes();
        // Whether the word took in a straight apostrophe or a character outside ASCII (a curly
        // one among them): without either it holds no clitic, and `split_clitics` need not
        // look. The byte loop below takes in ASCII letters and digits only.
        let mut apostrophe = len > 1;
        loop {
            // Most of a word is ASCII letters and digits: step over them a byte at a time.
            while bytes
                .get(j)
                .is_some_and(|&b| ASCII_ALPHANUMERIC[b as usize])
            {
                j += 1;
            }
            let Some((c, c_len)) = char_at(s, j) else {
                break;
            };
            // Most words end at a space, which joins nothing: spared the tests below.
            if c == ' ' {
                break;
            }
            if is_word_char(c) {
                j += c_len;
                apostrophe |= c_len > 1;
                continue;
            }
            let joins = is_joiner(c) || (c == ',' && digit_before(s, j));
            match char_at(s, j + c_len) {
                Some((n, n_len))
                    if joins && is_word_char(n) && (c != ',' || n.is_ascii_digit()) =>
                {
                    j += c_len + n_len;
                    apostrophe |= c == '\'' || c_len > 1 || n_len > 1;
                }
                _ => break,
            }
        }
        // A period after an initialism or abbreviation is part of it.
        if s.as_bytes().get(j) == Some(&b'.') && keeps_period(&s[i..j]) {
            j += 1;
        }
        if apostrophe {
            split_clitics(s, start, i, j, out);
        } else {
            out.push(Token {
                start: start + i,
                end: start + j,
            });
        }
        i = j;
    }
}

fn digit_before(s: &str, j: usize) -> bool {
    s[..j]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_digit())
}

fn keeps_period(word: &str) -> bool {
    let single_capital = word.len() == 1 && word.chars().all(|c| c.is_uppercase());
    let initialism = word.contains('.')
        && word
            .split('.')
            .all(|p| p.chars().count() <= 2 && !p.is_empty());
    single_capital || initialism || takes_period(word)
}

/// Split "China's" into "China" + "'s", "don't" into "do" + "n't", "they're" into
/// "they" + "'re".
fn split_clitics(s: &str, base: usize, i: usize, j: usize, out: &mut Vec<Token>) {
    let word = &s[i..j];
    // Every clitic holds an apostrophe, straight or curly (whose UTF-8 starts with 0xE2); most
    // words have neither, and need not be tried against each clitic.
    if !word.bytes().any(|b| b == b'\'' || b == 0xE2) {
        out.push(Token {
            start: base + i,
            end: base + j,
        });
        return;
    }
    let lower_ends = |suffix: &str| {
        word.len() > suffix.len()
            && word.is_char_boundary(word.len() - suffix.len())
            && word[word.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
    };
    // "n't" takes the letter before the apostrophe; the others start at it.
    const CLITICS: [&str; 14] = [
        "n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m",
    ];
    let min_stem = |clitic: &str| if clitic.starts_with('n') { 2 } else { 1 };
    if let Some(clitic) = CLITICS
        .iter()
        .find(|c| lower_ends(c) && word.len() >= c.len() + min_stem(c))
    {
        let cut = j - clitic.len();
        out.push(Token {
            start: base + i,
            end: base + cut,
        });
        out.push(Token {
            start: base + cut,
            end: base + j,
        });
        return;
    }
    out.push(Token {
        start: base + i,
        end: base + j,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(s, 0, s.len(), &mut out);
        out.iter().map(|t| &s[t.start..t.end]).collect()
    }

    #[test]
    fn splits_like_conll() {
        assert_eq!(
            toks("Mr. Kono's aide didn't say, \"U.S. talks\" (on Sept. 4) cost $1.13bn."),
            vec![
                "Mr.", "Kono", "'s", "aide", "did", "n't", "say", ",", "\"", "U.S.", "talks", "\"",
                "(", "on", "Sept.", "4", ")", "cost", "$", "1.13bn", "."
            ]
        );
    }

    #[test]
    fn keeps_compounds_numbers_and_dates() {
        assert_eq!(
            toks("Anglo-Dutch 1,200.5 1996-08-22 AT&T -- end..."),
            vec![
                "Anglo-Dutch",
                "1,200.5",
                "1996-08-22",
                "AT&T",
                "--",
                "end",
                "..."
            ]
        );
    }

    #[test]
    fn handles_curly_quotes_and_scripts() {
        assert_eq!(
            toks("“Kono’s” नमस्ते 東京"),
            vec!["“", "Kono", "’s", "”", "नमस्ते", "東京"]
        );
    }

    #[test]
    fn sentence_period_is_split() {
        assert_eq!(toks("in August."), vec!["in", "August", "."]);
        assert_eq!(toks("John F. Kennedy"), vec!["John", "F.", "Kennedy"]);
    }
}
