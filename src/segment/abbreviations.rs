//! Abbreviations that keep their period as part of the word ("Mr.", "Sept.", "Corp."), and
//! the ones that may also end a sentence ("U.S.", "Inc.").

use crate::packed::{pack_lower, PackedTable};
use std::sync::LazyLock;

/// Words written with a period that do not end a sentence by themselves (lower-cased, no
/// period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt",
    "cpl", "pvt", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "det", "insp", "amb", "sr",
    "jr", "st", "mt", "ft", "ave", "blvd", "rd", "no", "nos", "vol", "pp", "vs", "etc", "inc",
    "corp", "co", "ltd", "llc", "plc", "bros", "dept", "univ", "assn", "est", "approx", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
    "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "ala", "ariz", "ark", "calif", "colo",
    "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md", "mass", "mich",
    "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt",
    "wash", "wis", "wyo", "e.g", "i.e", "cf", "al", "fig", "op", "ed", "eds",
    // A court case's "v." ("Roe v. Wade").
    "v",
];

/// Abbreviations that often stand at the end of a sentence, so a period after them ends one
/// when a typical sentence opener follows.
const SENTENCE_FINAL: &[&str] = &[
    "inc", "corp", "co", "ltd", "llc", "plc", "jr", "sr", "etc", "bros",
];

/// `ABBREVIATIONS` packed (`crate::packed`): the tokenizer asks about every word before a
/// period, and one probe replaces a comparison with each abbreviation.
static PACKED: LazyLock<PackedTable<()>> =
    LazyLock::new(|| PackedTable::set_of(ABBREVIATIONS.iter().copied(), pack_lower));

/// Builds the abbreviation table now rather than on first use (see `crate::warm_up`).
pub(crate) fn warm_up() {
    LazyLock::force(&PACKED);
}

/// Is `word` (without its period) an abbreviation that takes a period?
pub fn takes_period(word: &str) -> bool {
    if word.is_empty() || word.len() > 6 {
        return false;
    }
    // Both sides ASCII-lowercased: equal keys are what `eq_ignore_ascii_case` compares equal.
    pack_lower(word.as_bytes()).is_some_and(|key| PACKED.get(key).is_some())
}

/// Can a period after `token` (which includes the period) end a sentence?
pub fn may_end_sentence(token: &str) -> bool {
    let word = token.trim_end_matches('.');
    // Initialisms with inner periods ("U.S.", "a.m.") often end sentences.
    if word.contains('.') {
        return true;
    }
    SENTENCE_FINAL.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// Words that typically open a sentence, used to decide whether "U.S." ends one.
pub fn is_sentence_opener(word: &str) -> bool {
    matches!(
        word,
        "The"
            | "A"
            | "An"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "You"
            | "But"
            | "And"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "His"
            | "Her"
            | "Their"
            | "Its"
            | "Our"
            | "There"
            | "In"
            | "On"
            | "At"
            | "For"
            | "If"
            | "When"
            | "While"
            | "After"
            | "Before"
            | "As"
            | "Some"
            | "Many"
            | "Most"
            | "Other"
            | "Officials"
            | "Mr."
            | "Mrs."
            | "Ms."
            | "Dr."
    )
}
