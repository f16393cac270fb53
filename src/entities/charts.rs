//! Records named by the charts and the prizes of the year: "Sabrina Carpenter's Espresso spent
//! a seventh week at number one", "Cowboy Carter was named album of the year". A song's or an
//! album's one-word title after its artist's "'s" reads to the tagger as the artist's firm or
//! home town ("Musk's Tesla", "Beyoncé's Houston"); in a sentence about the charts it is the
//! record.

use super::label::Label;
use super::lexicon::cues::known_name;
use super::lexicon::{lists_of_tokens, List};
use super::numeric::{is_ordinal, Expression};
use super::possessed::is_possessive;
use super::repair::Span;

/// Words that put a sentence in the charts.
const CHART_WORDS: &[&str] = &[
    "chart",
    "charts",
    "Billboard",
    "chart-topping",
    "chart-topper",
];

/// What a record is named "of the year".
const RECORDS: &[&str] = &["album", "song", "record", "single"];

/// Relabels as a work (WORK_OF_ART) a name right after a person's "'s" in a sentence about the
/// charts or number one, and a name that "was named" a record of the year; not a known name,
/// a listed company or a place (`is_firm_or_place`: "Jeff Bezos's Amazon topped the chart"),
/// nor a person named with a first name.
pub fn records_in_the_charts(
    words: &[&str],
    names: &mut [Span],
    is_firm_or_place: impl Fn(&[&str]) -> bool,
) {
    for k in 0..names.len() {
        let (a, b, label) = names[k];
        // The name's neighbours first: few names follow a person's "'s" or are named anything.
        let owned = k > 0 && {
            let (_, end, owner) = names[k - 1];
            owner == Label::Person && end + 1 == a && is_possessive(words[end])
        };
        let of_the_year = matches!(words.get(b), Some(&("was" | "is")))
            && words.get(b + 1) == Some(&"named")
            && words.get(b + 2).is_some_and(|w| RECORDS.contains(w))
            && words.get(b + 3..b + 6) == Some(&["of", "the", "year"][..]);
        let personal = label == Label::Person
            && lists_of_tokens(&words[a..a + 1]) & List::FirstName.bit() != 0;
        if !(owned || of_the_year) || label == Label::WorkOfArt || !label.is_name() || personal {
            continue;
        }
        let other = || known_name(&words[a..b]).is_some() || is_firm_or_place(&words[a..b]);
        if (of_the_year || in_the_charts(words)) && !other() {
            names[k].2 = Label::WorkOfArt;
        }
    }
}

/// "spent a ninth week at No 1", "topped the bestseller list for a third week": in the
/// charts, "a ... week" counts a record's weeks at the top, and only its ordinal is an entity
/// (the week is no period of the calendar). Elsewhere "for a third week" stays a DATE.
pub fn weeks_at_the_top(words: &[&str], expressions: &mut [Expression]) {
    for e in expressions.iter_mut() {
        let counted = e.label == Label::Date
            && e.end == e.start + 3
            && matches!(words[e.start], "a" | "an")
            && matches!(words[e.start + 2], "week" | "weeks")
            && is_ordinal(words[e.start + 1]);
        if counted && (in_the_charts(words) || words.iter().any(|w| w.starts_with("bestseller"))) {
            *e = Expression {
                start: e.start + 1,
                end: e.start + 2,
                label: Label::Ordinal,
            };
        }
    }
}

/// Whether a sentence speaks of the charts: a chart's word, or "number one" / "No 1".
fn in_the_charts(words: &[&str]) -> bool {
    words.windows(2).any(|pair| {
        CHART_WORDS.contains(&pair[0]) || matches!(pair, ["number", "one"] | ["No" | "No.", "1"])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, names: &[Span]) -> Vec<Label> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        records_in_the_charts(&words, &mut names, |n| n == ["Amazon"]);
        names.iter().map(|n| n.2).collect()
    }

    #[test]
    fn a_record_in_the_charts_is_a_work() {
        let espresso = [(0, 2, Label::Person), (3, 4, Label::Org)];
        let text = "Sabrina Carpenter 's Espresso spent a week at number one";
        assert_eq!(run(text, &espresso), [Label::Person, Label::WorkOfArt]);
        let text = "Cowboy Carter was named album of the year";
        assert_eq!(run(text, &[(0, 2, Label::Person)]), [Label::WorkOfArt]);
        // Not outside the charts, nor a person named in full.
        let text = "Sabrina Carpenter 's Espresso opened a cafe";
        assert_eq!(run(text, &espresso), [Label::Person, Label::Org]);
        let amazon = [(0, 2, Label::Person), (3, 4, Label::Org)];
        let text = "Jeff Bezos 's Amazon topped the chart";
        assert_eq!(run(text, &amazon), [Label::Person, Label::Org]);
        let text = "Jane Smith was named album of the year";
        assert_eq!(run(text, &[(0, 2, Label::Person)]), [Label::Person]);
    }
}
