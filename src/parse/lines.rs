//! What a single line of copy is: an agency's source line, a navigation or slug line, a
//! byline, a date line, an editor's note, or a sign-off. Each test looks at one trimmed line.

use super::dateline::MONTH;
use regex::Regex;
use std::sync::LazyLock;

/// Agency names printed alone on the first line of a feed.
const AGENCIES: &[&str] = &[
    "kyodo news",
    "kyodo",
    "kyodo news international",
    "reuters",
    "thomson reuters",
    "associated press",
    "the associated press",
    "ap",
    "afp",
    "agence france-presse",
    "agence france presse",
    "xinhua",
    "xinhua news agency",
    "yonhap",
    "yonhap news agency",
    "bloomberg",
    "bloomberg news",
    "dpa",
    "deutsche presse-agentur",
    "upi",
    "united press international",
    "press association",
    "pa",
    "jiji press",
    "bernama",
    "ansa",
    "efe",
    "interfax",
    "tass",
    "anadolu agency",
    "pti",
    "press trust of india",
    "aap",
    "australian associated press",
    "canadian press",
    "the canadian press",
    "ians",
];

/// Navigation and page furniture that scraped copy carries.
const NAVIGATION: &[&str] = &[
    "back to main",
    "back to top",
    "back to home",
    "back",
    "home",
    "menu",
    "skip to content",
    "skip to main content",
    "print",
    "print this article",
    "share",
    "share this article",
    "email",
    "e-mail this article",
    "advertisement",
    "advertising",
    "related stories",
    "related articles",
    "related",
    "top stories",
    "next story",
    "previous story",
    "next",
    "previous",
    "subscribe",
    "sign in",
    "log in",
    "click here",
    "read more",
    "more stories",
    "follow us",
    "comments",
    "top of page",
    "return to top",
    "story continues below",
    "continue reading",
    "share on facebook",
    "share on twitter",
    "tweet",
];

static SLUG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:BC-\S+|(?:URGENT|FLASH|BULLETIN|ADVISORY|ALERT|EMBARGOED)\b.*|[A-Z]{1,3}-[A-Z]{2,}-\S*|\^.*|\d{4}[A-Z]{2,}\S*)$").unwrap()
});

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:by)[ ]+[A-Z][\p{L}.'’\-]*(?:[ ]+(?:[A-Z][\p{L}.'’\-]*|and|de|van|von|der|al|bin))*(?:[ ]*(?:,|and)[ ]*[A-Z][\p{L}.'’\-]*(?:[ ]+[A-Z][\p{L}.'’\-]*)*){0,3}$").unwrap()
});

static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:(?i:published|updated|posted|first published)(?:[ ]on)?:?[ ]+)?(?:(?i:mon|tues|wednes|thurs|fri|satur|sun)day,?[ ]+)?(?:{MONTH}[ ]\d{{1,2}},?[ ]\d{{4}}|\d{{1,2}}[ ]{MONTH}[ ]\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})(?:[ ,]+\d{{1,2}}[:.]\d{{2}}(?:[ ]?[ap]\.?m\.?)?(?:[ ][A-Z]{{2,4}})?)?$"
    ))
    .unwrap()
});

static EDITORS_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\(?(?i:editor'?s'?[ ]note|editors'[ ]note|eds?:|note to editors)").unwrap()
});

static SIGN_OFF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?i:reuters?)|-+[ ]*(?:AP|AFP|Reuters|Kyodo)|==+[ ]*Kyodo|(?:MORE|ENDS?|\(END\)|\(MORE\)|-0-|-30-|###)|\((?i:reporting|additional reporting|writing|editing|compiled|edited)\b[^()]*(?:\([^()]*\)[^()]*)*\)|(?i:copyright|©)\b.*|(?i:all rights reserved)\.?)$").unwrap()
});

pub fn is_source(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    AGENCIES.contains(&lower.as_str())
}

pub fn is_navigation(line: &str) -> bool {
    let t = line.trim().trim_end_matches(['»', '›', '>', ':']).trim();
    t.len() <= 40 && {
        let lower = t.trim_start_matches(['«', '‹', '<']).trim().to_lowercase();
        NAVIGATION.contains(&lower.as_str())
    }
}

pub fn is_slug(line: &str) -> bool {
    SLUG.is_match(line.trim())
}

pub fn is_byline(line: &str) -> bool {
    let t = line.trim();
    t.len() <= 120 && BYLINE.is_match(t)
}

pub fn is_date_line(line: &str) -> bool {
    DATE_LINE.is_match(line.trim())
}

pub fn is_editors_note(line: &str) -> bool {
    EDITORS_NOTE.is_match(line.trim())
}

pub fn is_sign_off(line: &str) -> bool {
    let t = line.trim_matches(|c: char| c.is_whitespace() || c.is_control());
    t.len() <= 300 && SIGN_OFF.is_match(t)
}

/// Compiles the line patterns now rather than on first use (see `crate::warm_up`).
pub(super) fn warm_up() {
    for pattern in [&SLUG, &BYLINE, &DATE_LINE, &EDITORS_NOTE, &SIGN_OFF] {
        LazyLock::force(pattern);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_lines() {
        assert!(is_source("Kyodo News"));
        assert!(!is_source("Kyodo News said"));
        assert!(is_navigation("Back to Main"));
        assert!(is_navigation("Related stories »"));
        assert!(is_slug("BC-Japan-Korea-Talks"));
        assert!(is_byline("By Jane Doe, Associated Press"));
        assert!(is_byline("By JANE DOE"));
        assert!(is_byline("By Ana Ruiz and Tom Hale"));
        assert!(!is_byline(
            "By the end of the week, prices had fallen by half."
        ));
        assert!(is_date_line("Monday, September 4, 2017"));
        assert!(is_date_line("Published: 4 Sept 2017 10:02 GMT"));
        assert!(is_editors_note(
            "EDITOR'S NOTE: This story contains language"
        ));
        for s in [
            "Reuter",
            " REUTER \u{3}",
            "-- AP",
            "==Kyodo",
            "MORE",
            "ENDS",
            "(Reporting by Ana Ruiz; Editing by Tom Hale)",
            "Copyright 2024 Acme Press",
        ] {
            assert!(is_sign_off(s), "{s}");
        }
        assert!(!is_sign_off("Reuters said the bank would close."));
    }
}
