//! People named with a middle initial: "Jack B. Yeats", "Susan B. Anthony". A first name, one
//! capital with its full stop and a surname make a person's name, which the tagger, reading the
//! initial as a company's abbreviation, may take for a firm's.

use super::label::Label;
use super::lexicon::cues::known_name;
use super::repair::Span;

/// Whether a word is one capital and a full stop: "B.".
fn initial(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() == 2 && b[0].is_ascii_uppercase() && b[1] == b'.'
}

/// Relabels as a person each name of three words, a first name (`is_first_name`), an initial
/// and a capitalised word, that the tagger took for anything else and the lexicon does not
/// know.
pub fn middle_initials(words: &[&str], names: &mut [Span], is_first_name: impl Fn(&str) -> bool) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        if b != a + 3 || label == Label::Person || !initial(words[a + 1]) {
            continue;
        }
        let surname = words[a + 2].chars().next().is_some_and(char::is_uppercase)
            && words[a + 2].chars().skip(1).all(char::is_lowercase);
        if surname && is_first_name(words[a]) && known_name(&words[a..b]).is_none() {
            span.2 = Label::Person;
        }
    }
}

/// "F. Scott Fitzgerald", "Judge P. Kevin Castel": a person who goes by the middle name,
/// with the first name's initial before it, which the tagger may leave out. An initial no name
/// holds, right before a person whose first word is a first name (`is_first_name`), joins
/// the person.
pub fn leading_initials(words: &[&str], names: &mut [Span], is_first_name: impl Fn(&str) -> bool) {
    let mut previous_end = 0;
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        let free = a > previous_end;
        previous_end = b;
        if label == Label::Person
            && free
            && b >= a + 2
            && initial(words[a - 1])
            && is_first_name(words[a])
        {
            span.0 = a - 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_first_name_an_initial_and_a_surname_are_a_person() {
        let words: Vec<&str> = "by Jack B. Yeats and Acme B. Corp".split(' ').collect();
        let mut names = vec![(1, 4, Label::Org), (5, 8, Label::Org)];
        middle_initials(&words, &mut names, |w| w == "Jack");
        assert_eq!(names, vec![(1, 4, Label::Person), (5, 8, Label::Org)]);
    }

    #[test]
    fn an_initial_before_a_first_name_joins_the_person() {
        let words: Vec<&str> = "Judge P. Kevin Castel and Acme P. Kevin"
            .split(' ')
            .collect();
        let mut names = vec![
            (2, 4, Label::Person),
            (5, 6, Label::Org),
            (7, 8, Label::Person),
        ];
        leading_initials(&words, &mut names, |w| w == "Kevin");
        assert_eq!(names[0], (1, 4, Label::Person));
        // A one-word name keeps its start.
        assert_eq!(names[2], (7, 8, Label::Person));
    }
}
