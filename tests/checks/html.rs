//! Web pages in: article extraction on invented pages in real CMS shapes, metadata, offsets
//! into the extracted text, `format` auto-detection, and hostile pages at CI size (each must
//! simply finish; timings live in `benches/html.py`).

use copydesk::{Analyzer, Format};

const FERRY: &str = include_str!("../fixtures/html/harbour-ferry.html");

fn html_analyzer() -> Analyzer {
    Analyzer {
        format: Format::Html,
        ..Analyzer::default()
    }
}

#[test]
fn extracts_the_article_and_drops_the_furniture() {
    let page = copydesk::html::extract(FERRY);
    let body = page.body();
    assert!(body.starts_with("Ferry fares across the harbour will rise by 12 per cent"));
    assert!(body.contains("“We cannot keep running vessels"));
    assert!(body.contains("Opposition from commuters"));
    assert!(body.ends_with("if the budget allows."));
    for furniture in [
        "cookie",
        "Sport",
        "Share on",
        "Related stories",
        "About time",
        "All rights",
        "Advertisement",
        "Photo:",
        "not text",
        "color: red",
    ] {
        assert!(
            !body.contains(furniture),
            "{furniture:?} leaked into {body:?}"
        );
    }
    assert_eq!(page.paragraphs.len(), 6);
}

#[test]
fn reads_the_metadata() {
    let meta = copydesk::html::extract(FERRY).metadata;
    assert_eq!(
        meta.headline.as_deref(),
        Some("Ferry fares to rise as harbour board backs plan")
    );
    assert_eq!(meta.byline.as_deref(), Some("Ada Reyes"));
    assert_eq!(meta.source.as_deref(), Some("The Harbour Times"));
    assert_eq!(meta.published.as_deref(), Some("2031-03-02T08:15:00+00:00"));
    assert_eq!(
        meta.url.as_deref(),
        Some("https://harbourtimes.example/news/2031/03/ferry-fares-rise")
    );
}

#[test]
fn the_pipeline_runs_on_the_extracted_text() {
    let article = html_analyzer().analyze(FERRY).unwrap();
    assert!(article
        .text
        .starts_with("Ferry fares to rise as harbour board backs plan\n\nAda Reyes\n\n"));
    assert_eq!(
        article.url.as_deref(),
        Some("https://harbourtimes.example/news/2031/03/ferry-fares-rise")
    );
    assert!(article.body.starts_with("Ferry fares across"));
    let chars: Vec<char> = article.text.chars().collect();
    let slice = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
    for s in article.sentences.iter().chain(&article.paragraphs) {
        assert_eq!(slice(s.start, s.end), s.text);
    }
    for e in &article.entities {
        assert_eq!(slice(e.start, e.end), e.text);
    }
    assert!(article.entities.iter().any(|e| e.text == "Marta Lindqvist"));
    assert!(!article.quotes.is_empty());
    for q in &article.quotes {
        assert_eq!(slice(q.start, q.end), q.text);
    }
}

#[test]
fn auto_takes_pages_as_html_and_copy_as_text() {
    let auto = Analyzer::default();
    assert_eq!(auto.format, Format::Auto);
    assert!(auto.analyze(FERRY).unwrap().url.is_some());
    let copy = "<b>HARBOUR CITY</b> - Ferry fares will rise, the board said on Tuesday.";
    assert_eq!(auto.analyze(copy).unwrap().text, copy);
    let bytes = auto.analyze_bytes(FERRY.as_bytes()).unwrap();
    assert_eq!(bytes.url, auto.analyze(FERRY).unwrap().url);
}

#[test]
fn an_index_page_gives_an_empty_body_and_a_warning() {
    let mut page =
        String::from("<!doctype html><html><head><title>News | Site</title></head><body><nav><ul>");
    for i in 0..60 {
        page.push_str(&format!(
            "<li><a href=\"/s/{i}\">Story number {i} about the harbour and its ferries</a></li>"
        ));
    }
    page.push_str("</ul></nav><div class=\"teasers\">");
    for i in 0..30 {
        page.push_str(&format!(
            "<div><a href=\"/t/{i}\"><h3>Teaser {i}: fares, piers and the board</h3></a></div>"
        ));
    }
    page.push_str("</div></body></html>");
    let article = html_analyzer().analyze(&page).unwrap();
    assert_eq!(article.body, "");
    assert!(article.warnings.iter().any(|w| w.contains("no article")));
}

