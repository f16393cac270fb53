//! Products named by their model: "3.5 million Switch 2 consoles", "its SU7 saloons", "Kuga
//! plug-in hybrids", "20 Boeing 777-9 jets", "Zebra TC52 handheld scanners". A model's name or
//! code right before a word for a kind of product (`data/lexicon/model_kinds.txt`), perhaps
//! past one or two lowercase words ("electric", "sport utility"), is the product, with its
//! number or code; the tagger, which learned from 1996 wire copy, misses most model codes and
//! leaves the number to the number rules.

use std::sync::LazyLock;

use super::casing::capitalised;
use super::kinds::DISEASES;
use super::label::Label;
use super::lexicon::cues::{is_cue, known_name, Cue};
use super::lexicon::{entries, is_people_word};
use super::numeric::is_calendar_word;
use super::repair::{insert_name, name_at, Span};
use crate::packed::{pack, PackedTable};

/// The kinds of model, packed (`crate::packed`): asked of most lowercase words of a story.
/// Kinds longer than 16 bytes cannot be packed, but no word past 11 bytes is asked about.
static KINDS: LazyLock<PackedTable<()>> = LazyLock::new(|| {
    PackedTable::set_of(
        entries(include_str!("../../data/lexicon/model_kinds.txt")),
        pack,
    )
});

/// What a maker counts of a model, before "of" and the model: "deliveries of the Taycan".
const MODELS_COUNTED: &[&str] = &[
    "sales",
    "deliveries",
    "shipments",
    "orders",
    "production",
    "output",
    "recall",
];

/// "deliveries of the Taycan fell", "sales of its Macan", "demand for the Ioniq": a one-word
/// name after a maker's count, "of" (or buyers' demand and "for") and "the" or "its", that
/// the tagger took for a people's word (its "-an" ending reads like "Korean") and no list
/// knows as one, is the model.
pub fn models_counted(words: &[&str], names: &mut [Span]) {
    for (a, b, label) in names.iter_mut() {
        let (a, b) = (*a, *b);
        if *label != Label::Norp || b != a + 1 || a < 3 {
            continue;
        }
        // ("demand for the Ioniq", "orders for its Kona": what buyers want of it.)
        let counted = matches!(words[a - 1], "the" | "its" | "their")
            && match words[a - 2] {
                "of" => MODELS_COUNTED
                    .iter()
                    .any(|m| m.eq_ignore_ascii_case(words[a - 3])),
                "for" => matches!(words[a - 3], "demand" | "orders" | "Demand" | "Orders"),
                _ => false,
            };
        if counted && !is_people_word(&words[a..b]) {
            *label = Label::Product;
        }
    }
}

/// Variants that make an app or a device of a firm's name: "Instagram Lite", "Pixel Pro".
/// ("Max" and "Plus" also name firms' streaming services, "HBO Max", "Canal Plus".)
const BRAND_VARIANTS: &[&str] = &["Lite", "Pro", "Ultra", "Mini", "XL", "Neo"];

/// "an inquiry into Instagram Lite": a known firm or a maker and a variant's word, named as one
/// by the tagger, is the firm's product, whatever the tagger took it for; a name the lists
/// know whole keeps its label.
pub fn variants_of_brands(words: &[&str], names: &mut [Span]) {
    for (a, b, label) in names.iter_mut() {
        let (a, b) = (*a, *b);
        if b != a + 2 || *label == Label::Product || !BRAND_VARIANTS.contains(&words[a + 1]) {
            continue;
        }
        let brand = &words[a..a + 1];
        let firm = known_name(brand) == Some(Label::Org) || is_cue(Cue::ProductMaker, brand);
        if firm && known_name(&words[a..b]).is_none() {
            *label = Label::Product;
        }
    }
}

/// Whether the word is a kind of model (exactly as listed).
fn is_kind(w: &str) -> bool {
    KINDS.contains_word(w)
}

