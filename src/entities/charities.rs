//! Charities and public bodies named with a common word: "Crisis warned that rough sleeping
//! had risen", "Shelter Scotland said", "Health Canada approved". The web writes "crisis" and
//! "shelter" lowercase, so the tagger leaves them out; but a common noun opens a sentence with
//! an article ("The crisis"), and one alone before a nation's name is no phrase of English, so
//! in these places the word can only be a body's name (ORG).

use super::casing::capitalised;
use super::finer::PLACE_MODIFIERS;
use super::label::Label;
use super::repair::{insert_name, Span};

/// Verbs of a statement right after a body's name: "Crisis warned that ...".
/// (Present tenses are left out: a headline's "Paper says ...", "Disaster claims ..." and
/// "Church urges ..." use the word for what it means.)
const STATEMENTS: &[&str] = &[
    "said",
    "warned",
    "urged",
    "claimed",
    "insisted",
    "argued",
    "welcomed",
    "criticised",
    "criticized",
    "told",
];

/// Words that open a sentence before "said" without any article and name no body: pronouns,
/// people as a group, and a family's words ("Mum said").
const NO_BODY: &[&str] = &[
    "The",
    "A",
    "An",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "My",
    "Your",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "Who",
    "Which",
    "What",
    "This",
    "That",
    "One",
    "Someone",
    "Somebody",
    "Anyone",
    "Anybody",
    "Everyone",
    "Everybody",
    "Nobody",
    "None",
    "Each",
    "Both",
    "Either",
    "Neither",
    "Another",
    "All",
    "Many",
    "Most",
    "Some",
    "Few",
    "Others",
    "Police",
    "Government",
    "Council",
    "Management",
    "Staff",
    "Mum",
    "Dad",
    "Mother",
    "Father",
    "Mom",
    "Grandma",
    "Grandad",
    "Granny",
    "Nan",
    "Wife",
    "Husband",
    "Son",
    "Daughter",
    "Sister",
    "Brother",
    "Uncle",
    "Auntie",
    "Aunt",
];

/// Nations whose names close a body's name: "Shelter Scotland", "Tennis Australia".
/// ("Britain" is left out: "Brexit Britain", "Global Britain" are no bodies.)
const NATIONS: &[&[&str]] = &[
    &["Scotland"],
    &["Wales"],
    &["England"],
    &["Ireland"],
    &["Cymru"],
    &["UK"],
    &["Northern", "Ireland"],
    &["Canada"],
    &["Australia"],
    &["New", "Zealand"],
    &["NZ"],
];

/// Words before a nation's name that make a phrase of it, not a body: "Modern Britain",
/// "During Scotland's win", "Beat England" (besides the words that make a bigger or smaller
/// place of it: "Rural Wales", `finer::PLACE_MODIFIERS`).
const NOT_BODIES: &[&str] = &[
    "Urban",
    "Modern",
    "Global",
    "Brexit",
    "Remain",
    "Leave",
    "Across",
    "Throughout",
    "During",
    "After",
    "Before",
    "Against",
    "Beating",
    "Beat",
    "Unlike",
    "Like",
    "Outside",
    "Inside",
    "Within",
    "Despite",
    "Since",
    "Until",
    "Around",
    "Over",
    "Under",
    "Between",
    "Without",
    "With",
    "Behind",
    "Beyond",
    "From",
    "For",
    "In",
    "To",
    "At",
    "Of",
    "On",
    "Visiting",
    "Leaving",
    "Rebuilding",
    "Post",
    "Pre",
    "Young",
    "Team",
    "All",
    "Both",
    "Only",
    "Even",
];

/// Marks that open a sentence inside one.
const OPENERS: &[&str] = &["\"", "\u{201c}", "'", "\u{2018}", "(", "-", "\u{2013}", ":"];

/// A plural noun ("Officials", "Residents"), though not "Crisis" or "Access".
fn plural(w: &str) -> bool {
    w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("is") && !w.ends_with("us")
}

/// Names as ORG a common word that opens the sentence right before a verb of a statement
/// ("Shelter said the number of ...", "Crisis has warned"), when `common_body` allows the
/// word (no place, people, title, first name or calendar word).
pub fn bodies_making_statements(
    words: &[&str],
    names: &mut Vec<Span>,
    common_body: impl Fn(&str) -> bool,
) {
    let [first, verb, rest @ ..] = words else {
        return;
    };
    let stated = STATEMENTS.contains(verb)
        || matches!(*verb, "has" | "have") && rest.first().is_some_and(|w| STATEMENTS.contains(w));
    let free = names.first().is_none_or(|n| n.0 > 0);
    if stated
        && free
        && capitalised(first)
        && !plural(first)
        && !first.ends_with("ing")
        && !NO_BODY.contains(first)
        && common_body(first)
    {
        insert_name(names, (0, 1, Label::Org));
    }
}

