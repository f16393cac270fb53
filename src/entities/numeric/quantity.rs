//! Counts and amounts: number phrases ("1,200", "two million"), money ("$1.13bn", "10 yen"),
//! percentages, durations ("15 minutes" is TIME, "three years" DATE), quantities and clock
//! times.

use super::glued::{is_score, suffix_of, Suffix};
use super::kinds::*;
use super::words::*;
use super::{is, is_exact};
use crate::entities::casing::{split_at_hyphen, starts_with_digit};
use crate::entities::label::Label;

/// The token without a sentence's final period that the tokenizer glued to a number with an
/// inner period, as it does to initialisms: "44.45." at the end of "rose to $44.45."
pub(super) fn without_final_period(w: &str) -> &str {
    match w.strip_suffix('.') {
        Some(rest) if rest.starts_with(|c: char| c.is_ascii_digit()) && rest.contains('.') => rest,
        _ => w,
    }
}

/// "1,200", "3.5", "90", "1996": digits with separators, starting with a digit.
pub(super) fn is_digit_number(w: &str) -> bool {
    let w = without_final_period(w);
    w.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && w.bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
        && !w.ends_with('.')
}

pub(super) fn is_number_word(w: &str) -> bool {
    if in_number_words(w) {
        return true;
    }
    // "twenty-five"
    match split_at_hyphen(w) {
        Some((a, b)) => in_number_words(a) && in_number_words(b),
        None => false,
    }
}

/// Shortest and longest entries of `NUMBER_WORDS`.
const NUMBER_WORD_LENGTHS: (usize, usize) = {
    let (mut lo, mut hi, mut k) = (usize::MAX, 0, 0);
    while k < NUMBER_WORDS.len() {
        let n = NUMBER_WORDS[k].len();
        lo = if n < lo { n } else { lo };
        hi = if n > hi { n } else { hi };
        k += 1;
    }
    (lo, hi)
};

/// Whether `w` is one of `NUMBER_WORDS`, ignoring ASCII case. Runs for many tokens, so it
/// rejects by length and first letter (every entry is ASCII letters) before the look-up.
fn in_number_words(w: &str) -> bool {
    let (lo, hi) = NUMBER_WORD_LENGTHS;
    (lo..=hi).contains(&w.len())
        && w.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)
        && kinds(Some(&w)) & NUMBER != 0
}

pub(super) fn is_year(w: &str) -> bool {
    w.len() == 4
        && w.bytes().all(|b| b.is_ascii_digit())
        && (w.starts_with("19") || w.starts_with("20"))
}

/// Words before a year of any century: "fought in 1066", "since 1815".
const YEAR_LEADS: &[&str] = &[
    "in", "since", "until", "till", "from", "by", "around", "circa",
];

/// Words after such a year that leave it one: "in 1821 and 1822", "in 1066, when".
const YEAR_FOLLOWERS: &[&str] = &["and", "or", "to", "when", "after", "before", "as", "until"];

/// "in 1821", "since 1066": a number of three or four digits from 1000 to 2099 after a word
/// that leads a year, and not before a noun it counts ("in 1500 stores").
fn is_past_year(words: &[&str], i: usize) -> bool {
    let w = words[i];
    let year = (3..=4).contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_digit())
        && w.parse::<u16>().is_ok_and(|y| (1000..2100).contains(&y));
    let led = i > 0 && YEAR_LEADS.contains(&words[i - 1]);
    let free = words
        .get(i + 1)
        .is_none_or(|n| !n.starts_with(char::is_lowercase) || YEAR_FOLLOWERS.contains(n));
    year && led && free
}

pub(super) fn is_day_number(w: &str) -> bool {
    w.len() <= 2
        && w.bytes().all(|b| b.is_ascii_digit())
        && w.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
}

/// A number phrase from `i`: a number then scale words. Returns its end.
pub(super) fn number_phrase(words: &[&str], i: usize) -> Option<usize> {
    let first = words.get(i)?;
    // "tens of thousands": "tens" counts only so.
    if first.eq_ignore_ascii_case("tens")
        && is(words.get(i + 1), &["of"])
        && is(words.get(i + 2), &["thousands", "millions", "billions"])
    {
        return Some(i + 3);
    }
    let starts = is_digit_number(first)
        || suffix_of(first) == Some(Suffix::Scale)
        || is_hyphenated_scale(first)
        // "Hundreds of homes" is a count, "millions of pounds" an amount no rule here takes.
        || (is_number_word(first)
            && !(matches!(
                first.to_ascii_lowercase().as_str(),
                "hundreds" | "thousands" | "millions" | "billions"
            ) && is(words.get(i + 1), &["of"])
                && kinds(words.get(i + 2)) & CURRENCY != 0))
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
    while end < words.len() && (is_number_word(words[end]) || kinds(words.get(end)) & SCALE != 0) {
        // "m" and "k" only count straight after digits: "600 m".
        if matches!(words[end], "m" | "k") && !is_digit_number(words[end - 1]) {
            break;
        }
        end += 1;
    }
    // "two and a half hours", "three and a half miles": the half joins the count of a unit.
    let half = is(words.get(end), &["and"])
        && is(words.get(end + 1), &["a"])
        && is(words.get(end + 2), &["half"])
        && kinds(words.get(end + 3)) & (TIME_UNIT | DATE_UNIT | QUANTITY_UNIT) != 0;
    Some(if half { end + 3 } else { end })
}

