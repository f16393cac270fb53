//! What firms own: "Inditex, which owns Zara and Massimo Dutti", "the owner of Pret". No one
//! owns or buys a person, so a name the tagger took for one after a verb of owning or buying
//! is a firm; so is a "place" no list knows there, and the names listed with it.

use super::label::Label;
use super::repair::Span;

/// Verbs and nouns of owning and buying, right before what is owned.
const OWNS: &[&str] = &[
    "owns",
    "owned",
    "owning",
    "bought",
    "buys",
    "acquired",
    "acquires",
    "acquiring",
    "buying",
];

/// Relabels as ORG each person, and each place `is_place` does not know, right after a verb
/// of owning or buying or "owner of", and the names that follow it in its list ("Zara and
/// Massimo Dutti").
pub fn firms_owned(words: &[&str], names: &mut [Span], is_place: impl Fn(&[&str]) -> bool) {
    let mut owned_at: Option<usize> = None;
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        let after_owning = a > 0 && OWNS.contains(&words[a - 1])
            || a > 1 && words[a - 1] == "of" && matches!(words[a - 2], "owner" | "owners");
        // The next item of the same list: "Zara and Massimo Dutti", "Zara, Bershka".
        let listed = owned_at.is_some_and(|end| a == end + 1 && matches!(words[end], "and" | ","));
        if !(after_owning || listed) {
            owned_at = None;
            continue;
        }
        // ("buying Jay-Z's label": the owner of what was bought.)
        let owner = matches!(words.get(b), Some(&("'s" | "’s")));
        let retypable = !owner
            && match label {
                Label::Person => true,
                Label::Gpe | Label::Loc => !is_place(&words[a..b]),
                _ => false,
            };
        if retypable {
            span.2 = Label::Org;
        }
        owned_at = matches!(span.2, Label::Org).then_some(b);
    }
}

/// "Unilever Kenya raised prices", "Diageo Ghana's profit": a known firm right before a
/// country the tagger named apart is the firm's national arm, one ORG. (A firm's business in a
/// country has its preposition: "Unilever in Kenya".) `is_firm` and `is_country` say what the
/// lists know.
pub fn national_arms(
    words: &[&str],
    names: &mut Vec<Span>,
    is_firm: impl Fn(&[&str]) -> bool,
    is_country: impl Fn(&[&str]) -> bool,
) {
    let mut k = 0;
    while k + 1 < names.len() {
        let (a, b, label) = names[k];
        let (c, d, next) = names[k + 1];
        let arm = label == Label::Org
            && c == b
            && next == Label::Gpe
            && d <= c + 2
            && is_country(&words[c..d])
            && is_firm(&words[a..b]);
        if arm {
            names[k] = (a, d, Label::Org);
            names.remove(k + 1);
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_a_firm_owns_is_a_firm() {
        let words: Vec<&str> = "Inditex , which owns Zara and Massimo Dutti , rose"
            .split(' ')
            .collect();
        let mut names = vec![
            (0, 1, Label::Org),
            (4, 5, Label::Gpe),
            (6, 8, Label::Person),
        ];
        firms_owned(&words, &mut names, |_| false);
        assert_eq!(names[1].2, Label::Org);
        assert_eq!(names[2].2, Label::Org);
        let words: Vec<&str> = "after buying Jane Lee 's label".split(' ').collect();
        let mut names = vec![(2, 4, Label::Person)];
        firms_owned(&words, &mut names, |_| false);
        assert_eq!(names[0].2, Label::Person);
        // A place the lists know stays one ("bought land in Kent" has no name after the verb).
        let words: Vec<&str> = "the firm bought Greenland".split(' ').collect();
        let mut names = vec![(3, 4, Label::Gpe)];
        firms_owned(&words, &mut names, |_| true);
        assert_eq!(names[0].2, Label::Gpe);
    }

    #[test]
    fn a_known_firm_before_a_country_is_its_national_arm() {
        let words = ["Unilever", "Kenya", "and", "Unilever", "in", "Kenya"];
        let mut names = vec![
            (0, 1, Label::Org),
            (1, 2, Label::Gpe),
            (3, 4, Label::Org),
            (5, 6, Label::Gpe),
        ];
        national_arms(
            &words,
            &mut names,
            |n| n == ["Unilever"],
            |n| n == ["Kenya"],
        );
        assert_eq!(
            names,
            [(0, 2, Label::Org), (3, 4, Label::Org), (5, 6, Label::Gpe)]
        );
    }
}
