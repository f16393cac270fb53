//! Which of the number rules' word lists hold a word, in one hashed look-up. The rules ask of
//! the word after every number whether it is a percent word, a currency, a unit of time, date
//! or quantity, a clock suffix or a direction ("ago"), and of many words whether they are
//! number words; asked list by list, that was some two hundred comparisons per number.
//! Matching is ASCII-case-insensitive, as `is` compares.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::words::*;
use crate::entities::tagger::hash::lower_hash;
use crate::hashed::HashFilter;
use crate::packed::{pack_lower, PackedTable};

pub(super) const PERCENT: u16 = 1 << 0;
pub(super) const CURRENCY: u16 = 1 << 1;
pub(super) const TIME_UNIT: u16 = 1 << 2;
pub(super) const DATE_UNIT: u16 = 1 << 3;
pub(super) const QUANTITY_UNIT: u16 = 1 << 4;
pub(super) const CLOCK: u16 = 1 << 5;
pub(super) const DIRECTION: u16 = 1 << 6;
pub(super) const SCALE: u16 = 1 << 7;
pub(super) const NUMBER: u16 = 1 << 8;
pub(super) const ORDINAL: u16 = 1 << 9;
pub(super) const BARE_UNIT: u16 = 1 << 10;
/// The first word of one of `MODIFIERS` ("more" of "more than").
pub(super) const MODIFIER_FIRST: u16 = 1 << 11;
/// A word that can begin an expression; `find` skips every other word at once.
pub(super) const STARTER: u16 = 1 << 12;
/// A word of `PERIOD_LEADS` ("next", "past") or `PARTS_OF_PERIODS` ("end"): after an
/// article, the two lists `article_opens_nothing` asks about besides this table's others.
pub(super) const PERIOD_WORD: u16 = 1 << 13;
/// A word that begins only an uncounted period (`vague`): "recent", "several", "dusk"; and,
/// after "the", a part of the day ("the afternoon"), which an article opens only with a word
/// of some list.
pub(super) const VAGUE: u16 = 1 << 14;
/// A word `quantity_at` may open with that holds neither a digit nor a hyphen nor opens
/// with a sign: a number word, a currency sign of letters ("Rs", "CHF"), a dollar's country
/// ("US") and `QUANTITY_OPENING_WORDS`. (Marked without case, the signs' case aside: a
/// filter may pass more than the rules take.)
pub(super) const OPENS_QUANTITY: u16 = 1 << 15;

/// The words besides numbers and signs that open a quantity: "a" and "an" of a unit ("a mile
/// away") or a fraction ("a third"), "half" ("half a mile", "half of"), and "tens" ("tens of
/// thousands").
const QUANTITY_OPENING_WORDS: &[&str] = &["a", "an", "half", "tens"];

/// Words of `VAGUE`.
const VAGUE_WORDS: &[&str] = &[
    "recent",
    "several",
    "many",
    "some",
    "few",
    "couple",
    "dawn",
    "dusk",
    "daybreak",
    "nightfall",
    "morning",
    "afternoon",
    "evening",
    "night",
    "dying",
    "closing",
    "opening",
    "small",
];

/// The lists whose words can begin an expression, besides `STARTER_WORDS`, the modifiers'
/// first words and the bare units.
const STARTER_LISTS: [&[&str]; 11] = [
    DOLLAR_COUNTRIES,
    NUMBER_WORDS,
    ORDINALS,
    CURRENCY_SYMBOLS,
    SCALED_ONLY_SYMBOLS,
    WEEKDAYS,
    WEEKDAYS_RECURRING,
    MONTHS,
    RELATIVE_DAYS,
    RELATIVE_LEADS,
    SEASONS,
];

const STARTER_WORDS: &[&str] = &[
    "a",
    "an",
    "half",
    "the",
    "earlier",
    "later",
    "tonight",
    "overnight",
    "noon",
    "midnight",
    "midday",
    "fiscal",
    "financial",
    "early",
    "late",
    "mid",
    // "tens of thousands" (`number_phrase`), "shortly after 11pm" (`MODIFIERS`).
    "tens",
    "shortly",
];

/// The lists and their bits.
const LISTS: [(&[&str], u16); 13] = [
    (PERCENT_WORDS, PERCENT),
    (CURRENCY_WORDS, CURRENCY),
    (TIME_UNITS, TIME_UNIT),
    (DATE_UNITS, DATE_UNIT),
    (QUANTITY_UNITS, QUANTITY_UNIT),
    (CLOCK_SUFFIXES, CLOCK),
    (DIRECTION_AFTER, DIRECTION),
    (SCALES, SCALE),
    (NUMBER_WORDS, NUMBER),
    (ORDINALS, ORDINAL),
    (BARE_UNITS, BARE_UNIT),
    (PERIOD_LEADS, PERIOD_WORD),
    (PARTS_OF_PERIODS, PERIOD_WORD),
];

/// Longer than every entry: a longer word is in no list and needs no look-up.
const LONGEST: usize = 24;

type Keyed<K> = HashMap<K, u16, foldhash::fast::FixedState>;

/// Words of up to 16 bytes (nearly all) keyed by their lowercased bytes packed in a `u128`
/// (`crate::packed`), which hashes and compares in a few instructions; longer ones by their
/// bytes.
struct Table {
    short: PackedTable<u16>,
    long: Keyed<Box<[u8]>>,
    /// A filter on a word's length and its first and last bytes, each byte folded to five
    /// bits as `fold` folds it: a bit for each entry's triple, so a word whose triple holds no
    /// bit is in no list, which most words `find` asks about show without a look-up.
    ends: [[u32; 32]; 32],
    /// The `lower_hash`es of the entries marked `STARTER` or `VAGUE` (`may_start_hashed`).
    starters: HashFilter,
}

