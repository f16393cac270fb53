//! Teams called by their nicknames: "The Jazz waived their guard", "lost to the Heat", "the
//! Crusaders were beaten".
//! A nickname is a common word ("Jazz", "Heat", "Magic") or a plural that other news uses for
//! other things (a genre, the weather, the royal family, a party), so it names the team only
//! capitalised after "the", alone, in sports copy.

use super::casing::capitalised;
use super::label::Label;
use super::lexicon::cues::{is_cue_word, Cue};
use super::repair::{label_token, Span};

/// Labels each nickname of `[team_nickname]` after "the" as the team (ORG), whether the tagger
/// left it or took it for a place or a people, when `is_sport` says the copy is sport. A longer
/// name holding it ("the Heat Network", "Utah Jazz") stands.
pub fn teams_by_nickname(words: &[&str], names: &mut Vec<Span>, is_sport: impl FnOnce() -> bool) {
    let nicknamed: Vec<usize> = (1..words.len())
        .filter(|&i| {
            matches!(words[i - 1], "the" | "The")
                && capitalised(words[i])
                && words.get(i + 1).is_none_or(|w| !capitalised(w))
                && is_cue_word(Cue::TeamNickname, words.get(i))
        })
        .collect();
    if nicknamed.is_empty() || !is_sport() {
        return;
    }
    for i in nicknamed {
        label_token(names, i, Label::Org);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, names: &[Span], sport: bool) -> Vec<Span> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        teams_by_nickname(&words, &mut names, || sport);
        names
    }

    #[test]
    fn a_nickname_after_the_in_sport_is_the_team() {
        assert_eq!(
            run("The Jazz waived their guard", &[], true),
            [(1, 2, Label::Org)]
        );
        assert_eq!(
            run("lost to the Thunder on Friday", &[(3, 4, Label::Gpe)], true),
            [(3, 4, Label::Org)]
        );
        // Not outside sport, not lowercase, not inside a longer name.
        assert!(run("The Jazz festival opened", &[], false).is_empty());
        assert!(run("the heat rose", &[], true).is_empty());
        let long = [(1, 3, Label::Org)];
        assert_eq!(run("the Utah Jazz won", &long, true), long);
    }
}
