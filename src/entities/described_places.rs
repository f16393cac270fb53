//! Places the copy describes right after naming them: "Welkom, the Free State mining town,",
//! "Brandon, a small city in Manitoba". The tagger takes many small towns for firms or people;
//! an apposition that calls the name a town says what it is.

use super::label::Label;
use super::repair::Span;

/// Nouns of a settlement, the head of the apposition.
const SETTLEMENTS: &[&str] = &[
    "town",
    "city",
    "village",
    "suburb",
    "township",
    "hamlet",
    "port",
    "resort",
    "municipality",
    "capital",
    "settlement",
];

/// Words that end the noun phrase of the apposition before its head could come.
const STOPS: &[&str] = &[
    ",", ".", "and", "or", "that", "which", "who", "whose", "where", "in", "of", "on", "at",
    "with", "for", "from", "by", "to",
];

/// How many words the apposition may hold between its article and its noun ("the Free State
/// mining town": three).
const MODIFIERS: usize = 4;

/// Relabels as a GPE each name of one or two words, taken for an organisation or a person,
/// that a comma and an apposition headed by a settlement's noun follow.
pub fn places_described(words: &[&str], names: &mut [Span]) {
    for name in names.iter_mut() {
        let (a, b, label) = *name;
        if !matches!(label, Label::Org | Label::Person) || b > a + 2 {
            continue;
        }
        if words.get(b) != Some(&",") || !matches!(words.get(b + 1), Some(&("the" | "a" | "an"))) {
            continue;
        }
        // The noun within a few words, before anything that ends the apposition.
        let head = (b + 2..(b + 3 + MODIFIERS).min(words.len()))
            .take_while(|&k| !STOPS.contains(&words[k]))
            .find(|&k| SETTLEMENTS.contains(&words[k]));
        // The noun ends its phrase: "the venture capital arm of" has another head.
        let ends = head.is_some_and(|k| words.get(k + 1).is_none_or(|w| STOPS.contains(w)));
        if ends {
            name.2 = Label::Gpe;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, name: Span) -> Label {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = [name];
        places_described(&words, &mut names);
        names[0].2
    }

    #[test]
    fn a_name_called_a_town_is_a_place() {
        let text = "Welkom , the Free State mining town , lost jobs";
        assert_eq!(run(text, (0, 1, Label::Org)), Label::Gpe);
        let text = "Brandon , a small city in Manitoba";
        assert_eq!(run(text, (0, 1, Label::Person)), Label::Gpe);
    }

    #[test]
    fn other_appositions_stay() {
        let text = "Acme , the town 's biggest employer";
        assert_eq!(run(text, (0, 1, Label::Org)), Label::Org);
        let text = "Acme , the venture capital arm of Alfa";
        assert_eq!(run(text, (0, 1, Label::Org)), Label::Org);
        let text = "Acme , the firm that built the town";
        assert_eq!(run(text, (0, 1, Label::Org)), Label::Org);
    }
}