/// "5-million", "1.2-billion": the Canadian Press and South African papers hyphenate the
/// scale to the digits.
fn is_hyphenated_scale(w: &str) -> bool {
    // The digits open the word: a word without one is spared the search for the hyphen.
    starts_with_digit(w)
        && w.split_once('-').is_some_and(|(digits, scale)| {
            is_digit_number(digits) && matches!(scale, "million" | "billion" | "trillion")
        })
}

/// A "$5m"-style token: currency symbol glued to digits, with an optional scale suffix.
pub(super) fn is_glued_money(w: &str) -> bool {
    // Every symbol opens with a capital, a sign or a non-ASCII letter: most tokens (digits
    // first, lowercase words) are ruled out by their first byte.
    if w.as_bytes()
        .first()
        .is_none_or(|b| b.is_ascii_digit() || b.is_ascii_lowercase())
    {
        return false;
    }
    // The amount after the symbol opens with a digit (`glued_amount`): a word without one,
    // as most capitalised words are, is spared the scan of the symbols.
    if !w.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let rest = CURRENCY_SYMBOLS
        .iter()
        .filter(|s| s.len() < w.len() && w.starts_with(*s))
        .map(|s| &w[s.len()..])
        .next();
    let Some(rest) = rest else {
        return false;
    };
    glued_amount(rest)
}

/// "R9.2bn", "Sh4" before "million": a sign of `SCALED_ONLY_SYMBOLS` glued to an amount, which
/// counts only with a scale, glued or next (`scale_next`), with cents ("R243.10", a share
/// price: a road or a model number has none) or with thousands ("N1,600").
pub(super) fn is_scaled_glued_money(w: &str, scale_next: bool) -> bool {
    if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    SCALED_ONLY_SYMBOLS
        .iter()
        .filter_map(|s| w.strip_prefix(s))
        .any(|rest| {
            let scale_glued = !rest.ends_with(|c: char| c.is_ascii_digit());
            glued_amount(rest)
                && (scale_glued || scale_next || with_cents(rest) || with_thousands(rest))
        })
}

/// Where an amount at `i` with a scale ends: "1.8bn", "12 billion".
fn scaled_amount(words: &[&str], i: usize) -> Option<usize> {
    let w = *words.get(i)?;
    let scale_glued = w.starts_with(|c: char| c.is_ascii_digit())
        && !w.ends_with(|c: char| c.is_ascii_digit())
        && glued_amount(w);
    if scale_glued {
        Some(i + 1)
    } else if is_digit_number(w) && kinds(words.get(i + 1)) & SCALE != 0 {
        Some(i + 2)
    } else {
        None
    }
}

/// "1,600", "12,500": digits with a comma before each group of three.
fn with_thousands(amount: &str) -> bool {
    let mut groups = amount.split(',');
    let head = groups.next().unwrap_or("");
    (1..=3).contains(&head.len())
        && head.bytes().all(|b| b.is_ascii_digit())
        && amount.contains(',')
        && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
}

/// "243.10", "1,204.55": whole units, a point and two digits.
fn with_cents(amount: &str) -> bool {
    amount.split_once('.').is_some_and(|(units, cents)| {
        !units.is_empty()
            && units.bytes().all(|b| b.is_ascii_digit() || b == b',')
            && cents.len() == 2
            && cents.bytes().all(|b| b.is_ascii_digit())
    })
}

/// Digits, then nothing or a scale: "600", "1.13bn".
fn glued_amount(rest: &str) -> bool {
    let digits_end = rest
        .bytes()
        .position(|b| !(b.is_ascii_digit() || b == b',' || b == b'.'))
        .unwrap_or(rest.len());
    // "R14-million": Canadian and South African copy hyphenates the scale.
    let scale = &rest[digits_end..];
    let scale = scale
        .strip_prefix('-')
        .filter(|s| !s.is_empty())
        .unwrap_or(scale);
    digits_end > 0
        && rest.as_bytes()[0].is_ascii_digit()
        && ["", "million", "billion", "trillion"]
            .iter()
            .chain(super::glued::SCALE_SUFFIXES)
            .any(|s| s.eq_ignore_ascii_case(scale))
}

