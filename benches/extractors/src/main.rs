//! Runs copydesk's extraction and each article-extraction crate over every `.html` page in a folder, one core, and
//! writes `{"system": {"pages_per_s": .., "bodies": {id: text}}}` as JSON for
//! `benches/extractors.py` to score with the Zyte metric. `scraper` (html5ever) is timed as a
//! parser only, to compare with `tl`.
//!
//! Usage: `cargo run --release -- DIR > out.json` (from `benches/extractors`).

use serde_json::{json, Map, Value};
use std::time::Instant;

fn pages(dir: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("a readable folder") {
        let path = entry.expect("an entry").path();
        if path.extension().is_some_and(|e| e == "html") {
            let id = path
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let bytes = std::fs::read(&path).expect("a readable page");
            out.push((id, String::from_utf8_lossy(&bytes).into_owned()));
        }
    }
    out.sort();
    out
}

fn copydesk(html: &str) -> String {
    copydesk::html::extract(html).body()
}

fn dom_smoothie(html: &str) -> String {
    dom_smoothie::Readability::new(html, None, None)
        .and_then(|mut r| r.parse())
        .map(|a| a.text_content.to_string())
        .unwrap_or_default()
}

fn rs_trafilatura(html: &str) -> String {
    rs_trafilatura::extract(html)
        .map(|r| r.content_text)
        .unwrap_or_default()
}

fn scraper_parse_only(html: &str) -> String {
    let doc = scraper::Html::parse_document(html);
    // Touch the tree so the parse is not optimised away; the text is not an extraction.
    doc.tree.nodes().count().to_string()
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .expect("usage: copydesk-extractor-bench DIR");
    let pages = pages(&dir);
    let systems: [(&str, fn(&str) -> String); 4] = [
        ("copydesk (extraction only)", copydesk),
        ("dom_smoothie", dom_smoothie),
        ("rs-trafilatura", rs_trafilatura),
        ("scraper (parse only)", scraper_parse_only),
    ];
    let mut out = Map::new();
    for (name, run) in systems {
        let started = Instant::now();
        let bodies: Map<String, Value> = pages
            .iter()
            .map(|(id, html)| {
                // A panic in one crate on one page counts as an empty extraction.
                let text = std::panic::catch_unwind(|| run(html)).unwrap_or_default();
                (id.clone(), Value::String(text))
            })
            .collect();
        let secs = started.elapsed().as_secs_f64();
        eprintln!("{name}: {:.0} pages/s", pages.len() as f64 / secs);
        out.insert(
            name.to_string(),
            json!({"pages_per_s": pages.len() as f64 / secs, "bodies": bodies}),
        );
    }
    println!("{}", Value::Object(out));
}
