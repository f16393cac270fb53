//! Works named again: once the story has named "the drama Maria Full of Grace" or "the film
//! Garden State", a later "for Maria Full of Grace" or "Garden State was a hit" is the same
//! work, though the tagger, seeing no work word there, took it for a person or a state.

use super::casing::capitalised;
use super::label::Label;
use super::lexicon::cues::{is_cue_word, Cue};
use super::story::StoryName;
use super::works::is_quote;

/// The most distinct titles a story's works are looked for again: stories name few works,
/// and a list of hundreds (a chart, a festival's programme) would make the search quadratic.
const MAX_WORKS: usize = 32;

/// Relabels every other place the story's words repeat a title of two or more words that
/// some rule found as a work after its work word or in quotes: the names there, all inside the
/// title, become that one work. (A work word after a name is weaker evidence, "a Super Bowl
/// ad", "an Arms Park thriller", and is not spread.) Only whole titles count: a capitalised
/// word on either side ("Garden State Parkway") makes the words part of a longer name.
pub fn works_named_again(words: &[&str], names: &mut Vec<StoryName>) {
    let introduced = |a: usize| {
        let before = a.checked_sub(1).map(|k| words[k]);
        let cue_at = |k: Option<usize>| k.is_some_and(|k| is_cue_word(Cue::WorkCue, words.get(k)));
        before.is_some_and(is_quote)
            || cue_at(a.checked_sub(1))
            || before == Some(",") && cue_at(a.checked_sub(2))
    };
    let mut titles: Vec<&[&str]> = Vec::new();
    for &(a, b, label) in names.iter() {
        let title = &words[a..b];
        if label == Label::WorkOfArt && b >= a + 2 && !titles.contains(&title) && introduced(a) {
            titles.push(title);
        }
    }
    titles.truncate(MAX_WORKS);
    for title in titles {
        let n = title.len();
        for i in 0..words.len().saturating_sub(n - 1) {
            if words[i] != title[0] || &words[i..i + n] != title {
                continue;
            }
            let end = i + n;
            let apart = (i == 0 || !capitalised(words[i - 1]))
                && words.get(end).is_none_or(|w| !capitalised(w));
            if !apart {
                continue;
            }
            let overlapping = |&(a, b, _): &StoryName| a < end && b > i;
            // Already the work, or holding a number or a name that runs outside the title.
            let mut clash = false;
            let mut tagged = false;
            for &(a, b, label) in names.iter().filter(|s| overlapping(s)) {
                tagged = true;
                clash |= label == Label::WorkOfArt || !label.is_name() || a < i || b > end;
            }
            if clash || !tagged {
                continue;
            }
            names.retain(|s| !overlapping(s));
            names.push((i, end, Label::WorkOfArt));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_named_again_is_the_work_again() {
        let words: Vec<&str> = "the drama Rain Over Leith opened . It was Rain Over Leith again"
            .split(' ')
            .collect();
        let mut names = vec![
            (2, 5, Label::WorkOfArt),
            (9, 10, Label::Person),
            (11, 12, Label::Gpe),
        ];
        works_named_again(&words, &mut names);
        names.sort();
        assert_eq!(
            names,
            vec![(2, 5, Label::WorkOfArt), (9, 12, Label::WorkOfArt)]
        );
    }

    #[test]
    fn a_longer_name_or_an_untagged_title_is_left_alone() {
        let words: Vec<&str> = "the film Garden State won . Garden State Parkway was shut"
            .split(' ')
            .collect();
        let mut names = vec![(2, 4, Label::WorkOfArt), (6, 9, Label::Facility)];
        works_named_again(&words, &mut names);
        assert_eq!(
            names,
            vec![(2, 4, Label::WorkOfArt), (6, 9, Label::Facility)]
        );
        let words: Vec<&str> = "the film Garden State won . in Garden State"
            .split(' ')
            .collect();
        let mut names = vec![(2, 4, Label::WorkOfArt)];
        works_named_again(&words, &mut names);
        assert_eq!(names, vec![(2, 4, Label::WorkOfArt)]);
    }
}
