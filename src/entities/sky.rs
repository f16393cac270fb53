//! The Moon and the planets, LOC in OntoNotes: "flew past the Moon", "a probe to Jupiter",
//! "landed on Mars". The tagger, which learned from 1996 wire copy, takes "Moon" for a people
//! and "Jupiter" for a city. Names shared with people and firms ("Moon Jae-in", "Bruno Mars",
//! "Freddie Mercury", "Mars Wrigley") are taken only where a place's word leads them.

use super::casing::capitalised;
use super::label::Label;
use super::repair::Span;

/// The planets but Earth (which the tagger gets right).
pub(super) const PLANETS: &[&str] = &[
    "Mercury", "Venus", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune", "Pluto",
];

/// Words before a planet that say it is the planet: "to Mars", "orbit Venus".
const PLANET_LEADS: &[&str] = &[
    "to", "on", "from", "around", "orbit", "orbiting", "past", "toward", "towards", "reach",
];

/// Words of the night sky: a planet in their sentence is the planet.
const SKY_WORDS: &[&str] = &[
    "planet",
    "planets",
    "stargazers",
    "astronomers",
    "telescope",
    "eclipse",
    "orbit",
    "sky",
    "night-sky",
    "comet",
    "meteor",
    "constellation",
];

/// Relabels as LOC the Moon after "the" and the planets, each a one-word name not followed by
/// another capitalised word ("the Moon Landing", "Jupiter Hotels").
pub fn moon_and_planets(words: &[&str], names: &mut [Span]) {
    // "watch the Moon pass in front of Mars": a sentence about the sky takes any planet.
    let skyward = || {
        words.iter().enumerate().any(|(k, w)| {
            SKY_WORDS.contains(w) || *w == "Moon" && k > 0 && matches!(words[k - 1], "the" | "The")
        })
    };
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        if b != a + 1 || label == Label::Loc || words.get(b).is_some_and(|w| capitalised(w)) {
            continue;
        }
        let before = if a > 0 { words[a - 1] } else { "" };
        let body = match words[a] {
            "Moon" => matches!(before, "the" | "The"),
            w if PLANETS.contains(&w) => {
                label != Label::Person && (PLANET_LEADS.contains(&before) || skyward())
            }
            _ => false,
        };
        if body {
            span.2 = Label::Loc;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labelled(text: &str, names: &[Span]) -> Vec<Label> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        moon_and_planets(&words, &mut names);
        names.iter().map(|n| n.2).collect()
    }

    #[test]
    fn the_moon_and_planets_are_places() {
        assert_eq!(
            labelled("flew past the Moon", &[(3, 4, Label::Norp)]),
            [Label::Loc]
        );
        assert_eq!(
            labelled("a probe to Jupiter", &[(3, 4, Label::Gpe)]),
            [Label::Loc]
        );
        assert_eq!(
            labelled("landed on Mars", &[(2, 3, Label::Org)]),
            [Label::Loc]
        );
        // A sentence about the sky takes a planet after any word.
        assert_eq!(
            labelled(
                "watch the Moon pass in front of Mars",
                &[(2, 3, Label::Norp), (7, 8, Label::Org)]
            ),
            [Label::Loc, Label::Loc]
        );
    }

    #[test]
    fn people_and_firms_named_so_stay() {
        assert_eq!(
            labelled("President Moon said", &[(1, 2, Label::Person)]),
            [Label::Person]
        );
        assert_eq!(
            labelled("shares in Mars rose", &[(2, 3, Label::Org)]),
            [Label::Org]
        );
        assert_eq!(
            labelled("the Moon Landing", &[(1, 2, Label::Norp)]),
            [Label::Norp]
        );
    }
}