/// The longest of `CURRENCY_SYMBOLS`, in bytes: a longer word is none of them.
const LONGEST_SYMBOL: usize = longest(CURRENCY_SYMBOLS);

/// The length in bytes of the longest word of `list`.
const fn longest(list: &[&str]) -> usize {
    let (mut i, mut most) = (0, 0);
    while i < list.len() {
        if list[i].len() > most {
            most = list[i].len();
        }
        i += 1;
    }
    most
}

/// Whether `quantity_at` may find anything at the word. Its expressions open with a digit
/// (numbers, glued money, scores, clocks) or a sign ("$", "£"), both let through here; or
/// with a word of `OPENS_QUANTITY` (number words, signs of letters, "a", "half"); or with a
/// hyphened word whose first part is a number word or an ordinal ("two-hour",
/// "twenty-five", "two-thirds", "third-largest"). Most words asked ("the", "at", "as",
/// "more") are none of these, and are spared the dozens of tests.
fn may_open(w: &str) -> bool {
    let bytes = w.as_bytes();
    let Some(&first) = bytes.first() else {
        return false;
    };
    if !first.is_ascii_alphabetic() || bytes.iter().any(u8::is_ascii_digit) {
        return true;
    }
    match split_at_hyphen(w) {
        Some((head, _)) => kinds(Some(&head)) & (NUMBER | ORDINAL) != 0,
        None => kinds(Some(&w)) & OPENS_QUANTITY != 0,
    }
}

