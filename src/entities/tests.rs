//! Tests of `find_entities` on stories written for these tests, on the seed Kyodo story when
//! `../shared` is present, and on hostile input.

use super::*;
use crate::doc::{Doc, Region, Sentence, Token};

/// Builds a Doc from pre-tokenized sentences (tokens separated by single spaces); the first
/// sentence is the headline when `headline` is set. Stands in for the tokenizer in tests.
pub(crate) fn doc_from_sentences(sentences: &[&str], headline: bool) -> Doc {
    Doc::from_tokenized(sentences.iter().enumerate().map(|(k, s)| {
        let region = if headline && k == 0 {
            Region::Headline
        } else {
            Region::Body
        };
        (region, s.split(' '))
    }))
}

fn found(doc: &Doc) -> Vec<(String, &'static str, String)> {
    find_entities(doc, Model::default_model())
        .into_iter()
        .map(|m| {
            (
                doc.text[m.start..m.end].to_string(),
                m.label.as_str(),
                m.canonical,
            )
        })
        .collect()
}

fn has(found: &[(String, &'static str, String)], text: &str, label: &str) -> bool {
    found.iter().any(|(t, l, _)| t == text && *l == label)
}

const STORY: &[&str] = &[
    "RURITANIA SEEKS HELP FROM JAPAN OVER BORDER DISPUTE",
    "Japanese Foreign Minister Taro Kono said on Tuesday that Ruritania had asked Tokyo for help .",
    "Kono told reporters in Osaka that around 90 percent of the fishing fleet had left the Sea of Japan .",
    "The Ruritanian Foreign Ministry said the talks would resume next month in Geneva , Kono said .",
    "Prime Minister Anna Weiss of Ruritania met Mr. Kono for 20 minutes .",
];

#[test]
fn invented_wire_story() {
    let doc = doc_from_sentences(STORY, true);
    let f = found(&doc);
    for (text, label) in [
        ("Taro Kono", "PERSON"),
        ("Japanese", "NORP"),
        ("Tokyo", "GPE"),
        ("Osaka", "GPE"),
        ("Geneva", "GPE"),
        ("Sea of Japan", "LOC"),
        ("Tuesday", "DATE"),
        ("around 90 percent", "PERCENT"),
        ("next month", "DATE"),
        ("20 minutes", "TIME"),
    ] {
        assert!(has(&f, text, label), "{text} {label} missing in {f:?}");
    }
    for (text, _, canonical) in &f {
        if text == "Kono" {
            assert_eq!(canonical, "Taro Kono");
        }
    }
}

#[test]
fn the_last_two_items_of_a_list_are_two_names() {
    let doc = doc_from_sentences(
        &["Investors included Halden Partners , Corvid Capital and Greystone Pensions ."],
        false,
    );
    let f = found(&doc);
    assert!(has(&f, "Corvid Capital", "ORG"), "{f:?}");
    assert!(has(&f, "Greystone Pensions", "ORG"), "{f:?}");
    let doc = doc_from_sentences(
        &["Tesco , House of Fraser , Marks & Spencer and Big Food all said so ."],
        false,
    );
    let f = found(&doc);
    assert!(!f.iter().any(|(t, _, _)| t.contains(" , ")), "{f:?}");
    let doc = doc_from_sentences(&["It sells to Hale , Barton and Sons ."], false);
    let f = found(&doc);
    assert!(!f.iter().any(|(t, _, _)| t == "Sons"), "{f:?}");
}

#[test]
fn a_listed_owner_and_its_possession_are_two_names() {
    let doc = doc_from_sentences(&["The BBC 's Panorama investigated the claims ."], false);
    let f = found(&doc);
    assert!(has(&f, "BBC", "ORG"), "{f:?}");
    assert!(!f.iter().any(|(t, _, _)| t.contains("'s")), "{f:?}");
}

#[test]
fn no_name_runs_across_a_verb() {
    let doc = doc_from_sentences(
        &["The Ford Transit was Europe 's best-selling van ."],
        false,
    );
    let f = found(&doc);
    assert!(!f.iter().any(|(t, _, _)| t.contains(" was ")), "{f:?}");
}

#[test]
fn names_wordnet_knows_only_as_places_are_places() {
    let doc = doc_from_sentences(
        &["Pilgrims gathered on the banks of the Ganges to bathe ."],
        false,
    );
    let f = found(&doc);
    assert!(
        !f.iter().any(|(t, l, _)| t == "Ganges" && *l != "LOC"),
        "{f:?}"
    );
    // A firm named for a lake stays a firm where nothing says place.
    let doc = doc_from_sentences(&["Yukos said it would sue Baikal ."], false);
    let f = found(&doc);
    assert!(
        !f.iter().any(|(t, l, _)| t == "Baikal" && *l == "LOC"),
        "{f:?}"
    );
}

#[test]
fn mentions_are_sorted_disjoint_and_slice_the_text() {
    let doc = doc_from_sentences(STORY, true);
    let ms = find_entities(&doc, Model::default_model());
    assert!(!ms.is_empty());
    for w in ms.windows(2) {
        assert!(w[0].end <= w[1].start);
    }
    for m in &ms {
        assert!(doc.text.get(m.start..m.end).is_some());
    }
}

#[test]
fn hostile_input_never_panics() {
    let model = Model::default_model();
    assert!(find_entities(&Doc::default(), model).is_empty());
    let odd = doc_from_sentences(
        &["🙂 Ünïcödé ＴＯＫＹＯ 東京 मुंबई \u{200d} $ % 1,2,3 -- '' `` 's"],
        false,
    );
    let _ = find_entities(&odd, model);
    let long = vec!["Smith"; 25_000].join(" ");
    let big = doc_from_sentences(&[long.as_str()], false);
    let _ = find_entities(&big, model);

    // Offsets and ranges that point nowhere sensible.
    let mut broken = doc_from_sentences(&["Taro Kono visited Paris ."], false);
    broken.tokens.push(Token { start: 3, end: 1 });
    broken.tokens.push(Token {
        start: 1,
        end: 9999,
    });
    broken.text.push('é');
    let e = broken.text.len();
    broken.tokens.push(Token {
        start: e - 1,
        end: e,
    });
    broken.sentences.push(Sentence {
        start: 0,
        end: 0,
        tokens: 3..200,
        block: 0,
    });
    broken.sentences.push(Sentence {
        start: 0,
        end: 0,
        #[allow(clippy::reversed_empty_ranges)]
        tokens: 9..2,
        block: 99,
    });
    for m in find_entities(&broken, model) {
        assert!(broken.text.get(m.start..m.end).is_some());
    }
}

#[test]
fn seed_story_when_shared_data_is_present() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/seed/kyodo-2017-09-04.txt");
    let Ok(raw) = std::fs::read_to_string(&path) else {
        eprintln!("skipping: {} not present", path.display());
        return;
    };
    // Rough segmentation standing in for the real tokenizer: headline line, then paragraphs,
    // sentences ending at a period token.
    let mut sentences: Vec<String> = Vec::new();
    let mut paragraphs = raw.split("\n\n");
    let head = paragraphs.next().unwrap_or("");
    sentences.extend(head.lines().map(|l| training::corpus::tokens(l).join(" ")));
    for p in paragraphs {
        let mut current = Vec::new();
        for t in training::corpus::tokens(p) {
            current.push(t);
            if t == "." {
                sentences.push(current.join(" "));
                current.clear();
            }
        }
        if !current.is_empty() {
            sentences.push(current.join(" "));
        }
    }
    let refs: Vec<&str> = sentences.iter().map(String::as_str).collect();
    let doc = doc_from_sentences(&refs, false);
    let f = found(&doc);
    let mut missing = Vec::new();
    for (text, label) in [
        ("Taro Kono", "PERSON"),
        ("Liu Shaobin", "PERSON"),
        ("Xi Jinping", "PERSON"),
        ("Paul Madden", "PERSON"),
        ("U.N. Security Council", "ORG"),
        ("Chinese Foreign Ministry", "ORG"),
        ("Communist Party", "ORG"),
        ("Pyongyang", "GPE"),
        ("Beijing", "GPE"),
        ("Tokyo", "GPE"),
        ("New York", "GPE"),
        ("Britain", "GPE"),
        ("Sea of Japan", "LOC"),
        ("Pacific Ocean", "LOC"),
        ("Japanese", "NORP"),
        ("Chinese", "NORP"),
        ("Monday", "DATE"),
        ("around 90 percent", "PERCENT"),
    ] {
        if !has(&f, text, label) {
            missing.push(format!("{text} {label}"));
        }
    }
    assert!(missing.is_empty(), "missing {missing:?} in {f:?}");
    for (text, _, canonical) in &f {
        if text == "Kono" {
            assert_eq!(canonical, "Taro Kono");
        }
    }
}

mod no_panic {
    use super::*;
    use proptest::prelude::*;

    /// Token strings from a mix of news words, punctuation and arbitrary Unicode.
    fn token() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::sample::select(vec![
                "Kono",
                "KONO",
                "Sea",
                "of",
                "Japan",
                "Foreign",
                "Ministry",
                "Chinese",
                "$",
                "5",
                "million",
                "percent",
                "Monday",
                "Sept.",
                "4",
                "the",
                "a",
                "day",
                "earlier",
                "'s",
                "Mr.",
                "U.N.",
                "1996-08-22",
                ",",
                ".",
                "--",
                "90",
                "%",
                "first",
                "May",
            ])
            .prop_map(str::to_string),
            "\\PC{0,6}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn any_tokens_any_sentences(
            sentences in prop::collection::vec(prop::collection::vec(token(), 0..30), 0..6),
            cuts in prop::collection::vec((0usize..200, 0usize..200), 0..4),
        ) {
            let joined: Vec<String> = sentences.iter().map(|s| s.join(" ")).collect();
            let refs: Vec<&str> = joined.iter().map(String::as_str).collect();
            let mut doc = doc_from_sentences(&refs, true);
            for (a, b) in cuts {
                doc.sentences.push(Sentence { start: 0, end: 0, tokens: a..b, block: 0 });
            }
            let ms = find_entities(&doc, Model::default_model());
            for w in ms.windows(2) {
                prop_assert!(w[0].end <= w[1].start);
            }
            for m in &ms {
                prop_assert!(doc.text.get(m.start..m.end).is_some());
            }
        }
    }
}
