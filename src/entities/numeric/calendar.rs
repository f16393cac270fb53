//! Dates and times written with calendar words: weekdays, months with days and years, ISO and
//! slash dates, decades, relative dates ("next month", "a day earlier" is in `quantity`),
//! times of day and ordinals.

use super::kinds::{kinds, DATE_UNIT, ORDINAL};
use super::quantity::{is_day_number, is_year, number_phrase};
use super::words::*;
use super::{is, is_exact};
use crate::entities::casing::{capitalised, split_at_hyphen, starts_with_digit};
use crate::entities::label::Label;
use crate::packed::{pack_lower, PackedTable};
use std::sync::LazyLock;

/// The lowercase words that open a calendar expression in `calendar_at`, each compared there
/// without case: the articles, the parts of a period, the relative days, leads and seasons.
/// (Ordinals are `kinds`' `ORDINAL`; the other openers hold a digit or a hyphen or are
/// capitalised.)
const OPENING_WORDS: &[&[&str]] = &[
    &["a", "the", "early", "late", "mid"],
    &["tonight", "noon", "midnight", "midday", "overnight"],
    &["this", "last", "fiscal", "financial", "earlier", "later"],
    RELATIVE_DAYS,
    RELATIVE_LEADS,
    SEASONS,
];

/// `OPENING_WORDS`, packed lowercase (`crate::packed`): every entry fits.
static OPENERS: LazyLock<PackedTable<()>> =
    LazyLock::new(|| PackedTable::set_of(OPENING_WORDS.concat(), pack_lower));

/// Builds the table now rather than on first use (see `crate::warm_up`).
pub(super) fn warm_up() {
    LazyLock::force(&OPENERS);
}

/// Whether `calendar_at` may find anything at the word: every one of its expressions opens
/// with a word holding a digit ("1990s", "7th") or a hyphen ("mid-June", "third-quarter"), a
/// capitalised word (a weekday, a month), an ordinal or one of `OPENING_WORDS`. Most words
/// asked ("at", "as", "'s", "more") are none, and are spared its dozens of list scans.
fn may_open(w: &str) -> bool {
    w.bytes().any(|b| b.is_ascii_digit() || b == b'-')
        || capitalised(w)
        || kinds(Some(&w)) & ORDINAL != 0
        || pack_lower(w.as_bytes()).is_some_and(|key| OPENERS.get(key).is_some())
}

/// Periods ranked in a run, after "a" or "the".
const RANKED_PERIODS: &[&str] = &[
    "day", "week", "month", "year", "season", "decade", "weekend", "summer", "winter", "spring",
    "autumn", "quarter",
];

/// "for a sixth week", "a fifth consecutive year", "the fourth month running", "the third
/// year in a row": OntoNotes dates the whole run, article and all (an ordinal alone is an
/// ORDINAL; "the first week of June" and "the third quarter" are the rules' below). The end.
fn ranked_period(words: &[&str], i: usize) -> Option<usize> {
    if !is(words.get(i), &["a", "the"]) {
        return None;
    }
    let next = words.get(i + 1);
    if !(kinds(next) & ORDINAL != 0 || next.is_some_and(|n| is_digit_ordinal(n))) {
        return None;
    }
    let run = usize::from(is(
        words.get(i + 2),
        &["consecutive", "straight", "successive"],
    ));
    let unit = i + 2 + run;
    if !is(words.get(unit), RANKED_PERIODS) || is(words.get(unit + 1), &["of"]) {
        return None;
    }
    if is(words.get(unit + 1), &["running"]) {
        return Some(unit + 2);
    }
    let in_a_row = is(words.get(unit + 1), &["in"])
        && is(words.get(unit + 2), &["a"])
        && is(words.get(unit + 3), &["row"]);
    Some(unit + 1 + 3 * usize::from(in_a_row))
}