/// Money, percentages, durations, quantities and plain numbers starting at `i`.
pub(super) fn quantity_at(words: &[&str], i: usize) -> Option<(usize, Label)> {
    let w = *words.get(i)?;
    if !may_open(w) {
        return None;
    }
    if let Some(label) = hyphenated_measure(w) {
        return Some((i + 1, label));
    }
    if ranked_superlative(w).is_some() {
        return Some((i + 1, Label::Ordinal));
    }
    // Glued money holds a digit (its amount opens with one): a word without one, as most
    // are, is spared the tests and the look at the next word's scale.
    if w.bytes().any(|b| b.is_ascii_digit()) {
        let scale_next = kinds(words.get(i + 1)) & SCALE != 0;
        if is_glued_money(w) || is_scaled_glued_money(w, scale_next) {
            let end = if scale_next { i + 2 } else { i + 1 };
            return Some((end, Label::Money));
        }
    }
    // "$A1.2 billion", "$NZ40": the country's letters after the sign stay on the number.
    if w == "$" {
        let next = words.get(i + 1).copied().unwrap_or("");
        let amount = DOLLAR_COUNTRIES
            .iter()
            .any(|c| next.strip_prefix(c).is_some_and(is_digit_number));
        if amount {
            let end = if kinds(words.get(i + 2)) & SCALE != 0 {
                i + 3
            } else {
                i + 2
            };
            return Some((end, Label::Money));
        }
    }
    // No currency symbol starts with a digit or a lowercase letter, as most words here do.
    let symbol_like = !w.starts_with(|c: char| c.is_ascii_digit() || c.is_ascii_lowercase());
    if symbol_like && w.len() <= LONGEST_SYMBOL && is_exact(words.get(i), CURRENCY_SYMBOLS) {
        let end = number_phrase(words, i + 1)?;
        return Some((end, Label::Money));
    }
    // "KSh 1.8bn", "R 12 billion": a sign that counts only with a scale, written apart.
    if symbol_like && w.len() <= 3 && is_exact(words.get(i), SCALED_ONLY_SYMBOLS) {
        if let Some(end) = scaled_amount(words, i + 1) {
            return Some((end, Label::Money));
        }
    }
    // "US$5m", "C$4.5 million": the tokenizer splits the country letters from the sign.
    // (The sign first: it rules out nearly every word in one comparison.)
    if words.get(i + 1) == Some(&"$") && is_exact(Some(&w), DOLLAR_COUNTRIES) {
        let end = number_phrase(words, i + 2)?;
        return Some((end, Label::Money));
    }
    if is_score(w) {
        return Some((i + 1, Label::Cardinal));
    }
    // "10:30" arrives as three tokens, and "9:10am" too, its suffix glued to the minutes.
    if is_digit_number(w) && w.len() <= 2 && words.get(i + 1) == Some(&":") {
        let minutes = words.get(i + 2).copied().unwrap_or("");
        let two_digits = |m: &str| m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit());
        let suffixed = minutes.len() == 4
            && minutes.get(..2).is_some_and(two_digits)
            && matches!(minutes.get(2..), Some(s) if s.eq_ignore_ascii_case("am") || s.eq_ignore_ascii_case("pm"));
        if suffixed {
            return Some((i + 3, Label::Time));
        }
        if two_digits(minutes) {
            return Some((past_clock_suffix(words, i + 3), Label::Time));
        }
    }
    if let Some(found) = glued_at(words, i) {
        return Some(found);
    }
    if w.len() > 1 && w.ends_with('%') && is_digit_number(&w[..w.len() - 1]) {
        return Some((i + 1, Label::Percent));
    }
    if is_clock(w) {
        return Some((past_clock_suffix(words, i + 1), Label::Time));
    }
    if let Some(a) = a_unit(words, i).or_else(|| fraction(words, i)) {
        return Some(a);
    }
    let end = number_phrase(words, i)?;
    let next = words.get(end);
    // Which lists hold the next word, in one look-up.
    let kind = kinds(next);
    if kind & PERCENT != 0 {
        // "one percentage point", "50 basis points"... "percentage points" is one unit.
        let extra = usize::from(is(words.get(end + 1), &["points", "point"]));
        return Some((end + 1 + extra, Label::Percent));
    }
    if is(next, &["per"]) && is(words.get(end + 1), &["cent"]) {
        return Some((end + 2, Label::Percent));
    }
    if kind & CURRENCY != 0 {
        if end == i + 1 && is_weight_in_pounds(words, i) {
            return Some((end + 1, Label::Quantity));
        }
        return Some((end + 1, Label::Money));
    }
    // "2.3 billion Swiss francs", "5 million Hong Kong dollars".
    let capital = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
    };
    if capital(end) {
        if kinds(words.get(end + 1)) & CURRENCY != 0 {
            return Some((end + 2, Label::Money));
        }
        if capital(end + 1) && kinds(words.get(end + 2)) & CURRENCY != 0 {
            return Some((end + 3, Label::Money));
        }
    }
    if kind & CLOCK != 0 && end == i + 1 && is_digit_number(w) {
        return Some((end + 1, Label::Time));
    }
    // "three days ago", "a year later"; but "two hours after a package was found": "after"
    // and "before" ahead of what they time are prepositions, not part of the period.
    let direction = || {
        let word = words.get(end + 1);
        let preposition = is(word, &["after", "before"])
            && words
                .get(end + 2)
                .is_some_and(|w| w.starts_with(char::is_alphanumeric));
        usize::from(kinds(word) & DIRECTION != 0 && !preposition)
    };
    // "three consecutive years", "a fifth straight month" counted in words.
    if is(next, &["consecutive", "straight", "successive"])
        && kinds(words.get(end + 1)) & DATE_UNIT != 0
    {
        return Some((end + 2, Label::Date));
    }
    // "700 light years from Earth": a distance, though its second word is a period's.
    if is(next, &["light"]) && is(words.get(end + 1), &["years", "year"]) {
        return Some((end + 2, Label::Quantity));
    }
    if kind & TIME_UNIT != 0 {
        return Some((end + 1 + direction(), Label::Time));
    }
    if kind & DATE_UNIT != 0 {
        return Some((end + 1 + direction(), Label::Date));
    }
    // "480,000 metric tons", "140 nautical miles".
    if is(next, &["metric", "nautical"]) && kinds(words.get(end + 1)) & QUANTITY_UNIT != 0 {
        return Some((end + 2, Label::Quantity));
    }
    // "cut by 25 basis points": a measure of a rate, with its unit (as spaCy reads it).
    if is(next, &["basis"]) && is(words.get(end + 1), &["points", "point"]) {
        return Some((end + 2, Label::Quantity));
    }
    // "12 points down", "six points clear at the top", "the Dow fell 100 points": points,
    // of a game, a table or an index, are a count, and OntoNotes labels the number alone a
    // CARDINAL (as spaCy's OntoNotes model does).
    if is(next, &["points", "point"]) {
        return Some((end, Label::Cardinal));
    }
    if kind & QUANTITY_UNIT != 0 {
        // "155 km per hour", "400,000 barrels per day": a rate is one quantity.
        let per = [
            "hour", "second", "minute", "day", "week", "month", "year", "annum",
        ];
        if is(words.get(end + 1), &["per"]) && is(words.get(end + 2), &per) {
            return Some((end + 3, Label::Quantity));
        }
        // "9,000 sq km", "40 square miles", "3 cubic metres": a measure word and its unit.
        let measure =
            is(next, &["sq", "square", "cubic"]) && kinds(words.get(end + 1)) & QUANTITY_UNIT != 0;
        // "49.2 degrees Celsius": the scale belongs to the degrees.
        let scale = is(next, &["degrees"])
            && is(
                words.get(end + 1),
                &["Celsius", "Fahrenheit", "centigrade", "C", "F"],
            );
        return Some((end + 1 + usize::from(measure || scale), Label::Quantity));
    }
    if end == i + 1 && (is_year(w) || is_past_year(words, i)) {
        return Some((end, Label::Date));
    }
    Some((end, Label::Cardinal))
}

