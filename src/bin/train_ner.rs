//! `copydesk-train-ner`: trains the named-entity tagger on CoNLL-2003-style files and writes a
//! model file, printing dev-set entity F1 per type (conlleval rule, gold tokenization).
//!
//! Usage: copydesk-train-ner TRAIN... DEV -o MODEL [--epochs N] [--seed S]... [--bits B]
//!        [--prune Q] [--clip Q] [--word-dropout P] [--knowledge FILE | --no-knowledge]
//!
//! Every positional file but the last is training data; the last is scored as dev. With
//! several `--seed`s, one model is trained per seed and their averaged weights are averaged.
//! The word knowledge comes from `data/word_knowledge.tsv` (made by
//! `scripts/build_word_knowledge.py`) unless `--knowledge` names another file.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use copydesk::entities::training::{self, perceptron};

struct Args {
    train: Vec<PathBuf>,
    dev: PathBuf,
    output: PathBuf,
    epochs: usize,
    seeds: Vec<u64>,
    bits: u32,
    knowledge: Option<PathBuf>,
    prune: i16,
    clip: f64,
    word_dropout: f64,
}

const USAGE: &str = "usage: copydesk-train-ner TRAIN... DEV -o MODEL [--epochs N] [--seed S]... \
                     [--bits B] [--prune Q] [--clip Q] [--word-dropout P] \
                     [--knowledge FILE | --no-knowledge]";

/// Where the word knowledge is looked for when `--knowledge` is not given.
const DEFAULT_KNOWLEDGE: &str = "data/word_knowledge.tsv";

fn parse_args(argv: &[String]) -> Result<Args, String> {
    let mut positional = Vec::new();
    let mut output = None;
    let (mut epochs, mut bits, mut prune) = (12usize, 21u32, 2i16);
    let mut seeds = Vec::new();
    let (mut clip, mut word_dropout) = (1.0f64, 0.0f64);
    let mut knowledge = None;
    let mut use_knowledge = true;
    let mut it = argv.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or(format!("{name} needs a value"));
        match a.as_str() {
            "-o" | "--output" => output = Some(PathBuf::from(value("-o")?)),
            "--epochs" => {
                epochs = value("--epochs")?
                    .parse()
                    .map_err(|e| format!("--epochs: {e}"))?
            }
            "--seed" => seeds.push(
                value("--seed")?
                    .parse()
                    .map_err(|e| format!("--seed: {e}"))?,
            ),
            "--bits" => {
                bits = value("--bits")?
                    .parse()
                    .map_err(|e| format!("--bits: {e}"))?
            }
            "--prune" => {
                prune = value("--prune")?
                    .parse()
                    .map_err(|e| format!("--prune: {e}"))?
            }
            "--clip" => {
                clip = value("--clip")?
                    .parse()
                    .map_err(|e| format!("--clip: {e}"))?
            }
            "--word-dropout" => {
                word_dropout = value("--word-dropout")?
                    .parse()
                    .map_err(|e| format!("--word-dropout: {e}"))?
            }
            "--knowledge" => knowledge = Some(PathBuf::from(value("--knowledge")?)),
            "--no-knowledge" => use_knowledge = false,
            "-h" | "--help" => return Err(USAGE.into()),
            s if s.starts_with('-') => return Err(format!("unknown option {s}\n{USAGE}")),
            s => positional.push(PathBuf::from(s)),
        }
    }
    let dev = positional.pop().ok_or(USAGE)?;
    if positional.is_empty() {
        return Err(USAGE.into());
    }
    let output = output.ok_or(USAGE)?;
    if !(16..=24).contains(&bits) {
        return Err("--bits must be between 16 and 24".into());
    }
    if !(0.0..1.0).contains(&word_dropout) {
        return Err("--word-dropout must be in [0, 1)".into());
    }
    if seeds.is_empty() {
        seeds.push(1);
    }
    let knowledge = if use_knowledge {
        Some(knowledge.unwrap_or_else(|| {
            let here = PathBuf::from(DEFAULT_KNOWLEDGE);
            if here.is_file() {
                here
            } else {
                Path::new(env!("CARGO_MANIFEST_DIR")).join(DEFAULT_KNOWLEDGE)
            }
        }))
    } else {
        None
    };
    Ok(Args {
        train: positional,
        dev,
        output,
        epochs,
        seeds,
        bits,
        knowledge,
        prune,
        clip,
        word_dropout,
    })
}