/// Dates and times of day written with calendar words.
pub(super) fn calendar_at(words: &[&str], i: usize) -> Option<(usize, Label)> {
    let w = *words.get(i)?;
    if !may_open(w) {
        return None;
    }
    // The word lists are lowercase ASCII, so comparing without case needs no lowercase copy.
    let this = Some(&w);
    if let Some(end) = ranked_period(words, i) {
        return Some((end, Label::Date));
    }
    // Past a ranked period an article opens only the dates `after_the` finds: no rule below
    // opens with "a" or "the", so the commonest openers are spared them.
    if is(this, &["a", "the"]) {
        return after_the(words, i);
    }
    // "mid-June"
    if w.strip_prefix("mid-").is_some_and(|m| MONTHS.contains(&m)) {
        return Some((i + 1, Label::Date));
    }
    // "late June", "early 2026": the part of the month or year is the date's.
    if is(this, &["early", "late", "mid"]) {
        let next = words.get(i + 1);
        if is_exact(next, MONTHS) || next.is_some_and(|y| is_year(y)) {
            let end = month_date(words, i + 1).unwrap_or(i + 2);
            return Some((end, Label::Date));
        }
    }
    // "1996-08-22", "8/22/96", "1990s", "2023-24" (a year of accounts)
    if is_iso_date(w) || is_slash_date(w) || is_decade(w) || is_year_span(w) {
        return Some((i + 1, Label::Date));
    }
    // "the 14th century", "14th-century": a century is a date, not an ordinal.
    let century = |o: &str| kinds(Some(&o)) & ORDINAL != 0 || is_digit_ordinal(o);
    if let Some((o, rest)) = split_at_hyphen(w) {
        if century(o) && rest.eq_ignore_ascii_case("century") {
            return Some((i + 1, Label::Date));
        }
    }
    if century(w) && is(words.get(i + 1), &["century", "centuries"]) {
        return Some((i + 2, Label::Date));
    }
    // "a third-quarter loss", "first-half sales": the period of a result (a "second-half
    // goal" is a match's).
    if let Some((o, rest)) = split_at_hyphen(w) {
        let result = is(
            words.get(i + 1),
            &[
                "profit", "profits", "results", "sales", "earnings", "loss", "losses", "revenue",
            ],
        );
        let half = rest.eq_ignore_ascii_case("half") && result;
        if century(o) && (rest.eq_ignore_ascii_case("quarter") || half) {
            return Some((i + 1, Label::Date));
        }
    }
    // "in its first quarter": a period of the owner's financial year (after "the", above,
    // OntoNotes keeps the article).
    if century(w)
        && is(words.get(i + 1), &["quarter"])
        && is(
            i.checked_sub(1).and_then(|p| words.get(p)),
            &["its", "their", "our", "fiscal"],
        )
    {
        return Some((i + 2, Label::Date));
    }
    // "its third day", "a fifth straight year": a day or year counted is a date.
    if century(w) {
        let straight = usize::from(is(words.get(i + 1), &["straight", "consecutive"]));
        if is(
            words.get(i + 1 + straight),
            &["day", "week", "month", "year"],
        ) {
            return Some((i + 2 + straight, Label::Date));
        }
    }
    // "First Minister", "the Second World War", "First Nations": a capitalised ordinal
    // before a capitalised word opens a title or a name, and counts nothing.
    let titled = w.starts_with(|c: char| c.is_ascii_uppercase())
        && words
            .get(i + 1)
            .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_uppercase()));
    if kinds(this) & ORDINAL != 0 && !titled || is_digit_ordinal(w) {
        // "7th October": the day of a month.
        if let Some(end) = month_date(words, i).filter(|_| is_digit_ordinal(w)) {
            return Some((extend_relative_year(words, end), Label::Date));
        }
        return Some((i + 1, Label::Ordinal));
    }
    if is(this, RELATIVE_DAYS) {
        if is(words.get(i + 1), TIME_OF_DAY) {
            return Some((i + 2, Label::Time));
        }
        return Some((i + 1, Label::Date));
    }
    if is(this, &["tonight", "noon", "midnight", "midday"]) {
        return Some((i + 1, Label::Time));
    }
    // "fell to minus 12C overnight": the adverb is a time; "an overnight stay" is not.
    if is(this, &["overnight"])
        && words
            .get(i + 1)
            .is_none_or(|w| !w.starts_with(char::is_alphabetic) || is(Some(w), AFTER_OVERNIGHT))
    {
        return Some((i + 1, Label::Time));
    }
    if is_exact(words.get(i), WEEKDAYS) {
        if is(words.get(i + 1), TIME_OF_DAY) {
            return Some((i + 2, Label::Time));
        }
        // "Wednesday 5 June", "Monday, March 3": the weekday and its date are one date.
        let comma = usize::from(words.get(i + 1) == Some(&","));
        // After a comma only a whole date joins ("Monday, March 3"), not a bare month.
        let date = month_date(words, i + 1 + comma).filter(|&e| comma == 0 || e > i + 3);
        if let Some(end) = date {
            return Some((extend_relative_year(words, end), Label::Date));
        }
        return Some((extend_relative_year(words, i + 1), Label::Date));
    }
    // "on Thursdays", "on Tuesdays, Wednesdays and Thursdays"; not a band's name ("the Happy
    // Mondays"), where a capitalised word other than a preposition comes before.
    let named = || {
        i > 0
            && capitalised(words[i - 1])
            && !is(
                words.get(i - 1),
                &["on", "from", "until", "and", "or", "by"],
            )
    };
    if is_exact(this, WEEKDAYS_RECURRING) && !named() {
        return Some((i + 1, Label::Date));
    }
    if let Some(end) = month_date(words, i) {
        return Some((extend_relative_year(words, end), Label::Date));
    }
    // "since spring", "in autumn 2025": a bare season after a preposition of time, not a
    // noun's modifier ("spring water", "summer jobs").
    let lead = i.checked_sub(1).and_then(|p| words.get(p));
    if is(this, SEASONS) && is(lead, SEASON_LEADS) {
        let next = words.get(i + 1);
        if next.is_some_and(|y| is_year(y)) {
            return Some((i + 2, Label::Date));
        }
        if next.is_none_or(|w| !w.starts_with(char::is_alphabetic) || is(Some(w), AFTER_A_DATE)) {
            return Some((i + 1, Label::Date));
        }
    }
    if is_exact(words.get(i), &["this", "last"]) && is(words.get(i + 1), TIME_OF_DAY) {
        return Some((i + 2, Label::Time));
    }
    // "fiscal 2026", "financial 2025": a year of accounts named by its number.
    if is(this, &["fiscal", "financial"]) && words.get(i + 1).is_some_and(|y| is_year(y)) {
        return Some((i + 2, Label::Date));
    }
    if is(this, RELATIVE_LEADS) {
        let n = words.get(i + 1);
        if kinds(n) & DATE_UNIT != 0
            || is_exact(n, WEEKDAYS)
            || is(n, SEASONS)
            || is_exact(n, MONTHS)
        {
            return Some((i + 2, Label::Date));
        }
        // "this financial year", "next tax year": a year of accounts or of school.
        let kind_of_year = is(n, KINDS_OF_YEAR);
        if kind_of_year && is(words.get(i + 2), &["year"]) {
            return Some((i + 3, Label::Date));
        }
    }
    // "earlier this month", "later this year"
    if is(words.get(i), &["earlier", "later"])
        && is(words.get(i + 1), &["this", "last", "next"])
        && kinds(words.get(i + 2)) & DATE_UNIT != 0
    {
        return Some((i + 3, Label::Date));
    }
    None
}