/// People and things counted in millions after a glued "m", which else reads as metres ("a
/// 60m yacht", "the 400m hurdles").
const COUNTED_IN_MILLIONS: &[&str] = &[
    "people",
    "pensioners",
    "households",
    "homes",
    "families",
    "children",
    "adults",
    "users",
    "customers",
    "subscribers",
    "viewers",
    "listeners",
    "readers",
    "visitors",
    "passengers",
    "voters",
    "workers",
    "jobs",
    "patients",
    "students",
    "copies",
    "downloads",
    "streams",
    "tickets",
    "members",
    "followers",
    "accounts",
    "shares",
];

/// Words before a model's number.
const MODEL_WORDS: &[&str] = &["series", "model", "version", "type", "mark", "class", "no"];

/// A number with a glued suffix at `i`: "40m euros" and "5p" are money, bare "60m" and "5km"
/// quantities ("6ft 2in" is one), "6am" a time. Scales without money stay counts.
fn glued_at(words: &[&str], i: usize) -> Option<(usize, Label)> {
    let w = *words.get(i)?;
    let kind = suffix_of(w)?;
    let next = words.get(i + 1);
    Some(match kind {
        Suffix::Scale if kinds(next) & CURRENCY != 0 => (i + 2, Label::Money),
        // "4m tonnes", "1.2bn barrels": a scaled count of a unit.
        Suffix::Scale if kinds(next) & QUANTITY_UNIT != 0 => (i + 2, Label::Quantity),
        // "12.5m pensioners", "3m viewers": millions of people or things counted.
        Suffix::Scale if w.ends_with('m') && is(next, COUNTED_IN_MILLIONS) => {
            (i + 1, Label::Cardinal)
        }
        Suffix::Scale if w.ends_with('m') => (i + 1, Label::Quantity),
        Suffix::Scale => (i + 1, Label::Cardinal),
        // "series 3c", "Model 5c": a cent's "c" closes model numbers too.
        Suffix::Pence if w.ends_with('c') && i > 0 && is(words.get(i - 1), MODEL_WORDS) => {
            return None
        }
        Suffix::Pence => (i + 1, Label::Money),
        Suffix::Percent => (i + 1, Label::Percent),
        Suffix::Unit => {
            let more = next.is_some_and(|n| suffix_of(n) == Some(Suffix::Unit));
            (i + 1 + usize::from(more), Label::Quantity)
        }
        // "10pm tonight" is one time.
        Suffix::Clock => (i + 1 + usize::from(is(next, &["tonight"])), Label::Time),
        Suffix::Ordinal => return None,
    })
}

