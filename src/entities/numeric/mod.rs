//! Numbers and time expressions found by rules over a sentence's tokens, labelled the OntoNotes
//! way: DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL, CARDINAL. Durations follow OntoNotes:
//! "three years" is a DATE, "15 minutes" a TIME. Tokens inside names are never used.

mod calendar;
mod glued;
mod kinds;
mod quantity;
mod vague;
mod words;

use super::label::Label;
use calendar::{calendar_at, extend_relative_year, month_date};
use quantity::{
    bare_period, is_day_number, is_glued_money, is_number_word, is_scaled_glued_money, quantity_at,
};

pub(super) use calendar::is_digit_ordinal;
pub(super) use quantity::{ranked_superlative, scale_after_degrees};
use vague::vague_period;
use words::*;

pub(super) use words::{CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_COUNTRIES, MONTHS, WEEKDAYS};

/// Whether a word is a day of the week or a month's name ("Monday", "March"): a date's word,
/// never a name's.
/// "third", "12th": an ordinal in words or in digits.
pub(super) fn is_ordinal(w: &str) -> bool {
    is_digit_ordinal(w) || ORDINALS.iter().any(|o| o.eq_ignore_ascii_case(w))
}

pub(super) fn is_calendar_word(w: &str) -> bool {
    WEEKDAYS.contains(&w) || MONTHS.contains(&w)
}

/// Whether a word is a time zone written after a clock ("GMT" of "0930 GMT").
/// A time of day with its "am" or "pm" glued on: "11am", "10.30pm".
pub(super) fn is_glued_clock(w: &str) -> bool {
    glued::suffix_of(w) == Some(glued::Suffix::Clock)
}

/// An amount of money in one word with its sign: "R243.10", "€5m", "R9.2bn", or "R21.5"
/// before its scale, which the tagger may take for a name.
pub(super) fn is_glued_amount(words: &[&str], i: usize) -> bool {
    // Every such amount holds a digit, which almost no name does: asked of every name the
    // tagger finds, most are spared the symbols' scan and the look at the next word's scale.
    let Some(w) = words
        .get(i)
        .filter(|w| w.bytes().any(|b| b.is_ascii_digit()))
    else {
        return false;
    };
    quantity::is_glued_money(w)
        || quantity::is_scaled_glued_money(w, kinds::kinds(words.get(i + 1)) & kinds::SCALE != 0)
}

pub(super) fn is_time_zone(w: &str) -> bool {
    w.bytes().all(|b| b.is_ascii_uppercase()) && CLOCK_SUFFIXES.contains(&w)
}

/// A numeric or time expression: token range within the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Expression {
    pub start: usize,
    pub end: usize,
    pub label: Label,
}

/// `find_hashed` of words whose hashes are not at hand (the tests').
#[cfg(test)]
pub fn find(words: &[&str], blocked: &[bool]) -> Vec<Expression> {
    use super::tagger::hash::lower_hash;
    let lowers: Vec<u64> = words.iter().map(|w| lower_hash(w)).collect();
    find_hashed(words, &lowers, blocked)
}