/// Words before a name that make a capitalised word after them a common noun's: "the Board
/// said" is no body's name.
const DETERMINERS: &[&str] = &[
    "the", "The", "a", "an", "its", "his", "her", "their", "our", "this",
];

/// Whether the capitalised word at `j` (not the first), mid-sentence and left out by the tagger, is a body
/// making a statement: "Homelessness charity Crisis said ..., while Mind warned of ...".
pub fn speaks_as_a_body(words: &[&str], j: usize, common_body: impl Fn(&str) -> bool) -> bool {
    let w = words[j];
    // The word must stand alone: after a capital it ends a longer name the tagger cut ("Age
    // Concern said", "Frank Field MP said", "War on Want said").
    let before = words[j - 1];
    words.get(j + 1).is_some_and(|v| STATEMENTS.contains(v))
        && !capitalised(before)
        && !matches!(before, "of" | "on" | "for" | "and" | "&")
        && !DETERMINERS.contains(&before)
        && w.chars().any(char::is_lowercase)
        && !plural(w)
        && !w.ends_with("ing")
        && !NO_BODY.contains(&w)
        && w.chars().all(char::is_alphabetic)
        && common_body(w)
}

/// Joins a common capitalised word to the nation's name after it as one ORG: "Shelter
/// Scotland", "Health Canada", "Age Concern England". Mid-sentence the capital says the word
/// is a name's; at a sentence's start any word has one ("Former England footballer", "Other
/// UK hopes"), so there the body must also make a statement: "Shelter Scotland warned ...".
pub fn bodies_of_nations(words: &[&str], names: &mut [Span], common_body: impl Fn(&str) -> bool) {
    let body_word = |w: &str| {
        capitalised(w)
            && w.chars().all(|c| c.is_alphabetic())
            && !w.ends_with("ing")
            && !NOT_BODIES.contains(&w)
            && !PLACE_MODIFIERS.contains(&w)
            && !NO_BODY.contains(&w)
            && common_body(w)
    };
    for k in 0..names.len() {
        let (a, b, label) = names[k];
        if a == 0 || !matches!(label, Label::Gpe | Label::Loc) || !capitalised(words[a - 1]) {
            continue;
        }
        let nation = NATIONS.iter().any(|n| words[a..b] == **n);
        let free = |i: usize| k == 0 || names[k - 1].1 <= i;
        if !nation || !free(a - 1) || !body_word(words[a - 1]) {
            continue;
        }
        // "Age Concern England": a second word of the body's name before the first.
        let start = if a >= 3 && free(a - 2) && body_word(words[a - 2]) {
            a - 2
        } else {
            a - 1
        };
        // A quotation or a headline in quotes starts a sentence of its own: "\"As England
        // captain he ...".
        let opens = start == 0 || OPENERS.contains(&words[start - 1]);
        let stated = words.get(b).is_some_and(|w| STATEMENTS.contains(w));
        if !opens || stated {
            names[k] = (start, b, Label::Org);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn any(_: &str) -> bool {
        true
    }

    #[test]
    fn a_common_word_before_a_statement_opens_as_a_body() {
        let words: Vec<&str> = "Crisis warned that rough sleeping had risen"
            .split(' ')
            .collect();
        let mut names = vec![];
        bodies_making_statements(&words, &mut names, any);
        assert_eq!(names, vec![(0, 1, Label::Org)]);
        for text in [
            "He said that",
            "Residents said that",
            "Mum said she",
            "Crisis talks ended",
        ] {
            let words: Vec<&str> = text.split(' ').collect();
            let mut names = vec![];
            bodies_making_statements(&words, &mut names, any);
            assert!(names.is_empty(), "{text}");
        }
    }

    #[test]
    fn a_common_word_before_a_nation_is_a_body() {
        let words: Vec<&str> = "said Shelter Scotland on Monday".split(' ').collect();
        let mut names = vec![(2, 3, Label::Gpe)];
        bodies_of_nations(&words, &mut names, any);
        assert_eq!(names, vec![(1, 3, Label::Org)]);
        let words: Vec<&str> = "homes in Rural Wales".split(' ').collect();
        let mut names = vec![(3, 4, Label::Gpe)];
        bodies_of_nations(&words, &mut names, any);
        assert_eq!(names, vec![(3, 4, Label::Gpe)]);
        // At a sentence's start, only with a statement after.
        let words: Vec<&str> = "Former England footballer".split(' ').collect();
        let mut names = vec![(1, 2, Label::Gpe)];
        bodies_of_nations(&words, &mut names, any);
        assert_eq!(names, vec![(1, 2, Label::Gpe)]);
        let words: Vec<&str> = "Shelter Scotland warned that".split(' ').collect();
        let mut names = vec![(1, 2, Label::Gpe)];
        bodies_of_nations(&words, &mut names, any);
        assert_eq!(names, vec![(0, 2, Label::Org)]);
    }
}
