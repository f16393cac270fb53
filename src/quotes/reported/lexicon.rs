//! The cue lexicon of reported speech: which words can introduce reported content. Two
//! sources, both permissive: the speech verbs of `super::super::cues` (the cues of direct
//! quotes, which may take a bare clause: "said the tax would rise"), and the long tail of
//! reporting verbs from WordNet (`data/reporting_verbs.txt`, made by
//! `scripts/make_reporting_verbs.py`: verbs of communication and cognition that take a
//! that-clause), which count only before "that" ("warned that", "believes that"); and the
//! hand-written verbs of belief and finding that report a bare clause
//! (`data/reporting_cues_bare.txt`: "believe", "shows", "found").

use crate::packed::{lowercase_packed, pack, PackedTable};
use crate::quotes::cues::{is_according, is_speech_verb, SPEECH_VERBS};
use foldhash::{HashSet, HashSetExt};
use std::sync::LazyLock;

static REPORTING_VERBS_TXT: &str = include_str!("../../../data/reporting_verbs.txt");

static BARE_CLAUSE_TXT: &str = include_str!("../../../data/reporting_cues_bare.txt");

/// The words of a word-list file: the first field of each line, comments skipped.
fn word_set(text: &'static str, capacity: usize) -> HashSet<&'static str> {
    let mut set = HashSet::with_capacity(capacity);
    for line in text.lines() {
        if let Some(word) = line
            .split_whitespace()
            .next()
            .filter(|w| !w.starts_with('#'))
        {
            set.insert(word);
        }
    }
    set
}

/// The hand-written bare-clause verbs of belief and finding.
static BARE_CLAUSE_VERBS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(BARE_CLAUSE_TXT, 64));

/// The WordNet reporting verbs, lower-case, all inflections.
static REPORTING_VERBS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(REPORTING_VERBS_TXT, 2048));

/// The class of every cue word (`cue_class`'s order: speech verbs, then the bare-clause verbs,
/// then the reporting verbs) by its exact packed bytes (`crate::packed`): a word of up to 16
/// bytes with no capital is classed with one probe instead of three look-ups.
static PACKED_CLASSES: LazyLock<PackedTable<Option<CueClass>>> = LazyLock::new(|| {
    let mut table: PackedTable<Option<CueClass>> =
        PackedTable::with_capacity(REPORTING_VERBS.len() + 512);
    let classed = SPEECH_VERBS
        .iter()
        .map(|w| (*w, CueClass::Speech))
        .chain(BARE_CLAUSE_VERBS.iter().map(|w| (*w, CueClass::BareClause)))
        .chain(REPORTING_VERBS.iter().map(|w| (*w, CueClass::ThatClause)));
    for (word, class) in classed {
        if let Some(key) = pack(word.as_bytes()) {
            table.entry(key).get_or_insert(class);
        }
    }
    table.spread()
});

/// A filter on a word's length and first and last bytes, each byte folded to five bits as
/// `fold` folds it: a bit for each cue word's triple, so a word whose triple holds no bit is no
/// cue. Nearly two in three lowercase words of news copy show it without being packed and
/// looked up (`cue_class` asks of every token).
static ENDS: LazyLock<Box<[[u32; 32]; 32]>> = LazyLock::new(|| {
    let mut ends = Box::new([[0; 32]; 32]);
    let words = SPEECH_VERBS
        .iter()
        .chain(BARE_CLAUSE_VERBS.iter())
        .chain(REPORTING_VERBS.iter());
    for w in words {
        if let (Some(&first), Some(&last)) = (w.as_bytes().first(), w.as_bytes().last()) {
            ends[w.len() & 31][fold(first)] |= 1 << fold(last);
        }
    }
    ends
});

/// A byte's low five bits after setting its case bit (an ASCII letter folds alike in either
/// case, so the filter also holds for words compared without case).
#[inline(always)]
fn fold(b: u8) -> usize {
    ((b | 0x20) & 31) as usize
}

/// Whether `ENDS` leaves the word possibly a cue.
#[inline(always)]
fn may_be_cue(bytes: &[u8]) -> bool {
    let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
        return true;
    };
    ENDS[bytes.len() & 31][fold(first)] & (1 << fold(last)) != 0
}

/// How a word may open a reported clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueClass {
    /// A verb of saying: takes a bare clause or stands after its content ("..., she said").
    Speech,
    /// "according" of "according to".
    According,
    /// A verb of belief or finding: a bare clause or a that-clause, never after its content.
    BareClause,
    /// A WordNet reporting verb: only with a that-clause.
    ThatClause,
}

/// The class of `word` as a cue, if any. Words must be lower-case: "Says" opening a headline
/// and "Warner" are no cues, and a capitalised verb at a sentence start rarely reports.
///
/// Inlined up to the filter, which rules out most words in fewer instructions than a call
/// costs (the quote finder asks of every token); the look-ups are out of line.
#[inline(always)]
pub fn cue_class(word: &str) -> Option<CueClass> {
    if is_according(word) {
        return Some(CueClass::According);
    }
    if !word.starts_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    // Most words are no cue, which a few instructions show before any packing or look-up. (A
    // word some list holds in any case passes: the filter folds case.)
    if !may_be_cue(word.as_bytes()) {
        return None;
    }
    listed_class(word)
}

/// `cue_class` of a lowercase word that the filter passes.
#[inline(never)]
fn listed_class(word: &str) -> Option<CueClass> {
    // Without a capital the word is its own lowercase form, so the three tests below come
    // to whether its exact bytes are listed (nearly every word goes this way).
    // (A word packs to its lowercase packing iff it has no ASCII capital.)
    if let Some(key) = pack(word.as_bytes()) {
        if lowercase_packed(key) == key {
            return PACKED_CLASSES.get(key).flatten();
        }
    }
    if is_speech_verb(word) {
        return Some(CueClass::Speech);
    }
    if BARE_CLAUSE_VERBS.contains(word) {
        return Some(CueClass::BareClause);
    }
    REPORTING_VERBS
        .contains(word)
        .then_some(CueClass::ThatClause)
}

/// Builds the verb tables now rather than on first use (see `crate::warm_up`).
pub(super) fn warm_up() {
    LazyLock::force(&BARE_CLAUSE_VERBS);
    LazyLock::force(&REPORTING_VERBS);
    LazyLock::force(&PACKED_CLASSES);
    LazyLock::force(&ENDS);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cue_word_passes_the_filter() {
        let words = SPEECH_VERBS
            .iter()
            .chain(BARE_CLAUSE_VERBS.iter())
            .chain(REPORTING_VERBS.iter());
        for w in words {
            assert!(may_be_cue(w.as_bytes()), "{w}");
            assert!(
                cue_class(w).is_some() || !w.starts_with(|c: char| c.is_ascii_lowercase()),
                "{w}"
            );
        }
        assert!(!may_be_cue(b"the"));
    }

    #[test]
    fn classes() {
        assert_eq!(cue_class("said"), Some(CueClass::Speech));
        assert_eq!(cue_class("according"), Some(CueClass::According));
        assert_eq!(cue_class("believes"), Some(CueClass::BareClause));
        assert_eq!(cue_class("reckons"), Some(CueClass::ThatClause));
        assert_eq!(cue_class("suspects"), Some(CueClass::ThatClause));
        assert_eq!(cue_class("table"), None);
        assert_eq!(cue_class("Believes"), None);
        assert_eq!(cue_class("saId"), Some(CueClass::Speech));
        assert_eq!(cue_class("a-very-long-word-indeed"), None);
    }
}
