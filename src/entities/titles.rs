//! A person's mention is the name alone: "Mr Halloran" is the person "Halloran", "Prime
//! Minister Keir Starmer" the person "Keir Starmer", as OntoNotes and CoNLL mark them (in
//! CoNLL-2003 a title opens a person's name in 1% of cases). The see of "Archbishop of York
//! Stephen Cottrell" is not his name either.

use super::casing::capitalised;
use super::label::Label;
use super::lexicon::cues::{is_cue, Cue};
use super::lexicon::{is_people_word, is_title_phrase, lists_of_tokens, List};
use super::numeric::is_calendar_word;
use super::repair::{insert_name, Span};

/// Titles that open names as often as they title them ("Prince Harry", "Father Christmas",
/// "Major" is a surname): the tagger's span keeps them. A peer's title goes ("Lord Sugar" is
/// "Sugar", "Lady Hale" is "Hale", "Dame Judi Dench" is "Judi Dench"), and so do a pope's and
/// a judge's ("Pope Leo" is "Leo", "Mr Justice Hargreaves" is "Hargreaves"), as the treebanks
/// mark them; "Lady Gaga" is a known name.
const NAME_TITLES: &[&str] = &["Prince", "Princess", "Father", "Major", "Captain"];

/// Royal and noble titles that name streets and stations ("King Street", "Lord Street",
/// "Queen Street station"), and the words of those streets: after one of these titles, such
/// a word is the street's, not a surname ("Lord Hall" is a peer: "Hall" names no street).
const STREET_TITLES: &[&str] = &[
    "King", "Queen", "Prince", "Princess", "Duke", "Duchess", "Lord", "Lady", "Bishop", "Earl",
    "Regent",
];
const STREET_WORDS: &[&str] = &[
    "Street", "Road", "Avenue", "Lane", "Square", "Place", "Gardens", "Terrace", "Crescent",
    "Station", "Bridge", "Way", "Parade", "Walk", "Row", "Quay", "Dock", "Docks",
];

fn is_street(title: &str, word: &str) -> bool {
    STREET_TITLES.contains(&title) && STREET_WORDS.contains(&word)
}

/// Longest title phrase ("Deputy Prime Minister").
const MAX_TITLE: usize = 3;

/// How many tokens from `a` form a title phrase, if any do.
fn title_at(words: &[&str], a: usize, b: usize) -> Option<usize> {
    (1..=MAX_TITLE.min(b - a)).rev().find(|&n| {
        let phrase = &words[a..a + n];
        is_title_phrase(phrase) && !NAME_TITLES.contains(&phrase[0])
    })
}

/// Where the person's name starts in the tagger's PERSON span `a..b`: after any titles at its
/// start, and after a place that follows "<title> of" just before it; at least one word stays.
pub fn name_start(
    words: &[&str],
    mut a: usize,
    b: usize,
    is_place: impl Fn(&[&str]) -> bool,
) -> usize {
    // "Deputy Chief Constable Owen Hartley": a span opening inside a title of two words.
    if a > 0 && b > a + 1 && is_title_phrase(&words[a - 1..a + 1]) {
        a += 1;
    }
    // A one-word name has no title to lose: most mentions after the first are surnames.
    while let Some(n) = (b > a + 1).then(|| title_at(words, a, b)).flatten() {
        if a + n >= b {
            break;
        }
        a += n;
    }
    let see = a >= 2 && words[a - 1] == "of" && title_at(words, a - 2, a - 1).is_some();
    if see {
        // "New York" before "Stephen Cottrell" takes two words; the name keeps two at least.
        if let Some(n) = (1..=2)
            .rev()
            .find(|&n| a + n + 2 <= b && is_place(&words[a..a + n]))
        {
            a += n;
        }
    }
    a
}

