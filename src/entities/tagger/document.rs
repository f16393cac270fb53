//! Document-level evidence for the tagger: per-token facts computed once per story (token
//! hashes, word classes, lexicon marks), sentence-level casing cues that survive ALL-CAPS
//! headlines and sports tables, how each word is cased elsewhere in the story, and the history
//! of names already predicted earlier in the story (Ratinov & Roth 2009).

use std::collections::HashMap;
use std::ops::Range;

use super::clusters::{ClusterTable, WordClass};
use super::tags::{NameSpan, NameType};
use super::token::{TokenInfo, ALL_CAPS, ALL_LOWER, HAS_ALPHA, HAS_DIGIT, INIT_CAP};
use crate::entities::lexicon::{self, Marks};
use crate::packed::{pack, PackedTable};

/// Maps keyed by 64-bit word hashes and by words: foldhash with a fixed seed, fast on short
/// keys and the same in every process. Nothing depends on their iteration order.
pub type HashKeyed<V> = HashMap<u64, V, foldhash::fast::FixedState>;
pub type WordKeyed<K, V> = HashMap<K, V, foldhash::fast::FixedState>;

/// How a word is written elsewhere in the story, away from sentence starts and caps lines.
#[derive(Debug, Clone, Copy, Default)]
pub struct CaseEvidence {
    pub capitalised: u16,
    pub lowercase: u16,
}

impl CaseEvidence {
    /// A small class id: 0 unseen, 1 only capitalised, 2 only lowercase, 3 both.
    pub fn class(self) -> u64 {
        (self.capitalised > 0) as u64 | ((self.lowercase > 0) as u64) << 1
    }
}

/// Per-sentence cues.
#[derive(Debug, Clone, Copy, Default)]
pub struct SentenceCues {
    /// Most letters are capitals: a headline or a sports results line.
    pub all_caps: bool,
    /// Many tokens are numbers: a table row or results line.
    pub numeric: bool,
}

/// Everything about a story the features read, built once per story.
#[derive(Debug, Default)]
pub struct StoryContext {
    pub tokens: Vec<TokenInfo>,
    /// Each token's lowercase form hash (`TokenInfo::lower`), in a vector of their own: the
    /// lexicon marks read them sentence by sentence, and the tagger hands them to the rules.
    pub lowers: Vec<u64>,
    /// For each token, which distinct token string of the story it is (numbered by first
    /// occurrence): everything that depends on the string alone is computed once per kind.
    pub kinds: Vec<u32>,
    /// For each kind, the first token of that string.
    pub kind_first: Vec<u32>,
    pub classes: Vec<Option<WordClass>>,
    pub marks: Vec<Marks>,
    pub sentences: Vec<Range<usize>>,
    pub cues: Vec<SentenceCues>,
    /// For each token, which distinct lowercase form (`TokenInfo::lower`) of the story it is,
    /// numbered by first occurrence: the evidence below is kept per form in vectors, so the
    /// features read it by index instead of hashing the form again for every token.
    pub forms: Vec<u32>,
    /// How each form is written elsewhere in the story.
    pub case: Vec<CaseEvidence>,
    /// For each form written capitalised: the first few positions where it occurs in the
    /// story, so a mention can see the neighbours of its other mentions ("context
    /// aggregation"); `u32::MAX` fills the rest.
    pub occurrences: Vec<[u32; OCCURRENCES]>,
    /// For each form, its row of `occurrences`; `u32::MAX` for a form never capitalised,
    /// which has none (most forms: a row for every form cost a large fill per story).
    pub occurrence_rows: Vec<u32>,
}

thread_local! {
    /// The table of `StoryContext::build` from packed words to kinds, kept between stories.
    static KIND_TABLE: std::cell::RefCell<PackedTable<u32>> = std::cell::RefCell::default();
}

/// How many occurrences of a word are remembered for context aggregation.
pub const OCCURRENCES: usize = 8;

