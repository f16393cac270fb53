//! What bytes a sentence holds, found in one scan of its text, so that a rule none of whose
//! matches can do without such a byte skips the sentence at once. Most rules apply to few
//! sentences but would otherwise test every word of every sentence for their cue.
//!
//! A gate may only ever skip a rule that provably finds nothing: each call site says which
//! byte every match of its rule needs. The gates read the story's text under the sentence's
//! tokens, which is where the words the rules see come from (`Doc::words`).

use std::collections::HashMap;
use std::sync::LazyLock;

use super::lexicon::cues::{one_word_cues, Cue};
use super::tagger::hash::lower_hash;
use crate::doc::Token;
use crate::hashed::{HashFilter, HashIndex};

/// The bytes a sentence's words hold, as far as the rules' gates ask.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Gates {
    /// An ASCII digit in some word: "2", "30th", "SU7".
    pub digit: bool,
    /// A hyphen in some word: "Seoul-based", "Stoke-on-Trent".
    pub hyphen: bool,
    /// A comma.
    pub comma: bool,
    /// A byte that opens a quotation mark: `"`, `'`, a backtick or 0xE2, which leads the
    /// curly marks ("“", "’").
    pub quote: bool,
    /// A closing bracket, ")".
    pub bracket: bool,
    /// Which `CueList`s the sentence holds a word of, one bit each (all set when unknown).
    cues: u64,
    /// Which of the sentence's first 64 words may be capitalised, bit k for word k: a word
    /// that opens with an ASCII capital or with a byte outside ASCII (all set when unknown).
    capitals: u64,
}

impl Gates {
    /// Every gate open: the rules run as if every byte were there.
    pub const OPEN: Gates = Gates {
        digit: true,
        hyphen: true,
        comma: true,
        quote: true,
        bracket: true,
        cues: u64::MAX,
        capitals: u64::MAX,
    };

    /// These gates with `cues` found from the sentence's tokens' `lower_hash`es (which the
    /// tagger returns): a bit test per token, and a look-up for the few it lets through.
    pub fn with_cues(self, lowers: &[u64]) -> Gates {
        let table = &*CUE_WORDS;
        let cues = lowers.iter().fold(0, |cues, &h| cues | table.lists_of(h));
        Gates { cues, ..self }
    }

    /// Whether the sentence may hold a word of `list`, written in any case: false only when
    /// no word of it is there, so that a rule every match of which needs one finds nothing.
    #[inline]
    pub fn holds(self, list: CueList) -> bool {
        self.cues & list.bit() != 0
    }

    /// The words, in order, that may be capitalised (`casing::capitalised`) among the first
    /// `len` of the sentence: every capitalised one and a few others (a word opening with a
    /// byte outside ASCII, any word past the 64th). A rule that skips every word but a
    /// capitalised one walks these instead of all the words.
    pub fn maybe_capitalised(self, len: usize) -> MaybeCapitalised {
        let first = if len >= 64 {
            u64::MAX
        } else {
            (1u64 << len) - 1
        };
        MaybeCapitalised {
            bits: self.capitals & first,
            rest: 64.min(len)..len,
        }
    }

    /// The gates of a sentence of these tokens of `text`. A sentence's tokens lie together
    /// in the text, so the stretch from the first token's start to the last one's end is
    /// scanned, many bytes per instruction, rather than each word on its own.
    pub fn of(text: &str, tokens: &[Token]) -> Gates {
        // (Branch-free, one pass: this runs once per token of the story.)
        let (lo, hi, capitals) =
            tokens
                .iter()
                .enumerate()
                .fold((usize::MAX, 0, 0), |(lo, hi, capitals), (k, t)| {
                    (
                        lo.min(t.start),
                        hi.max(t.end),
                        capitals | may_be_capital(text.as_bytes(), t, k),
                    )
                });
        match text.as_bytes().get(lo..hi) {
            Some(bytes) => Gates {
                capitals,
                ..Gates::scan(bytes)
            },
            // No tokens, or offsets past the text: nothing said, every gate open.
            None => Gates::OPEN,
        }
    }

