//! Lines and paragraphs: where a line break is a hard wrap (joined with a space), where it
//! ends a paragraph, and where a hyphen at a line end splits a word that was really broken.

use std::ops::Range;

use crate::entities::lexicon::{ends_inside_a_name, is_org_word};
use crate::entities::name_runs_across;

/// A line of the input: its byte range without the line terminator.
pub type Line = Range<usize>;

/// Nobody hard-wraps copy wider than this many characters; longer lines are paragraphs.
const MAX_WRAP_WIDTH: usize = 120;
/// Copy wrapped narrower than this is a table or a list, not wrapped prose.
const MIN_WRAP_WIDTH: usize = 40;

/// The lines of `src[range]`, split at "\n", "\r\n" or "\r".
pub fn split_lines(src: &str, range: Range<usize>) -> Vec<Line> {
    let mut lines = Vec::new();
    let bytes = &src.as_bytes()[..range.end];
    let mut start = range.start;
    for i in memchr::memchr2_iter(b'\n', b'\r', &bytes[range.start..]).map(|i| i + range.start) {
        if i < start {
            continue; // the "\n" of a "\r\n" already handled
        }
        lines.push(start..i);
        start = if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            i + 2
        } else {
            i + 1
        };
    }
    if start < range.end {
        lines.push(start..range.end);
    }
    lines
}

pub fn is_blank(src: &str, line: &Line) -> bool {
    src[line.clone()].trim().is_empty()
}

/// Leading spaces and tabs (a tab counts as four).
pub fn indent(src: &str, line: &Line) -> usize {
    src[line.clone()]
        .bytes()
        .take_while(|b| *b == b' ' || *b == b'\t')
        .map(|b| if b == b'\t' { 4 } else { 1 })
        .sum()
}

