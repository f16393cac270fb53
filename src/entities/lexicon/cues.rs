//! The word knowledge behind the finer OntoNotes labels, read from hand-written data files under
//! `data/lexicon/`: cue words (a name ending in "Act" is a LAW, one after "Hurricane" an
//! EVENT), holidays (DATE), languages, products, awards, and names that the tagger or the title
//! rules would cut ("General Electric", "50 Cent"). Entries are tokenized with the pipeline's own
//! tokenizer, so "New Year's Eve" matches the tokens copy yields; matching ignores case. Parsed
//! once, on first use.

use std::sync::LazyLock;

use super::super::label::Label;
use super::super::tagger::document::HashKeyed;
use super::super::tagger::hash::{lower_hash, mix};
use super::entries;
use crate::doc::Token;
use crate::hashed::HashIndex;

/// A list of cue words or phrases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    EventLast,
    EventFirst,
    LawLast,
    LawFirst,
    AwardLast,
    WorkCue,
    LanguageBefore,
    LanguageAfter,
    OrgLast,
    OrgAfterTitle,
    ProductMaker,
    /// A verb of making after a name: "the film Jane Doe directed" names a person, not a film.
    MakerVerb,
    /// A word for a structure, last in a name ("Heathrow Airport") or after it ("the M25
    /// motorway"); not an institution housed in one ("Hospital", "Museum").
    Structure,
    /// A word that names a road with the number after it ("Interstate 5", "Route 66").
    Road,
    /// A word that names a law with the number after it ("Section 230", "Article 50").
    LawNumber,
    /// A word that names an event with its year after it ("Euro 2024").
    EventNumber,
    /// A model's variant after its number ("Boeing 737 Max", "iPhone 15 Pro").
    ProductVariant,
    /// A kind of organisation before its name ("the charity Shelter", "the airline Flybe").
    OrgCue,
    /// A kind of product before or after its name ("the drug Wegovy", "the Europa Clipper
    /// spacecraft").
    ProductCue,
    /// A language that is also a nationality ("French"): LANGUAGE only in context.
    SharedLanguage,
    /// Words right before a name that make it an employer or a company: "a spokesman for",
    /// "workers at".
    FirmBefore,
    /// A word right after a name (or after its "'s") that makes it a company: "Tesco
    /// shoppers", "Pfizer's chief executive".
    FirmAfter,
    /// A county or other second-level division that the place lists leave out ("Devon",
    /// "Merseyside"): a place for the rules, not a feature of the tagger.
    County,
    /// Uplands and ranges the region list leaves out ("Pennines", "Cotswolds"), and the words
    /// beside the tagger's geographic cues that end such names ("Yorkshire Dales", "Second
    /// Thomas Shoal"): landforms for the rules only, so the tagger's features stay as the
    /// model was trained.
    Landform,
    /// Words that make a sentence sports copy ("beat", "striker", "v").
    SportSentence,
    /// Words only sports copy uses: two of them in a story make it sport ("innings").
    SportStory,
    /// What a firm or a party wins or loses outside sport ("won a contract", "lost the
    /// vote"): after one of these, "won" does not make a sentence sports copy.
    PrizeOutsideSport,
    /// Titles before people's names beside the tagger's title list ("Baroness", "Sheriff"):
    /// for the rules only, so the tagger's features stay as the model was trained.
    PersonTitle,
    /// Peoples' words beside the tagger's nationality list ("Qatari"), for the rules only.
    People,
    /// The first word of a channel, station or streaming service that shows run "on" ("BBC One",
    /// "Netflix", "Radio 4"), and of the topic words that a name holds "on" after
    /// ("Conference on Disarmament") in `topic_head`.
    Platform,
    TopicHead,
    /// Companies' legal forms that cleanco's list (in the word knowledge) writes otherwise
    /// ("SpA" for "s.p.a.", "BV" for "b.v.") or lacks ("Tbk", "JSC").
    LegalForm,
    /// Kinds of firm or institution that open names in other languages ("Grupo", "Bodegas",
    /// "Banco"): "Bodegas Altamira" is a company, though named like a person.
    OrgFirst,
    /// Kinds of building that open names in other languages ("Estadio Azteca", "Stade de
    /// France", "Teatro Real").
    FacilityFirst,
    /// Offices held for a place ("Mayor", "Governor", "County Executive"): the capitalised
    /// name right before one is the place ("Tucson Mayor Regina Romero").
    PlaceOffice,
    /// People's trades right before their names ("singer Aurora").
    PersonRole,
    /// A team's roles between its name and a player's ("Hearts manager Steven Naismith").
    PlayerRole,
    /// A US state as AP style abbreviates it after a lawmaker's party ("R-Ala.", "D-N.Y.").
    StateAbbreviation,
    /// Adverbs that open a sentence before a comma ("Meanwhile,", "Tonight,"): no title.
    SentenceAdverb,
    /// American teams' nicknames that are common words ("Jazz", "Heat", "Saints").
    TeamNickname,
    /// A place's name that, with the word after it, names a food or a thing ("Brussels
    /// sprouts", "Wellington boots"): no place there.
    CommonCompound,
    /// The stock verbs of title-case headlines ("Unveils", "Sacks"), which cut the names the
    /// tagger runs across them.
    HeadlineVerb,
    /// The words that link a title-case headline's clauses ("As", "Amid"), which cut them too.
    HeadlineLink,
    /// Composers, playwrights and novelists whose possessive names a work ("Verdi's
    /// Rigoletto").
    WorkCreator,
    /// What a firm produces or supplies, before "producer" or "supplier" ("the gas producer",
    /// "the energy supplier"), and the states only firms are in ("the failed supplier").
    FirmsGoods,
}

