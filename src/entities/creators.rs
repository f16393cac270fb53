//! Works named before their creators, as headlines and captions write them: "Derry Girls
//! creator Lisa McGee", "Succession showrunner Jesse Armstrong". The tagger takes such a title
//! for a firm or a person; the creator's word between the title and a person's name says it
//! is a work. So does a verb of writing before a title: "who wrote Fairytale of New York".

use super::casing::capitalised;
use super::credits::{mark_work, told_of_work, SUCCESSES};
use super::label::Label;
use super::lexicon::cues::{is_cue_word, Cue};
use super::lexicon::is_title_phrase;
use super::repair::{insert_name, name_at, Span};
use super::works::title_end;

/// Words for who made a work, between its title and their name; and for who took part in a
/// show ("Love Island contestant Jane Lee").
const CREATORS: &[&str] = &[
    "creator",
    "co-creator",
    "showrunner",
    "screenwriter",
    "contestant",
    "housemate",
];

/// The longest title taken, in words.
const MAX_TITLE: usize = 5;

/// Words for who wrote a book, between its title and their name: "the Harry Potter author
/// JK Rowling".
const AUTHORS: &[&str] = &["author", "novelist"];

/// Relabels as WORK_OF_ART a name right before a creator's word that a person's name follows,
/// unless it is a place or a people ("Belfast screenwriter Jane Lee", "Irish creator"), and
/// one before an author's word unless it is a firm's.
pub fn works_before_creators(words: &[&str], names: &mut Vec<Span>) {
    for k in 0..names.len() {
        let (a, b, label) = names[k];
        // ("Penguin author Jane Lee": a publisher's or a paper's writer is theirs.)
        let author = label != Label::Org && words.get(b).is_some_and(|w| AUTHORS.contains(w));
        let creator = author || words.get(b).is_some_and(|w| CREATORS.contains(w));
        let person = names
            .get(k + 1)
            .is_some_and(|n| n.0 == b + 1 && n.2 == Label::Person);
        let retypable = matches!(
            label,
            Label::Org
                | Label::Person
                | Label::Facility
                | Label::Event
                | Label::Product
                | Label::Loc
        );
        if creator && person && retypable && b <= a + MAX_TITLE {
            names[k].2 = Label::WorkOfArt;
        }
    }
    untagged_works_before_creators(words, names);
}

/// Kinds of work, capitalised at a sentence's start before a creator's word: "Game creator
/// Hideo Kojima" names a trade, not a title.
const KINDS_OF_WORK: &[&str] = &[
    "Game",
    "Games",
    "Show",
    "Series",
    "Sitcom",
    "Comedy",
    "Drama",
    "Podcast",
    "App",
    "Content",
    "Cartoon",
    "Character",
    "Comic",
    "Format",
    "Franchise",
    "Film",
    "Movie",
    "Music",
    "Book",
    "Toy",
    "Meme",
    "Puzzle",
    "Software",
    "Website",
    "Fashion",
    "Brand",
    "Art",
];

/// Words that open a sentence before a title and a creator's word, and are not the title's:
/// "Former Bake Off contestant".
const BEFORE_A_TITLE: &[&str] = &["Former", "Ex", "Then"];

/// "Succession creator Jesse Armstrong", "Former Bake Off contestant Jane Lee": the
/// capitalised words no name holds right before a creator's word and a person's name (the
/// tagger leaves a title it never saw), after a word that only opens the sentence, are the
/// work; but not one kind of work alone ("Game creator Hideo Kojima" names a trade).
fn untagged_works_before_creators(words: &[&str], names: &mut Vec<Span>) {
    let Some(k) = names.iter().position(|n| n.2 == Label::Person) else {
        return;
    };
    let role = names[k].0;
    if role == 0 || !CREATORS.contains(&words[role - 1]) || role > MAX_TITLE + 2 {
        return;
    }
    let free = |j: usize| names.iter().all(|n| n.1 <= j || n.0 > j);
    let mut start = role - 1;
    while start > 0 && capitalised(words[start - 1]) && free(start - 1) {
        start -= 1;
    }
    // Only from the sentence's start, past a word that opens it.
    if start != 0 {
        return;
    }
    if BEFORE_A_TITLE.contains(&words[0]) {
        start = 1;
    }
    let title = &words[start..role - 1];
    let lone_kind = matches!(title, [w] if KINDS_OF_WORK.contains(w));
    if !title.is_empty() && !lone_kind && title.iter().all(|w| w.chars().all(char::is_alphabetic)) {
        insert_name(names, (start, role - 1, Label::WorkOfArt));
    }
}

