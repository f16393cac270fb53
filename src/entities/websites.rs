//! Bodies named by what only a body runs: "download it from the Virgin website", "the
//! Monzo app", "the Samaritans helpline". The tagger, which learned from 1996 wire copy, takes
//! many such names for places or peoples; a listed place, county, people or faith keeps its
//! label ("the Kent website", "Christian websites").

use super::label::Label;
use super::lexicon::cues::{is_cue, Cue};
use super::lexicon::{lists_of_tokens, List, LISTED_PLACES};
use super::repair::Span;

/// What a body runs, right after its name.
const RUN_BY_BODIES: &[&str] = &["website", "websites", "homepage", "app", "helpline"];

/// Relabels as an organisation each name of one or two words, taken for a place or a people,
/// before a website, an app or a helpline, unless a list knows it as a place, a county, a
/// people or a faith.
pub fn bodies_before_their_websites(words: &[&str], names: &mut [Span]) {
    for name in names.iter_mut() {
        let (a, b, label) = *name;
        let retypable = matches!(label, Label::Gpe | Label::Loc | Label::Norp);
        if !retypable || b > a + 2 || !words.get(b).is_some_and(|w| RUN_BY_BODIES.contains(w)) {
            continue;
        }
        // ("Christian websites": a faith's; "the Kent website": a county's council, named as
        // the county.)
        let peoples = List::Nationality.bit() | List::ReligiousOrPolitical.bit();
        let listed = lists_of_tokens(&words[a..b]) & (LISTED_PLACES | peoples) != 0
            || is_cue(Cue::County, &words[a..b]);
        if !listed {
            name.2 = Label::Org;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_before_its_website_is_a_body() {
        let words: Vec<&str> = "from the Virgin website".split(' ').collect();
        let mut names = vec![(2, 3, Label::Gpe)];
        bodies_before_their_websites(&words, &mut names);
        assert_eq!(names[0].2, Label::Org);
        let words: Vec<&str> = "the France website".split(' ').collect();
        let mut names = vec![(1, 2, Label::Gpe)];
        bodies_before_their_websites(&words, &mut names);
        assert_eq!(names[0].2, Label::Gpe);
    }
}
