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

/// Verbs of an election's result before the seat that changed hands.
const SEAT_WON: &[&str] = &[
    "gained", "gain", "gains", "won", "win", "wins", "took", "take", "takes", "seized", "snatched",
    "lost", "held", "retained",
];

/// Parties named without a party's word ("Conservatives" and "Tories" are on the lexicon's
/// political list).
const PARTIES: &[&[&str]] = &[
    &["Labour"],
    &["SNP"],
    &["Plaid", "Cymru"],
    &["Reform", "UK"],
    &["Sinn", "Féin"],
    &["Sinn", "Fein"],
    &["DUP"],
    &["SDLP"],
    &["UKIP"],
    &["Fianna", "Fáil"],
    &["Fine", "Gael"],
];

/// Last words of parties' names.
const PARTY_LAST: &[&str] = &["Party", "Democrats", "Dems", "Unionists", "Greens"];

/// Whether a name is a party's: a party's word ends it, it is a party named without one, or
/// the lexicon's political list has it (`listed`).
fn is_party(name: &[&str], listed: impl Fn(&[&str]) -> bool) -> bool {
    name.last().is_some_and(|w| PARTY_LAST.contains(w)) || PARTIES.contains(&name) || listed(name)
}

/// "The Lib Dems gained Eastleigh from the Conservatives": a name between a verb of an
/// election's result and "from" a party is the seat (GPE), which the tagger, reading a
/// contest, takes for a club. `is_political` says whether the lexicon lists a name as a
/// political group's.
pub fn seats_changing_hands(
    words: &[&str],
    names: &mut [Span],
    is_political: impl Fn(&[&str]) -> bool,
) {
    for k in 0..names.len() {
        let (a, b, label) = names[k];
        let retypable = matches!(label, Label::Org | Label::Person | Label::Norp);
        if !retypable
            || a == 0
            || !SEAT_WON.contains(&words[a - 1])
            || words.get(b) != Some(&"from")
        {
            continue;
        }
        let from = b + 1 + usize::from(words.get(b + 1) == Some(&"the"));
        let party = names
            .get(k + 1)
            .is_some_and(|n| n.0 == from && is_party(&words[n.0..n.1], &is_political));
        if party {
            names[k].2 = Label::Gpe;
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

    #[test]
    fn a_seat_won_from_a_party_is_a_place() {
        let words: Vec<&str> =
            "Labour gained Eastleigh from the Conservatives and took Jane Lee from Bath"
                .split(' ')
                .collect();
        let mut names = vec![
            (0, 1, Label::Org),
            (2, 3, Label::Org),
            (5, 6, Label::Norp),
            (8, 10, Label::Person),
            (11, 12, Label::Gpe),
        ];
        seats_changing_hands(&words, &mut names, |p| p == ["Conservatives"]);
        assert_eq!(names[1].2, Label::Gpe);
        assert_eq!(names[3].2, Label::Person);
    }
}