/// Finds expressions left to right, longest rule first; `blocked[i]` marks tokens in names.
/// `lowers`: each word's `lower_hash` (the tagger's), which spares most words a look-up.
pub fn find_hashed(words: &[&str], lowers: &[u64], blocked: &[bool]) -> Vec<Expression> {
    let mut out = Vec::new();
    let free = |a: usize, b: usize| (a..b).all(|k| !blocked.get(k).copied().unwrap_or(false));
    let mut i = 0;
    while i < words.len() {
        // Every expression kept below starts on a free token (`free(i, ..)`), so a token of a
        // name is spared the rules.
        if blocked.get(i).copied().unwrap_or(false) || !may_start(words[i], lowers.get(i).copied())
        {
            i += 1;
            continue;
        }
        // A time whose zone the tagger named ("02:00 GMT", GMT being MISC in CoNLL) keeps
        // its clock; other expressions stand whole or not at all.
        let found = match_at(words, i).and_then(|(end, label)| {
            if end > i && end <= words.len() && free(i, end) {
                Some((end, label))
            } else if label == Label::Time
                && kinds::kinds(words.get(i + 1)) & kinds::CLOCK != 0
                && free(i, i + 1)
            {
                Some((i + 1, label))
            } else {
                None
            }
        });
        // "8:05 a.m. ET", "9.15pm EDT": a zone after the clock's own suffix is the time's too.
        let found = found.map(|(end, label)| {
            let zoned = label == Label::Time
                && words.get(end).is_some_and(|w| is_time_zone(w))
                && free(end, end + 1);
            (if zoned { end + 1 } else { end }, label)
        });
        match found {
            Some((end, label)) => {
                out.push(Expression {
                    start: i,
                    end,
                    label,
                });
                i = end;
                // "250,000 pounds a year", "$15 per hour": the period of a rate is a date (or
                // a time) of its own.
                // ("a year earlier" is a date of its own, found next.)
                let rate = label == Label::Money
                    && is(words.get(i), &["a", "per"])
                    && !is(words.get(i + 2), DIRECTION_AFTER)
                    && free(i, i + 2);
                if rate {
                    let unit = words.get(i + 1);
                    let period = if is(unit, &["year", "month", "week", "day"]) {
                        Some(Label::Date)
                    } else if is(unit, &["hour"]) {
                        Some(Label::Time)
                    } else {
                        None
                    };
                    if let Some(label) = period {
                        out.push(Expression {
                            start: i,
                            end: i + 2,
                            label,
                        });
                        i += 2;
                    }
                }
            }
            None => i += 1,
        }
    }
    join_compounds(words, &mut out);
    years_of_a_kind(words, &mut out, free);
    out
}

/// Words for the kind of year a date counts ("the 2025-26 academic year").
const KINDS_OF_YEAR: &[&str] = &[
    "academic",
    "financial",
    "fiscal",
    "tax",
    "school",
    "calendar",
    "marketing",
    "crop",
];

/// "the 2025-26 academic year", "the 2024 financial year": a year's number and the kind of
/// year it is are one DATE, with its "the".
fn years_of_a_kind(words: &[&str], out: &mut [Expression], free: impl Fn(usize, usize) -> bool) {
    for e in out.iter_mut() {
        let kind = e.label == Label::Date
            && is(words.get(e.end), KINDS_OF_YEAR)
            && is(words.get(e.end + 1), &["year", "years"])
            && free(e.end, e.end + 2);
        if !kind {
            continue;
        }
        e.end += 2;
        if e.start > 0
            && words[e.start - 1].eq_ignore_ascii_case("the")
            && free(e.start - 1, e.start)
        {
            e.start -= 1;
        }
    }
}

/// The units that open a span of time told in two ("three hours and ...") ...
const LONGER_UNITS: &[&str] = &[
    "hours", "hour", "years", "year", "months", "month", "weeks", "week", "days",
];
/// ... and those that close it ("... and five minutes").
const SHORTER_UNITS: &[&str] = &[
    "minutes", "minute", "seconds", "months", "month", "weeks", "week", "days", "day",
];

/// "2 hours 9 minutes 56 seconds" and "three hours and five minutes" are one time, "hundreds
/// of thousands" one count: parts found one after the other are joined.
fn join_compounds(words: &[&str], out: &mut Vec<Expression>) {
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (out[k], out[k + 1]);
        // ("30 minutes this morning" is a span and a time of day, two times.)
        let clock_parts = a.label == Label::Time
            && b.label == Label::Time
            && b.start == a.end
            && words
                .get(b.start)
                .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()) || is_number_word(w));
        // "three hours and five minutes", "two years and six months": a span of time told in
        // two units is one.
        let two_units = a.label == b.label
            && matches!(a.label, Label::Time | Label::Date)
            && b.start == a.end + 1
            && is(words.get(a.end), &["and"])
            && is(words.get(a.end - 1), LONGER_UNITS)
            && is(words.get(b.end - 1), SHORTER_UNITS);
        let counts_of = a.label == Label::Cardinal
            && b.label == Label::Cardinal
            && b.start == a.end + 1
            && is(words.get(a.end), &["of"])
            && is(
                words.get(a.end - 1),
                &["hundreds", "thousands", "tens", "millions"],
            );
        if clock_parts || counts_of || two_units {
            out[k].end = b.end;
            out.remove(k + 1);
        } else {
            k += 1;
        }
    }
}

