//! Criterion benches of the pipeline's stages over stories: normalization, the header parse,
//! sentences (tokens and sentence breaks of already normalized text), structure (parse +
//! normalize + segment together), and the whole analysis. The stories are the project's own
//! examples, plus the BBC corpus from ../shared when it is present.

use copydesk::{normalize, Analyzer};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::Path;

fn stories() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    let mut read_dir = |dir: &Path| {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if p.extension().is_some_and(|e| e == "txt") {
                if let Ok(bytes) = std::fs::read(&p) {
                    out.push(String::from_utf8_lossy(&bytes).into_owned());
                }
            }
        }
    };
    read_dir(&root.join("examples"));
    let bbc = root.join("../shared/data/bbc-news/bbc");
    for topic in ["business", "entertainment", "politics", "sport", "tech"] {
        read_dir(&bbc.join(topic));
    }
    out
}

fn stages(c: &mut Criterion) {
    let stories = stories();
    let bytes: usize = stories.iter().map(String::len).sum();
    let analyzer = Analyzer::new();
    let mut group = c.benchmark_group(format!("{} stories", stories.len()));
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("normalize", |b| {
        b.iter(|| stories.iter().map(|s| normalize(s).len()).sum::<usize>())
    });
    group.bench_function("parse", |b| {
        b.iter(|| {
            stories
                .iter()
                .map(|s| copydesk::parse::parse(s).body.len())
                .sum::<usize>()
        })
    });
    let mut docs: Vec<_> = stories
        .iter()
        .filter_map(|s| analyzer.segment(s).ok())
        .collect();
    group.bench_function("sentences", |b| {
        b.iter(|| {
            docs.iter_mut()
                .map(|d| {
                    copydesk::segment::segment(d);
                    d.sentences.len()
                })
                .sum::<usize>()
        })
    });
    group.bench_function("structure", |b| {
        b.iter(|| {
            stories
                .iter()
                .map(|s| analyzer.segment(s).map_or(0, |d| d.tokens.len()))
                .sum::<usize>()
        })
    });
    group.bench_function("analyze", |b| {
        b.iter(|| {
            stories
                .iter()
                .map(|s| analyzer.analyze(s).map_or(0, |a| a.entities.len()))
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
