//! Tagging throughput: the statistical tagger alone (`TaggerModel::tag_story`) and the whole
//! `find_entities` pass, in tokens per second on one core. Uses CoNLL dev text from
//! `../shared` when present (read at run time only), else an invented story repeated.

use std::hint::black_box;
use std::ops::Range;

use copydesk::doc::{Block, Doc, Region, Sentence, Token};
use copydesk::entities::{find_entities, Model};
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
    let mut doc = Doc::default();
    for words in story {
        let start = doc.text.len();
        let first = doc.tokens.len();
        for w in words {
            let a = doc.text.len();
            doc.text.push_str(w);
            doc.tokens.push(Token {
                start: a,
                end: doc.text.len(),
            });
            doc.text.push(' ');
        }
        doc.blocks.push(Block {
            region: Region::Body,
            start,
            end: doc.text.len(),
        });
        let block = doc.blocks.len() - 1;
        doc.sentences.push(Sentence {
            start,
            end: doc.text.len(),
            tokens: first..doc.tokens.len(),
            block,
        });
    }
    doc
}

fn bench(c: &mut Criterion) {
    let model = Model::default_model();
    let stories = stories();
    let docs: Vec<Doc> = stories.iter().map(|s| to_doc(s)).collect();
    let tokens: usize = docs.iter().map(|d| d.tokens.len()).sum();
    let plain: Vec<(Vec<&str>, Vec<Range<usize>>)> = docs
        .iter()
        .map(|d| {
            let words = d.tokens.iter().map(|t| &d.text[t.start..t.end]).collect();
            (
                words,
                d.sentences.iter().map(|s| s.tokens.clone()).collect(),
            )
        })
        .collect();
    let mut group = c.benchmark_group("entities");
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

criterion_group!(benches, bench);
criterion_main!(benches);
