//! Retail chains named by their premises: "a Noel Leeming store", "the John Lewis branch". A
//! chain founded by someone keeps the founder's name, and the tagger, seeing a first name and
//! a surname, takes it for a person; a person has no stores, so before one the name is the
//! chain's (ORG).

use super::label::Label;
use super::repair::Span;

/// A chain's premises, after its name.
const PREMISES: &[&str] = &[
    "store",
    "stores",
    "shop",
    "shops",
    "branch",
    "branches",
    "outlet",
    "outlets",
    "supermarket",
    "supermarkets",
    "showroom",
    "showrooms",
    "dealership",
    "franchise",
    "megastore",
    "superstore",
];

/// Relabels as ORG a person's name of two or three words between an article or an owner's
/// word and a word for a chain's premises.
pub fn chains_by_their_stores(words: &[&str], names: &mut [Span]) {
    for name in names.iter_mut() {
        let (a, b, label) = *name;
        if label == Label::Person
            && (2..=3).contains(&(b - a))
            && a > 0
            && matches!(
                words[a - 1],
                "a" | "an" | "the" | "A" | "An" | "The" | "its" | "their"
            )
            && words.get(b).is_some_and(|w| PREMISES.contains(w))
        {
            name.2 = Label::Org;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_persons_name_before_a_store_is_the_chain() {
        let words: Vec<&str> = "raid on a Noel Leeming store in Hamilton"
            .split(' ')
            .collect();
        let mut names = vec![(3, 5, Label::Person), (7, 8, Label::Gpe)];
        chains_by_their_stores(&words, &mut names);
        assert_eq!(names, vec![(3, 5, Label::Org), (7, 8, Label::Gpe)]);
        let words: Vec<&str> = "Noel Leeming stores opened".split(' ').collect();
        let mut names = vec![(0, 2, Label::Person)];
        chains_by_their_stores(&words, &mut names);
        assert_eq!(names, vec![(0, 2, Label::Person)]);
    }
}
