//! Firms named for their founders with the founder's "'s": "Marston's", "Tunnock's",
//! "Fuller's". The tokenizer splits the "'s" off and the tagger reads the founder alone, a
//! person; but a possessive owns a noun after it, and where none follows ("Marston's, the
//! pub group", "Tunnock's said") the "'s" is the name's own, and the name a firm's.

use super::label::Label;
use super::lexicon::is_title_phrase;
use super::repair::Span;

/// Verbs of what firms do, right after their name: "Marston's said".
const FIRM_VERBS: &[&str] = &[
    "said",
    "says",
    "reported",
    "posted",
    "announced",
    "warned",
    "expects",
    "bought",
    "sold",
    "owns",
    "makes",
    "runs",
    "employs",
];

/// Words that open an apposition after a name's comma: "Marston's, the pub group".
const APPOSITION: &[&str] = &["the", "a", "an", "which", "whose", "owner", "maker"];

/// Extends a person's name of one or two words followed by "'s" and then a firm's verb or a
/// comma and an apposition over the "'s", and labels it ORG. Places and firms stay as they
/// are ("Britain's, and the world's, oldest"; "Verizon's" is Verizon's).
pub fn firms_named_for_founders(words: &[&str], names: &mut [Span]) {
    for k in 0..names.len() {
        let (a, b, label) = names[k];
        if label != Label::Person || b > a + 2 {
            continue;
        }
        // ("a friend of Mr Lee's.": a titled name is a person's.)
        let titled = a > 0 && is_title_phrase(&words[a - 1..a]);
        if titled || !matches!(words.get(b), Some(&("'s" | "’s"))) {
            continue;
        }
        // ("compare their pedigree with Tulu's," owns what the sentence said before: only an
        // apposition after the comma describes a firm.)
        let after = words.get(b + 1).copied().unwrap_or("");
        let described = after == "," && words.get(b + 2).is_some_and(|w| APPOSITION.contains(w));
        let owns_nothing = described || FIRM_VERBS.contains(&after);
        // ("the chairman of Smith's, Jones's and Brown's": the next name may be its own.)
        if owns_nothing && names.get(k + 1).is_none_or(|n| n.0 > b) {
            names[k] = (a, b + 1, Label::Org);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, names: &[Span]) -> Vec<Span> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        firms_named_for_founders(&words, &mut names);
        names
    }

    #[test]
    fn a_name_whose_s_owns_nothing_is_a_firm() {
        assert_eq!(
            run("Marston 's , the pub group", &[(0, 1, Label::Person)]),
            [(0, 2, Label::Org)]
        );
        assert_eq!(
            run("Tunnock 's said sales rose", &[(0, 1, Label::Person)]),
            [(0, 2, Label::Org)]
        );
    }

    #[test]
    fn owners_and_places_stay() {
        assert_eq!(
            run("Jane Lee 's novel", &[(0, 2, Label::Person)]),
            [(0, 2, Label::Person)]
        );
        assert_eq!(
            run("Britain 's , and the world 's", &[(0, 1, Label::Gpe)]),
            [(0, 1, Label::Gpe)]
        );
        assert_eq!(
            run(
                "compare it with Tulu 's , he said",
                &[(3, 4, Label::Person)]
            ),
            [(3, 4, Label::Person)]
        );
    }
}