    fn scan(bytes: &[u8]) -> Gates {
        // Sixteen bytes at a time, each byte's facts as bits of a mask (`facts`), or-ed
        // lane by lane: written so, the loop compiles to vector instructions on any x86-64.
        // The last piece is the text's last sixteen bytes, overlapping the piece before
        // (or-ing a byte's facts twice changes nothing), or a short text padded with zeros,
        // which have no facts: no byte goes through the slow one-at-a-time form.
        let mut lanes = [0u8; 16];
        let mut add = |piece: &[u8; 16]| {
            for (lane, &b) in lanes.iter_mut().zip(piece) {
                *lane |= facts(b);
            }
        };
        let mut chunks = bytes.chunks_exact(16);
        for chunk in &mut chunks {
            add(chunk.try_into().expect("a chunk of sixteen"));
        }
        if !chunks.remainder().is_empty() {
            let last = match bytes.len().checked_sub(16) {
                Some(from) => bytes[from..].try_into().expect("sixteen bytes"),
                None => {
                    let mut padded = [0u8; 16];
                    padded[..bytes.len()].copy_from_slice(bytes);
                    padded
                }
            };
            add(&last);
        }
        let mask = lanes.iter().fold(0, |mask, &lane| mask | lane);
        Gates {
            digit: mask & DIGIT != 0,
            hyphen: mask & HYPHEN != 0,
            comma: mask & COMMA != 0,
            quote: mask & QUOTE != 0,
            bracket: mask & BRACKET != 0,
            cues: u64::MAX,
            capitals: u64::MAX,
        }
    }
}

/// Bit k, for the k-th token of a sentence among its first 64, when its first byte is an ASCII
/// capital or lies outside ASCII (or past the text): every token that `casing::capitalised`
/// may hold of. 0 for a later token.
#[inline(always)]
fn may_be_capital(text: &[u8], token: &Token, k: usize) -> u64 {
    let b = text.get(token.start).copied().unwrap_or(0x80);
    u64::from((b.is_ascii_uppercase() || !b.is_ascii()) && k < 64) << (k & 63)
}

/// The words of `Gates::maybe_capitalised`: the set bits of the first 64, in order, then every
/// word after them.
#[derive(Debug, Clone)]
pub(crate) struct MaybeCapitalised {
    bits: u64,
    rest: std::ops::Range<usize>,
}

impl Iterator for MaybeCapitalised {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        if self.bits != 0 {
            let k = self.bits.trailing_zeros() as usize;
            self.bits &= self.bits - 1;
            return Some(k);
        }
        self.rest.next()
    }
}

