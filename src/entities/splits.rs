//! Names the tagger ran together that are two: a people before a place ("Jewish West Bank
//! settlements") and a country before its holiday ("the U.S. Labor Day weekend"). Each part
//! must be listed for what it becomes, so names such as "British Airways" stand. Peoples side
//! by side ("Bosnian Serb", "Iraqi Kurdish") are one people, as CoNLL and OntoNotes mark them.

use super::finer::institution_label;
use super::label::Label;
use super::lexicon::cues::{is_cue, known_name, Cue};
use super::lexicon::{lists_of_tokens, List};
use super::repair::{crosses, replace_names, Span};
use super::stagings::TITLE_SMALL_WORDS;
use super::works::title_end;

/// Longest people's phrase before a place, in words ("Greek Cypriot").
const MAX_PEOPLE: usize = 2;

fn peoples_bits() -> u16 {
    List::Nationality.bit() | List::ReligiousOrPolitical.bit()
}

/// The label a listed place takes: a country, city or state is a GPE, a region a LOC.
fn place_label(words: &[&str]) -> Option<Label> {
    let bits = lists_of_tokens(words);
    if bits & (List::Country.bit() | List::City.bit() | List::State.bit()) != 0 {
        Some(Label::Gpe)
    } else if bits & List::Region.bit() != 0 {
        Some(Label::Loc)
    } else {
        None
    }
}

/// The parts a name the tagger labelled `label` falls into, or `None` when it stands whole.
fn parts(words: &[&str], label: Label) -> Option<Vec<(usize, usize, Label)>> {
    let n = words.len();
    // Every split starts with a people's or a place's word: one look-up rules out most names.
    let first = lists_of_tokens(&words[..1]);
    let places = List::Country.bit() | List::City.bit() | List::State.bit();
    if n < 2 || first & (peoples_bits() | places) == 0 {
        return None;
    }
    if known_name(words).is_some() || place_label(words).is_some() {
        return None;
    }
    // "Rwandan Hutu": every word a people's makes one people, whatever the tagger said.
    if label != Label::Norp
        && words
            .iter()
            .all(|w| lists_of_tokens(std::slice::from_ref(w)) & peoples_bits() != 0)
    {
        return Some(vec![(0, n, Label::Norp)]);
    }
    for k in 1..n.min(MAX_PEOPLE + 1) {
        let (head, tail) = words.split_at(k);
        // "Jewish West Bank"; but a name the tagger took for a place stands ("Pakistani
        // Kashmir").
        let people = lists_of_tokens(head) & peoples_bits() != 0
            && !matches!(label, Label::Gpe | Label::Loc);
        if let (true, Some(label)) = (people, place_label(tail)) {
            return Some(vec![(0, k, Label::Norp), (k, n, label)]);
        }
        // "U.S. Labor Day".
        if place_label(head) == Some(Label::Gpe) && known_name(tail) == Some(Label::Date) {
            return Some(vec![(0, k, Label::Gpe), (k, n, Label::Date)]);
        }
    }
    None
}

pub fn split(words: &[&str], names: &mut Vec<Span>) {
    let mut k = 0;
    while k < names.len() {
        let (a, b, label) = names[k];
        let pieces = match label {
            Label::Person => None,
            _ if b - a < 2 || b - a > MAX_PEOPLE + 4 => None,
            _ => parts(&words[a..b], label),
        };
        match pieces {
            Some(pieces) => {
                let count = pieces.len();
                names.splice(
                    k..k + 1,
                    pieces.into_iter().map(|(s, e, l)| (a + s, a + e, l)),
                );
                k += count;
            }
            None => k += 1,
        }
    }
}

/// Work words that also name other things between capitalised words ("Cup final Man"): left
/// out of `works_inside_names`.
const NOT_ONLY_WORKS: &[&str] = &[
    "single", "feature", "show", "play", "book", "series", "epic",
];