/// Verbs of writing a work, before its title.
pub(super) const WROTE: &[&str] = &["wrote", "co-wrote", "penned", "composed"];

/// Small words inside a title after a verb of writing: "Fairytale of New York".
pub(super) const TITLE_SMALL: &[&str] = &["of", "the", "a", "and", "to", "in", "from"];

/// Words that may follow a title that a verb of writing takes: punctuation, and words that
/// open what comes next ("wrote Hallelujah in 1984"), not a noun the title would describe
/// ("wrote Twitter posts").
const AFTER_A_TITLE: &[&str] = &[
    ",", ".", ";", ":", "(", "-", "—", "and", "in", "for", "with", "while", "when", "which", "who",
    "as", "at", "after", "before", "on", "was", "is",
];

/// Marks as WORK_OF_ART the title right after a verb of writing: its capitalised words and
/// the small words between them, when the title is not a person (`is_first_name` knows their
/// first names: "wrote Jane a letter"), a place, a people, a date or an owner, and what follows
/// it is no noun of its.
pub fn works_after_writing(
    words: &[&str],
    names: &mut Vec<Span>,
    is_first_name: impl Fn(&str) -> bool,
) {
    for v in 0..words.len().saturating_sub(1) {
        if !WROTE.contains(&words[v]) {
            continue;
        }
        let i = v + 1;
        let Some(end) = title_end(words, i, TITLE_SMALL) else {
            continue;
        };
        let closed = words.get(end).is_none_or(|w| AFTER_A_TITLE.contains(w));
        if !closed || is_title_phrase(&words[i..i + 1]) || is_first_name(words[i]) {
            continue;
        }
        let other = name_at(names, i).is_some_and(|k| {
            matches!(
                names[k].2,
                Label::Person | Label::Gpe | Label::Norp | Label::Date | Label::Time
            ) && names[k].1 == end
        });
        if !other {
            mark_work(names, i, end);
        }
    }
}

/// "BBC One's Question Time", "Netflix's Squid Game": a name right after a channel's or a
/// streaming service's "'s" (`is_platform` of its first word) is a show, a work, when the
/// tagger took it for a firm, a place, an event or a building; a person stays one ("the BBC's
/// Laura Kuenssberg").
pub fn shows_of_channels(words: &[&str], names: &mut [Span], is_platform: impl Fn(&str) -> bool) {
    for k in 1..names.len() {
        let (a, b, label) = names[k];
        let (c, d, owner) = names[k - 1];
        let owned = owner == Label::Org
            && d + 1 == a
            && matches!(words[d], "'s" | "’s")
            && is_platform(words[c]);
        let retypable = matches!(
            label,
            Label::Org | Label::Gpe | Label::Loc | Label::Event | Label::Facility
        );
        // ("ITV's London Studios": a firm's own word ends a part of the firm.)
        let part = is_cue_word(Cue::OrgLast, words.get(b - 1));
        if owned && retypable && !part && b <= a + MAX_TITLE {
            names[k].2 = Label::WorkOfArt;
        }
    }
}

/// Verbs of a show's coming back or first going out, before "to" or "on" and its channel.
pub(super) const RETURNS: &[&str] = &[
    "returns",
    "returned",
    "airs",
    "aired",
    "premieres",
    "premiered",
    "debuts",
    "debuted",
];

