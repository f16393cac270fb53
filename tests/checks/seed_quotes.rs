//! The seed Kyodo story (read from ../shared at test time; skipped when it is absent) gives
//! exactly its five quotes between marks (direct and partial), with their speakers and kinds;
//! its reported speech (kind "indirect") is checked only for exact spans here.

use crate::common::seed;

/// The input keeps its hard wraps; compare words, not line breaks.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn seed_gives_its_five_quotes() {
    let Some(text) = seed() else { return };
    let article = copydesk::analyze(&text).unwrap();
    let marked: Vec<&copydesk::Quote> = article
        .quotes
        .iter()
        .filter(|q| q.kind != "indirect")
        .collect();
    let got: Vec<(String, Option<&str>, &str)> = marked
        .iter()
        .map(|q| (words(&q.text), q.speaker.as_deref(), q.kind.as_str()))
        .collect();
    // The seed's five quotes are exactly its five double-quoted stretches; read them from the
    // seed itself rather than copying its sentences here.
    let quoted: Vec<String> = text.split('"').skip(1).step_by(2).map(words).collect();
    assert_eq!(quoted.len(), 5);
    let kono = Some("Taro Kono");
    let speakers = [kono, kono, kono, kono, Some("Chinese Foreign Ministry")];
    let kinds = ["partial", "direct", "direct", "direct", "partial"];
    let expected: Vec<(String, Option<&str>, &str)> = quoted
        .into_iter()
        .zip(speakers)
        .zip(kinds)
        .map(|((quote, speaker), kind)| (quote, speaker, kind))
        .collect();
    assert_eq!(expected[0].0, "maximum");
    assert_eq!(got, expected, "{:#?}", article.quotes);
    for q in &article.quotes {
        let chars: String = text.chars().skip(q.start).take(q.end - q.start).collect();
        assert_eq!(chars, q.text);
        let content: String = text
            .chars()
            .skip(q.content_start)
            .take(q.content_end - q.content_start)
            .collect();
        assert_eq!(content, q.content);
        assert!(q.cue.is_some(), "{q:?}");
    }
    let ministry = marked.last().unwrap();
    assert_eq!(ministry.cue.as_deref(), Some("said in a statement"));
    assert_eq!(ministry.speaker_label.as_deref(), Some("ORG"));
}
