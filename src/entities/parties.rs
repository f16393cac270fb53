//! Parties named by their lean: "Spain's far-right Vox", "the leftist Sumar". A word of a
//! party's politics right before one capitalised word that is no person's name, people or
//! place makes that word a party (ORG), which the tagger, never having seen it, may have taken
//! for anything or left out. A party known by its capitals before its leader's title and name
//! ("ACT leader David Seymour") is one too; "Green" before its councillors is their party's
//! adjective.

use super::casing::capitalised;
use super::label::Label;
use super::lexicon::{is_people_word, lists_of_tokens, LISTED_PLACES, PLACES_AND_PEOPLES};
use super::repair::{label_token, name_at, Span};

/// Words of a party's politics.
pub(super) const LEANS: &[&str] = &[
    "far-right",
    "far-left",
    "hard-right",
    "hard-left",
    "leftist",
    "rightist",
    "centre-right",
    "center-right",
    "centre-left",
    "center-left",
    "populist",
    "nationalist",
    "ultranationalist",
    "ultra-nationalist",
    "anti-immigration",
    "anti-immigrant",
    "eurosceptic",
    "Eurosceptic",
    "separatist",
    "pro-independence",
    "pro-European",
    "socialist",
    "communist",
    "ruling",
    "opposition",
];

/// `is_personal` says whether a word is a person's first name or surname ("the populist
/// Trump" names a man).
pub fn parties_by_their_lean(
    words: &[&str],
    names: &mut Vec<Span>,
    is_personal: impl Fn(&str) -> bool,
) {
    for i in 1..words.len() {
        let w = words[i];
        // ("after this ruling I suspect": a party's name has three letters or more.)
        // The capital first: most words have none, and the lean is looked up only then.
        let word = w.len() >= 3 && capitalised(w) && w.chars().all(char::is_alphabetic);
        if !word || !LEANS.contains(&words[i - 1]) {
            continue;
        }
        // One word, alone: "the ruling Fidesz party", but not "the ruling Labour Party" (the
        // tagger's whole name) or "far-right Le Pen".
        if words.get(i + 1).is_some_and(|n| capitalised(n)) {
            continue;
        }
        let one = [w];
        let known = lists_of_tokens(&one) & (PLACES_AND_PEOPLES | LISTED_PLACES) != 0
            || is_people_word(&one)
            || is_personal(w);
        if known {
            continue;
        }
        // ("the opposition Conservatives": a party's members, a people.)
        let members = name_at(names, i).is_some_and(|k| names[k] == (i, i + 1, Label::Norp));
        if !members {
            label_token(names, i, Label::Org);
        }
    }
}

/// Offices in a party, between its initials and a person's name.
pub(super) const PARTY_OFFICES: &[&str] = &[
    "leader",
    "co-leader",
    "MP",
    "MSP",
    "MLA",
    "TD",
    "MEP",
    "councillor",
    "candidate",
    "senator",
    "spokesman",
    "spokeswoman",
    "spokesperson",
];

/// "ACT leader David Seymour": a word in capitals the tagger left out, right before a party
/// office and a person's name, is the party (ORG).
pub fn parties_by_their_leaders(words: &[&str], names: &mut Vec<Span>) {
    for i in 0..words.len().saturating_sub(2) {
        let w = words[i];
        let initials = (2..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase());
        if initials
            && PARTY_OFFICES.contains(&words[i + 1])
            && name_at(names, i).is_none()
            && name_at(names, i + 2)
                .is_some_and(|k| names[k].0 == i + 2 && names[k].2 == Label::Person)
        {
            label_token(names, i, Label::Org);
        }
    }
}

/// Words for a party's people after its adjective: "Green councillors", "Green MSPs".
const MEMBERS: &[&str] = &[
    "councillor",
    "councillors",
    "MP",
    "MPs",
    "MSP",
    "MSPs",
    "MEP",
    "MEPs",
    "MS",
    "MSs",
    "TD",
    "TDs",
    "peer",
    "peers",
    "candidate",
    "candidates",
    "activists",
    "members",
    "voters",
    "supporters",
    "senators",
    "lawmakers",
    "politicians",
];

/// "Green councillors voted against": "Green" alone before a word for a party's people is the
/// adjective of a political group (NORP), which the tagger takes for a place or a surname.
pub fn green_members(words: &[&str], names: &mut [Span]) {
    for span in names.iter_mut() {
        let (a, b, _) = *span;
        if b == a + 1 && words[a] == "Green" && words.get(b).is_some_and(|w| MEMBERS.contains(w)) {
            span.2 = Label::Norp;
        }
    }
}

/// Groups that follow a doctrine, besides a party's members: "Kemalist officers".
const FOLLOWERS: &[&str] = &[
    "rebels",
    "militants",
    "deputies",
    "legislators",
    "officers",
    "movement",
    "government",
    "governments",
    "camp",
    "faction",
    "factions",
];

