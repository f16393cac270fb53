//! Bands and festivals named after their kind: "Sydney duo Royel Otis", "Leeds band English
//! Teacher", "Hobart's winter festival Dark Mofo". The tagger, never having seen the name, takes
//! a band's for a person's and a festival's for anyone's; the kind word right before it says
//! what it is. The place before a band's kind is its home town, not the club it shares a name
//! with ("Leeds band").

use super::casing::capitalised;
use super::label::Label;
use super::lexicon::cues::known_name;
use super::repair::{insert_name, Span};
use super::roles::BAND_MEMBERS;

/// Words for a band, right before its name.
pub(super) const BANDS: &[&str] = &[
    "band", "duo", "trio", "quartet", "quintet", "rockers", "outfit",
];

/// Words for a festival, right before its name.
pub(super) const FESTIVALS: &[&str] = &["festival", "carnival"];

/// The longest name taken after a kind word, in words.
const MAX_NAME: usize = 3;

/// Relabels a name right after a band's word as the band (ORG) and after a festival's word as
/// the festival (EVENT), unless the lexicon knows it or, for a band, it opens with a first name
/// (`is_first_name`) or a pair follows ("Ethiopian duo Gebre Gebremariam and Dejene Berhanu",
/// "comedy duo French and Saunders" name people). A one-word ORG right before
/// a band's word that `is_place` knows becomes the place.
pub fn acts_after_their_kind(
    words: &[&str],
    names: &mut [Span],
    is_first_name: impl Fn(&str) -> bool,
    is_place: impl Fn(&[&str]) -> bool,
) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        let home = b == a + 1
            && label == Label::Org
            && words.get(b).is_some_and(|w| BANDS.contains(w))
            && is_place(&words[a..b]);
        if home {
            span.2 = Label::Gpe;
            continue;
        }
        if a == 0 || b - a > MAX_NAME {
            continue;
        }
        let kind = words[a - 1];
        // The kind's word first: most names have none before them, and the known-name
        // look-up hashes every word of the name.
        if !(BANDS.contains(&kind) || FESTIVALS.contains(&kind))
            || known_name(&words[a..b]).is_some()
        {
            continue;
        }
        let band = BANDS.contains(&kind)
            && matches!(
                label,
                Label::Person | Label::Gpe | Label::Loc | Label::Norp | Label::Facility
            )
            && !(label == Label::Person && is_first_name(words[a]))
            && !matches!(words.get(b), Some(&("and" | "&" | ",")));
        let festival = FESTIVALS.contains(&kind)
            && matches!(
                label,
                Label::Person | Label::Org | Label::Gpe | Label::Loc | Label::Facility
            );
        if band {
            span.2 = Label::Org;
        } else if festival {
            span.2 = Label::Event;
        }
    }
}

/// Words that may follow a kind word where it closes an apposition: "the Brecon Beacons
/// festival headlined by", "the city's festival of light, which", "the Dublin band whose".
const FESTIVAL_FOLLOWERS: &[&str] = &[
    "headlined",
    "known",
    "based",
    "from",
    "whose",
    "who",
    "with",
    "for",
    "held",
    "run",
    "founded",
    "which",
    "that",
    "in",
    "on",
    "at",
    "where",
    "of",
    "returns",
    "opens",
    "and",
    "now",
    "this",
    "last",
    "next",
];

/// Words within which a kind word must close an apposition after its name.
const APPOSITION_REACH: usize = 4;

/// Words for an eating or drinking place, which copy names as a business: "Noma, his
/// Copenhagen restaurant".
const EATERIES: &[&str] = &[
    "restaurant",
    "bistro",
    "brasserie",
    "gastropub",
    "pub",
    "cafe",
    "café",
    "bakery",
    "brewery",
    "distillery",
    "winery",
];

/// The label a kind word that closes an apposition gives its name, and whether a name of that
/// label (of several words: `full`) may be retyped: a festival is an EVENT, a band or an
/// eatery an ORG.
fn apposition_kind(word: &str, label: Label, full: bool) -> Option<Label> {
    let names_differently = matches!(
        label,
        Label::Person | Label::Gpe | Label::Loc | Label::Facility | Label::Norp | Label::WorkOfArt
    );
    if FESTIVALS.contains(&word) {
        (names_differently || label == Label::Org).then_some(Label::Event)
    } else if BANDS.contains(&word) || EATERIES.contains(&word) {
        // "Chris Edwards, a trio which": a person named in full belongs to the band.
        let person = label == Label::Person && full;
        (names_differently && !person || label == Label::Event).then_some(Label::Org)
    } else {
        None
    }
}