/// Builds the word tables now rather than on first use (see `crate::warm_up`).
pub(crate) fn warm_up() {
    kinds::warm_up();
    calendar::warm_up();
}

/// Whether an expression could start at this token: a digit, a currency sign, or a starter
/// word (compared without allocating for short ASCII tokens). `lower`: the word's
/// `lower_hash`, when known.
fn may_start(w: &str, lower: Option<u64>) -> bool {
    let bytes = w.as_bytes();
    let Some(&b) = bytes.first() else {
        return false;
    };
    if b.is_ascii_digit() {
        return true;
    }
    // A letter outside ASCII makes the word wide, which the test below passes at once.
    let letter = if b.is_ascii() {
        b.is_ascii_alphabetic()
    } else {
        w.chars().next().is_some_and(char::is_alphabetic)
    };
    if !letter {
        // Every rule starts with a digit, a word or a currency sign, so a token of punctuation
        // alone (a comma, a quote mark) starts nothing unless it is a currency symbol. One
        // byte that is neither a letter nor a digit is a currency symbol only as "$": most
        // punctuation is spared the scan of the list.
        if w.len() == 1 {
            return w == "$";
        }
        if is_clitic_like(bytes) {
            return false;
        }
        return w.chars().any(char::is_alphanumeric) || CURRENCY_SYMBOLS.contains(&w);
    }
    // (The word is ASCII where this is asked: its hash rules out most words before the
    // look-up.)
    let starter = || {
        lower.is_none_or(kinds::may_start_hashed)
            && kinds::kinds(Some(&w)) & (kinds::STARTER | kinds::VAGUE) != 0
    };
    // Most words are short, plain ASCII: one load of their bytes (the half `pack` would make
    // of them, its other half empty) shows that none of the tests below but the starter's can
    // pass, which spares them the packing and a second pass over each half.
    if bytes.len() <= 8 {
        let x = crate::packed::load_le(bytes);
        if x & HIGH_BITS == 0 && !has_byte_in(x, b'-', b'-') && !has_byte_in(x, b'0', b'9') {
            return starter();
        }
    }
    // A word past 16 bytes, or with a hyphen or a byte outside ASCII, may start one; the
    // tests are on the word's bytes packed eight to an integer (`crate::packed`).
    let Some(key) = crate::packed::pack(bytes) else {
        return true;
    };
    let halves = [key as u64, (key >> 64) as u64];
    if (halves[0] | halves[1]) & HIGH_BITS != 0
        || halves.iter().any(|&x| has_byte_in(x, b'-', b'-'))
    {
        return true;
    }
    // Glued money ("US$5m", "Rs500", "R9.2bn") holds a digit; most words are spared the test.
    let digit = halves.iter().any(|&x| has_byte_in(x, b'0', b'9'));
    starter() || (digit && (is_glued_money(w) || is_scaled_glued_money(w, true)))
}

/// Whether the word is a mark of ASCII punctuation then ASCII letters only, as a clitic is
/// ("'s", "'re") or a tag ("#word"): it starts no expression. A rule lets a word that opens
/// with neither a digit nor a letter start one only when it holds a digit ("'90s", "£5m") or
/// is a currency sign, and no sign is ASCII punctuation with letters after it; every other
/// rule asks for a digit, a hyphen or a listed word, and no listed word opens so (see the
/// test `no_listed_word_opens_with_punctuation_and_letters`).
fn is_clitic_like(bytes: &[u8]) -> bool {
    bytes.len() > 1
        && bytes[0].is_ascii_punctuation()
        && bytes[1..].iter().all(u8::is_ascii_alphabetic)
}

