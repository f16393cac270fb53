//! Lists name things of one kind. In "Small firms such as Blinkx, Copernic and Enfish" the
//! tagger may find one firm and leave the others: a capitalised word alone (not opening the
//! sentence, not a common word the capital only dresses up) that stands as an item of a list
//! beside a name is a name of the same kind.

use super::casing::capitalised;
use super::label::Label;
use super::lexicon::cues::{is_cue, Cue};
use super::lexicon::{lists_of_tokens, List};
use super::numeric::is_calendar_word;
use super::repair::{insert_name, name_at, Span};

/// Separators between the items of a list.
fn separator(w: &str) -> bool {
    matches!(w, "," | "and" | "or")
}

/// Whether `k` holds a one-word item: a capitalised word of letters, not the sentence's
/// first, with a separator or the list's end on each side.
fn bare_item(words: &[&str], k: usize, closes: bool) -> bool {
    let w = words[k];
    // The first word of the sentence or of a clause ("FRANCE - Bond and PIBOR futures") is
    // capitalised by rule.
    k > 0
        && !matches!(words[k - 1], "-" | "--" | "—" | "–" | ":" | "\"" | "“" | "(")
        && w.len() > 1
        && capitalised(w)
        // Not a headline's or a table's capitals, nor a title or a day ("Paris, Monday").
        && w.chars().skip(1).any(char::is_lowercase)
        && w.chars().all(|c| c.is_alphabetic() || c == '\'' || c == '-')
        && !w.ends_with("-based")
        // A word alone, not a piece of a longer capitalised name ("Age Concern").
        && !capitalised(words[k - 1])
        && !words.get(k + 1).is_some_and(|n| capitalised(n))
        // Nor a word that only ends a firm's name ("Barton and Sons").
        && lists_of_tokens(&[w]) & (List::Title.bit() | List::OrgWord.bit()) == 0
        && !is_cue(Cue::OrgLast, &[w])
        && !is_calendar_word(w)
        // A list has commas: "Life and Death", "Will and Grace" are names with "and" inside;
        // or an introducer before two items ("such as TikTok and Snap").
        && (words[k - 1] == ","
            || words.get(k + 1) == Some(&",")
            || introduced(words, k)
            || closes)
}

/// The label of the list that the word at `k` closes after "and" or "or", when the two
/// items before are names of that one label with a comma between them: "Vodafone, BT and
/// Three".
fn closes_list(words: &[&str], names: &[Span], k: usize) -> Option<Label> {
    if k < 4 || !matches!(words[k - 1], "and" | "or") {
        return None;
    }
    let last = name_at(names, k - 2).filter(|&n| names[n].1 == k - 1)?;
    let (start, _, label) = names[last];
    // ("the Board for Margarine, Fats and Oils", "the Subcommittee on Wheat, Barley and Oats":
    // a body's fields after its "for", "of" or "on" are no list of names; the first item must
    // be a name without such a word, nor after one.)
    let first = (start >= 2 && words[start - 1] == ",")
        .then(|| name_at(names, start - 2))
        .flatten()
        .filter(|&n| names[n].1 == start - 1 && names[n].2 == label)
        .filter(|&n| {
            let (a, b, _) = names[n];
            let field = a > 0 && matches!(words[a - 1], "of" | "on" | "for");
            !field
                && words[a..b]
                    .iter()
                    .all(|w| !w.starts_with(|c: char| c.is_lowercase()))
        });
    first.map(|_| label)
}

/// Whether `k` is the first or the second one-word item after "such as": "such as Meta and
/// ByteDance", "such as TikTok and Snap".
fn introduced(words: &[&str], k: usize) -> bool {
    let such_as = |j: usize| j >= 1 && words[j] == "as" && words[j - 1] == "such";
    such_as(k - 1) || k >= 4 && matches!(words[k - 1], "and" | "or" | ",") && such_as(k - 3)
}

/// The item next to position `k` in direction `step` (+1 or -1) across one separator, skipping
/// an "and the" / ", the" article.
fn neighbour(words: &[&str], k: usize, step: isize) -> Option<usize> {
    let mut j = k as isize + step;
    let mut crossed = false;
    while j >= 0 && (j as usize) < words.len() {
        let w = words[j as usize];
        if separator(w) {
            crossed = true;
        } else if crossed && matches!(w, "the" | "The") && step > 0 {
            // "and the Trussell Trust"
        } else {
            return crossed.then_some(j as usize);
        }
        j += step;
        if (j - k as isize).abs() > 3 {
            return None;
        }
    }
    None
}