impl Cue {
    fn bit(self) -> u64 {
        1 << (self as u64)
    }

    fn section(name: &str) -> Option<Cue> {
        Some(match name {
            "event_last" => Cue::EventLast,
            "event_first" => Cue::EventFirst,
            "law_last" => Cue::LawLast,
            "law_first" => Cue::LawFirst,
            "award_last" => Cue::AwardLast,
            "work_cue" => Cue::WorkCue,
            "language_before" => Cue::LanguageBefore,
            "language_after" => Cue::LanguageAfter,
            "org_last" => Cue::OrgLast,
            "org_after_title" => Cue::OrgAfterTitle,
            "maker_verb" => Cue::MakerVerb,
            "structure" => Cue::Structure,
            "road" => Cue::Road,
            "law_number" => Cue::LawNumber,
            "event_number" => Cue::EventNumber,
            "product_variant" => Cue::ProductVariant,
            "org_cue" => Cue::OrgCue,
            "product_cue" => Cue::ProductCue,
            "firm_before" => Cue::FirmBefore,
            "firm_after" => Cue::FirmAfter,
            "county" => Cue::County,
            "landform" => Cue::Landform,
            "sport_sentence" => Cue::SportSentence,
            "sport_story" => Cue::SportStory,
            "prize_outside_sport" => Cue::PrizeOutsideSport,
            "person_title" => Cue::PersonTitle,
            "people" => Cue::People,
            "platform" => Cue::Platform,
            "topic_head" => Cue::TopicHead,
            "legal_form" => Cue::LegalForm,
            "org_first" => Cue::OrgFirst,
            "facility_first" => Cue::FacilityFirst,
            "team_nickname" => Cue::TeamNickname,
            "common_compound" => Cue::CommonCompound,
            "place_office" => Cue::PlaceOffice,
            "person_role" => Cue::PersonRole,
            "sentence_adverb" => Cue::SentenceAdverb,
            "player_role" => Cue::PlayerRole,
            "state_abbreviation" => Cue::StateAbbreviation,
            "headline_verb" => Cue::HeadlineVerb,
            "headline_link" => Cue::HeadlineLink,
            "work_creator" => Cue::WorkCreator,
            "firms_goods" => Cue::FirmsGoods,
            _ => return None,
        })
    }
}

