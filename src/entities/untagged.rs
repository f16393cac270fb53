//! Words the tagger leaves out that are names by themselves: a people's word of the rules' own
//! list ("Maori leaders", "Sherpa guides"), and a parliament named alone ("marched on
//! Parliament", "the Diet approved the budget"), and the World Health Organization by its
//! letters after "the" ("the WHO's director") or before a title ("WHO Director-General Tedros"), which the tagger reads as the word "who". The
//! tagger learned from 1996 wire copy, whose peoples' list lacks these words and which names
//! parliaments in full. So is a common word standing alone before a verb of a statement
//! ("while Mind warned of"): a charity's or a body's name. And a storm named with a first name
//! ("Storm Bert brought down trees"): storms take first names, which the tagger may not know.

use super::casing::capitalised;
use super::gates::Gates;
use super::label::Label;
use super::lexicon::cues::{is_cue, Cue};
use super::lexicon::is_title_phrase;
use super::repair::{insert_name, name_at, Span};

/// `body_speaks` says whether a capitalised word mid-sentence before a verb of a statement
/// names a body ("while Mind warned of ...", `charities::speaks_as_a_body`).
/// `gates`: the sentence's, whose capitalised words are the only ones walked. `storm_name` says
/// whether a word after "Storm" can be a storm's name: a first name, or a word that is no common
/// word ("Storm Babet"), but not "Storm Shadow missiles".
pub fn untagged_names(
    words: &[&str],
    names: &mut Vec<Span>,
    gates: Gates,
    body_speaks: impl Fn(&[&str], usize) -> bool,
    storm_name: impl Fn(&str) -> bool,
) {
    // Every name here is a capitalised word: the others are not walked at all.
    for j in gates.maybe_capitalised(words.len()) {
        let w = words[j];
        if !capitalised(w) || name_at(names, j).is_some() {
            continue;
        }
        // "WHO Director-General Tedros", "WHO chief Tedros": the letters before a title or a
        // word for its head.
        let headed = |next: &str| {
            is_title_phrase(&[next]) && next.chars().skip(1).any(char::is_lowercase)
                || matches!(
                    next,
                    "chief" | "head" | "officials" | "experts" | "spokesman"
                )
        };
        if w == "WHO" && words.get(j + 1).is_some_and(|next| headed(next)) {
            insert_name(names, (j, j + 1, Label::Org));
            continue;
        }
        // A name of several words goes on ("Parliament Square", "Maori Party"); a line in
        // capitals ("THE WHO SAID") names nothing.
        if words.get(j + 1).is_some_and(|next| capitalised(next)) {
            continue;
        }
        let after_the = j > 0 && matches!(words[j - 1], "the" | "The");
        let storm = j > 0
            && matches!(words[j - 1], "Storm" | "Hurricane" | "Typhoon" | "Cyclone")
            && name_at(names, j - 1).is_none()
            && storm_name(w);
        if storm {
            insert_name(names, (j - 1, j + 1, Label::Event));
            continue;
        }
        let label = if is_cue(Cue::People, &[w]) {
            Label::Norp
        } else if w == "Parliament"
            || (matches!(w, "Diet" | "WHO") && after_the)
            || j > 0 && body_speaks(words, j)
        {
            Label::Org
        } else {
            continue;
        };
        insert_name(names, (j, j + 1, label));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names found in `text` (words split at spaces), no body speaking, "Bert" the only
    /// first name.
    fn found(text: &str) -> Vec<Span> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = vec![];
        untagged_names(
            &words,
            &mut names,
            Gates::OPEN,
            |_, _| false,
            |w| w == "Bert" || w == "Babet",
        );
        names
    }

    #[test]
    fn peoples_and_parliaments_left_out_are_names() {
        assert_eq!(
            found("Maori leaders marched on Parliament , not on Parliament Square"),
            vec![(0, 1, Label::Norp), (4, 5, Label::Org)]
        );
        assert_eq!(
            found("a Diet Coke , and the Diet approved it"),
            vec![(6, 7, Label::Org)]
        );
        assert_eq!(
            found("the WHO 's director , and THE WHO"),
            vec![(1, 2, Label::Org)]
        );
        assert_eq!(
            found("WHO chief Tedros , WHO DIRECTOR"),
            vec![(0, 1, Label::Org)]
        );
    }

    #[test]
    fn storms_named_with_first_names_are_events() {
        assert_eq!(
            found("Storm Bert brought down trees"),
            vec![(0, 2, Label::Event)]
        );
        assert_eq!(
            found("Storm Babet dumps rain , Storm Shadow missiles"),
            vec![(0, 2, Label::Event)]
        );
    }
}
