//! Batches on the project's pools: input order, missing inputs, and the same results for any
//! thread count.

use copydesk::{analyze_batch, pool, Analyzer, Article, Input};

fn inputs() -> Vec<Input> {
    let stories = [
        "PORT STRIKE ENDS\n    LISBRAN, June 2 - Dock workers went back on Monday.\n Reuter\n",
        "WASHINGTON (AP) \u{2014} The panel voted. \u{201c}It is done,\u{201d} she said.",
        "\u{6771}\u{4eac}\u{3067}\u{4f1a}\u{8b70}\u{3002} \u{0928}\u{0908} \u{1f600}",
    ];
    (0..300)
        .map(|i| match i % 5 {
            3 => Input::Missing,
            4 => Input::Bytes(stories[i % 3].as_bytes().to_vec()),
            _ => Input::Text(stories[i % 3].to_string()),
        })
        .collect()
}

fn run(threads: usize) -> Vec<Article> {
    let analyzer = Analyzer::new();
    let inputs = inputs();
    pool::get(Some(threads))
        .unwrap()
        .install(|| analyze_batch(&analyzer, &inputs, 0))
        .into_iter()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn results_are_in_input_order_and_missing_inputs_are_empty() {
    let results = run(2);
    let inputs = inputs();
    assert_eq!(results.len(), inputs.len());
    for (input, article) in inputs.iter().zip(&results) {
        match input {
            Input::Text(text) => assert_eq!(&article.text, text),
            Input::Bytes(bytes) => assert_eq!(article.text.as_bytes(), bytes.as_slice()),
            Input::Missing => assert_eq!(article, &Article::default()),
        }
    }
}

#[test]
fn results_do_not_depend_on_the_thread_count() {
    let one = run(1);
    for threads in [2, 3, 7] {
        assert_eq!(run(threads), one);
    }
}

#[test]
fn every_span_slices_back_to_the_input() {
    for article in run(2) {
        let chars: Vec<char> = article.text.chars().collect();
        let slice = |start: usize, end: usize| chars[start..end].iter().collect::<String>();
        for span in article.paragraphs.iter().chain(&article.sentences) {
            assert_eq!(slice(span.start, span.end), span.text);
        }
        for entity in &article.entities {
            assert_eq!(slice(entity.start, entity.end), entity.text);
        }
        for quote in &article.quotes {
            assert_eq!(slice(quote.start, quote.end), quote.text);
        }
    }
}
