//! Tagging throughput: the statistical tagger alone (`TaggerModel::tag_story`) and the whole
//! `find_entities` pass, in tokens per second on one core. Uses CoNLL dev text from
//! `../shared` when present (read at run time only), else an invented story repeated.
//!
//! Two groups: `entities` in wall-clock time (criterion's default) and `entities-cpu` in this
//! thread's CPU time (Linux `schedstat`), which stays meaningful on a busy shared machine.

use std::hint::black_box;

use copydesk::doc::{Doc, Region};
use copydesk::entities::{find_entities, Model};
use criterion::measurement::{Measurement, ValueFormatter};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const INVENTED: &[&str] = &[
    "RURITANIA SEEKS HELP FROM JAPAN OVER BORDER DISPUTE",
    "Japanese Foreign Minister Taro Kono said on Tuesday that Ruritania had asked Tokyo for help .",
    "Kono told reporters in Osaka that around 90 percent of the fishing fleet had left the Sea of Japan .",
    "The Ruritanian Foreign Ministry said the talks would resume next month in Geneva , Kono said .",
    "Prime Minister Anna Weiss of Ruritania met Mr. Kono for 20 minutes on Monday , officials said .",
];

/// Stories as sentences of tokens.
fn stories() -> Vec<Vec<Vec<String>>> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/conll2003/eng.testa"
    );
    if let Ok(text) = std::fs::read_to_string(path) {
        let stories = copydesk::entities::training::conll::parse(&text);
        return stories
            .iter()
            .map(|s| {
                s.sentences
                    .iter()
                    .map(|r| s.words[r.clone()].to_vec())
                    .collect()
            })
            .collect();
    }
    let story: Vec<Vec<String>> = INVENTED
        .iter()
        .map(|s| s.split(' ').map(str::to_string).collect())
        .collect();
    vec![story; 400]
}

fn to_doc(story: &[Vec<String>]) -> Doc {
    Doc::from_tokenized(
        story
            .iter()
            .map(|words| (Region::Body, words.iter().map(String::as_str))),
    )
}

/// This thread's CPU time in nanoseconds, or wall time since first use where Linux'
/// `/proc/thread-self/schedstat` is missing.
fn cpu_ns() -> u64 {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or_else(|| {
            START
                .get_or_init(std::time::Instant::now)
                .elapsed()
                .as_nanos() as u64
        })
}

/// Criterion measurement in thread CPU time.
struct ThreadCpu;

impl Measurement for ThreadCpu {
    type Intermediate = u64;
    type Value = u64;
    fn start(&self) -> u64 {
        cpu_ns()
    }
    fn end(&self, start: u64) -> u64 {
        cpu_ns().saturating_sub(start)
    }
    fn add(&self, a: &u64, b: &u64) -> u64 {
        a + b
    }
    fn zero(&self) -> u64 {
        0
    }
    fn to_f64(&self, v: &u64) -> f64 {
        *v as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        &CpuFormatter
    }
}

struct CpuFormatter;

impl ValueFormatter for CpuFormatter {
    fn scale_values(&self, _typical: f64, values: &mut [f64]) -> &'static str {
        values.iter_mut().for_each(|v| *v /= 1e6);
        "ms cpu"
    }
    fn scale_throughputs(&self, _typical: f64, t: &Throughput, values: &mut [f64]) -> &'static str {
        let n = match t {
            Throughput::Elements(n) | Throughput::Bytes(n) | Throughput::BytesDecimal(n) => *n,
            Throughput::Bits(n) => *n,
            Throughput::ElementsAndBytes { elements, .. } => *elements,
        } as f64;
        values.iter_mut().for_each(|v| *v = n * 1e3 / v.max(1.0));
        "M/s cpu"
    }
    fn scale_for_machines(&self, _values: &mut [f64]) -> &'static str {
        "ns"
    }
}

fn bench_cpu(c: &mut Criterion<ThreadCpu>) {
    bench_group(c, "entities-cpu");
}

fn bench(c: &mut Criterion) {
    bench_group(c, "entities");
}

fn bench_group<M: Measurement>(c: &mut Criterion<M>, name: &str) {
    let model = Model::default_model();
    let stories = stories();
    let docs: Vec<Doc> = stories.iter().map(|s| to_doc(s)).collect();
    let tokens: usize = docs.iter().map(|d| d.tokens.len()).sum();
    let plain: Vec<_> = docs
        .iter()
        .map(|d| (d.words(), d.sentence_ranges()))
        .collect();
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Elements(tokens as u64));
    group.sample_size(10);
    group.bench_function("tagger", |b| {
        b.iter(|| {
            for (words, sentences) in &plain {
                black_box(model.tagger().tag_story(words, sentences));
            }
        })
    });
    group.bench_function("find_entities", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(find_entities(d, model));
            }
        })
    });
    group.finish();
}

criterion_group!(wall, bench);
criterion_group! {
    name = cpu;
    config = Criterion::default().with_measurement(ThreadCpu);
    targets = bench_cpu
}
criterion_main!(wall, cpu);