fn file_name(p: &Path) -> String {
    p.file_name().map_or_else(
        || p.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let args = match parse_args(&argv) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("copydesk-train-ner: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &Args) -> Result<(), String> {
    let started = Instant::now();
    let read = |p: &Path| std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()));
    let mut train = Vec::new();
    let mut train_files = Vec::new();
    for path in &args.train {
        let bytes = read(path)?;
        train.extend(training::conll::parse(&String::from_utf8_lossy(&bytes)));
        train_files.push(file_record(path, &bytes));
    }
    let dev_bytes = read(&args.dev)?;
    let dev = training::conll::parse(&String::from_utf8_lossy(&dev_bytes));
    eprintln!("train: {} stories; dev: {} stories", train.len(), dev.len());

    let (knowledge, knowledge_record) = match &args.knowledge {
        Some(path) => {
            let bytes = read(path)?;
            let k = training::knowledge::parse(&String::from_utf8_lossy(&bytes))?;
            let mut record = file_record(path, &bytes);
            record["header"] = serde_json::json!(k.header);
            eprintln!("word knowledge: {} words", k.table.len());
            (k.table, record)
        }
        None => (Default::default(), serde_json::Value::Null),
    };
    let clusters = &knowledge;

    let settings = perceptron::Settings {
        bits: args.bits,
        epochs: args.epochs,
        seed: args.seeds[0],
        prune_below: args.prune,
        clip_quantile: args.clip,
        word_dropout: args.word_dropout,
    };
    let prepared: Vec<_> = train
        .iter()
        .map(|s| perceptron::prepare(s, clusters))
        .collect();
    let dev_prepared: Vec<_> = dev
        .iter()
        .map(|s| perceptron::prepare(s, clusters))
        .collect();
    let mut sum = perceptron::Averages::new(settings.bits);
    let mut seed_f1 = Vec::new();
    for &seed in &args.seeds {
        let mut trainer = perceptron::Trainer::with_dropout(settings.bits, args.word_dropout, seed);
        let mut rng = perceptron::SplitMix(seed);
        let mut order: Vec<usize> = (0..prepared.len()).collect();
        for epoch in 1..=args.epochs {
            rng.shuffle(&mut order);
            let mistakes = trainer.epoch(&prepared, &order);
            // Scoring every epoch costs a quantizing pass; the last one is what counts.
            if epoch == args.epochs || epoch % 4 == 0 || epoch >= 8 {
                let model = trainer.averaged(&settings, clusters);
                let board = training::evaluate(&model, &dev, &dev_prepared);
                eprintln!(
                    "seed {seed} epoch {epoch}: {mistakes} sentences wrong; dev F1 {:.4} ({:.1}s)",
                    board.all.f1(),
                    started.elapsed().as_secs_f64()
                );
                if epoch == args.epochs {
                    seed_f1.push(round4(board.all.f1()));
                    if args.seeds.len() > 1 {
                        print!(
                            "seed {seed} dev {}:\n{}",
                            file_name(&args.dev),
                            board.report()
                        );
                    }
                }
            } else {
                eprintln!("seed {seed} epoch {epoch}: {mistakes} sentences wrong");
            }
        }
        trainer.add_average(&mut sum);
    }
    let mut model = sum.quantize(&settings, clusters);
    drop(sum);
    let board = training::evaluate(&model, &dev, &dev_prepared);
    print!("dev {}:\n{}", file_name(&args.dev), board.report());
    eprintln!("{} weight rows kept", model.weights.len());

    let dev_f1: serde_json::Map<String, serde_json::Value> =
        copydesk::entities::tagger::tags::NameType::ALL
            .iter()
            .map(|t| (t.conll().to_string(), round4(board.by_type[t.index()].f1())))
            .chain([("ALL".to_string(), round4(board.all.f1()))])
            .collect();
    let provenance = serde_json::json!({
        "model": "copydesk averaged-perceptron NER tagger, BILOU over CoNLL PER/ORG/LOC/MISC",
        "command": command_line(args),
        "train": train_files,
        "dev": file_record(&args.dev, &dev_bytes),
        "word_knowledge": knowledge_record,
        "seeds": args.seeds,
        "epochs": args.epochs,
        "feature_bits": args.bits,
        "prune_below": args.prune,
        "clip_quantile": args.clip,
        "word_dropout": args.word_dropout,
        "weight_rows": model.weights.len(),
        "word_classes": model.clusters.len(),
        "dev_f1_per_seed": seed_f1,
        "dev_f1": dev_f1,
    });
    model.provenance = provenance.to_string();
    let bytes = copydesk::entities::tagger::file::write(&model);
    std::fs::write(&args.output, &bytes).map_err(|e| format!("{}: {e}", args.output.display()))?;
    eprintln!(
        "wrote {} ({:.1} MB) in {:.1}s total",
        args.output.display(),
        bytes.len() as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// A data file's name, sha1 and size, for the provenance header.
fn file_record(path: &Path, bytes: &[u8]) -> serde_json::Value {
    serde_json::json!({
        "file": file_name(path),
        "sha1": training::sha1::sha1_hex(bytes),
        "bytes": bytes.len(),
    })
}

/// The command that reproduces this model, with file names instead of machine-specific paths.
fn command_line(args: &Args) -> String {
    let mut parts = vec!["copydesk-train-ner".to_string()];
    parts.extend(args.train.iter().map(|p| file_name(p)));
    parts.extend([
        file_name(&args.dev),
        "-o".into(),
        file_name(&args.output),
        format!("--epochs {}", args.epochs),
    ]);
    parts.extend(args.seeds.iter().map(|s| format!("--seed {s}")));
    parts.extend([
        format!("--bits {}", args.bits),
        format!("--prune {}", args.prune),
        format!("--clip {}", args.clip),
        format!("--word-dropout {}", args.word_dropout),
    ]);
    match &args.knowledge {
        Some(p) => parts.push(format!("--knowledge {}", file_name(p))),
        None => parts.push("--no-knowledge".into()),
    }
    parts.join(" ")
}

fn round4(x: f64) -> serde_json::Value {
    serde_json::json!((x * 10000.0).round() / 10000.0)
}