/// Word lists that rules need a word of in the sentence before they can match: the rule's
/// cue, compared exactly or ignoring ASCII case, either way a word with the entry's
/// `lower_hash`. (A hash shared by chance only leaves a gate open.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CueList {
    /// `acts::BILLS`: "bill", "line-up".
    Bills,
    /// `parties::LEANS`: "far-right", "populist".
    Leans,
    /// `parties::PARTY_OFFICES`: "leader", "MP".
    PartyOffices,
    /// `journals::JOURNALS`: "Nature", "Science".
    Journals,
    /// `creators::RETURNS`: "returns", "moved".
    Returns,
    /// The work words of `stagings::MADE_OF`: "adaptation", "production".
    MadeOf,
    /// `titles::RELATIVES`: "wife", "son".
    Relatives,
    /// "such" (of "such as").
    Such,
    /// `stars::STARS`: "star", "actress".
    Stars,
    /// "Co" and "Co.", before an Irish county.
    Co,
    /// `reviews::PRAISE`: "superb", "brilliant".
    Praise,
    /// `creators::WROTE`: "wrote", "penned".
    Wrote,
    /// `credits::AWARD`: "nominated", "won".
    Award,
    /// `songs::SUNG` and `songs::PLAYED`: "sang", "covered".
    SungOrPlayed,
    /// `credits::PRODUCTIONS` and `credits::MAKERS_OF_WORKS`: "adaptation", "author".
    Productions,
    /// `acting::WON`: "won", "scooped".
    Won,
    /// `acting::ACTED` and `acting::WON`: "starred", "won".
    ActedOrWon,
    /// The words that end a school system's name: "District", "Board", "Schools".
    SchoolEnds,
    /// `context::HOLDINGS` and the words for shares: "stake", "shares", "stock".
    Shares,
    /// An owner's word before a product: "its", "their", "'s".
    Owners,
    /// A possessive's "'s".
    Possessive,
    /// A plural possessive's apostrophe alone.
    Apostrophe,
    /// "Radio" and "Channel", before a station's number.
    Stations,
    /// "upon", of a town on a river.
    Upon,
    /// "v." or "v", between the parties of a court case.
    Versus,
    /// "Final" and "Finals", after an event.
    Finals,
    /// `joins::BODY_WORDS`: "Council", "Commission".
    BodyWords,
    /// "State", of a state university.
    State,
    /// `joins::SERVICES` and "Transport": "NHS", "Police".
    Services,
    /// `hosts::HOST`: "host", "hosted".
    Host,
    /// "Which", the consumer magazine.
    Which,
    /// `roles::BAND_MEMBERS`: "guitarist", "frontman".
    BandMembers,
    /// `acts::BANDS` and `acts::FESTIVALS`: "band", "festival".
    Bands,
    /// The one-word work cues of `cues.txt` ("film", "album"), and "songs", "tracks" and
    /// "numbers" (of "songs from").
    WorkCue,
    /// The one-word team nicknames of `cues.txt` ("Jazz").
    TeamNickname,
    /// The one-word people's trades of `cues.txt` ("singer").
    PersonRole,
    /// `credits::CREDITS`: "directed", "starring".
    Credits,
    /// The names of `brand_words`: "Twitch", "Copilot".
    BrandWords,
    /// `vessels::VESSELS` and `SHIP_PREFIXES`: "tanker", "ferry", "HMS".
    Vessels,
    /// The one-word law words of `cues.txt` that take a number: "Section", "Bill".
    LawNumber,
    /// "Moon" and `sky::PLANETS`: "Mars", "Venus".
    Sky,
    /// "Act", the last word of an act's name.
    Act,
}

impl CueList {
    const ALL: [CueList; 42] = [
        CueList::Bills,
        CueList::Leans,
        CueList::PartyOffices,
        CueList::Journals,
        CueList::Returns,
        CueList::MadeOf,
        CueList::Relatives,
        CueList::Such,
        CueList::Stars,
        CueList::Co,
        CueList::Praise,
        CueList::Wrote,
        CueList::Award,
        CueList::SungOrPlayed,
        CueList::Productions,
        CueList::Won,
        CueList::ActedOrWon,
        CueList::SchoolEnds,
        CueList::Shares,
        CueList::Owners,
        CueList::Possessive,
        CueList::Apostrophe,
        CueList::Stations,
        CueList::Upon,
        CueList::Versus,
        CueList::Finals,
        CueList::BodyWords,
        CueList::State,
        CueList::Services,
        CueList::Host,
        CueList::Which,
        CueList::BandMembers,
        CueList::Bands,
        CueList::WorkCue,
        CueList::TeamNickname,
        CueList::PersonRole,
        CueList::Credits,
        CueList::BrandWords,
        CueList::Vessels,
        CueList::LawNumber,
        CueList::Sky,
        CueList::Act,
    ];

    fn bit(self) -> u64 {
        1 << self as u32
    }

