//! `copydesk-train-ner`: trains the named-entity tagger on CoNLL-2003-style files and writes a
//! model file, printing dev-set entity F1 per type (conlleval rule, gold tokenization).
//!
//! Usage: copydesk-train-ner TRAIN DEV -o MODEL [--epochs N] [--seed S] [--bits B]
//!        [--prune Q] [--raw DIR]... [--no-clusters]
//!
//! Word classes are learned from the raw story folders given with `--raw`; without `--raw`,
//! the folders `reuters21578` and `bbc-news` beside TRAIN's folder are used when present.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use copydesk::entities::training::{self, perceptron};

struct Args {
    train: PathBuf,
    dev: PathBuf,
    output: PathBuf,
    epochs: usize,
    seed: u64,
    bits: u32,
    raw: Vec<PathBuf>,
    clusters: bool,
    prune: i16,
    clip: f64,
}

const USAGE: &str = "usage: copydesk-train-ner TRAIN DEV -o MODEL [--epochs N] [--seed S] \
                     [--bits B] [--prune Q] [--raw DIR]... [--no-clusters]";

fn parse_args(argv: &[String]) -> Result<Args, String> {
    let mut positional = Vec::new();
    let mut output = None;
    let (mut epochs, mut seed, mut bits, mut prune) = (12usize, 1u64, 21u32, 2i16);
    let mut clip = 1.0f64;
    let mut raw = Vec::new();
    let mut clusters = true;
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
            "--seed" => {
                seed = value("--seed")?
                    .parse()
                    .map_err(|e| format!("--seed: {e}"))?
            }
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
            "--raw" => raw.push(PathBuf::from(value("--raw")?)),
            "--no-clusters" => clusters = false,
            "-h" | "--help" => return Err(USAGE.into()),
            s if s.starts_with('-') => return Err(format!("unknown option {s}\n{USAGE}")),
            s => positional.push(PathBuf::from(s)),
        }
    }
    let [train, dev]: [PathBuf; 2] = positional.try_into().map_err(|_| USAGE.to_string())?;
    let output = output.ok_or(USAGE)?;
    if !(16..=24).contains(&bits) {
        return Err("--bits must be between 16 and 24".into());
    }
    if raw.is_empty() && clusters {
        let absolute = std::fs::canonicalize(&train).unwrap_or_else(|_| train.clone());
        let data = absolute
            .parent()
            .and_then(Path::parent)
            .unwrap_or(Path::new("."));
        raw = ["reuters21578", "bbc-news"]
            .iter()
            .map(|d| data.join(d))
            .filter(|p| p.is_dir())
            .collect();
    }
    Ok(Args {
        train,
        dev,
        output,
        epochs,
        seed,
        bits,
        raw,
        clusters,
        prune,
        clip,
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
    let train_bytes = read(&args.train)?;
    let dev_bytes = read(&args.dev)?;
    let train = training::conll::parse(&String::from_utf8_lossy(&train_bytes));
    let dev = training::conll::parse(&String::from_utf8_lossy(&dev_bytes));
    eprintln!("train: {} stories; dev: {} stories", train.len(), dev.len());

    let cluster_settings = training::clusters::Settings {
        seed: args.seed,
        ..Default::default()
    };
    let clusters = if args.clusters {
        let mut texts = Vec::new();
        for dir in &args.raw {
            texts.extend(training::corpus::read_stories(dir));
        }
        let mut streams: Vec<Vec<&str>> =
            texts.iter().map(|t| training::corpus::tokens(t)).collect();
        streams.extend(train.iter().map(|s| s.word_refs()));
        let n_tokens: usize = streams.iter().map(Vec::len).sum();
        let table = training::clusters::learn(&streams, &cluster_settings);
        eprintln!(
            "word classes: {} words from {} stories, {} tokens ({:.1}s)",
            table.len(),
            streams.len(),
            n_tokens,
            started.elapsed().as_secs_f64()
        );
        table
    } else {
        Default::default()
    };

    let settings = perceptron::Settings {
        bits: args.bits,
        epochs: args.epochs,
        seed: args.seed,
        prune_below: args.prune,
        clip_quantile: args.clip,
    };
    let prepared: Vec<_> = train
        .iter()
        .map(|s| perceptron::prepare(s, &clusters))
        .collect();
    let dev_prepared: Vec<_> = dev
        .iter()
        .map(|s| perceptron::prepare(s, &clusters))
        .collect();
    let mut trainer = perceptron::Trainer::new(settings.bits);
    let mut rng = perceptron::SplitMix(args.seed);
    let mut order: Vec<usize> = (0..prepared.len()).collect();
    let mut model = trainer.averaged(&settings, &clusters);
    let mut board = training::score::Scoreboard::default();
    for epoch in 1..=args.epochs {
        rng.shuffle(&mut order);
        let mistakes = trainer.epoch(&prepared, &order);
        model = trainer.averaged(&settings, &clusters);
        board = training::evaluate(&model, &dev, &dev_prepared);
        eprintln!(
            "epoch {epoch}: {mistakes} sentences wrong; dev F1 {:.4} ({:.1}s)",
            board.all.f1(),
            started.elapsed().as_secs_f64()
        );
    }
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
        "train": {"file": file_name(&args.train), "sha1": training::sha1::sha1_hex(&train_bytes), "bytes": train_bytes.len()},
        "dev": {"file": file_name(&args.dev), "sha1": training::sha1::sha1_hex(&dev_bytes), "bytes": dev_bytes.len()},
        "raw_text": args.raw.iter().map(|p| file_name(p)).collect::<Vec<_>>(),
        "seed": args.seed,
        "epochs": args.epochs,
        "feature_bits": args.bits,
        "prune_below": args.prune,
        "clip_quantile": args.clip,
        "weight_rows": model.weights.len(),
        "word_classes": model.clusters.len(),
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

/// The command that reproduces this model, with file names instead of machine-specific paths.
fn command_line(args: &Args) -> String {
    let mut parts = vec![
        "copydesk-train-ner".to_string(),
        file_name(&args.train),
        file_name(&args.dev),
        "-o".into(),
        file_name(&args.output),
        format!("--epochs {}", args.epochs),
        format!("--seed {}", args.seed),
        format!("--bits {}", args.bits),
        format!("--prune {}", args.prune),
        format!("--clip {}", args.clip),
    ];
    if args.clusters {
        parts.extend(args.raw.iter().map(|p| format!("--raw {}", file_name(p))));
    } else {
        parts.push("--no-clusters".into());
    }
    parts.join(" ")
}

fn round4(x: f64) -> serde_json::Value {
    serde_json::json!((x * 10000.0).round() / 10000.0)
}
