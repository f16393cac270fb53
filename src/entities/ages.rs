//! A person's age written after their name ("Marco Ferretti, 41, appeared"): OntoNotes labels
//! an age a DATE, where the same number elsewhere is a CARDINAL. A number in brackets after a
//! name stays a count: in sport it is the minute of a substitution ("Reid for Murphy (47)").

use super::label::Label;
use super::numeric::Expression;
use super::repair::Span;

/// No one in the news is older.
const OLDEST: u16 = 120;

/// Relabels as a DATE each lone number set off by commas right after a person's name (or
/// ending the sentence: "Kay Shore, 17."), and the ages after "aged".
pub fn ages_after_people(words: &[&str], names: &[Span], expressions: &mut Vec<Expression>) {
    ages_after_aged(words, expressions);
    for e in expressions.iter_mut() {
        if e.label != Label::Cardinal || e.end != e.start + 1 || e.start < 2 {
            continue;
        }
        let set_off = words[e.start - 1] == ","
            // (Not ")": "(Garry Pagel, 66)" is a substitute and his minute.)
            && matches!(words.get(e.end).copied(), Some("," | ";" | "."));
        let age = words[e.start]
            .parse::<u16>()
            .is_ok_and(|n| (1..=OLDEST).contains(&n));
        let after_person = names
            .iter()
            .any(|&(_, b, label)| label == Label::Person && b + 1 == e.start);
        if set_off && age && after_person {
            e.label = Label::Date;
        }
    }
}

/// "died aged 93", "adults aged under 30", "children aged 5 to 11": the count after "aged" is
/// an age, a DATE; a range of two counts is one.
fn ages_after_aged(words: &[&str], expressions: &mut Vec<Expression>) {
    let mut k = 0;
    while k < expressions.len() {
        let e = expressions[k];
        let aged = e.start >= 1 && matches!(words[e.start - 1], "aged" | "ages");
        // "aged between 18 and 24": "between" is no count's modifier in the rules.
        let between =
            e.start >= 2 && words[e.start - 1] == "between" && words[e.start - 2] == "aged";
        if e.label != Label::Cardinal || !(aged || between) {
            k += 1;
            continue;
        }
        let start = if between { e.start - 1 } else { e.start };
        let mut end = e.end;
        // The range's second count, after "to", "and" or a dash.
        if let Some(next) = expressions.get(k + 1).copied() {
            let joined = next.start == e.end + 1
                && matches!(words[e.end], "to" | "and" | "-" | "–")
                && next.label == Label::Cardinal;
            if joined {
                end = next.end;
                expressions.remove(k + 1);
            }
        }
        expressions[k] = Expression {
            start,
            end,
            label: Label::Date,
        };
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ages(sentence: &str, person: (usize, usize)) -> Vec<Label> {
        let words: Vec<&str> = sentence.split(' ').collect();
        let names = [(person.0, person.1, Label::Person)];
        let mut found: Vec<Expression> = words
            .iter()
            .enumerate()
            .filter(|(_, w)| w.bytes().all(|b| b.is_ascii_digit()))
            .map(|(k, _)| Expression {
                start: k,
                end: k + 1,
                label: Label::Cardinal,
            })
            .collect();
        ages_after_people(&words, &names, &mut found);
        found.into_iter().map(|e| e.label).collect()
    }

    #[test]
    fn an_age_between_commas_after_a_person() {
        assert_eq!(ages("Mara Voss , 41 , appeared", (0, 2)), vec![Label::Date]);
        assert_eq!(ages("and Mara Voss , 17 .", (1, 3)), vec![Label::Date]);
    }

    #[test]
    fn ages_after_aged_and_their_ranges() {
        assert_eq!(ages("he died aged 93 .", (9, 9)), vec![Label::Date]);
        assert_eq!(ages("those aged 5 to 11 .", (9, 9)), vec![Label::Date]);
        assert_eq!(
            ages("those aged between 18 and 24", (9, 9)),
            vec![Label::Date]
        );
    }

    #[test]
    fn other_numbers_after_a_name_stay_counts() {
        // A list's count, a number after a place, a number too big for an age, a minute.
        assert_eq!(ages("Mara Voss , 41 and", (0, 2)), vec![Label::Cardinal]);
        assert_eq!(ages("Leeds , 41 , and", (5, 5)), vec![Label::Cardinal]);
        assert_eq!(
            ages("Mara Voss , 400 , said", (0, 2)),
            vec![Label::Cardinal]
        );
        assert_eq!(ages("Reid for Voss ( 47 )", (2, 3)), vec![Label::Cardinal]);
        assert_eq!(
            ages("Reid ( Mara Voss , 66 )", (2, 4)),
            vec![Label::Cardinal]
        );
    }
}