/// Whether an apposition opens at `i`, after the comma: "the", "a", "its", "his", or a
/// name's "'s" ("Scotland's festival of Gaelic").
fn apposition_opens(words: &[&str], i: usize) -> bool {
    let owned = |j: usize| matches!(words.get(j), Some(&("'s" | "’s")));
    match words.get(i) {
        Some(&("the" | "a" | "an" | "its" | "his" | "her" | "their")) => true,
        Some(w) => w.starts_with(char::is_uppercase) && (owned(i + 1) || owned(i + 2)),
        None => false,
    }
}

/// "Green Man, the Brecon Beacons festival headlined by ...", "Sónar, the Barcelona festival,",
/// "Kneecap, the Belfast trio,", "Noma, his Copenhagen restaurant,": a name, a comma, an
/// opening word and a kind word within a few words (no comma between, nothing owned by it:
/// "the festival's director", "the band manager") is what the kind says, whatever the tagger
/// took it for, unless the lexicon knows it. An event loses a leading "The" ("The Royal
/// National Mòd, Scotland's festival").
pub fn festivals_in_apposition(words: &[&str], names: &mut [Span]) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        if words.get(b) != Some(&",")
            || !apposition_opens(words, b + 1)
            || known_name(&words[a..b]).is_some()
        {
            continue;
        }
        let from = b + 2;
        let kind = (from..words.len().min(from + APPOSITION_REACH))
            .take_while(|&j| words[j] != ",")
            .find_map(|j| Some((j, apposition_kind(words[j], label, b > a + 1)?)));
        // The kind word closes the apposition: "the festival director" names a person.
        let closes = |j: usize| {
            words.get(j + 1).is_none_or(|w| {
                !w.starts_with(|c: char| c.is_alphanumeric() || c == '\'')
                    || FESTIVAL_FOLLOWERS.contains(w)
            })
        };
        let Some((_, new)) = kind.filter(|&(j, _)| closes(j)) else {
            continue;
        };
        span.2 = new;
        if new == Label::Event && words[a] == "The" && b > a + 1 {
            span.0 = a + 1;
        }
    }
}

/// Words after "held" that say where or when: "Womad, held at Charlton Park".
const HELD_WHERE: &[&str] = &["at", "in", "on", "every", "each", "annually", "near"];

/// "Womad, held at Charlton Park", "Latitude, held in Henham Park": a name, a comma and "held"
/// with where or when is an event, whatever the tagger took it for (or left out, at the
/// sentence's start); not a person's ("Jane Lee, held in custody") nor one the lexicon knows.
pub fn events_held(words: &[&str], names: &mut Vec<Span>) {
    let held = |c: usize| {
        words.get(c) == Some(&",")
            && words.get(c + 1) == Some(&"held")
            && words.get(c + 2).is_some_and(|w| HELD_WHERE.contains(w))
    };
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        let retypable = matches!(
            label,
            Label::Org | Label::Gpe | Label::Loc | Label::Facility | Label::Norp
        );
        if retypable && held(b) && b <= a + MAX_NAME && known_name(&words[a..b]).is_none() {
            span.2 = Label::Event;
        }
    }
    // "Latitude, held in": a name the tagger left out opens the sentence.
    let opening = (1..=MAX_NAME).find(|&c| held(c));
    if let Some(c) = opening {
        let named = words[..c].iter().all(|w| capitalised(w));
        if named && names.first().is_none_or(|n| n.0 >= c) {
            insert_name(names, (0, c, Label::Event));
        }
    }
}

/// Makes the name right before a band member's word and a person's name the band (ORG):
/// capitalised words the tagger left out, or a name it took for a firm, a people or a person
/// of one word; a place stays, as it is the member's home ("Sheffield guitarist").
pub fn bands_before_members(words: &[&str], names: &mut Vec<Span>) {
    // A member is a person named after the word: most sentences have none to ask about.
    if !names.iter().any(|n| n.2 == Label::Person && n.0 > 1) {
        return;
    }
    for m in 1..words.len().saturating_sub(1) {
        if !BAND_MEMBERS.contains(&words[m]) {
            continue;
        }
        let person_after = names.iter().any(|n| n.0 == m + 1 && n.2 == Label::Person);
        if !person_after {
            continue;
        }
        match names.iter().position(|n| n.1 == m) {
            Some(k) => {
                let (a, b, label) = names[k];
                let band = matches!(label, Label::Org | Label::Norp)
                    || label == Label::Person && b == a + 1;
                if band {
                    names[k].2 = Label::Org;
                }
            }
            None => {
                // ("The Who drummer": a capitalised article is the band's own.)
                let start = (m.saturating_sub(MAX_NAME)..m)
                    .find(|&a| words[a..m].iter().all(|w| capitalised(w)));
                if let Some(a) = start {
                    if !names.iter().any(|n| n.0 < m && n.1 > a) {
                        insert_name(names, (a, m, Label::Org));
                    }
                }
            }
        }
    }
}

