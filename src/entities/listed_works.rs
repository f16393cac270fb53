//! Works listed together: "Oscar hopefuls The Aviator, Million Dollar Baby and Sideways". The
//! tagger knows few titles, and a title of several ordinary words it cannot place falls back to
//! an event (OntoNotes has no miscellany); beside a title already known as a work, in one list,
//! it is a work too.

use super::label::Label;
use super::lexicon::cues::{is_cue, Cue};
use super::lists::list_end;
use super::repair::Span;

/// Whether only a list's separator lies between two names: ",", "and", "or", ", and".
fn separated(between: &[&str]) -> bool {
    matches!(
        between,
        [","] | ["and"] | ["or"] | [",", "and"] | [",", "or"]
    )
}

/// "Slow Horses and The Bear": a name that keeps a capitalised "The" inside a sentence, which
/// the tagger took for a place, a person or a product, is a title. (A firm's "The" is a
/// paper's: "The Guardian" stays.)
fn titled_with_the(words: &[&str], (a, b, label): Span) -> bool {
    a > 0
        && b > a + 1
        && words[a] == "The"
        && matches!(
            label,
            Label::Gpe | Label::Loc | Label::Person | Label::Norp | Label::Product
        )
}

/// Relabels as works the events listed beside a work, unless an event's word ends them ("the
/// Brit Awards, the Grammys and the Mercury Prize" stay as they were).
pub fn works_listed_with_works(words: &[&str], names: &mut [Span]) {
    let mut start = 0;
    while start < names.len() {
        let end = list_end(words, names, start, separated);
        let list = &mut names[start..end];
        if list.len() > 1 && list.iter().any(|n| n.2 == Label::WorkOfArt) {
            for name in list.iter_mut() {
                let (a, b, label) = *name;
                let event =
                    label == Label::Event && b > a + 1 && !is_cue(Cue::EventLast, &words[b - 1..b]);
                if event || titled_with_the(words, *name) {
                    name.2 = Label::WorkOfArt;
                }
            }
        }
        start = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, names: &[Span]) -> Vec<Label> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        works_listed_with_works(&words, &mut names);
        names.iter().map(|n| n.2).collect()
    }

    #[test]
    fn an_event_listed_beside_a_work_is_a_work() {
        let text = "hopefuls The Aviator , Million Dollar Baby and Sideways";
        let names = [
            (1, 3, Label::WorkOfArt),
            (4, 7, Label::Event),
            (8, 9, Label::WorkOfArt),
        ];
        assert_eq!(run(text, &names)[1], Label::WorkOfArt);
        let text = "winners Slow Horses and The Bear";
        let names = [(1, 3, Label::WorkOfArt), (4, 6, Label::Gpe)];
        assert_eq!(run(text, &names)[1], Label::WorkOfArt);
    }

    #[test]
    fn real_events_and_unlisted_names_stay() {
        let text = "The Aviator and the Venice Film Festival";
        let names = [(0, 2, Label::WorkOfArt), (4, 7, Label::Event)];
        assert_eq!(run(text, &names)[1], Label::Event);
        let text = "The Aviator won . Million Dollar Baby";
        let names = [(0, 2, Label::WorkOfArt), (4, 7, Label::Event)];
        assert_eq!(run(text, &names)[1], Label::Event);
        let text = "Slow Horses and The Guardian";
        let names = [(0, 2, Label::WorkOfArt), (3, 5, Label::Org)];
        assert_eq!(run(text, &names)[1], Label::Org);
        let text = "The Aviator and Venice Film Festival";
        let names = [(0, 2, Label::WorkOfArt), (3, 6, Label::Event)];
        assert_eq!(run(text, &names)[1], Label::Event);
    }
}
