//! People named after their trade: "Scottish director Charlotte Wells", "Norwegian singer
//! Aurora". A trade word right before a capitalised name says it is a person's, which the
//! tagger, never having seen the name, may take for a firm or a place ("Wells" is a city, an
//! "Aurora" a firm's name). And the reverse: what a performer belongs to, named before their
//! trade: "the Pogues frontman" (a band), "the Peaky Blinders actor" (a series).

use super::label::Label;
use super::lexicon::cues::{is_cue_word, known_name, Cue};
use super::lexicon::{lists_of_tokens, List};
use super::repair::Span;

/// The longest name taken after a trade word, in words.
const MAX_NAME: usize = 3;

/// Relabels as a person each name of up to three words right after a trade word ("singer",
/// "fly-half") that the tagger took for a firm, a place, a product or an event, unless the
/// lexicon knows the name as something else ("actor Wells Fargo" is a joke).
pub fn people_after_their_trade(words: &[&str], names: &mut [Span]) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        let retypable = matches!(
            label,
            Label::Org | Label::Gpe | Label::Loc | Label::Facility | Label::Product | Label::Event
        );
        if !retypable || a == 0 || b - a > MAX_NAME {
            continue;
        }
        // Cheap first: trade words are lowercase.
        if !words[a - 1].starts_with(char::is_lowercase)
            || !is_cue_word(Cue::PersonRole, words.get(a - 1))
        {
            continue;
        }
        // "the billionaire Bhs owner": a firm, between the person's trade and their role in it.
        let owned = words
            .get(b)
            .is_some_and(|w| matches!(*w, "owner" | "boss" | "founder" | "chairman" | "heir"));
        if owned || known_name(&words[a..b]).is_some() {
            continue;
        }
        span.2 = Label::Person;
    }
}

/// "Painter Ada Quill said": a trade word that opens the sentence, capitalised by rule, and
/// that the tagger took into the name after it. The name is the person's, without the trade,
/// unless an organisation's word is in it ("Singer Sewing Machine Company") or the lexicon
/// knows the whole.
pub fn trades_opening_sentences(words: &[&str], names: &mut [Span]) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        let opens =
            a == 0 || matches!(words[a - 1], "\"" | "“" | "‘" | "'" | ":" | "-" | "–" | "—");
        if !opens || b < a + 2 || b - a > MAX_NAME + 1 || !label.is_name() {
            continue;
        }
        let rest = &words[a + 1..b];
        let trade = is_cue_word(Cue::PersonRole, Some(&words[a]));
        let capitals = rest.iter().all(|w| w.starts_with(char::is_uppercase));
        if !trade
            || !capitals
            || rest.iter().any(|w| is_cue_word(Cue::OrgLast, Some(w)))
            || known_name(&words[a..b]).is_some()
        {
            continue;
        }
        *span = (a + 1, b, Label::Person);
    }
}

/// "Iceland boss Richard Walker", "Wales boss Rob Page": a place right before "boss" and a
/// person's name is what the person runs, a firm or a team (ORG); a country has leaders, not
/// bosses.
pub fn bodies_before_their_boss(words: &[&str], names: &mut [Span]) {
    for k in 0..names.len() {
        let (a, b, label) = names[k];
        let person_next = names
            .get(k + 1)
            .is_some_and(|n| n.0 == b + 1 && n.2 == Label::Person);
        if matches!(label, Label::Gpe | Label::Loc)
            && words.get(b) == Some(&"boss")
            && person_next
            && a < b
        {
            names[k].2 = Label::Org;
        }
        // "a former RBI governor", "a CDC spokeswoman": letters before an office are the body
        // that holds it, whatever the tagger took them for (a country's keep their label:
        // "a US official").
        let letters = b == a + 1
            && (2..=6).contains(&words[a].len())
            && words[a].bytes().all(|c| c.is_ascii_uppercase());
        let office = words.get(b).is_some_and(|w| OFFICES_OF_BODIES.contains(w));
        if letters && office && matches!(label, Label::Norp | Label::Product | Label::Event) {
            names[k].2 = Label::Org;
        }
        // "Tower Hamlets mayor Lutfur Rahman": only a place has a mayor.
        // ("Labour mayor Ken Livingstone": a party's.)
        let mayor = words.get(b) == Some(&"mayor") && person_next;
        let party = || {
            let lists = List::ReligiousOrPolitical.bit() | List::Organisation.bit();
            lists_of_tokens(&words[a..b]) & lists != 0
                || known_name(&words[a..b]).is_some_and(|l| l != Label::Gpe)
        };
        if mayor && matches!(label, Label::Org | Label::Person) && !party() {
            names[k].2 = Label::Gpe;
        }
    }
}

/// Offices a body's letters stand before: "the RBI governor", "an IAEA spokesman".
const OFFICES_OF_BODIES: &[&str] = &[
    "governor",
    "chairman",
    "chairwoman",
    "chair",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "officials",
    "chief",
    "boss",
    "director",
    "inspectors",
];

