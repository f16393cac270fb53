//! Teams named before their players' roles: "Hearts manager Steven Naismith", "Leinster
//! fly-half Ross Byrne", "Ferrari driver Charles Leclerc". The name before such a role and a
//! person is the team's, which the tagger reads as the province or town it is named after, or
//! drops at the start of a sentence.

use super::casing::capitalised;
use super::label::Label;
use super::lexicon::cues::{first_cue, is_cue, is_listed_town, is_small_town, known_name, Cue};
use super::lexicon::{is_people_word, is_title_phrase, lists_of_tokens, List, PLACES_AND_PEOPLES};
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
            // A people's adjective stays one ("West Indian all-rounder").
            let retypable = match label {
                Label::Gpe | Label::Loc => true,
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

/// Plurals that end the names of places and landmarks, not of teams: "Idaho Falls", "Cayman
/// Islands", "Los Angeles Times".
const PLACE_PLURALS: &[&str] = &[
    "Islands",
    "Isles",
    "Heights",
    "Springs",
    "Falls",
    "Hills",
    "Woods",
    "Lakes",
    "Plains",
    "Rapids",
    "Keys",
    "Highlands",
    "Lowlands",
    "Gardens",
    "Fields",
    "Meadows",
    "Docks",
    "Downs",
    "Mountains",
    "Mills",
    "Sands",
    "Shores",
    "Times",
    "News",
    "Works",
    "Waters",
    "Flats",
    "Acres",
    "Banks",
    "Forks",
    "Rocks",
    "Cliffs",
    "Pines",
    "Oaks",
    "Palms",
    "Towers",
    "Halls",
    "Courts",
    "Studios",
    "Games",
    "Olympics",
    "Paralympics",
    "Championships",
    "Awards",
];

/// Last words of football clubs' names that end no person's name.
const CLUBS_LAST: &[&str] = &[
    "Town",
    "United",
    "Rovers",
    "Wanderers",
    "Albion",
    "Athletic",
    "Rangers",
    "Thistle",
    "Harriers",
    "Academicals",
];

/// Whether a name of two words or more ends with a club's word, or with "City" or "County",
/// which end clubs' names in play ("beat Crawley Town", "face Ross County") and places'
/// elsewhere ("Mexico City", "Erie County"); not one with "The" ("Sex and The City").
pub fn ends_as_club(name: &[&str]) -> bool {
    name.len() >= 2
        && name[0] != "The"
        && name
            .last()
            .is_some_and(|w| CLUBS_LAST.contains(w) || matches!(*w, "City" | "County"))
}

/// "Hull City", "Luton Town": a town's name and "City" or a club's word is, in play, its club
/// when no list knows the pair as a place ("Mexico City", "Gaza City", "Carson City" are on
/// them). A country's or a state's name ("Panama City", "Quebec City") opens a city's name,
/// never a club's.
fn city_club(words: &[&str], (a, b, _): Span, is_place: impl Fn(&[&str]) -> bool) -> bool {
    let town = &words[a..a + 1];
    b - a == 2
        && (words[b - 1] == "City" || CLUBS_LAST.contains(&words[b - 1]))
        && capitalised(words[a])
        && is_place(town)
        && lists_of_tokens(town) & (List::Country.bit() | List::State.bit()) == 0
        && lists_of_tokens(&words[a..b]) & PLACES_AND_PEOPLES == 0
        && known_name(&words[a..b]).is_none()
        && !is_listed_town(&words[a..b])
        && !is_small_town(&words[a..b])
}

/// "Hull City were relegated", "Bristol City have sacked": British copy gives a club a
/// plural verb, a city a singular one.
fn plays(words: &[&str], b: usize) -> bool {
    matches!(words.get(b), Some(&("were" | "have" | "are")))
}

/// "Sydney Swans", "Iowa Hawkeyes", "Chennai Super Kings": a place's name and a capitalised
/// plural after it is a team (ORG), whatever the tagger took the whole for (but a person's
/// name), unless the lexicon
/// or GeoNames knows the whole as something else ("Idaho Falls") or the plural ends places'
/// names ("Cayman Islands"). A town and "City" or a club's word is a club in play
/// (`in_play`: the sentence or the story reads like sport) or before a club's plural verb.
///
/// `is_personal` says whether a word is a personal name: "San Andreas" is a fault and a game.
pub fn teams_named_for_places(
    words: &[&str],
    names: &mut [Span],
    is_place: impl Fn(&[&str]) -> bool,
    is_personal: impl Fn(&str) -> bool,
    in_play: impl Fn() -> bool,
) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        if label == Label::Org || b - a < 2 || b - a > 4 {
            continue;
        }
        if city_club(words, *span, &is_place) && (plays(words, b) || in_play()) {
            span.2 = Label::Org;
            continue;
        }
        let last = words[b - 1];
        // "Mansfield Town", "Bristol Rovers": no person's or town's name ends with a club's
        // word, though the tagger takes a surname's town ("Mansfield") for a person; a
        // place's name may ("Camden Town"), so the tagger's place stays one.
        if CLUBS_LAST.contains(&last)
            && label != Label::Gpe
            && words[a..b].iter().all(|w| capitalised(w))
            && known_name(&words[a..b]).is_none()
            && !is_listed_town(&words[a..b])
            && !is_small_town(&words[a..b])
        {
            span.2 = Label::Org;
            continue;
        }
        // A person keeps the label ("Kim Clijsters", "George Lucas") unless the name opens with
        // a place's word no one is named ("Saskatoon Blades").
        if label == Label::Person && is_personal(words[a]) {
            continue;
        }
        let plural = last.len() > 3
            && last.ends_with('s')
            && !last.ends_with("ss")
            && capitalised(last)
            && words[a..b].iter().all(|w| capitalised(w))
            && last.chars().all(char::is_alphabetic)
            && !PLACE_PLURALS.contains(&last);
        // A plural that ends laws', events', landforms' or firms' names is theirs: "Geneva
        // Conventions", "Somerset Levels", "Cheltenham Races".
        let cue = [
            Cue::LawLast,
            Cue::EventLast,
            Cue::Landform,
            Cue::OrgLast,
            Cue::Structure,
            Cue::AwardLast,
        ];
        let kind_word = first_cue(last, &cue).is_some()
            || lists_of_tokens(&[last]) & (List::GeographicCue.bit() | List::OrgWord.bit()) != 0;
        if !plural
            || kind_word
            || is_personal(last)
            || known_name(&words[a..b]).is_some()
            || is_listed_town(&words[a..b])
        {
            continue;
        }
        // The place is the first word or two; the team's own name the rest.
        // Not a people's ("Roman Catholics"), nor a word that only opens places' names ("San
        // Andreas" is a fault and a game).
        let opener = matches!(
            words[a],
            "San"
                | "Santa"
                | "Santo"
                | "São"
                | "St"
                | "St."
                | "Saint"
                | "Los"
                | "Las"
                | "El"
                | "La"
        );
        let place = |n: usize| is_place(&words[a..a + n]) && !is_people_word(&words[a..a + n]);
        if !opener && (1..=2.min(b - a - 1)).any(place) {
            span.2 = Label::Org;
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

    #[test]
    fn a_place_and_a_plural_are_a_team() {
        let words: Vec<&str> = "the Sydney Herons and Idaho Falls".split(' ').collect();
        let mut names = vec![(1, 3, Label::Event), (4, 6, Label::Gpe)];
        let place = |w: &[&str]| w == ["Sydney"] || w == ["Idaho"];
        teams_named_for_places(&words, &mut names, place, |w| w == "Andreas", || false);
        assert_eq!(names, vec![(1, 3, Label::Org), (4, 6, Label::Gpe)]);
    }

    #[test]
    fn a_town_and_city_is_a_club_unless_listed() {
        let words: Vec<&str> = "Hull City and Mexico City".split(' ').collect();
        let mut names = vec![(0, 2, Label::Gpe), (3, 5, Label::Gpe)];
        let place = |w: &[&str]| w == ["Hull"] || w == ["Mexico"];
        teams_named_for_places(&words, &mut names, place, |_| false, || true);
        assert_eq!(names, vec![(0, 2, Label::Org), (3, 5, Label::Gpe)]);
        // Outside sport, a club needs its plural verb.
        let mut names = vec![(0, 2, Label::Gpe)];
        teams_named_for_places(&words[..2], &mut names, place, |_| false, || false);
        assert_eq!(names, vec![(0, 2, Label::Gpe)]);
    }
}
