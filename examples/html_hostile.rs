//! Development aid: the hostile pages of `benches/html.py`, built in Rust, timed through
//! extraction alone and through the whole `analyze`, so `perf record` can profile one case
//! without Python in the way. Usage: `html_hostile [CASE-SUBSTRING] [SCALE]` (SCALE 1.0 is
//! full size).

use copydesk::{Analyzer, Format};
use std::time::Instant;

const PARA: &str =
    "<p>The ferry left the pier at six, and the board met again on Tuesday night to vote.</p>";

/// A small deterministic generator (xorshift), so no dependency is needed for junk bytes.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn pages(scale: f64) -> Vec<(&'static str, Vec<u8>)> {
    let n = |x: usize| ((x as f64) * scale) as usize;
    let mut rng = Rng(14);
    let big = format!(
        "<!doctype html><html><body><nav>menu</nav><article>{}</article></body></html>",
        PARA.repeat(n(20_000_000) / PARA.len())
    );
    let depth = n(100_000);
    let nested = format!(
        "<!doctype html><html><body>{}{}{}",
        "<div>".repeat(depth),
        PARA.repeat(5),
        "</div>".repeat(depth)
    );
    let unclosed = format!(
        "<!doctype html><html><body>{}{}",
        "<span><b><i>".repeat(depth),
        PARA.repeat(5)
    );
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
        PARA,
    ];
    let mut broken = String::from("<!doctype html><html><body>");
    for _ in 0..n(400_000) {
        broken.push_str(pieces[(rng.next() % pieces.len() as u64) as usize]);
    }
    let mut junk = b"<!doctype html>".to_vec();
    junk.extend((0..n(20_000_000)).map(|_| (rng.next() >> 24) as u8));
    let links: String = (0..n(20_000))
        .map(|i| format!("<li><a href=\"/s/{i}\">Story {i} about the harbour</a></li>"))
        .collect();
    let index = format!("<!doctype html><html><body><nav><ul>{links}</ul></nav></body></html>");
    vec![
        ("20 MB page", big.into_bytes()),
        ("100k nested divs", nested.into_bytes()),
        ("100k unclosed inline tags", unclosed.into_bytes()),
        ("broken markup", broken.into_bytes()),
        ("20 MB binary junk", junk),
        ("index page", index.into_bytes()),
    ]
}

fn main() {
    let filter = std::env::args().nth(1).unwrap_or_default();
    let scale: f64 = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1.0);
    let analyzer = Analyzer {
        format: Format::Html,
        ..Analyzer::default()
    };
    for (name, page) in pages(scale) {
        if !name.contains(&filter) {
            continue;
        }
        let started = Instant::now();
        let extracted = copydesk::html::extract_bytes(&page);
        let extract_secs = started.elapsed().as_secs_f64();
        let text_chars = extracted.text().len();
        let started = Instant::now();
        let article = analyzer.analyze_bytes(&page).expect("analysed");
        let total_secs = started.elapsed().as_secs_f64();
        println!(
            "{name:28} {:6.1} MB  extract {extract_secs:7.3}s  analyze {total_secs:7.3}s  \
             text {text_chars} B  entities {}  quotes {}",
            page.len() as f64 / 1e6,
            article.entities.len(),
            article.quotes.len()
        );
    }
}