/// "the BBC drama Shetland", "ITV's thriller Grace": the tagger ran a broadcaster or maker
/// into the work after a lowercase word for a kind of work; the name after the word is the
/// work's title, the one before keeps its label.
pub fn works_inside_names(words: &[&str], names: &mut Vec<Span>) {
    let mut k = 0;
    while k < names.len() {
        let (a, b, label) = names[k];
        // "The Netflix series Drive": after a channel, every work word is one.
        let channel = is_cue(Cue::Platform, &words[a..a + 1]);
        let kind = (a + 1..b.saturating_sub(1)).find(|&i| {
            words[i].starts_with(char::is_lowercase)
                && (channel || !NOT_ONLY_WORKS.contains(&words[i]))
                && is_cue(Cue::WorkCue, &words[i..i + 1])
                && words[i + 1].starts_with(char::is_uppercase)
        });
        match kind {
            Some(i) if label != Label::WorkOfArt => {
                let left = if channel { Label::Org } else { label };
                names.splice(k..k + 1, [(a, i, left), (i + 1, b, Label::WorkOfArt)]);
                title_runs_on(words, names, k + 1);
                k += 2;
            }
            _ => k += 1,
        }
    }
}

/// "The Netflix series Drive to Survive": the tagger's name stopped at a small word of the
/// title, which runs on over it and the capitalised words after, taking in the names there.
fn title_runs_on(words: &[&str], names: &mut Vec<Span>, k: usize) {
    let (a, b, _) = names[k];
    let Some(end) = title_end(words, a, TITLE_SMALL_WORDS) else {
        return;
    };
    if end > b && !crosses(names, b, end) {
        replace_names(names, (a, end, Label::WorkOfArt));
    }
}

/// "Stranger Things on Netflix", "BBC One on Christmas Day", "Blitz on London": the tagger
/// ran a name on over "on" into the channel, the day or the place after it, which is a name of
/// its own (a known name, a place, or a channel's); "Conference on Disarmament" and other
/// bodies named for their subject stand whole. So over "in" into a place ("Scottish Trades
/// Union Congress in Dundee"; not a work's title, "Midnight in Paris") and over "at" into a
/// building ("Translations at the Town Hall Theatre"; a place after "at" may be a campus's,
/// "University of Texas at Austin").
pub fn split_at_on(words: &[&str], names: &mut Vec<Span>, is_place: impl Fn(&[&str]) -> bool) {
    let mut k = 0;
    while k < names.len() {
        let (a, b, label) = names[k];
        let joint = (a + 1..b.saturating_sub(1)).find(|&i| matches!(words[i], "on" | "in" | "at"));
        let cut = joint.filter(|&i| {
            label != Label::Person
                && !is_cue(Cue::TopicHead, &words[i - 1..i])
                && known_name(&words[a..b]).is_none()
        });
        let right = cut.and_then(|i| {
            // "at the Town Hall Theatre": the building's name has no "the".
            let from = if words[i + 1] == "the" && i + 2 < b {
                i + 2
            } else {
                i + 1
            };
            let rest = &words[from..b];
            let place = || is_place(rest).then_some(Label::Gpe);
            let label = match words[i] {
                "on" => known_name(rest)
                    .or_else(place)
                    .or_else(|| is_cue(Cue::Platform, &rest[..1]).then_some(Label::Org)),
                // ("Electric Picnic in Stradbally": a known name before "in" is held in a
                // place, however small.)
                "in" if label != Label::WorkOfArt => known_name(rest)
                    .filter(|l| matches!(l, Label::Gpe | Label::Loc))
                    .or_else(place)
                    .or_else(|| known_name(&words[a..i]).map(|_| Label::Gpe)),
                // ("University of Texas at Austin" is one name.)
                "at" => (institution_label(rest[rest.len() - 1]) == Some(Label::Facility))
                    .then_some(Label::Facility),
                _ => None,
            };
            label.map(|l| (i, from, l))
        });
        match right {
            Some((i, from, right)) => {
                // "BBC One on Christmas Day": a channel's name before "on" is the channel's.
                let channel = label != Label::WorkOfArt && is_cue(Cue::Platform, &words[a..a + 1]);
                // "Hay Festival in Powys": what is held in a place is an event.
                let held = label == Label::Org && is_cue(Cue::EventLast, &words[i - 1..i]);
                let left = if channel {
                    Label::Org
                } else if held {
                    Label::Event
                } else {
                    known_name(&words[a..i]).unwrap_or(label)
                };
                names.splice(k..k + 1, [(a, i, left), (from, b, right)]);
                k += 2;
            }
            None => k += 1,
        }
    }
}