    /// The list's words, from the rules' own constants.
    fn words(self) -> Vec<&'static str> {
        use super::{acting, acts, context, creators, credits, joins, journals, parties, reviews};
        use super::{brand_words, hosts, roles, sky, songs, vessels};
        use super::{stagings, stars, titles};
        match self {
            CueList::Bills => acts::BILLS.to_vec(),
            CueList::Leans => parties::LEANS.to_vec(),
            CueList::PartyOffices => parties::PARTY_OFFICES.to_vec(),
            CueList::Journals => journals::JOURNALS.to_vec(),
            CueList::Returns => creators::RETURNS.to_vec(),
            CueList::MadeOf => stagings::MADE_OF.iter().map(|&(w, _)| w).collect(),
            CueList::Relatives => titles::RELATIVES.to_vec(),
            CueList::Such => vec!["such"],
            CueList::Stars => stars::STARS.to_vec(),
            CueList::Co => vec!["Co", "Co."],
            CueList::Praise => reviews::PRAISE.to_vec(),
            CueList::Wrote => creators::WROTE.to_vec(),
            CueList::Award => credits::AWARD.to_vec(),
            CueList::SungOrPlayed => [songs::SUNG, songs::PLAYED].concat(),
            CueList::Productions => [credits::PRODUCTIONS, credits::MAKERS_OF_WORKS].concat(),
            CueList::Won => acting::WON.to_vec(),
            CueList::ActedOrWon => [acting::ACTED, acting::WON].concat(),
            CueList::SchoolEnds => vec!["District", "Board", "Schools"],
            CueList::Shares => [context::HOLDINGS, &["shares", "stock", "share"]].concat(),
            CueList::Owners => vec!["its", "their", "'s", "’s"],
            CueList::Possessive => vec!["'s", "’s"],
            CueList::Apostrophe => vec!["'", "’"],
            CueList::Stations => vec!["Radio", "Channel"],
            CueList::Upon => vec!["upon"],
            CueList::Versus => vec!["v.", "v"],
            CueList::Finals => vec!["Final", "Finals"],
            CueList::BodyWords => joins::BODY_WORDS.to_vec(),
            CueList::State => vec!["State"],
            CueList::Services => [joins::SERVICES, &["Transport"]].concat(),
            CueList::Host => hosts::HOST.to_vec(),
            CueList::Which => vec!["Which"],
            CueList::BandMembers => roles::BAND_MEMBERS.to_vec(),
            CueList::Bands => [acts::BANDS, acts::FESTIVALS].concat(),
            CueList::WorkCue => {
                let mut words = one_word_cues(Cue::WorkCue);
                words.extend(["songs", "tracks", "numbers"]);
                words
            }
            CueList::TeamNickname => one_word_cues(Cue::TeamNickname),
            CueList::PersonRole => one_word_cues(Cue::PersonRole),
            CueList::Credits => credits::CREDITS.to_vec(),
            CueList::BrandWords => brand_words::brand_names(),
            CueList::Vessels => [vessels::VESSELS, vessels::SHIP_PREFIXES].concat(),
            CueList::LawNumber => one_word_cues(Cue::LawNumber),
            CueList::Sky => [&["Moon"], sky::PLANETS].concat(),
            CueList::Act => vec!["Act"],
        }
    }
}

/// Each listed word's `lower_hash`, with the bits of the lists holding it, behind a filter:
/// most words of a sentence are in no list, and the filter spares them the look-up.
struct CueWords {
    filter: HashFilter,
    lists: HashIndex<u64>,
}

impl CueWords {
    /// The bits of the lists holding the word of this hash.
    #[inline(always)]
    fn lists_of(&self, h: u64) -> u64 {
        if !self.filter.may_hold(h) {
            return 0;
        }
        self.lists.get(h).copied().unwrap_or(0)
    }
}

static CUE_WORDS: LazyLock<CueWords> = LazyLock::new(|| {
    let mut map: HashMap<u64, u64> = HashMap::new();
    let mut filter = HashFilter::default();
    for list in CueList::ALL {
        for w in list.words() {
            let h = lower_hash(w);
            *map.entry(h).or_default() |= list.bit();
            filter.insert(h);
        }
    }
    CueWords {
        filter,
        lists: HashIndex::from_map(map),
    }
});

/// Builds the table now rather than on first use (see `crate::warm_up`).
pub(super) fn warm_up() {
    LazyLock::force(&CUE_WORDS);
}

const DIGIT: u8 = 1;
const HYPHEN: u8 = 2;
const COMMA: u8 = 4;
const QUOTE: u8 = 8;
const BRACKET: u8 = 16;

