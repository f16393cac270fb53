//! Firms named by the attribution that ends their sentence: "David Jones will host a pop-up
//! gallery in its flagship, the department store chain said"; "Te Papa will put 40 cloaks on
//! display, the museum said". The sentence's subject is what the kind word at its end names,
//! though the tagger took it for a person or a place, or left it out.

use super::casing::capitalised;
use super::label::Label;
use super::repair::{insert_name, Span};

/// Kinds of body that speak for themselves at a sentence's end and that no person or place is.
const SPEAKING_KINDS: &[&str] = &[
    "chain",
    "retailer",
    "company",
    "firm",
    "group",
    "lender",
    "bank",
    "supermarket",
    "airline",
    "insurer",
    "carmaker",
    "broadcaster",
    "museum",
    "gallery",
    "charity",
    "brewer",
    "housebuilder",
];

/// Verbs of the attribution after the kind word.
const SAYING: &[&str] = &["said", "says", "added", "announced", "confirmed"];

/// What may follow the verb of an attribution: when it was said, and how.
const SAID_WHEN: &[&[&str]] = &[
    &["on", "Monday"],
    &["on", "Tuesday"],
    &["on", "Wednesday"],
    &["on", "Thursday"],
    &["on", "Friday"],
    &["on", "Saturday"],
    &["on", "Sunday"],
    &["yesterday"],
    &["today"],
    &["last", "week"],
    &["this", "week"],
    &["in", "a", "statement"],
];

/// The most words between a people's word and the name it describes ("British drugmaker
/// AstraZeneca", "Swiss food group Nestle").
const MAX_DESCRIBED: usize = 3;

/// The most words between "the" and the kind word: "the department store chain".
const MAX_MODIFIERS: usize = 4;

/// Where the attribution opens (its comma), when the sentence ends with ", the ... KIND said".
fn attribution(words: &[&str]) -> Option<usize> {
    let mut end = words.len();
    while end > 0 && matches!(words[end - 1], "." | "\"" | "”") {
        end -= 1;
    }
    // "the retailer said on Thursday", "said in a statement": when it was said, or how.
    if let Some(tail) = SAID_WHEN.iter().find(|t| words[..end].ends_with(t)) {
        end -= tail.len();
    }
    if end < 4 || !SAYING.contains(&words[end - 1]) || !SPEAKING_KINDS.contains(&words[end - 2]) {
        return None;
    }
    let the = (end.saturating_sub(3 + MAX_MODIFIERS)..end - 2)
        .rev()
        .find(|&j| matches!(words[j], "the" | "The"))?;
    // Modifiers are words, not another clause: "the chain, which ... said".
    let plain = words[the + 1..end - 2]
        .iter()
        .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'));
    (the > 0 && words[the - 1] == "," && plain).then_some(the - 1)
}

/// Relabels as ORG the name that opens a sentence ending ", the ... KIND said" when the
/// sentence speaks of the name as "its" (a person is "his" or "her"), or, untagged or taken
/// for a people, a building or an event, labels it ORG whatever the pronouns.
/// `may_be_firm`: a word that may name a firm, which the web mostly writes capitalised ("Quay";
/// not "Revenues rose, the group said").
pub fn bodies_named_by_their_speaker(
    words: &[&str],
    names: &mut Vec<Span>,
    may_be_firm: impl Fn(&str) -> bool,
) {
    let Some(comma) = attribution(words) else {
        return;
    };
    let start = usize::from(words.first() == Some(&"The"));
    let its = words[..comma].contains(&"its")
        && !words[..comma]
            .iter()
            .any(|w| matches!(*w, "his" | "her" | "he" | "she"));
    match names.iter().position(|s| s.0 == start) {
        Some(k) => {
            let (_, b, label) = names[k];
            // ("British drugmaker AstraZeneca plc will pay": a people's word describing the
            // firm named right after it is no firm.)
            let describes =
                label == Label::Norp && names.get(k + 1).is_some_and(|n| n.0 <= b + MAX_DESCRIBED);
            let weak = matches!(label, Label::Norp | Label::Facility | Label::Event) && !describes;
            let retypable = matches!(label, Label::Person | Label::Gpe | Label::Loc);
            if weak || retypable && its {
                names[k].2 = Label::Org;
            }
        }
        None => {
            // One or two capitalised words the tagger left out: "Quay will close".
            let end = (start..words.len().min(start + 2))
                .take_while(|&j| {
                    capitalised(words[j])
                        && words[j].chars().all(char::is_alphabetic)
                        && may_be_firm(words[j])
                })
                .last();
            if let Some(last) = end {
                let followed = words
                    .get(last + 1)
                    .is_some_and(|w| w.starts_with(char::is_lowercase));
                if followed && !names.iter().any(|s| s.0 <= last && s.1 > start) {
                    insert_name(names, (start, last + 1, Label::Org));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, names: &[Span]) -> Vec<Span> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        bodies_named_by_their_speaker(&words, &mut names, |w| w == "Quay");
        names
    }

    #[test]
    fn the_subject_of_a_firms_attribution_is_the_firm() {
        let got = run(
            "David Jones will host a gallery in its flagship , the department store chain said .",
            &[(0, 2, Label::Person)],
        );
        assert_eq!(got, [(0, 2, Label::Org)]);
        let got = run("Quay will close , the restaurant group said .", &[]);
        assert_eq!(got, [(0, 1, Label::Org)]);
        assert_eq!(run("Prices will rise , the bank said .", &[]), []);
    }

    #[test]
    fn a_person_announced_by_a_firm_stays() {
        let names = [(0, 2, Label::Person)];
        let text = "Jane Lee will step down as chief executive , the bank said .";
        assert_eq!(run(text, &names), names);
        let text = "Jane Lee will take her seat in its board , the bank said .";
        assert_eq!(run(text, &names), names);
        let text = "Jane Lee will host a gallery in its flagship , he said .";
        assert_eq!(run(text, &names), names);
    }
}
