//! Text as a browser shows it: character references decoded, and runs of HTML whitespace
//! collapsed to one space outside `<pre>`. Attribute values and text nodes both pass here.

use crate::normalize::html::lookup;

/// The longest reference looked for after '&' ("&thinsp;" and numeric forms fit).
const MAX_REFERENCE: usize = 12;

/// Append `raw` (undecoded page text) to `out`. Collapsing looks at what `out` already ends
/// with, so text split over several nodes ("<b>New</b> York") joins with the right spacing.
///
/// Plain runs (no '&', no whitespace) are copied whole: this is the walk's hottest loop, and
/// pushing character by character cost a quarter of extraction time on real pages.
pub(crate) fn push_text(out: &mut String, raw: &str, preformatted: bool) {
    let bytes = raw.as_bytes();
    let mut run = 0;
    let mut at = 0;
    while at < bytes.len() {
        // Skip ordinary bytes with one cheap test each; the match below sorts out the rest.
        if bytes[at] > b' ' && bytes[at] != b'&' && bytes[at] != 0xC2 {
            at += 1;
            continue;
        }
        let special = match bytes[at] {
            b'&' => true,
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' => !preformatted,
            // U+00A0 is C2 A0 in UTF-8; C2 never ends a character, so `at` is a boundary.
            0xC2 => !preformatted && bytes.get(at + 1) == Some(&0xA0),
            _ => false,
        };
        if !special {
            at += 1;
            continue;
        }
        out.push_str(&raw[run..at]);
        let (ch, len) = if bytes[at] == b'&' {
            reference(&raw[at + 1..]).map_or(('&', 1), |(ch, len)| (ch, len + 1))
        } else if bytes[at] == 0xC2 {
            ('\u{a0}', 2)
        } else {
            // A run of ASCII whitespace collapses to one space: take it whole (blanked scripts
            // are long runs of spaces).
            let run = bytes[at..]
                .iter()
                .take_while(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'))
                .count();
            (' ', run)
        };
        at += len;
        run = at;
        if !preformatted && is_space(ch) {
            if !out.is_empty() && !out.ends_with([' ', '\n']) {
                out.push(' ');
            }
        } else {
            out.push(ch);
        }
    }
    out.push_str(&raw[run..]);
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

    /// The character-by-character definition the bulk-copying `push_text` must match.
    fn push_text_slowly(out: &mut String, raw: &str, preformatted: bool) {
        let mut rest = raw;
        while let Some(ch) = rest.chars().next() {
            rest = &rest[ch.len_utf8()..];
            let ch = match (ch == '&').then(|| reference(rest)).flatten() {
                Some((decoded, len)) => {
                    rest = &rest[len..];
                    decoded
                }
                None => ch,
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

    #[test]
    fn bulk_copy_matches_the_definition() {
        let cases = [
            "",
            " ",
            "plain",
            "  two\t\n spaces \u{a0}\u{a0}nbsp&nbsp;&nbsp;x ",
            "caf\u{e9} \u{c2}\u{a0}\u{a0}\u{a2}&#32;&#x20;&amp;amp; & &; &bogus; &#xFFFFFFFF; &",
            "\u{201c}quoted\u{201d}\r\n\x0cend&",
            "&lt;p&gt;\n  \u{1F600} \u{915}\u{93f}",
        ];
        for prefix in ["", "x", "x ", "x\n"] {
            for raw in cases {
                for pre in [false, true] {
                    let (mut fast, mut slow) = (prefix.to_string(), prefix.to_string());
                    push_text(&mut fast, raw, pre);
                    push_text_slowly(&mut slow, raw, pre);
                    assert_eq!(fast, slow, "{raw:?} pre={pre} after {prefix:?}");
                }
            }
        }
    }

    #[test]
    fn joins_nodes_with_one_space() {
        let mut out = String::from("New ");
        push_text(&mut out, " York", false);
        assert_eq!(out, "New York");
    }
}