/// "The Traitors returns to BBC One", "Slow Horses premieres on Apple TV+": the capitalised
/// words right before a show's verb and a channel (`is_platform` of its first word) are the
/// show, a work; a person the tagger found stays one ("Claudia Winkleman returns to BBC One").
pub fn shows_returning_to_channels(
    words: &[&str],
    names: &mut Vec<Span>,
    is_platform: impl Fn(&str) -> bool,
) {
    for j in 1..words.len().saturating_sub(2) {
        // (The preposition first: it rules out most words in two tests.)
        if !matches!(words[j + 1], "to" | "on") || !RETURNS.contains(&words[j]) {
            continue;
        }
        let channel = name_at(names, j + 2)
            .is_some_and(|k| names[k].0 == j + 2 && names[k].2 == Label::Org)
            && is_platform(words[j + 2]);
        if !channel {
            continue;
        }
        // Back over the title's words: capitals, and small words between capitals.
        let mut start = j;
        while start > 0 && j - start < MAX_TITLE {
            let w = words[start - 1];
            let inner = TITLE_SMALL.contains(&w) && start >= 2 && capitalised(words[start - 2]);
            if !(capitalised(w) || inner) {
                break;
            }
            start -= 1;
        }
        let person = name_at(names, start).is_some_and(|k| names[k].2 == Label::Person);
        if start < j && capitalised(words[start]) && !person {
            mark_work(names, start, j);
        }
    }
}

/// Verbs of a work's run or release, right after its title: "Brian Friel's Translations opens
/// at the Abbey".
pub(super) const RUNS: &[&str] = &[
    "opens",
    "opened",
    "premieres",
    "premiered",
    "debuts",
    "debuted",
    "tours",
    "transfers",
];

/// Marks as WORK_OF_ART the capitalised words no name holds (but the tagger's guesses inside
/// them) after a person named in full and "'s", when a verb of a work's run or success or a
/// ", which" follows them: "Brian Friel's Translations opens".
pub fn untagged_works_of_artists(words: &[&str], names: &mut Vec<Span>) {
    for k in 0..names.len() {
        let (c, d, label) = names[k];
        if label != Label::Person || d < c + 2 || !matches!(words.get(d), Some(&("'s" | "’s"))) {
            continue;
        }
        let start = d + 1;
        if name_at(names, start).is_some() {
            continue;
        }
        let Some(end) = title_end(words, start, TITLE_SMALL) else {
            continue;
        };
        // "Kate Bush's Running Up That Hill returned", "Steven Spielberg's Jaws, which".
        let run = words
            .get(end)
            .is_some_and(|w| RUNS.contains(w) || SUCCESSES.contains(w));
        if end <= start + MAX_TITLE && (run || told_of_work(words, end)) {
            mark_work(names, start, end);
            return;
        }
    }
}

/// Words that end a piece of music's title: "Fifth Symphony", "Piano Concerto No 2".
const MUSICAL_FORMS: &[&str] = &[
    "Symphony",
    "Concerto",
    "Sonata",
    "Requiem",
    "Quartet",
    "Quintet",
    "Mass",
    "Overture",
    "Suite",
    "Variations",
    "Preludes",
    "Nocturne",
    "Oratorio",
];

