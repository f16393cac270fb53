//! Names the rest of the story settles: once "Mercantile Bancorp Inc." is named, a bare
//! "Mercantile" is that company even where the tagger took it for a person; once "Joe Biden"
//! is named, a later "Biden" is the person; and once
//! "Boatmen's Bancshares Inc." is named, "Boatmen's" keeps its "'s", which is part of the name
//! and no possessive.

use super::label::Label;
use super::lexicon::{lists_of_tokens, List};
use super::tagger::document::WordKeyed;

/// A name over story tokens `start..end`.
pub type StoryName = (usize, usize, Label);

/// Applies both rules to `names` (story token ranges, any order) over the story's `words`;
/// `personal` says whether a word is a common first name or surname.
pub fn settle(
    words: &[&str],
    names: &mut [StoryName],
    personal: impl Fn(&str) -> bool,
    is_place: impl Fn(&[&str]) -> bool,
) {
    organisations_named_in_full(words, names, &personal);
    organisations_named_more_often(words, names, &personal);
    surnames_of_people(words, names, &personal, is_place);
    possessive_names(words, names);
}

/// "President Joe Biden signed ... and Biden called it": once a person is named in full (a
/// common personal name, by `personal`, or at least no place first), a
/// later bare surname is that person, whatever the tagger took it for. A surname that is also
/// a listed country, city or state ("Washington", "Jordan"), or a place `is_place` knows where
/// the tagger took it for one ("a visit to Sheffield"), is left as tagged, and so is one that
/// opens an organisation's name of the story ("Ford" beside "Ford Motor Co") or is written in
/// capitals (an acronym).
/// Prepositions of place, before a name the tagger took for a place.
const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "to", "from", "near", "into", "outside"];

fn surnames_of_people(
    words: &[&str],
    names: &mut [StoryName],
    personal: impl Fn(&str) -> bool,
    is_place: impl Fn(&[&str]) -> bool,
) {
    // Each surname of a person named in full: where it is first named, and whether a common
    // personal name came first there.
    let mut surnames: WordKeyed<&str, (usize, bool)> = WordKeyed::default();
    let mut opens_org: WordKeyed<&str, ()> = WordKeyed::default();
    for &(a, b, label) in names.iter() {
        if b < a + 2 {
            continue;
        }
        if label == Label::Org {
            opens_org.insert(words[a], ());
            continue;
        }
        // Named in full: a personal name first, or at least no place ("Keir Starmer", not the
        // club "Ipswich Town" the tagger took for a person).
        let personal_first = personal(words[a]);
        if label == Label::Person && (personal_first || !is_place(&words[a..a + 1])) {
            let first = surnames.entry(words[b - 1]).or_insert((b, personal_first));
            *first = (first.0.min(b), first.1 || personal_first);
        }
    }
    if surnames.is_empty() {
        return;
    }
    let places = List::Country.bit() | List::City.bit() | List::State.bit();
    for name in names.iter_mut() {
        let (a, b, label) = *name;
        if b != a + 1 || label == Label::Person || !label.is_name() {
            continue;
        }
        let Some(&(named, personal_first)) = surnames.get(words[a]) else {
            continue;
        };
        // What the tagger took for a place after a preposition of place needs a plain
        // person's name named before ("based in Sakhnin" after the club "Bnei Sakhnin" stays
        // a place), and no place of that name.
        let tagged_place = matches!(label, Label::Gpe | Label::Loc);
        let located = a > 0 && PLACE_PREPOSITIONS.contains(&words[a - 1]);
        let place = lists_of_tokens(&words[a..b]) & places != 0
            || (tagged_place && (is_place(&words[a..b]) || (located && !personal_first)));
        if named <= a
            && words[a].chars().any(char::is_lowercase)
            && !opens_org.contains_key(words[a])
            && !place
        {
            name.2 = Label::Person;
        }
    }
}

/// A one-word PERSON that opens an organisation's name of several words elsewhere in the story
/// is that organisation, unless the story also names a person of several words holding it
/// ("Ford" after both "Ford Motor Co" and "Harrison Ford" stays as tagged) or the word is a
/// common first name or surname (a "Wang" in a story with a "Wang Laboratories").
fn organisations_named_in_full(
    words: &[&str],
    names: &mut [StoryName],
    personal: impl Fn(&str) -> bool,
) {
    let mut first_of_org: WordKeyed<&str, ()> = WordKeyed::default();
    let mut in_person: WordKeyed<&str, ()> = WordKeyed::default();
    for &(a, b, label) in names.iter() {
        if b < a + 2 {
            continue;
        }
        match label {
            Label::Org => {
                first_of_org.insert(words[a], ());
            }
            Label::Person => {
                for &w in &words[a..b] {
                    in_person.insert(w, ());
                }
            }
            _ => {}
        }
    }
    if first_of_org.is_empty() {
        return;
    }
    for name in names.iter_mut() {
        let (a, b, label) = *name;
        if label == Label::Person
            && b == a + 1
            && first_of_org.contains_key(words[a])
            && !in_person.contains_key(words[a])
            && !personal(words[a])
        {
            name.2 = Label::Org;
        }
    }
}

