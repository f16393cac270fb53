//! Scores the whole entity pipeline (`find_entities`: tagger, finer labels, repairs, numbers)
//! on a CoNLL-2003-style file with gold tokenization, mapping labels to CoNLL types the way
//! `shared/tools/eval_ner.py` does. Prints per-type and overall entity F1 and the tagging speed.
//!
//! Usage: cargo run --release --example ner_dev_score -- DEV_FILE [MODEL]
//! (set NER_DUMP_ERRORS=1 to print every missed and false name with its sentence)

use std::time::Instant;

use copydesk::doc::{Doc, Region};
use copydesk::entities::tagger::tags::{NameSpan, NameType};
use copydesk::entities::training::{conll, score::Scoreboard};
use copydesk::entities::{find_entities, Label, Model};

fn conll_type(label: Label) -> Option<NameType> {
    match label {
        Label::Person => Some(NameType::Person),
        Label::Org => Some(NameType::Organisation),
        Label::Gpe | Label::Loc | Label::Facility => Some(NameType::Location),
        Label::Norp
        | Label::Event
        | Label::Product
        | Label::WorkOfArt
        | Label::Law
        | Label::Language => Some(NameType::Misc),
        _ => None,
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: ner_dev_score DEV_FILE [MODEL]");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(path).expect("readable CoNLL file");
    let loaded;
    let model = match args.get(1) {
        Some(p) => {
            loaded = Model::load(p).expect("model loads");
            &loaded
        }
        None => Model::default_model(),
    };
    let model_bytes = std::fs::read(args.get(1).map_or("models/ner.bin", String::as_str)).ok();
    if let Some(bytes) = &model_bytes {
        let t0 = Instant::now();
        let m = Model::from_bytes(bytes).expect("model parses");
        println!(
            "model: {} bytes, parsed in {:.1} ms",
            bytes.len(),
            t0.elapsed().as_secs_f64() * 1e3
        );
        drop(m);
    }
    let stories = conll::parse(&text);
    let dump = std::env::var_os("NER_DUMP_ERRORS").is_some();
    let mut board = Scoreboard::default();
    let mut tokens = 0usize;
    let mut docs = Vec::new();
    for story in &stories {
        let doc = Doc::from_tokenized(story.sentences.iter().map(|r| {
            (
                Region::Body,
                story.words[r.clone()].iter().map(|w| w.as_str()),
            )
        }));
        let mentions = find_entities(&doc, model);
        tokens += doc.tokens.len();
        let mut predicted: Vec<Vec<NameSpan>> = vec![Vec::new(); story.sentences.len()];
        for m in mentions {
            let Some(ty) = conll_type(m.label) else {
                continue;
            };
            let first = doc.tokens.iter().position(|t| t.start == m.start);
            let last = doc.tokens.iter().position(|t| t.end == m.end);
            let (Some(a), Some(b)) = (first, last) else {
                continue;
            };
            let Some(s) = story.sentences.iter().position(|r| r.contains(&a)) else {
                continue;
            };
            let base = story.sentences[s].start;
            predicted[s].push(NameSpan {
                start: a - base,
                end: b + 1 - base,
                ty,
            });
        }
        for ((gold, pred), r) in story.names.iter().zip(&predicted).zip(&story.sentences) {
            board.add(gold, pred);
            if dump {
                let words = &story.words[r.clone()];
                let show =
                    |n: &NameSpan| format!("{}:{}", n.ty.conll(), words[n.start..n.end].join(" "));
                for g in gold.iter().filter(|g| !pred.contains(g)) {
                    println!("MISS {}\t| {}", show(g), words.join(" "));
                }
                for p in pred.iter().filter(|p| !gold.contains(p)) {
                    println!("FALSE {}\t| {}", show(p), words.join(" "));
                }
            }
        }
        docs.push(doc);
    }
    print!("{}", board.report());
    // Speed: best of five passes, in this thread's CPU time where Linux reports it (the
    // machine may be shared), else wall time.
    let best = |f: &dyn Fn()| {
        (0..5)
            .map(|_| {
                let (t0, c0) = (Instant::now(), thread_cpu_ns());
                f();
                match (c0, thread_cpu_ns()) {
                    (Some(a), Some(b)) => (b - a) as f64 / 1e9,
                    _ => t0.elapsed().as_secs_f64(),
                }
            })
            .fold(f64::MAX, f64::min)
    };
    let all = best(&|| {
        for d in &docs {
            std::hint::black_box(find_entities(d, model));
        }
    });
    let inputs: Vec<_> = docs
        .iter()
        .map(|d| (d.words(), d.sentence_ranges()))
        .collect();
    let tagger = best(&|| {
        for (w, s) in &inputs {
            std::hint::black_box(model.tagger().tag_story(w, s));
        }
    });
    println!(
        "{tokens} tokens: find_entities {:.0} tokens/s, tagger alone {:.0} tokens/s (1 thread)",
        tokens as f64 / all,
        tokens as f64 / tagger
    );
}

/// Nanoseconds this thread has run on a CPU (Linux `schedstat`).
fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}
