//! The cue lexicon: the speech verbs and phrases that introduce a quote ("said", "told
//! reporters", "according to", "said in a statement"). A hand-written list of ordinary English
//! verbs of saying (stating, asking, writing, tweeting) with their inflections; most are also
//! WordNet communication verbs (`data/reporting_verbs.txt`). Its coverage was checked against
//! the cue spans of PolNeAR train during development ("said" alone is 45% of them); no text of
//! that corpus is stored here.

use crate::packed::{pack, pack_lower, PackedTable};
use std::sync::LazyLock;

/// The lower-cased form of an ASCII word in a stack buffer, so no token is ever allocated.
fn lower(word: &str, buf: &mut [u8; 24]) -> Option<usize> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    for (slot, b) in buf.iter_mut().zip(bytes) {
        *slot = b.to_ascii_lowercase();
    }
    Some(bytes.len())
}

/// The verbs of saying, lower-case.
pub(crate) const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "tell",
    "telling",
    "wrote",
    "writes",
    "writing",
    "added",
    "adds",
    "adding",
    "called",
    "calls",
    "calling",
    "tweeted",
    "tweets",
    "tweeting",
    "posted",
    "asked",
    "asks",
    "asking",
    "continued",
    "continues",
    "stated",
    "states",
    "state",
    "stating",
    "explained",
    "explains",
    "explaining",
    "noted",
    "notes",
    "noting",
    "reported",
    "reports",
    "replied",
    "replies",
    "responded",
    "answered",
    "countered",
    "retorted",
    "described",
    "describes",
    "describing",
    "declared",
    "declares",
    "declaring",
    "proclaimed",
    "announced",
    "argued",
    "argues",
    "arguing",
    "concluded",
    "concludes",
    "insisted",
    "insists",
    "insisting",
    "admitted",
    "acknowledged",
    "conceded",
    "confirmed",
    "accused",
    "accuses",
    "promised",
    "promises",
    "pledged",
    "vowed",
    "assured",
    "warned",
    "warns",
    "cautioned",
    "suggested",
    "suggesting",
    "recalled",
    "recounted",
    "claimed",
    "claims",
    "asserted",
    "maintained",
    "remarked",
    "remarking",
    "commented",
    "observed",
    "mused",
    "shouted",
    "yelled",
    "chanted",
    "chanting",
    "exclaimed",
    "urged",
    "blamed",
    "predicted",
    "joked",
    "quipped",
    "lamented",
    "complained",
    "boasted",
    "emphasized",
    "stressed",
    "reiterated",
    "mocked",
    "charged",
    "praised",
    "criticized",
    "questioned",
    "wondered",
    "testified",
    "thundered",
    "snapped",
    "agreed",
    "read",
    "reads",
    "quoted",
    "dubbed",
    "labeled",
    "branded",
    "elaborated",
    "retaliated",
    "interjected",
    "sang",
    "sings",
    "opined",
    "cracked",
    "scoffed",
    "marveled",
    "gushed",
    "pleaded",
    "demanded",
    "hinted",
    "speculated",
    "whispered",
    "screamed",
    "cried",
    "muttered",
    "grumbled",
    "offered",
    "contended",
    "protested",
    "objected",
    "sniffed",
    "teased",
    "fumed",
    "ranted",
    "bragged",
    "crowed",
    "advised",
    "reminded",
    "confided",
    "confessed",
    "volunteered",
    "interrupted",
    "texted",
    "emailed",
    "posts",
    "posting",
    "recalls",
    "recalling",
    "insist",
    "argue",
    "explain",
    "note",
    "add",
    "write",
    "warn",
    "cautions",
    "observes",
    "concedes",
    "admits",
    "acknowledges",
    "acknowledging",
    "predicts",
    "promising",
    "vowing",
    "warning",
    "urging",
    "complaining",
    "questioning",
    "announcing",
    "barked",
    "sneered",
    "laughed",
    "smiled",
    "sighed",
    "shrugged",
    "recommended",
    "proposed",
    "yells",
    "shouts",
    "screams",
    "whispers",
    "responds",
    "answers",
    "counters",
    "retorts",
    "jokes",
    "quips",
    "laments",
    "complains",
    "boasts",
    "suggests",
    "wonders",
    "muses",
    "vows",
    "pledges",
    "urges",
    "stresses",
    "emphasizes",
    "maintains",
    "asserts",
    "contends",
];

/// `SPEECH_VERBS` packed (`crate::packed`): one probe of a small table per word asked, where a
/// match over the list compared the word with every verb of its length.
static SPEECH: LazyLock<PackedTable<()>> =
    LazyLock::new(|| PackedTable::set_of(SPEECH_VERBS.iter().copied(), pack));

/// Builds the verb table now rather than on first use (see `crate::warm_up`).
pub(crate) fn warm_up() {
    LazyLock::force(&SPEECH);
}

/// Is `word` (any case) a speech verb?
pub fn is_speech_verb(word: &str) -> bool {
    // No verb is longer than 16 bytes (a longer word packs to `None`) and every verb is ASCII
    // (a word with another byte packs to a key no verb has).
    pack_lower(word.as_bytes()).is_some_and(|key| SPEECH.get(key).is_some())
}

/// Is `word` the "according" of "according to"?
pub fn is_according(word: &str) -> bool {
    word.eq_ignore_ascii_case("according")
}

/// Verbs whose object names the audience, which belongs to the cue: "told reporters".
pub fn takes_audience(word: &str) -> bool {
    ["told", "tells", "tell", "telling"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
}

/// Phrases that extend a cue verb: "said in a statement", "wrote on Twitter".
pub const CUE_EXTENSIONS: &[&[&str]] = &[
    &["in", "a", "statement"],
    &["in", "an", "interview"],
    &["in", "a", "tweet"],
    &["in", "a", "speech"],
    &["in", "a", "post"],
    &["on", "Twitter"],
    &["on", "Facebook"],
];

/// Words that may stand between a speaker and the cue: "Kono also said", "he has said".
pub fn is_cue_adverb(word: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(n) = lower(word, &mut buf) else {
        return false;
    };
    matches!(
        &buf[..n],
        b"also"
            | b"later"
            | b"then"
            | b"has"
            | b"had"
            | b"have"
            | b"recently"
            | b"previously"
            | b"once"
            | b"reportedly"
            | b"would"
            | b"will"
            | b"again"
            | b"further"
            | b"repeatedly"
            | b"publicly"
            | b"just"
            | b"simply"
            | b"flatly"
            | b"since"
            | b"already"
            | b"ultimately"
            | b"finally"
            | b"still"
            | b"even"
            | b"famously"
            | b"frequently"
            | b"often"
            | b"angrily"
            | b"quickly"
            | b"now"
            | b"privately"
            | b"subsequently"
            | b"initially"
            | b"first"
            | b"separately"
            | b"bluntly"
            | b"openly"
            | b"may"
            | b"might"
            | b"could"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_are_short_lowercase_ascii() {
        for verb in SPEECH_VERBS {
            assert!(
                verb.len() <= 16 && verb.bytes().all(|b| b.is_ascii_lowercase()),
                "{verb}"
            );
            assert!(is_speech_verb(verb));
        }
        assert!(!is_speech_verb(""));
    }

    #[test]
    fn verbs_in_any_case() {
        assert!(is_speech_verb("said"));
        assert!(is_speech_verb("Said"));
        assert!(is_speech_verb("TWEETED"));
        assert!(!is_speech_verb("sailed"));
        assert!(!is_speech_verb("señor"));
        assert!(is_according("According"));
        assert!(takes_audience("told"));
        assert!(is_cue_adverb("also"));
    }
}
