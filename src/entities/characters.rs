//! Works by the characters played in them: "Jessie Buckley is extraordinary as Agnes in
//! Hamnet", "Cillian Murphy stars as Bill Furlong in Small Things Like These". After an actor
//! or a verb of acting, "as", a character's name and "in", the capitalised words are the
//! work's title (WORK_OF_ART), which the tagger takes for a place or leaves out. A place the
//! lists know stays one ("as Hamlet in London").

use super::casing::capitalised;
use super::creators::TITLE_SMALL;
use super::label::Label;
use super::lexicon::{lists_of_tokens, LISTED_PLACES};
use super::repair::{insert_name, name_at, Span};
use super::works::title_end;

/// Verbs of acting a part, a few words before "as".
const ACTING: &[&str] = &[
    "stars", "starred", "starring", "plays", "played", "playing", "cast", "returns", "shines",
];

/// Whether the words `a..b` are a listed place's name.
fn listed_place(words: &[&str], a: usize, b: usize) -> bool {
    lists_of_tokens(&words[a..b]) & LISTED_PLACES != 0
}

pub fn works_of_characters(words: &[&str], names: &mut Vec<Span>) {
    for k in 0..names.len() {
        let (a, b, label) = names[k];
        // The character: a person's name after "as" and before "in" and a capital.
        if label != Label::Person
            || a < 2
            || words[a - 1] != "as"
            || words.get(b) != Some(&"in")
            || !words.get(b + 1).is_some_and(|w| capitalised(w))
        {
            continue;
        }
        // The actor: a person named before "as" in the sentence, or a verb of acting.
        let actor = names[..k].iter().any(|n| n.2 == Label::Person)
            || words[a.saturating_sub(5)..a - 1]
                .iter()
                .any(|w| ACTING.contains(w));
        if !actor {
            continue;
        }
        let t = b + 1;
        match name_at(names, t) {
            Some(j) => {
                let (c, d, title) = names[j];
                if c == t && title != Label::WorkOfArt && !listed_place(words, c, d) {
                    names[j].2 = Label::WorkOfArt;
                }
            }
            None => {
                // ("as Nina Tucker in TV soap Neighbours": letters alone are no title.)
                let letters = words[t].bytes().all(|c| c.is_ascii_uppercase());
                if let Some(end) = title_end(words, t, TITLE_SMALL).filter(|_| !letters) {
                    if !listed_place(words, t, end) && (t..end).all(|j| name_at(names, j).is_none())
                    {
                        insert_name(names, (t, end, Label::WorkOfArt));
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_title_after_a_character_is_a_work() {
        let words: Vec<&str> = "Jessie Buckley is superb as Agnes in Hamnet , the film"
            .split(' ')
            .collect();
        let mut names = vec![
            (0, 2, Label::Person),
            (5, 6, Label::Person),
            (7, 8, Label::Gpe),
        ];
        works_of_characters(&words, &mut names);
        assert_eq!(names[2], (7, 8, Label::WorkOfArt));
        let words: Vec<&str> = "Murphy stars as Bill Furlong in Small Things Like These ."
            .split(' ')
            .collect();
        let mut names = vec![(0, 1, Label::Person), (3, 5, Label::Person)];
        works_of_characters(&words, &mut names);
        assert_eq!(names[2], (6, 10, Label::WorkOfArt));
    }
}
