//! Venues named by one word after "at the": "at the Gabba", "at the Guildhall", "at the
//! Crucible". A town takes no "the", so a one-word name the tagger took for a place there,
//! which no list of places knows, is a building or ground (FAC); "at the Hague" and "at the
//! Arctic" are known places and stay.

use super::label::Label;
use super::repair::Span;

/// Relabels as FAC each one-word GPE or LOC right after "at the", or after "the" and before
/// "in" and a place, that `is_known_place` does not know.
pub fn venues_after_at_the(
    words: &[&str],
    names: &mut [Span],
    is_known_place: impl Fn(&[&str]) -> bool,
) {
    for k in 0..names.len() {
        let (a, b, label) = names[k];
        // Only a place becomes a building here: other names are spared the tests below.
        if !matches!(label, Label::Gpe | Label::Loc) {
            continue;
        }
        let after = a >= 2 && words[a - 2] == "at" && matches!(words[a - 1], "the" | "The");
        // "the Alhambra in Granada", "the Prado in Madrid": a one-word place with "the", in a
        // town, is a building.
        let in_town = a >= 1
            && matches!(words[a - 1], "the" | "The")
            && words.get(b) == Some(&"in")
            && names[k + 1..]
                .iter()
                .any(|n| n.0 == b + 1 && n.2 == Label::Gpe);
        let word = &words[a..b];
        // ("at the California-based institute": a hyphened word describes what follows.)
        let plain = b == a + 1
            && word[0].chars().skip(1).any(char::is_lowercase)
            && word[0].chars().all(char::is_alphabetic);
        if (after || in_town) && plain && !is_known_place(word) {
            names[k].2 = Label::Facility;
        }
    }
}

/// "the French Open at Roland Garros", "the Ryder Cup at Bethpage Black": the name right after
/// an event and "at" is where it is held, a venue, when the tagger took it for a person's
/// or for a place that no list knows as a whole (`is_known_place`); "the Derby at Epsom"
/// names the town.
pub fn venues_of_events(
    words: &[&str],
    names: &mut [Span],
    is_known_place: impl Fn(&[&str]) -> bool,
) {
    for k in 1..names.len() {
        let (a, b, label) = names[k];
        let (_, d, before) = names[k - 1];
        let held = before == Label::Event && d + 1 == a && words[d] == "at";
        let retypable = match label {
            Label::Person => true,
            Label::Gpe | Label::Loc => b > a + 1 && !is_known_place(&words[a..b]),
            _ => false,
        };
        if held && retypable && b <= a + 3 {
            names[k].2 = Label::Facility;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labelled(text: &str, names: &[Span]) -> Vec<Label> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        venues_after_at_the(&words, &mut names, |n| matches!(n, ["Arctic"]));
        names.iter().map(|n| n.2).collect()
    }

    #[test]
    fn where_an_event_is_held_is_a_venue() {
        let words: Vec<&str> = "the French Open at Roland Garros and the Derby at Epsom"
            .split(' ')
            .collect();
        let mut names = vec![
            (1, 3, Label::Event),
            (4, 6, Label::Person),
            (8, 9, Label::Event),
            (10, 11, Label::Gpe),
        ];
        venues_of_events(&words, &mut names, |_| false);
        assert_eq!(names[1].2, Label::Facility);
        assert_eq!(names[3].2, Label::Gpe);
    }

    #[test]
    fn a_place_after_at_the_is_a_venue_unless_known() {
        assert_eq!(
            labelled("play at the Gabba on", &[(3, 4, Label::Gpe)]),
            [Label::Facility]
        );
        assert_eq!(
            labelled("met at the Guildhall", &[(3, 4, Label::Loc)]),
            [Label::Facility]
        );
        assert_eq!(
            labelled("ice at the Arctic", &[(3, 4, Label::Loc)]),
            [Label::Loc]
        );
        assert_eq!(
            labelled("met in the Guildhall", &[(3, 4, Label::Loc)]),
            [Label::Loc]
        );
        assert_eq!(
            labelled(
                "to the Alhambra in Granada",
                &[(2, 3, Label::Gpe), (4, 5, Label::Gpe)]
            ),
            [Label::Facility, Label::Gpe]
        );
    }
}