/// Dates that open with "the", which OntoNotes keeps in them: "the 1890s", "the third quarter",
/// "the first half of the year", "the first week of June", "the previous day".
fn after_the(words: &[&str], i: usize) -> Option<(usize, Label)> {
    if !words[i].eq_ignore_ascii_case("the") {
        return None;
    }
    let next = words.get(i + 1);
    if next.is_some_and(|n| is_decade(n)) {
        return Some((i + 2, Label::Date));
    }
    // "the 7th of October", "the 7th of October 2025".
    if next.is_some_and(|d| is_day(d) && is_digit_ordinal(d))
        && is(words.get(i + 2), &["of"])
        && is_exact(words.get(i + 3), MONTHS)
    {
        let end = month_date(words, i + 3).unwrap_or(i + 4);
        return Some((extend_relative_year(words, end), Label::Date));
    }
    // "the three months to June", "the 12 months ending March 2025": a period counted
    // back from a month, as economic copy writes it.
    // Looked for only when a "to" follows closely: "the" is common and the count is not.
    let to_month = words
        .iter()
        .skip(i + 2)
        .take(3)
        .any(|w| matches!(*w, "to" | "ending" | "through"));
    // "the year to March": a single unit counts one.
    let count = |k: usize| match is(words.get(k), &["year", "quarter", "month", "week"]) {
        true => Some(k),
        false => number_phrase(words, k),
    };
    if let Some(e) = to_month.then(|| count(i + 1)).flatten() {
        if kinds(words.get(e)) & DATE_UNIT != 0
            && is(words.get(e + 1), &["to", "ending", "through"])
            && is_exact(words.get(e + 2), MONTHS)
        {
            // "to March 31", "to March 2025", "to March 31, 2025": the month's own date.
            let end = month_date(words, e + 2).unwrap_or(e + 3);
            return Some((end, Label::Date));
        }
    }
    // "lost ¥120bn in the quarter": the period a result covers.
    let lead = i.checked_sub(1).and_then(|p| words.get(p));
    // "in the spring", "until the autumn": a season of this year; "from the summer of
    // 2026": a season of the year named.
    // "over the weekend", "at the weekend": the one just past or coming.
    if is(
        lead,
        &["over", "at", "during", "until", "across", "through"],
    ) && is(next, &["weekend"])
    {
        return Some((i + 2, Label::Date));
    }
    if is(lead, SEASON_LEADS) && is(next, SEASONS) {
        let of_year = is(words.get(i + 2), &["of"]) && words.get(i + 3).is_some_and(|y| is_year(y));
        return Some((i + 2 + 2 * usize::from(of_year), Label::Date));
    }
    if is(lead, &["in", "during", "for"])
        && is(next, &["quarter"])
        && !is(words.get(i + 2), &["of", "century"])
    {
        return Some((i + 2, Label::Date));
    }
    // "the early 2000s", "the late 1970s"
    if is(next, &["early", "late", "mid"]) && words.get(i + 2).is_some_and(|n| is_decade(n)) {
        return Some((i + 3, Label::Date));
    }
    if (kinds(next) & ORDINAL != 0 || next.is_some_and(|n| is_digit_ordinal(n)))
        && is(words.get(i + 2), &["quarter", "half", "week", "month"])
    {
        // "the first week of June": the month's own date.
        if is(words.get(i + 3), &["of"]) && is_exact(words.get(i + 4), MONTHS) {
            return Some((month_date(words, i + 4).unwrap_or(i + 5), Label::Date));
        }
        // "... of the year", "... of 2025"
        let of_year = is(words.get(i + 3), &["of"])
            && ((is(words.get(i + 4), &["the", "this", "last", "next"])
                && is(words.get(i + 5), &["year"]))
                || words.get(i + 4).is_some_and(|w| is_year(w)));
        let end = match (of_year, words.get(i + 4).is_some_and(|w| is_year(w))) {
            (true, true) => i + 5,
            (true, false) => i + 6,
            _ => i + 3,
        };
        return Some((end, Label::Date));
    }
    // "the previous day", "the following week", "the next financial year"
    if is(
        words.get(i + 1),
        &["previous", "following", "next", "same", "past", "current"],
    ) {
        if kinds(words.get(i + 2)) & DATE_UNIT != 0 {
            return Some((i + 3, Label::Date));
        }
        let kind_of_year = is(words.get(i + 2), KINDS_OF_YEAR);
        if kind_of_year && is(words.get(i + 3), &["year"]) {
            return Some((i + 4, Label::Date));
        }
    }
    None
}

