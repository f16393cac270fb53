//! A person's mention is the name alone: "Mr Halloran" is the person "Halloran", "Prime
//! Minister Keir Starmer" the person "Keir Starmer", as OntoNotes and CoNLL mark them (in
//! CoNLL-2003 a title opens a person's name in 1% of cases). The see of "Archbishop of York
//! Stephen Cottrell" is not his name either.

use super::lexicon::{lists_of_tokens, List};

/// Titles that open names as often as they title them ("Lady Gaga", "Prince Harry", "Father
/// Christmas", "Major" is a surname): the tagger's span keeps them. A peer's title goes
/// ("Lord Sugar" is "Sugar", "Dame Judi Dench" is "Judi Dench"), as the treebanks mark it.
const NAME_TITLES: &[&str] = &[
    "Lady", "Prince", "Princess", "Pope", "Father", "Major", "Captain", "Justice", "Mayor",
];

/// Longest title phrase ("Deputy Prime Minister").
const MAX_TITLE: usize = 3;

/// How many tokens from `a` form a title phrase, if any do.
fn title_at(words: &[&str], a: usize, b: usize) -> Option<usize> {
    (1..=MAX_TITLE.min(b - a)).rev().find(|&n| {
        let phrase = &words[a..a + n];
        lists_of_tokens(phrase) & List::Title.bit() != 0 && !NAME_TITLES.contains(&phrase[0])
    })
}

/// Where the person's name starts in the tagger's PERSON span `a..b`: after any titles at its
/// start, and after a place that follows "<title> of" just before it; at least one word stays.
pub fn name_start(
    words: &[&str],
    mut a: usize,
    b: usize,
    is_place: impl Fn(&[&str]) -> bool,
) -> usize {
    // A one-word name has no title to lose: most mentions after the first are surnames.
    while let Some(n) = (b > a + 1).then(|| title_at(words, a, b)).flatten() {
        if a + n >= b {
            break;
        }
        a += n;
    }
    let see = a >= 2 && words[a - 1] == "of" && title_at(words, a - 2, a - 1).is_some();
    if see {
        // "New York" before "Stephen Cottrell" takes two words; the name keeps two at least.
        if let Some(n) = (1..=2)
            .rev()
            .find(|&n| a + n + 2 <= b && is_place(&words[a..a + n]))
        {
            a += n;
        }
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(text: &str, a: usize, b: usize) -> String {
        let words: Vec<&str> = text.split(' ').collect();
        let start = name_start(&words, a, b, |w| w == ["York"]);
        words[start..b].join(" ")
    }

    #[test]
    fn titles_leave_the_name() {
        assert_eq!(person("Mr Halloran resigned", 0, 2), "Halloran");
        assert_eq!(person("Lord Sugar said", 0, 2), "Sugar");
        assert_eq!(
            person("Prime Minister Keir Starmer met", 0, 4),
            "Keir Starmer"
        );
        assert_eq!(person("said Dr. Ruth Adeyemi", 1, 4), "Ruth Adeyemi");
        // The see after "Archbishop of".
        assert_eq!(
            person("Archbishop of York Stephen Cottrell", 2, 5),
            "Stephen Cottrell"
        );
    }

    #[test]
    fn names_that_open_with_a_title_word_stand() {
        assert_eq!(person("Lady Gaga said", 0, 2), "Lady Gaga");
        assert_eq!(person("Prince Harry said", 0, 2), "Prince Harry");
        // A title alone is left as the tagger found it.
        assert_eq!(person("President said", 0, 1), "President");
        assert_eq!(person("of York Smith", 1, 3), "York Smith");
    }
}