/// Longest entry, in tokens: the eight of "Department for Environment, Food and Rural
/// Affairs" (which `capital_mask` covers too). Only a word that opens such a name is looked up
/// that far (`known_name_at`).
const MAX_PHRASE: usize = 8;

/// The tables of `Cues` while they are built.
#[derive(Default)]
struct CueMaps {
    cues: HashKeyed<u64>,
    names: HashKeyed<(Label, u8)>,
    places: HashKeyed<Label>,
    openers: HashKeyed<usize>,
    towns: HashKeyed<TownSize>,
    ends: WordEnds,
}

impl CueMaps {
    /// Puts a cue list's entry in the phrase table and, when it is one token, in the filter.
    fn add_cue(&mut self, entry: &str, list: Cue) {
        let words = tokens(entry);
        if let [word] = words[..] {
            self.ends.add(list, word);
        }
        *self.cues.entry(phrase_hash(words.into_iter())).or_default() |= list.bit();
    }

    fn finish(self) -> Cues {
        Cues {
            ends: self.ends,
            cues: HashIndex::from_map(self.cues),
            names: HashIndex::from_map(self.names),
            places: HashIndex::from_map(self.places),
            openers: HashIndex::from_map(self.openers),
            towns: HashIndex::from_map(self.towns),
        }
    }
}

/// Bits that rule out most words as one-word entries of a cue list before any hashing:
/// for each list, word length (mod 32) and first byte, the set of last bytes its ASCII
/// entries have, both bytes folded as `fold` does. Matching ignores case, so an ASCII word
/// matches only an entry whose lowercase form is ASCII and of the same length, first and
/// last bytes (folded alike); a word with any other byte is never ruled out.
#[derive(Default)]
struct WordEnds(Vec<[[u32; 32]; 32]>);

/// A byte's five low bits after ASCII lowercasing: equal for two bytes that are equal
/// ignoring ASCII case.
#[inline(always)]
fn fold(b: u8) -> usize {
    ((b | 0x20) & 31) as usize
}

impl WordEnds {
    fn add(&mut self, list: Cue, entry: &str) {
        let lower: String = entry.chars().flat_map(char::to_lowercase).collect();
        let bytes = lower.as_bytes();
        let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
            return;
        };
        if !lower.is_ascii() {
            // No ASCII word lowercases to it, and other words are never ruled out.
            return;
        }
        let index = list as usize;
        if self.0.len() <= index {
            self.0.resize(index + 1, [[0; 32]; 32]);
        }
        self.0[index][bytes.len() & 31][fold(first)] |= 1 << fold(last);
    }

    /// Whether `word` may be a one-word entry of `list`.
    #[inline(always)]
    fn may_hold(&self, list: Cue, word: &str) -> bool {
        let bytes = word.as_bytes();
        let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
            return true;
        };
        if !word.is_ascii() {
            return true;
        }
        self.0
            .get(list as usize)
            .is_some_and(|ends| ends[bytes.len() & 31][fold(first)] & (1 << fold(last)) != 0)
    }
}

/// Keyed by phrase hashes (and `openers` by word hashes), which are well mixed already.
struct Cues {
    /// Which words may be one-word entries of each cue list (`is_cue_one`).
    ends: WordEnds,
    cues: HashIndex<u64>,
    /// Each known name's label, and which of its first eight words are capitalised.
    names: HashIndex<(Label, u8)>,
    /// Names WordNet knows only as places (`data/lexicon/wordnet_places.tsv`).
    places: HashIndex<Label>,
    /// First tokens of multi-token names, with the longest such name's length in tokens.
    openers: HashIndex<usize>,
    /// Towns of GeoNames: the big ones of two words or more (`data/lexicon/towns.txt`), and
    /// the small ones (`data/lexicon/small_towns.txt`).
    towns: HashIndex<TownSize>,
}

