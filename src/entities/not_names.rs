//! Capitalised words that name no one: members of a house, named by its initials in the
//! plural ("MPs", "MEPs", "MSPs", "MLAs", "TDs"), people of a kind whom the tagger, seeing
//! capitals, takes for a people (NORP) or a body; doctors ("GP"), diseases ("Covid") and
//! things known by their initials ("DVD"), which OntoNotes leaves unnamed (`UNNAMED`);
//! and the Mass a priest celebrates, which it takes for the state ("Mass." after a town is
//! Massachusetts, and stays).

use std::sync::LazyLock;

use super::label::Label;
use super::lexicon::cues::{is_cue, Cue};
use super::lexicon::{entries, is_people_word};
use super::repair::Span;
use crate::packed::{pack, PackedTable};

/// Things, formats and diseases known by their initials or a short name
/// (`data/lexicon/unnamed.txt`), packed (`crate::packed`): every entry fits.
static UNNAMED: LazyLock<PackedTable<()>> = LazyLock::new(|| {
    PackedTable::set_of(
        entries(include_str!("../../data/lexicon/unnamed.txt")),
        pack,
    )
});

/// Whether the word is one of `UNNAMED`, exactly as listed.
fn is_unnamed(w: &str) -> bool {
    UNNAMED.contains_word(w)
}

/// Builds the table now rather than on first use (see `crate::warm_up`).
pub(super) fn warm_up() {
    LazyLock::force(&UNNAMED);
}

/// The plurals that name a house's members.
const MEMBERS: &[&str] = &["MPs", "MEPs", "MSPs", "MLAs", "MSs", "TDs", "MHKs", "AMs"];

/// Words of the fruit's trade after "Apple": "Apple growers in Herefordshire".
const ORCHARD: &[&str] = &[
    "growers",
    "orchards",
    "orchard",
    "trees",
    "harvest",
    "harvests",
    "crop",
    "crops",
    "juice",
    "pies",
    "blossom",
    "farmers",
    "varieties",
    "picking",
    "pickers",
];

/// Words an adjective of caution qualifies: "Conservative estimates put the cost at £40m".
const RECKONINGS: &[&str] = &[
    "estimates",
    "estimate",
    "forecasts",
    "projections",
    "figures",
    "assumptions",
    "guesses",
    "calculations",
];

/// Words that open a sentence with a capital only for being first, and the words after them
/// that show their common sense: the bird, the fruit, the caution.
const COMMON_SENSES: &[(&str, &[&str])] = &[
    ("Turkey", POULTRY),
    ("Apple", ORCHARD),
    ("Conservative", RECKONINGS),
];

/// Words of the bird's trade after "Turkey": "Turkey prices", "turkey farmers".
const POULTRY: &[&str] = &[
    "prices",
    "farmers",
    "farms",
    "sales",
    "dinner",
    "dinners",
    "meat",
    "producers",
    "supplies",
    "shortage",
    "shortages",
    "crown",
    "breast",
    "sandwiches",
    "roast",
    "stuffing",
];

/// A currency's moves on the markets.
const CURRENCY_MOVES: &[&str] = &[
    "rose",
    "fell",
    "slipped",
    "gained",
    "climbed",
    "dropped",
    "weakened",
    "strengthened",
    "edged",
    "eased",
    "firmed",
    "rallied",
    "slid",
    "tumbled",
    "jumped",
    "traded",
    "surged",
    "sank",
    "recovered",
    "steadied",
    "extended",
];

