//! Races and tournaments named for their place or their people: "the Irish Grand National",
//! "the Cheltenham Gold Cup", "the Welsh Grand National". The name of the race ("Grand
//! National", "Gold Cup") is shared by many courses, so the place or people before it is part
//! of the name; the tagger, which knows the bare race, splits the place off or takes the whole
//! for a body.

use super::casing::capitalised;
use super::label::Label;
use super::lexicon::cues::{is_cue_word, Cue};
use super::numeric::is_calendar_word;
use super::repair::Span;

/// Names of races and tournaments that many places run, each as its words.
const SHARED_EVENTS: &[&[&str]] = &[
    &["Grand", "National"],
    &["Gold", "Cup"],
    &["Derby"],
    &["Oaks"],
    &["Guineas"],
    &["Grand", "Prix"],
    &["Marathon"],
    &["Half", "Marathon"],
    &["Open"],
    &["Masters"],
    &["Champion", "Hurdle"],
    &["Champion", "Chase"],
];

/// Whether `words` end with a shared race's name of two words that is shorter than them:
/// a one-word race's name ends people's and places' names too ("Lord Derby", "Sherman Oaks").
fn ends_with_shared_event(words: &[&str]) -> bool {
    SHARED_EVENTS
        .iter()
        .any(|e| e.len() > 1 && words.len() > e.len() && words.ends_with(e))
}

/// Makes one event of a people's word or a town (`is_town`, never a country) and the shared
/// race right after it ("Irish" + "Grand National"), and relabels as an event a name that ends
/// with a shared race ("Welsh Grand National" taken for a body).
pub fn races_named_for_places(
    words: &[&str],
    names: &mut Vec<Span>,
    is_town: impl Fn(&[&str]) -> bool,
) {
    let mut k = 0;
    while k < names.len() {
        split_at_the_venue(words, names, k, &is_town);
        let (a, b, label) = names[k];
        let body = matches!(
            label,
            Label::Org | Label::Gpe | Label::Facility | Label::Loc
        );
        if body && ends_with_shared_event(&words[a..b]) || won_outright(words, names[k]) {
            names[k].2 = Label::Event;
        }
        if let Some(&(c, d, Label::Event)) = names.get(k + 1) {
            let owner = b == a + 1
                && c == b
                && match label {
                    Label::Norp => true,
                    Label::Org | Label::Gpe => is_town(&words[a..b]),
                    _ => false,
                };
            if owner && SHARED_EVENTS.contains(&&words[c..d]) {
                names[k] = (a, d, Label::Event);
                names.remove(k + 1);
            }
        }
        k += 1;
    }
}

/// Verbs of winning a race or a tournament, before "the" and its name.
const WINNING: &[&str] = &[
    "win", "won", "wins", "winning", "lift", "lifted", "retain", "retained",
];

/// "won the Derby at Epsom", "to win the Masters": a shared race's name alone after a verb of
/// winning and "the", which the tagger took for the town, the club or a person it is named
/// after, is the race.
/// So is one after "the" and before "at" and its course: "the Derby at Epsom", "the Open at
/// Carnoustie".
fn won_outright(words: &[&str], (a, b, label): Span) -> bool {
    let retypable = matches!(label, Label::Org | Label::Gpe | Label::Person | Label::Loc);
    let won = a >= 2 && WINNING.contains(&words[a - 2]);
    let held_at = words.get(b) == Some(&"at") && words.get(b + 1).is_some_and(|w| capitalised(w));
    retypable
        && a >= 1
        && matches!(words[a - 1], "the" | "The")
        && (won || held_at)
        && SHARED_EVENTS.contains(&&words[a..b])
}

/// "the Scottish Grand National at Ayr", "the Royal Welsh Show in Llanelwedd": the tagger runs
/// an event's name on over "at" or "in" and the town where it is held. Splits name `k` there
/// when the words before end with an event's last word and the town is one (`is_town`).
fn split_at_the_venue(
    words: &[&str],
    names: &mut Vec<Span>,
    k: usize,
    is_town: impl Fn(&[&str]) -> bool,
) {
    let (a, b, label) = names[k];
    if !matches!(label, Label::Org | Label::Event) || b < a + 3 {
        return;
    }
    let Some(at) = (a + 1..b - 1).find(|&j| matches!(words[j], "at" | "in")) else {
        return;
    };
    let event = ends_with_shared_event(&words[a..at])
        || SHARED_EVENTS.contains(&&words[a..at])
        || is_cue_word(Cue::EventLast, words.get(at - 1));
    // One capitalised word after an event's last word is its town, listed or not ("the
    // Royal Welsh Show in Llanelwedd"), unless it is a month ("the Fringe in August").
    let one_word = b == at + 2 && !is_calendar_word(words[at + 1]);
    if event && (one_word || is_town(&words[at + 1..b])) {
        names[k] = (a, at, Label::Event);
        names.insert(k + 1, (at + 1, b, Label::Gpe));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_before_a_shared_race_names_it() {
        let words: Vec<&str> =
            "the Irish Grand National and the Cheltenham Gold Cup and Brazil Open"
                .split(' ')
                .collect();
        let mut names = vec![
            (1, 2, Label::Norp),
            (2, 4, Label::Event),
            (6, 7, Label::Org),
            (7, 9, Label::Event),
            (10, 11, Label::Gpe),
            (11, 12, Label::Event),
        ];
        races_named_for_places(&words, &mut names, |w| w == ["Cheltenham"]);
        assert_eq!(
            names,
            vec![
                (1, 4, Label::Event),
                (6, 9, Label::Event),
                (10, 11, Label::Gpe),
                (11, 12, Label::Event)
            ]
        );
        let words: Vec<&str> = "won the Derby at Epsom".split(' ').collect();
        let mut names = vec![(2, 3, Label::Org), (4, 5, Label::Gpe)];
        races_named_for_places(&words, &mut names, |_| false);
        assert_eq!(names, vec![(2, 3, Label::Event), (4, 5, Label::Gpe)]);
        let words: Vec<&str> = "the Welsh Grand National".split(' ').collect();
        let mut names = vec![(1, 4, Label::Org)];
        races_named_for_places(&words, &mut names, |_| false);
        assert_eq!(names, vec![(1, 4, Label::Event)]);
    }
}