/// The entry's tokens, as the pipeline's tokenizer splits them.
fn tokens(entry: &str) -> Vec<&str> {
    let mut out: Vec<Token> = Vec::new();
    crate::segment::tokens::tokenize(entry, 0, entry.len(), &mut out);
    out.iter().map(|t| &entry[t.start..t.end]).collect()
}

/// Where `phrase_hash` starts.
const PHRASE_SEED: u64 = 0x51_7cc1_b727_220a;

/// (A plain loop, inlined into each look-up: written as a fold, it was compiled as a call of
/// its own, whose entry and exit cost as much as hashing a short word.)
#[inline]
fn phrase_hash<'a>(words: impl Iterator<Item = &'a str>) -> u64 {
    let mut h = PHRASE_SEED;
    for w in words {
        h = mix(h, lower_hash(w));
    }
    h
}

/// `phrase_hash` of words given as their `lower_hash`es.
fn phrase_of(lowers: &[u64]) -> u64 {
    lowers.iter().fold(PHRASE_SEED, |h, &w| mix(h, w))
}

static CUES: LazyLock<Cues> = LazyLock::new(|| {
    let mut c = CueMaps::default();
    let mut section = None;
    for line in entries(include_str!("../../../data/lexicon/cues.txt")) {
        match line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            Some(name) => section = Cue::section(name),
            None => {
                if let Some(list) = section {
                    c.add_cue(line, list);
                }
            }
        }
    }
    for line in entries(include_str!("../../../data/lexicon/product_makers.txt")) {
        c.add_cue(line, Cue::ProductMaker);
    }
    let mut name = |entry: &str, label: Label, names: &mut HashKeyed<(Label, u8)>| {
        let words = tokens(entry);
        if words.len() > MAX_PHRASE {
            return;
        }
        if words.len() > 1 {
            let longest = c.openers.entry(lower_hash(words[0])).or_default();
            *longest = (*longest).max(words.len());
        }
        // A place's or an event's name matches only as capitalised as the entry ("the Iraq
        // war" names Iraq, "Wembley stadium" Wembley). So does an organisation's, but for its
        // "The" and the word of its kind, which house styles lowercase ("the Guardian", "the
        // Labour party", "the Metropolitan police"): "UK Finance" is no "UK finance minister".
        let capitals = match label {
            Label::Facility | Label::Event | Label::Gpe | Label::Loc => capital_mask(&words),
            Label::Org => {
                let kind = |w: &str| {
                    w == "The"
                        || super::lists_of_tokens(&[w]) & super::List::OrgWord.bit() != 0
                        || c.cues
                            .get(&phrase_hash([w].into_iter()))
                            .is_some_and(|bits| bits & Cue::OrgLast.bit() != 0)
                };
                capital_mask(&words) & !word_mask(&words, kind)
            }
            _ => 0,
        };
        // The first file to name a phrase wins: known names come first.
        names
            .entry(phrase_hash(words.into_iter()))
            .or_insert((label, capitals));
    };
    let mut names = HashKeyed::default();
    for (phrase, label) in labelled(include_str!("../../../data/lexicon/known_names.tsv")) {
        name(phrase, label, &mut names);
    }
    for (phrase, label) in labelled(include_str!("../../../data/lexicon/famous_names.tsv")) {
        name(phrase, label, &mut names);
    }
    for (phrase, label) in labelled(include_str!("../../../data/lexicon/famous_works.tsv")) {
        name(phrase, label, &mut names);
    }
    for line in entries(include_str!("../../../data/lexicon/holidays.txt")) {
        name(line, Label::Date, &mut names);
    }
    for line in entries(include_str!("../../../data/lexicon/awards.txt")) {
        name(line, Label::WorkOfArt, &mut names);
    }
    for line in entries(include_str!("../../../data/lexicon/products.txt")) {
        name(line, Label::Product, &mut names);
    }
    let mut shared = Vec::new();
    for line in entries(include_str!("../../../data/lexicon/languages.txt")) {
        match line.strip_prefix('*') {
            Some(language) => shared.push(language),
            None => name(line, Label::Language, &mut names),
        }
    }
    c.names = names;
    for (place, label) in labelled(include_str!("../../../data/lexicon/wordnet_places.tsv")) {
        let words = tokens(place);
        if words.len() <= MAX_PHRASE {
            c.places.insert(phrase_hash(words.into_iter()), label);
        }
    }
    for town in entries(include_str!("../../../data/lexicon/small_towns.txt")) {
        let words = tokens(town);
        if words.len() <= MAX_PHRASE {
            c.towns
                .insert(phrase_hash(words.into_iter()), TownSize::Small);
        }
    }
    // Last, so that a name both small and big somewhere is big.
    for town in entries(include_str!("../../../data/lexicon/towns.txt")) {
        let words = tokens(town);
        if (2..=MAX_PHRASE).contains(&words.len()) {
            c.towns
                .insert(phrase_hash(words.into_iter()), TownSize::Big);
        }
    }
    for language in shared {
        c.add_cue(language, Cue::SharedLanguage);
    }
    c.finish()
});