/// Years of accounts or of school: "this financial year", "the next tax year".
const KINDS_OF_YEAR: &[&str] = &["financial", "fiscal", "tax", "academic", "school"];

/// "September last year": a relative year straight after a month or weekday.
pub(super) fn extend_relative_year(words: &[&str], end: usize) -> usize {
    if is(words.get(end), &["last", "next", "this"])
        && is(words.get(end + 1), &["year", "week", "month"])
    {
        end + 2
    } else {
        end
    }
}

/// "Sept. 4", "4 September 1996", "July", "May 2017", "Oct. 3, 2016".
pub(super) fn month_date(words: &[&str], i: usize) -> Option<usize> {
    // A day number or a capitalised month: "the" and "a", the commonest starters, are neither.
    let first = *words.get(i)?;
    if !(starts_with_digit(first) || capitalised(first)) {
        return None;
    }
    let (month_at, mut end) = if is_day(words.get(i)?) && is_exact(words.get(i + 1), MONTHS) {
        (i + 1, i + 2)
    } else if is_exact(words.get(i), MONTHS) {
        (i, i + 1)
    } else {
        return None;
    };
    let mut anchored = month_at > i;
    if month_at == i && words.get(end).is_some_and(|d| is_day(d)) {
        end += 1;
        anchored = true;
        // "March 28 and 29", "May 3 to 5": two days of the month are one date (not "May 3
        // and 5 people").
        let second_day = is(words.get(end), &["and", "to", "-", "–"])
            && words.get(end + 1).is_some_and(|d| is_day_number(d))
            && words
                .get(end + 2)
                .is_none_or(|w| !w.starts_with(char::is_lowercase) || is(Some(w), AFTER_A_DATE));
        if second_day {
            end += 2;
        }
    }
    if words.get(end).is_some_and(|y| is_year(y)) {
        end += 1;
        anchored = true;
    } else if words.get(end) == Some(&",")
        && words.get(end + 1).is_some_and(|y| is_year(y))
        && anchored
    {
        end += 2;
    }
    let lead = i.checked_sub(1).and_then(|p| words.get(p));
    let month = words[month_at];
    // "the March election": a month before what happens in it; at a sentence's start without
    // "the" too ("May rainfall was the lowest"), where the modal verb takes no such noun.
    // Between a possessive and a word only the month can stand: "its March car sales", "Kia's
    // May figures" (but "said Barclays's May.").
    let possessed = is(lead, &["its", "their", "his", "her", "our", "'s", "’s"])
        && words
            .get(end)
            .is_some_and(|w| w.starts_with(char::is_alphanumeric));
    let dated = (is(lead, &["the"]) || lead.is_none()) && is(words.get(end), HAPPEN_IN_A_MONTH)
        || possessed;
    if !anchored && AMBIGUOUS_MONTHS.contains(&month) && !is(lead, MONTH_LEADS) && !dated {
        return None;
    }
    Some(end)
}

