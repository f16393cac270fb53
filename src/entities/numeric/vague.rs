//! Periods without a count: "in recent years", "over the next few months", "for several
//! decades", "some years ago", "earlier in the week". OntoNotes marks them as dates (and the
//! hours and minutes as times) like counted ones; the count rules need a number.

use super::kinds::{kinds, PERIOD_WORD, STARTER, VAGUE};
use super::words::{DIRECTION_AFTER, PERIOD_LEADS, TIME_OF_DAY};
use super::{is, Label};

/// Plural periods: the times first.
const PERIODS: &[&str] = &[
    "hours",
    "minutes",
    "seconds",
    "days",
    "weeks",
    "months",
    "years",
    "decades",
    "centuries",
];

/// Words of an uncounted amount before a plural period.
const UNCOUNTED: &[&str] = &["few", "several", "many"];

/// The label of a plural period, if `w` is one.
fn period(w: Option<&&str>) -> Option<Label> {
    if is(w, &PERIODS[..3]) {
        Some(Label::Time)
    } else if is(w, &PERIODS[3..]) {
        Some(Label::Date)
    } else {
        None
    }
}

/// Leads of the minutes and hours of a match or a night: "the dying minutes", "the early
/// hours".
const TIME_LEADS: &[&str] = &["dying", "closing", "opening", "early", "small", "final"];

/// Prepositions before a part of the day with its "the": "in the afternoon", "through the
/// night".
const DAY_PART_LEADS: &[&str] = &[
    "in",
    "during",
    "through",
    "throughout",
    "into",
    "until",
    "by",
];

/// An uncounted period starting at `i`: its end and label.
pub(super) fn vague_period(words: &[&str], i: usize) -> Option<(usize, Label)> {
    let w = words.get(i);
    // Every period here opens with a word of the kinds table or has one next: "the" and "a"
    // (asked of nearly every article) are let go at once before most words.
    let next = kinds(words.get(i + 1));
    let here = kinds(w);
    if (here | next) & (VAGUE | PERIOD_WORD | STARTER) == 0
        || is(w, &["the", "a"]) && next & (VAGUE | PERIOD_WORD | STARTER) == 0
    {
        return None;
    }
    let before = i.checked_sub(1).and_then(|p| words.get(p));
    if is(w, &["the"]) && is(before, DAY_PART_LEADS) && is(words.get(i + 1), TIME_OF_DAY) {
        return Some((i + 2, Label::Time));
    }
    if is(w, &["dawn", "dusk", "daybreak", "nightfall"])
        && is(before, &["at", "before", "after", "until", "from", "by"])
    {
        return Some((i + 1, Label::Time));
    }
    if is(w, &["the"]) && is(words.get(i + 1), TIME_LEADS) {
        if let Some(Label::Time) = period(words.get(i + 2)) {
            return Some((i + 3, Label::Time));
        }
    }
    // "the past few years", "the coming months", "recent weeks": a lead, perhaps a vague
    // amount, and the period; "the" with them.
    let the = usize::from(is(w, &["the"]));
    let lead = words.get(i + the);
    if is(lead, PERIOD_LEADS) && the == 1 || is(lead, &["recent"]) {
        let mut k = i + the + 1;
        if is(words.get(k), UNCOUNTED) {
            k += 1;
        }
        return period(words.get(k)).map(|label| (k + 1, label));
    }
    // "several decades", "many years", "a few days", "a couple of weeks", "some years ago".
    // ("in as many months": as many as were counted before, no period of its own.)
    let as_many = i > 0 && is(words.get(i - 1), &["as"]);
    let (amount, needs_direction) = if is(w, &["several"]) || is(w, &["many"]) && !as_many {
        (1, false)
    } else if is(w, &["a"]) && is(words.get(i + 1), &["few"]) {
        (2, false)
    } else if is(w, &["a"]) && is(words.get(i + 1), &["couple"]) && is(words.get(i + 2), &["of"]) {
        (3, false)
    } else if is(w, &["some"]) {
        (1, true)
    } else {
        return earlier_in_the(words, i);
    };
    let label = period(words.get(i + amount))?;
    let end = i + amount + 1;
    // "a few weeks ago", "some years earlier"; "before" and "after" only at a clause's end ("for
    // several decades before it reopened": a conjunction).
    let joins = is(words.get(end), &["before", "after"])
        && words
            .get(end + 1)
            .is_some_and(|w| w.starts_with(char::is_alphanumeric));
    let direction =
        is(words.get(end), DIRECTION_AFTER) && !is(words.get(end), &["old", "running"]) && !joins;
    if direction {
        Some((end + 1, label))
    } else {
        (!needs_direction).then_some((end, label))
    }
}

/// "earlier in the week", "later in the month": a DATE; "earlier in the day" a TIME.
fn earlier_in_the(words: &[&str], i: usize) -> Option<(usize, Label)> {
    let opens = is(words.get(i), &["earlier", "later"])
        && is(words.get(i + 1), &["in"])
        && is(words.get(i + 2), &["the"]);
    if !opens {
        return None;
    }
    let unit = words.get(i + 3);
    if is(unit, &["week", "month", "year", "season", "decade"]) {
        Some((i + 4, Label::Date))
    } else if is(unit, &["day", "evening", "morning", "afternoon"]) {
        Some((i + 4, Label::Time))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Option<(String, Label)> {
        let words: Vec<&str> = text.split(' ').collect();
        vague_period(&words, 0).map(|(end, label)| (words[..end].join(" "), label))
    }

    #[test]
    fn uncounted_periods_are_dates_or_times() {
        let date = |s: &str| Some((s.to_string(), Label::Date));
        assert_eq!(found("the past few years ."), date("the past few years"));
        assert_eq!(found("the coming months ."), date("the coming months"));
        assert_eq!(found("recent weeks ,"), date("recent weeks"));
        assert_eq!(found("several decades of"), date("several decades"));
        assert_eq!(
            found("a couple of weeks ago"),
            date("a couple of weeks ago")
        );
        assert_eq!(found("some years ago"), date("some years ago"));
        assert_eq!(found("earlier in the week"), date("earlier in the week"));
        assert_eq!(found("a few hours").map(|f| f.1), Some(Label::Time));
        assert_eq!(found("the dying minutes").map(|f| f.1), Some(Label::Time));
        let words = ["arrived", "in", "the", "afternoon"];
        assert_eq!(vague_period(&words, 2), Some((4, Label::Time)));
        let words = ["left", "at", "dusk"];
        assert_eq!(vague_period(&words, 2), Some((3, Label::Time)));
    }

    #[test]
    fn no_period_no_date() {
        assert_eq!(found("some years were"), None);
        assert_eq!(found("the past tense"), None);
        assert_eq!(found("several people"), None);
        let words = ["in", "as", "many", "months"];
        assert_eq!(vague_period(&words, 2), None);
        assert_eq!(
            found("many years old"),
            Some(("many years".into(), Label::Date))
        );
    }
}