/// "ferries between Dover and Calais": a name of two places and "and" after "between" (a
/// route's two ends, which the tagger runs together into one firm) is two places, unless the
/// whole is one name ("Trinidad and Tobago", "Harland and Wolff").
pub fn places_between(words: &[&str], names: &mut Vec<Span>, is_place: impl Fn(&[&str]) -> bool) {
    let mut k = 0;
    while k < names.len() {
        let (a, b, label) = names[k];
        k += 1;
        let pair = b == a + 3 && a > 0 && words[a - 1] == "between" && words[a + 1] == "and";
        if !pair || label == Label::Person {
            continue;
        }
        let whole = &words[a..b];
        let ends_are_places = is_place(&words[a..a + 1]) && is_place(&words[b - 1..b]);
        if ends_are_places && known_name(whole).is_none() && place_label(whole).is_none() {
            names.splice(k - 1..k, [(a, a + 1, Label::Gpe), (b - 1, b, Label::Gpe)]);
            k += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split_names(text: &str, names: &[Span]) -> Vec<(String, Label)> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        split(&words, &mut names);
        names
            .iter()
            .map(|&(a, b, l)| (words[a..b].join(" "), l))
            .collect()
    }

    #[test]
    fn names_run_on_over_on_are_split() {
        let run = |text: &str, name: Span| {
            let words: Vec<&str> = text.split(' ').collect();
            let mut names = vec![name];
            split_at_on(&words, &mut names, |w| w == ["London"]);
            names
                .iter()
                .map(|&(a, b, l)| (words[a..b].join(" "), l))
                .collect::<Vec<_>>()
        };
        // (A known name before the joint keeps its own label.)
        assert_eq!(
            run("stream Stranger Things on Netflix .", (1, 5, Label::Event)),
            [
                ("Stranger Things".into(), Label::WorkOfArt),
                ("Netflix".into(), Label::Org)
            ]
        );
        assert_eq!(
            run("stream Harbour Lights on Netflix .", (1, 5, Label::Event)),
            [
                ("Harbour Lights".into(), Label::Event),
                ("Netflix".into(), Label::Org)
            ]
        );
        assert_eq!(
            run("the Blitz on London", (1, 4, Label::Org)),
            [("Blitz".into(), Label::Org), ("London".into(), Label::Gpe)]
        );
        assert_eq!(
            run("the Conference on Disarmament met", (1, 4, Label::Org)).len(),
            1
        );
        assert_eq!(
            run("Nightmare on Elm Street", (0, 4, Label::Event)).len(),
            1
        );
        // A known name held "in" a place no list knows.
        assert_eq!(
            run("for Electric Picnic in Stradbally sold", (1, 5, Label::Org)),
            [
                ("Electric Picnic".into(), Label::Event),
                ("Stradbally".into(), Label::Gpe)
            ]
        );
    }

    #[test]
    fn peoples_places_and_holidays_run_together_are_split() {
        let got = split_names("the Rwandan Hutu refugees", &[(1, 3, Label::Event)]);
        assert_eq!(got, [("Rwandan Hutu".into(), Label::Norp)]);
        let got = split_names("of Jewish West Bank settlements", &[(1, 4, Label::Org)]);
        assert_eq!(
            got,
            [
                ("Jewish".into(), Label::Norp),
                ("West Bank".into(), Label::Loc)
            ]
        );
        let got = split_names("the U.S. Labor Day weekend", &[(1, 4, Label::Event)]);
        assert_eq!(
            got,
            [
                ("U.S.".into(), Label::Gpe),
                ("Labor Day".into(), Label::Date)
            ]
        );
    }

    #[test]
    fn names_that_start_with_a_people_or_a_place_stand() {
        for (text, span) in [
            ("British Airways flew", (0, 2, Label::Org)),
            ("the North Korean army", (1, 3, Label::Norp)),
            ("the French Open", (1, 3, Label::Event)),
            ("Jewish Chronicle said", (0, 2, Label::Org)),
            ("New York Times said", (0, 3, Label::Org)),
            ("in Pakistani Kashmir .", (1, 3, Label::Loc)),
        ] {
            let got = split_names(text, &[span]);
            assert_eq!(got.len(), 1, "{text}");
        }
    }

    #[test]
    fn two_places_after_between_are_two() {
        let words = ["ferries", "between", "Dover", "and", "Calais"];
        let mut names = vec![(2, 5, Label::Org)];
        places_between(&words, &mut names, |n| matches!(n, ["Dover"] | ["Calais"]));
        assert_eq!(names, [(2, 3, Label::Gpe), (4, 5, Label::Gpe)]);
        let words = ["talks", "between", "Harland", "and", "Wolff"];
        let mut names = vec![(2, 5, Label::Org)];
        places_between(&words, &mut names, |n| n == ["Harland"]);
        assert_eq!(names, [(2, 5, Label::Org)]);
    }
}
