//! Prints the entities of a plain-text story, one per line, for eyeballing. Tokenizes with the
//! rough tokenizer of `training::corpus` (sentences end at ".", "!" or "?"), standing in for
//! the real tokenizer.
//!
//! Usage: cargo run --release --example ner_show -- STORY.txt

use copydesk::doc::{Block, Doc, Region, Sentence, Token};
use copydesk::entities::training::corpus;
use copydesk::entities::{find_entities, Model};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: ner_show STORY.txt");
        std::process::exit(2);
    };
    let raw = String::from_utf8_lossy(&std::fs::read(&path).expect("readable file")).into_owned();
    let mut doc = Doc::default();
    for (k, paragraph) in raw.split("\n\n").enumerate() {
        let mut current: Vec<&str> = Vec::new();
        let mut sentences: Vec<Vec<&str>> = Vec::new();
        for t in corpus::tokens(paragraph) {
            current.push(t);
            if matches!(t, "." | "!" | "?") {
                sentences.push(std::mem::take(&mut current));
            }
        }
        if !current.is_empty() {
            sentences.push(current);
        }
        let region = if k == 0 {
            Region::Headline
        } else {
            Region::Body
        };
        let start = doc.text.len();
        let block = doc.blocks.len();
        for words in sentences {
            let s_start = doc.text.len();
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
            doc.sentences.push(Sentence {
                start: s_start,
                end: doc.text.len(),
                tokens: first..doc.tokens.len(),
                block,
            });
        }
        doc.blocks.push(Block {
            region,
            start,
            end: doc.text.len(),
        });
        doc.text.push('\n');
    }
    for m in find_entities(&doc, Model::default_model()) {
        let text = &doc.text[m.start..m.end];
        if text == m.canonical {
            println!("{:<9} {text}", m.label.as_str());
        } else {
            println!("{:<9} {text}  -> {}", m.label.as_str(), m.canonical);
        }
    }
}