/// "Shostakovich's Fifth Symphony", "Mahler's Second Symphony": the one-word name that owns a
/// piece of music is its composer (PERSON), whatever the tagger made of a name it never saw;
/// `known` says the lists hold the name as a place or a body ("Vienna's ...", "the BBC's").
pub fn composers_of_music(words: &[&str], names: &mut [Span], known: impl Fn(&[&str]) -> bool) {
    for k in 1..names.len() {
        let (c, d, label) = names[k];
        let music =
            label == Label::WorkOfArt && words[c..d].iter().any(|w| MUSICAL_FORMS.contains(w));
        let (a, b, owner) = names[k - 1];
        let owns = b + 1 == c && matches!(words[b], "'s" | "’s") && b == a + 1;
        if music && owns && owner != Label::Person && !known(&words[a..b]) {
            names[k - 1].2 = Label::Person;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(text: &str, names: &[Span]) -> Vec<Label> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        works_before_creators(&words, &mut names);
        names.iter().map(|n| n.2).collect()
    }

    fn written(text: &str, names: &[Span]) -> Vec<Span> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        works_after_writing(&words, &mut names, |w| w == "Jane");
        names
    }

    #[test]
    fn a_channels_show_is_a_work() {
        let words: Vec<&str> = "BBC One 's Question Time will".split(' ').collect();
        let mut names = vec![(0, 2, Label::Org), (3, 5, Label::Org)];
        shows_of_channels(&words, &mut names, |w| w == "BBC");
        assert_eq!(names[1].2, Label::WorkOfArt);
    }

    #[test]
    fn a_show_returning_to_its_channel_is_a_work() {
        let channel = |w: &str| w == "BBC";
        let words: Vec<&str> = "The Traitors returns to BBC One in".split(' ').collect();
        let mut names = vec![(4, 6, Label::Org)];
        shows_returning_to_channels(&words, &mut names, channel);
        assert_eq!(names, [(0, 2, Label::WorkOfArt), (4, 6, Label::Org)]);
        // A presenter stays a person.
        let words: Vec<&str> = "Jane Lee returns to BBC One".split(' ').collect();
        let mut names = vec![(0, 2, Label::Person), (4, 6, Label::Org)];
        shows_returning_to_channels(&words, &mut names, channel);
        assert_eq!(names[0].2, Label::Person);
    }

    #[test]
    fn an_artists_untagged_title_before_its_run_is_a_work() {
        let words: Vec<&str> = "Brian Friel 's Translations opens at".split(' ').collect();
        let mut names = vec![(0, 2, Label::Person)];
        untagged_works_of_artists(&words, &mut names);
        assert_eq!(names, [(0, 2, Label::Person), (3, 4, Label::WorkOfArt)]);
        let words: Vec<&str> = "Brian Friel 's Translations were".split(' ').collect();
        let mut names = vec![(0, 2, Label::Person)];
        untagged_works_of_artists(&words, &mut names);
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn a_title_after_a_verb_of_writing_is_a_work() {
        assert_eq!(
            written(
                "who wrote Harbour of Old Leith , died",
                &[(4, 6, Label::Gpe)]
            ),
            [(2, 6, Label::WorkOfArt)]
        );
        // A person, a place on its own, a noun after the title.
        let names = [(2, 4, Label::Person)];
        assert_eq!(written("she wrote Jane Lee a letter", &names), names);
        let names = [(2, 3, Label::Gpe)];
        assert_eq!(written("he wrote Leith , as", &names), names);
        let names = [(2, 3, Label::Org)];
        assert_eq!(written("he wrote Twitter posts", &names), names);
    }

    #[test]
    fn a_title_before_its_creator_is_a_work() {
        assert_eq!(
            labels(
                "Harbour Lights creator Jane Lee said",
                &[(0, 2, Label::Org), (3, 5, Label::Person)]
            ),
            [Label::WorkOfArt, Label::Person]
        );
        // A place, or no person after the word, stays.
        assert_eq!(
            labels(
                "Belfast screenwriter Jane Lee said",
                &[(0, 1, Label::Gpe), (2, 4, Label::Person)]
            ),
            [Label::Gpe, Label::Person]
        );
        assert_eq!(
            labels("Harbour Lights creator said", &[(0, 2, Label::Org)]),
            [Label::Org]
        );
        // An untagged opening title is one; a kind of work is a trade.
        assert_eq!(
            labels("Harbour creator Jane Lee said", &[(2, 4, Label::Person)]),
            [Label::WorkOfArt, Label::Person]
        );
        assert_eq!(
            labels("Game creator Jane Lee said", &[(2, 4, Label::Person)]),
            [Label::Person]
        );
        assert_eq!(
            labels(
                "Former Bake Off contestant Jane Lee said",
                &[(4, 6, Label::Person)]
            ),
            [Label::WorkOfArt, Label::Person]
        );
    }

    #[test]
    fn the_owner_of_a_symphony_is_its_composer() {
        let words: Vec<&str> = "a reading of Tarvik 's Fifth Symphony".split(' ').collect();
        let mut names = vec![(3, 4, Label::Gpe), (5, 7, Label::WorkOfArt)];
        composers_of_music(&words, &mut names, |_| false);
        assert_eq!(names[0].2, Label::Person);
        // A place the lists know stays one.
        let mut names = vec![(3, 4, Label::Gpe), (5, 7, Label::WorkOfArt)];
        composers_of_music(&words, &mut names, |_| true);
        assert_eq!(names[0].2, Label::Gpe);
    }
}
