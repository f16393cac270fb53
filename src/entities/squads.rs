//! Teams named before their players' roles: "Hearts manager Steven Naismith", "Leinster
//! fly-half Ross Byrne", "Ferrari driver Charles Leclerc". The name before such a role and a
//! person is the team's, which the tagger reads as the province or town it is named after, or
//! drops at the start of a sentence.

use super::casing::capitalised;
use super::label::Label;
use super::lexicon::cues::{is_cue, Cue};
use super::lexicon::{is_people_word, is_title_phrase, lists_of_tokens, List};
use super::numeric::is_calendar_word;
use super::repair::{insert_name, Span};

/// The longest team name taken when the tagger left it out, in words.
const MAX_TEAM: usize = 3;

/// Makes the name right before a player's role and a person's name a team (ORG): a place or
/// person the tagger saw, or capitalised words it left. A country stays a GPE ("England
/// captain Harry Kane": OntoNotes marks national sides so), as do a people's word ("Welsh
/// winger"), an event ("Formula One driver"), a ground ("Anfield boss") and a known title.
///
/// `is_personal` says whether a word is a personal name ("Johnny Cash manager Saul Holiff" is
/// a singer's manager), `name_like` whether a word the tagger left can be a team's name: a
/// word mostly written capitalised or unknown ("Bourgoin"), or a plural ("Hearts", "Saracens");
/// a sentence's start capitalises adjectives too ("Uncapped winger", "Assistant manager").
pub fn teams_before_roles(
    words: &[&str],
    names: &mut Vec<Span>,
    is_personal: impl Fn(&str) -> bool,
    name_like: impl Fn(&str) -> bool,
) {
    let people: Vec<usize> = names
        .iter()
        .filter(|s| s.2 == Label::Person && s.0 >= 2)
        .map(|s| s.0)
        .collect();
    for a in people {
        // Roles are lowercase: most people have none before them.
        if !words[a - 1].starts_with(char::is_lowercase) {
            continue;
        }
        let Some(r) = (1..=2.min(a - 1))
            .rev()
            .find(|&n| is_cue(Cue::PlayerRole, &words[a - n..a]))
        else {
            continue;
        };
        let end = a - r;
        let kept = |start: usize| {
            let name = &words[start..end];
            is_people_word(name)
                || lists_of_tokens(name) & (List::Country.bit() | List::Nationality.bit()) != 0
                || is_title_phrase(name)
        };
        if let Some(k) = names.iter().position(|s| s.1 == end) {
            let (start, _, label) = names[k];
            let retypable = match label {
                Label::Gpe | Label::Loc | Label::Norp => true,
                Label::Person => end == start + 1 || !is_personal(words[start]),
                _ => false,
            };
            if retypable && !kept(start) {
                names[k].2 = Label::Org;
            }
            continue;
        }
        // Untagged: the capitalised words before the role, up to three.
        let mut start = end;
        while start > 0
            && end - start < MAX_TEAM
            && capitalised(words[start - 1])
            && !is_calendar_word(words[start - 1])
            && words[start - 1].chars().all(char::is_alphabetic)
            && name_like(words[start - 1])
        {
            start -= 1;
        }
        let free = names.iter().all(|s| s.1 <= start || s.0 >= end);
        if start < end && free && !kept(start) && !matches!(words[start], "The" | "A" | "An") {
            insert_name(names, (start, end, Label::Org));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn teams(text: &str, names: &[Span]) -> Vec<Span> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        teams_before_roles(&words, &mut names, |w| w == "Johnny", |w| w != "Their");
        names
    }

    #[test]
    fn a_name_before_a_role_and_a_person_is_a_team() {
        let names = teams(
            "Leinster fly-half Ross Byrne kicked",
            &[(0, 1, Label::Gpe), (2, 4, Label::Person)],
        );
        assert_eq!(names, vec![(0, 1, Label::Org), (2, 4, Label::Person)]);
        let names = teams(
            "Hearts manager Steven Naismith said",
            &[(2, 4, Label::Person)],
        );
        assert_eq!(names, vec![(0, 1, Label::Org), (2, 4, Label::Person)]);
        // A common word at a sentence's start, or a person named in full, is no team.
        let names = teams(
            "Their manager Steven Naismith said",
            &[(2, 4, Label::Person)],
        );
        assert_eq!(names, vec![(2, 4, Label::Person)]);
        let names = teams(
            "Johnny Cash manager Saul Holiff dies",
            &[(0, 2, Label::Person), (3, 5, Label::Person)],
        );
        assert_eq!(names, vec![(0, 2, Label::Person), (3, 5, Label::Person)]);
        // A people's word is no team; a person after no role is left.
        let names = teams(
            "Welsh winger Ross Byrne kicked",
            &[(0, 1, Label::Norp), (2, 4, Label::Person)],
        );
        assert_eq!(names, vec![(0, 1, Label::Norp), (2, 4, Label::Person)]);
        let names = teams(
            "Leinster said Ross Byrne kicked",
            &[(0, 1, Label::Gpe), (2, 4, Label::Person)],
        );
        assert_eq!(names, vec![(0, 1, Label::Gpe), (2, 4, Label::Person)]);
    }
}
