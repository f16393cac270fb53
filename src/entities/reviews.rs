//! "Jodie Comer is astonishing in Prima Facie", "Rylance was magnificent in Jerusalem at the
//! Apollo Theatre": a review praises a performer in the work they play in. The tagger, seeing
//! "in" and capitals, takes the title for a place. A name no gazetteer holds is the work; a
//! place's name only when the theatre it plays at follows ("in Jerusalem at the Apollo
//! Theatre"), since "Federer was superb in Paris" praises a player in a city.

use super::casing::capitalised;
use super::label::Label;
use super::repair::{name_at, replace_names, Span};

/// Words of a critic's praise between "is"/"was" and "in".
pub(super) const PRAISE: &[&str] = &[
    "astonishing",
    "superb",
    "magnificent",
    "excellent",
    "brilliant",
    "terrific",
    "wonderful",
    "outstanding",
    "mesmerising",
    "mesmerizing",
    "riveting",
    "compelling",
    "luminous",
    "extraordinary",
    "sensational",
    "captivating",
    "remarkable",
    "formidable",
    "heartbreaking",
    "dazzling",
    "electrifying",
    "spellbinding",
    "unforgettable",
    "transfixing",
];

/// Words for a stage a work plays at, ending its name ("the Apollo Theatre").
const STAGES: &[&str] = &[
    "Theatre",
    "Theater",
    "Playhouse",
    "Opera",
    "Hall",
    "Warehouse",
];

/// The longest title taken, in words.
const MAX_TITLE: usize = 6;

/// `is_place` says whether the gazetteers know a name as a place.
pub fn works_praised_in_reviews(
    words: &[&str],
    names: &mut Vec<Span>,
    is_place: impl Fn(&[&str]) -> bool,
) {
    for j in 3..words.len() {
        if words[j] != "in" || !PRAISE.contains(&words[j - 1]) {
            continue;
        }
        let praised = matches!(words[j - 2], "is" | "was" | "are" | "were");
        let performer = praised
            && name_at(names, j - 3)
                .is_some_and(|k| names[k].2 == Label::Person && names[k].1 == j - 2);
        let a = j + 1;
        if !performer || !words.get(a).is_some_and(|w| capitalised(w)) {
            continue;
        }
        // The tagger's name there, or the capitalised words it left untagged.
        // (A person or a work there stays as found.)
        let b = match name_at(names, a).map(|k| names[k]) {
            Some((_, _, Label::Person | Label::WorkOfArt)) => continue,
            Some((start, end, _)) if start == a => end,
            Some(_) => continue,
            None => (a..words.len().min(a + MAX_TITLE))
                .take_while(|&k| capitalised(words[k]) && name_at(names, k).is_none())
                .last()
                .map_or(a, |k| k + 1),
        };
        // "at the Apollo Theatre": a stage follows.
        let staged = words.get(b) == Some(&"at")
            && words.get(b + 1) == Some(&"the")
            && name_at(names, b + 2).is_some_and(|k| {
                let (_, end, label) = names[k];
                label == Label::Facility && STAGES.contains(&words[end - 1])
            });
        if staged || !is_place(&words[a..b]) {
            replace_names(names, (a, b, Label::WorkOfArt));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, names: &[Span], places: &[&str]) -> Vec<Span> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        works_praised_in_reviews(&words, &mut names, |n| {
            places.contains(&n.join(" ").as_str())
        });
        names
    }

    #[test]
    fn the_title_a_performer_is_praised_in_is_a_work() {
        let text = "Ada Pike is astonishing in Salt Roads .";
        let names = [(0, 2, Label::Person), (5, 7, Label::Gpe)];
        let got = run(text, &names, &[]);
        assert_eq!(got[1], (5, 7, Label::WorkOfArt));
    }

    #[test]
    fn a_place_only_with_its_stage() {
        let names = [(0, 2, Label::Person), (5, 6, Label::Gpe)];
        let got = run("Ada Pike was superb in Paris .", &names, &["Paris"]);
        assert_eq!(got[1], (5, 6, Label::Gpe));
        let text = "Ada Pike was superb in Paris at the Apollo Theatre .";
        let names = [
            (0, 2, Label::Person),
            (5, 6, Label::Gpe),
            (8, 10, Label::Facility),
        ];
        let got = run(text, &names, &["Paris"]);
        assert_eq!(got[1], (5, 6, Label::WorkOfArt));
    }
}
