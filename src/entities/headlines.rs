//! Headlines in title case ("Apple Unveils iPhone 16 at Cupertino Launch Event", "Manchester
//! United Sack Ten Hag After Defeat at West Ham"): every word is capitalised, so the tagger
//! runs the subject, the verb and the object together into one name. A headline's verbs are
//! few and stock; in a title-case line the tagger's names are cut at them, as they are at a
//! lowercase verb in running copy (`find::split_at_verbs`).

/// Headline verbs, in the present tense headlines use. Not those that are names' words or
/// nouns in names too ("Beats", "Greatest Hits", "Grand Slams", "Grateful Dead", "Launch").
const HEADLINE_VERBS: &[&str] = &[
    "Unveils",
    "Unveil",
    "Sack",
    "Sacks",
    "Buys",
    "Sells",
    "Warns",
    "Warn",
    "Says",
    "Say",
    "Wins",
    "Launches",
    "Announces",
    "Reports",
    "Seeks",
    "Agrees",
    "Rejects",
    "Hires",
    "Plans",
    "Cuts",
    "Raises",
    "Hikes",
    "Slashes",
    "Blasts",
    "Quits",
    "Resigns",
    "Vows",
    "Urges",
    "Confirms",
    "Denies",
    "Admits",
    "Joins",
    "Signs",
    "Acquires",
    "Acquire",
    "Expands",
    "Overtakes",
    "Defeats",
    "Stuns",
    "Thrashes",
    "Secures",
    "Clinches",
    "Retains",
    "Takes",
    "Makes",
    "Gets",
    "Soars",
    "Plunges",
    "Slumps",
    "Jumps",
    "Climbs",
    "Appoints",
    "Fined",
    "Sued",
    "Sues",
    "Charged",
    "Jailed",
    "Sentenced",
    "Arrested",
    "Dies",
    "Passes",
    "Approves",
    "Clears",
    "Scraps",
    "Delays",
    "Extends",
    "Halts",
];

/// Whether a sentence is a line in title case: at least four words of four letters or more,
/// four in five of them or more capitalised (a sentence of running copy has few such words capitalised).
pub fn is_title_case(words: &[&str]) -> bool {
    let long = |w: &&&str| w.len() >= 4 && w.bytes().all(|b| b.is_ascii_alphabetic());
    let (mut all, mut capitals) = (0, 0);
    for w in words.iter().filter(long) {
        all += 1;
        // ("iPhone": a capital inside counts.)
        capitals += usize::from(w.bytes().any(|b| b.is_ascii_uppercase()));
    }
    all >= 4 && capitals * 10 >= all * 8
}

/// Whether a word is a headline's verb.
pub fn is_headline_verb(w: &str) -> bool {
    HEADLINE_VERBS.contains(&w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        text.split(' ').collect()
    }

    #[test]
    fn title_case_lines_are_told_from_running_copy() {
        assert!(is_title_case(&words(
            "Apple Unveils iPhone 16 at Cupertino Launch Event"
        )));
        assert!(is_title_case(&words(
            "United Sack Their Manager After Defeat at Home"
        )));
        assert!(!is_title_case(&words(
            "Apple unveiled its new phone at a launch event"
        )));
        assert!(!is_title_case(&words("Apple Unveils Phone")));
        assert!(is_headline_verb("Unveils") && !is_headline_verb("Beats"));
    }
}