/// Words of a festival's or a concert's bill, somewhere in the sentence of its list of acts.
pub(super) const BILLS: &[&str] = &["bill", "line-up", "lineup", "headliners", "acts"];

/// The fewest names a list of acts holds.
const MIN_ACTS: usize = 3;

/// "The bill features Cold Chisel, Midnight Oil, Crowded House and the Hoodoo Gurus": in a
/// sentence about a bill, each name of a list of three or more (joined by commas and a last
/// "and", perhaps with "the") is an act. One the tagger took for an event, a building, a
/// place or a people is a band (ORG), and so, in a list holding such names, is a person of one
/// word or with no first name (`is_first_name`); a person with one stays ("Lewis Capaldi, Sam
/// Fender and Nina Nesbitt").
pub fn acts_on_a_bill(words: &[&str], names: &mut [Span], is_first_name: impl Fn(&str) -> bool) {
    if !words.iter().any(|w| BILLS.contains(w)) {
        return;
    }
    // Runs of names, each joined to the one before by ",", "and", ", and" or "and the".
    let joined = |d: usize, c: usize| {
        matches!(
            &words[d..c],
            [","] | ["and"] | [",", "and"] | ["and", "the"] | [",", "the"] | [",", "and", "the"]
        )
    };
    let mut first = 0;
    for k in 1..=names.len() {
        let goes_on = k < names.len() && joined(names[k - 1].1, names[k].0);
        if goes_on {
            continue;
        }
        // People named in full are acts of their own unless the list holds other kinds too.
        let mixed = names[first..k].iter().any(|n| n.2 != Label::Person);
        if k - first >= MIN_ACTS {
            for span in &mut names[first..k] {
                let (a, b, label) = *span;
                let band = match label {
                    Label::Person => mixed && (b == a + 1 || !is_first_name(words[a])),
                    Label::Event | Label::Facility | Label::Gpe | Label::Loc | Label::Norp => true,
                    _ => false,
                };
                if band {
                    span.2 = Label::Org;
                }
            }
        }
        first = k;
    }
}

/// Verbs of topping a bill, after an act's name and perhaps "will" or "to".
const HEADLINING: &[&str] = &["headline", "headlines", "headlined", "headlining"];

/// "Elbow will headline the Pyramid Stage", "Bastille headline Latitude": the name that opens
/// a sentence before a verb of topping a bill is an act; one the tagger left out or took for a
/// people or a firm is a band (ORG), a person stays one.
pub fn acts_headlining(words: &[&str], names: &mut Vec<Span>) {
    let verb = (1..words.len().min(MAX_NAME + 2)).find(|&v| HEADLINING.contains(&words[v]));
    let Some(v) = verb else {
        return;
    };
    let end = if matches!(words[v - 1], "will" | "to") {
        v - 1
    } else {
        v
    };
    let start = usize::from(words[0] == "The" && end > 1);
    if end <= start || !words[start..end].iter().all(|w| capitalised(w)) {
        return;
    }
    match names.iter().position(|n| n.0 < end && n.1 > start) {
        Some(k)
            if names[k] == (start, end, Label::Norp) || names[k] == (start, end, Label::Org) =>
        {
            names[k].2 = Label::Org;
        }
        Some(_) => {}
        None => {
            insert_name(names, (start, end, Label::Org));
        }
    }
}

/// Last words of events that a nation's name may end: "Book Week Scotland", "Pride Month
/// Wales".
const NATIONAL_EVENTS: &[&str] = &["Week", "Month", "Fortnight"];

