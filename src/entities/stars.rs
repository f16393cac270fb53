//! Shows and films named by one of their actors: "Line of Duty star Vicky McClure", "Gavin and
//! Stacey star James Corden", "Bridgerton star Nicola Coughlan". Entertainment copy puts the
//! title straight before "star" and the actor's name; the tagger, seeing a title's words,
//! takes them for a place, people or nothing. Clubs, countries and towns take the same shape
//! ("Chelsea star Cole Palmer", "Hollywood star Tom Cruise"), so only a title that can be no
//! club or place is taken: one with a small word inside ("Line of Duty"), two first names
//! joined by "and" ("Gavin and Stacey"), or one word the tagger called a place that no
//! gazetteer holds ("Bridgerton").

use super::casing::capitalised;
use super::label::Label;
use super::lexicon::cues::known_name;
use super::repair::{name_at, replace_names, Span};

/// The words of acting fame that follow a title.
pub(super) const STARS: &[&str] = &["star", "stars", "actor", "actress"];

/// Small words inside a title ("Line of Duty", "Pirates of the Caribbean").
const INNER: &[&str] = &["of", "the", "in", "on", "at", "to"];

/// The longest title taken, in words.
const MAX_TITLE: usize = 6;

/// `is_place` says whether the gazetteers know a name as a place; `first_name` whether a word
/// is a first name.
pub fn works_by_their_stars(
    words: &[&str],
    names: &mut Vec<Span>,
    is_place: impl Fn(&[&str]) -> bool,
    first_name: impl Fn(&str) -> bool,
) {
    for j in 1..words.len() {
        if !STARS.contains(&words[j]) {
            continue;
        }
        // The actor's name follows.
        let actor = name_at(names, j + 1).is_some_and(|k| names[k].2 == Label::Person);
        if !actor || !capitalised(words[j - 1]) {
            continue;
        }
        let mut start = j - 1;
        while start > 0
            && j - start < MAX_TITLE
            && (capitalised(words[start - 1])
                || INNER.contains(&words[start - 1])
                || words[start - 1] == "and")
        {
            start -= 1;
        }
        while start < j && !capitalised(words[start]) {
            start += 1;
        }
        // "House of Flying Daggers and UK star Kate Winslet": past an "and", only the last
        // name is the star's, unless the title is two first names.
        let pair = matches!(&words[start..j], [x, "and", y] if first_name(x) && first_name(y));
        if !pair {
            if let Some(and) = (start..j).rev().find(|&k| words[k] == "and") {
                start = and + 1;
            }
        }
        let title = &words[start..j];
        let inner = title.len() >= 3 && title[1..title.len() - 1].iter().any(|w| INNER.contains(w));
        let unplaced = title.len() == 1
            && names
                .iter()
                .any(|s| s.0 == start && s.1 == j && matches!(s.2, Label::Gpe | Label::Loc))
            && !is_place(title);
        // A name the lists know as something else ("Bank of England star") stays.
        let known = known_name(title).is_some_and(|l| l != Label::WorkOfArt);
        // A name running on past the title ("the Isle of Man TT star") is another thing.
        let crossing = names.iter().any(|s| s.0 < start && s.1 > start);
        if (inner || pair || unplaced) && !known && !crossing && !is_place(title) {
            replace_names(names, (start, j, Label::WorkOfArt));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, names: &[Span]) -> Vec<Span> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        works_by_their_stars(
            &words,
            &mut names,
            |n| n == ["Hollywood"],
            |w| matches!(w, "Gavin" | "Stacey"),
        );
        names
    }

    #[test]
    fn titles_before_their_stars_are_works() {
        assert_eq!(
            run(
                "Line of Duty star Vicky McClure spoke",
                &[(2, 3, Label::Gpe), (4, 6, Label::Person)]
            ),
            [(0, 3, Label::WorkOfArt), (4, 6, Label::Person)]
        );
        assert_eq!(
            run(
                "Gavin and Stacey star James Corden",
                &[
                    (0, 1, Label::Person),
                    (2, 3, Label::Person),
                    (4, 6, Label::Person)
                ]
            ),
            [(0, 3, Label::WorkOfArt), (4, 6, Label::Person)]
        );
        assert_eq!(
            run(
                "Bridgerton star Nicola Coughlan",
                &[(0, 1, Label::Gpe), (2, 4, Label::Person)]
            ),
            [(0, 1, Label::WorkOfArt), (2, 4, Label::Person)]
        );
    }

    #[test]
    fn clubs_and_places_before_stars_stay() {
        let club = [(0, 1, Label::Org), (2, 4, Label::Person)];
        assert_eq!(run("Chelsea star Cole Palmer", &club), club);
        let town = [(0, 1, Label::Gpe), (2, 4, Label::Person)];
        assert_eq!(run("Hollywood star Tom Cruise", &town), town);
    }
}
