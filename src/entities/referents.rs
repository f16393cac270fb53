//! What a sentence calls a name later on. "Dunelm said higher costs would add 2 per cent to
//! its import bill": a one-word name that states something, and that the sentence refers back
//! to with "its" and with no person's pronoun, is an organisation, though the tagger took it
//! for a person's surname. A river or region that states something ("Amazon said") and whose
//! name opens a listed company's is the company: rivers do not speak. Continents do, for their
//! governments ("Europe says"), and stay places, as countries and cities (GPEs) do.

use super::casing::capitalised;
use super::knowledge::opens_listed_company;
use super::label::Label;
use super::lexicon::is_people_word;
use super::numeric::is_calendar_word;
use super::repair::{insert_name, Span};
use super::tagger::clusters::ClusterTable;

/// Pronouns of people: where a sentence has one, "its" may be anyone's.
const PERSONAL: &[&str] = &[
    "he", "He", "his", "His", "him", "she", "She", "her", "Her", "hers", "they", "They", "their",
    "Their", "them",
];

/// Verbs of a statement right after the name.
const STATES: &[&str] = &[
    "said",
    "says",
    "reported",
    "announced",
    "warned",
    "confirmed",
    "added",
    "posted",
];

pub fn firms_called_its(words: &[&str], names: &mut [Span], clusters: &ClusterTable) {
    // Looked for only once a name needs it: few sentences have a one-word name before "said".
    let its = || words.iter().position(|w| matches!(*w, "its" | "Its"));
    for k in 0..names.len() {
        let (a, b, label) = names[k];
        let states = words.get(b).is_some_and(|w| STATES.contains(w));
        // "David Jones will close its store in Toowoomba": opening the sentence, a name that
        // will do something to "its" own.
        let acts = a == 0
            && matches!(words.get(b), Some(&("will" | "has" | "is" | "would")))
            && words
                .get(b + 1)
                .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
            && words.get(b + 2) == Some(&"its");
        // Not after a title or another capitalised word ("Mr Dyson said"); "Lisbon-based"
        // describes.
        let bare = a == 0
            || !words[a - 1].starts_with(char::is_uppercase)
            || words[a - 1].ends_with("-based");
        // A name of two words opens the sentence and "its" follows the verb: "Jerónimo
        // Martins said its" (but "chairman Jane Lee said its debts").
        let whole = b == a + 1
            || b == a + 2
                && (a == 0 || words[a - 1].ends_with("-based"))
                && (matches!(words.get(b + 1), Some(&"its")) || acts);
        if !(states || acts) || !bare || !whole {
            continue;
        }
        match label {
            // "Amazon said", but not "traders in Asia said" or "the Amazon".
            Label::Loc
                if (a == 0 || !words[a - 1].starts_with(char::is_lowercase))
                    && opens_listed_company(words[a], clusters) =>
            {
                names[k].2 = Label::Org
            }
            Label::Person => {
                let Some(its) = its().filter(|&i| i > b) else {
                    continue;
                };
                // "its" is the name's: no person's pronoun in the sentence, and no other
                // person or organisation named before it.
                let personal = words.iter().any(|w| PERSONAL.contains(w));
                let other = names
                    .iter()
                    .any(|s| s.0 >= b && s.1 <= its && matches!(s.2, Label::Person | Label::Org));
                if !personal && !other {
                    names[k].2 = Label::Org;
                }
            }
            _ => {}
        }
    }
}

/// Continents and oceans, which stay places without "the" ("trade with Asia").
const CONTINENTS: &[&str] = &[
    "Europe",
    "Asia",
    "Africa",
    "America",
    "Americas",
    "Antarctica",
    "Oceania",
    "Australasia",
    "Eurasia",
    "Arctic",
    "Antarctic",
    "Atlantic",
    "Pacific",
];

/// Words after a river's or a forest's name that keep it the place ("Amazon rainforest").
const LANDSCAPE_AFTER: &[&str] = &[
    "rainforest",
    "forest",
    "basin",
    "river",
    "region",
    "jungle",
    "waters",
    "delta",
    "tribes",
    "tribe",
    "states",
    "valley",
    "coast",
    "sea",
    "base",
    "summit",
    "peak",
    "expedition",
    "expeditions",
    "climbers",
];