/// A day of the month, in figures or as an ordinal: "7", "7th", "31st".
fn is_day(w: &str) -> bool {
    is_day_number(w)
        || is_digit_ordinal(w) && is_day_number(w.trim_end_matches(|c: char| c.is_alphabetic()))
}

/// What a month dates after "the" or at a sentence's start: "the March election", "the May
/// budget", "May rainfall".
const HAPPEN_IN_A_MONTH: &[&str] = &[
    "election",
    "elections",
    "poll",
    "polls",
    "vote",
    "referendum",
    "budget",
    "meeting",
    "summit",
    "deadline",
    "figures",
    "data",
    "survey",
    "edition",
    "issue",
    "statement",
    "conference",
    "launch",
    "release",
    "sale",
    "sales",
    "auction",
    "opening",
    "reshuffle",
    "rainfall",
    "temperatures",
    "inflation",
    "output",
    "exports",
    "imports",
    "payrolls",
];

/// Prepositions of time before a season: "in the spring", "since spring".
const SEASON_LEADS: &[&str] = &[
    "in", "during", "by", "until", "since", "through", "from", "over",
];

/// Words that may follow a date where a count would take its noun.
const AFTER_A_DATE: &[&str] = &[
    "at", "in", "on", "and", "to", "with", "when", "as", "after", "before", "for", "from", "by",
    "the", "but", "while", "is", "was", "will",
];

pub(super) fn is_iso_date(w: &str) -> bool {
    digit_parts(w, b'-')
        .is_some_and(|[y, m, d]| y == 4 && (1..=2).contains(&m) && (1..=2).contains(&d))
}

/// The lengths of the three parts of digits `w` splits into at `sep` ("2024-06-01"); `None`
/// for any other number of parts or a part holding anything but digits. Asked of many
/// tokens, so nothing is allocated.
fn digit_parts(w: &str, sep: u8) -> Option<[usize; 3]> {
    let mut parts = w.as_bytes().split(move |&b| b == sep);
    let mut lengths = [0; 3];
    for length in &mut lengths {
        let part = parts.next()?;
        if !part.iter().all(u8::is_ascii_digit) {
            return None;
        }
        *length = part.len();
    }
    parts.next().is_none().then_some(lengths)
}