/// Whether this phrase (tokens) is in the cue list.
pub fn is_cue(cue: Cue, words: &[&str]) -> bool {
    !words.is_empty()
        && CUES
            .cues
            .get(phrase_hash(words.iter().copied()))
            .is_some_and(|bits| bits & cue.bit() != 0)
}

/// `is_cue` of words given as their `lower_hash`es (the tagger's), which are not hashed again.
pub fn is_cue_hashed(cue: Cue, lowers: &[u64]) -> bool {
    !lowers.is_empty()
        && CUES
            .cues
            .get(phrase_of(lowers))
            .is_some_and(|bits| bits & cue.bit() != 0)
}

/// `is_cue` of one word: the same answer, but most words are ruled out by their length and
/// end bytes before they are hashed (for rules that ask of every word of a story).
#[inline]
pub fn is_cue_one(cue: Cue, word: &str) -> bool {
    CUES.ends.may_hold(cue, word) && is_cue(cue, &[word])
}

/// The cue lists holding this phrase, so that several can be tested with one look-up.
pub fn cue_set(words: &[&str]) -> CueSet {
    if words.is_empty() {
        return CueSet(0);
    }
    CueSet(
        CUES.cues
            .get(phrase_hash(words.iter().copied()))
            .copied()
            .unwrap_or(0),
    )
}

/// `cue_set` of words given as their `lower_hash`es.
pub fn cue_set_hashed(lowers: &[u64]) -> CueSet {
    if lowers.is_empty() {
        return CueSet(0);
    }
    CueSet(CUES.cues.get(phrase_of(lowers)).copied().unwrap_or(0))
}

/// The cue lists holding a phrase (`cue_set`).
#[derive(Debug, Clone, Copy)]
pub struct CueSet(u64);

impl CueSet {
    /// Whether `cue`'s list holds the phrase: `is_cue` of it.
    pub fn has(self, cue: Cue) -> bool {
        self.0 & cue.bit() != 0
    }
}

/// The first of `cues` whose list holds the word, with one table look-up for all of them.
pub fn first_cue(word: &str, cues: &[Cue]) -> Option<Cue> {
    let bits = *CUES.cues.get(phrase_hash(std::iter::once(word)))?;
    cues.iter().copied().find(|c| bits & c.bit() != 0)
}

/// Whether the token is in the cue list (`None`, past the sentence's end, is not).
pub fn is_cue_word(cue: Cue, word: Option<&&str>) -> bool {
    word.is_some_and(|w| is_cue(cue, std::slice::from_ref(w)))
}

/// The `phrase<TAB>label` lines of a data file whose label is one of ours.
pub(crate) fn labelled(text: &str) -> impl Iterator<Item = (&str, Label)> {
    entries(text).filter_map(|line| {
        let (phrase, label) = line.split_once('\t')?;
        Some((phrase, Label::from_name(label.trim())?))
    })
}