/// Builds the table now rather than on first use (see `crate::warm_up`).
pub(super) fn warm_up() {
    LazyLock::force(&KINDS);
}

/// Lowercase words that may stand between a model and its kind.
const MAX_MODIFIERS: usize = 2;
/// The longest model, in words ("Galaxy Z Fold6").
const MAX_MODEL: usize = 4;

/// Words that end the walk back to a model's start: they are never a model's modifier.
const NOT_MODIFIERS: &[&str] = &[
    "the", "a", "an", "of", "and", "or", "its", "their", "to", "in", "on", "for", "with", "by",
    "from", "new", "million", "billion", "thousand", "more", "than", "other", "all", "some",
    // ("Each Type 45 destroyer": a determiner opening the sentence is no model's word.)
    "each", "every", "this", "these", "those", "both", "our", "his", "her",
];

/// How a word can be part of a model.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    /// A code mixing letters and digits: "SU7", "iX3", "bZ4X", "TC52", "777-9".
    Code,
    /// A number: "2" of "Switch 2".
    Number,
    /// A capitalised word: "Switch", "Kuga", "Galaxy".
    Word,
}

fn part(w: &str) -> Option<Part> {
    let digits = w.bytes().filter(u8::is_ascii_digit).count();
    let letters = w.bytes().filter(u8::is_ascii_alphabetic).count();
    let plain = w.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    if !plain || w.len() > 10 || w.starts_with('-') || w.ends_with('-') {
        return None;
    }
    // "COVID-19 vaccines" are no model's; "The", "Its" open a sentence, not a model.
    let disease = DISEASES.iter().any(|d| {
        w.get(..d.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(d))
    });
    if disease || NOT_MODIFIERS.contains(&w.to_ascii_lowercase().as_str()) {
        return None;
    }
    match (letters, digits) {
        (0, 1..=4) if !w.contains('-') => Some(Part::Number),
        (0, _) => w.contains('-').then_some(Part::Code),
        (_, 0) if capitalised(w) && !w.contains('-') => Some(Part::Word),
        (1.., 1..) if w.starts_with(|c: char| c.is_ascii_alphabetic()) => Some(Part::Code),
        (_, 0) if lettered(w) => Some(Part::Code),
        _ => None,
    }
}

/// A model's name with a letter of its own after a hyphen or before it: "X-Line", "F-Pace",
/// "X-Trail" ("T-shirts", lowercase after the hyphen, is no model).
fn lettered(w: &str) -> bool {
    let Some((left, right)) = w.split_once('-') else {
        return false;
    };
    let capital = |p: &str| p.starts_with(|c: char| c.is_ascii_uppercase());
    capital(left)
        && capital(right)
        && !right.contains('-')
        && (left.len() == 1) != (right.len() == 1)
}