/// A band's members, after its name: "the Pogues frontman", "the Beatles drummer".
pub(super) const BAND_MEMBERS: &[&str] = &[
    "frontman",
    "frontwoman",
    "guitarist",
    "drummer",
    "bassist",
    "keyboardist",
];

/// Players of a screen work, after its title: "the Peaky Blinders actor" ("the All Black
/// star" is a team's).
const CAST_MEMBERS: &[&str] = &["actor", "actress"];

/// Relabels the name right before a band member's word as the band (ORG), and a name of two
/// words or more before an actor's word, which the tagger took for a firm, a place or a
/// people, as the work they act in ("the Peaky Blinders actor"; "the Hollywood actor" is a
/// place's, one word, and "the Liverpool star" a club's, a listed place). `is_people_or_place`
/// says whether a name is a listed people's or place's.
pub fn what_performers_belong_to(
    words: &[&str],
    names: &mut [Span],
    is_people_or_place: impl Fn(&[&str]) -> bool,
) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        let Some(&next) = words.get(b) else {
            continue;
        };
        let band = BAND_MEMBERS.contains(&next)
            && matches!(label, Label::Norp | Label::Gpe | Label::Person | Label::Loc);
        let cast = CAST_MEMBERS.contains(&next)
            && b >= a + 2
            && matches!(label, Label::Org | Label::Gpe | Label::Norp | Label::Event);
        if (!band && !cast)
            || is_people_or_place(&words[a..b])
            || known_name(&words[a..b]).is_some()
        {
            continue;
        }
        span.2 = if band { Label::Org } else { Label::WorkOfArt };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_before_its_boss_is_what_the_boss_runs() {
        let words: Vec<&str> = "Iceland boss Ann Lee said".split(' ').collect();
        let mut names = vec![(0, 1, Label::Gpe), (2, 4, Label::Person)];
        bodies_before_their_boss(&words, &mut names);
        assert_eq!(names[0].2, Label::Org);
        let words: Vec<&str> = "in Iceland , boss Ann Lee said".split(' ').collect();
        let mut names = vec![(1, 2, Label::Gpe), (4, 6, Label::Person)];
        bodies_before_their_boss(&words, &mut names);
        assert_eq!(names[0].2, Label::Gpe);
    }

    #[test]
    fn a_trade_opening_the_sentence_is_no_part_of_the_name() {
        let words: Vec<&str> = "Painter Ada Quill said".split(' ').collect();
        let mut names = vec![(0, 3, Label::Org)];
        trades_opening_sentences(&words, &mut names);
        assert_eq!(names, [(1, 3, Label::Person)]);
        let words: Vec<&str> = "Author Rights Group said".split(' ').collect();
        let mut names = vec![(0, 3, Label::Org)];
        trades_opening_sentences(&words, &mut names);
        assert_eq!(names, [(0, 3, Label::Org)]);
    }

    #[test]
    fn a_name_after_a_trade_is_a_person() {
        let words: Vec<&str> = "Scottish director Charlotte Wells will"
            .split(' ')
            .collect();
        let mut names = vec![(0, 1, Label::Norp), (2, 4, Label::Org)];
        people_after_their_trade(&words, &mut names);
        assert_eq!(names, vec![(0, 1, Label::Norp), (2, 4, Label::Person)]);
        // No trade word, or a known name: left alone.
        let words: Vec<&str> = "shares in Charlotte Wells rose".split(' ').collect();
        let mut names = vec![(2, 4, Label::Org)];
        people_after_their_trade(&words, &mut names);
        assert_eq!(names, vec![(2, 4, Label::Org)]);
        let words: Vec<&str> = "the actor Wells Fargo joked".split(' ').collect();
        let mut names = vec![(2, 4, Label::Org)];
        people_after_their_trade(&words, &mut names);
        assert_eq!(names, vec![(2, 4, Label::Org)]);
    }

    fn belonging(text: &str, names: &[Span]) -> Vec<Label> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        what_performers_belong_to(&words, &mut names, |n| matches!(n, ["Irish"]));
        names.iter().map(|n| n.2).collect()
    }

    #[test]
    fn a_band_or_series_before_a_performer() {
        assert_eq!(
            belonging("the Dregmen frontman", &[(1, 2, Label::Norp)]),
            [Label::Org]
        );
        assert_eq!(
            belonging("the Harbour Lights actor", &[(1, 3, Label::Org)]),
            [Label::WorkOfArt]
        );
        assert_eq!(
            belonging("the Irish guitarist", &[(1, 2, Label::Norp)]),
            [Label::Norp]
        );
        assert_eq!(
            belonging("the Liverpool star", &[(1, 2, Label::Org)]),
            [Label::Org]
        );
    }
}