/// "a day earlier", "an hour later", "half a stone lighter".
pub(super) fn a_unit(words: &[&str], i: usize) -> Option<(usize, Label)> {
    if is(words.get(i), &["half"]) && is(words.get(i + 1), &["a", "an"]) {
        return a_unit(words, i + 1).filter(|m| m.1 == Label::Quantity);
    }
    if !is(words.get(i), &["a", "an"]) {
        return None;
    }
    // "for the first time in a decade", "within a week", "spent a fortnight": a period after a
    // preposition of time or a verb of how long.
    // ("for about an hour", "lasted nearly a year": a modifier may stand between.)
    let period_lead = i > 0 && is(words.get(i - 1), PERIOD_LEADS_OF_A)
        || i > 1
            && is(words.get(i - 1), PERIOD_MODIFIERS)
            && is(words.get(i - 2), PERIOD_LEADS_OF_A);
    // "more than a foot of snow", "a mile away": one unit of a measure.
    let before = i > 0 && is(words.get(i - 1), &["than", "nearly", "almost", "about"]);
    let after = is(words.get(i + 2), UNIT_MEASURES);
    // ("a pound inside the limit" is a weight: only a word of measuring after makes the
    // pound one, as "more than a pound" is money.)
    let pound = after && is(words.get(i + 1), &["pound"]) && !is(words.get(i + 2), &["of"]);
    if (before || after) && is(words.get(i + 1), ONE_UNITS) || pound {
        return Some((i + 2, Label::Quantity));
    }
    // "for a second term", "for a second Gaelic school": "second" counts what follows, it
    // times nothing ("for a second I thought" times).
    let counts_next = is(words.get(i + 1), &["second"])
        && words.get(i + 2).is_some_and(|w| {
            w.starts_with(char::is_alphabetic) && *w != "I" && !is(Some(w), DIRECTION_AFTER)
        });
    // ("for an hour after the crash": "after" before what it times is a preposition; "a year
    // before and ...", "from a year before to ...": one ending its clause is an adverb.)
    let preposition = is(words.get(i + 2), &["after", "before"])
        && words.get(i + 3).is_some_and(|w| {
            w.starts_with(char::is_alphanumeric) && !matches!(*w, "and" | "but" | "or" | "to")
        });
    if period_lead && !counts_next && !is(words.get(i + 2), &["of"]) {
        let extra = usize::from(is(words.get(i + 2), DIRECTION_AFTER) && !preposition);
        // "for an hour", "within a minute": OntoNotes times a period shorter than a day.
        if kinds(words.get(i + 1)) & DATE_UNIT != 0 {
            return Some((i + 2 + extra, Label::Date));
        }
        if kinds(words.get(i + 1)) & TIME_UNIT != 0 {
            return Some((i + 2 + extra, Label::Time));
        }
    }
    if !is(words.get(i + 2), DIRECTION_AFTER) {
        return None;
    }
    // "a day later"; "an hour before the polls closed" times the hour alone.
    let end = if preposition { i + 2 } else { i + 3 };
    if kinds(words.get(i + 1)) & DATE_UNIT != 0 {
        Some((end, Label::Date))
    } else if kinds(words.get(i + 1)) & TIME_UNIT != 0 {
        Some((end, Label::Time))
    } else {
        None
    }
}

/// The end of a clock ending at `end`, past its suffix if one follows ("10:30 am", "0930 GMT").
fn past_clock_suffix(words: &[&str], end: usize) -> usize {
    end + usize::from(kinds(words.get(end)) & CLOCK != 0)
}

/// Words after "a" and a unit that make it a measure: "a foot of snow", "a mile away", "a
/// pound inside the limit".
const UNIT_MEASURES: &[&str] = &[
    "of", "away", "long", "high", "wide", "deep", "heavier", "lighter", "inside", "under", "over",
    "above", "below",
];

/// Words before "a" and a unit that make it a period: prepositions of time and verbs of how
/// long something takes.
const PERIOD_LEADS_OF_A: &[&str] = &[
    "in", "for", "within", "than", "over", "spent", "spend", "spends", "spending", "lasted",
    "lasts", "lasting", "last", "took", "take", "takes", "taking", "waited", "wait",
];

/// Modifiers of a period between its lead and "a": "for about an hour".
const PERIOD_MODIFIERS: &[&str] = &["about", "nearly", "almost", "around", "roughly", "just"];

/// Units that "a" or "an" counts as one ("a foot of snow", "a mile away", "a stone heavier").
const ONE_UNITS: &[&str] = &[
    "stone",
    "foot",
    "mile",
    "metre",
    "meter",
    "yard",
    "inch",
    "kilometre",
    "kilometer",
    "tonne",
    "litre",
    "liter",
    "gallon",
    "acre",
    "hectare",
    "kilogram",
];

/// "a 12-mile stretch", "a 40-tonne lorry", "a 34-year-old man", "10-year gilts", "a two-hour
/// delay": a count joined to its unit is a QUANTITY, a DATE (ages and terms) or a TIME.
fn hyphenated_measure(w: &str) -> Option<Label> {
    let (count, unit) = split_at_hyphen(w)?;
    let counted = is_digit_number(count) || (is_number_word(count) && !count.contains('-'));
    if !counted || unit.is_empty() {
        return None;
    }
    let unit = unit.strip_suffix("-old").unwrap_or(unit);
    // "three-quarters of the vote" is a part (`fraction`), not a run of quarters of the year.
    if unit.eq_ignore_ascii_case("quarters") {
        return None;
    }
    if kinds(Some(&unit)) & QUANTITY_UNIT != 0 && !matches!(unit, "sq" | "square" | "cubic") {
        Some(Label::Quantity)
    } else if kinds(Some(&unit)) & DATE_UNIT != 0 {
        Some(Label::Date)
    } else if kinds(Some(&unit)) & TIME_UNIT != 0 {
        Some(Label::Time)
    } else {
        None
    }
}

/// "third-largest", "second-biggest": where the rank ends in the word (in bytes), when a rank
/// word opens it and a superlative closes it.
pub(in crate::entities) fn ranked_superlative(w: &str) -> Option<usize> {
    let (rank, rest) = split_at_hyphen(w)?;
    let ranked = ORDINALS.iter().any(|o| o.eq_ignore_ascii_case(rank))
        && rest.len() > 3
        && RANKED_SUPERLATIVE_ENDS.iter().any(|e| rest.ends_with(e));
    ranked.then_some(rank.len())
}

