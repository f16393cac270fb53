//! Numbers and time expressions found by rules over a sentence's tokens, labelled the OntoNotes
//! way: DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL, CARDINAL. Durations follow OntoNotes:
//! "three years" is a DATE, "15 minutes" a TIME. Tokens inside names are never used.

mod words;

use super::label::Label;
use words::*;

/// A numeric or time expression: token range within the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Expression {
    pub start: usize,
    pub end: usize,
    pub label: Label,
}

/// Finds expressions left to right, longest rule first; `blocked[i]` marks tokens in names.
pub fn find(words: &[&str], blocked: &[bool]) -> Vec<Expression> {
    let mut out = Vec::new();
    let free = |a: usize, b: usize| (a..b).all(|k| !blocked.get(k).copied().unwrap_or(false));
    let mut i = 0;
    while i < words.len() {
        if !may_start(words[i]) {
            i += 1;
            continue;
        }
        let found =
            match_at(words, i).filter(|&(end, _)| end > i && end <= words.len() && free(i, end));
        match found {
            Some((end, label)) => {
                out.push(Expression {
                    start: i,
                    end,
                    label,
                });
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// Every lowercase word that can begin an expression; other tokens are skipped at once.
static STARTERS: std::sync::LazyLock<std::collections::HashSet<String>> =
    std::sync::LazyLock::new(|| {
        let lists: [&[&str]; 8] = [
            NUMBER_WORDS,
            ORDINALS,
            CURRENCY_SYMBOLS,
            WEEKDAYS,
            MONTHS,
            RELATIVE_DAYS,
            RELATIVE_LEADS,
            SEASONS,
        ];
        let mut set: std::collections::HashSet<String> = lists
            .iter()
            .flat_map(|l| l.iter())
            .map(|w| w.to_ascii_lowercase())
            .collect();
        set.extend(MODIFIERS.iter().map(|m| m[0].to_ascii_lowercase()));
        for w in [
            "a", "an", "half", "the", "earlier", "later", "tonight", "noon", "midnight",
        ] {
            set.insert(w.to_string());
        }
        set
    });

/// Whether an expression could start at this token: a digit, a currency sign, or a starter
/// word (compared without allocating for short ASCII tokens).
fn may_start(w: &str) -> bool {
    let Some(first) = w.chars().next() else {
        return false;
    };
    if first.is_ascii_digit() || !first.is_alphabetic() {
        return true;
    }
    if w.contains('-') {
        return true;
    }
    let mut buf = [0u8; 16];
    if !w.is_ascii() || w.len() > buf.len() {
        return true;
    }
    let low = &mut buf[..w.len()];
    low.copy_from_slice(w.as_bytes());
    low.make_ascii_lowercase();
    std::str::from_utf8(low).is_ok_and(|l| STARTERS.contains(l)) || is_glued_money(w)
}

fn is(w: Option<&&str>, list: &[&str]) -> bool {
    w.is_some_and(|w| list.iter().any(|x| x.eq_ignore_ascii_case(w)))
}

fn is_exact(w: Option<&&str>, list: &[&str]) -> bool {
    w.is_some_and(|w| list.contains(w))
}

/// "1,200", "3.5", "90", "1996": digits with separators, starting with a digit.
fn is_digit_number(w: &str) -> bool {
    w.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && w.bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
        && !w.ends_with('.')
}

fn is_number_word(w: &str) -> bool {
    if NUMBER_WORDS.iter().any(|x| x.eq_ignore_ascii_case(w)) {
        return true;
    }
    // "twenty-five"
    match w.split_once('-') {
        Some((a, b)) => {
            NUMBER_WORDS.iter().any(|x| x.eq_ignore_ascii_case(a))
                && NUMBER_WORDS.iter().any(|x| x.eq_ignore_ascii_case(b))
        }
        None => false,
    }
}

fn is_year(w: &str) -> bool {
    w.len() == 4
        && w.bytes().all(|b| b.is_ascii_digit())
        && (w.starts_with("19") || w.starts_with("20"))
}

fn is_day_number(w: &str) -> bool {
    w.len() <= 2
        && w.bytes().all(|b| b.is_ascii_digit())
        && w.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
}

/// A number phrase from `i`: a number then scale words. Returns its end.
fn number_phrase(words: &[&str], i: usize) -> Option<usize> {
    let first = words.get(i)?;
    let starts = is_digit_number(first)
        || (is_number_word(first)
            && !matches!(
                first.to_ascii_lowercase().as_str(),
                "hundreds" | "thousands" | "millions" | "billions"
            ))
        || ((first.eq_ignore_ascii_case("a") || first.eq_ignore_ascii_case("half"))
            && is(
                words.get(i + 1),
                &[
                    "million", "billion", "trillion", "dozen", "hundred", "thousand",
                ],
            ));
    if !starts {
        return None;
    }
    let mut end = i + 1;
    while end < words.len() && (is_number_word(words[end]) || is(words.get(end), SCALES)) {
        // "m" and "k" only count straight after digits: "600 m".
        if matches!(words[end], "m" | "k") && !is_digit_number(words[end - 1]) {
            break;
        }
        end += 1;
    }
    Some(end)
}

/// A "$5m"-style token: currency symbol glued to digits, with an optional scale suffix.
fn is_glued_money(w: &str) -> bool {
    let rest = CURRENCY_SYMBOLS
        .iter()
        .filter(|s| s.len() < w.len() && w.starts_with(*s))
        .map(|s| &w[s.len()..])
        .next();
    let Some(rest) = rest else { return false };
    let digits_end = rest
        .bytes()
        .position(|b| !(b.is_ascii_digit() || b == b',' || b == b'.'))
        .unwrap_or(rest.len());
    digits_end > 0
        && rest.as_bytes()[0].is_ascii_digit()
        && matches!(
            &rest[digits_end..].to_ascii_lowercase()[..],
            "" | "m" | "bn" | "b" | "k" | "mln" | "bln" | "million" | "billion" | "trillion"
        )
}

fn modifier_len(words: &[&str], i: usize) -> usize {
    for m in MODIFIERS {
        if words.len() >= i + m.len()
            && m.iter()
                .zip(&words[i..])
                .all(|(a, b)| a.eq_ignore_ascii_case(b))
        {
            return m.len();
        }
    }
    0
}

fn match_at(words: &[&str], i: usize) -> Option<(usize, Label)> {
    let m = modifier_len(words, i);
    if m > 0 {
        if let Some((end, label)) = quantity_at(words, i + m) {
            if !matches!(label, Label::Date | Label::Ordinal)
                || label == Label::Date && end > i + m + 1
            {
                return Some((end, label));
            }
        }
    }
    // "18 February": a day number before a month is a date, not a count.
    if is_exact(words.get(i + 1), MONTHS) && words.get(i).is_some_and(|w| is_day_number(w)) {
        if let Some(end) = month_date(words, i) {
            return Some((extend_relative_year(words, end), Label::Date));
        }
    }
    quantity_at(words, i).or_else(|| calendar_at(words, i))
}

/// Money, percentages, durations, quantities and plain numbers starting at `i`.
fn quantity_at(words: &[&str], i: usize) -> Option<(usize, Label)> {
    let w = *words.get(i)?;
    if is_glued_money(w) {
        let end = if is(words.get(i + 1), SCALES) {
            i + 2
        } else {
            i + 1
        };
        return Some((end, Label::Money));
    }
    if is_exact(words.get(i), CURRENCY_SYMBOLS) {
        let end = number_phrase(words, i + 1)?;
        return Some((end, Label::Money));
    }
    if w.len() > 1 && w.ends_with('%') && is_digit_number(&w[..w.len() - 1]) {
        return Some((i + 1, Label::Percent));
    }
    if is_clock(w) {
        let end = if is(words.get(i + 1), CLOCK_SUFFIXES) {
            i + 2
        } else {
            i + 1
        };
        return Some((end, Label::Time));
    }
    if let Some(a) = a_unit(words, i) {
        return Some(a);
    }
    let end = number_phrase(words, i)?;
    let next = words.get(end);
    if is(next, PERCENT_WORDS) {
        let extra = usize::from(is(words.get(end + 1), &["points"]));
        return Some((end + 1 + extra, Label::Percent));
    }
    if is(next, &["per"]) && is(words.get(end + 1), &["cent"]) {
        return Some((end + 2, Label::Percent));
    }
    if is(next, CURRENCY_WORDS) {
        return Some((end + 1, Label::Money));
    }
    if is(next, CLOCK_SUFFIXES) && end == i + 1 && is_digit_number(w) {
        return Some((end + 1, Label::Time));
    }
    if is(next, TIME_UNITS) {
        let extra = usize::from(is(words.get(end + 1), DIRECTION_AFTER));
        return Some((end + 1 + extra, Label::Time));
    }
    if is(next, DATE_UNITS) {
        let extra = usize::from(is(words.get(end + 1), DIRECTION_AFTER));
        return Some((end + 1 + extra, Label::Date));
    }
    if is(next, QUANTITY_UNITS) {
        return Some((end + 1, Label::Quantity));
    }
    if end == i + 1 && is_year(w) {
        return Some((end, Label::Date));
    }
    Some((end, Label::Cardinal))
}

/// "a day earlier", "an hour later".
fn a_unit(words: &[&str], i: usize) -> Option<(usize, Label)> {
    if !is(words.get(i), &["a", "an"]) || !is(words.get(i + 2), DIRECTION_AFTER) {
        return None;
    }
    if is(words.get(i + 1), DATE_UNITS) {
        Some((i + 3, Label::Date))
    } else if is(words.get(i + 1), TIME_UNITS) {
        Some((i + 3, Label::Time))
    } else {
        None
    }
}

/// "10:30", "9.30" is too ambiguous, so only colon times.
fn is_clock(w: &str) -> bool {
    match w.split_once(':') {
        Some((h, m)) => {
            (1..=2).contains(&h.len())
                && m.len() == 2
                && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
        }
        None => false,
    }
}

/// Dates and times of day written with calendar words.
fn calendar_at(words: &[&str], i: usize) -> Option<(usize, Label)> {
    let w = *words.get(i)?;
    let lower = w.to_ascii_lowercase();
    // "1996-08-22", "8/22/96", "1990s"
    if is_iso_date(w) || is_slash_date(w) || is_decade(w) {
        return Some((i + 1, Label::Date));
    }
    if ORDINALS.contains(&lower.as_str()) || is_digit_ordinal(w) {
        return Some((i + 1, Label::Ordinal));
    }
    if RELATIVE_DAYS.contains(&lower.as_str()) {
        if is(words.get(i + 1), TIME_OF_DAY) {
            return Some((i + 2, Label::Time));
        }
        return Some((i + 1, Label::Date));
    }
    if lower == "tonight" || lower == "noon" || lower == "midnight" {
        return Some((i + 1, Label::Time));
    }
    if is_exact(words.get(i), WEEKDAYS) {
        if is(words.get(i + 1), TIME_OF_DAY) {
            return Some((i + 2, Label::Time));
        }
        return Some((extend_relative_year(words, i + 1), Label::Date));
    }
    if let Some(end) = month_date(words, i) {
        return Some((extend_relative_year(words, end), Label::Date));
    }
    if is_exact(words.get(i), &["this", "last"]) && is(words.get(i + 1), TIME_OF_DAY) {
        return Some((i + 2, Label::Time));
    }
    if RELATIVE_LEADS.contains(&lower.as_str()) {
        let n = words.get(i + 1);
        if is(n, DATE_UNITS) || is_exact(n, WEEKDAYS) || is(n, SEASONS) || is_exact(n, MONTHS) {
            return Some((i + 2, Label::Date));
        }
    }
    // "earlier this month", "later this year"
    if is(words.get(i), &["earlier", "later"])
        && is(words.get(i + 1), &["this", "last", "next"])
        && is(words.get(i + 2), DATE_UNITS)
    {
        return Some((i + 3, Label::Date));
    }
    // "the previous day", "the following week"
    if lower == "the"
        && is(
            words.get(i + 1),
            &["previous", "following", "next", "same", "past"],
        )
        && is(words.get(i + 2), DATE_UNITS)
    {
        return Some((i + 3, Label::Date));
    }
    None
}

/// "September last year": a relative year straight after a month or weekday.
fn extend_relative_year(words: &[&str], end: usize) -> usize {
    if is(words.get(end), &["last", "next", "this"])
        && is(words.get(end + 1), &["year", "week", "month"])
    {
        end + 2
    } else {
        end
    }
}

/// "Sept. 4", "4 September 1996", "July", "May 2017", "Oct. 3, 2016".
fn month_date(words: &[&str], i: usize) -> Option<usize> {
    let (month_at, mut end) = if is_day_number(words.get(i)?) && is_exact(words.get(i + 1), MONTHS)
    {
        (i + 1, i + 2)
    } else if is_exact(words.get(i), MONTHS) {
        (i, i + 1)
    } else {
        return None;
    };
    let mut anchored = month_at > i;
    if month_at == i && words.get(end).is_some_and(|d| is_day_number(d)) {
        end += 1;
        anchored = true;
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
    if !anchored && AMBIGUOUS_MONTHS.contains(&month) && !is(lead, MONTH_LEADS) {
        return None;
    }
    Some(end)
}

fn is_iso_date(w: &str) -> bool {
    let p: Vec<&str> = w.split('-').collect();
    p.len() == 3
        && p[0].len() == 4
        && (1..=2).contains(&p[1].len())
        && (1..=2).contains(&p[2].len())
        && p.iter().all(|x| x.bytes().all(|b| b.is_ascii_digit()))
}

fn is_slash_date(w: &str) -> bool {
    let p: Vec<&str> = w.split('/').collect();
    p.len() == 3
        && p.iter()
            .all(|x| !x.is_empty() && x.len() <= 4 && x.bytes().all(|b| b.is_ascii_digit()))
}

fn is_decade(w: &str) -> bool {
    let core = w.strip_prefix("mid-").unwrap_or(w);
    core.len() == 5 && core.ends_with("0s") && core[..4].bytes().all(|b| b.is_ascii_digit())
}

/// "1st", "22nd", "3rd", "10th".
fn is_digit_ordinal(w: &str) -> bool {
    let Some(split) = w.find(|c: char| !c.is_ascii_digit()) else {
        return false;
    };
    split > 0 && matches!(&w[split..], "st" | "nd" | "rd" | "th")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(s: &str) -> Vec<(String, &'static str)> {
        let words: Vec<&str> = s.split(' ').collect();
        find(&words, &vec![false; words.len()])
            .into_iter()
            .map(|e| (words[e.start..e.end].join(" "), e.label.as_str()))
            .collect()
    }

    #[test]
    fn money_and_percent() {
        assert_eq!(
            labels("it paid $1.13bn for"),
            vec![("$1.13bn".into(), "MONEY")]
        );
        assert_eq!(labels("a £600m deal"), vec![("£600m".into(), "MONEY")]);
        assert_eq!(
            labels("costs $ 5 million now"),
            vec![("$ 5 million".into(), "MONEY")]
        );
        assert_eq!(labels("only 10 yen"), vec![("only 10 yen".into(), "MONEY")]);
        assert_eq!(
            labels("around 90 percent of"),
            vec![("around 90 percent".into(), "PERCENT")]
        );
        assert_eq!(labels("up 5% on"), vec![("5%".into(), "PERCENT")]);
        assert_eq!(
            labels("rose 3.5 per cent"),
            vec![("3.5 per cent".into(), "PERCENT")]
        );
    }

    #[test]
    fn dates_and_times() {
        assert_eq!(labels("said Monday he"), vec![("Monday".into(), "DATE")]);
        assert_eq!(labels("( Sept. 4 )"), vec![("Sept. 4".into(), "DATE")]);
        assert_eq!(
            labels("ahead of next month 's"),
            vec![("next month".into(), "DATE")]
        );
        assert_eq!(
            labels("test a day earlier ."),
            vec![("a day earlier".into(), "DATE")]
        );
        assert_eq!(labels("on 1996-08-22"), vec![("1996-08-22".into(), "DATE")]);
        assert_eq!(
            labels("on 18 February ."),
            vec![("18 February".into(), "DATE")]
        );
        assert_eq!(
            labels("in September last year and"),
            vec![("September last year".into(), "DATE")]
        );
        assert_eq!(labels("Sea in July and"), vec![("July".into(), "DATE")]);
        assert_eq!(labels("at 3 p.m. local"), vec![("3 p.m.".into(), "TIME")]);
        assert_eq!(
            labels("for around 15 minutes ,"),
            vec![("around 15 minutes".into(), "TIME")]
        );
        assert_eq!(
            labels("for three years"),
            vec![("three years".into(), "DATE")]
        );
        assert_eq!(labels("you may go"), vec![]);
    }

    #[test]
    fn counts_and_ordinals() {
        assert_eq!(labels("the sixth test"), vec![("sixth".into(), "ORDINAL")]);
        assert_eq!(labels("two missiles"), vec![("two".into(), "CARDINAL")]);
        assert_eq!(labels("1,200 people"), vec![("1,200".into(), "CARDINAL")]);
        assert_eq!(labels("ran 15 km"), vec![("15 km".into(), "QUANTITY")]);
        assert_eq!(
            labels("five permanent members"),
            vec![("five".into(), "CARDINAL")]
        );
    }

    #[test]
    fn names_block_expressions() {
        let words = ["Apollo", "13", "flew"];
        assert!(find(&words, &[true, true, false]).is_empty());
    }
}
