//! Works named after what is made of them: "a new production of Brian Friel's Translations",
//! "a sequel to Stones in His Pockets", "an adaptation of Middlemarch", "a revival of Guys and
//! Dolls"; and works described in apposition: "Solar System, his new BBC series, was filmed".
//! The title has no work word before it ("the play"), and the tagger takes its words for firms
//! and places ("Stones" ORG, "His Pockets" GPE, "Solar System" ORG).

use super::casing::capitalised;
use super::label::Label;
use super::lexicon::cues::{is_cue_word, Cue};
use super::numeric::is_calendar_word;
use super::repair::{crosses, replace_names, Span};
use super::works::title_end;

/// Words for what is made of a work, with the word that follows them.
pub(super) const MADE_OF: &[(&str, &str)] = &[
    ("production", "of"),
    ("revival", "of"),
    ("adaptation", "of"),
    ("staging", "of"),
    ("remake", "of"),
    ("sequel", "to"),
    ("prequel", "to"),
    ("spin-off", "of"),
    ("spinoff", "of"),
    ("reboot", "of"),
];

/// Words before "production" that make it a stage's, not a factory's ("production of Boeing
/// jets").
const STAGE_PRODUCTION: &[&str] = &["new", "stage", "touring", "revived", "'s", "’s"];

/// Small words inside a title: "Stones in His Pockets", "Guys and Dolls". Fewer than a quoted
/// title's (`works`): after "a revival of" the title runs into where and by whom it is staged
/// ("at the Gate", "by the RSC"), which "at" and "by" lead.
pub(super) const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "and", "to", "for", "with",
];

/// Labels as a work (WORK_OF_ART) the capitalised title right after a word for what is made
/// of it and its "of" or "to", past an owner's name and "'s" ("Brian Friel's"), over the
/// names the tagger found inside it. A title that is one person's, firm's or known place's
/// name alone (`is_place`: "a sequel to Dickens", "a spin-off of Siemens") is left as found.
pub fn works_made_again(words: &[&str], names: &mut Vec<Span>, is_place: impl Fn(&[&str]) -> bool) {
    for i in 1..words.len().saturating_sub(2) {
        // Cheapest test first: most words are not followed by "of" or "to".
        if !matches!(words[i + 1], "of" | "to") {
            continue;
        }
        let Some(&(_, link)) = MADE_OF.iter().find(|(w, _)| *w == words[i]) else {
            continue;
        };
        if words[i + 1] != link
            || (words[i] == "production" && !STAGE_PRODUCTION.contains(&words[i - 1]))
        {
            continue;
        }
        // Past the author's name and its "'s".
        let mut start = i + 2;
        if let Some(owner) = names.iter().find(|s| s.0 == start && s.2 == Label::Person) {
            if matches!(words.get(owner.1), Some(&("'s" | "’s"))) {
                start = owner.1 + 1;
            }
        }
        if !words.get(start).is_some_and(|w| capitalised(w)) {
            continue;
        }
        let Some(mut end) = title_end(words, start, TITLE_SMALL_WORDS) else {
            continue;
        };
        // "Translations in February": the title ends before a date.
        if let Some(date) = (start + 1..end).find(|&k| is_calendar_word(words[k])) {
            end = date;
            while end > start + 1 && TITLE_SMALL_WORDS.contains(&words[end - 1]) {
                end -= 1;
            }
        }
        // "an adaptation of Bill Cosby's TV cartoon": letters before a work word describe it.
        let letters = end == start + 1 && !words[start].chars().any(char::is_lowercase);
        if letters || is_cue_word(Cue::WorkCue, words.get(end)) {
            continue;
        }
        // ("a spin-off of Grand Heist": a place no gazetteer knows is the tagger's guess.)
        let one_name = [Label::Person, Label::Org]
            .iter()
            .any(|&label| names.contains(&(start, end, label)))
            || names.contains(&(start, end, Label::Gpe)) && is_place(&words[start..end]);
        if one_name || crosses(names, start, end) {
            continue;
        }
        replace_names(names, (start, end, Label::WorkOfArt));
    }
}

/// Determiners that open a work's apposition: "Solar System, his new BBC series,".
const APPOSITION_OPENERS: &[&str] = &["his", "her", "their", "its", "the", "a"];

/// The most words between the determiner and the work word: "his new BBC series".
const APPOSITION_REACH: usize = 3;

