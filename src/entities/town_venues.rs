//! Airports and racecourses named by their town alone, FAC in OntoNotes: "the jet landed at
//! Shannon", "flights from Luton", "the Melbourne Cup at Flemington". Copy drops "Airport" or
//! "Racecourse" once the story is about flying or racing; the tagger then takes a town that is
//! also a first name for a person ("Shannon") and a town with a venue of its own name for the
//! town.

use super::label::Label;
use super::lexicon::cues::known_name;
use super::repair::Span;

/// Words of flying: an airport's town in their sentence is the airport.
const FLYING: &[&str] = &[
    "flight",
    "flights",
    "flew",
    "fly",
    "flying",
    "landed",
    "landing",
    "plane",
    "planes",
    "jet",
    "jets",
    "airline",
    "airlines",
    "aircraft",
    "diverted",
    "runway",
    "passengers",
    "stopover",
    "refuelling",
    "refueling",
    "take-off",
    "departures",
];

/// Words of horse racing: a racecourse's town after "at" in their sentence is the course.
const RACING: &[&str] = &[
    "race", "races", "racing", "raced", "Cup", "Derby", "Stakes", "Handicap", "jockey", "trainer",
    "punters", "horse", "furlongs", "meeting", "odds-on",
];

/// Words before a town that say it is where a plane is: "landed at", "flights from".
const AIRPORT_LEADS: &[&str] = &["at", "into", "from", "through", "to", "via", "out"];

/// Relabels as FAC a one-word name that has a known airport of its own name ("Shannon
/// Airport"), after a lead word in a sentence of flying, or a known racecourse ("Flemington
/// Racecourse") after "at" in a sentence of racing. A town the tagger saw as a place keeps its
/// label unless the plane is at it ("landed at", "passed through"): "flights to Luton" may be
/// the town.
pub fn venues_by_their_town(words: &[&str], names: &mut [Span]) {
    let mut flying = None;
    let mut racing = None;
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        // ("Epsom Downs", which the tagger takes for a landform, is a racecourse's two words.)
        let two_word_course = b == a + 2 && label == Label::Loc;
        if a == 0 || !(b == a + 1 && matches!(label, Label::Person | Label::Gpe) || two_word_course)
        {
            continue;
        }
        // "landed at Frankfurt airport", "Frankfurt's Rhein-Main airport": the town names it.
        if words
            .get(b)
            .is_some_and(|w| matches!(*w, "airport" | "'s" | "Airport"))
        {
            continue;
        }
        let lead = words[a - 1];
        let at = matches!(lead, "at" | "through");
        let in_sentence = |list: &[&str]| words.iter().any(|w| list.contains(w));
        let airport = !two_word_course
            && AIRPORT_LEADS.contains(&lead)
            && (label == Label::Person || at)
            && *flying.get_or_insert_with(|| in_sentence(FLYING))
            && known_name(&[words[a], "Airport"]) == Some(Label::Facility);
        let course = lead == "at"
            && *racing.get_or_insert_with(|| in_sentence(RACING))
            && known_name(&[&words[a..b], &["Racecourse"][..]].concat()) == Some(Label::Facility);
        if airport || course {
            span.2 = Label::Facility;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labelled(text: &str, names: &[Span]) -> Vec<Label> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        venues_by_their_town(&words, &mut names);
        names.iter().map(|n| n.2).collect()
    }

    #[test]
    fn a_town_in_a_story_of_flying_is_its_airport() {
        assert_eq!(
            labelled("the jet landed at Shannon", &[(4, 5, Label::Person)]),
            [Label::Facility]
        );
        assert_eq!(
            labelled("the flight was diverted to Luton", &[(5, 6, Label::Person)]),
            [Label::Facility]
        );
        assert_eq!(
            labelled("the plane landed at Luton", &[(4, 5, Label::Gpe)]),
            [Label::Facility]
        );
    }

    #[test]
    fn a_town_in_a_story_of_racing_is_its_course() {
        assert_eq!(
            labelled("the Melbourne Cup at Flemington", &[(4, 5, Label::Gpe)]),
            [Label::Facility]
        );
        assert_eq!(
            labelled("the Derby at Epsom Downs", &[(3, 5, Label::Loc)]),
            [Label::Facility]
        );
    }

    #[test]
    fn towns_and_people_elsewhere_stay() {
        // No flying, no airport.
        assert_eq!(
            labelled("she grew up in Shannon", &[(4, 5, Label::Gpe)]),
            [Label::Gpe]
        );
        // A town the tagger saw, where flights go to it, may be the town.
        assert_eq!(
            labelled("flights to Luton rose", &[(2, 3, Label::Gpe)]),
            [Label::Gpe]
        );
        // A town before the airport's word only names it.
        assert_eq!(
            labelled("the jet landed at Shannon airport", &[(4, 5, Label::Gpe)]),
            [Label::Gpe]
        );
        // A town with no airport of its name.
        assert_eq!(
            labelled("the jet landed at Kenmare", &[(4, 5, Label::Person)]),
            [Label::Person]
        );
    }
}
