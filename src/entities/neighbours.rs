//! Places named beside places: "in Runcorn and Helsby", "between Whitehead and Carrickfergus",
//! "felt in Wellington and Nelson", "from Tomatin to Moy". Local copy names villages and
//! suburbs no gazetteer of towns holds, and the tagger takes them for firms or people; a
//! place's preposition and a town on the other side of the "and" say what they are.

use super::label::Label;
use super::repair::Span;

/// Prepositions of place that open a pair or list of places.
const PLACE_LEADS: &[&str] = &[
    "in", "near", "between", "from", "across", "around", "outside", "at",
];

/// What `neighbours` needs to know of a name: whether it is a country (a country beside a
/// firm or a person names a party to talks, not a neighbour: "between Israel and Hamas"),
/// whether it is known as a firm or an organisation, whatever the tagger took it for, and
/// whether it is a town the lists or the word knowledge hold.
pub struct Knowledge<C, B, T>
where
    C: Fn(&[&str]) -> bool,
    B: Fn(&[&str]) -> bool,
    T: Fn(&[&str]) -> bool,
{
    pub is_country: C,
    pub is_known_body: B,
    pub is_known_town: T,
}

/// Relabels as places (GPE) the one-word names the tagger took for a firm, a person or a
/// people that stand paired with a town after a preposition of place: "in X and Town", "in
/// Town and X", "between X and Town", "from Town to X". In a sports story a town's name is
/// its team's, so organisations stay there. A person's name ("at Twickenham and Kirwan says")
/// needs a town the lists know beside it, and no word of its own sentence after it.
pub fn places_beside_places<C, B, T>(
    words: &[&str],
    names: &mut [Span],
    knowledge: &Knowledge<C, B, T>,
    sport: impl FnOnce() -> bool,
) where
    C: Fn(&[&str]) -> bool,
    B: Fn(&[&str]) -> bool,
    T: Fn(&[&str]) -> bool,
{
    let mut sport = Some(sport);
    let mut in_sport = None;
    for k in 0..names.len() {
        let (a, b, label) = names[k];
        let wrong = matches!(label, Label::Org | Label::Person | Label::Norp);
        // One word with a small letter: acronyms are bodies ("in Leeds and the NHS").
        let plain = b == a + 1 && words[a].chars().skip(1).any(char::is_lowercase);
        if !wrong || !plain || (knowledge.is_known_body)(&words[a..b]) {
            continue;
        }
        let person = label == Label::Person;
        let town = |n: &Span| {
            let name = &words[n.0..n.1];
            n.2 == Label::Gpe
                && !(knowledge.is_country)(name)
                && (!person || (knowledge.is_known_town)(name))
        };
        let ends_phrase = !person
            || words
                .get(b)
                .is_none_or(|w| !w.starts_with(char::is_lowercase));
        let paired =
            (k > 0 && after_town(words, names[k - 1], a) && town(&names[k - 1]) && ends_phrase)
                || names
                    .get(k + 1)
                    .is_some_and(|n| before_town(words, a, b, n.0) && town(n));
        if !paired {
            continue;
        }
        if label == Label::Org && *in_sport.get_or_insert_with(|| sport.take().is_some_and(|f| f()))
        {
            continue;
        }
        names[k].2 = Label::Gpe;
    }
}

/// "in Runcorn and [Helsby]", "from Tomatin to [Moy]": the town `(s, e)` opens the pair after a
/// preposition of place and the name at `a` closes it.
fn after_town(words: &[&str], (s, e, _): Span, a: usize) -> bool {
    let lead = s > 0 && PLACE_LEADS.contains(&words[s - 1]);
    let joined = e + 1 == a
        && match words[e] {
            "and" | "or" => true,
            "to" => words[s - 1] == "from",
            _ => false,
        };
    lead && joined
}

/// "between [Whitehead] and Carrickfergus": the name `a..b` opens the pair after a preposition
/// of place and the town at `next` closes it.
fn before_town(words: &[&str], a: usize, b: usize, next: usize) -> bool {
    let lead = a > 0 && PLACE_LEADS.contains(&words[a - 1]);
    let joined = b + 1 == next
        && match words[b] {
            "and" | "or" => true,
            "to" => words[a - 1] == "from",
            _ => false,
        };
    lead && joined
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placed(text: &str, names: &[Span]) -> Vec<Label> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        let knowledge = Knowledge {
            is_country: |n: &[&str]| matches!(n, ["Israel"]),
            is_known_body: |n: &[&str]| matches!(n, ["Hamas"]),
            is_known_town: |n: &[&str]| matches!(n, ["Carrickfergus" | "Twickenham"]),
        };
        places_beside_places(&words, &mut names, &knowledge, || false);
        names.iter().map(|n| n.2).collect()
    }

    #[test]
    fn a_name_paired_with_a_town_is_a_place() {
        let got = placed(
            "voters in Runcorn and Helsby",
            &[(2, 3, Label::Gpe), (4, 5, Label::Org)],
        );
        assert_eq!(got, [Label::Gpe, Label::Gpe]);
        let got = placed(
            "buses between Whitehead and Carrickfergus",
            &[(2, 3, Label::Person), (4, 5, Label::Gpe)],
        );
        assert_eq!(got, [Label::Gpe, Label::Gpe]);
        let got = placed(
            "from Tomatin to Moy",
            &[(1, 2, Label::Gpe), (3, 4, Label::Norp)],
        );
        assert_eq!(got, [Label::Gpe, Label::Gpe]);
    }

    #[test]
    fn parties_to_talks_and_bodies_stay() {
        let got = placed(
            "talks between Israel and Hamas",
            &[(2, 3, Label::Gpe), (4, 5, Label::Org)],
        );
        assert_eq!(got, [Label::Gpe, Label::Org]);
        let got = placed(
            "staff in Leeds and NHS",
            &[(2, 3, Label::Gpe), (4, 5, Label::Org)],
        );
        assert_eq!(got, [Label::Gpe, Label::Org]);
        // No preposition of place: "Smith and Jones".
        let got = placed(
            "said Leeds and Smith",
            &[(1, 2, Label::Gpe), (3, 4, Label::Person)],
        );
        assert_eq!(got, [Label::Gpe, Label::Person]);
    }
}