/// Whether the name `a..b` is a temperature's scale after "degrees" ("40 degrees Celsius"),
/// which the tagger may take for a name: the scale belongs to the quantity.
pub(in crate::entities) fn scale_after_degrees(words: &[&str], a: usize, b: usize) -> bool {
    b == a + 1
        && a > 0
        && is(words.get(a - 1), &["degrees", "degree"])
        && matches!(words[a], "Celsius" | "Fahrenheit" | "Centigrade" | "Kelvin")
}

/// "stuck for hours", "the worst storm in decades", "within weeks": a period with no count,
/// after "for", "in", "within" or "over".
pub(super) fn bare_period(words: &[&str], i: usize) -> Option<(usize, Label)> {
    let lead = i.checked_sub(1).and_then(|p| words.get(p));
    if !is(lead, &["for", "in", "within", "over"]) || is(words.get(i + 1), &["of"]) {
        return None;
    }
    let w = words.get(i);
    if is(w, &BARE_UNITS[..2]) {
        Some((i + 1, Label::Time))
    } else if is(w, &BARE_UNITS[2..]) {
        Some((i + 1, Label::Date))
    } else {
        None
    }
}

/// Counts of parts: "a third", "two fifths"; "a quarter" only before "of", being also a
/// quarter of the year.
const FRACTIONS: &[&str] = &[
    "third", "thirds", "fifth", "fifths", "sixth", "sixths", "tenth", "tenths", "quarter",
    "quarters",
];

/// "cut by a fifth", "two thirds of voters": a fraction is a CARDINAL, not an ordinal. So are
/// "two-thirds" in one word and "half" of something ("half of the staff", "cut by half").
fn fraction(words: &[&str], i: usize) -> Option<(usize, Label)> {
    let w = *words.get(i)?;
    // Most expressions start with a digit; a fraction never does.
    if w.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // ("one-third", "two-thirds": a count word opens them, and only then is the hyphen
    // looked for.)
    let count_letter = matches!(
        w.as_bytes().first().map(|b| b | 0x20),
        Some(b'o' | b't' | b'f')
    );
    // (Searched for only then: `filter` would search every word first.)
    if let Some((count, part)) = count_letter.then(|| w.split_once('-')).flatten() {
        let counted = is(Some(&count), &["one", "two", "three", "four"]);
        let part = FRACTIONS.iter().any(|f| f.eq_ignore_ascii_case(part)) || part == "half";
        return (counted && part).then_some((i + 1, Label::Cardinal));
    }
    if is(Some(&w), &["half"]) {
        // "the bottom half of the table", "one half of the duo": a side, not a count.
        let side = i > 0 && is(words.get(i - 1), HALF_SIDES);
        let of = is(words.get(i + 1), &["of"]) && !side;
        // "cut by half.": the whole of what was cut; "by half an hour" is a period.
        let by_half = i > 0
            && is(words.get(i - 1), &["by"])
            && words
                .get(i + 1)
                .is_none_or(|n| !n.starts_with(char::is_alphanumeric));
        return (of || by_half).then_some((i + 1, Label::Cardinal));
    }
    let count = is(words.get(i), &["a", "one", "two", "three", "four"]);
    let part = words
        .get(i + 1)
        .filter(|w| FRACTIONS.iter().any(|f| f.eq_ignore_ascii_case(w)))?;
    let quarter = part.to_ascii_lowercase().starts_with("quarter");
    // "a third day", "a fifth straight win", "a third Patriot system": before a name or a
    // word that is not one of these, "a third" counts the day, it is no part.
    let counted = is(words.get(i), &["a"])
        && words.get(i + 2).is_some_and(|w| {
            let lower = w.starts_with(|c: char| c.is_lowercase());
            let name = w.starts_with(|c: char| c.is_uppercase())
                && w.chars().skip(1).any(char::is_lowercase);
            lower && !is(Some(w), AFTER_PART) || name
        })
        // "a fifth and final season": a rank, with the last one.
        || is(words.get(i + 2), &["and", "or"]) && is(words.get(i + 3), &["final", "last"]);
    (count && !counted && (!quarter || is(words.get(i + 2), &["of"])))
        .then_some((i + 2, Label::Cardinal))
}

/// Words before "half" that make it a side or a part of something, not a count.
const HALF_SIDES: &[&str] = &[
    "the", "a", "one", "other", "bottom", "top", "lower", "upper", "opposite", "first", "second",
    "back", "front", "better", "latter", "former", "northern", "southern", "eastern", "western",
    "this", "that", "each", "either", "his", "her", "their", "its",
];

