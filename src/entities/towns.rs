//! Towns named with two words or more: "Oak Park", "Huber Heights", "La Crosse". Their last
//! word often reads as a building's or a landform's ("Park", "Heights", "Springs"), and the
//! tagger, which learned from 1996 wire copy, has met few of them: a name GeoNames lists as a
//! town of 15,000 people or more is that town (GPE), whatever it was taken for.

use super::label::Label;
use super::lexicon::cues::{is_cue_word, is_listed_town, is_small_town, known_name, Cue};
use super::lexicon::{is_title_phrase, lists_of_tokens, LISTED_PLACES};
use super::repair::Span;

/// Words before a small town's name that make it the town: "flooding in Hebden Bridge",
/// "Lisa Demuth of Cold Spring", "pupils on Benbecula".
pub(super) const PLACING: &[&str] = &["in", "near", "outside", "around", "of", "from", "off", "on"];

/// Relabels as GPE each name of two words or more that GeoNames lists as a town and the
/// lexicon does not know as something else, when it was taken for a facility, a region, or
/// outside sports copy (where "Green Bay" is a team and "Woodford Green" a club) for an
/// organisation or a person ("Alice Springs", "Milton Keynes") other than a titled one; not one
/// followed by a structure's word ("the Oak Park station").
pub fn towns_of_several_words(
    words: &[&str],
    names: &mut [Span],
    story_is_sport: impl Fn() -> bool,
) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        // A titled person stays one: "Prince Edward" is an island's county and a prince.
        let retypable = match label {
            Label::Facility | Label::Loc | Label::Org => true,
            Label::Person => !is_title_phrase(&words[a..a + 1]),
            _ => false,
        };
        if !retypable || b - a < 2 {
            continue;
        }
        if !is_listed_town(&words[a..b]) && !small_town(words, *span, &story_is_sport) {
            continue;
        }
        if known_name(&words[a..b]).is_some() || is_cue_word(Cue::Structure, words.get(b)) {
            continue;
        }
        // A big city the lexicon lists, or one beside a score ("Kansas City 1 Minnesota 6"),
        // taken for an organisation is a team or a government; the list is for the towns the
        // lexicon lacks.
        let number = |k: usize| {
            words
                .get(k)
                .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
        };
        let scored = number(b) || a > 0 && number(a - 1);
        if label == Label::Org && (scored || lists_of_tokens(&words[a..b]) & LISTED_PLACES != 0) {
            continue;
        }
        // Asked last: the caller works it out once a story.
        if matches!(label, Label::Org | Label::Person) && story_is_sport() {
            continue;
        }
        span.2 = Label::Gpe;
    }
}

/// Whether a name is a small town's in its place: one that GeoNames lists, after a preposition
/// of place, taken for a facility, a firm or a person. A small town's name is as often a
/// park's, a lake's or a building's ("Victoria Park", "Loch Lomond", "the White House"), and in
/// sports copy a ground's ("a stadium in Stanley Park").
fn small_town(words: &[&str], (a, b, label): Span, story_is_sport: impl Fn() -> bool) -> bool {
    a > 0
        && PLACING.contains(&words[a - 1])
        && label != Label::Loc
        && is_small_town(&words[a..b])
        && !story_is_sport()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_towns_of_two_words_are_places() {
        let words: Vec<&str> = "a stadium in Brook Park , Ohio".split(' ').collect();
        let mut names = vec![(3, 5, Label::Facility), (6, 7, Label::Gpe)];
        towns_of_several_words(&words, &mut names, || false);
        assert_eq!(names, vec![(3, 5, Label::Gpe), (6, 7, Label::Gpe)]);
        // In sports copy an organisation stays one: the team.
        let words: Vec<&str> = "Green Bay beat Chicago".split(' ').collect();
        let mut names = vec![(0, 2, Label::Org)];
        towns_of_several_words(&words, &mut names, || true);
        assert_eq!(names, vec![(0, 2, Label::Org)]);
        // A small town only after a preposition of place, and not in sports copy.
        let words: Vec<&str> = "flooding in Hebden Bridge and Victoria Park"
            .split(' ')
            .collect();
        let mut names = vec![(2, 4, Label::Facility), (5, 7, Label::Facility)];
        towns_of_several_words(&words, &mut names, || false);
        assert_eq!(names, vec![(2, 4, Label::Gpe), (5, 7, Label::Facility)]);
        let mut names = vec![(2, 4, Label::Facility)];
        towns_of_several_words(&words, &mut names, || true);
        assert_eq!(names, vec![(2, 4, Label::Facility)]);
        // A name GeoNames does not list is left.
        let words: Vec<&str> = "the Kelvin Fields estate".split(' ').collect();
        let mut names = vec![(1, 3, Label::Facility)];
        towns_of_several_words(&words, &mut names, || false);
        assert_eq!(names, vec![(1, 3, Label::Facility)]);
    }
}