/// Words before a mountain's name, which has no "the" either ("reached Everest").
const CLIMBED: &[&str] = &[
    "reached",
    "climbed",
    "climb",
    "climbing",
    "scaled",
    "scale",
    "summit",
    "conquered",
    "conquer",
    "atop",
    "near",
    "above",
    "on",
];

/// "The FTC sued Amazon on Monday", "firms like Amazon.": a one-word river or region (or a
/// "people" no list knows) that opens a listed company's name, written without "the" (the
/// river always has it), not after a climber's verb (a mountain has no "the") and not before a
/// word of its landscape, is the company.
pub fn firms_named_like_rivers(
    words: &[&str],
    names: &mut [Span],
    opens_listed: impl Fn(&str) -> bool,
) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        // ("fined Amazon": the tagger takes it for a people too, which no list knows.)
        if b != a + 1 || CONTINENTS.contains(&words[a]) {
            continue;
        }
        let guessed = label == Label::Loc || label == Label::Norp && !is_people_word(&words[a..b]);
        if !guessed {
            continue;
        }
        let placed = a > 0
            && (matches!(words[a - 1], "the" | "The" | "of") || CLIMBED.contains(&words[a - 1]));
        let landscape = words.get(b).is_some_and(|w| LANDSCAPE_AFTER.contains(w));
        if !placed && !landscape && opens_listed(words[a]) {
            span.2 = Label::Org;
        }
    }
}

/// What a firm does to its own forecast, shops or staff, right before "its".
const FIRMS_DO_TO_THEIR_OWN: &[&str] = &[
    "raised",
    "cut",
    "lowered",
    "reported",
    "posted",
    "launched",
    "announced",
    "unveiled",
    "shut",
    "closed",
    "sold",
    "bought",
    "confirmed",
    "told",
    "urged",
    "hired",
    "recalled",
    "rebranded",
];

/// What a price or an index has after "its", where a firm has its forecast.
const MARKET_MOVES: &[&str] = &[
    "gains", "losses", "rally", "decline", "declines", "slide", "fall", "rise", "advance", "climb",
    "slump", "drop", "lead", "losing", "winning", "best", "worst", "lowest", "highest",
];

/// The most words between a sentence's first word and its "its".
const ITS_REACH: usize = 8;

/// "Vonovia wrote down its flats portfolio": a capitalised word the tagger left out at the
/// sentence's start, that may be a brand (`is_brand`: no place, people, first name or common
/// word), followed by a lowercase verb and referred back to with "its" within a few words,
/// with no person's pronoun and no other name between, is an organisation; so is one whose
/// chief executive the sentence names, with no other firm before.
pub fn firms_opening_sentences(
    words: &[&str],
    names: &mut Vec<Span>,
    is_brand: impl Fn(&str, bool) -> bool,
) {
    let opens = words.first().is_some_and(|w| capitalised(w))
        && words
            .get(1)
            .is_some_and(|w| w.starts_with(char::is_lowercase) && *w != "its")
        && names.first().is_none_or(|n| n.0 > 0);
    if !opens {
        return;
    }
    // "Chase said it would refund customers": the firm speaks of what it will do. ("Police
    // said it would be", "Smith said it had been": "it" of the case, not of the speaker.)
    if said_it_would_act(words) && !BODIES_OF_PEOPLE.contains(&words[0]) && is_brand(words[0], true)
    {
        insert_name(names, (0, 1, Label::Org));
        return;
    }
    let its = words.iter().take(ITS_REACH + 1).position(|w| *w == "its");
    if let Some(its) = its {
        // "Sterling extended its gains", "Oil cut its losses": a market's moves.
        if words.get(its + 1).is_some_and(|w| MARKET_MOVES.contains(w)) {
            return;
        }
        let personal = words[..its].iter().any(|w| PERSONAL.contains(w));
        let other = names.iter().any(|n| n.0 < its);
        // "Next raised its forecast": a firm's verb right between them leaves even a common
        // word no reading but the firm's ("Sterling extended its gains" is the market's).
        let close = its == 2 && FIRMS_DO_TO_THEIR_OWN.contains(&words[1]);
        if !personal && !other && is_brand(words[0], close) {
            insert_name(names, (0, 1, Label::Org));
        }
        return;
    }
    // "Landsec bought a stake in ..., chief executive Mark Allan said": the firm's chief
    // speaks for it, unless another firm is named before.
    let chief = (1..words.len().saturating_sub(2))
        .find(|&j| words[j] == "chief" && words[j + 1] == "executive" && capitalised(words[j + 2]));
    if let Some(chief) = chief {
        let personal = words[..chief].iter().any(|w| PERSONAL.contains(w));
        let firm = names.iter().any(|n| n.0 < chief && n.2 == Label::Org);
        if !personal && !firm && is_brand(words[0], false) {
            insert_name(names, (0, 1, Label::Org));
        }
    }
}

