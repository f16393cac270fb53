//! "took the best debut performance prize for The Motorcycle Diaries", "won the award for best
//! first feature for Garden State": the name after a prize written in lowercase, its category
//! ("best ...") and "for" is the work that won it, whatever the tagger took it for (a place,
//! a firm). Awards named in capitals are `works::works_that_won`'s.

use super::label::Label;
use super::lexicon::cues::known_name;
use super::lexicon::{lists_of_tokens, List};
use super::repair::Span;

/// Lowercase words for a prize.
const PRIZE_WORDS: &[&str] = &["prize", "award", "trophy", "gong", "honour", "honor"];

/// Verbs of winning, which open the phrase.
const WINNING: &[&str] = &[
    "won",
    "wins",
    "win",
    "took",
    "takes",
    "scooped",
    "claimed",
    "collected",
    "received",
    "earned",
    "landed",
    "shared",
];

/// The most words between the verb and the "for" before the work.
const MAX_PHRASE: usize = 10;

pub fn works_after_a_prize(words: &[&str], names: &mut [Span], is_personal: impl Fn(&str) -> bool) {
    for name in names.iter_mut() {
        let (mut a, b, label) = *name;
        if label == Label::WorkOfArt || a < 4 {
            continue;
        }
        // ("for The Motorcycle Diaries": the title's "The" the tagger left out.)
        let the = words[a - 1] == "The";
        if the {
            a -= 1;
        }
        if words[a - 1] != "for" {
            continue;
        }
        let (mut prize, mut best, mut won) = (false, false, false);
        for j in (a.saturating_sub(MAX_PHRASE + 1)..a - 1).rev() {
            let w = words[j];
            if WINNING.contains(&w) {
                won = true;
                break;
            }
            if !w.starts_with(|c: char| c.is_lowercase()) {
                break;
            }
            prize |= PRIZE_WORDS.contains(&w);
            best |= w == "best";
        }
        let title = &words[a..b];
        let other_name = known_name(title).is_some()
            || lists_of_tokens(title)
                & (List::Country.bit() | List::City.bit() | List::Nationality.bit())
                != 0
            || label == Label::Person && b > a + 1 && is_personal(title[0]);
        if won && prize && best && !other_name {
            *name = (a, b, Label::WorkOfArt);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        text.split(' ').collect()
    }

    #[test]
    fn the_name_after_a_prize_and_its_category_is_a_work() {
        let w = words("she won the award for best first feature for Garden State .");
        let mut names = vec![(9, 11, Label::Gpe)];
        works_after_a_prize(&w, &mut names, |_| false);
        assert_eq!(names, vec![(9, 11, Label::WorkOfArt)]);
        let w = words("he took the best debut prize for The Lost Road .");
        let mut names = vec![(8, 10, Label::Org)];
        works_after_a_prize(&w, &mut names, |_| false);
        assert_eq!(names, vec![(7, 10, Label::WorkOfArt)]);
        // No category: "won an award for Oxfam" names who it was for.
        let w = words("she won an award for Oxfam .");
        let mut names = vec![(5, 6, Label::Org)];
        works_after_a_prize(&w, &mut names, |_| false);
        assert_eq!(names[0].2, Label::Org);
    }
}
