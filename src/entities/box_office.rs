//! Films named by their takings: "Barbie had taken $1.4bn at the global box office", "Wicked
//! topped the box office". The tagger takes a one-word title for a person or a firm; in a
//! sentence about the box office, the name that took the money is the film.

use super::casing::capitalised;
use super::label::Label;
use super::repair::{insert_name, Span};

/// Verbs of takings, right after the title or after "has"/"had"/"have".
const TAKINGS: &[&str] = &[
    "took", "taken", "takes", "grossed", "earned", "made", "topped", "tops", "led", "opened",
    "debuted", "raked", "pulled", "beat", "beats", "overtook",
];

/// Words opening a sentence before a verb of takings that name no film ("It took $19.1m").
pub(super) const PRONOUNS: &[&str] = &[
    "It", "This", "That", "They", "He", "She", "We", "Which", "What", "One", "Both", "All", "Each",
    "Who",
];

/// Verbs after which the name is a rival film: "Barbie beats Oppenheimer at the box office".
const RIVALS: &[&str] = &["beat", "beats", "overtook"];

/// "took $114m in North America over its opening weekend": a film's first weekend's takings,
/// said without the box office.
fn opening_weekend(words: &[&str]) -> bool {
    words.windows(2).any(|w| w == ["opening", "weekend"])
        && words.iter().any(|w| w.starts_with(['$', '£', '€']))
}

/// Relabels as works the names before a verb of takings in a sentence that speaks of the box
/// office, unless `known` knows them (a studio: "Disney took $1bn at the box office") or they
/// are people with a first name (`personal`: "director Sam Raimi has topped the box office").
/// A title the tagger left out is looked for among `maybe_capitalised`, the positions of the
/// words that may be capitalised (`Gates::maybe_capitalised`).
pub fn films_by_their_takings(
    words: &[&str],
    names: &mut Vec<Span>,
    maybe_capitalised: impl IntoIterator<Item = usize>,
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
    // "Mickey 17 took $19.1m", "Inside Out 2 topped": a sequel's number ends its title.
    let numbered = |b: usize| {
        words.get(b).is_some_and(|w| {
            w.len() <= 3 && w.bytes().all(|c| c.is_ascii_digit()) && takings_after(b + 1)
        })
    };
    // "Wicked took $3.1m": a one-word title opening the sentence, or the clause after "said"
    // ("Universal said Wicked took"), which the tagger left out as a common word.
    let opens_clause = |p: usize| p == 0 || p >= 2 && matches!(words[p - 1], "said" | "says");
    // (Only the words that may be capitalised are walked: most are not.)
    let untagged_opener = maybe_capitalised.into_iter().find(|&p| {
        p + 1 < words.len()
            && opens_clause(p)
            && capitalised(words[p])
            && !PRONOUNS.contains(&words[p])
            && takings_after(p + 1)
            && !names.iter().any(|n| n.0 <= p && p < n.1)
    });
    if untagged_opener.is_none() && !names.iter().any(|n| takings_after(n.1) || numbered(n.1)) {
        return;
    }
    // "Hamilton took $4.2m at the Richard Rodgers Theatre": a show's takings at its theatre.
    let theatre = || {
        words
            .iter()
            .any(|w| matches!(*w, "Theatre" | "Theater" | "Broadway"))
            && words.iter().any(|w| w.starts_with(['$', '£', '€']))
    };
    let box_office = words
        .windows(2)
        .any(|w| w[0].eq_ignore_ascii_case("box") && w[1].starts_with("office"))
        || words.iter().any(|w| w.starts_with("box-office"))
        || theatre()
        || opening_weekend(words);
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
    if let Some(p) = untagged_opener.filter(|&p| !known(&words[p..p + 1])) {
        insert_name(names, (p, p + 1, Label::WorkOfArt));
    }
    for name in names.iter_mut() {
        let (a, b, label) = *name;
        if !box_office && !opened_to(b) {
            continue;
        }
        let retypable = matches!(
            label,
            Label::Person | Label::Org | Label::Gpe | Label::Event | Label::Norp | Label::Product
        );
        let person = label == Label::Person && b > a + 1 && personal(words[a]);
        let rival = a > 0 && RIVALS.contains(&words[a - 1]);
        let sequel = numbered(b);
        if retypable && !person && (takings_after(b) || rival || sequel) && !known(&words[a..b]) {
            *name = (a, if sequel { b + 1 } else { b }, Label::WorkOfArt);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, name: Span) -> Label {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = vec![name];
        let all = 0..words.len();
        films_by_their_takings(&words, &mut names, all, |n| n == ["Disney"], |w| w == "Sam");
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
        let text = "Hamilton took $ 4.2m at the Victoria Palace Theatre";
        assert_eq!(run(text, (0, 1, Label::Gpe)), Label::WorkOfArt);
        let text = "Dune took $ 3m at the Japanese box office";
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = vec![(6, 7, Label::Norp)];
        films_by_their_takings(&words, &mut names, 0..words.len(), |_| false, |_| false);
        assert_eq!(names[0], (0, 1, Label::WorkOfArt));
        let text = "Barbie beats Oppenheimer at the box office";
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = vec![(0, 1, Label::Org), (2, 3, Label::Org)];
        films_by_their_takings(&words, &mut names, 0..words.len(), |_| false, |_| false);
        assert_eq!(names[1].2, Label::WorkOfArt);
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
