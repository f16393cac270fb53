//! The cue lexicon: the speech verbs and phrases that introduce a quote ("said", "told
//! reporters", "according to", "said in a statement"). A hand-written list of ordinary English
//! verbs of saying (stating, asking, writing, tweeting) with their inflections; most are also
//! WordNet communication verbs (`data/reporting_verbs.txt`). Its coverage was checked against
//! the cue spans of PolNeAR train during development ("said" alone is 45% of them); no text of
//! that corpus is stored here.

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

/// Is `word` (any case) a speech verb?
pub fn is_speech_verb(word: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(n) = lower(word, &mut buf) else {
        return false;
    };
    matches!(
        &buf[..n],
        b"said"
            | b"says"
            | b"say"
            | b"saying"
            | b"told"
            | b"tells"
            | b"tell"
            | b"telling"
            | b"wrote"
            | b"writes"
            | b"writing"
            | b"added"
            | b"adds"
            | b"adding"
            | b"called"
            | b"calls"
            | b"calling"
            | b"tweeted"
            | b"tweets"
            | b"tweeting"
            | b"posted"
            | b"asked"
            | b"asks"
            | b"asking"
            | b"continued"
            | b"continues"
            | b"stated"
            | b"states"
            | b"state"
            | b"stating"
            | b"explained"
            | b"explains"
            | b"explaining"
            | b"noted"
            | b"notes"
            | b"noting"
            | b"reported"
            | b"reports"
            | b"replied"
            | b"replies"
            | b"responded"
            | b"answered"
            | b"countered"
            | b"retorted"
            | b"described"
            | b"describes"
            | b"describing"
            | b"declared"
            | b"declares"
            | b"declaring"
            | b"proclaimed"
            | b"announced"
            | b"argued"
            | b"argues"
            | b"arguing"
            | b"concluded"
            | b"concludes"
            | b"insisted"
            | b"insists"
            | b"insisting"
            | b"admitted"
            | b"acknowledged"
            | b"conceded"
            | b"confirmed"
            | b"accused"
            | b"accuses"
            | b"promised"
            | b"promises"
            | b"pledged"
            | b"vowed"
            | b"assured"
            | b"warned"
            | b"warns"
            | b"cautioned"
            | b"suggested"
            | b"suggesting"
            | b"recalled"
            | b"recounted"
            | b"claimed"
            | b"claims"
            | b"asserted"
            | b"maintained"
            | b"remarked"
            | b"remarking"
            | b"commented"
            | b"observed"
            | b"mused"
            | b"shouted"
            | b"yelled"
            | b"chanted"
            | b"chanting"
            | b"exclaimed"
            | b"urged"
            | b"blamed"
            | b"predicted"
            | b"joked"
            | b"quipped"
            | b"lamented"
            | b"complained"
            | b"boasted"
            | b"emphasized"
            | b"stressed"
            | b"reiterated"
            | b"mocked"
            | b"charged"
            | b"praised"
            | b"criticized"
            | b"questioned"
            | b"wondered"
            | b"testified"
            | b"thundered"
            | b"snapped"
            | b"agreed"
            | b"read"
            | b"reads"
            | b"quoted"
            | b"dubbed"
            | b"labeled"
            | b"branded"
            | b"elaborated"
            | b"retaliated"
            | b"interjected"
            | b"sang"
            | b"sings"
            | b"opined"
            | b"cracked"
            | b"scoffed"
            | b"marveled"
            | b"gushed"
            | b"pleaded"
            | b"demanded"
            | b"hinted"
            | b"speculated"
            | b"whispered"
            | b"screamed"
            | b"cried"
            | b"muttered"
            | b"grumbled"
            | b"offered"
            | b"contended"
            | b"protested"
            | b"objected"
            | b"sniffed"
            | b"teased"
            | b"fumed"
            | b"ranted"
            | b"bragged"
            | b"crowed"
            | b"advised"
            | b"reminded"
            | b"confided"
            | b"confessed"
            | b"volunteered"
            | b"interrupted"
            | b"texted"
            | b"emailed"
            | b"posts"
            | b"posting"
            | b"recalls"
            | b"recalling"
            | b"insist"
            | b"argue"
            | b"explain"
            | b"note"
            | b"add"
            | b"write"
            | b"warn"
            | b"cautions"
            | b"observes"
            | b"concedes"
            | b"admits"
            | b"acknowledges"
            | b"acknowledging"
            | b"predicts"
            | b"promising"
            | b"vowing"
            | b"warning"
            | b"urging"
            | b"complaining"
            | b"questioning"
            | b"announcing"
            | b"barked"
            | b"sneered"
            | b"laughed"
            | b"smiled"
            | b"sighed"
            | b"shrugged"
            | b"recommended"
            | b"proposed"
            | b"yells"
            | b"shouts"
            | b"screams"
            | b"whispers"
            | b"responds"
            | b"answers"
            | b"counters"
            | b"retorts"
            | b"jokes"
            | b"quips"
            | b"laments"
            | b"complains"
            | b"boasts"
            | b"suggests"
            | b"wonders"
            | b"muses"
            | b"vows"
            | b"pledges"
            | b"urges"
            | b"stresses"
            | b"emphasizes"
            | b"maintains"
            | b"asserts"
            | b"contends"
    )
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