/// "Book Week Scotland": an event of a week or a month right before a one-word place of the
/// tagger's, with no comma between, takes the place as the last word of its name.
pub fn events_of_nations(words: &[&str], names: &mut Vec<Span>) {
    let mut k = 0;
    while k + 1 < names.len() {
        let (a, b, label) = names[k];
        let next = names[k + 1];
        let national = label == Label::Event
            && NATIONAL_EVENTS.contains(&words[b - 1])
            && next == (b, b + 1, Label::Gpe);
        if national {
            names[k] = (a, b + 1, Label::Event);
            names.remove(k + 1);
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labelled(text: &str, names: &[Span]) -> Vec<Label> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        acts_after_their_kind(
            &words,
            &mut names,
            |w| w == "Simon",
            |n| matches!(n, ["Leeds"]),
        );
        names.iter().map(|n| n.2).collect()
    }

    #[test]
    fn a_bills_list_names_acts() {
        let words: Vec<&str> =
            "The bill features Cold Chisel , Midnight Oil , Crowded House and the Hoodoo Gurus ."
                .split(' ')
                .collect();
        let mut names = vec![
            (3, 5, Label::Event),
            (6, 8, Label::Org),
            (9, 11, Label::Facility),
            (13, 15, Label::Gpe),
        ];
        acts_on_a_bill(&words, &mut names, |_| false);
        assert!(names.iter().all(|n| n.2 == Label::Org));
        let words: Vec<&str> = "The line-up includes Lewis Capaldi , Sam Fender and Nina Nesbitt"
            .split(' ')
            .collect();
        let people = [
            (3, 5, Label::Person),
            (6, 8, Label::Person),
            (9, 11, Label::Person),
        ];
        let mut names = people.to_vec();
        acts_on_a_bill(&words, &mut names, |w| {
            matches!(w, "Lewis" | "Sam" | "Nina")
        });
        assert_eq!(names, people);
    }

    #[test]
    fn a_headliner_is_an_act() {
        let words: Vec<&str> = "Elbow will headline the Pyramid Stage".split(' ').collect();
        let mut names = vec![(4, 6, Label::Facility)];
        acts_headlining(&words, &mut names);
        assert_eq!(names[0], (0, 1, Label::Org));
        let words: Vec<&str> = "Jane Lee will headline the festival".split(' ').collect();
        let mut names = vec![(0, 2, Label::Person)];
        acts_headlining(&words, &mut names);
        assert_eq!(names, [(0, 2, Label::Person)]);
    }

    #[test]
    fn a_band_before_its_member() {
        let words: Vec<&str> = "Blur frontman Damon Albarn said".split(' ').collect();
        let mut names = vec![(2, 4, Label::Person)];
        bands_before_members(&words, &mut names);
        assert_eq!(names, [(0, 1, Label::Org), (2, 4, Label::Person)]);
        let words: Vec<&str> = "Sheffield guitarist Jane Lee".split(' ').collect();
        let mut names = vec![(0, 1, Label::Gpe), (2, 4, Label::Person)];
        bands_before_members(&words, &mut names);
        assert_eq!(names[0].2, Label::Gpe);
    }

    #[test]
    fn a_weeks_nation_ends_its_name() {
        let words: Vec<&str> = "during Book Week Scotland and".split(' ').collect();
        let mut names = vec![(1, 3, Label::Event), (3, 4, Label::Gpe)];
        events_of_nations(&words, &mut names);
        assert_eq!(names, [(1, 4, Label::Event)]);
        let mut names = vec![(1, 3, Label::Org), (3, 4, Label::Gpe)];
        events_of_nations(&words, &mut names);
        assert_eq!(names.len(), 2);
    }

    #[test]
    fn a_name_after_its_kind() {
        assert_eq!(
            labelled(
                "Sydney duo Royel Otis will",
                &[(0, 1, Label::Gpe), (2, 4, Label::Person)]
            ),
            [Label::Gpe, Label::Org]
        );
        assert_eq!(
            labelled(
                "Leeds band English Teacher won",
                &[(0, 1, Label::Org), (2, 4, Label::Org)]
            ),
            [Label::Gpe, Label::Org]
        );
        assert_eq!(
            labelled(
                "winter festival Dark Mofo returns",
                &[(2, 4, Label::Person)]
            ),
            [Label::Event]
        );
        assert_eq!(
            labelled("the duo Simon Smith sang", &[(2, 4, Label::Person)]),
            [Label::Person]
        );
        assert_eq!(
            labelled("Irish duo Mal Kelly and Paul", &[(2, 4, Label::Person)]),
            [Label::Person]
        );
    }

    #[test]
    fn a_name_held_somewhere_is_an_event() {
        let words: Vec<&str> = "Roskilde , held in July at".split(' ').collect();
        let mut names = vec![(0, 1, Label::Gpe), (4, 5, Label::Date)];
        events_held(&words, &mut names);
        assert_eq!(names[0].2, Label::Event);
        let words: Vec<&str> = "Latitude , held in Henham Park".split(' ').collect();
        let mut names = vec![(4, 6, Label::Facility)];
        events_held(&words, &mut names);
        assert_eq!(names[0], (0, 1, Label::Event));
        let words: Vec<&str> = "Jane Lee , held in custody".split(' ').collect();
        let mut names = vec![(0, 2, Label::Person)];
        events_held(&words, &mut names);
        assert_eq!(names[0].2, Label::Person);
    }

    #[test]
    fn a_name_in_apposition_to_a_festival() {
        let words: Vec<&str> = "Green Man , the Welsh festival headlined by"
            .split(' ')
            .collect();
        let mut names = vec![(0, 2, Label::Org), (4, 5, Label::Norp)];
        festivals_in_apposition(&words, &mut names);
        assert_eq!(names[0].2, Label::Event);
        let words: Vec<&str> = "Jane Lee , the festival director".split(' ').collect();
        let mut names = vec![(0, 2, Label::Person)];
        festivals_in_apposition(&words, &mut names);
        assert_eq!(names[0].2, Label::Person);
    }
}
