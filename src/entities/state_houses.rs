//! An American state's lower chamber, named by the state and "House": "the Texas House
//! blocked the measure". A house's word ends buildings' names ("Mansion House"), so the
//! structure rules make it a FAC; the chamber is an organisation. ("the Massachusetts State
//! House", with "State", is the building.)

use super::label::Label;
use super::lexicon::{lists_of_tokens, List};
use super::repair::Span;

/// Relabels as ORG each name of a listed state and "House".
pub fn state_houses(words: &[&str], names: &mut [Span]) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        if label != Label::Facility || b < a + 2 || words[b - 1] != "House" {
            continue;
        }
        if lists_of_tokens(&words[a..b - 1]) & List::State.bit() != 0 {
            span.2 = Label::Org;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_states_house_is_its_chamber() {
        let words: Vec<&str> = "Republicans in the Texas House and at Mansion House"
            .split(' ')
            .collect();
        let mut names = vec![(3, 5, Label::Facility), (7, 9, Label::Facility)];
        state_houses(&words, &mut names);
        assert_eq!(names, [(3, 5, Label::Org), (7, 9, Label::Facility)]);
    }
}