/// What `table` holds for the phrase these tokens spell.
fn phrase_label<V: Copy>(table: &HashIndex<V>, words: &[&str]) -> Option<V> {
    if words.is_empty() || words.len() > MAX_PHRASE {
        return None;
    }
    table.get(phrase_hash(words.iter().copied())).copied()
}

/// Which of the words (the first eight) open with a capital.
fn capital_mask(words: &[&str]) -> u8 {
    word_mask(words, |w| w.starts_with(char::is_uppercase))
}

/// A bit for each of the first eight words that `pred` holds of.
fn word_mask(words: &[&str], pred: impl Fn(&str) -> bool) -> u8 {
    words
        .iter()
        .take(8)
        .enumerate()
        .filter(|(_, w)| pred(w))
        .fold(0, |m, (k, _)| m | 1 << k)
}

/// The label of a known name, holiday, award, product or language spelled by these tokens.
/// Matching ignores case, except that a word a place's or an event's entry capitalises may
/// not be lowercase here: "the Iraq war" is no "Iraq War".
pub fn known_name(words: &[&str]) -> Option<Label> {
    let (label, capitals) = phrase_label(&CUES.names, words)?;
    named_as_cased(words, label, capitals)
}

/// `known_name` of words given with their `lower_hash`es (`lowers`, one per word).
pub fn known_name_hashed(words: &[&str], lowers: &[u64]) -> Option<Label> {
    let (label, capitals) = hashed_label(&CUES.names, lowers)?;
    named_as_cased(words, label, capitals)
}

/// `phrase_label` of words given as their `lower_hash`es.
fn hashed_label<V: Copy>(table: &HashIndex<V>, lowers: &[u64]) -> Option<V> {
    if lowers.is_empty() || lowers.len() > MAX_PHRASE {
        return None;
    }
    table.get(phrase_of(lowers)).copied()
}

/// Which words of a known name (given as their `lower_hash`es) the entry capitalises, one bit
/// per word from the first, whatever case they are written in here ("lloyds banking group").
pub fn known_name_capitals(lowers: &[u64]) -> Option<u8> {
    hashed_label(&CUES.names, lowers).map(|(_, capitals)| capitals)
}

/// `label`, unless one of the words an entry capitalises (`capitals`) is lowercase here.
fn named_as_cased(words: &[&str], label: Label, capitals: u8) -> Option<Label> {
    let lowered = words
        .iter()
        .enumerate()
        .any(|(k, w)| capitals & 1 << k != 0 && w.starts_with(char::is_lowercase));
    (!lowered).then_some(label)
}

/// The label of a name WordNet knows only as a place ("Ganges" LOC, "Hokkaido" GPE).
pub fn wordnet_place(words: &[&str]) -> Option<Label> {
    phrase_label(&CUES.places, words)
}

/// `wordnet_place` of words given as their `lower_hash`es.
pub fn wordnet_place_hashed(lowers: &[u64]) -> Option<Label> {
    hashed_label(&CUES.places, lowers)
}

/// How many people GeoNames counts in a town: 15,000 or more is big.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum TownSize {
    Small,
    Big,
}

/// Whether GeoNames lists a town of 15,000 people or more by this name of two words or more
/// ("Oak Park", "Huber Heights").
pub fn is_listed_town(words: &[&str]) -> bool {
    words.len() >= 2 && phrase_label(&CUES.towns, words) == Some(TownSize::Big)
}

/// Whether GeoNames lists a town of 1,000 to 14,999 people by this name ("Ullapool", "Hebden
/// Bridge"), a one-word one only when the word is no common word, person's or firm's name.
/// Small towns share their names with much else, so only a place's context makes one a town.
pub fn is_small_town(words: &[&str]) -> bool {
    phrase_label(&CUES.towns, words) == Some(TownSize::Small)
}