/// Labels as PRODUCT the model named right before a kind of product, past its lowercase
/// modifiers: a code or a name and its number ("SU7 saloons", "Switch 2 consoles"), or a word
/// named by its maker ("Toyota ... Tundra pick-ups", "its Kicks Play hybrid"). `digit`:
/// whether the sentence holds one; without, only a model right before its kind is sought.
pub fn models_before_their_kind(words: &[&str], names: &mut Vec<Span>, digit: bool) {
    for j in 1..words.len() {
        // Capitalised words, numbers, punctuation and long words need no look-up.
        let w = words[j];
        let plausible = (3..=11).contains(&w.len())
            && w.starts_with(|c: char| c.is_ascii_lowercase())
            || (3..=4).contains(&w.len()) && w.bytes().take(3).all(|b| b.is_ascii_uppercase());
        let near = digit || capitalised(words[j - 1]);
        if !plausible || !near || !is_kind(w) {
            continue;
        }
        // Past the lowercase modifiers back to the model's last word.
        let mut end = j;
        while j - end < MAX_MODIFIERS
            && end > 1
            && words[end - 1].starts_with(|c: char| c.is_ascii_lowercase())
            && words[end - 1]
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'-')
            && !NOT_MODIFIERS.contains(&words[end - 1])
        {
            end -= 1;
        }
        let mut start = end;
        while end - start < MAX_MODEL && start > 0 && part(words[start - 1]).is_some() {
            start -= 1;
        }
        // A model opens with a letter ("2024 Ford models" is no model "2024 Ford").
        while start < end && part(words[start]) == Some(Part::Number) {
            start += 1;
        }
        let parts: Vec<Part> = words[start..end].iter().filter_map(|w| part(w)).collect();
        // A code, or a name and its number ("Switch 2"): a capitalised word alone is the
        // tagger's to name ("Apple phones" are the maker's).
        let numbered = parts.contains(&Part::Code)
            || parts.windows(2).any(|p| p == [Part::Word, Part::Number]);
        // "Toyota is recalling 280,000 Tundra and Tacoma pick-ups": after its maker, named
        // earlier in the sentence, a word alone before the kind is a model, and so is the word
        // paired with it; the tagger must have found one of the two as a name.
        let alone = !numbered && parts == [Part::Word];
        let paired = alone
            && start >= 3
            && matches!(words[start - 1], "and" | "or")
            && part(words[start - 2]) == Some(Part::Word)
            && may_be_model(words, names, start - 2, end);
        let by_maker = alone
            && may_be_model(words, names, start, end)
            && (name_at(names, start).is_some() || paired && name_at(names, start - 2).is_some())
            && (0..start).any(|i| is_cue(Cue::ProductMaker, &words[i..i + 1]));
        // "Nissan will build its Kicks Play hybrid", "Great Wall said its Tank
        // ute": one or two words after a firm's "its", the firm named before, are its model,
        // right before the kind ("their Cubic Expression investment vehicle" is no model).
        let its = !numbered
            && end == j
            && start >= 2
            && matches!(words[start - 1], "its" | "their")
            && (1..=2).contains(&parts.len())
            && parts.iter().all(|p| *p == Part::Word)
            && (start..end).all(|i| may_be_model(words, names, i, end))
            && names.iter().any(|n| n.1 < start && n.2 == Label::Org);
        // ("the GATT civil aircraft committee": a kind before another noun is its modifier.)
        let headed = || {
            words
                .get(j + 1)
                .is_none_or(|w| !is_kind(w) && !GROUPS.contains(w))
        };
        if start == end
            || !(numbered || (by_maker || its) && headed())
            || is_cue(Cue::ProductVariant, &words[start..start + 1])
        {
            continue;
        }
        if by_maker && paired {
            model_over_names(names, start - 2, start - 1, start - 1);
        }
        // A kind in capitals that the tagger ran into the model ("Avenger SUVs") is no name.
        let reach = if capitalised(w) { j + 1 } else { end };
        model_over_names(names, start, end, reach);
    }
}

/// Nouns that a kind of model describes rather than heads: "the aircraft committee", "its jet
/// engine component subsidiary", "its television series".
const GROUPS: &[&str] = &[
    "committee",
    "industry",
    "division",
    "unit",
    "subsidiary",
    "business",
    "businesses",
    "market",
    "sector",
    "component",
    "components",
    "parts",
    "series",
    "maker",
    "makers",
    "network",
    "rights",
];

/// Names inside `start..reach` give way to the model `start..end`; a name reaching outside
/// it keeps its place, and then there is no model.
fn model_over_names(names: &mut Vec<Span>, start: usize, end: usize, reach: usize) {
    let overlapping: Vec<usize> = (0..names.len())
        .filter(|&k| names[k].0 < reach && names[k].1 > start)
        .collect();
    if overlapping
        .iter()
        .any(|&k| names[k].0 < start || names[k].1 > reach)
    {
        return;
    }
    for &k in overlapping.iter().rev() {
        names.remove(k);
    }
    insert_name(names, (start, end, Label::Product));
}

