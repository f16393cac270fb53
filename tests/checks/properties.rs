//! Properties that hold for any input: no panic, every span slices back to the input,
//! normalization is idempotent, and a story's analysis does not depend on its batch.

use copydesk::{analyze, analyze_batch, normalize, Analyzer, Article, Input, Span};
use proptest::prelude::*;

/// Characters news copy throws at us: curly quotes, accents and combining marks, emoji, CJK,
/// Devanagari, controls, entities, soft hyphens, wraps and blank lines.
fn newsy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Kono",
        " said",
        " \"",
        "\"",
        "“",
        "”",
        "‘",
        "’",
        "'s",
        ".",
        ",",
        " ",
        "\n",
        "\n\n",
        "    ",
        "\r\n",
        "-",
        "--",
        "é",
        "e\u{301}",
        "Ã©",
        "â€™",
        "😀",
        "👩‍👩‍👧",
        "東京",
        "नमस्ते",
        "&amp;",
        "&#8220;",
        "\u{ad}",
        "\u{3}",
        "\t",
        "U.S.",
        "Mr.",
        " (Sept. 4)",
        "TOKYO, Sept. 4 Kyodo - ",
        "WASHINGTON (AP) — ",
        "By Jane Doe",
        "Reuter",
        "\u{a0}",
        "ﬁ",
        "A",
        "z",
        "9",
        "$",
        "%",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

fn spans(article: &Article) -> Vec<Span> {
    let mut out: Vec<Span> = article
        .paragraphs
        .iter()
        .chain(&article.sentences)
        .cloned()
        .collect();
    for e in &article.entities {
        out.push(Span {
            start: e.start,
            end: e.end,
            text: e.text.clone(),
        });
    }
    for q in &article.quotes {
        out.push(Span {
            start: q.start,
            end: q.end,
            text: q.text.clone(),
        });
        out.push(Span {
            start: q.content_start,
            end: q.content_end,
            text: q.content.clone(),
        });
    }
    out
}

fn check_spans(article: &Article) -> Result<(), TestCaseError> {
    let chars: Vec<char> = article.text.chars().collect();
    for s in spans(article) {
        prop_assert!(s.start <= s.end && s.end <= chars.len(), "{s:?}");
        let slice: String = chars[s.start..s.end].iter().collect();
        prop_assert_eq!(slice, s.text);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn spans_slice_back_on_newsy_text(text in newsy()) {
        check_spans(&analyze(&text).unwrap())?;
    }

    #[test]
    fn spans_slice_back_on_any_text(text in any::<String>()) {
        check_spans(&analyze(&text).unwrap())?;
    }

    #[test]
    fn bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check_spans(&Analyzer::new().analyze_bytes(&bytes).unwrap())?;
    }

    #[test]
    fn normalize_is_idempotent(text in newsy()) {
        let once = normalize(&text);
        prop_assert_eq!(normalize(&once), once);
    }

    #[test]
    fn normalize_is_idempotent_on_any_text(text in any::<String>()) {
        let once = normalize(&text);
        prop_assert_eq!(normalize(&once), once);
    }

    #[test]
    fn alone_equals_in_a_batch(texts in prop::collection::vec(newsy(), 1..6)) {
        let analyzer = Analyzer::new();
        let inputs: Vec<Input> = texts.iter().cloned().map(Input::Text).collect();
        let batch = analyze_batch(&analyzer, &inputs, 0);
        for (text, result) in texts.iter().zip(batch) {
            prop_assert_eq!(result.unwrap(), analyzer.analyze(text).unwrap());
        }
    }
}
