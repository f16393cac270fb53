//! "Naidu sworn in as chief minister", "Okonjo testified": a one-word name opening a
//! sentence, before a verb that only a person does, is a person. The tagger, which learned
//! from 1996 wire copy, has nothing to go on at a sentence's start for a surname it never saw
//! and guesses a firm, a product or a place. Only a name that the shipped word knowledge does
//! not know as a place or a company, and no list knows at all, is relabelled.

use super::casing::title_cased;
use super::label::Label;
use super::lexicon::cues::{is_cue_word, known_name, wordnet_place, Cue};
use super::lexicon::{lists_of_tokens, List};
use super::repair::Span;
use super::sentence_start::{starts_clause, COMMON, FIRST_NAME_BITS};
use super::tagger::clusters::{ClusterTable, WordClass};
use super::tagger::hash::lower_hash;

/// Verbs whose subject is a person: a firm or a place does not plead, testify or get sworn in.
/// ("said" is not one: "Marvel said it would appeal".)
const PERSON_VERBS: &[&str] = &[
    "sworn",
    "pleaded",
    "testified",
    "resigned",
    "resigns",
    "died",
    "dies",
    "married",
    "tweeted",
    "quits",
];

/// Gazetteer bits of the word knowledge for towns, countries, states and continents (0-9) and
/// for a company's first word (17).
const PLACE_OR_COMPANY: u32 = 0x3ff | 1 << 17;

/// The same for a word that is a place or a company by itself (a town, a country, a state, a
/// continent, a company's first word), not only a word of a longer place's name ("Ras" of
/// "Ras Tanura").
const PLACE_OR_COMPANY_ALONE: u32 = 1 | 1 << 5 | 1 << 7 | 1 << 9 | 1 << 17;

/// Words at least this common (minus the natural log-probability) are common words even where
/// a census lists them as first names ("Many").
const VERY_COMMON: u8 = 9;

/// Roles set off after a name that only a person has, beside the trades of `Cue::PersonRole`
/// and `Cue::PlayerRole`: "Okonjo-Iweala, the WTO director-general,".
const ROLES: &[&str] = &[
    "president",
    "minister",
    "leader",
    "chairman",
    "chairwoman",
    "director-general",
    "secretary-general",
    "governor",
    "mayor",
    "senator",
    "chancellor",
];

/// The youngest and oldest ages set off after a name: "Siddaramaiah, 75, said".
const AGES: std::ops::RangeInclusive<u16> = 16..=110;

/// What a name opening a sentence is followed by that says it is a person's.
#[derive(Clone, Copy, PartialEq)]
enum PersonSign {
    /// A verb only a person does ("testified").
    Verb,
    /// An age between commas ("Siddaramaiah, 75, said"): said of no firm and no town, so it
    /// holds against the word knowledge ("Hamilton, 39,").
    Age,
    /// "the", a role only a person has and a comma ("Raducanu, the British No 1, lost").
    Role,
}

pub fn people_opening_sentences(words: &[&str], names: &mut [Span], clusters: &ClusterTable) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        if b != a + 1
            || !matches!(
                label,
                Label::Org | Label::Product | Label::Gpe | Label::Norp
            )
            || !starts_clause(words, a)
            || !words[a].split('-').all(title_cased)
        {
            continue;
        }
        let Some(sign) = person_sign(words, b) else {
            continue;
        };
        let unknown = || {
            clusters
                .get(lower_hash(words[a]))
                .is_none_or(|c| !c.acronym && c.gazetteer & PLACE_OR_COMPANY == 0)
                && lists_of_tokens(&words[a..b]) == 0
                && wordnet_place(&words[a..b]).is_none()
        };
        if known_name(&words[a..b]).is_none() && (sign == PersonSign::Age || unknown()) {
            span.2 = Label::Person;
        }
    }
}

/// Verbs of scoring, whose subject left out at a sentence's start is a player: a side the
/// tagger knows or a place ("Wrexham scored twice") is named or known as one.
const SCORED: &[&str] = &["scored", "netted"];