/// Whether the capitalised word at `i`, before a kind that follows `end`, can be a model
/// named by its maker elsewhere: not a maker or a known firm ("Ford trucks"), nor a person,
/// people, place or date the tagger found within the model ("Detroit vans", "its February car
/// sales"), nor a sentence's first word.
fn may_be_model(words: &[&str], names: &[Span], i: usize, end: usize) -> bool {
    let blocked = names.iter().any(|n| {
        n.0 <= i
            && n.1 > i
            && n.1 <= end
            && matches!(
                n.2,
                Label::Person
                    | Label::Norp
                    | Label::Gpe
                    | Label::Loc
                    | Label::Facility
                    | Label::Date
                    | Label::Time
            )
    });
    i > 0
        && !blocked
        && !is_calendar_word(words[i])
        && !is_cue(Cue::ProductMaker, &words[i..i + 1])
        && known_name(&words[i..i + 1]) != Some(Label::Org)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn products(sentence: &str, names: &[Span]) -> Vec<String> {
        let words: Vec<&str> = sentence.split(' ').collect();
        let mut names = names.to_vec();
        models_before_their_kind(&words, &mut names, true);
        names
            .iter()
            .filter(|s| s.2 == Label::Product)
            .map(|s| words[s.0..s.1].join(" "))
            .collect()
    }

    #[test]
    fn a_model_before_its_kind_is_a_product() {
        assert_eq!(
            products("sold 3.5 million Switch 2 consoles", &[]),
            ["Switch 2"]
        );
        assert_eq!(products("delivered 40,000 SU7 saloons", &[]), ["SU7"]);
        assert_eq!(products("its YU7 sport utility vehicle", &[]), ["YU7"]);
        assert_eq!(
            products("to buy 20 Boeing 777-9 jets", &[(3, 4, Label::Org)]),
            ["Boeing 777-9"]
        );
        assert_eq!(
            products("the Zebra TC52 handheld scanners", &[]),
            ["Zebra TC52"]
        );
    }

    #[test]
    fn no_model_no_product() {
        assert!(products("sold 5 million consoles", &[]).is_empty());
        assert!(products("the 2024 Ford models", &[(2, 3, Label::Org)]).is_empty());
        assert!(products("Apple phones sold well", &[(0, 1, Label::Org)]).is_empty());
        assert!(products("new COVID-19 vaccines", &[]).is_empty());
        assert_eq!(products("The P800 phones sold well", &[]), ["P800"]);
    }

    #[test]
    fn a_word_alone_after_its_maker_is_a_model() {
        assert_eq!(
            products(
                "Toyota is recalling 280,000 Tundra and Tacoma pick-ups",
                &[(0, 1, Label::Org), (4, 5, Label::Org), (6, 7, Label::Org)]
            ),
            ["Tundra", "Tacoma"]
        );
        assert!(products(
            "Ford said Detroit vans were late",
            &[(0, 1, Label::Org), (2, 3, Label::Gpe)]
        )
        .is_empty());
        assert!(products("Ford and Toyota cars", &[]).is_empty());
        assert_eq!(
            products(
                "Jeep will build 40,000 Avenger SUVs",
                &[(0, 1, Label::Org), (4, 6, Label::Person)]
            ),
            ["Avenger"]
        );
    }

    #[test]
    fn a_lettered_model_and_a_brands_variant_are_products() {
        assert!(lettered("Mach-E") && lettered("F-Pace") && !lettered("T-shirts"));
        assert!(!lettered("Rolls-Royce") && !lettered("X-Y-Z"));
        assert_eq!(
            products(
                "to recall 40,000 Sorento X-Line vehicles",
                &[(3, 5, Label::Org)]
            ),
            ["Sorento X-Line"]
        );
        let words = ["into", "TikTok", "Lite", "and", "Ford", "Pro"];
        let mut names = vec![(1, 3, Label::Event), (4, 6, Label::Person)];
        variants_of_brands(&words, &mut names);
        assert_eq!(names[0].2, Label::Product);
    }
}