/// "Queensland Premier Steven Miles": a place right before the title of a person's name is a
/// name of its own, which the tagger leaves out with the title.
pub fn places_before_titles(
    words: &[&str],
    names: &mut Vec<Span>,
    is_place: impl Fn(&[&str]) -> bool,
    listed_place: impl Fn(&[&str]) -> bool,
) {
    // Titles are capitalised: a person after a lowercase word or none needs no look-up.
    let titled = |s: &Span| s.2 == Label::Person && s.0 > 0 && capitalised(words[s.0 - 1]);
    if !names.iter().any(titled) {
        return;
    }
    let people: Vec<usize> = names.iter().filter(|s| titled(s)).map(|s| s.0).collect();
    for a in people {
        // Any capitalised title, "London Mayor Sadiq Khan" too ("Forest manager" is a club's).
        let title = |n: usize| {
            words[a - n].starts_with(char::is_uppercase) && is_title_phrase(&words[a - n..a])
        };
        let Some(t) = (1..=MAX_TITLE.min(a)).rev().find(|&n| title(n)) else {
            continue;
        };
        if is_cue(Cue::PlaceOffice, &words[a - t..a])
            && place_of_office(words, names, a - t, &is_place)
        {
            continue;
        }
        let end = a - t;
        let named = |start: usize| {
            words[start..end]
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) && !is_calendar_word(w))
        };
        let place = (1..=2.min(end)).rev().map(|k| end - k).find(|&start| {
            // "on 13 March Lord Goldsmith", "the Most Reverend": no place.
            let bare = start == 0 || !matches!(words[start - 1], "the" | "The" | "a" | "A");
            named(start) && bare && is_place(&words[start..end])
        });
        // "Former Fed Chair Ben Bernanke": a body the lists know, before its office.
        let body = || {
            (1..=2.min(end)).rev().map(|k| end - k).find(|&start| {
                named(start) && lists_of_tokens(&words[start..end]) & List::Organisation.bit() != 0
            })
        };
        if place.is_none() {
            if let Some(start) = body().filter(|&s| names.iter().all(|n| n.1 <= s || n.0 >= end)) {
                insert_name(names, (start, end, Label::Org));
            }
        }
        if let Some(start) = place {
            if names.iter().all(|s| s.1 <= start || s.0 >= end) {
                insert_name(names, (start, end, Label::Gpe));
            } else if let Some(s) = names
                .iter_mut()
                .find(|s| (s.0, s.1) == (start, end) && listed_place(&words[start..end]))
            {
                // "Texas Gov. Greg Abbott": the tagger's organisation is the place, when the
                // lists hold it as one ("UN Secretary General" is no place's).
                s.2 = Label::Gpe;
            }
        }
    }
}

/// Last words of the places offices are held for ("Travis County", "Carson City").
const DIVISION_ENDS: &[&str] = &["County", "City", "Parish", "Borough", "Township"];