#[test]
fn decodes_declared_charsets() {
    let page = b"<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9</title></head><body><article>\
        <p>The caf\xe9 on the pier reopened on Monday after a winter of repairs to its roof and its kitchen.</p>\
        <p>Its owner said the season had started well, with queues for coffee before the first ferry left.</p>\
        <p>The harbour board, which owns the building, paid for half of the work from its maintenance fund.</p>\
        </article></body></html>";
    let article = html_analyzer().analyze_bytes(page).unwrap();
    assert!(
        article.body.starts_with("The café on the pier"),
        "{:?}",
        article.body
    );
    assert_eq!(article.headline.as_deref(), Some("Café"));
}

// Hostile pages, at CI size: each must finish without a panic.

fn paragraph(i: usize) -> String {
    format!("<p>Paragraph {i} tells of the ferry, the pier and the board, which met again on Tuesday night.</p>")
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    let depth = 100_000;
    let mut page = String::from("<!doctype html><html><body>");
    page.push_str(&"<div>".repeat(depth));
    page.push_str(&(0..5).map(paragraph).collect::<String>());
    page.push_str(&"</div>".repeat(depth));
    let article = html_analyzer().analyze(&page).unwrap();
    assert!(article.body.contains("Paragraph 4"));
    let unclosed = format!(
        "<html><body>{}{}",
        "<span><b>".repeat(depth / 2),
        paragraph(1)
    );
    html_analyzer().analyze(&unclosed).unwrap();
}

#[test]
fn a_large_page_finishes() {
    let mut page = String::from("<!doctype html><html><body><nav>menu</nav><article>");
    while page.len() < 500_000 {
        page.push_str(&paragraph(page.len()));
    }
    page.push_str("</article></body></html>");
    let article = html_analyzer().analyze(&page).unwrap();
    assert!(article.body.len() > 250_000);
}

#[test]
fn broken_markup_and_junk_finish() {
    let cases: Vec<Vec<u8>> = vec![
        b"<html><body><p>Unclosed <b>bold <i>and <div>mixed</p></b> up <table><td>cell".to_vec(),
        b"<html><body><!-- never closed <p>text".to_vec(),
        b"<html><body><script>never closed <p>text".to_vec(),
        b"<html <<<>>> </ / <p <p <p>>>> &#xFFFFFFFF; &#0; &#55296; &amp".to_vec(),
        b"<!doctype html>\xff\xfe\x00\x00\xc3\x28\xa0\xa1\xf0\x28\x8c\xbc<p>\x00\x01\x02</p>"
            .to_vec(),
        (0..50_000u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
            .collect(),
        Vec::new(),
    ];
    for case in cases {
        let mut with_doctype = b"<!DOCTYPE html>".to_vec();
        with_doctype.extend(&case);
        html_analyzer().analyze_bytes(&case).unwrap();
        Analyzer::default().analyze_bytes(&with_doctype).unwrap();
    }
}

#[test]
fn scripts_styles_and_comments_leave_no_text_and_keep_words_apart() {
    let mut page = String::from(
        "<!doctype html><html><head><style>p { color: red }</style></head><body><article>",
    );
    for i in 0..4 {
        page.push_str(&format!(
            "<p>Ferry{i}<!-- cms note -->fares rise <script>if (a<b) {{ document.write('<p>not text</p>') }}</script>again on the harbour routes this spring, the board said.</p>"
        ));
    }
    page.push_str("<script>var unclosed = '<p>never shown");
    let body = html_analyzer().analyze(&page).unwrap().body;
    // A script inside a paragraph neither splits it nor joins the words around it.
    assert!(
        body.starts_with(
            "Ferry0 fares rise again on the harbour routes this spring, the board said.\n\nFerry1"
        ),
        "{body:?}"
    );
    for leaked in ["cms note", "not text", "color", "never shown", "document"] {
        assert!(!body.contains(leaked), "{leaked:?} leaked into {body:?}");
    }
}

#[test]
fn random_broken_markup_finishes() {
    // The shape of benches/html.py's 4 MB case, at CI size: markup fragments in random order.
    let pieces = [
        "<p>",
        "</div>",
        "<b>",
        "</p",
        "<!--",
        "-->",
        "<table><td>",
        "&amp",
        "&#x",
        "<",
        ">",
        "text ",
        "<script>",
        "</script>",
        "<style>",
        "<p>The ferry left the pier at six, and the board met again on Tuesday night.</p>",
    ];
    let mut state = 14u64;
    let mut page = String::from("<!doctype html><html><body>");
    for _ in 0..20_000 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        page.push_str(pieces[(state % pieces.len() as u64) as usize]);
    }
    let article = html_analyzer().analyze(&page).unwrap();
    let chars: Vec<char> = article.text.chars().collect();
    for e in &article.entities {
        assert_eq!(chars[e.start..e.end].iter().collect::<String>(), e.text);
    }
}
