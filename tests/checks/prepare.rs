//! The two halves of the analysis (`Analyzer::prepare`, then `Prepared::finish`) give exactly
//! what `Analyzer::analyze` gives, for copy and web pages, text and bytes: `copydesk.analyze`
//! in Python returns the first half and computes the second on first access.

use copydesk::{Analyzer, Article, Format};

const PAGE: &str = "<!doctype html><html><head><title>Pier 9 reopens</title>\
    <meta property=\"og:title\" content=\"Pier 9 reopens\">\
    <link rel=\"canonical\" href=\"https://news.example/pier\"></head><body>\
    <nav><a href=\"/\">Home</a></nav><article><h1>Pier 9 reopens</h1>\
    <p>Pier 9 reopened on Monday after a month of repairs, the Orlov harbour board said.</p>\
    <p>\u{201c}The deck is sound again,\u{201d} said Ida Brandt, the board\u{2019}s engineer.</p>\
    <p>Ferries to Lisbran will use it from Wednesday, the operator said in a statement.</p>\
    </article></body></html>";

fn stories() -> Vec<Vec<u8>> {
    let mut out: Vec<Vec<u8>> = vec![
        PAGE.into(),
        b"Caf\xe9 owners met on Monday in Orlov, said Ana Roe.".to_vec(),
        "\u{feff}\"Unbalanced, said Tomas Vey of Vey Ltd.\n\nCaf\u{c3}\u{a9}".into(),
        Vec::new(),
    ];
    let examples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    for entry in std::fs::read_dir(examples).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            out.push(std::fs::read(path).unwrap());
        }
    }
    out
}

fn finished(
    analyzer: &Analyzer,
    (mut article, prepared): (Article, copydesk::Prepared),
) -> Article {
    assert!(article.sentences.is_empty() && article.entities.is_empty());
    prepared
        .finish(&article.text, analyzer)
        .complete(&mut article);
    article
}

#[test]
fn prepare_then_finish_is_analyze() {
    for format in [Format::Auto, Format::Text, Format::Html] {
        let analyzer = Analyzer {
            format,
            ..Analyzer::new()
        };
        for story in stories() {
            let eager = analyzer.analyze_bytes(&story).unwrap();
            let lazy = finished(&analyzer, analyzer.prepare_bytes(&story).unwrap());
            assert_eq!(lazy, eager);
            if let Ok(text) = std::str::from_utf8(&story) {
                let eager = analyzer.analyze(text).unwrap();
                let lazy = finished(&analyzer, analyzer.prepare(text).unwrap());
                assert_eq!(lazy, eager);
            }
        }
    }
}

#[test]
fn the_page_keeps_its_metadata_in_the_first_half() {
    let analyzer = Analyzer::new();
    let (article, _) = analyzer.prepare(PAGE).unwrap();
    assert_eq!(article.url.as_deref(), Some("https://news.example/pier"));
    assert_eq!(article.headline.as_deref(), Some("Pier 9 reopens"));
    assert!(article.body.starts_with("Pier 9 reopened on Monday"));
    assert_eq!(article.paragraphs.len(), 3);
}
