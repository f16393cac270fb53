//! Raw news text for learning word classes: finds story files under a folder (Reuters SGML
//! `.sgm` bodies, or plain `.txt` stories), and splits text into rough PTB-style tokens. The
//! tokenization only needs to be close to the real tokenizer's for word statistics.

use std::fs;
use std::path::{Path, PathBuf};

/// The story texts under `dir`, in a stable order. Bytes that are not UTF-8 are replaced.
pub fn read_stories(dir: &Path) -> Vec<String> {
    let mut files = Vec::new();
    collect_files(dir, &mut files);
    files.sort();
    let has_sgml = files
        .iter()
        .any(|f| f.extension().is_some_and(|e| e == "sgm"));
    let wanted = if has_sgml { "sgm" } else { "txt" };
    let mut stories = Vec::new();
    for f in files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == wanted))
    {
        let Ok(bytes) = fs::read(f) else { continue };
        let text = String::from_utf8_lossy(&bytes);
        if has_sgml {
            stories.extend(sgml_bodies(&text));
        } else {
            stories.push(text.into_owned());
        }
    }
    stories
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect_files(&p, out);
        } else {
            out.push(p);
        }
    }
}

/// The `<BODY>` texts of an SGML file with character references undone. Titles are skipped:
/// they are in capitals and would blur the casing statistics.
fn sgml_bodies(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(a) = rest.find("<BODY>") {
        let after = &rest[a + 6..];
        let Some(b) = after.find("</BODY>") else {
            break;
        };
        let body = after[..b]
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
            .replace("&#3;", "")
            .replace("&#5;", "")
            .replace("&#22;", "");
        out.push(body);
        rest = &after[b..];
    }
    out
}

const LEADING: &[char] = &['"', '\'', '(', '[', '{', '`'];
const TRAILING: &[char] = &['"', '\'', ')', ']', '}', ',', ';', ':', '!', '?'];

/// Splits text into tokens: whitespace, then quotes and brackets, trailing punctuation, the
/// sentence-final period (but not in "U.S." or "Corp."), "'s" and "n't".
pub fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for chunk in text.split_whitespace() {
        let mut s = chunk;
        while let Some(c) = s.chars().next().filter(|c| LEADING.contains(c)) {
            out.push(&s[..c.len_utf8()]);
            s = &s[c.len_utf8()..];
        }
        let mut tail = Vec::new();
        loop {
            if let Some(c) = s.chars().last().filter(|c| TRAILING.contains(c)) {
                let cut = s.len() - c.len_utf8();
                tail.push(&s[cut..]);
                s = &s[..cut];
            } else if s.len() > 1 && s.ends_with('.') && !is_abbreviation(s) {
                tail.push(&s[s.len() - 1..]);
                s = &s[..s.len() - 1];
            } else {
                break;
            }
        }
        if s.len() > 2 && (s.ends_with("'s") || s.ends_with("'S")) {
            out.push(&s[..s.len() - 2]);
            out.push(&s[s.len() - 2..]);
        } else if s.len() > 3 && s.ends_with("n't") {
            out.push(&s[..s.len() - 3]);
            out.push(&s[s.len() - 3..]);
        } else if !s.is_empty() {
            out.push(s);
        }
        out.extend(tail.into_iter().rev());
    }
    out
}

/// "U.S.", "Corp.", "Mr.": a period that belongs to the word.
fn is_abbreviation(s: &str) -> bool {
    let body = &s[..s.len() - 1];
    body.contains('.') || (body.len() <= 4 && body.chars().next().is_some_and(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_like_ptb() {
        assert_eq!(
            tokens("\"China's help,\" Kono said. U.S. officials don't (know)."),
            vec![
                "\"",
                "China",
                "'s",
                "help",
                ",",
                "\"",
                "Kono",
                "said",
                ".",
                "U.S.",
                "officials",
                "do",
                "n't",
                "(",
                "know",
                ")",
                "."
            ]
        );
    }

    #[test]
    fn sgml_bodies_are_unescaped() {
        let b = sgml_bodies("<TITLE>X</TITLE><BODY>A &lt;B&gt; c&#3;</BODY><BODY>d</BODY>");
        assert_eq!(b, vec!["A <B> c", "d"]);
    }
}
