//! Towns that host: "Brisbane will host the final", "Glasgow hosted the 2014 Games". The
//! tagger, which learned from results pages, takes a town opening a sentence for its club; a
//! town that hosts an event, a summit or a final is the place. A club hosts its opponent
//! ("Leeds host Arsenal", "Leeds will host the champions"), so the thing hosted must be an
//! event: one the tagger named, one opened by a year, or one of the words below.

use super::label::Label;
use super::repair::Span;

/// The verb of hosting.
pub(super) const HOST: &[&str] = &["host", "hosts", "hosted", "hosting"];

/// Words between a town and its verb: "Brisbane will host", "Glasgow is to host".
const BEFORE_HOST: &[&str] = &[
    "will",
    "would",
    "is",
    "was",
    "to",
    "has",
    "had",
    "also",
    "again",
    "once",
    "successfully",
];

/// Words before the thing hosted: "host the final", "hosted next year's summit".
const BEFORE_HOSTED: &[&str] = &["the", "a", "an", "next", "this", "year's", "its"];

/// What only a place hosts (a club hosts its opponents).
const HOSTED: &[&str] = &[
    "final",
    "finals",
    "summit",
    "summits",
    "games",
    "tournament",
    "championship",
    "championships",
    "conference",
    "festival",
    "ceremony",
    "talks",
    "olympics",
    "exhibition",
    "expo",
    "fair",
    "biennale",
    "carnival",
    "grand",
];

/// The longest town's name taken, in words.
const MAX_TOWN: usize = 3;

/// Relabels as GPE a town (`is_town`) the tagger took for a firm, a person, a people or an
/// event, when it hosts an event.
pub fn towns_that_host(words: &[&str], names: &mut [Span], is_town: impl Fn(&[&str]) -> bool) {
    for k in 0..names.len() {
        let (a, b, label) = names[k];
        let retypable = matches!(
            label,
            Label::Org | Label::Person | Label::Norp | Label::Event
        );
        if !retypable || b - a > MAX_TOWN {
            continue;
        }
        let mut h = b;
        while words.get(h).is_some_and(|w| BEFORE_HOST.contains(w)) {
            h += 1;
        }
        if h == b && words.get(h).is_some_and(|w| *w == "hosting") {
            // "Leeds hosting Arsenal" is a headline's club; "Leeds is hosting" is asked above.
            continue;
        }
        if !words.get(h).is_some_and(|w| HOST.contains(w)) {
            continue;
        }
        let mut o = h + 1;
        while words.get(o).is_some_and(|w| BEFORE_HOSTED.contains(w)) {
            o += 1;
        }
        let event = names.iter().any(|n| n.0 == o && n.2 == Label::Event);
        let hosted = words.get(o).is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_digit())
                || HOSTED.contains(&w.to_ascii_lowercase().as_str())
        });
        if (event || hosted) && is_town(&words[a..b]) {
            names[k].2 = Label::Gpe;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labelled(text: &str, names: &[Span]) -> Vec<Label> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        towns_that_host(&words, &mut names, |n| matches!(n, ["Brisbane" | "Leeds"]));
        names.iter().map(|n| n.2).collect()
    }

    #[test]
    fn a_town_that_hosts_an_event_is_the_place() {
        let names = [(0, 1, Label::Org)];
        assert_eq!(
            labelled("Brisbane will host the final", &names),
            [Label::Gpe]
        );
        assert_eq!(
            labelled("Brisbane hosts the 2032 Games", &names),
            [Label::Gpe]
        );
        let named = [(0, 1, Label::Org), (3, 5, Label::Event)];
        assert_eq!(
            labelled("Brisbane hosted the Commonwealth Games", &named),
            [Label::Gpe, Label::Event]
        );
    }

    #[test]
    fn a_club_that_hosts_its_opponent_stays_a_club() {
        let names = [(0, 1, Label::Org), (2, 3, Label::Org)];
        assert_eq!(
            labelled("Leeds host Arsenal", &names),
            [Label::Org, Label::Org]
        );
        let names = [(0, 1, Label::Org)];
        assert_eq!(
            labelled("Leeds will host the champions", &names),
            [Label::Org]
        );
        // A town the lists do not know is left.
        assert_eq!(labelled("Rovers will host the final", &names), [Label::Org]);
    }
}
