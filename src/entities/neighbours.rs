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

/// Relabels as places (GPE) the one-word names the tagger took for a firm, a person or a
/// people that stand paired with a town after a preposition of place: "in X and Town", "in
/// Town and X", "between X and Town", "from Town to X". The town is no country
/// (`is_country`: a country beside a firm or a person names a party to talks, "between Israel
/// and Hamas"), and a name `is_known_body` knows as a firm or a body stays. In a sports story a
/// town's name is its team's, so organisations stay there. A person's name ("at Twickenham and
/// Kirwan says") needs a town `is_known_town` holds beside it, and no word of its own sentence
/// after it; a people's needs no word after it either ("in Ramallah and Israeli ministers").
pub fn places_beside_places(
    words: &[&str],
    names: &mut [Span],
    is_country: impl Fn(&[&str]) -> bool,
    is_known_body: impl Fn(&[&str]) -> bool,
    is_known_town: impl Fn(&[&str]) -> bool,
    story_is_sport: impl Fn() -> bool,
) {
    for k in 0..names.len() {
        let (a, b, label) = names[k];
        let wrong = matches!(label, Label::Org | Label::Person | Label::Norp);
        // One word with a small letter: acronyms are bodies ("in Leeds and the NHS").
        let plain = b == a + 1 && words[a].chars().skip(1).any(char::is_lowercase);
        if !wrong || !plain || is_known_body(&words[a..b]) {
            continue;
        }
        let person = label == Label::Person;
        let town = |n: &Span| {
            let name = &words[n.0..n.1];
            n.2 == Label::Gpe && !is_country(name) && (!person || is_known_town(name))
        };
        // "in Ramallah and Israeli ministers": a people's word before a noun describes it.
        let people = label == Label::Norp;
        let ends_phrase = !(person || people)
            || words
                .get(b)
                .is_none_or(|w| !w.starts_with(char::is_lowercase));
        let town_first = k > 0 && {
            let t = names[k - 1];
            paired(words, (t.0, t.1), a) && town(&t) && ends_phrase
        };
        let town_second = (!people || ends_phrase)
            && names
                .get(k + 1)
                .is_some_and(|n| paired(words, (a, b), n.0) && town(n));
        if !(town_first || town_second) || (label == Label::Org && story_is_sport()) {
            continue;
        }
        names[k].2 = Label::Gpe;
    }
}

/// "in Runcorn and Helsby", "between Whitehead and Carrickfergus", "from Tomatin to Moy": the
/// first name `(s, e)` follows a preposition of place, and "and", "or" (or "to" after "from")
/// joins it to the second, which starts at `next`.
fn paired(words: &[&str], (s, e): (usize, usize), next: usize) -> bool {
    let lead = s > 0 && PLACE_LEADS.contains(&words[s - 1]);
    let joined = e + 1 == next
        && match words[e] {
            "and" | "or" => true,
            // (A first name opening the sentence has no "from" before it.)
            "to" => s > 0 && words[s - 1] == "from",
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
        places_beside_places(
            &words,
            &mut names,
            |n| matches!(n, ["Israel"]),
            |n| matches!(n, ["Hamas"]),
            |n| matches!(n, ["Carrickfergus" | "Twickenham"]),
            || false,
        );
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
        // A name opening the sentence, before "to": no word before it to ask.
        let got = placed(
            "Crowds to Leeds team",
            &[(0, 1, Label::Org), (2, 3, Label::Gpe)],
        );
        assert_eq!(got, [Label::Org, Label::Gpe]);
    }
}