/// Words of people as a body, that may say "it" of anything but themselves.
const BODIES_OF_PEOPLE: &[&str] = &[
    "Police",
    "Government",
    "Council",
    "Management",
    "Staff",
    "Everyone",
    "Nobody",
    "Someone",
    "Officials",
    "Witnesses",
    "Residents",
    "Ministers",
    "Doctors",
    "Experts",
    "Critics",
];

/// When a statement was made, between its verb and "it": "said on Thursday it would".
fn when_said(words: &[&str]) -> usize {
    match words {
        ["on", day, ..] if is_calendar_word(day) => 2,
        ["yesterday" | "today" | "overnight", ..] => 1,
        ["in", "a", "statement", ..] => 3,
        _ => 0,
    }
}

/// "X said it would refund", "X says it has closed": a statement, "it", an auxiliary and a
/// verb of doing other than being; plural subjects ("Officials said it") are not firms.
fn said_it_would_act(words: &[&str]) -> bool {
    let [first, said, rest @ ..] = words else {
        return false;
    };
    let [it, aux, verb, ..] = &rest[when_said(rest)..] else {
        return false;
    };
    let plural = first.ends_with('s') && !first.ends_with("ss");
    !plural
        && matches!(*said, "said" | "says")
        && *it == "it"
        && matches!(*aux, "would" | "will" | "had" | "has")
        && verb.starts_with(char::is_lowercase)
        && !matches!(
            *verb,
            "be" | "been" | "not" | "never" | "take" | "taken" | "become"
        )
}

/// "days after Block said it would shed 1,000 jobs": a one-word "person" (no first name, no
/// title before it) that says "it" will act is a firm, as a person would say "he" or "she";
/// `is_brand` keeps out the first names and surnames the word knowledge knows ("Johnson said
/// it would cost millions" speaks of a plan).
pub fn people_saying_it_would(words: &[&str], names: &mut [Span], is_brand: impl Fn(&str) -> bool) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        if label != Label::Person || b != a + 1 || words.get(b) != Some(&"said") {
            continue;
        }
        let titled = a > 0 && (capitalised(words[a - 1]) || words[a - 1] == ".");
        if !titled && said_it_would_act(&words[a..]) && is_brand(words[a]) {
            span.2 = Label::Org;
        }
    }
}

/// Number words that name firms and channels ("Three", the mobile network; "Five", the
/// channel).
const NUMBER_NAMES: &[&str] = &[
    "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
];

