//! What quote finding costs: the full `analyze` over a corpus against `find_quotes` alone on
//! the same stories (their docs and entities prepared beforehand). Runs over
//! ../shared/data/bbc-news when present, else over stories written for this bench.

use copydesk::doc::{Block, Doc, Region};
use copydesk::entities::{find_entities, Mention, Model};
use copydesk::quotes::find_quotes;
use criterion::{criterion_group, criterion_main, Criterion};
use std::path::Path;

const OWN_STORIES: &[&str] = &[
    "Bridge opens\n\nMayor Maria Lopez said: \"We will build the bridge next year.\"\n\n\
     \"The river is rising fast,\" Lopez told reporters on Monday. \"We have no time.\"",
    "Budget news\n\nFinance Minister Anna Berg met bankers on Monday.\n\n\"We are ready for a \
     hard winter,\" the minister said, adding that the so-called \"rainy day fund\" was full.",
];

fn corpus() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/bbc-news/bbc");
    let mut texts = Vec::new();
    for section in ["politics", "business", "entertainment", "sport", "tech"] {
        let Ok(dir) = std::fs::read_dir(root.join(section)) else {
            continue;
        };
        let mut paths: Vec<_> = dir.flatten().map(|e| e.path()).collect();
        paths.sort();
        for path in paths.into_iter().take(100) {
            if let Ok(bytes) = std::fs::read(&path) {
                texts.push(String::from_utf8_lossy(&bytes).into_owned());
            }
        }
    }
    if texts.is_empty() {
        eprintln!("../shared/data/bbc-news is absent: benching the built-in stories");
        texts = OWN_STORIES.iter().map(|s| s.to_string()).collect();
    }
    texts
}

/// A doc whose blocks are the story's blank-line separated paragraphs.
fn doc(text: &str) -> Doc {
    let text = text.replace("\r\n", "\n");
    let mut blocks = Vec::new();
    let mut start = 0;
    for part in text.split("\n\n") {
        let lead = part.len() - part.trim_start().len();
        let body = part.trim();
        if !body.is_empty() {
            let region = if blocks.is_empty() {
                Region::Headline
            } else {
                Region::Body
            };
            blocks.push(Block {
                region,
                start: start + lead,
                end: start + lead + body.len(),
            });
        }
        start += part.len() + 2;
    }
    let mut doc = Doc {
        text,
        blocks,
        ..Doc::default()
    };
    copydesk::segment::segment(&mut doc);
    doc
}

fn bench(c: &mut Criterion) {
    let texts = corpus();
    let model = Model::default_model();
    let prepared: Vec<(Doc, Vec<Mention>)> = texts
        .iter()
        .map(|t| {
            let d = doc(t);
            let m = find_entities(&d, model);
            (d, m)
        })
        .collect();
    let mut group = c.benchmark_group("quotes");
    group.sample_size(10);
    group.bench_function("analyze (whole pipeline)", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| copydesk::analyze(t).map_or(0, |a| a.quotes.len()))
                .sum::<usize>()
        })
    });
    group.bench_function("find_quotes alone", |b| {
        b.iter(|| {
            prepared
                .iter()
                .map(|(d, m)| find_quotes(d, m).quotes.len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