impl StoryContext {
    /// Builds the context; sentence ranges are clamped to the token list.
    pub fn new(words: &[&str], sentences: &[Range<usize>], clusters: &ClusterTable) -> Self {
        Self::build(words, sentences, |distinct, out| {
            out.extend(distinct.iter().map(|w| {
                let info = TokenInfo::new(w);
                (info, clusters.get(info.lower))
            }))
        })
    }

    /// `new`, with `describe` appending to its second argument the token facts and word class
    /// of each distinct string of the first, in order (of first occurrence in the story).
    /// All strings come in one call, so a describer that looks them up in a large table can
    /// issue the lookups back to back and let their cache misses overlap.
    pub fn build(
        words: &[&str],
        sentences: &[Range<usize>],
        describe: impl FnOnce(&[&str], &mut Vec<(TokenInfo, Option<WordClass>)>),
    ) -> Self {
        // Stories repeat most of their words: describe each distinct string once. Words of up
        // to 16 bytes (nearly all) are keyed by their packed bytes, which hash and compare in
        // a few instructions; the table holds each kind plus one, 0 being unseen. The thread
        // keeps the table from one story to the next (a fresh one is zeroed whole).
        KIND_TABLE.with(|table| match table.try_borrow_mut() {
            Ok(mut table) => Self::build_here(words, sentences, describe, &mut table),
            Err(_) => Self::build_here(words, sentences, describe, &mut PackedTable::default()),
        })
    }