/// Fills the list items the tagger left with the label of the names beside them, as long as
/// the named items agree on one label among organisations, places and people.
pub fn list_members(words: &[&str], names: &mut Vec<Span>, is_common: impl Fn(&str) -> bool) {
    let mut k = 1;
    while k < words.len() {
        // Cheap tests first: most words are lowercase, and few stand by a comma or after
        // "such as".
        let by_comma = || words[k - 1] == "," || words.get(k + 1) == Some(&",");
        if !words[k]
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_uppercase)
            || name_at(names, k).is_some()
        {
            k += 1;
            continue;
        }
        // ("Vodafone, BT and Three": the last item of a list of firms, after its "and".)
        let closing = if by_comma() || introduced(words, k) {
            None
        } else {
            closes_list(words, names, k)
        };
        if !(by_comma() || introduced(words, k) || closing.is_some())
            || !bare_item(words, k, closing.is_some())
        {
            k += 1;
            continue;
        }
        // The labels of the named items on either side (a name's last or first word).
        let label_at = |j: usize| name_at(names, j).map(|n| names[n].2);
        let left = neighbour(words, k, -1).and_then(label_at);
        let right = neighbour(words, k, 1).and_then(label_at);
        // ("the Federal Office of Industry, Trade and Labour": a body's fields after its "of"
        // are no names.)
        let of_before = || (k.saturating_sub(4)..k).any(|j| words[j] == "of");
        let (label, flanked) = match (left, right) {
            (Some(l), Some(r)) if l == r => (Some(l), !of_before()),
            (Some(l), None) | (None, Some(l)) => (Some(l), false),
            _ => (None, false),
        };
        let label = label.filter(|l| matches!(l, Label::Org | Label::Gpe | Label::Person));
        // After "such as" a capital is no sentence's: "such as Meta and ByteDance"; nor is one
        // between two names of one kind: "Primark, Next and Marks & Spencer".
        // A common word closing a list of firms is one too: firms take any word for a name.
        let named =
            introduced(words, k) || flanked || closing == Some(Label::Org) || !is_common(words[k]);
        if let Some(label) = label.filter(|_| named) {
            insert_name(names, (k, k + 1, label));
            // The item before may be one too ("Shelter, Crisis and ..."): look again there.
            k = k.saturating_sub(3).max(1);
            continue;
        }
        k += 1;
    }
}

/// "exporters such as Metinvest", "lenders such as Monzo and Starling": the first item after
/// "such as" and a plural of a firm's kind, a word the tagger left out (or took for a person
/// or a people), is a firm; `list_members` then labels the items after it.
pub fn firms_such_as(words: &[&str], names: &mut Vec<Span>) {
    for k in 3..words.len() {
        if words[k - 1] != "as" || words[k - 2] != "such" || !bare_item(words, k, false) {
            continue;
        }
        let kind = words[k - 3];
        let singular = match kind.strip_suffix("ies") {
            Some(stem) => format!("{stem}y"),
            None => kind.strip_suffix('s').unwrap_or(kind).to_string(),
        };
        if !kind.ends_with('s') || !is_cue(Cue::OrgCue, &[singular.as_str()]) {
            continue;
        }
        let first_name = lists_of_tokens(&words[k..k + 1]) & List::FirstName.bit() != 0;
        match name_at(names, k) {
            Some(n)
                if names[n].1 == k + 1
                    && matches!(names[n].2, Label::Person | Label::Norp)
                    && !first_name =>
            {
                names[n].2 = Label::Org;
            }
            None => {
                insert_name(names, (k, k + 1, Label::Org));
            }
            _ => {}
        }
    }
}

/// The end of the run of names from `start` that only a list's separators (`joined` says which
/// gaps are some) join: "A, B and C". (Names may come out of order, or nested: a gap that is no
/// slice joins nothing.)
pub(super) fn list_end(
    words: &[&str],
    names: &[Span],
    start: usize,
    joined: impl Fn(&[&str]) -> bool,
) -> usize {
    let mut end = start + 1;
    while end < names.len()
        && words
            .get(names[end - 1].1..names[end].0)
            .is_some_and(&joined)
    {
        end += 1;
    }
    end
}

