//! Films named after a verb of screening them: "will screen Mary Poppins and Paddington",
//! "screened Jaws on the beach". The tagger reads such titles as the people and places they
//! are named after; after "screen" they are what is shown.

use super::label::Label;
use super::repair::Span;

/// Verbs whose object is a film.
const SCREENING: &[&str] = &["screen", "screens", "screened", "screening"];

/// Words that make a sentence about films, where a place's name after "screen" is a title
/// ("a cinema will screen Paddington") rather than a match between places.
const FILM_WORDS: &[&str] = &[
    "cinema",
    "cinemas",
    "film",
    "films",
    "festival",
    "audiences",
];

/// Relabels as works the names right after a verb of screening, and the names listed with
/// them ("X, Y and Z").
pub fn films_screened(words: &[&str], names: &mut [Span]) {
    let about_films = std::cell::OnceCell::new();
    let mut k = 0;
    while k < names.len() {
        let (a, _, _) = names[k];
        let shown = a >= 1 && SCREENING.contains(&words[a - 1]);
        if !shown {
            k += 1;
            continue;
        }
        // The first title and each one joined to it by a comma or "and".
        let mut j = k;
        loop {
            let (_, d, label) = names[j];
            // ("screened England's game": a side's possessive is no title.)
            let owner = matches!(words.get(d), Some(&("'s" | "’s" | "v" | "vs")));
            let titled = match label {
                Label::Gpe => *about_films.get_or_init(|| {
                    words
                        .iter()
                        .any(|w| FILM_WORDS.iter().any(|f| f.eq_ignore_ascii_case(w)))
                }),
                Label::Person
                | Label::Org
                | Label::Loc
                | Label::Norp
                | Label::Event
                | Label::Product
                | Label::Facility => true,
                _ => false,
            };
            if owner || !titled {
                break;
            }
            names[j].2 = Label::WorkOfArt;
            let next = names.get(j + 1).copied();
            match next {
                Some((e, _, _)) if e == d + 1 && matches!(words[d], "and" | ",") => j += 1,
                _ => break,
            }
        }
        k = j + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_after_screen_are_films() {
        let words: Vec<&str> = "the cinema will screen Mary Poppins and Paddington this summer"
            .split(' ')
            .collect();
        let mut names = vec![(4, 6, Label::Person), (7, 8, Label::Gpe)];
        films_screened(&words, &mut names);
        assert_eq!(
            names,
            vec![(4, 6, Label::WorkOfArt), (7, 8, Label::WorkOfArt)]
        );
        let words: Vec<&str> = "pubs will screen England 's game".split(' ').collect();
        let mut names = vec![(3, 4, Label::Gpe)];
        films_screened(&words, &mut names);
        assert_eq!(names, vec![(3, 4, Label::Gpe)]);
    }
}
