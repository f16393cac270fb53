//! Events named by their organisers: "Love in Lagos organisers said", "Paris 2024 organizers
//! apologised". A festival or a games is what news says has organisers; the tagger, which
//! reads its words one by one, takes a place in its name for the whole ("Lagos") and leaves
//! the rest out.

use super::casing::capitalised;
use super::finer::is_year;
use super::label::Label;
use super::repair::{crosses, replace_names, Span};

/// Small words that join the capitalised words of an event's name: "Love in Lagos", "Tour de
/// France", "Festival of Light".
const JOINERS: &[&str] = &["in", "on", "of", "de", "del", "la", "du", "the", "and", "&"];

/// Makes one event of the name before "organisers", with the capitalised words and joiners
/// before it and a year after it. A body's or a people's name stays theirs ("Labour
/// organisers", "Friends of the Earth organisers"), and so does a country alone (its own
/// officials) and a name the tagger ran past the event's words.
pub fn events_before_organisers(
    words: &[&str],
    names: &mut Vec<Span>,
    is_country: impl Fn(&[&str]) -> bool,
) {
    let mut k = 0;
    while k < names.len() {
        let (a, b, label) = names[k];
        k += 1;
        // "Paris 2024 organisers": the games' year stays on its name.
        let year = words.get(b).is_some_and(|w| is_year(w));
        let end = if year { b + 1 } else { b };
        if !words
            .get(end)
            .is_some_and(|w| matches!(*w, "organisers" | "organizers"))
        {
            continue;
        }
        if matches!(label, Label::Org | Label::Norp | Label::Event) && !year {
            continue;
        }
        let mut start = name_start(words, a);
        // ("The Love in Lagos organisers": the article opening the sentence is no part of it.)
        while start < a && matches!(words[start], "The" | "A" | "An") {
            start += 1;
        }
        let whole = start < a || year;
        if !whole && (label != Label::Gpe && label != Label::Loc && label != Label::Person) {
            continue;
        }
        if start == a && !year && is_country(&words[a..b]) {
            continue;
        }
        // Only names inside the event's words give way to it.
        if crosses(names, start, end) {
            continue;
        }
        k = replace_names(names, (start, end, Label::Event)) + 1;
    }
}

/// Where the capitalised words and joiners before the name at `a` start: "Love in" before
/// "Lagos". A joiner counts only between capitalised words.
fn name_start(words: &[&str], a: usize) -> usize {
    let mut start = a;
    let mut j = a;
    while j > 0 {
        let w = words[j - 1];
        if JOINERS.contains(&w) {
            j -= 1;
            continue;
        }
        if !capitalised(w) || w.chars().all(|c| !c.is_alphabetic()) {
            break;
        }
        j -= 1;
        start = j;
    }
    start
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, names: &[Span]) -> Vec<Span> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        events_before_organisers(&words, &mut names, |n| n == ["France"]);
        names
    }

    #[test]
    fn a_festival_takes_its_place_and_words() {
        assert_eq!(
            run("Love in Lagos organisers said", &[(2, 3, Label::Gpe)]),
            [(0, 3, Label::Event)]
        );
        assert_eq!(
            run(
                "Paris 2024 organisers said",
                &[(0, 1, Label::Gpe), (1, 2, Label::Date)]
            ),
            [(0, 2, Label::Event)]
        );
        assert_eq!(
            run("the Glastonbury organisers said", &[(1, 2, Label::Gpe)]),
            [(1, 2, Label::Event)]
        );
    }

    #[test]
    fn bodies_peoples_and_countries_stay() {
        let labour = [(0, 1, Label::Org)];
        assert_eq!(run("Labour organisers said", &labour), labour);
        let france = [(0, 1, Label::Gpe)];
        assert_eq!(run("France organisers said", &france), france);
        let says = [(0, 1, Label::Gpe)];
        assert_eq!(run("Lagos said organisers", &says), says);
    }
}