/// The place an office before a person's name is held for, which the tagger often calls a
/// firm or a person ("Tucson Mayor Regina Romero", "Anne Arundel County Executive Steuart
/// Pittman"): the tagger's name that ends right before the office (with the office's own
/// "County") becomes that place, and an untagged county before it is one. A people, a party or
/// a listed organisation stays what it is ("Democratic Gov. Josh Shapiro", "Labour Mayor Andy
/// Burnham"), and so does an organisation that is no known place or county: central banks
/// have governors too ("Riksbank Governor Erik Thedeen"). Whether a place was found.
fn place_of_office(
    words: &[&str],
    names: &mut Vec<Span>,
    office: usize,
    is_place: impl Fn(&[&str]) -> bool,
) -> bool {
    // "County Attorney" is the office of the county named before it: "County" is the place's.
    // "Tasmania's Premier Jeremy Rockliff": the place may own its office.
    let owned = office > 1 && matches!(words[office - 1], "'s" | "’s");
    let end = if words[office] == "County" && office > 0 && capitalised(words[office - 1]) {
        office + 1
    } else if owned {
        office - 1
    } else {
        office
    };
    let party = |a: usize, b: usize| {
        let name = &words[a..b];
        let lists = List::ReligiousOrPolitical.bit() | List::Organisation.bit();
        is_people_word(name) || lists_of_tokens(name) & lists != 0
    };
    let tagged = names
        .iter()
        .position(|s| s.1 == end || (end > office && s.1 == office));
    if let Some(i) = tagged {
        let (a, _, label) = names[i];
        // Only a place has a mayor or a sheriff ("Ridgefield Mayor Carla Duvane"); a central
        // bank has a governor too.
        let only_places = || {
            matches!(words[office], "Mayor" | "Mayor-elect" | "Sheriff")
                || words.get(office + 1) == Some(&"Mayor")
        };
        let known = || {
            end > office
                || DIVISION_ENDS.contains(&words[end - 1])
                || only_places()
                || is_place(&words[a..end])
        };
        if label == Label::Norp || party(a, end.min(office)) || (label == Label::Org && !known()) {
            return false;
        }
        names[i] = (a, end, Label::Gpe);
        return true;
    }
    if end == office {
        return false;
    }
    // An untagged county: its capitalised words, at most three, before "County".
    let start = (office.saturating_sub(3)..office)
        .find(|&k| {
            words[k..office]
                .iter()
                .all(|w| capitalised(w) && !is_calendar_word(w))
        })
        .unwrap_or(office);
    let free = names.iter().all(|s| s.1 <= start || s.0 >= end);
    if start == office || !free || party(start, office) {
        return false;
    }
    insert_name(names, (start, end, Label::Gpe));
    true
}

/// "Welshman Geraint Thomas", "New Zealander Scott McLaughlin": a people's word written before
/// a person's name as a title is, which the tagger takes into the name or drops, is that
/// people (NORP), as "Welsh cyclist Geraint Thomas" would give; so is one before the person's
/// title ("Mauritanian President Mohamed Ould Ghazouani").
pub fn peoples_before_names(words: &[&str], names: &mut Vec<Span>) {
    let mut k = 0;
    while k < names.len() {
        let (a, b, label) = names[k];
        k += 1;
        if label != Label::Person {
            continue;
        }
        // Inside the name, leaving a full name of two words at least: "German Gref" and
        // "Sami Hyypia" are names whose first word is a people's.
        if let Some(n) = (1..=2)
            .rev()
            .find(|&n| a + n + 2 <= b && capitalised(words[a]) && is_people_word(&words[a..a + n]))
        {
            names[k - 1].0 = a + n;
            names.insert(k - 1, (a, a + n, Label::Norp));
            k += 1;
            continue;
        }
        // Right before it, untagged.
        let free = |start: usize| k < 2 || names[k - 2].1 <= start;
        if let Some(n) = (1..=2.min(a))
            .rev()
            .find(|&n| capitalised(words[a - n]) && free(a - n) && is_people_word(&words[a - n..a]))
        {
            names.insert(k - 1, (a - n, a, Label::Norp));
            k += 1;
            continue;
        }
        // Before the person's title: "Mauritanian President Mohamed Ould Ghazouani".
        let titled_people = a >= 2
            && is_title_phrase(&words[a - 1..a])
            && capitalised(words[a - 2])
            && free(a - 2)
            && is_people_word(&words[a - 2..a - 1]);
        if titled_people {
            names.insert(k - 1, (a - 2, a - 1, Label::Norp));
            k += 1;
        }
    }
}