    /// `build_with`, compiled with AVX2 where the CPU has it: most of its work is copying
    /// each kind's and each token's facts (104 bytes a token) into the story's vectors, which
    /// AVX2 moves in half the instructions.
    fn build_here(
        words: &[&str],
        sentences: &[Range<usize>],
        describe: impl FnOnce(&[&str], &mut Vec<(TokenInfo, Option<WordClass>)>),
        short_kind: &mut PackedTable<u32>,
    ) -> Self {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU has just said it has the instructions the function enables.
            #[allow(unsafe_code)]
            return unsafe { Self::build_with_avx2(words, sentences, describe, short_kind) };
        }
        Self::build_with(words, sentences, describe, short_kind)
    }

    /// `build_with` with AVX2; only called where the CPU has it.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn build_with_avx2(
        words: &[&str],
        sentences: &[Range<usize>],
        describe: impl FnOnce(&[&str], &mut Vec<(TokenInfo, Option<WordClass>)>),
        short_kind: &mut PackedTable<u32>,
    ) -> Self {
        Self::build_with(words, sentences, describe, short_kind)
    }

    #[inline(always)]
    fn build_with(
        words: &[&str],
        sentences: &[Range<usize>],
        describe: impl FnOnce(&[&str], &mut Vec<(TokenInfo, Option<WordClass>)>),
        short_kind: &mut PackedTable<u32>,
    ) -> Self {
        short_kind.clear();
        short_kind.reserve(words.len());
        let mut long_kind: WordKeyed<&str, u32> = WordKeyed::default();
        // Sized for the worst case (every word distinct), so pushing never copies.
        let mut kinds = Vec::with_capacity(words.len());
        let mut kind_first = Vec::with_capacity(words.len());
        let mut distinct = Vec::with_capacity(words.len());
        for (i, &w) in words.iter().enumerate() {
            let next = kind_first.len() as u32;
            let k = match pack(w.as_bytes()) {
                Some(key) => {
                    // Room for every word was reserved above.
                    let slot = short_kind.entry_reserved(key);
                    if *slot == 0 {
                        *slot = next + 1;
                    }
                    *slot - 1
                }
                None => *long_kind.entry(w).or_insert(next),
            };
            if k == next {
                kind_first.push(i as u32);
                distinct.push(w);
            }
            kinds.push(k);
        }
        let mut kind_info: Vec<(TokenInfo, Option<WordClass>)> = Vec::with_capacity(distinct.len());
        describe(&distinct, &mut kind_info);
        // A describer that gave too few entries leaves the rest as unknown words.
        kind_info.resize(distinct.len(), Default::default());
        // The lowercase form of each kind, numbered; several kinds may share one ("The", "the").
        let (kind_forms, form_count) = number_forms(&kind_info);
        let forms: Vec<u32> = kinds.iter().map(|&k| kind_forms[k as usize]).collect();
        let tokens: Vec<TokenInfo> = kinds.iter().map(|&k| kind_info[k as usize].0).collect();
        let classes = kinds.iter().map(|&k| kind_info[k as usize].1).collect();
        let lowers: Vec<u64> = tokens.iter().map(|t| t.lower).collect();
        let n = tokens.len();
        let sentences: Vec<Range<usize>> = sentences
            .iter()
            .map(|r| r.start.min(n)..r.end.min(n).max(r.start.min(n)))
            .collect();
        let mut marks = vec![Marks::default(); n];
        let mut entries = Vec::new();
        let mut sentence_marks = Vec::new();
        let mut cues = Vec::with_capacity(sentences.len());
        let mut case = vec![CaseEvidence::default(); form_count];
        for r in &sentences {
            let toks = &tokens[r.clone()];
            entries.clear();
            // Each string's own lexicon entry, looked up when its facts were made.
            entries.extend(toks.iter().map(|t| t.entry));
            lexicon::mark_with(&lowers[r.clone()], &entries, &mut sentence_marks);
            marks[r.clone()].copy_from_slice(&sentence_marks);
            let cue = sentence_cues(toks);
            cues.push(cue);
            if cue.all_caps {
                continue;
            }
            for (i, t) in toks.iter().enumerate() {
                // The first word and words after an opening quote or colon are capitalised by
                // rule, so they say nothing about the word itself.
                if i == 0 || !t.has(HAS_ALPHA) || toks[i - 1].has(super::token::PUNCT) {
                    continue;
                }
                let e = &mut case[forms[r.start + i] as usize];
                if t.has(INIT_CAP) {
                    e.capitalised = e.capitalised.saturating_add(1);
                } else if t.has(ALL_LOWER) {
                    e.lowercase = e.lowercase.saturating_add(1);
                }
            }
        }
        let mut occurrence_rows = vec![u32::MAX; form_count];
        let mut occurrences: Vec<[u32; OCCURRENCES]> = Vec::new();
        for (i, t) in tokens.iter().enumerate() {
            if t.has(INIT_CAP) || t.has(ALL_CAPS) {
                let row = &mut occurrence_rows[forms[i] as usize];
                if *row == u32::MAX {
                    *row = occurrences.len() as u32;
                    occurrences.push([u32::MAX; OCCURRENCES]);
                }
                let slots = &mut occurrences[*row as usize];
                if let Some(free) = slots.iter_mut().find(|s| **s == u32::MAX) {
                    *free = i as u32;
                }
            }
        }
        StoryContext {
            tokens,
            lowers,
            kinds,
            kind_first,
            classes,
            marks,
            sentences,
            cues,
            forms,
            case,
            occurrences,
            occurrence_rows,
        }
    }

    /// How the form of token `i` is written elsewhere in the story.
    pub fn case_at(&self, i: usize) -> CaseEvidence {
        let form = self.forms.get(i).copied().unwrap_or(u32::MAX);
        self.case.get(form as usize).copied().unwrap_or_default()
    }

    /// The first few positions of the form of token `i`, if it is ever capitalised.
    pub fn occurrences_at(&self, i: usize) -> Option<&[u32; OCCURRENCES]> {
        let form = *self.forms.get(i)?;
        let row = *self.occurrence_rows.get(form as usize)?;
        self.occurrences.get(row as usize)
    }
}

