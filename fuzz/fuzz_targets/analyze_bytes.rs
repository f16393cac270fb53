//! Fuzz `analyze_bytes` on raw bytes: invalid UTF-8 falls back to cp1252 and never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let article = copydesk::Analyzer::new()
        .analyze_bytes(bytes)
        .expect("inputs this small are accepted");
    let chars: Vec<char> = article.text.chars().collect();
    for s in article.paragraphs.iter().chain(&article.sentences) {
        assert_eq!(chars[s.start..s.end].iter().collect::<String>(), s.text);
    }
});
