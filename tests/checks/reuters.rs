//! Parse accuracy on the Reuters-21578 stories rebuilt as raw wire copy by
//! ../shared/tools/reuters_wire.py, whose tagged title and dateline are gold. Skipped when
//! ../shared is absent.

use std::path::Path;
use std::process::Command;

#[derive(serde::Deserialize)]
struct Story {
    title: String,
    dateline: String,
    wire: String,
}

fn stories() -> Option<Vec<Story>> {
    let tool = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/tools/reuters_wire.py");
    if !tool.exists() {
        eprintln!("skipped: {} is absent", tool.display());
        return None;
    }
    let out = Command::new("python3").arg(&tool).output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    Some(
        text.lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect(),
    )
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn reuters_headlines_and_datelines() {
    let Some(stories) = stories() else { return };
    assert!(stories.len() > 10_000);
    let (mut headlines, mut datelines) = (0usize, 0usize);
    let mut misses = Vec::new();
    for story in &stories {
        let article = copydesk::analyze(&story.wire).unwrap();
        if article.headline.as_deref().map(squash) == Some(squash(&story.title)) {
            headlines += 1;
        } else if misses.len() < 10 {
            misses.push(format!(
                "headline {:?} vs gold {:?}",
                article.headline, story.title
            ));
        }
        if article.dateline.as_deref().map(squash) == Some(squash(&story.dateline)) {
            datelines += 1;
        } else if misses.len() < 20 {
            misses.push(format!(
                "dateline {:?} vs gold {:?}",
                article.dateline, story.dateline
            ));
        }
    }
    let n = stories.len() as f64;
    let (h, d) = (headlines as f64 / n, datelines as f64 / n);
    eprintln!(
        "reuters: {} stories, headline {h:.4}, dateline {d:.4}",
        stories.len()
    );
    assert!(
        h >= 0.97 && d >= 0.95,
        "headline {h:.4} dateline {d:.4}\n{}",
        misses.join("\n")
    );
}