/// Drops each one-word name that is a plural of members ("MEPs from the EPP") or the Mass
/// after a lowercase word ("celebrated Mass", "attend Mass"), a rank ("No 1") and a common
/// word that opens a sentence in its common sense ("Turkey prices", "Apple growers").
pub fn words_naming_no_one(words: &[&str], names: &mut Vec<Span>) {
    let rank_at = |i: usize| {
        matches!(words[i], "No" | "No.")
            && words
                .get(i + 1)
                .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
    };
    // "the British No 1": a people's word before a rank is the people's ("Perry No. 1" and
    // "Omni Drilling Partnership No 1978-2" keep their numbers).
    for name in names.iter_mut() {
        let (a, b, _) = *name;
        if b > a + 1 && rank_at(a + 1) && is_people_word(&words[a..a + 1]) {
            *name = (a, a + 1, Label::Norp);
        }
    }
    names.retain(|&(a, b, label)| {
        // "at No 1 on the chart", "No. 1": a rank, which the numbers give as a number.
        let rank = b == a + 1 && words[a] == "No." || rank_at(a);
        // The tests below are of one word: a longer name is spared them.
        if b != a + 1 {
            return !rank;
        }
        let members = MEMBERS.contains(&words[a]) && matches!(label, Label::Norp | Label::Org)
            || is_unnamed(words[a]);
        // ("for 11am Mass": after its time too.)
        let mass = words[a] == "Mass"
            && matches!(label, Label::Gpe | Label::Org | Label::Norp | Label::Person)
            && a > 0
            && words[a - 1].starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit());
        // "Turkey prices have jumped ahead of Christmas": the bird, capitalised first.
        let common = a == 0
            && COMMON_SENSES.iter().any(|(w, after)| {
                words[a] == *w && words.get(b).is_some_and(|n| after.contains(n))
            });
        // "Brussels sprouts", "a Victoria sponge": a food or a thing named after a place.
        let compound = || {
            words
                .get(a..b + 1)
                .is_some_and(|pair| is_cue(Cue::CommonCompound, pair))
        };
        // "the Bill would be amended": a parliament's bill, not a man.
        let bill = words[a] == "Bill"
            && a > 0
            && matches!(words[a - 1], "the" | "The" | "this" | "This" | "its" | "a");
        // "Sterling slipped 0.4%": the currency on the markets (Raheem Sterling scores).
        let currency =
            words[a] == "Sterling" && words.get(b).is_some_and(|w| CURRENCY_MOVES.contains(w));
        !(members || mass || common || bill || currency || rank || compound())
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_are_dropped_and_their_house_kept() {
        let words: Vec<&str> = "MEPs from the EPP voted".split(' ').collect();
        let mut names = vec![(0, 1, Label::Norp), (3, 4, Label::Org)];
        words_naming_no_one(&words, &mut names);
        assert_eq!(names, vec![(3, 4, Label::Org)]);
        let words: Vec<&str> = "celebrated Mass in Boston , Mass".split(' ').collect();
        let mut names = vec![(1, 2, Label::Gpe), (3, 4, Label::Gpe), (5, 6, Label::Gpe)];
        words_naming_no_one(&words, &mut names);
        assert_eq!(names, vec![(3, 4, Label::Gpe), (5, 6, Label::Gpe)]);
        let words: Vec<&str> = "a GP said Covid had hit the NHS".split(' ').collect();
        let mut names = vec![(1, 2, Label::Org), (3, 4, Label::Norp), (7, 8, Label::Org)];
        words_naming_no_one(&words, &mut names);
        assert_eq!(names, vec![(7, 8, Label::Org)]);
        let words: Vec<&str> = "the DVD , HIV tests and PCS members".split(' ').collect();
        let mut names = vec![(1, 2, Label::Org), (3, 4, Label::Norp), (6, 7, Label::Org)];
        words_naming_no_one(&words, &mut names);
        assert_eq!(names, vec![(6, 7, Label::Org)]);
        let words: Vec<&str> = "Turkey prices rose".split(' ').collect();
        let mut names = vec![(0, 1, Label::Gpe)];
        words_naming_no_one(&words, &mut names);
        assert!(names.is_empty());
        let words: Vec<&str> = "Apple growers said".split(' ').collect();
        let mut names = vec![(0, 1, Label::Org)];
        words_naming_no_one(&words, &mut names);
        assert!(names.is_empty());
        let words: Vec<&str> = "told MSPs the Bill would pass".split(' ').collect();
        let mut names = vec![(3, 4, Label::Person)];
        words_naming_no_one(&words, &mut names);
        assert!(names.is_empty());
        let words: Vec<&str> = "at No 1 on the chart , or No. 2".split(' ').collect();
        let mut names = vec![(1, 3, Label::Gpe), (8, 9, Label::Org)];
        words_naming_no_one(&words, &mut names);
        assert!(names.is_empty());
    }
}
