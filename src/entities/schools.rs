//! School systems, the bodies US local copy names most: "Houston Independent School District",
//! "Escambia County School District", "St. Paul Public Schools", "Broward County School
//! Board". The tagger, which learned from 1996 wire copy, stops at the place ("Escambia
//! County") or takes the whole for a place; the whole is one organisation.

use super::label::Label;
use super::repair::Span;

/// Words that come between a place and the word that ends a school system's name.
const SYSTEM_WORDS: &[&str] = &[
    "County",
    "City",
    "Independent",
    "Unified",
    "Public",
    "Consolidated",
    "Community",
    "Area",
    "Union",
    "Regional",
    "Township",
    "Parish",
    "Elementary",
    "High",
    "School",
];

/// Whether the word at `i` ends a school system's name: "School District", "School Board",
/// or "Schools" after a word of the kind ("Public Schools", "City Schools").
fn ends_system(words: &[&str], i: usize) -> bool {
    let before = if i > 0 { words[i - 1] } else { "" };
    match words[i] {
        "District" | "Board" => before == "School",
        "Schools" => SYSTEM_WORDS.contains(&before) && before != "School",
        _ => false,
    }
}

/// Joins a name that ends among a school system's words, or spans them, into the system's
/// whole name, an ORG.
pub fn school_systems(words: &[&str], names: &mut Vec<Span>) {
    for i in 1..words.len() {
        if !ends_system(words, i) {
            continue;
        }
        let mut j = i;
        while j > 0 && SYSTEM_WORDS.contains(&words[j - 1]) {
            j -= 1;
        }
        // The place's name ends among the system's words or right before them, or the tagger
        // took the whole for one name.
        let Some(k) = names
            .iter()
            .position(|s| s.0 < j && (j..=i + 1).contains(&s.1))
        else {
            continue;
        };
        let start = names[k].0;
        names.retain(|s| s.1 <= start || s.0 > i);
        let at = names.partition_point(|s| s.0 < start);
        names.insert(at, (start, i + 1, Label::Org));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(text: &str, names: &[Span]) -> Vec<Span> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        school_systems(&words, &mut names);
        names
    }

    #[test]
    fn a_place_and_its_school_system_are_one_organisation() {
        let names = joined(
            "asked the Escambia County School District to",
            &[(2, 4, Label::Gpe)],
        );
        assert_eq!(names, vec![(2, 6, Label::Org)]);
        let names = joined(
            "the Houston Independent School District said",
            &[(1, 3, Label::Org)],
        );
        assert_eq!(names, vec![(1, 5, Label::Org)]);
        let names = joined("Lakeview Public Schools will", &[(0, 3, Label::Gpe)]);
        assert_eq!(names, vec![(0, 3, Label::Org)]);
        // A lowercase district, or a district of no school, is not joined.
        let names = joined("the Lakeview school district", &[(1, 2, Label::Gpe)]);
        assert_eq!(names, vec![(1, 2, Label::Gpe)]);
        let names = joined("the Lakeview District Council", &[(1, 2, Label::Gpe)]);
        assert_eq!(names, vec![(1, 2, Label::Gpe)]);
    }
}
