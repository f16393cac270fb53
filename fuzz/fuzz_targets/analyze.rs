//! Fuzz `analyze` on text: it must not panic, and every span must slice back to the input.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let article = copydesk::analyze(text).expect("inputs this small are accepted");
    let chars: Vec<char> = text.chars().collect();
    let slice = |start: usize, end: usize| chars[start..end].iter().collect::<String>();
    for s in article.paragraphs.iter().chain(&article.sentences) {
        assert_eq!(slice(s.start, s.end), s.text);
    }
    for e in &article.entities {
        assert_eq!(slice(e.start, e.end), e.text);
    }
    for q in &article.quotes {
        assert_eq!(slice(q.start, q.end), q.text);
        if let (Some(a), Some(b), Some(m)) = (q.speaker_start, q.speaker_end, &q.speaker_mention) {
            assert_eq!(&slice(a, b), m);
        }
    }
});