/// Lowercase words that describe a work between its determiner and its work word ("his new
/// BBC series", "her new Channel 4 series"); any other ("the studio behind the film") makes another apposition.
const WORK_DESCRIPTIONS: &[&str] = &[
    "new",
    "latest",
    "hit",
    "debut",
    "acclaimed",
    "award-winning",
    "upcoming",
    "forthcoming",
    "final",
    "first",
    "second",
    "third",
    "long-running",
    "popular",
    "classic",
    "bestselling",
    "best-selling",
    "animated",
    "comedy",
    "crime",
    "period",
];

/// Relabels as a work a name the tagger took for a firm, a place, a people or an event, right
/// before a comma, a determiner, a few describing words and a work word that closes the
/// apposition ("Solar System, his new BBC series, was filmed"; "Paramount, the studio behind
/// the film" describes no work).
pub fn works_in_apposition(words: &[&str], names: &mut [Span]) {
    for span in names.iter_mut() {
        let (_, b, label) = *span;
        let other = matches!(
            label,
            Label::Org | Label::Gpe | Label::Loc | Label::Norp | Label::Event | Label::Facility
        );
        // ("\"Atlantics\", Mati Diop's debut feature": the title's closing mark first.)
        let comma = if matches!(words.get(b), Some(&("\"" | "”"))) {
            b + 1
        } else {
            b
        };
        if !other || words.get(comma) != Some(&",") {
            continue;
        }
        let Some(from) = apposition_start(words, comma + 1) else {
            continue;
        };
        let to = words.len().min(from + APPOSITION_REACH + 1);
        let Some(cue) = (from..to).find(|&j| is_cue_word(Cue::WorkCue, words.get(j))) else {
            continue;
        };
        let described = words[from..cue].iter().all(|w| {
            capitalised(w)
                || w.starts_with(|c: char| c.is_ascii_digit())
                || WORK_DESCRIPTIONS.contains(w)
        });
        let closed = matches!(words.get(cue + 1), Some(&("," | "." | "which" | "that")));
        if described && closed {
            span.2 = Label::WorkOfArt;
        }
    }
}

/// Where the describing words start in an apposition opening at `j`: after a determiner
/// ("his new series") or after a name of up to three words and its possessive ("Mati Diop's
/// debut feature").
fn apposition_start(words: &[&str], j: usize) -> Option<usize> {
    if words.get(j).is_some_and(|w| APPOSITION_OPENERS.contains(w)) {
        return Some(j + 1);
    }
    let owner = (j..words.len().min(j + 3))
        .take_while(|&k| capitalised(words[k]))
        .count();
    let possessive = words
        .get(j + owner)
        .is_some_and(|w| matches!(*w, "'s" | "’s"));
    (owner > 0 && possessive).then_some(j + owner + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str, names: &[Span]) -> Vec<Span> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        works_made_again(&words, &mut names, |n| n == ["Paris"]);
        names
    }

    #[test]
    fn a_title_after_what_is_made_of_it() {
        let got = found(
            "a sequel to Stones in His Pockets to open",
            &[(3, 4, Label::Org), (5, 7, Label::Gpe)],
        );
        assert_eq!(got, [(3, 7, Label::WorkOfArt)]);
        let got = found(
            "a new production of Brian Friel 's Translations in February",
            &[(4, 6, Label::Person), (9, 10, Label::Date)],
        );
        assert_eq!(
            got,
            [
                (4, 6, Label::Person),
                (7, 8, Label::WorkOfArt),
                (9, 10, Label::Date)
            ]
        );
    }

    #[test]
    fn factories_and_lone_names_stay() {
        let names = [(3, 4, Label::Org)];
        assert_eq!(
            found("halted the production of Boeing jets", &names[..0]),
            []
        );
        assert_eq!(
            found("a sequel to Dickens", &[(3, 4, Label::Person)]),
            [(3, 4, Label::Person)]
        );
        assert_eq!(
            found("a remake of Paris", &[(3, 4, Label::Gpe)]),
            [(3, 4, Label::Gpe)]
        );
        assert_eq!(
            found("a spin-off of Grand Heist", &[(3, 5, Label::Gpe)]),
            [(3, 5, Label::WorkOfArt)]
        );
    }

    #[test]
    fn a_work_described_in_apposition() {
        let words: Vec<&str> = "said Solar System , his new BBC series , was"
            .split(' ')
            .collect();
        let mut names = vec![(1, 3, Label::Org), (6, 7, Label::Org)];
        works_in_apposition(&words, &mut names);
        assert_eq!(names[0].2, Label::WorkOfArt);
        let words: Vec<&str> = "said Netflix , the company behind the series ,"
            .split(' ')
            .collect();
        let mut names = vec![(1, 2, Label::Org)];
        works_in_apposition(&words, &mut names);
        assert_eq!(names[0].2, Label::Org);
    }
}
