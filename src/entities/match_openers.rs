//! Clubs that open a match report's sentence: "Mayo will face Galway in the Connacht final",
//! "Hearts drew with Hibs". At a sentence's start the tagger cannot lean on the capital, and
//! leaves a county or a club named with a common plural out; the result's verb and the
//! opponent after it say it is a side.

use super::casing::capitalised;
use super::label::Label;
use super::repair::{insert_name, Span};
use super::sport::{opposed_at, sporting, TEAM_AFTER, TEAM_WILL};

/// Names the first word a club (ORG) when the tagger left it, the sentence reads like sport,
/// and a result's verb ("beat", "drew with", "will face") and an opponent the tagger found
/// follow it. `is_side` says whether the word can name a side: a town or county (not a
/// country), or a plural no one is named ("Hearts", "Wolves").
pub fn clubs_opening_results(
    words: &[&str],
    names: &mut Vec<Span>,
    is_side: impl Fn(&str) -> bool,
) {
    let Some(first) = words.first() else {
        return;
    };
    if names.first().is_some_and(|n| n.0 == 0) || !capitalised(first) || words.len() < 3 {
        return;
    }
    // "Mayo will face Galway", "Hearts drew with Hibs", "Leinster beat Munster".
    let opponent_at = if words[1] == "will" && TEAM_WILL.contains(&words[2]) {
        3
    } else if TEAM_AFTER.contains(&words[1]) {
        2 + usize::from(matches!(words.get(2), Some(&("with" | "to"))))
    } else {
        return;
    };
    let opponent = names.iter().any(|n| {
        n.0 == opponent_at
            && matches!(n.2, Label::Org | Label::Gpe | Label::Person)
            && (opposed_at(words, n.0) || words[1] == "will")
    });
    if opponent && sporting(words) && is_side(first) {
        insert_name(names, (0, 1, Label::Org));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opened(text: &str, names: &[Span]) -> Vec<Span> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        clubs_opening_results(&words, &mut names, |w| matches!(w, "Mayo" | "Hearts"));
        names
    }

    #[test]
    fn a_side_opening_a_result_is_a_club() {
        let galway = [(3, 4, Label::Person)];
        assert_eq!(
            opened("Mayo will face Galway in the final", &galway),
            [(0, 1, Label::Org), (3, 4, Label::Person)]
        );
        let hibs = [(3, 4, Label::Org)];
        assert_eq!(
            opened("Hearts drew with Hibs 1-1", &hibs),
            [(0, 1, Label::Org), (3, 4, Label::Org)]
        );
        // Not a word that names no side, nor a sentence that is not sport.
        assert_eq!(opened("They drew with Hibs 1-1", &hibs), hibs);
        assert_eq!(opened("Hearts will meet Hibs officials", &hibs), hibs);
    }
}
