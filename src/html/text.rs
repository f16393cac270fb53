//! Text as a browser shows it: character references decoded, and runs of HTML whitespace
//! collapsed to one space outside `<pre>`. Attribute values and text nodes both pass here.

use crate::normalize::html::lookup;

/// The longest reference looked for after '&' ("&thinsp;" and numeric forms fit).
const MAX_REFERENCE: usize = 12;

/// Append `raw` (undecoded page text) to `out`. Collapsing looks at what `out` already ends
/// with, so text split over several nodes ("<b>New</b> York") joins with the right spacing.
pub(crate) fn push_text(out: &mut String, raw: &str, preformatted: bool) {
    let mut rest = raw;
    while let Some(ch) = rest.chars().next() {
        rest = &rest[ch.len_utf8()..];
        let ch = if ch == '&' {
            match reference(rest) {
                Some((decoded, len)) => {
                    rest = &rest[len..];
                    decoded
                }
                None => '&',
            }
        } else {
            ch
        };
        if !preformatted && is_space(ch) {
            if !out.is_empty() && !out.ends_with([' ', '\n']) {
                out.push(' ');
            }
        } else {
            out.push(ch);
        }
    }
}

/// HTML whitespace, plus the no-break space, which pages use as ordinary spacing.
fn is_space(ch: char) -> bool {
    matches!(ch, ' ' | '\t' | '\n' | '\r' | '\x0c' | '\u{a0}')
}

/// The character a reference at the start of `after_amp` names, and the bytes it spans
/// (including the ';').
fn reference(after_amp: &str) -> Option<(char, usize)> {
    let window = &after_amp.as_bytes()[..after_amp.len().min(MAX_REFERENCE)];
    let semi = window.iter().position(|&b| b == b';')?;
    let name = after_amp.get(..semi)?;
    lookup(name).map(|ch| (ch, semi + 1))
}

/// `raw` decoded and collapsed, trimmed.
pub(crate) fn clean(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    push_text(&mut out, raw, false);
    out.trim().to_string()
}

/// `raw` decoded, keeping its line breaks (JSON-LD bodies mark paragraphs with them).
pub(crate) fn clean_lines(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for line in raw.lines() {
        push_text(&mut out, line, false);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_and_collapses() {
        assert_eq!(
            clean("  Fish &amp; chips\n\t&#8220;hot&#x201D;&nbsp; now "),
            "Fish & chips “hot” now"
        );
        assert_eq!(clean("a & b &bogus; c"), "a & b &bogus; c");
    }

    #[test]
    fn joins_nodes_with_one_space() {
        let mut out = String::from("New ");
        push_text(&mut out, " York", false);
        assert_eq!(out, "New York");
    }
}
