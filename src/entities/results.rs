//! Firms named by the results they report: "Harvey Norman reported a 9% drop in annual
//! profit", "Ted Baker posted a loss". Retailers and brands named after their founders read as
//! people to the tagger, but no person reports a profit or a turnover.

use super::label::Label;
use super::repair::Span;

/// Verbs of publishing results, right after the firm's name.
const REPORTING: &[&str] = &[
    "reported",
    "posted",
    "announced",
    "unveiled",
    "booked",
    "recorded",
];

/// Words of a firm's results, in the words after the verb.
const RESULTS: &[&str] = &[
    "profit", "profits", "sales", "revenue", "revenues", "earnings", "turnover", "loss", "losses",
    "dividend", "income", "assets", "inflows", "outflows",
];

/// How far after the verb the results' word may come: "reported a 9 % drop in annual profit".
const REACH: usize = 8;

/// Relabels as ORG a person's name that opens the sentence right before a verb of publishing
/// results and a word of results, when the sentence speaks of no "his" or "her".
pub fn firms_by_their_results(words: &[&str], names: &mut [Span]) {
    let Some(first) = names.first_mut() else {
        return;
    };
    let (a, b, label) = *first;
    if a != 0 || label != Label::Person || !words.get(b).is_some_and(|w| REPORTING.contains(w)) {
        return;
    }
    let end = words.len().min(b + 1 + REACH);
    let results = words[b + 1..end].iter().any(|w| RESULTS.contains(w));
    let personal = words
        .iter()
        .any(|w| matches!(*w, "his" | "her" | "he" | "she" | "His" | "Her"));
    if results && !personal {
        first.2 = Label::Org;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Label {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = vec![(0, 2, Label::Person)];
        firms_by_their_results(&words, &mut names);
        names[0].2
    }

    #[test]
    fn a_name_reporting_results_is_a_firm() {
        assert_eq!(
            run("Harvey Norman reported a 9 % drop in annual profit ."),
            Label::Org
        );
        assert_eq!(
            run("Jane Lee reported a rise in her sales ."),
            Label::Person
        );
        assert_eq!(run("Jane Lee reported the crime ."), Label::Person);
    }
}