/// "Kemalist officers", "Chavista lawmakers": a capitalised follower's word ("-ist", "-ista")
/// right before a word for a party's people or a group is the political group (NORP), which
/// the tagger, never having seen it, leaves out or takes for a name. A common word the
/// sentence's start capitalised ("Journalist groups") is none: `is_common` says which.
pub fn followers_of_doctrines(
    words: &[&str],
    names: &mut Vec<Span>,
    is_common: impl Fn(&str) -> bool,
) {
    for i in 0..words.len().saturating_sub(1) {
        let w = words[i];
        let follower = w.len() >= 6
            && capitalised(w)
            && (w.ends_with("ist") || w.ends_with("ista"))
            && w.chars().all(char::is_alphabetic);
        let group = || MEMBERS.contains(&words[i + 1]) || FOLLOWERS.contains(&words[i + 1]);
        if follower && group() && !is_common(w) {
            label_token(names, i, Label::Norp);
        }
    }
}

/// "Labour MPs warned", "SNP MSPs": a party's members' letters, which the tagger may take into
/// the party's name, are no part of it; the party before them is a political group.
/// `is_group` says whether a name is a party's or a people's word ("Conservative", "Welsh":
/// NORP), `is_place` whether it is a place ("Edinburgh MSP": the seat, GPE); any other name is
/// the party's (ORG).
pub fn members_cut_off(
    words: &[&str],
    names: &mut [Span],
    is_group: impl Fn(&[&str]) -> bool,
    is_place: impl Fn(&[&str]) -> bool,
) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        let letters = b >= a + 2
            && words[b - 1].starts_with(|c: char| c.is_ascii_uppercase())
            && MEMBERS.contains(&words[b - 1]);
        if letters {
            let rest = &words[a..b - 1];
            // ("Tom McCabe MSP": a member named with the letters stays a person.)
            let label = if label == Label::Person {
                Label::Person
            } else if is_group(rest) {
                Label::Norp
            } else if is_place(rest) {
                Label::Gpe
            } else {
                Label::Org
            };
            *span = (a, b - 1, label);
        }
    }
}

/// "a New York Democrat", "a Texas Republican": a place and a party's member in one name are
/// two, the place (GPE) and the political group (NORP).
pub fn partisans_of_places(
    words: &[&str],
    names: &mut Vec<Span>,
    is_place: impl Fn(&[&str]) -> bool,
) {
    let mut k = 0;
    while k < names.len() {
        let (a, b, _) = names[k];
        let partisan = b >= a + 2 && matches!(words[b - 1], "Democrat" | "Republican");
        if partisan && is_place(&words[a..b - 1]) {
            names[k] = (a, b - 1, Label::Gpe);
            names.insert(k + 1, (b - 1, b, Label::Norp));
            k += 1;
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, names: &[Span]) -> Vec<Span> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        parties_by_their_lean(&words, &mut names, |w| w == "Trump");
        names
    }

    #[test]
    fn a_lean_before_an_unknown_word_names_a_party() {
        assert_eq!(
            run("Spain 's far-right Vox lost", &[]),
            [(3, 4, Label::Org)]
        );
        assert_eq!(
            run("the leftist Sumar lost", &[(2, 3, Label::Person)]),
            [(2, 3, Label::Org)]
        );
        // Not a person, a people or a longer name.
        assert!(run("the populist Trump won", &[]).is_empty());
        assert!(run("the nationalist Scottish government", &[]).is_empty());
        assert!(run("this ruling I suspect", &[]).is_empty());
        let members = [(2, 3, Label::Norp)];
        assert_eq!(run("the opposition Conservatives have", &members), members);
        let long = [(2, 4, Label::Org)];
        assert_eq!(run("the ruling Labour Party", &long), long);
    }

    #[test]
    fn initials_before_a_leader_name_a_party() {
        let words: Vec<&str> = "ACT leader David Seymour said".split(' ').collect();
        let mut names = vec![(2, 4, Label::Person)];
        parties_by_their_leaders(&words, &mut names);
        assert_eq!(names, [(0, 1, Label::Org), (2, 4, Label::Person)]);
    }

    #[test]
    fn a_followers_word_before_a_group_is_a_political_group() {
        let run = |text: &str| {
            let words: Vec<&str> = text.split(' ').collect();
            let mut names = vec![];
            followers_of_doctrines(&words, &mut names, |w| w == "Journalist");
            names
        };
        assert_eq!(run("Kemalist officers were purged"), [(0, 1, Label::Norp)]);
        assert_eq!(run("the Chavista lawmakers"), [(1, 2, Label::Norp)]);
        assert!(run("Journalist groups protested").is_empty());
        assert!(run("the Kemalist said").is_empty());
    }
}