/// "Queen Mary University", "Sir Chris Hoy Velodrome", "Prince of Wales Bridge", "Sheikh
/// Zayed Road": a capitalised title right before a name holding a word of an institution or a
/// structure is part of that name, the place being named after the titled person; the tagger,
/// which learned to leave titles out, cut it off, and may have called the rest a person.
pub fn titles_in_names(
    words: &[&str],
    names: &mut [Span],
    institution: impl Fn(&str) -> Option<Label>,
    personal: impl Fn(&str) -> bool,
    buildings: impl Fn(&str) -> bool,
    feature: impl Fn(&[&str]) -> Option<Label>,
) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        // "Queen Street" whole, taken for an organisation.
        if b == a + 2 && is_street(words[a], words[a + 1]) {
            span.2 = Label::Facility;
            continue;
        }
        // "Prince Edward Island" whole, taken for a person named Prince.
        if label == Label::Person && b > a + 1 && NAME_TITLES.contains(&words[a]) {
            if let Some(place) = feature(&words[a..b]) {
                span.2 = place;
                continue;
            }
        }
        let linked = a > 0 && matches!(words[a - 1], "of" | "'s" | "’s");
        if a == 0 || !capitalised(words[a - 1]) && !linked {
            continue;
        }
        // "Prince of Wales Bridge", "King's College Hospital": the title and "of" or "'s"
        // before the rest.
        let start = if linked { a.saturating_sub(2) } else { a - 1 };
        let title = &words[start..start + 1];
        if !capitalised(title[0]) || !(is_title_phrase(title) || NAME_TITLES.contains(&title[0])) {
            continue;
        }
        if !linked && b == a + 1 && is_street(title[0], words[a]) {
            *span = (start, b, Label::Facility);
            continue;
        }
        // "Prince Edward Island", "King George Island": a feature named for the titled person.
        if let Some(place) = (label == Label::Person && !linked)
            .then(|| feature(&words[start..b]))
            .flatten()
        {
            *span = (start, b, place);
            continue;
        }
        // The institution's word is the last, or the last before "of" ("University of ..."),
        // or after "'s" the first, its town after it ("Queen's University Belfast").
        let before_of = (a..b.saturating_sub(1)).find(|&k| words[k + 1] == "of");
        let first_after_s = (linked && words[a - 1] != "of").then_some(a);
        // "Senator John Hall" is a person: a word that is a surname names no place here. After
        // "the" no person is titled ("the Ambassador Bridge").
        let after_the = start > 0 && matches!(words[start - 1], "the" | "The");
        let kind = [Some(b - 1), before_of, first_after_s]
            .into_iter()
            .flatten()
            .filter(|&k| label != Label::Person || after_the || !personal(words[k]))
            .find_map(|k| institution(words[k]))
            .filter(|&kind| {
                label != Label::Person || kind == Label::Org || buildings(words[b - 1])
            });
        if let Some(kind) = kind {
            let label = if label == Label::Person { kind } else { label };
            *span = (start, b, label);
        }
    }
}

/// "Queen Camilla", "King Charles" taken for an organisation or a place: a title and one or
/// two words that are all common first names or surnames, in no name `known` otherwise (a
/// known name, "Prince Edward Island"), is a person; the title goes, as in a person's own span
/// ("King Digital" and "Queen Mary University" stand).
pub fn titled_people(
    words: &[&str],
    names: &mut [Span],
    personal: impl Fn(&str) -> bool,
    known: impl Fn(&[&str]) -> bool,
) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        // After "the", a facility's label came from a structure's word ("the Ambassador
        // Bridge"); "Dame Barbara Castle" is a person.
        let structure = label == Label::Facility && a > 0 && matches!(words[a - 1], "the" | "The");
        if label == Label::Person || structure || !(a + 2..=a + 3).contains(&b) {
            continue;
        }
        let title = &words[a..a + 1];
        // "Chief Constable Pippa Mills": the tagger's name may open inside a title of two
        // words, which says the rest is a person's name, known or not.
        let inside = a > 0 && is_title_phrase(&words[a - 1..a + 1]);
        let titled = is_title_phrase(title) || NAME_TITLES.contains(&title[0]) || inside;
        // Caps lines spell every word in capitals, "MAJOR LEAGUE" too.
        let named = words[a + 1..b]
            .iter()
            .all(|w| w.chars().any(char::is_lowercase) && (inside || personal(w)));
        if titled && named && !known(&words[a..b]) && !is_street(title[0], words[b - 1]) {
            let start = if NAME_TITLES.contains(&title[0]) {
                a
            } else {
                a + 1
            };
            *span = (start, b, Label::Person);
        }
    }
}