/// "2023-24", "2024-2025": a financial or school year written as a span.
pub(super) fn is_year_span(w: &str) -> bool {
    let Some((a, b)) = split_at_hyphen(w) else {
        return false;
    };
    let digits = |s: &str| s.bytes().all(|c| c.is_ascii_digit());
    a.len() == 4 && is_year(a) && (b.len() == 2 || b.len() == 4) && digits(b)
}

pub(super) fn is_slash_date(w: &str) -> bool {
    digit_parts(w, b'/').is_some_and(|parts| parts.iter().all(|n| (1..=4).contains(n)))
}

pub(super) fn is_decade(w: &str) -> bool {
    let core = w.strip_prefix("mid-").unwrap_or(w);
    core.len() == 5 && core.ends_with("0s") && core[..4].bytes().all(|b| b.is_ascii_digit())
}

/// "1st", "22nd", "3rd", "10th".
pub(in crate::entities) fn is_digit_ordinal(w: &str) -> bool {
    // "2,600th": thousands keep their comma.
    let Some(split) = w.find(|c: char| !(c.is_ascii_digit() || c == ',')) else {
        return false;
    };
    split > 0 && !w[..split].ends_with(',') && matches!(&w[split..], "st" | "nd" | "rd" | "th")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opening_words_are_short_lowercase_ascii() {
        for w in OPENING_WORDS.concat() {
            assert!(
                w.len() <= 16 && w.bytes().all(|b| b.is_ascii_lowercase()),
                "{w}"
            );
            assert!(may_open(w) && may_open(&w.to_uppercase()), "{w}");
        }
        for w in ["at", "as", "'s", "more", "about", "stormy"] {
            assert!(!may_open(w), "{w}");
        }
        for w in ["1990s", "mid-June", "third", "Third", "Monday", "TODAY"] {
            assert!(may_open(w), "{w}");
        }
    }

    fn at(sentence: &str, i: usize) -> Option<(usize, Label)> {
        calendar_at(&sentence.split(' ').collect::<Vec<_>>(), i)
    }

    #[test]
    fn articles_open_only_ranked_periods_and_dates_after_the() {
        assert_eq!(at("a fifth straight year", 0), Some((4, Label::Date)));
        assert_eq!(at("the previous day", 0), Some((3, Label::Date)));
        assert_eq!(at("The next tax year", 0), Some((4, Label::Date)));
        assert_eq!(at("the 1990s", 0), Some((2, Label::Date)));
        assert_eq!(at("a year", 0), None);
        assert_eq!(at("the spring", 0), None);
    }

    #[test]
    fn recurring_weekdays_and_numbered_weeks() {
        assert_eq!(at("shown on Thursdays at noon", 2), Some((3, Label::Date)));
        assert_eq!(at("a gig by the Happy Mondays", 5), None);
        assert_eq!(
            at("sales in the first week of June rose", 2),
            Some((7, Label::Date))
        );
        // A ranked run is dated whole, "in a row" and all.
        assert_eq!(at("for the 19th month in a row", 1), Some((7, Label::Date)));
        assert_eq!(at("for a sixth week .", 1), Some((4, Label::Date)));
        assert!(is_digit_ordinal("2,600th") && !is_digit_ordinal("2,th"));
    }

    #[test]
    fn a_possessed_month_is_a_date() {
        let month = |s: &str, i| month_date(&s.split(' ').collect::<Vec<_>>(), i);
        assert_eq!(month("said its March car sales rose", 2), Some(3));
        assert_eq!(month("the firm 's May figures", 3), Some(4));
        assert_eq!(month("said Barclays 's May .", 3), None);
        assert_eq!(month("it may March on", 2), None);
    }

    #[test]
    fn dates_written_with_hyphens_and_slashes() {
        for w in ["2024-06-01", "2024-6-1"] {
            assert!(is_iso_date(w), "{w}");
        }
        for w in [
            "24-06-01",
            "2024-06-01-02",
            "2024--01",
            "2024-06",
            "2024-0a-01",
            "",
        ] {
            assert!(!is_iso_date(w), "{w}");
        }
        for w in ["1/2/2024", "22/06/24"] {
            assert!(is_slash_date(w), "{w}");
        }
        for w in ["1//2024", "12345/1/1", "1/2", "1/2/3/4", "a/b/c"] {
            assert!(!is_slash_date(w), "{w}");
        }
    }
}
