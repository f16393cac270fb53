//! Arab names that give the father's name after "bin", "bint" or "ibn": "Abdulaziz bin
//! Salman", "Hamdan bin Mohammed". The particle is lowercase, so the tagger may end one name
//! before it and start another after it; the whole is one person.

use super::label::Label;
use super::repair::Span;

/// The particles between a given name and a father's name ("son of", "daughter of").
const PARTICLES: &[&str] = &["bin", "bint", "ibn", "ben"];

/// Joins two people the tagger named on either side of a particle into one person.
pub fn fathers_names(words: &[&str], names: &mut Vec<Span>) {
    let mut k = 0;
    while k + 1 < names.len() {
        let (a, b, label) = names[k];
        let (c, d, next) = names[k + 1];
        let joined = label == Label::Person
            && next == Label::Person
            && c == b + 1
            && PARTICLES.contains(&words[b]);
        if joined {
            names[k] = (a, d, Label::Person);
            names.remove(k + 1);
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fathers_name_after_bin_is_part_of_the_name() {
        let words: Vec<&str> = "Prince Abdulaziz bin Salman met Ali and Omar"
            .split(' ')
            .collect();
        let mut names = vec![
            (1, 2, Label::Person),
            (3, 4, Label::Person),
            (5, 6, Label::Person),
            (7, 8, Label::Person),
        ];
        fathers_names(&words, &mut names);
        assert_eq!(
            names,
            vec![
                (1, 4, Label::Person),
                (5, 6, Label::Person),
                (7, 8, Label::Person)
            ]
        );
    }
}
