//! "Sen. Lisa Murkowski, R-Alaska,", "Rep. Ro Khanna, D-Calif.": AP style gives a US
//! lawmaker's party and state in one word. The state after the party's letter is a GPE; the
//! mention starts inside the word, after the hyphen (`state_start`).

use super::label::Label;
use super::lexicon::cues::{is_cue, Cue};
use super::lexicon::{lists_of_tokens, List};
use super::repair::{replace_names, Span};

/// Where the state starts in a word of party and state ("R-Alaska", "D-N.Y."), in bytes.
pub fn state_start(word: &str) -> Option<usize> {
    let party = word.len() > 3 && matches!(&word.as_bytes()[..2], b"R-" | b"D-" | b"I-");
    if !party {
        return None;
    }
    let state = &word[2..];
    let bare = state.strip_suffix('.').unwrap_or(state);
    let named = lists_of_tokens(&[state]) & List::State.bit() != 0;
    let abbreviated = state.starts_with(|c: char| c.is_ascii_uppercase())
        && is_cue(Cue::StateAbbreviation, &[bare]);
    (named || abbreviated).then_some(2)
}

/// Labels each word of party and state a GPE, whatever the tagger made of it.
pub fn states_of_lawmakers(words: &[&str], names: &mut Vec<Span>) {
    for (i, w) in words.iter().enumerate() {
        if w.as_bytes().get(1) == Some(&b'-') && state_start(w).is_some() {
            replace_names(names, (i, i + 1, Label::Gpe));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_state_after_a_party_letter_is_found() {
        assert_eq!(state_start("R-Alaska"), Some(2));
        assert_eq!(state_start("D-Calif"), Some(2));
        assert_eq!(state_start("D-Calif."), Some(2));
        assert_eq!(state_start("D-N.Y"), Some(2));
        assert_eq!(state_start("I-Vt"), Some(2));
        assert_eq!(state_start("R-Rated"), None);
        assert_eq!(state_start("D-Day"), None);
        assert_eq!(state_start("X-Calif"), None);
    }
}
