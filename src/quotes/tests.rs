//! Quote finding on short stories written for these tests, one per pattern.

use crate::Quote;

fn quotes(text: &str) -> Vec<Quote> {
    crate::analyze(text).map(|a| a.quotes).unwrap_or_default()
}

#[test]
fn placeholder() {
    let q = quotes("Headline here\n\nMaria Lopez said: \"We will build the bridge next year.\"");
    assert_eq!(q.len(), 1);
}