/// "Three has been fined £10.5m by Ofcom": a number word that opens the sentence before
/// "has" or "says" counts nothing (three would "have"); it names a firm. So does one that
/// "said" something of "its" own, with no "they" or "their" of three people before
/// ("Three said on Wednesday that its network"). ("Five is the minimum" may be the number,
/// and "One has to ask" a pronoun: neither is here.)
pub fn numbers_named_firms(words: &[&str], names: &mut Vec<Span>) {
    let its_own = || {
        let reach = &words[..words.len().min(ITS_REACH + 1)];
        let its = reach.iter().position(|w| *w == "its");
        its.is_some_and(|i| !reach[..i].iter().any(|w| matches!(*w, "they" | "their")))
    };
    let singular = words.get(1).is_some_and(|w| matches!(*w, "has" | "says"))
        || words.get(1) == Some(&"said") && its_own();
    let free = names.first().is_none_or(|n| n.0 > 0);
    if singular && free && words.first().is_some_and(|w| NUMBER_NAMES.contains(w)) {
        insert_name(names, (0, 1, Label::Org));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::entities::tagger::clusters::WordClass;
    use crate::entities::tagger::hash::lower_hash;

    #[test]
    fn a_river_named_without_the_is_its_firm() {
        let run = |text: &str, label: Label| {
            let words: Vec<&str> = text.split(' ').collect();
            let mut names = vec![(2, 3, label)];
            firms_named_like_rivers(&words, &mut names, |w| matches!(w, "Amazon" | "Everest"));
            names[0].2
        };
        assert_eq!(
            run("regulators sued Amazon on Monday", Label::Loc),
            Label::Org
        );
        assert_eq!(
            run("regulators fined Amazon on Monday", Label::Norp),
            Label::Org
        );
        assert_eq!(run("logging in the Amazon rose", Label::Loc), Label::Loc);
        assert_eq!(run("loggers in Amazon rainforest", Label::Loc), Label::Loc);
        assert_eq!(run("climbers reached Everest on", Label::Loc), Label::Loc);
        assert_eq!(run("trade with Asia rose", Label::Loc), Label::Loc);
    }

    #[test]
    fn an_untagged_opener_called_its_is_a_firm() {
        let run = |text: &str| {
            let words: Vec<&str> = text.split(' ').collect();
            let mut names = Vec::new();
            firms_opening_sentences(&words, &mut names, |w, _| w != "However");
            names
        };
        assert_eq!(
            run("Vonovia wrote down its flats"),
            vec![(0, 1, Label::Org)]
        );
        assert_eq!(run("However , its profits fell"), vec![]);
        assert_eq!(
            run("Vonovia said it would refund customers"),
            vec![(0, 1, Label::Org)]
        );
        assert_eq!(run("Vonovia said it would be hard"), vec![]);
        assert_eq!(run("Officials said it had closed"), vec![]);
        assert_eq!(run("Vonovia said he had its"), vec![]);
        assert_eq!(
            run("Vonovia bought flats , chief executive Jane Lee said"),
            vec![(0, 1, Label::Org)]
        );
    }

    fn labels(sentence: &str, names: &[(usize, usize, Label)]) -> Vec<Label> {
        let words: Vec<&str> = sentence.split(' ').collect();
        let mut names = names.to_vec();
        let mut clusters = ClusterTable::default();
        let company = WordClass {
            gazetteer: 1 << 17,
            ..WordClass::default()
        };
        clusters.insert(lower_hash("amazon"), company);
        clusters.insert(lower_hash("europe"), WordClass::default());
        firms_called_its(&words, &mut names, &clusters);
        names.iter().map(|s| s.2).collect()
    }

    #[test]
    fn a_name_that_its_refers_to_is_a_firm() {
        let s = "Dunelm said costs would add 2 per cent to its import bill .";
        assert_eq!(labels(s, &[(0, 1, Label::Person)]), [Label::Org]);
        let s = "Amazon said shoppers bought more .";
        assert_eq!(labels(s, &[(0, 1, Label::Loc)]), [Label::Org]);
    }

    #[test]
    fn people_stay_people() {
        // A person's pronoun, a title, another name before "its", or no "its" at all.
        let s = "Smith said his firm would cut its prices .";
        assert_eq!(labels(s, &[(0, 1, Label::Person)]), [Label::Person]);
        let s = "Mr Smith said the bank would cut its prices .";
        assert_eq!(labels(s, &[(1, 2, Label::Person)]), [Label::Person]);
        let s = "Smith said Barclays would cut its prices .";
        let names = [(0, 1, Label::Person), (2, 3, Label::Org)];
        assert_eq!(labels(s, &names), [Label::Person, Label::Org]);
        let s = "Smith said prices would fall .";
        assert_eq!(labels(s, &[(0, 1, Label::Person)]), [Label::Person]);
        let s = "Deforestation in the Amazon said nothing .";
        assert_eq!(labels(s, &[(3, 4, Label::Loc)]), [Label::Loc]);
        let s = "But Europe says the euro has had enough .";
        assert_eq!(labels(s, &[(1, 2, Label::Loc)]), [Label::Loc]);
        let s = "Traders in Asia said banks had sold .";
        assert_eq!(labels(s, &[(2, 3, Label::Loc)]), [Label::Loc]);
    }

    #[test]
    fn a_number_before_a_singular_verb_names_a_firm() {
        let run = |text: &str| {
            let words: Vec<&str> = text.split(' ').collect();
            let mut names = Vec::new();
            numbers_named_firms(&words, &mut names);
            names
        };
        assert_eq!(run("Three has been fined"), vec![(0, 1, Label::Org)]);
        assert_eq!(run("Three have been charged"), vec![]);
        assert_eq!(run("One has to ask"), vec![]);
        assert_eq!(
            run("Three said on Monday that its network was back"),
            vec![(0, 1, Label::Org)]
        );
        assert_eq!(run("Three said they lost their jobs and its"), vec![]);
    }
}
