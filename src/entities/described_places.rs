//! Places and things the copy describes right after naming them: "Welkom, the Free State
//! mining town,", "Brandon, a small city in Manitoba", "Te Kaha, Christchurch's new covered
//! stadium,", "Casgevy, the first approved treatment,". The tagger takes many small towns,
//! new grounds and new medicines for firms, people or towns; an apposition that calls the name
//! a town, a ground or a medicine says what it is.

use super::casing::capitalised;
use super::label::Label;
use super::repair::{insert_name, Span};

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

/// Nouns of a building or a ground (FAC).
const BUILDINGS: &[&str] = &[
    "stadium",
    "arena",
    "ground",
    "airport",
    "racecourse",
    "bridge",
    "venue",
    "theatre",
    "museum",
    "gallery",
];

/// Nouns of a medicine (PRODUCT).
const MEDICINES: &[&str] = &[
    "drug",
    "treatment",
    "vaccine",
    "medicine",
    "medication",
    "pill",
    "jab",
    "therapy",
    "antibiotic",
    "painkiller",
    "antidepressant",
];

/// Nouns of a gathering (EVENT): "ADIPEC, the world's biggest energy exhibition".
const GATHERINGS: &[&str] = &[
    "exhibition",
    "festival",
    "conference",
    "summit",
    "fair",
    "expo",
    "tournament",
    "championship",
    "marathon",
    "regatta",
    "carnival",
];

/// The label an apposition's head noun gives the name before it, and the tagger's labels it
/// may replace: a town's noun corrects a firm or a person; a ground's or a gathering's, also a town ("Te Kaha"
/// is a town's name too); a medicine's, anything but a number.
fn described_as(head: &str, label: Label) -> Option<Label> {
    let named = matches!(label, Label::Org | Label::Person);
    if SETTLEMENTS.contains(&head) {
        named.then_some(Label::Gpe)
    } else if BUILDINGS.contains(&head) {
        (named || label == Label::Gpe).then_some(Label::Facility)
    } else if GATHERINGS.contains(&head) {
        (named || label == Label::Gpe).then_some(Label::Event)
    } else if MEDICINES.contains(&head) {
        (named || matches!(label, Label::Gpe | Label::Norp)).then_some(Label::Product)
    } else {
        None
    }
}

/// Words that end the noun phrase of the apposition before its head could come.
const STOPS: &[&str] = &[
    ",", ".", "and", "or", "that", "which", "who", "whose", "where", "in", "of", "on", "at",
    "with", "for", "from", "by", "to",
];

/// How many words the apposition may hold between its article and its noun ("the Free State
/// mining town": three).
const MODIFIERS: usize = 4;

/// Relabels each name of one or two words that a comma and an apposition headed by a
/// settlement's, a building's or a medicine's noun follow (`described_as`). The apposition opens
/// with an article or with a place's possessive ("Christchurch's new covered stadium").
pub fn places_described(words: &[&str], names: &mut [Span]) {
    for name in names.iter_mut() {
        let (a, b, label) = *name;
        if b > a + 2 || words.get(b) != Some(&",") {
            continue;
        }
        let opens = match words.get(b + 1) {
            Some(&("the" | "a" | "an")) => Some(b + 2),
            Some(w) if capitalised(w) && words.get(b + 2) == Some(&"'s") => Some(b + 3),
            _ => None,
        };
        let Some(start) = opens else {
            continue;
        };
        // The noun within a few words, before anything that ends the apposition.
        let head = (start..(start + 1 + MODIFIERS).min(words.len()))
            .take_while(|&k| !STOPS.contains(&words[k]))
            .find(|&k| described_as(words[k], label).is_some());
        // The noun ends its phrase: "the venture capital arm of" has another head.
        let ends = head.filter(|&k| words.get(k + 1).is_none_or(|w| STOPS.contains(w)));
        if let Some(k) = ends {
            name.2 = described_as(words[k], label).unwrap_or(label);
        }
    }
}

/// Nouns of local people that a town's name describes in local news: "Bristol man jailed".
/// (Not "family": "the Taft family" is a surname's.)
const LOCALS: &[&str] = &[
    "man",
    "woman",
    "men",
    "women",
    "boy",
    "girl",
    "teenager",
    "teen",
    "pensioner",
    "mother",
    "father",
    "mum",
    "dad",
    "couple",
    "schoolboy",
    "schoolgirl",
    "toddler",
    "grandmother",
    "grandfather",
    "resident",
    "residents",
];

/// "Bristol man jailed for fraud", "Cork woman wins appeal": a place's name opening a
/// sentence before a noun of its people is the place (GPE), which the tagger, with no capital
/// to go on, takes for a firm or leaves out. `is_place` says whether the word is one.
pub fn places_of_locals(words: &[&str], names: &mut Vec<Span>, is_place: impl Fn(&[&str]) -> bool) {
    let opener = match words.first() {
        Some(&("A" | "The")) => 1,
        _ => 0,
    };
    // (The shape first: most sentences open with no name before a lowercase word.)
    let shape = words.get(opener).is_some_and(|w| capitalised(w))
        && words
            .get(opener + 1)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()));
    if !shape || !LOCALS.contains(&words[opener + 1]) {
        return;
    }
    let name = &words[opener..opener + 1];
    match names.first().copied() {
        Some((a, b, label)) if a == opener && b == opener + 1 => {
            if matches!(label, Label::Org | Label::Person) && is_place(name) {
                names[0].2 = Label::Gpe;
            }
        }
        Some((a, _, _)) if a <= opener => {}
        _ => {
            if is_place(name) {
                insert_name(names, (opener, opener + 1, Label::Gpe));
            }
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
    fn a_place_before_a_noun_of_its_people_is_the_place() {
        let locals = |text: &str, names: &[Span]| {
            let words: Vec<&str> = text.split(' ').collect();
            let mut names = names.to_vec();
            places_of_locals(&words, &mut names, |n| n == ["Bristol"]);
            names
        };
        let bristol = [(0, 1, Label::Gpe)];
        assert_eq!(locals("Bristol man jailed", &[(0, 1, Label::Org)]), bristol);
        assert_eq!(locals("Bristol man jailed", &[]), bristol);
        // Not a word that is no place, nor a place before another noun.
        assert_eq!(locals("Apple man jailed", &[]), []);
        assert_eq!(locals("Bristol council met", &[]), []);
    }

    #[test]
    fn a_name_called_a_town_is_a_place() {
        let text = "Welkom , the Free State mining town , lost jobs";
        assert_eq!(run(text, (0, 1, Label::Org)), Label::Gpe);
        let text = "Brandon , a small city in Manitoba";
        assert_eq!(run(text, (0, 1, Label::Person)), Label::Gpe);
    }

    #[test]
    fn a_name_called_a_ground_or_a_medicine_is_one() {
        let text = "Te Kaha , Christchurch 's new covered stadium , will open";
        assert_eq!(run(text, (0, 2, Label::Gpe)), Label::Facility);
        let text = "but Casgevy , the first approved treatment , costs $2m";
        assert_eq!(run(text, (1, 2, Label::Person)), Label::Product);
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