/// Every byte's top bit.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Whether one of eight ASCII bytes (none with its top bit set; zero padding is none of
/// them) lies in `low..=high` (`low` at least 1): adding `0x80 - low` sets a byte's top bit
/// iff it is at least `low`, adding `0x80 - high - 1` iff it is past `high`, and no sum
/// carries into the next byte.
#[inline(always)]
fn has_byte_in(x: u64, low: u8, high: u8) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let from = x + ONES * (0x80 - low as u64);
    let past = x + ONES * (0x80 - high as u64 - 1);
    from & !past & HIGH_BITS != 0
}

pub(super) fn is(w: Option<&&str>, list: &[&str]) -> bool {
    w.is_some_and(|w| list.iter().any(|x| x.eq_ignore_ascii_case(w)))
}

pub(super) fn is_exact(w: Option<&&str>, list: &[&str]) -> bool {
    w.is_some_and(|w| list.contains(w))
}

/// The length of the modifier at `i` ("more than"), 0 for none; `kinds_here`: the word's
/// `kinds`, which the caller has already looked up.
fn modifier_len(words: &[&str], i: usize, kinds_here: u16) -> usize {
    if kinds_here & kinds::MODIFIER_FIRST == 0 {
        return 0;
    }
    for m in MODIFIERS {
        if words.len() >= i + m.len()
            && m.iter()
                .zip(&words[i..])
                .all(|(a, b)| a.eq_ignore_ascii_case(b))
        {
            // "edged up to 4.3 pct": "up" is the verb's, so "up to" modifies no number.
            let verbs_up = m[0] == "up" && i > 0 && is(words.get(i - 1), VERBS_WITH_UP);
            // "five degrees below zero": a point of a scale, not an amount it modifies.
            let below_zero = matches!(m[0], "above" | "below") && is(words.get(i + 1), &["zero"]);
            return if verbs_up || below_zero { 0 } else { m.len() };
        }
    }
    0
}

/// The second word of the one modifier that opens with an article ("an estimated"): the
/// other words after an article that open an expression are in the kinds table (numbers,
/// units, ordinals, "early", "half", `PERIOD_LEADS` and `PARTS_OF_PERIODS`).
const ARTICLE_MODIFIER: &str = "estimated";

/// Whether an article opens no expression: most do not, and the word after says so at once.
fn article_opens_nothing(words: &[&str], i: usize) -> bool {
    let w = words[i];
    if !(w.eq_ignore_ascii_case("the")
        || w.eq_ignore_ascii_case("a")
        || w.eq_ignore_ascii_case("an"))
    {
        return false;
    }
    let Some(next) = words.get(i + 1) else {
        return true;
    };
    // (The kinds table holds `PERIOD_LEADS` and `PARTS_OF_PERIODS` too, as `PERIOD_WORD`.)
    !(next.starts_with(|c: char| c.is_ascii_digit())
        || next.starts_with("mid-")
        || kinds::kinds(Some(next)) != 0
        || next.eq_ignore_ascii_case(ARTICLE_MODIFIER))
}

/// Quarrels that are "over" something: "a row over £5m bonuses", "Harvard Sues Over $2.2bn
/// Grant Freeze", where "over" is no "more than".
const QUARRELS: &[&str] = &[
    "row", "rows", "dispute", "disputes", "strike", "strikes", "sue", "sues", "sued", "suing",
    "clash", "clashes", "fight", "battle", "anger", "outcry", "protest", "protests", "probe",
    "wrangle", "standoff", "split", "concern", "concerns", "fears", "talks",
];

/// Works and talk that are "about" something: "a film about three sisters".
const TOPIC_HOLDERS: &[&str] = &[
    "novel",
    "novels",
    "book",
    "books",
    "film",
    "films",
    "story",
    "stories",
    "documentary",
    "play",
    "song",
    "series",
    "drama",
    "memoir",
    "musical",
    "opera",
    "poem",
    "comedy",
    "thriller",
    "biopic",
    "podcast",
    "show",
    "article",
    "report",
    "tale",
];