/// Width in characters from the start of the printed line (a line may be cut after a
/// dateline), trailing space excluded.
fn width(src: &str, line: &Line) -> usize {
    let printed_start = src[..line.start].rfind(['\n', '\r']).map_or(0, |p| p + 1);
    let s = src[printed_start..line.end].trim_end();
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

fn first_word_width(src: &str, line: &Line) -> usize {
    let s = src[line.clone()].trim_start();
    s.split(char::is_whitespace)
        .next()
        .map_or(0, |w| w.chars().count())
}

fn starts_with_bullet(src: &str, line: &Line) -> bool {
    let s = src[line.clone()].trim_start();
    ["- ", "* ", "• ", "· ", "– ", "— "]
        .iter()
        .any(|b| s.starts_with(b))
}

/// Split lines into paragraphs: at blank lines, at an indented first line when the other
/// lines are flush (Reuters style), and at any line break that is not a hard wrap.
pub fn paragraphs(src: &str, lines: &[Line]) -> Vec<Vec<Line>> {
    let mut out = Vec::new();
    // The wrap width is the story's: its longest line.
    let wrap_width = lines.iter().map(|l| width(src, l)).max().unwrap_or(0);
    for block in lines.split(|l| is_blank(src, l)) {
        if block.is_empty() {
            continue;
        }
        let min_indent = block.iter().map(|l| indent(src, l)).min().unwrap_or(0);
        let mixed = block.iter().any(|l| indent(src, l) > min_indent + 1);
        let mut start = 0;
        for i in 1..=block.len() {
            let new_paragraph =
                i == block.len() || (mixed && indent(src, &block[i]) > min_indent + 1);
            if new_paragraph {
                split_at_kept_breaks(src, &block[start..i], wrap_width, &mut out);
                start = i;
            }
        }
    }
    out
}

/// Within one block, a break is a hard wrap when the line is nearly as wide as the story's
/// widest, or the next line's first word would not have fitted on it: the wrapping program
/// moved it down. Any other break is kept, and starts a new paragraph.
fn split_at_kept_breaks(src: &str, block: &[Line], wrap_width: usize, out: &mut Vec<Vec<Line>>) {
    let mut current = vec![block[0].clone()];
    for pair in block.windows(2) {
        let (line, next) = (&pair[0], &pair[1]);
        let text = src[line.clone()].trim_end();
        // A word hyphenated at the line end always continues on the next line.
        let hyphenated = text
            .strip_suffix('-')
            .is_some_and(|t| t.ends_with(char::is_alphabetic))
            && src[next.clone()]
                .trim_start()
                .starts_with(char::is_alphabetic);
        let line_width = width(src, line);
        let wrapped = !starts_with_bullet(src, next)
            && !text.ends_with(':')
            && (mid_sentence(text, src[next.clone()].trim_start())
                || (MIN_WRAP_WIDTH..=MAX_WRAP_WIDTH).contains(&wrap_width)
                    && (hyphenated
                        || line_width * 4 >= wrap_width * 3
                        || line_width + 1 + first_word_width(src, next) > wrap_width));
        if !wrapped {
            out.push(std::mem::take(&mut current));
        }
        current.push(next.clone());
    }
    out.push(current);
}

/// Words no paragraph ends with: a line that ends with one goes on ("the talks would\nresume").
const CONTINUING_WORDS: &[&str] = &[
    "the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "but", "with", "by",
    "from", "as", "that", "would", "will", "could", "should", "was", "were", "is", "are", "has",
    "have", "had", "its", "their", "his", "her", "our", "said", "&",
];

/// Capitalised words that open sentences, not names: a title-cased headline ending with a
/// title ("Tories Choose New Leader") stays apart from a story that opens with one.
const OPENING_WORDS: &[&str] = &[
    "The", "A", "An", "In", "On", "At", "It", "He", "She", "They", "We", "I", "This", "That",
    "There", "But", "And", "As", "After", "When", "For", "By",
];

/// Whether a sentence runs on from `line` into `next` whatever the widths say (so in copy too
/// short to show a wrap width): the line ends without a stop, and either ends with a word no
/// paragraph ends with, or the next line opens with a lowercase word, or with a word that only
/// ends names ("Kestrel Heavy" / "Industries cut 300 jobs."), or the line ends with a title
/// and perhaps a first name ("Chancellor George" / "Osborne said").
fn mid_sentence(line: &str, next: &str) -> bool {
    let stopped = line.ends_with(['.', '!', '?', ';', ':', '"', '”', '’', '\'', ')', ']', '|']);
    let mut tail: Vec<&str> = line.split_whitespace().rev().take(4).collect();
    tail.reverse();
    let Some(&last) = tail.last() else {
        return false;
    };
    let Some(first) = next.split_whitespace().next() else {
        return false;
    };
    if stopped || !line.contains(char::is_alphabetic) {
        return false;
    }
    let first_word = first.trim_end_matches([',', '.', ';', ':']);
    let starts_lower = first.starts_with(char::is_lowercase);
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    // "Kestrel Heavy" / "Industries", "the former Chancellor George" / "Osborne".
    let name_goes_on = capital(last)
        && capital(first_word)
        && (is_org_word(first_word)
            || (!OPENING_WORDS.contains(&first_word)
                && (ends_inside_a_name(&tail, first_word)
                    || name_runs_across(last, first_word, tail.len() == 1))));
    // "JPMorgan Chase" / "& Co": no line starts with an ampersand of its own.
    starts_lower || first == "&" || CONTINUING_WORDS.contains(&last) || name_goes_on
}

/// Common endings of a word's second half: "negotia-" + "tions" is one broken word.
const WORD_ENDINGS: &[&str] = &[
    "tion", "tions", "sion", "sions", "ment", "ments", "ing", "ings", "ed", "ly", "ity", "ities",
    "ness", "ance", "ances", "ence", "ences", "able", "ible", "ally", "ative", "ure", "ous",
    "ious", "ive", "ent", "ents", "ant", "ants", "ist", "ists", "ism", "ize", "ized", "ise",
    "ised", "ated", "ation", "ations", "er", "ers", "est", "al", "ial", "ic", "ical", "ful",
    "less", "ship", "ward", "es", "s",
];

/// Whether "before-" at a line end and "after" on the next line are halves of one word whose
/// hyphen should go: both halves are lower case, and the joined word is used elsewhere in
/// the story, or the second half is a bare word ending ("-tions", "-ment"). Pass an empty
/// `story` to skip the look-up (callers do after many breaks, to stay linear).
pub fn is_broken_word(before: &str, after: &str, story: &str) -> bool {
    let lower = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_lowercase());
    if !lower(before) || !lower(after) {
        return false;
    }
    let joined = format!("{before}{after}");
    let hyphenated = format!("{before}-{after}");
    if story.contains(&hyphenated) {
        return false;
    }
    story.contains(&joined) || WORD_ENDINGS.contains(&after)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(src: &str) -> Vec<String> {
        let lines = split_lines(src, 0..src.len());
        paragraphs(src, &lines)
            .iter()
            .map(|p| {
                p.iter()
                    .map(|l| src[l.clone()].trim())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    #[test]
    fn joins_hard_wraps_and_splits_at_blank_lines() {
        let src = "The minister said on Tuesday that the talks would\nresume next week in the capital.\n\nA second paragraph.";
        assert_eq!(
            paras(src),
            vec![
                "The minister said on Tuesday that the talks would resume next week in the capital.",
                "A second paragraph."
            ]
        );
    }

    #[test]
    fn indented_lines_start_paragraphs() {
        let src = "    LIMA, May 2 - Copper output rose in the month of\nApril, the mines ministry said on Friday.\n    Exports also rose.";
        assert_eq!(paras(src).len(), 2);
    }

    #[test]
    fn short_lines_are_kept_apart() {
        let src = "Results on Saturday:\nLeeds 2 Hull 1\nYork 0 Bath 3";
        assert_eq!(paras(src).len(), 3);
        let src = "A story told in long lines that nobody wrapped at all, line by line.\nShort.\nAnother long line that stands alone as its own paragraph here.";
        assert_eq!(paras(src).len(), 2);
    }

    #[test]
    fn a_sentence_broken_across_short_lines_is_one_paragraph() {
        assert_eq!(
            paras("The talks would\nresume next week."),
            ["The talks would resume next week."]
        );
        assert_eq!(
            paras("Staff at the\nhospital were praised."),
            ["Staff at the hospital were praised."]
        );
        assert_eq!(
            paras("Kestrel Heavy\nIndustries cut 300 jobs."),
            ["Kestrel Heavy Industries cut 300 jobs."]
        );
        assert_eq!(
            paras("Ashby Kitchen\nSupplies went into administration."),
            ["Ashby Kitchen Supplies went into administration."]
        );
        assert_eq!(
            paras("The former Chancellor George\nOsborne joined the board."),
            ["The former Chancellor George Osborne joined the board."]
        );
        assert_eq!(
            paras("Analysts at Goldman\nSachs raised it."),
            ["Analysts at Goldman Sachs raised it."]
        );
        assert_eq!(
            paras("Warren\nBuffett's firm sold."),
            ["Warren Buffett's firm sold."]
        );
        assert_eq!(
            paras("Shares in Marks &\nSpencer rose."),
            ["Shares in Marks & Spencer rose."]
        );
        assert_eq!(paras("Storm hits Georgia\nResidents fled.").len(), 2);
        assert_eq!(paras("Taylor\nSwift sang."), ["Taylor Swift sang."]);
        assert_eq!(
            paras("Foreign Minister Penny\nWong will travel."),
            ["Foreign Minister Penny Wong will travel."]
        );
        assert_eq!(
            paras("Tributes were paid to Dr\nAmara Okafor."),
            ["Tributes were paid to Dr Amara Okafor."]
        );
        // A headline over its story, a stop, a table row: kept apart.
        assert_eq!(
            paras("Tories Choose New Leader\nThe party voted on Friday.").len(),
            2
        );
        assert_eq!(
            paras("Storm hits Leeds\nResidents were told to stay in.").len(),
            2
        );
        assert_eq!(paras("Jobs cut.\nthe end").len(), 2);
        assert_eq!(paras("Leeds 2 Hull 1\nYork 0 Bath 3").len(), 2);
    }

    #[test]
    fn crlf_and_cr_split_lines() {
        assert_eq!(split_lines("a\r\nb\rc\n", 0..7), vec![0..1, 3..4, 5..6]);
    }

    #[test]
    fn broken_words() {
        assert!(is_broken_word("negotia", "tions", ""));
        assert!(is_broken_word("sanc", "tions", ""));
        assert!(!is_broken_word("twice", "decade", ""));
        assert!(!is_broken_word("well", "known", "a well-known face"));
        assert!(is_broken_word("ambas", "sador", "the ambassador"));
        assert!(!is_broken_word("Anglo", "French", ""));
    }
}