/// Numbers the lowercase forms (`TokenInfo::lower`) of the kinds by first occurrence: each
/// kind's form number, and how many forms there are. The forms are hashes, mixed already, so
/// a small open-addressing table indexed by their top bits finds them, at a third of the
/// instructions of a general hash map.
fn number_forms(kind_info: &[(TokenInfo, Option<WordClass>)]) -> (Vec<u32>, usize) {
    // At most half full, so probes stay short.
    let bits = (kind_info.len() * 2)
        .next_power_of_two()
        .max(16)
        .trailing_zeros();
    let mask = (1usize << bits) - 1;
    // (form, number); u32::MAX marks an empty slot, as any u64 may be a form.
    let mut slots: Vec<(u64, u32)> = vec![(0, u32::MAX); 1 << bits];
    let mut count = 0u32;
    let forms = kind_info
        .iter()
        .map(|(info, _)| {
            let key = info.lower;
            let mut i = (key >> (64 - bits)) as usize;
            loop {
                let (k, form) = slots[i];
                if form == u32::MAX {
                    slots[i] = (key, count);
                    count += 1;
                    return count - 1;
                }
                if k == key {
                    return form;
                }
                i = (i + 1) & mask;
            }
        })
        .collect();
    (forms, count as usize)
}

fn sentence_cues(toks: &[TokenInfo]) -> SentenceCues {
    let (mut alpha, mut caps, mut digits) = (0usize, 0usize, 0usize);
    for t in toks {
        if t.has(HAS_ALPHA) {
            alpha += 1;
            if t.has(ALL_CAPS) {
                caps += 1;
            }
        }
        if t.has(HAS_DIGIT) {
            digits += 1;
        }
    }
    SentenceCues {
        all_caps: alpha > 0 && caps * 10 >= alpha * 7,
        numeric: !toks.is_empty() && digits * 10 >= toks.len() * 3,
    }
}

/// Names predicted so far in this story, by lowercase form (`StoryContext::forms`): how often
/// each form was part of a name of each type. Only capitalised words are remembered; a form
/// never remembered has all counts 0.
#[derive(Debug, Default)]
pub struct NameHistory {
    seen: Vec<[u16; 4]>,
}

impl NameHistory {
    pub fn clear(&mut self) {
        self.seen.clear();
    }

    /// Records the names predicted for one sentence (token indices relative to `offset`).
    pub fn record(&mut self, ctx: &StoryContext, offset: usize, names: &[NameSpan]) {
        if self.seen.len() < ctx.case.len() {
            self.seen.resize(ctx.case.len(), [0; 4]);
        }
        for name in names {
            let range = offset + name.start..offset + name.end;
            for (t, &form) in ctx.tokens[range.clone()].iter().zip(&ctx.forms[range]) {
                if t.has(INIT_CAP) || t.has(ALL_CAPS) {
                    let c = &mut self.seen[form as usize];
                    c[name.ty.index()] = c[name.ty.index()].saturating_add(1);
                }
            }
        }
    }

    /// The types the form of token `i` was seen as, and the most frequent one.
    pub fn lookup(&self, ctx: &StoryContext, i: usize) -> Option<([u16; 4], NameType)> {
        let form = *ctx.forms.get(i)?;
        let counts = self.seen.get(form as usize).filter(|c| **c != [0; 4])?;
        let best = (0..4).max_by_key(|&k| (counts[k], 4 - k))?;
        Some((*counts, NameType::ALL[best]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_are_numbered_by_first_occurrence() {
        let words = ["The", "cat", "the", "CAT", "dog", "The"];
        let infos: Vec<(TokenInfo, Option<WordClass>)> =
            words.iter().map(|w| (TokenInfo::new(w), None)).collect();
        assert_eq!(number_forms(&infos), (vec![0, 1, 0, 1, 2, 0], 3));
        // Many forms: the table grows with them, and each keeps its number.
        let many: Vec<String> = (0..1000).map(|i| format!("w{i}")).collect();
        let infos: Vec<(TokenInfo, Option<WordClass>)> = many
            .iter()
            .chain(&many)
            .map(|w| (TokenInfo::new(w), None))
            .collect();
        let (forms, count) = number_forms(&infos);
        assert_eq!(count, 1000);
        assert!(forms
            .iter()
            .enumerate()
            .all(|(i, &f)| f as usize == i % 1000));
        assert_eq!(number_forms(&[]), (vec![], 0));
    }
}
