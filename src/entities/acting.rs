//! Works named bare after an actor's verb or before a prize's category: "she starred in Normal
//! People", "Million Dollar Baby won best picture". The tagger takes such titles for places,
//! people or firms; the words around them say they are works.

use super::finer::institution_label;
use super::label::Label;
use super::landmarks::MASTHEAD_ENDINGS;
use super::lexicon::cues::{is_cue, known_name, Cue};
use super::lexicon::{lists_of_tokens, List, PLACES_AND_PEOPLES};
use super::repair::Span;

/// Words of acting before "in": "starred in", "her role in".
pub(super) const ACTED: &[&str] = &[
    "starred",
    "stars",
    "starring",
    "appeared",
    "appears",
    "appearing",
    "role",
    "roles",
    "cameo",
    // ("the investor portrayed in The Big Short".)
    "portrayed",
];

/// Words that may follow a title of one word: "starred in Deadwood and Rome", "in Taken as".
const JOINERS: &[&str] = &[
    "and",
    "or",
    "as",
    "with",
    "alongside",
    "opposite",
    "in",
    "at",
    "on",
    "for",
    "before",
    "after",
];

/// Verbs of winning before a prize's lowercase category: "won best picture".
pub(super) const WON: &[&str] = &["won", "wins", "scooped", "took"];

/// Where "best" stands after the verb of winning at `w`: right after it ("won best drama") or
/// after "the award for" ("won the prize for best film"); None if it does not.
pub(super) fn best_after_win(words: &[&str], w: usize) -> Option<usize> {
    let prize = words.get(w + 1) == Some(&"the")
        && words
            .get(w + 2)
            .is_some_and(|p| matches!(*p, "award" | "prize" | "gong" | "trophy"))
        && words.get(w + 3) == Some(&"for");
    let best = if prize { w + 4 } else { w + 1 };
    (WON.contains(words.get(w)?) && words.get(best) == Some(&"best")).then_some(best)
}

/// Labels a name as a work (WORK_OF_ART) after "starred in" and the like, or before "won best
/// ...", with a title's "The" before it ("The Aviator won best picture"). A person named with a
/// first name, a listed place or people, a known name, an owner ("a role in Labour's
/// campaign") and a court or a firm ("appeared in Leeds Crown Court", "his role in Barclays")
/// stay as they are; so does any person or firm that won.
pub fn works_acted_in_or_winning(words: &[&str], names: &mut [Span]) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        if label == Label::WorkOfArt {
            continue;
        }
        // ("a key role in Labour's campaign", "his role in Barclays": an owner, and a firm
        // one has a role in, are no titles.)
        let owner = matches!(words.get(b), Some(&("'s" | "’s")));
        // "appeared in Hollywood movies", "a role in Yukos split-up": a word alone before a
        // lowercase noun qualifies it. (A title of one word ends at a mark, a capital or a
        // joining word.)
        let qualifier = b == a + 1
            && words
                .get(b)
                .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()) && !JOINERS.contains(w));
        let acted = a >= 2
            && words[a - 1] == "in"
            && ACTED.contains(&words[a - 2])
            && !owner
            && !qualifier
            && (label != Label::Org || !words[a - 2].starts_with("role") || words[a] == "The");
        // A title's own article, capitalised: "The Aviator", "while A Very Long Engagement won".
        let the = a > 0 && matches!(words[a - 1], "The" | "A" | "An");
        let best = best_after_win(words, b);
        let won = best.is_some_and(|best| {
            words
                .get(best + 1)
                .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()))
                && match label {
                    Label::Person => film_award(words, a, b, best),
                    Label::Org => the || film_award(words, a, b, best),
                    _ => true,
                }
        });
        if !acted && !won {
            continue;
        }
        let name = &words[a..b];
        let lists = lists_of_tokens(name);
        let person =
            label == Label::Person && lists_of_tokens(&name[..1]) & List::FirstName.bit() != 0;
        let body = names_a_body(&name[name.len() - 1..]);
        if person || lists & PLACES_AND_PEOPLES != 0 || body || known_name(name).is_some() {
            continue;
        }
        *span = (if the { a - 1 } else { a }, b, Label::WorkOfArt);
    }
}

/// Whether a name's last word (`last`, one word) ends the name of a body, a building or a
/// paper rather than a title: "Westminster Magistrates Court", "The Yorkshire Post" (a
/// newspaper is its publisher).
pub(super) fn names_a_body(last: &[&str]) -> bool {
    is_cue(Cue::OrgLast, last)
        || is_cue(Cue::Structure, last)
        || MASTHEAD_ENDINGS.contains(&last[0])
        || institution_label(last[0]).is_some()
}

/// "Anora won best picture": a one-word name before the screen's highest categories (`best`:
/// where "best" stands) is a
/// film's title, whatever the tagger took it for; a person wins for acting or directing, a
/// studio for an animated feature ("Pixar won best animated feature").
fn film_award(words: &[&str], a: usize, b: usize, best: usize) -> bool {
    b == a + 1
        && words
            .get(best + 1)
            .is_some_and(|c| matches!(*c, "picture" | "film" | "documentary" | "drama" | "series"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, names: &[Span]) -> Vec<Span> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        works_acted_in_or_winning(&words, &mut names);
        names
    }

    #[test]
    fn a_name_acted_in_or_winning_a_category_is_a_work() {
        assert_eq!(
            run("she starred in Normal People", &[(3, 5, Label::Gpe)]),
            [(3, 5, Label::WorkOfArt)]
        );
        assert_eq!(
            run("The Aviator won best picture", &[(1, 2, Label::Org)]),
            [(0, 2, Label::WorkOfArt)]
        );
        // A person, a firm or a place stays.
        let foxx = [(0, 1, Label::Person)];
        assert_eq!(run("Foxx won best actor", &foxx), foxx);
        let pixar = [(0, 1, Label::Org)];
        assert_eq!(run("Pixar won best animated feature", &pixar), pixar);
        let peter = [(3, 5, Label::Person)];
        assert_eq!(run("he starred in Peter Pan", &peter), peter);
        let labour = [(4, 5, Label::Org)];
        assert_eq!(run("a key role in Labour 's campaign", &labour), labour);
        let firm = [(3, 4, Label::Org)];
        assert_eq!(run("his role in Barclays was", &firm), firm);
        let town = [(3, 4, Label::Gpe)];
        assert_eq!(run("she appeared in Hollywood movies", &town), town);
    }
}
