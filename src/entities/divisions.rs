//! States, counties and provinces named with their word: "Lagos State authorities", "Orange
//! County officials", "Brazil's Minas Gerais state", "Hubei province" are GPEs in OntoNotes,
//! where the tagger, trained on CoNLL, often makes the capitalised ones organisations.

use super::label::Label;
use super::lexicon::{lists_of_tokens, List};
use super::repair::Span;
use super::sport::is_score;

/// Words after a name that make it a first- or second-level division of a country.
const DIVISION_WORDS: &[&str] = &["state", "province", "prefecture", "county", "governorate"];

/// Relabels as GPE each organisation (or person, or region) named as a division. Capitalised
/// ("Lagos State"), the word is part of the name; in lower case ("Minas Gerais state") it
/// follows it.
///
/// Some are teams or colleges rather than places: in sports copy (a story that reads like
/// sport, or a sentence with a score) "Derby County" and "Ross County" are clubs, and a US
/// state's name before "State" is a university ("Ohio State"), never the state.
/// `story_is_sport` is asked at most once, and only when a sentence has such a name.
pub fn divisions(words: &[&str], names: &mut [Span], story_is_sport: impl Fn() -> bool) {
    let mut in_sport = None;
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        if !matches!(label, Label::Org | Label::Person | Label::Loc) {
            continue;
        }
        let last = words[b - 1];
        let named_as_division = b > a + 1 && is_division_word(last, true);
        let followed_by_division = words.get(b).is_some_and(|w| is_division_word(w, false));
        if !(named_as_division || followed_by_division) {
            continue;
        }
        // "Ohio State": the college, not the state, which is "Ohio".
        let college = named_as_division
            && last == "State"
            && lists_of_tokens(&words[a..b - 1]) & List::State.bit() != 0;
        if college {
            continue;
        }
        let sport =
            *in_sport.get_or_insert_with(|| words.iter().any(|w| is_score(w)) || story_is_sport());
        if named_as_division && sport {
            continue;
        }
        span.2 = Label::Gpe;
    }
}

/// Whether a word names a division, capitalised as part of a name or in lower case after one.
fn is_division_word(w: &str, capitalised: bool) -> bool {
    w.starts_with(char::is_uppercase) == capitalised
        && DIVISION_WORDS.iter().any(|d| d.eq_ignore_ascii_case(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(sentence: &str, name: (usize, usize, Label), sport: bool) -> Label {
        let words: Vec<&str> = sentence.split(' ').collect();
        let mut names = [name];
        divisions(&words, &mut names, || sport);
        names[0].2
    }

    #[test]
    fn divisions_named_with_their_word_are_places() {
        let lagos = "Lagos State authorities said";
        assert_eq!(label(lagos, (0, 2, Label::Org), false), Label::Gpe);
        let minas = "Brazil 's Minas Gerais state";
        assert_eq!(label(minas, (2, 4, Label::Org), false), Label::Gpe);
        let hubei = "in Hubei province";
        assert_eq!(label(hubei, (1, 2, Label::Loc), false), Label::Gpe);
    }

    #[test]
    fn clubs_and_colleges_stay_organisations() {
        let derby = "Derby County lost";
        assert_eq!(label(derby, (0, 2, Label::Org), true), Label::Org);
        let ohio = "researchers at Ohio State said";
        assert_eq!(label(ohio, (2, 4, Label::Org), false), Label::Org);
        let council = "Kent County Council said";
        assert_eq!(label(council, (0, 3, Label::Org), false), Label::Org);
    }
}