/// Words that may follow a part ("a third of", "a third were"), where "a third" is a count.
const AFTER_PART: &[&str] = &[
    "of", "in", "on", "to", "from", "were", "was", "are", "is", "said", "say", "have", "had",
    "and", "or", "than", "more", "less", "fewer", "since", "by", "at", "for", "with", "who",
    "that", "which", "will", "would", "could", "fell", "rose",
];

/// "10:30", "9.30" is too ambiguous, so only colon times.
pub(super) fn is_clock(w: &str) -> bool {
    // The hour's digits open the word: most words are spared the search for the colon.
    if !starts_with_digit(w) {
        return false;
    }
    match w.split_once(':') {
        Some((h, m)) => {
            (1..=2).contains(&h.len())
                && m.len() == 2
                && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
        }
        None => false,
    }
}

/// Words of weighing before a weight: "weighed 8 pounds", "lost 40 pounds".
const WEIGHING: &[&str] = &[
    "weigh", "weighs", "weighed", "weighing", "lost", "lose", "losing", "gained", "gain", "shed",
];

/// What a sum in pounds buys or is made of, after "pounds of": "50 pounds of their money".
const MONEY_OF: &[&str] = &[
    "money",
    "cash",
    "funding",
    "investment",
    "taxpayers",
    "public",
    "savings",
    "debt",
    "spending",
    "revenue",
    "profit",
    "damage",
    "goods",
    "shares",
    "stock",
];

/// Whether "pounds" after the plain number at `i` is a weight, as American copy writes it:
/// "12 pounds of methamphetamine", "weighed 8 pounds", "40 pounds lighter". A number with a
/// scale ("50 million pounds") and a sum of money ("200 pounds a month") stay money.
fn is_weight_in_pounds(words: &[&str], i: usize) -> bool {
    if !is(words.get(i + 1), &["pound", "pounds"]) {
        return false;
    }
    let of_goods = is(words.get(i + 2), &["of"])
        && words
            .get(i + 3)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
        && !is(words.get(i + 3), MONEY_OF);
    let weighed = (i.saturating_sub(2)..i).any(|k| is(words.get(k), WEIGHING));
    let compared = is(words.get(i + 2), &["heavier", "lighter", "overweight"]);
    of_goods || weighed || compared
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_currency_symbol_starts_with_a_digit_or_lowercase() {
        for symbol in CURRENCY_SYMBOLS {
            assert!(!symbol.starts_with(|c: char| c.is_ascii_digit() || c.is_ascii_lowercase()));
        }
    }

    #[test]
    fn quantities_open_only_where_may_open_lets_them() {
        // No sign or country holds a hyphen, so a hyphened word opens only by its first
        // part; every word of the openers' lists is let through, in either case.
        for w in [
            NUMBER_WORDS,
            CURRENCY_SYMBOLS,
            SCALED_ONLY_SYMBOLS,
            DOLLAR_COUNTRIES,
        ]
        .concat()
        {
            assert!(!w.contains('-'), "{w}");
            assert!(may_open(w) && may_open(&w.to_ascii_lowercase()), "{w}");
            assert!(may_open(&w.to_ascii_uppercase()), "{w}");
        }
        for w in [
            "a",
            "An",
            "half",
            "tens",
            "two-hour",
            "Third-largest",
            "twenty-five",
        ] {
            assert!(may_open(w), "{w}");
        }
        for w in ["$", "£", "1,200", "US$5m", "R14-million", "10:30", "5%"] {
            assert!(may_open(w), "{w}");
        }
        for w in ["the", "at", "as", "more", "e-mail", "Friday", "first", ""] {
            assert!(!may_open(w), "{w}");
        }
    }

    #[test]
    fn signs_that_need_a_scale_cents_or_thousands() {
        for w in ["R9.2bn", "N1,600", "R243.10", "KSh3bn", "N12,500"] {
            assert!(is_scaled_glued_money(w, false), "{w}");
        }
        for w in ["N1", "R2", "N95", "N1,60", "Sh5"] {
            assert!(!is_scaled_glued_money(w, false), "{w}");
        }
    }

    #[test]
    fn number_word_prefilter_admits_every_entry() {
        // `in_number_words` rejects tokens not starting with an ASCII letter.
        assert!(NUMBER_WORDS
            .iter()
            .all(|w| w.bytes().all(|b| b.is_ascii_alphabetic())));
        assert!(NUMBER_WORDS.iter().all(|w| is_number_word(w)));
        assert!(is_number_word("Twenty-FIVE"));
        assert!(!is_number_word("1,200") && !is_number_word("") && !is_number_word("-"));
    }
}