/// "Okonjo testified", "Ibekwe scored twice": a capitalised word the tagger left out, opening
/// the sentence before a verb only a person does or a verb of scoring, is a person, unless the
/// word knowledge knows it as a common word, a place or a company, or a list other than the
/// first names' holds it.
pub fn untagged_people_opening_sentences(
    words: &[&str],
    names: &mut Vec<Span>,
    clusters: &ClusterTable,
) {
    let Some(&first) = words.first() else {
        return;
    };
    let verb = words
        .get(1)
        .is_some_and(|v| PERSON_VERBS.contains(v) || SCORED.contains(v));
    let word = first.len() >= 3 && title_cased(first) && first.chars().all(char::is_alphabetic);
    if !verb || !word || names.first().is_some_and(|n| n.0 == 0) {
        return;
    }
    // ("Nobody died": a common word, though sentences' starts capitalise it now and then;
    // "Many died", though "Many" is listed as a first name: one of the commonest words.)
    let common = |c: WordClass| {
        (1..=COMMON).contains(&c.logprob)
            && c.capitalised <= 1
            && (c.logprob <= VERY_COMMON || c.gazetteer & FIRST_NAME_BITS == 0)
    };
    let unknown = clusters
        .get(lower_hash(first))
        .is_none_or(|c| !c.acronym && c.gazetteer & PLACE_OR_COMPANY_ALONE == 0 && !common(c))
        && lists_of_tokens(&words[..1]) & !List::FirstName.bit() == 0
        && wordnet_place(&words[..1]).is_none()
        && known_name(&words[..1]).is_none();
    if unknown {
        names.insert(0, (0, 1, Label::Person));
    }
}

/// The sign after a name ending at `b` that it is a person's, if any.
fn person_sign(words: &[&str], b: usize) -> Option<PersonSign> {
    let next = *words.get(b)?;
    if PERSON_VERBS.contains(&next) {
        return Some(PersonSign::Verb);
    }
    if next != "," {
        return None;
    }
    let age = words
        .get(b + 1)
        .and_then(|w| w.parse::<u16>().ok())
        .is_some_and(|n| AGES.contains(&n));
    if age && words.get(b + 2) == Some(&",") {
        return Some(PersonSign::Age);
    }
    // "the British No 1", "the WTO director-general": the role ends the apposition, within
    // four words of "the".
    if words.get(b + 1) != Some(&"the") {
        return None;
    }
    let close = (b + 3..words.len().min(b + 7)).find(|&j| words[j] == ",")?;
    let role = words[close - 1];
    let ranked = close >= b + 4
        && matches!(words[close - 2], "No" | "No." | "number")
        && role.bytes().all(|c| c.is_ascii_digit());
    let person = ROLES.contains(&role)
        || is_cue_word(Cue::PersonRole, Some(&role))
        || is_cue_word(Cue::PlayerRole, Some(&role));
    (ranked || person).then_some(PersonSign::Role)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tagger::clusters::WordClass;

    fn relabelled(text: &str, label: Label) -> Label {
        let mut t = ClusterTable::default();
        // A town the gazetteers know, and a surname.
        let word = |gazetteer| WordClass {
            logprob: 16,
            gazetteer,
            ..WordClass::default()
        };
        t.insert(lower_hash("felixby"), word(1));
        t.insert(lower_hash("okonjo"), word(1 << 12));
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = vec![(0, 1, label)];
        people_opening_sentences(&words, &mut names, &t);
        names[0].2
    }

    #[test]
    fn a_name_opening_a_sentence_before_a_persons_verb_is_a_person() {
        assert_eq!(
            relabelled("Okonjo testified on Monday", Label::Org),
            Label::Person
        );
        assert_eq!(relabelled("Naidu sworn in", Label::Product), Label::Person);
        assert_eq!(relabelled("Felixby resigned", Label::Gpe), Label::Gpe);
        assert_eq!(relabelled("Okonjo said so", Label::Org), Label::Org);
        assert_eq!(relabelled("NASA resigned", Label::Org), Label::Org);
        // An age or a person's role set off after the name.
        assert_eq!(relabelled("Okonjo , 75 , said", Label::Org), Label::Person);
        assert_eq!(relabelled("Felixby , 39 , said", Label::Gpe), Label::Person);
        let role = "Okonjo , the British No 1 , lost";
        assert_eq!(relabelled(role, Label::Gpe), Label::Person);
        let role = "Okonjo , the WTO director-general , warned";
        assert_eq!(relabelled(role, Label::Gpe), Label::Person);
        let town = "Felixby , the county town , voted";
        assert_eq!(relabelled(town, Label::Gpe), Label::Gpe);
        let firm = "Okonjo , the London-listed miner , said";
        assert_eq!(relabelled(firm, Label::Org), Label::Org);
    }
}
