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

/// A player's figure in a scorecard: runs ("104", "57*") or a bowler's wickets for runs
/// ("4-32", "3/45").
fn is_figure(w: &str) -> bool {
    let w = w.strip_suffix('*').unwrap_or(w);
    let digits = |p: &str| (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    match w.split_once(['-', '/']) {
        Some((wickets, runs)) => wickets.len() == 1 && digits(wickets) && digits(runs),
        None => digits(w),
    }
}

/// "Lahore 301 for six (Imran Qadir 104, Sahil Mirza 4-32)": a name that opens a bracket, or
/// follows a player's figure and a comma inside one, before its own figure and the bracket's
/// end or a comma, is the player who made it, whatever the tagger took it for. A place or a
/// known firm stays as it is (`is_place_or_firm`): a county's side may be given its total.
pub fn players_in_scorecards(
    words: &[&str],
    names: &mut [Span],
    is_place_or_firm: impl Fn(&[&str]) -> bool,
) {
    for name in names.iter_mut() {
        let (a, b, label) = *name;
        let opens = a >= 1 && words[a - 1] == "("
            || a >= 2 && words[a - 1] == "," && is_figure(words[a - 2]);
        let figured = words.get(b).is_some_and(|w| is_figure(w))
            && words.get(b + 1).is_some_and(|w| matches!(*w, ")" | ","));
        if label != Label::Person && opens && figured && !is_place_or_firm(&words[a..b]) {
            name.2 = Label::Person;
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

    #[test]
    fn names_before_their_figures_in_brackets_are_players() {
        let words: Vec<&str> =
            "Karachi 254 ( Imran Qadir 88 , Sahil Mirza 4-32 ) beat Quetta ( 201 )"
                .split(' ')
                .collect();
        let mut names = vec![(0, 1, Label::Gpe), (3, 5, Label::Org), (7, 9, Label::Gpe)];
        players_in_scorecards(&words, &mut names, |n| n == ["Karachi"]);
        assert_eq!(names[1].2, Label::Person);
        assert_eq!(names[2].2, Label::Person);
        // A side's total in brackets stays the side's.
        let words = ["(", "Surrey", "312", ")"];
        let mut names = vec![(1, 2, Label::Org)];
        players_in_scorecards(&words, &mut names, |n| n == ["Surrey"]);
        assert_eq!(names[0].2, Label::Org);
        assert!(is_figure("57*") && is_figure("3/45") && !is_figure("2024") && !is_figure("12-1"));
    }
}
