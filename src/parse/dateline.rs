//! Datelines: "SALVADOR, Feb 26 -", "WASHINGTON (AP) —", "PARIS, March 3 (AFP) -",
//! "TOKYO, Sept. 4 Kyodo -", and the standalone "BRUSSELS 1996-08-22" line.

use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// A month as wire copy prints it: "Feb", "Sept.", "March", "FEB".
pub const MONTH: &str = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[A-Za-z]{0,6}\.?";

static RUN_IN: LazyLock<Regex> = LazyLock::new(|| {
    let place =
        r"(?P<place>[A-Z][A-Za-z'’.\-]*(?:[ ](?:[A-Z][A-Za-z'’.\-]*|de|da|del|es|la|el|al|of))*)";
    let region = r"(?:[ ]?,[ ](?P<region>[A-Z][A-Za-z.'’\-]*(?:[ ][A-Z][A-Za-z.'’\-]*){0,2}))?";
    let date = format!(
        r"(?:,?[ ](?P<date>{MONTH}[ ]+\d{{1,2}}(?:,[ ]\d{{4}})?|\d{{1,2}}[ ]{MONTH}|\d{{4}}-\d{{2}}-\d{{2}}))?"
    );
    let agency = r"(?:[ ]\((?P<agency>[A-Za-z][A-Za-z.\-]*(?:[ ][A-Za-z.\-]+){0,3})\))?";
    let bare = r"(?:[ ](?P<bare>Kyodo|Reuters|Xinhua|AFP|AP|Yonhap|Bernama|dpa|UPI|PTI|IANS))?";
    Regex::new(&format!(
        r"^{place}{region}{date}{agency}{bare}[ ]*(?P<dash>--|[-—–:])(?:[ ]|$)"
    ))
    .unwrap()
});

static STANDALONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?P<place>[A-Z][A-Z'’.\-]+(?:[ ][A-Z][A-Z'’.\-]+)*(?:,[ ][A-Z][A-Za-z.\-]+(?:[ ][A-Z][A-Za-z.\-]+)*)?)[ ]+(?P<date>\d{{4}}-\d{{2}}-\d{{2}}|{MONTH}[ ]\d{{1,2}}(?:,[ ]\d{{4}})?)\s*$"
    ))
    .unwrap()
});

/// A dateline found at the start of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// The dateline as printed, its closing dash included (offsets into the line).
    pub span: Range<usize>,
    /// The date inside it, if any (offsets into the line).
    pub date: Option<Range<usize>>,
    /// Where the story's text starts after the dateline (offset into the line).
    pub body_start: usize,
    /// The agency printed in it, "(AFP)" or a bare "Kyodo", without brackets (offsets into
    /// the line).
    pub agency: Option<Range<usize>>,
}

fn is_upper_word(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && s.chars().all(|c| !c.is_lowercase())
}

/// A dateline running into the story's first line.
pub fn run_in(line: &str) -> Option<Dateline> {
    let caps = RUN_IN.captures(line)?;
    let place = caps.name("place")?.as_str();
    let dated = caps.name("date").is_some();
    let agency = caps.name("agency").is_some() || caps.name("bare").is_some();
    let words = place.split(' ').count();
    // "He said -" is prose; a dateline's place is in capitals unless a date or agency
    // vouches for it, and a colon only follows a place in capitals.
    let capital_place =
        is_upper_word(place) && place.chars().filter(|c| c.is_alphabetic()).count() >= 3;
    let dash = caps.name("dash")?.as_str();
    if words > 5 || !(capital_place || dated || agency) || (dash == ":" && !capital_place) {
        return None;
    }
    let whole = caps.get(0)?;
    let end = caps.name("dash")?.end();
    let body_start =
        whole.end() + line[whole.end()..].len() - line[whole.end()..].trim_start().len();
    Some(Dateline {
        span: 0..end,
        date: caps.name("date").map(|m| m.range()),
        body_start,
        agency: caps
            .name("agency")
            .or_else(|| caps.name("bare"))
            .map(|m| m.range()),
    })
}

/// A dateline alone on its line, as CoNLL-style copy prints it.
pub fn standalone(line: &str) -> Option<Dateline> {
    let caps = STANDALONE.captures(line)?;
    let end = line.trim_end().len();
    Some(Dateline {
        span: 0..end,
        date: caps.name("date").map(|m| m.range()),
        body_start: line.len(),
        agency: None,
    })
}

/// Compiles the dateline patterns now rather than on first use (see `crate::warm_up`).
pub(super) fn warm_up() {
    LazyLock::force(&RUN_IN);
    LazyLock::force(&STANDALONE);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn printed(line: &str) -> Option<(&str, Option<&str>)> {
        run_in(line).map(|d| (&line[d.span.clone()], d.date.map(|r| &line[r])))
    }

    #[test]
    fn agency_datelines() {
        assert_eq!(
            printed("SALVADOR, Feb 26 - Rain fell."),
            Some(("SALVADOR, Feb 26 -", Some("Feb 26")))
        );
        assert_eq!(
            printed("PORTLAND, Ore., March 2 - A firm said."),
            Some(("PORTLAND, Ore., March 2 -", Some("March 2")))
        );
        assert_eq!(
            printed("WASHINGTON (AP) — The Senate voted."),
            Some(("WASHINGTON (AP) —", None))
        );
        assert_eq!(
            printed("PARIS, March 3 (AFP) - Strikes spread."),
            Some(("PARIS, March 3 (AFP) -", Some("March 3")))
        );
        assert_eq!(
            printed("TOKYO, Sept. 4 Kyodo - Japan said."),
            Some(("TOKYO, Sept. 4 Kyodo -", Some("Sept. 4")))
        );
        assert_eq!(
            printed("ST. LOUIS, Feb 26 - Shares rose."),
            Some(("ST. LOUIS, Feb 26 -", Some("Feb 26")))
        );
        assert_eq!(
            printed("Toronto, Feb 26 - Prices fell."),
            Some(("Toronto, Feb 26 -", Some("Feb 26")))
        );
    }

    #[test]
    fn the_agency_in_a_dateline() {
        let agency = |line: &str| run_in(line).and_then(|d| d.agency.map(|r| line[r].to_string()));
        assert_eq!(
            agency("PARIS, March 3 (AFP) - Strikes spread.").as_deref(),
            Some("AFP")
        );
        assert_eq!(
            agency("WASHINGTON (AP) — The Senate voted.").as_deref(),
            Some("AP")
        );
        assert_eq!(
            agency("TOKYO, Sept. 4 Kyodo - Japan said.").as_deref(),
            Some("Kyodo")
        );
        assert_eq!(agency("SALVADOR, Feb 26 - Rain fell."), None);
    }

    #[test]
    fn prose_is_not_a_dateline() {
        assert_eq!(printed("He said - and meant it."), None);
        assert_eq!(printed("The Prime Minister - who was away - said."), None);
        assert_eq!(printed("US - China talks"), None);
    }

    #[test]
    fn standalone_lines() {
        let d = standalone("BRUSSELS 1996-08-22").unwrap();
        assert_eq!(d.span, 0..19);
        assert!(standalone("Brussels is big 1996-08-22").is_none());
    }
}