/// Words before a list that make its names places.
const PLACES_BEFORE: &[&str] = &[
    "in",
    "In",
    "at",
    "near",
    "across",
    "over",
    "to",
    "between",
    "lakes",
    "rivers",
    "states",
    "provinces",
    "cities",
    "towns",
    "counties",
];

/// "Phoenix, Aviva and Scottish Widows": a one-word place listed among two firms or more, with
/// nothing else in the list, is a firm named like a city; a country or a state (`is_country`)
/// stays one ("Shell, BP and Norway").
pub fn places_listed_with_firms(
    words: &[&str],
    names: &mut [Span],
    is_country: impl Fn(&[&str]) -> bool,
) {
    let joined = |gap: &[&str]| matches!(gap, [","] | ["and"] | [",", "and"]);
    let mut start = 0;
    while start < names.len() {
        let end = list_end(words, names, start, joined);
        let list = &mut names[start..end];
        let firms = list.iter().filter(|n| n.2 == Label::Org).count();
        let places = list.iter().filter(|n| n.2 == Label::Gpe).count();
        // A whole list: "A, B and C" ("In London, Continental ..." is a clause's place), and
        // not after a word of place ("rain in Corrientes, Chaco and Formosa", "lakes Erie,
        // Huron and Michigan").
        let first = list[0].0;
        let whole = list.len() >= 3 && words[list[end - start - 1].0 - 1] == "and";
        let placed = first > 0 && PLACES_BEFORE.contains(&words[first - 1]);
        if whole && !placed && firms >= 2 && places == 1 && firms + places == list.len() {
            for name in list.iter_mut() {
                let one_word = name.1 == name.0 + 1;
                let in_a_place = name.0 > 0 && words[name.0 - 1] == "in";
                if name.2 == Label::Gpe
                    && one_word
                    && !in_a_place
                    && !is_country(&words[name.0..name.1])
                {
                    name.2 = Label::Org;
                }
            }
        }
        start = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, names: &[Span]) -> Vec<(String, Label)> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        list_members(&words, &mut names, |w| w == "Rain");
        names
            .iter()
            .map(|&(a, b, l)| (words[a..b].join(" "), l))
            .collect()
    }

    #[test]
    fn bare_items_beside_a_name_take_its_label() {
        let got = run(
            "Small firms such as Blinkx , Copernic and Enfish Technologies rose .",
            &[(8, 10, Label::Org)],
        );
        let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["Blinkx", "Copernic", "Enfish Technologies"]);
        assert!(got.iter().all(|(_, l)| *l == Label::Org));
    }

    #[test]
    fn firms_such_as_a_name() {
        let words: Vec<&str> = "exporters such as Metinvest , chief".split(' ').collect();
        let mut names = vec![];
        firms_such_as(&words, &mut names);
        assert_eq!(names, [(3, 4, Label::Org)]);
        let words: Vec<&str> = "cities such as Leeds , where".split(' ').collect();
        let mut names = vec![];
        firms_such_as(&words, &mut names);
        assert_eq!(names, []);
    }

    #[test]
    fn no_list_no_name() {
        assert!(run("Rain and sleet fell .", &[]).is_empty());
        assert!(
            run(
                "FRANCE - Bond and PIBOR futures",
                &[(0, 1, Label::Gpe), (4, 5, Label::Org)]
            )
            .len()
                == 2
        );
        let got = run(
            "in Paris , Monday and Smith and I",
            &[(1, 2, Label::Gpe), (6, 7, Label::Person)],
        );
        assert_eq!(got.len(), 2, "{got:?}");
        // The sentence's first word is capitalised by rule.
        let got = run("Shelter and Crisis Trust said", &[(2, 4, Label::Org)]);
        assert_eq!(got.len(), 1);
    }

    #[test]
    fn a_city_listed_among_firms_is_a_firm() {
        let words: Vec<&str> = "Phoenix , Aviva and Scottish Widows were fined"
            .split(' ')
            .collect();
        let mut names = vec![(0, 1, Label::Gpe), (2, 3, Label::Org), (4, 6, Label::Org)];
        places_listed_with_firms(&words, &mut names, |_| false);
        assert_eq!(names[0].2, Label::Org);
        let words: Vec<&str> = "Shell , BP and Norway".split(' ').collect();
        let mut names = vec![(0, 1, Label::Org), (2, 3, Label::Org), (4, 5, Label::Gpe)];
        places_listed_with_firms(&words, &mut names, |n| n == ["Norway"]);
        assert_eq!(names[2].2, Label::Gpe);
    }
}
