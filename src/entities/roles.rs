//! People named after their trade: "Scottish director Charlotte Wells", "Norwegian singer
//! Aurora". A trade word right before a capitalised name says it is a person's, which the
//! tagger, never having seen the name, may take for a firm or a place ("Wells" is a city, an
//! "Aurora" a firm's name).

use super::label::Label;
use super::lexicon::cues::{is_cue_word, known_name, Cue};
use super::repair::Span;

/// The longest name taken after a trade word, in words.
const MAX_NAME: usize = 3;

/// Relabels as a person each name of up to three words right after a trade word ("singer",
/// "fly-half") that the tagger took for a firm, a place, a product or an event, unless the
/// lexicon knows the name as something else ("actor Wells Fargo" is a joke).
pub fn people_after_their_trade(words: &[&str], names: &mut [Span]) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        let retypable = matches!(
            label,
            Label::Org | Label::Gpe | Label::Loc | Label::Facility | Label::Product | Label::Event
        );
        if !retypable || a == 0 || b - a > MAX_NAME {
            continue;
        }
        // Cheap first: trade words are lowercase.
        if !words[a - 1].starts_with(char::is_lowercase)
            || !is_cue_word(Cue::PersonRole, words.get(a - 1))
        {
            continue;
        }
        if known_name(&words[a..b]).is_some() {
            continue;
        }
        span.2 = Label::Person;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_after_a_trade_is_a_person() {
        let words: Vec<&str> = "Scottish director Charlotte Wells will"
            .split(' ')
            .collect();
        let mut names = vec![(0, 1, Label::Norp), (2, 4, Label::Org)];
        people_after_their_trade(&words, &mut names);
        assert_eq!(names, vec![(0, 1, Label::Norp), (2, 4, Label::Person)]);
        // No trade word, or a known name: left alone.
        let words: Vec<&str> = "shares in Charlotte Wells rose".split(' ').collect();
        let mut names = vec![(2, 4, Label::Org)];
        people_after_their_trade(&words, &mut names);
        assert_eq!(names, vec![(2, 4, Label::Org)]);
        let words: Vec<&str> = "the actor Wells Fargo joked".split(' ').collect();
        let mut names = vec![(2, 4, Label::Org)];
        people_after_their_trade(&words, &mut names);
        assert_eq!(names, vec![(2, 4, Label::Org)]);
    }
}