/// "Southcorp said ... Southcorp's board": a one-word name the story gives as an organisation
/// at least twice, and more often than as a person, is that organisation where the tagger
/// took it for a person, unless a person of several words holds the word or it is a common
/// first name or surname ("Adriano" the striker, tagged a firm in a headline, stays).
fn organisations_named_more_often(
    words: &[&str],
    names: &mut [StoryName],
    personal: impl Fn(&str) -> bool,
) {
    // Only a story with two one-word organisations and a one-word person can change.
    let one_word = |l: Label| names.iter().filter(|n| n.2 == l && n.1 == n.0 + 1).count();
    if one_word(Label::Person) == 0 || one_word(Label::Org) < 2 {
        return;
    }
    // Per word: mentions as an organisation and as a person, and whether a person of
    // several words holds it.
    let mut tally: WordKeyed<&str, (u32, u32, bool)> = WordKeyed::default();
    for &(a, b, label) in names.iter() {
        match (label, b.saturating_sub(a)) {
            (Label::Org, 1) => {
                let t = tally.entry(words[a]).or_default();
                t.0 = t.0.saturating_add(1);
            }
            (Label::Person, 1) => {
                let t = tally.entry(words[a]).or_default();
                t.1 = t.1.saturating_add(1);
            }
            (Label::Person, _) => {
                for &w in &words[a..b] {
                    tally.entry(w).or_default().2 = true;
                }
            }
            _ => {}
        }
    }
    for name in names.iter_mut() {
        let (a, b, label) = *name;
        if label != Label::Person || b != a + 1 {
            continue;
        }
        let (org, person, held) = tally.get(words[a]).copied().unwrap_or_default();
        if org >= 2 && org > person && !held && !personal(words[a]) {
            name.2 = Label::Org;
        }
    }
}

fn is_possessive(w: &str) -> bool {
    matches!(w, "'s" | "’s" | "'S" | "’S")
}

/// "Boatmen's" after "Boatmen's Bancshares Inc.": a name whose words, then "'s", open a longer
/// name of the story is that name's short form, "'s" included.
fn possessive_names(words: &[&str], names: &mut [StoryName]) {
    // The words before "'s" in each name that continues after it.
    let mut heads: Vec<&[&str]> = Vec::new();
    for &(a, b, label) in names.iter() {
        if !label.is_name() {
            continue;
        }
        if let Some(k) = (a + 1..b.saturating_sub(1)).find(|&k| is_possessive(words[k])) {
            heads.push(&words[a..k]);
        }
    }
    if heads.is_empty() {
        return;
    }
    let mut starts: Vec<usize> = names.iter().map(|n| n.0).collect();
    starts.sort_unstable();
    for name in names.iter_mut() {
        let (a, b, label) = *name;
        let free = starts.binary_search(&b).is_err();
        if label.is_name()
            && free
            && words.get(b).is_some_and(|w| is_possessive(w))
            && heads.contains(&&words[a..b])
        {
            name.1 = b + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settled(text: &str, names: &[StoryName]) -> Vec<(String, Label)> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        settle(
            &words,
            &mut names,
            |w| matches!(w, "Wang" | "Joe"),
            |p| p == ["Leeds"],
        );
        names
            .iter()
            .map(|&(a, b, l)| (words[a..b].join(" "), l))
            .collect()
    }

    #[test]
    fn a_later_surname_is_the_person_named_in_full() {
        let text = "Joe Biden spoke and Biden left for Jordan with Michael Jordan";
        let names = [
            (0, 2, Label::Person),
            (4, 5, Label::Org),
            (7, 8, Label::Gpe),
            (9, 11, Label::Person),
        ];
        let got = settled(text, &names);
        assert_eq!(got[1], ("Biden".into(), Label::Person));
        // Before the full name, or a listed place: as tagged.
        let text = "Biden rose . Joe Biden spoke";
        let got = settled(text, &[(0, 1, Label::Org), (3, 5, Label::Person)]);
        assert_eq!(got[0].1, Label::Org);
    }

    #[test]
    fn a_person_that_opens_an_organisation_is_that_organisation() {
        let text = "Mercantile Bancorp Inc said . Mercantile rose .";
        let got = settled(text, &[(0, 3, Label::Org), (5, 6, Label::Person)]);
        assert_eq!(got[1], ("Mercantile".into(), Label::Org));
        // A person of several words with that word keeps the bare name a person.
        let text = "Ford Motor Co and Harrison Ford . Ford said";
        let names = [
            (0, 3, Label::Org),
            (4, 6, Label::Person),
            (7, 8, Label::Person),
        ];
        assert_eq!(settled(text, &names)[2].1, Label::Person);
        let text = "Wang Laboratories Inc said . Wang rose .";
        let got = settled(text, &[(0, 3, Label::Org), (5, 6, Label::Person)]);
        assert_eq!(got[1].1, Label::Person);
    }

    #[test]
    fn a_word_named_more_often_as_an_organisation_is_one() {
        let text = "Southcorp rose . Southcorp fell . Southcorp said";
        let names = [
            (0, 1, Label::Org),
            (3, 4, Label::Org),
            (6, 7, Label::Person),
        ];
        assert_eq!(settled(text, &names)[2].1, Label::Org);
        // Once only, or a person's word, or a common name: as tagged.
        let names = [
            (0, 1, Label::Org),
            (3, 4, Label::Person),
            (6, 7, Label::Person),
        ];
        assert_eq!(settled(text, &names)[2].1, Label::Person);
        let text = "Wang rose . Wang fell . Wang said";
        let names = [
            (0, 1, Label::Org),
            (3, 4, Label::Org),
            (6, 7, Label::Person),
        ];
        assert_eq!(settled(text, &names)[2].1, Label::Person);
    }

    #[test]
    fn a_possessive_that_opens_a_longer_name_is_part_of_it() {
        let text = "Boatmen 's Bancshares Inc rose . Boatmen 's shares and Smith 's car";
        let names = [
            (0, 4, Label::Org),
            (6, 7, Label::Org),
            (10, 11, Label::Person),
        ];
        let got = settled(text, &names);
        assert_eq!(got[1].0, "Boatmen 's");
        assert_eq!(got[2].0, "Smith");
    }
}
