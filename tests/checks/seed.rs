//! The seed Kyodo story (read from ../shared at test time; skipped when it is absent) must
//! parse exactly: source, headline, 14 paragraphs, 15 sentences, the date from "(Sept. 4)".

use crate::common::seed;

#[test]
fn seed_parses_exactly() {
    let Some(text) = seed() else { return };
    let article = copydesk::analyze(&text).unwrap();
    assert_eq!(article.source.as_deref(), Some("Kyodo News"));
    let headline = article.headline.as_deref().unwrap();
    assert!(headline.starts_with("Japan seeks China"), "{headline}");
    assert_eq!(article.date.as_deref(), Some("Sept. 4"));
    assert_eq!(article.paragraphs.len(), 14);
    assert_eq!(
        article.sentences.len(),
        15,
        "{:#?}",
        article
            .sentences
            .iter()
            .map(|s| &s.text)
            .collect::<Vec<_>>()
    );
    assert!(!article.body.contains("Back to Main"));
    assert!(!article.body.contains("(Sept. 4)"));
    assert!(!article.body.contains('\n') || article.body.contains("\n\n"));
    for p in article.body.split("\n\n") {
        assert!(!p.contains('\n'));
    }
    let chars: Vec<char> = text.chars().collect();
    for s in article.paragraphs.iter().chain(&article.sentences) {
        assert_eq!(chars[s.start..s.end].iter().collect::<String>(), s.text);
    }
}
