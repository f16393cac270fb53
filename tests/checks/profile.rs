//! Fixed workloads for `valgrind --tool=callgrind`, whose instruction counts are repeatable on a
//! busy machine: run with `cargo test --release --test checks -- --ignored profile::STAGE`.
//! They read the BBC corpus from ../shared and do nothing when it is absent.

use std::path::Path;

fn bbc() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/bbc-news/bbc");
    let mut out = Vec::new();
    for topic in ["business", "entertainment", "politics", "sport", "tech"] {
        let Ok(entries) = std::fs::read_dir(root.join(topic)) else {
            continue;
        };
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths.into_iter().take(100) {
            if let Ok(bytes) = std::fs::read(&p) {
                out.push(String::from_utf8_lossy(&bytes).into_owned());
            }
        }
    }
    out
}

#[test]
#[ignore]
fn normalize() {
    let n: usize = bbc().iter().map(|s| copydesk::normalize(s).len()).sum();
    eprintln!("{n}");
}

#[test]
#[ignore]
fn structure() {
    let analyzer = copydesk::Analyzer::new();
    let n: usize = bbc()
        .iter()
        .map(|s| analyzer.segment(s).map_or(0, |d| d.tokens.len()))
        .sum();
    eprintln!("{n}");
}

#[test]
#[ignore]
fn analyze() {
    let analyzer = copydesk::Analyzer::new();
    let n: usize = bbc()
        .iter()
        .map(|s| analyzer.analyze(s).map_or(0, |a| a.entities.len()))
        .sum();
    eprintln!("{n}");
}

/// Writes every entity of the 500 stories and the Kyodo seed, one `label start end canonical`
/// line each, to `$COPYDESK_ENTITY_DUMP`: diff two runs to prove an optimisation changed nothing.
#[test]
#[ignore]
fn dump_entities() {
    use std::fmt::Write as _;
    let Ok(out_path) = std::env::var("COPYDESK_ENTITY_DUMP") else {
        return;
    };
    let analyzer = copydesk::Analyzer::new();
    let seed =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/seed/kyodo-2017-09-04.txt");
    let mut stories = bbc();
    stories.extend(std::fs::read_to_string(seed).ok());
    let mut out = String::new();
    for (k, s) in stories.iter().enumerate() {
        let Ok(a) = analyzer.analyze(s) else {
            writeln!(out, "story {k}: error").unwrap();
            continue;
        };
        writeln!(out, "story {k}").unwrap();
        for e in &a.entities {
            writeln!(out, "{} {} {} {}", e.label, e.start, e.end, e.canonical).unwrap();
        }
    }
    std::fs::write(out_path, out).unwrap();
}