fn match_at(words: &[&str], i: usize) -> Option<(usize, Label)> {
    // ("by the middle of" ends the text: the rules ask past its last word.)
    if i >= words.len() || article_opens_nothing(words, i) {
        return None;
    }
    // "for hours": a bare unit starts no other expression, so it is spared the other rules;
    // so is a word that starts only an uncounted period ("several decades").
    let kinds_here = kinds::kinds(words.get(i));
    if kinds_here & kinds::BARE_UNIT != 0 {
        return bare_period(words, i);
    }
    if kinds_here & (kinds::VAGUE | kinds::STARTER) == kinds::VAGUE {
        return vague_period(words, i);
    }
    let mut m = modifier_len(words, i, kinds_here);
    // "a novel about two brothers": after a work's word, "about" says what it is about, and
    // the count starts after it.
    if m == 1 && words[i] == "about" && i > 0 && TOPIC_HOLDERS.contains(&words[i - 1]) {
        return None;
    }
    let quarrel = || {
        let before = words[i - 1].to_ascii_lowercase();
        QUARRELS.contains(&before.as_str())
    };
    if m == 1 && words[i].eq_ignore_ascii_case("over") && i > 0 && quarrel() {
        return None;
    }
    // "close to minus 15F": a modifier before a temperature's sign.
    if m > 0 && is(words.get(i + m), &["minus"]) {
        m += 1;
    }
    if m > 0 {
        if let Some((end, label)) = quantity_at(words, i + m) {
            // "over five years" is a time span, not more than one: "over" stays out, unless
            // the date points back ("over five years ago").
            let span_over = label == Label::Date
                && ["over", "above", "below"]
                    .iter()
                    .any(|w| words[i].eq_ignore_ascii_case(w))
                && !is(words.get(end - 1), DIRECTION_AFTER);
            if !span_over
                && (!matches!(label, Label::Date | Label::Ordinal)
                    || label == Label::Date && end > i + m + 1)
            {
                return Some((end, label));
            }
        }
        // "shortly before midnight": a time of day the calendar words name.
        if is(words.get(i + m - 1), &["after", "before"]) {
            if let Some((end, Label::Time)) = calendar_at(words, i + m) {
                return Some((end, Label::Time));
            }
        }
    }
    // "the next five years", "the past three months": the period with its "the" and lead.
    if words[i].eq_ignore_ascii_case("the") && is(words.get(i + 1), PERIOD_LEADS) {
        if let Some((end, Label::Date)) = quantity_at(words, i + 2) {
            if end > i + 3 {
                return Some((end, Label::Date));
            }
        }
    }
    // "the end of June", "the start of next year", "the middle of the decade": a part of a
    // date is a date, "the" and all.
    if words[i].eq_ignore_ascii_case("the")
        && is(words.get(i + 1), PARTS_OF_PERIODS)
        && is(words.get(i + 2), &["of"])
    {
        // ("at the end of the day" is an idiom, not a date.)
        let whole = if is(words.get(i + 3), &["the"])
            && kinds::kinds(words.get(i + 4)) & kinds::DATE_UNIT != 0
            && !is(words.get(i + 4), &["day"])
        {
            Some((i + 5, Label::Date))
        } else {
            match_at(words, i + 3)
        };
        if let Some((end, Label::Date)) = whole {
            return Some((end, Label::Date));
        }
    }
    // "18 February": a day number before a month is a date, not a count.
    // The day number first: a cheaper test that fails for most words.
    if words.get(i).is_some_and(|w| is_day_number(w)) && is_exact(words.get(i + 1), MONTHS) {
        if let Some(end) = month_date(words, i) {
            return Some((extend_relative_year(words, end), Label::Date));
        }
    }
    quantity_at(words, i)
        .or_else(|| calendar_at(words, i))
        .or_else(|| bare_period(words, i))
        .or_else(|| vague_period(words, i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_ranges_are_found_at_every_position() {
        for at in 0..8 {
            for b in 0..0x80u8 {
                let x = (b as u64) << (8 * at) | 0x4141_4141_4141_4141 & !(0xff << (8 * at));
                for (low, high) in [(b'-', b'-'), (b'0', b'9'), (b'A', b'Z')] {
                    let any = (0..8).any(|k| (low..=high).contains(&((x >> (8 * k)) as u8)));
                    assert_eq!(has_byte_in(x, low, high), any, "{x:#x} {low} {high}");
                }
            }
        }
        // Zero padding is no byte of a range.
        assert!(!has_byte_in(0, b'-', b'-') && !has_byte_in(0x41, b'0', b'9'));
    }

    #[test]
    fn no_listed_word_opens_with_punctuation_and_letters() {
        let lists: &[&[&str]] = &[
            NUMBER_WORDS,
            SCALES,
            ORDINALS,
            &MODIFIERS.concat(),
            PERCENT_WORDS,
            CURRENCY_SYMBOLS,
            SCALED_ONLY_SYMBOLS,
            DOLLAR_COUNTRIES,
            CURRENCY_WORDS,
            TIME_UNITS,
            DATE_UNITS,
            QUANTITY_UNITS,
            CLOCK_SUFFIXES,
            WEEKDAYS,
            WEEKDAYS_RECURRING,
            MONTHS,
            RELATIVE_DAYS,
            RELATIVE_LEADS,
            PERIOD_LEADS,
            PARTS_OF_PERIODS,
            SEASONS,
            BARE_UNITS,
        ];
        for w in lists.concat() {
            assert!(!is_clitic_like(w.as_bytes()), "{w}");
        }
        for w in ["'s", "'re", "'ve", "'m", "#Monday", "'Tis"] {
            assert!(is_clitic_like(w.as_bytes()) && !may_start(w, None), "{w}");
        }
        for w in ["'90s", "$", "£5m", "-", "'", "s"] {
            assert!(!is_clitic_like(w.as_bytes()), "{w}");
        }
        assert!(may_start("'90s", None) && may_start("£", None));
    }

    fn labels(s: &str) -> Vec<(String, &'static str)> {
        let words: Vec<&str> = s.split(' ').collect();
        find(&words, &vec![false; words.len()])
            .into_iter()
            .map(|e| (words[e.start..e.end].join(" "), e.label.as_str()))
            .collect()
    }

    #[test]
    fn a_part_of_a_period_ending_the_text_is_nothing() {
        assert!(labels("peak by the middle of").is_empty());
        assert!(labels("by the end of").is_empty());
    }

    #[test]
    fn money_and_percent() {
        assert_eq!(
            labels("it paid $1.13bn for"),
            vec![("$1.13bn".into(), "MONEY")]
        );
        assert_eq!(labels("a £600m deal"), vec![("£600m".into(), "MONEY")]);
        assert_eq!(
            labels("a row over £5m bonuses , paid over £5m"),
            vec![("£5m".into(), "MONEY"), ("over £5m".into(), "MONEY")]
        );
        assert_eq!(
            labels("costs $ 5 million now"),
            vec![("$ 5 million".into(), "MONEY")]
        );
        assert_eq!(labels("only 10 yen"), vec![("10 yen".into(), "MONEY")]);
        assert_eq!(
            labels("around 90 percent of"),
            vec![("around 90 percent".into(), "PERCENT")]
        );
        assert_eq!(labels("up 5% on"), vec![("5%".into(), "PERCENT")]);
        // The tokenizer keeps a final period on "44.45." as on an initialism.
        assert_eq!(labels("to $ 44.45."), vec![("$ 44.45.".into(), "MONEY")]);
        assert_eq!(labels("from £ 1.2m."), vec![("£ 1.2m.".into(), "MONEY")]);
        assert_eq!(
            labels("rose 3.5 per cent"),
            vec![("3.5 per cent".into(), "PERCENT")]
        );
        // Scales hyphenated to the digits, after a sign or glued to the rand's.
        assert_eq!(
            labels("a $ 5-million grant"),
            vec![("$ 5-million".into(), "MONEY")]
        );
        assert_eq!(
            labels("a R14-million tender"),
            vec![("R14-million".into(), "MONEY")]
        );
        assert!(labels("the R14- road").is_empty());
    }

    #[test]
    fn a_period_keeps_ago_but_not_a_preposition() {
        assert_eq!(
            labels("three days ago ,"),
            vec![("three days ago".into(), "DATE")]
        );
        assert_eq!(
            labels("for two hours after a package"),
            vec![("two hours".into(), "TIME")]
        );
    }

    #[test]
    fn counts_joined_to_their_units() {
        assert_eq!(
            labels("a 12-mile stretch"),
            vec![("12-mile".into(), "QUANTITY")]
        );
        assert_eq!(
            labels("a 34-year-old man"),
            vec![("34-year-old".into(), "DATE")]
        );
        assert_eq!(labels("10-year gilts"), vec![("10-year".into(), "DATE")]);
        assert_eq!(
            labels("a two-hour delay"),
            vec![("two-hour".into(), "TIME")]
        );
        assert_eq!(labels("won 2-1 ."), vec![("2-1".into(), "CARDINAL")]);
        assert_eq!(
            labels("40,000 sq ft ."),
            vec![("40,000 sq ft".into(), "QUANTITY")]
        );
    }

    #[test]
    fn a_clock_stands_when_its_zone_is_a_name() {
        let words = ["at", "02:00", "GMT", "."];
        let found = find(&words, &[false, false, true, false]);
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].start, found[0].end, found[0].label),
            (1, 2, Label::Time)
        );
    }

    #[test]
    fn the_period_of_a_rate() {
        assert_eq!(
            labels("paid 250,000 pounds a year ."),
            vec![
                ("250,000 pounds".into(), "MONEY"),
                ("a year".into(), "DATE")
            ]
        );
        assert_eq!(
            labels("from £610m a year earlier ."),
            vec![("£610m".into(), "MONEY"), ("a year earlier".into(), "DATE")]
        );
    }

    #[test]
    fn measures_of_area() {
        assert_eq!(
            labels("lost 9,000 sq km ."),
            vec![("9,000 sq km".into(), "QUANTITY")]
        );
        assert_eq!(labels("at midday ."), vec![("midday".into(), "TIME")]);
    }

    #[test]
    fn periods_without_a_count() {
        assert_eq!(labels("stuck for hours ."), vec![("hours".into(), "TIME")]);
        assert_eq!(labels("for an hour ."), vec![("an hour".into(), "TIME")]);
        assert_eq!(labels("delayed for weeks"), vec![("weeks".into(), "DATE")]);
        assert_eq!(labels("for years of service"), vec![]);
        assert_eq!(labels("hours later"), vec![]);
    }

    #[test]
    fn parts_of_periods_and_years_of_accounts() {
        assert_eq!(
            labels("by the end of June ."),
            vec![("the end of June".into(), "DATE")]
        );
        assert_eq!(
            labels("until the start of next year ."),
            vec![("the start of next year".into(), "DATE")]
        );
        assert_eq!(
            labels("by the end of the year ,"),
            vec![("the end of the year".into(), "DATE")]
        );
        assert_eq!(labels("the end of the road"), vec![]);
        assert_eq!(
            labels("in the year to March 31 ,"),
            vec![("the year to March 31".into(), "DATE")]
        );
        assert_eq!(
            labels("growth in fiscal 2026 ."),
            vec![("fiscal 2026".into(), "DATE")]
        );
        assert_eq!(
            labels("by one percentage point to"),
            vec![("one percentage point".into(), "PERCENT")]
        );
        assert_eq!(
            labels("for a second term ."),
            vec![("second".into(), "ORDINAL")]
        );
        assert_eq!(labels("for a second ."), vec![("a second".into(), "TIME")]);
    }

    #[test]
    fn compounds_and_parts_of_months() {
        assert_eq!(
            labels("in 2 hours 9 minutes 56 seconds ,"),
            vec![("2 hours 9 minutes 56 seconds".into(), "TIME")]
        );
        assert_eq!(
            labels("Hundreds of thousands of people"),
            vec![("Hundreds of thousands".into(), "CARDINAL")]
        );
        assert_eq!(
            labels("since late June ,"),
            vec![("late June".into(), "DATE")]
        );
        assert_eq!(labels("by mid-June ."), vec![("mid-June".into(), "DATE")]);
        assert_eq!(
            labels("for three consecutive years ."),
            vec![("three consecutive years".into(), "DATE")]
        );
        assert_eq!(
            labels("a surplus for 2023-24 ,"),
            vec![("2023-24".into(), "DATE")]
        );
        assert_eq!(labels("the late shift"), vec![]);
    }

    #[test]
    fn dates_and_times() {
        assert_eq!(labels("said Monday he"), vec![("Monday".into(), "DATE")]);
        assert_eq!(
            labels("on Wednesday 5 June ."),
            vec![("Wednesday 5 June".into(), "DATE")]
        );
        assert_eq!(
            labels("on Monday , March 3 ,"),
            vec![("Monday , March 3".into(), "DATE")]
        );
        assert_eq!(
            labels("Hundreds of homes"),
            vec![("Hundreds".into(), "CARDINAL")]
        );
        assert_eq!(
            labels("rose in the quarter ."),
            vec![("the quarter".into(), "DATE")]
        );
        assert_eq!(labels("in the quarter of the city"), vec![]);
        assert_eq!(labels("millions of pounds"), vec![]);
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
    fn fractions_and_past_years() {
        assert_eq!(
            labels("fell by a fifth ."),
            vec![("a fifth".into(), "CARDINAL")]
        );
        assert_eq!(
            labels("two thirds of"),
            vec![("two thirds".into(), "CARDINAL")]
        );
        assert_eq!(
            labels("a quarter of staff"),
            vec![("a quarter".into(), "CARDINAL")]
        );
        // A day counted is a date, as OntoNotes marks "the fifth day"; a rank alone is not.
        assert_eq!(
            labels("the fifth day"),
            vec![("the fifth day".into(), "DATE")]
        );
        assert_eq!(labels("the fifth seed"), vec![("fifth".into(), "ORDINAL")]);
        assert_eq!(
            labels("borrow more this financial year ."),
            vec![("this financial year".into(), "DATE")]
        );
        assert_eq!(
            labels("a third-quarter loss"),
            vec![("third-quarter".into(), "DATE")]
        );
        assert_eq!(labels("fought in 1066 ."), vec![("1066".into(), "DATE")]);
        assert_eq!(labels("since 1815 and"), vec![("1815".into(), "DATE")]);
        assert_eq!(labels("in 1500 stores"), vec![("1500".into(), "CARDINAL")]);
        assert_eq!(labels("paid 1821 ."), vec![("1821".into(), "CARDINAL")]);
        assert_eq!(
            labels("time in a decade ."),
            vec![("a decade".into(), "DATE")]
        );
        assert_eq!(labels("a week of talks"), vec![]);
        assert_eq!(
            labels("the 14th-century church"),
            vec![("14th-century".into(), "DATE")]
        );
        assert_eq!(
            labels("in the 19th century ."),
            vec![("19th century".into(), "DATE")]
        );
        assert_eq!(
            labels("at 10pm tonight ."),
            vec![("10pm tonight".into(), "TIME")]
        );
        assert_eq!(
            labels("in the year to March ."),
            vec![("the year to March".into(), "DATE")]
        );
        assert_eq!(
            labels("in the three months to June ."),
            vec![("the three months to June".into(), "DATE")]
        );
        assert_eq!(
            labels("the 12 months ending March 2025 ,"),
            vec![("the 12 months ending March 2025".into(), "DATE")]
        );
    }

    #[test]
    fn names_block_expressions() {
        let words = ["Apollo", "13", "flew"];
        assert!(find(&words, &[true, true, false]).is_empty());
    }
}
