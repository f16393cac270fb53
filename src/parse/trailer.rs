//! The end of the copy: sign-off lines ("Reuter", "==Kyodo", "-- AP", "MORE", "(Reporting
//! by ...)") are dropped (an agency they name is kept), and a trailing "(Sept. 4)" becomes the
//! story's date.

use super::dateline::MONTH;
use super::{agency, lines, trimmed, Layout};
use crate::normalize::wraps::Line;
use regex::Regex;
use std::sync::LazyLock;

static TRAILING_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\s*\((?P<date>{MONTH}[ ]\d{{1,2}}(?:,[ ]\d{{4}})?)\)\s*$"
    ))
    .unwrap()
});

static TRAILING_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*\((?i:reporting|additional reporting|writing|editing)\b[^()]*\)\s*$").unwrap()
});

/// Drop sign-off lines at the end of `body`, and take a trailing date or credit off its
/// last line.
pub fn strip(text: &str, body: &mut Vec<Line>, layout: &mut Layout) {
    loop {
        let Some(last) = body.last() else { return };
        let t = &text[trimmed(text, last)];
        if t.is_empty() || lines::is_sign_off(t) || lines::is_navigation(t) {
            if layout.agency.is_none() {
                layout.agency = agency::in_sign_off(t);
            }
            body.pop();
        } else {
            break;
        }
    }
    let Some(last) = body.last_mut() else { return };
    if let Some(caps) = TRAILING_CREDIT.captures(&text[last.clone()]) {
        let whole = caps.get(0).map_or(0..0, |m| m.range());
        last.end = last.start + whole.start;
    }
    if let Some(caps) = TRAILING_DATE.captures(&text[last.clone()]) {
        let whole = caps.get(0).map_or(0..0, |m| m.range());
        if layout.date.is_none() {
            layout.date = caps
                .name("date")
                .map(|m| last.start + m.start()..last.start + m.end());
        }
        last.end = last.start + whole.start;
    }
    if body.last().is_some_and(|l| trimmed(text, l).is_empty()) {
        body.pop();
    }
}

/// Compiles the trailer patterns now rather than on first use (see `crate::warm_up`).
pub(super) fn warm_up() {
    LazyLock::force(&TRAILING_DATE);
    LazyLock::force(&TRAILING_CREDIT);
}