/// Words for a relative or partner, which name a person after them ("his wife Sian").
pub(super) const RELATIVES: &[&str] = &[
    "wife",
    "husband",
    "son",
    "daughter",
    "brother",
    "sister",
    "mother",
    "father",
    "partner",
    "widow",
    "widower",
    "fiancee",
    "fiancée",
    "fiance",
    "fiancé",
    "grandson",
    "granddaughter",
    "stepson",
    "stepdaughter",
    "nephew",
    "niece",
    "cousin",
    "girlfriend",
    "boyfriend",
];

/// "his wife Sian", "their son Jack Lewis": one or two capitalised words right after a
/// possessive and a word for a relative are a person, whatever the tagger took them for.
pub fn relatives(words: &[&str], names: &mut Vec<Span>) {
    for i in 1..words.len().saturating_sub(1) {
        // The capital after first, a byte for most words; then the possessive: one match,
        // where the list of relatives is a scan.
        if !capitalised(words[i + 1])
            || !matches!(
                words[i - 1],
                "his" | "her" | "their" | "whose" | "'s" | "’s"
            )
            || !RELATIVES.contains(&words[i])
            || is_title_phrase(&words[i + 1..i + 2])
            || is_calendar_word(words[i + 1])
        {
            continue;
        }
        let named = |w: &&str| capitalised(w) && !is_calendar_word(w);
        let end = if words.get(i + 2).is_some_and(named) {
            i + 3
        } else {
            i + 2
        };
        let held = names.iter().position(|s| s.0 < end && i + 1 < s.1);
        match held {
            // A name the tagger found there keeps its extent, unless it runs past the words.
            Some(k) if names[k].0 == i + 1 && names[k].1 <= end => names[k].2 = Label::Person,
            Some(_) => {}
            None => {
                insert_name(names, (i + 1, end, Label::Person));
            }
        }
    }
}

/// What follows a person's name to tell a son from his father, or a monarch from another:
/// OntoNotes keeps it in the name ("Martin Luther King Jr.", "Charles III"), and so does the
/// canonical name, which tells the two people apart.
const GENERATIONS: &[&str] = &["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"];