/// The longest known name starting at `i` (not past `end`): its length and label. `lowers`:
/// each word's `lower_hash`.
pub fn known_name_at(words: &[&str], lowers: &[u64], i: usize) -> Option<(usize, Label)> {
    let first = *lowers.get(i)?;
    let opened = CUES.openers.get(first).copied();
    let longest = opened
        .unwrap_or(1)
        .min(words.len() - i)
        .min(lowers.len() - i)
        .min(MAX_PHRASE);
    // The phrase hash of each length from `i`, each word hashed once: `known_name` of every
    // length, longest first, hashed every word again for each.
    let mut phrases = [0u64; MAX_PHRASE];
    let mut h = mix(PHRASE_SEED, first);
    for (n, slot) in phrases.iter_mut().enumerate().take(longest) {
        if n > 0 {
            h = mix(h, lowers[i + n]);
        }
        *slot = h;
    }
    (1..=longest).rev().find_map(|n| {
        let (label, capitals) = *CUES.names.get(phrases[n - 1])?;
        named_as_cased(&words[i..i + n], label, capitals).map(|l| (n, l))
    })
}

/// The entries of a list of `cues.txt` that are one token each, as written: a word is that
/// list's one-word cue (`is_cue` of the word alone) only if its `lower_hash` is one of
/// theirs. For the sentence gates (`entities::gates`).
pub(crate) fn one_word_cues(cue: Cue) -> Vec<&'static str> {
    let mut section = None;
    let mut out = Vec::new();
    for line in entries(include_str!("../../../data/lexicon/cues.txt")) {
        match line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            Some(name) => section = Cue::section(name),
            None if section == Some(cue) => {
                if let [word] = tokens(line)[..] {
                    out.push(word);
                }
            }
            None => {}
        }
    }
    out
}

/// Builds the cue table now rather than on first use (see `crate::warm_up`).
pub(super) fn warm_up() {
    LazyLock::force(&CUES);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `repair::known_names` skips tokens that start with punctuation.
    #[test]
    fn known_names_start_with_a_letter_or_digit() {
        let files = [
            include_str!("../../../data/lexicon/known_names.tsv"),
            include_str!("../../../data/lexicon/famous_names.tsv"),
            include_str!("../../../data/lexicon/famous_works.tsv"),
            include_str!("../../../data/lexicon/holidays.txt"),
            include_str!("../../../data/lexicon/awards.txt"),
            include_str!("../../../data/lexicon/products.txt"),
            include_str!("../../../data/lexicon/languages.txt"),
        ];
        for line in files.into_iter().flat_map(entries) {
            let first = line.trim_start_matches('*').chars().next().unwrap();
            assert!(first.is_alphanumeric(), "{line}");
        }
    }

    #[test]
    fn data_files_load() {
        assert!(is_cue(Cue::LawLast, &["Act"]));
        assert!(is_cue(Cue::EventLast, &["Grand", "Prix"]));
        assert!(is_cue_word(Cue::LanguageBefore, Some(&"in")));
        assert!(is_cue(Cue::SharedLanguage, &["french"]));
        assert!(is_cue_word(Cue::MakerVerb, Some(&"directed")));
        assert!(is_cue_word(Cue::Structure, Some(&"airport")));
        assert!(is_cue_word(Cue::Road, Some(&"Interstate")));
        assert_eq!(known_name(&["New", "Year", "'s", "Eve"]), Some(Label::Date));
        assert_eq!(known_name(&["GENERAL", "ELECTRIC"]), Some(Label::Org));
        assert_eq!(known_name(&["Mandarin"]), Some(Label::Language));
        assert_eq!(known_name(&["French"]), None);
        let w = ["the", "Royal", "Bank", "of", "Scotland", "said"];
        let lowers: Vec<u64> = w.iter().map(|w| lower_hash(w)).collect();
        assert_eq!(known_name_at(&w, &lowers, 1), Some((4, Label::Org)));
    }
}
