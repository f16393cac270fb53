//! Places named by joining or dividing others: parliamentary seats named for a county and a
//! compass point ("Galway West", "Leeds North East"), and counties named for two places
//! ("Dumfries and Galloway", "Tyne and Wear"). The tagger, which takes a compass word after a
//! capitalised word for a surname and splits names at "and", gets both wrong.

use super::label::Label;
use super::repair::Span;

/// Compass words that end seats' names.
const COMPASS: &[&str] = &["North", "South", "East", "West", "Central"];

/// Relabels as GPE a "person" of two or three words that is a place (`is_place`) and one or
/// two compass words ("Galway West", "Belfast North", "Leeds North East"): no person is named
/// so.
pub fn seats(words: &[&str], names: &mut [Span], is_place: impl Fn(&[&str]) -> bool) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        if label != Label::Person || b < a + 2 || b > a + 3 {
            continue;
        }
        let place_end = (a + 1..b)
            .find(|&k| COMPASS.contains(&words[k]))
            .unwrap_or(b);
        let compass = words[place_end..b].iter().all(|w| COMPASS.contains(w));
        if place_end > a && place_end < b && compass && is_place(&words[a..place_end]) {
            span.2 = Label::Gpe;
        }
    }
}

/// Joins two names either side of "and" into one GPE when the whole is a county's name
/// (`is_county`): "Dumfries and Galloway", "Tyne and Wear".
pub fn counties_of_two_names(
    words: &[&str],
    names: &mut Vec<Span>,
    is_county: impl Fn(&[&str]) -> bool,
) {
    let mut k = 0;
    while k + 1 < names.len() {
        let (a, b, _) = names[k];
        let (c, d, _) = names[k + 1];
        if c == b + 1 && words[b] == "and" && is_county(&words[a..d]) {
            names[k] = (a, d, Label::Gpe);
            names.remove(k + 1);
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seats_and_counties_of_two_names_are_places() {
        let words: Vec<&str> = "TD for Galway West and John West in Dumfries and Galloway"
            .split(' ')
            .collect();
        let mut names = vec![
            (2, 4, Label::Person),
            (5, 7, Label::Person),
            (8, 9, Label::Gpe),
            (10, 11, Label::Person),
        ];
        seats(&words, &mut names, |p| p == ["Galway"]);
        counties_of_two_names(&words, &mut names, |p| p == ["Dumfries", "and", "Galloway"]);
        assert_eq!(
            names,
            vec![
                (2, 4, Label::Gpe),
                (5, 7, Label::Person),
                (8, 11, Label::Gpe)
            ]
        );
    }
}
