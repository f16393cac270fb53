//! Development aid: extract every `.html` page in a folder and print `{name: body}` as JSON
//! with the extraction time on stderr (for scoring against a benchmark's gold bodies).

fn main() {
    let dir = std::env::args().nth(1).expect("usage: html_dump DIR");
    let mut pages = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("a readable folder") {
        let path = entry.expect("an entry").path();
        if path.extension().is_some_and(|e| e == "html") {
            let id = path
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            pages.push((id, std::fs::read(&path).expect("a readable page")));
        }
    }
    let started = std::time::Instant::now();
    let bodies: serde_json::Map<String, serde_json::Value> = pages
        .iter()
        .map(|(id, bytes)| {
            (
                id.clone(),
                copydesk::html::extract_bytes(bytes).body().into(),
            )
        })
        .collect();
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "{} pages in {secs:.3} s: {:.0} pages/s",
        pages.len(),
        pages.len() as f64 / secs
    );
    println!("{}", serde_json::Value::Object(bodies));
}