/// False only when no entry marked `STARTER` or `VAGUE` has this `lower_hash`: an ASCII
/// word of which that is the hash then has neither mark (`kinds` matches ASCII words by their
/// lowercase bytes, which are what their `lower_hash` hashes), and its look-up is spared.
#[inline(always)]
pub(super) fn may_start_hashed(lower: u64) -> bool {
    TABLE.starters.may_hold(lower)
}

/// A byte's low five bits after setting its case bit: an ASCII letter gives the same in
/// either case, so a word and the entry it matches case-insensitively fold alike.
#[inline(always)]
fn fold(b: u8) -> usize {
    ((b | 0x20) & 31) as usize
}

impl Table {
    /// Whether `ends` leaves the word possible; `bytes` holds 1 to `LONGEST` bytes.
    #[inline(always)]
    fn may_hold(&self, bytes: &[u8]) -> bool {
        let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
            return true;
        };
        self.ends[bytes.len() & 31][fold(first)] & (1 << fold(last)) != 0
    }
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let mut table = Table {
        short: PackedTable::with_capacity(512),
        long: Keyed::default(),
        ends: [[0; 32]; 32],
        starters: HashFilter::default(),
    };
    let firsts = MODIFIERS.iter().map(|m| (m[0], MODIFIER_FIRST | STARTER));
    let listed = LISTS
        .iter()
        .flat_map(|&(list, bit)| list.iter().map(move |w| (*w, bit)));
    let vague = VAGUE_WORDS.iter().map(|w| (*w, VAGUE));
    let quantity_openers = [
        NUMBER_WORDS,
        CURRENCY_SYMBOLS,
        SCALED_ONLY_SYMBOLS,
        DOLLAR_COUNTRIES,
        QUANTITY_OPENING_WORDS,
    ]
    .into_iter()
    .flatten()
    .map(|w| (*w, OPENS_QUANTITY));
    let starters = STARTER_LISTS
        .iter()
        .flat_map(|list| list.iter())
        .chain(STARTER_WORDS)
        .chain(BARE_UNITS)
        .map(|w| (*w, STARTER));
    let all = listed.chain(firsts).chain(starters).chain(vague);
    for (w, bit) in all.chain(quantity_openers) {
        if let (Some(&f), Some(&l)) = (w.as_bytes().first(), w.as_bytes().last()) {
            table.ends[w.len() & 31][fold(f)] |= 1 << fold(l);
        }
        if bit & (STARTER | VAGUE) != 0 {
            table.starters.insert(lower_hash(w));
        }
        match pack_lower(w.as_bytes()) {
            Some(key) => *table.short.entry(key) |= bit,
            None => {
                let key = w.to_ascii_lowercase().into_bytes().into_boxed_slice();
                *table.long.entry(key).or_default() |= bit;
            }
        }
    }
    table.short = table.short.spread();
    table
});

/// Builds the table now rather than on first use (see `crate::warm_up`).
pub(super) fn warm_up() {
    LazyLock::force(&TABLE);
}

/// The lists (bits above) holding the word; none past the sentence's end.
///
/// Inlined: the rules ask of most tokens several times, and most are ruled out by the filter
/// in a few instructions, fewer than a call costs; the look-up is out of line.
#[inline(always)]
pub(super) fn kinds(w: Option<&&str>) -> u16 {
    let Some(w) = w else { return 0 };
    let bytes = w.as_bytes();
    if bytes.is_empty() || bytes.len() > LONGEST || !TABLE.may_hold(bytes) {
        return 0;
    }
    listed_kinds(bytes)
}

/// `kinds` of a word of 1 to `LONGEST` bytes that the filter passes.
#[inline(never)]
fn listed_kinds(bytes: &[u8]) -> u16 {
    if let Some(key) = pack_lower(bytes) {
        return TABLE.short.get(key).unwrap_or(0);
    }
    let mut buf = [0u8; LONGEST];
    let low = &mut buf[..bytes.len()];
    low.copy_from_slice(bytes);
    low.make_ascii_lowercase();
    TABLE.long.get(&*low).copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::numeric::is;

    #[test]
    fn every_entry_fits_and_the_table_agrees_with_the_lists() {
        for (list, bit) in LISTS {
            for w in list {
                assert!(w.len() <= LONGEST, "{w}");
                assert!(kinds(Some(w)) & bit != 0, "{w}");
                let upper = w.to_ascii_uppercase();
                assert_eq!(
                    kinds(Some(&upper.as_str())) & bit != 0,
                    is(Some(&upper.as_str()), list)
                );
            }
        }
        for w in STARTER_LISTS
            .iter()
            .flat_map(|l| l.iter())
            .chain(STARTER_WORDS)
        {
            assert!(w.len() <= LONGEST && kinds(Some(w)) & STARTER != 0, "{w}");
        }
        // The openers of quantities are starters all: their bit adds no word to the table.
        for w in QUANTITY_OPENING_WORDS {
            assert!(STARTER_WORDS.contains(w), "{w}");
        }
        let long = "kilometres-per-hour-ish";
        assert_eq!(kinds(Some(&long)), 0);
        for m in MODIFIERS {
            assert!(m[0].len() <= LONGEST && kinds(Some(&m[0])) & MODIFIER_FIRST != 0);
        }
        assert_eq!(kinds(Some(&"company")), 0);
        assert_eq!(kinds(Some(&"Per-Cent")), kinds(Some(&"per-cent")));
        assert_eq!(
            pack_lower("ÉuroS".as_bytes()),
            pack_lower("Éuros".as_bytes())
        );
        assert_eq!(kinds(None), 0);
    }
}
