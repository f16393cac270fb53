//! Bands and festivals named after their kind: "Sydney duo Royel Otis", "Leeds band English
//! Teacher", "Hobart's winter festival Dark Mofo". The tagger, never having seen the name, takes
//! a band's for a person's and a festival's for anyone's; the kind word right before it says
//! what it is. The place before a band's kind is its home town, not the club it shares a name
//! with ("Leeds band").

use super::label::Label;
use super::lexicon::cues::known_name;
use super::repair::Span;

/// Words for a band, right before its name.
const BANDS: &[&str] = &[
    "band", "duo", "trio", "quartet", "quintet", "rockers", "outfit",
];

/// Words for a festival, right before its name.
const FESTIVALS: &[&str] = &["festival", "carnival"];

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
        if a == 0 || b - a > MAX_NAME || known_name(&words[a..b]).is_some() {
            continue;
        }
        let kind = words[a - 1];
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

/// Words that may follow "festival" where it closes an apposition: "the Brecon Beacons
/// festival headlined by", "the city's festival of light, which".
const FESTIVAL_FOLLOWERS: &[&str] = &[
    "headlined",
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

/// Words within which "festival" must close an apposition after its name.
const APPOSITION_REACH: usize = 4;

/// "Green Man, the Brecon Beacons festival headlined by ...", "Sónar, the Barcelona festival,":
/// a name, a comma, "the" or "a" and "festival" within a few words (no comma between, nothing
/// owned by it: "the festival's director") is the festival (EVENT), whatever the tagger took
/// it for, unless the lexicon knows it.
pub fn festivals_in_apposition(words: &[&str], names: &mut [Span]) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        let opens =
            words.get(b) == Some(&",") && matches!(words.get(b + 1), Some(&("the" | "a" | "an")));
        let retypable = matches!(
            label,
            Label::Org | Label::Person | Label::Gpe | Label::Loc | Label::Facility
        );
        if !opens || !retypable || known_name(&words[a..b]).is_some() {
            continue;
        }
        let from = b + 2;
        let festival = (from..words.len().min(from + APPOSITION_REACH))
            .take_while(|&j| words[j] != ",")
            .find(|&j| FESTIVALS.contains(&words[j]));
        // The festival word closes the apposition: "the festival director" names a person.
        let closes = |j: usize| {
            words.get(j + 1).is_none_or(|w| {
                !w.starts_with(|c: char| c.is_alphanumeric() || c == '\'')
                    || FESTIVAL_FOLLOWERS.contains(w)
            })
        };
        if festival.is_some_and(closes) {
            span.2 = Label::Event;
        }
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
