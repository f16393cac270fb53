//! Scorers, named after what they scored: "goals from Smith and Jones", "a late header from
//! Watkins", "tries from Dupont and Ramos". The tagger reads a name after "from" as a place or
//! a firm (where something comes from); after a word of scoring it is the player who scored.

use super::label::Label;
use super::repair::Span;

/// What a player scores, before "from" and the scorer ("a penalty from" is a regulator's fine
/// as often, so it is left out).
const SCORES: &[&str] = &[
    "goal",
    "goals",
    "strike",
    "strikes",
    "header",
    "headers",
    "brace",
    "double",
    "hat-trick",
    "try",
    "tries",
    "finish",
    "volley",
];

/// Relabels as people the one-word names after a word of scoring and "from", and the names
/// listed after them ("goals from Smith and Jones"). A country stays one ("goals from Brazil"
/// name its side), and so does a name with a possessive ("a goal from Leeds's captain").
pub fn scorers(words: &[&str], names: &mut [Span], is_country: impl Fn(&[&str]) -> bool) {
    // Where the last scorer's name ended, for the names listed after it.
    let mut scorer_end = None;
    for name in names.iter_mut() {
        let (a, b, label) = *name;
        let scored = a >= 2 && words[a - 1] == "from" && SCORES.contains(&words[a - 2]);
        let listed =
            scorer_end.is_some_and(|e: usize| a == e + 1 && matches!(words[e], "and" | ","));
        scorer_end = None;
        // (The country's look-up below hashes the word: asked only after a scorer's words.)
        if !(scored || listed) {
            continue;
        }
        let player = b == a + 1
            && matches!(label, Label::Gpe | Label::Org | Label::Loc | Label::Norp)
            && !words.get(b).is_some_and(|w| matches!(*w, "'s" | "’s"))
            // Not an acronym: "a goal from VAR's review" is no one's.
            && words[a].chars().skip(1).any(char::is_lowercase)
            && !is_country(&words[a..b]);
        if player || label == Label::Person {
            name.2 = Label::Person;
            scorer_end = Some(b);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, names: &[Span]) -> Vec<Label> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        scorers(&words, &mut names, |n| n == ["Brazil"]);
        names.iter().map(|n| n.2).collect()
    }

    #[test]
    fn names_after_goals_are_players() {
        assert_eq!(
            run(
                "Leeds won with goals from Smith and Jones .",
                &[(0, 1, Label::Org), (5, 6, Label::Gpe), (7, 8, Label::Org)]
            ),
            [Label::Org, Label::Person, Label::Person]
        );
        assert_eq!(
            run("a late header from Watkins", &[(4, 5, Label::Gpe)]),
            [Label::Person]
        );
    }

    #[test]
    fn countries_and_other_sources_stay() {
        assert_eq!(
            run("two goals from Brazil", &[(3, 4, Label::Gpe)]),
            [Label::Gpe]
        );
        assert_eq!(
            run(
                "an offer from Chelsea and Leeds",
                &[(3, 4, Label::Org), (5, 6, Label::Org)]
            ),
            [Label::Org, Label::Org]
        );
        assert_eq!(
            run("a goal from Leeds 's captain", &[(3, 4, Label::Org)]),
            [Label::Org]
        );
    }
}