/// The facts a byte gives, as bits (none for a zero byte). (Comparisons joined with `|`, not
/// `||`: no branches.)
#[inline(always)]
fn facts(b: u8) -> u8 {
    let quote = (b == b'"') | (b == b'\'') | (b == b'`') | (b == 0xE2);
    (b.is_ascii_digit() as u8 * DIGIT)
        | ((b == b'-') as u8 * HYPHEN)
        | ((b == b',') as u8 * COMMA)
        | (quote as u8 * QUOTE)
        | ((b == b')') as u8 * BRACKET)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<Token> {
        let mut at = 0;
        text.split(' ')
            .map(|w| {
                let t = Token {
                    start: at,
                    end: at + w.len(),
                };
                at += w.len() + 1;
                t
            })
            .collect()
    }

    #[test]
    fn gates_see_the_bytes_of_the_tokens_only() {
        let text = "In 2024 the Seoul-based firm - no: Leeds band, “Otis”";
        let tokens = tokens(text);
        let all = Gates::of(text, &tokens);
        assert!(all.digit && all.hyphen && all.comma && all.quote);
        let firm = Gates::of(text, &tokens[2..5]);
        assert!(!firm.digit && firm.hyphen);
        let band = Gates::of(text, &tokens[7..9]);
        assert!(!band.digit && !band.hyphen && !band.quote);
        let named = Gates::of(text, &tokens[9..]);
        assert!(named.quote && !named.comma);
    }

    #[test]
    fn every_byte_is_seen_in_a_long_sentence() {
        let plain = "a".repeat(40);
        let bytes = [
            (0, b'7'),
            (17, b'-'),
            (31, b','),
            (33, b'`'),
            (38, b')'),
            (39, b'"'),
        ];
        for (at, b) in bytes {
            let mut bytes = plain.clone().into_bytes();
            bytes[at] = b;
            let text = String::from_utf8(bytes).unwrap();
            let gates = Gates::of(&text, &tokens(&text));
            let seen = [
                gates.digit,
                gates.hyphen,
                gates.comma,
                gates.quote,
                gates.bracket,
            ];
            assert_eq!(seen.iter().filter(|&&g| g).count(), 1, "{text}");
        }
        let quiet = Gates::of(&plain, &tokens(&plain));
        assert!(!quiet.digit && !quiet.hyphen && !quiet.comma && !quiet.quote && !quiet.bracket);
    }

    #[test]
    fn cue_gates_see_each_list_in_any_case() {
        let closed = Gates::OPEN.with_cues(&[lower_hash("plain"), lower_hash("words")]);
        for list in CueList::ALL {
            assert!(!closed.holds(list));
            assert!(!list.words().is_empty(), "{list:?}");
            for w in list.words() {
                let upper = w.to_uppercase();
                let gates = Gates::OPEN.with_cues(&[lower_hash("a"), lower_hash(&upper)]);
                assert!(gates.holds(list), "{w}");
            }
            assert!(Gates::OPEN.holds(list));
        }
    }

    #[test]
    fn capitalised_words_are_all_walked() {
        let text = "The firm Acme said Édith , not édith , met Leeds";
        let words: Vec<&str> = text.split(' ').collect();
        let walked: Vec<usize> = Gates::of(text, &tokens(text))
            .maybe_capitalised(words.len())
            .collect();
        let capitalised: Vec<usize> = (0..words.len())
            .filter(|&k| crate::entities::casing::capitalised(words[k]))
            .collect();
        assert!(capitalised.iter().all(|k| walked.contains(k)), "{walked:?}");
        assert!(walked.windows(2).all(|w| w[0] < w[1]));
        assert!(!walked.contains(&1) && !walked.contains(&3));
        // Unknown gates, and words past the 64th, are all walked.
        let all: Vec<usize> = Gates::OPEN.maybe_capitalised(70).collect();
        assert_eq!(all, (0..70).collect::<Vec<_>>());
        let long = "a ".repeat(69) + "B";
        let long_tokens = tokens(&long);
        let walked: Vec<usize> = Gates::of(&long, &long_tokens)
            .maybe_capitalised(70)
            .collect();
        assert_eq!(walked, (64..70).collect::<Vec<_>>());
    }

    #[test]
    fn offsets_past_the_text_open_every_gate() {
        let past = [Token { start: 2, end: 40 }];
        let gates = Gates::of("no digits here", &past);
        assert!(gates.digit && gates.hyphen);
        assert!(Gates::of("no digits here", &[]).digit);
    }
}
