//! Films named by their takings: "Barbie had taken $1.4bn at the global box office", "Wicked
//! topped the box office". The tagger takes a one-word title for a person or a firm; in a
//! sentence about the box office, the name that took the money is the film.

use super::label::Label;
use super::repair::Span;

/// Verbs of takings, right after the title or after "has"/"had"/"have".
const TAKINGS: &[&str] = &[
    "took", "taken", "takes", "grossed", "earned", "made", "topped", "tops", "led", "opened",
    "debuted", "raked", "pulled",
];

/// Relabels as works the names before a verb of takings in a sentence that speaks of the box
/// office, unless `known` knows them (a studio: "Disney took $1bn at the box office") or they
/// are people with a first name (`personal`: "director Sam Raimi has topped the box office").
pub fn films_by_their_takings(
    words: &[&str],
    names: &mut [Span],
    known: impl Fn(&[&str]) -> bool,
    personal: impl Fn(&str) -> bool,
) {
    // The verb after each name first: few names have one, and only then is the sentence
    // scanned for the box office.
    let takings_after = |b: usize| {
        let verb = match words.get(b) {
            Some(&("has" | "had" | "have")) => words.get(b + 1),
            w => w,
        };
        verb.is_some_and(|v| TAKINGS.contains(v))
    };
    if !names.iter().any(|n| takings_after(n.1)) {
        return;
    }
    let box_office = words
        .windows(2)
        .any(|w| w[0].eq_ignore_ascii_case("box") && w[1].starts_with("office"))
        || words.iter().any(|w| w.starts_with("box-office"));
    // "Madame Web opened to $15.3 million": a film's first weekend, said without the box office.
    let opened_to = |b: usize| {
        words.get(b) == Some(&"opened")
            && words.get(b + 1) == Some(&"to")
            && words
                .get(b + 2)
                .is_some_and(|w| w.starts_with(['$', '£', '€']))
    };
    if !box_office && !names.iter().any(|n| opened_to(n.1)) {
        return;
    }
    for name in names.iter_mut() {
        let (a, b, label) = *name;
        if !box_office && !opened_to(b) {
            continue;
        }
        let retypable = matches!(
            label,
            Label::Person | Label::Org | Label::Gpe | Label::Event | Label::Norp
        );
        let person = label == Label::Person && b > a + 1 && personal(words[a]);
        if retypable && !person && takings_after(b) && !known(&words[a..b]) {
            name.2 = Label::WorkOfArt;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, name: Span) -> Label {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = vec![name];
        films_by_their_takings(&words, &mut names, |n| n == ["Disney"], |w| w == "Sam");
        names[0].2
    }

    #[test]
    fn the_name_that_took_the_money_is_the_film() {
        let text = "Barbie had taken $ 1.4bn at the global box office";
        assert_eq!(run(text, (0, 1, Label::Org)), Label::WorkOfArt);
        let text = "Wicked topped the US box office";
        assert_eq!(run(text, (0, 1, Label::Person)), Label::WorkOfArt);
        let text = "Wicked opened to $ 114m in its first weekend";
        assert_eq!(run(text, (0, 1, Label::Person)), Label::WorkOfArt);
    }

    #[test]
    fn studios_and_other_sentences_stay() {
        let text = "Disney took $ 1bn at the box office";
        assert_eq!(run(text, (0, 1, Label::Org)), Label::Org);
        let text = "Barbie had taken $ 1.4bn in sales";
        assert_eq!(run(text, (0, 1, Label::Org)), Label::Org);
        let text = "Sam Raimi has topped the box office";
        assert_eq!(run(text, (0, 2, Label::Person)), Label::Person);
    }
}
