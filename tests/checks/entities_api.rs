//! The entity API as the pipeline sees it from outside the crate: build a `Doc`, call
//! `find_entities` with the default model, read labels and canonical names. The story is
//! invented for this test.

use copydesk::doc::{Doc, Region};
use copydesk::entities::{find_entities, Label, Mention, Model};

/// A Doc from sentences of space-separated tokens; the first sentence is the headline.
fn doc(sentences: &[&str]) -> Doc {
    Doc::from_tokenized(sentences.iter().enumerate().map(|(k, s)| {
        let region = if k == 0 {
            Region::Headline
        } else {
            Region::Body
        };
        (region, s.split(' '))
    }))
}

#[test]
fn pipeline_call_returns_labelled_canonical_mentions() {
    let d = doc(&[
        "Minister Hana Novak Visits Oslo",
        "Foreign Minister Hana Novak arrived in Oslo on Friday for two days of talks .",
        "Novak said trade with Norway grew 12 percent last year .",
    ]);
    let mentions: Vec<Mention> = find_entities(&d, Model::default_model());
    let got: Vec<(&str, &str, &str)> = mentions
        .iter()
        .map(|m| {
            (
                &d.text[m.start..m.end],
                m.label.as_str(),
                m.canonical.as_str(),
            )
        })
        .collect();
    assert!(
        got.contains(&("Hana Novak", "PERSON", "Hana Novak")),
        "{got:?}"
    );
    assert!(got.contains(&("Novak", "PERSON", "Hana Novak")), "{got:?}");
    assert!(got.contains(&("Oslo", "GPE", "Oslo")), "{got:?}");
    assert!(got.contains(&("Friday", "DATE", "Friday")), "{got:?}");
    assert!(
        got.contains(&("12 percent", "PERCENT", "12 percent")),
        "{got:?}"
    );
    assert!(got.contains(&("last year", "DATE", "last year")), "{got:?}");
    assert!(mentions.windows(2).all(|w| w[0].end <= w[1].start));
    assert_eq!(serde_json::to_value(Label::Norp).unwrap(), "NORP");
}

#[test]
fn users_can_load_their_own_model_file() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/models/ner.bin");
    let model = Model::load(path).expect("the shipped model file loads from disk");
    assert!(model.provenance().contains("\"seeds\""));
    assert!(Model::load(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml")).is_err());
}