/// "Marvin Harrison Jr. caught two passes": a generation right after a person's name joins it,
/// unless another name already holds it.
pub fn generations(words: &[&str], names: &mut [Span]) {
    for k in 0..names.len() {
        let (a, b, label) = names[k];
        let free = names.get(k + 1).is_none_or(|next| next.0 > b);
        if label == Label::Person
            && b > a
            && free
            && words.get(b).is_some_and(|w| GENERATIONS.contains(w))
        {
            names[k].1 = b + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generation_joins_the_name_before_it() {
        let words = [
            "said", "Ken", "Griffey", "Jr.", "and", "World", "War", "III",
        ];
        let mut names = vec![(1, 3, Label::Person), (5, 7, Label::Event)];
        generations(&words, &mut names);
        assert_eq!(names, vec![(1, 4, Label::Person), (5, 7, Label::Event)]);
    }

    fn person(text: &str, a: usize, b: usize) -> String {
        let words: Vec<&str> = text.split(' ').collect();
        let start = name_start(&words, a, b, |w| w == ["York"]);
        words[start..b].join(" ")
    }

    #[test]
    fn titles_leave_the_name() {
        assert_eq!(person("Mr Halloran resigned", 0, 2), "Halloran");
        assert_eq!(person("Lord Sugar said", 0, 2), "Sugar");
        assert_eq!(
            person("Prime Minister Keir Starmer met", 0, 4),
            "Keir Starmer"
        );
        assert_eq!(person("said Dr. Ruth Adeyemi", 1, 4), "Ruth Adeyemi");
        // The see after "Archbishop of".
        assert_eq!(
            person("Archbishop of York Stephen Cottrell", 2, 5),
            "Stephen Cottrell"
        );
    }

    #[test]
    fn a_place_before_a_title_is_its_own_name() {
        let words: Vec<&str> = "said York Mayor Ann Lee".split(' ').collect();
        let mut names = vec![(3, 5, Label::Person)];
        places_before_titles(&words, &mut names, |w| w == ["York"], |_| false);
        assert_eq!(names, vec![(1, 2, Label::Gpe), (3, 5, Label::Person)]);
        let mut names = vec![(3, 5, Label::Person)];
        places_before_titles(&words, &mut names, |_| false, |_| false);
        assert_eq!(names, vec![(3, 5, Label::Person)]);
        // A lowercase word is no place, whatever the gazetteer says of it.
        let words: Vec<&str> = "the death of President Ann Lee".split(' ').collect();
        let mut names = vec![(4, 6, Label::Person)];
        places_before_titles(&words, &mut names, |_| true, |_| true);
        assert_eq!(names, vec![(4, 6, Label::Person)]);
    }

    #[test]
    fn places_named_after_titled_people_keep_the_title() {
        let run = |text: &str, name: Span| {
            let words: Vec<&str> = text.split(' ').collect();
            let mut names = vec![name];
            titles_in_names(
                &words,
                &mut names,
                |w| match w {
                    "University" => Some(Label::Org),
                    "Velodrome" | "Bridge" | "Hall" | "Hospital" => Some(Label::Facility),
                    _ => None,
                },
                |w| matches!(w, "Hall" | "Bridge"),
                |w| w != "Hall",
                |name| (name.last() == Some(&"Island")).then_some(Label::Gpe),
            );
            let (a, b, label) = names[0];
            (words[a..b].join(" "), label)
        };
        assert_eq!(
            run("at Queen Mary University of London", (2, 6, Label::Org)),
            ("Queen Mary University of London".into(), Label::Org)
        );
        assert_eq!(
            run("at the Sir Chris Hoy Velodrome", (3, 6, Label::Person)),
            ("Sir Chris Hoy Velodrome".into(), Label::Facility)
        );
        assert_eq!(
            run("at King 's College Hospital", (3, 5, Label::Facility)),
            ("King 's College Hospital".into(), Label::Facility)
        );
        assert_eq!(
            run("at Queen 's University Belfast", (3, 5, Label::Org)),
            ("Queen 's University Belfast".into(), Label::Org)
        );
        assert_eq!(
            run("on the Prince of Wales Bridge", (4, 6, Label::Facility)),
            ("Prince of Wales Bridge".into(), Label::Facility)
        );
        assert_eq!(
            run("said Senator John Hall", (2, 4, Label::Person)),
            ("John Hall".into(), Label::Person)
        );
        // After "the", a structure's word that is also a surname is the structure's.
        assert_eq!(
            run("across the Ambassador Bridge", (3, 4, Label::Person)),
            ("Ambassador Bridge".into(), Label::Facility)
        );
        assert_eq!(
            run("said Ambassador Bridge", (2, 3, Label::Person)),
            ("Bridge".into(), Label::Person)
        );
        assert_eq!(
            run("in Prince Edward Island", (2, 4, Label::Person)),
            ("Prince Edward Island".into(), Label::Gpe)
        );
        // A titled person before an institution's name is not part of it.
        assert_eq!(
            run("said Sir Ian Blair of Scotland Yard", (2, 4, Label::Person)),
            ("Ian Blair".into(), Label::Person)
        );
    }

    #[test]
    fn names_that_open_with_a_title_word_stand() {
        assert_eq!(person("Prince Harry said", 0, 2), "Prince Harry");
        // A title alone is left as the tagger found it.
        assert_eq!(person("President said", 0, 1), "President");
        assert_eq!(person("of York Smith", 1, 3), "York Smith");
    }
}
