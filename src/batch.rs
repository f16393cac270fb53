//! Batches: many stories analysed in parallel on the caller's rayon pool, results in input
//! order, one document's failure (even a panic) isolated to its own slot.

use crate::{Analyzer, Article, CoreError};
use rayon::prelude::*;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// One story of a batch.
#[derive(Debug, Clone)]
pub enum Input {
    Text(String),
    Bytes(Vec<u8>),
    /// A missing value (None, NaN): yields an empty `Article` in place.
    Missing,
}

/// Analyse `inputs` in parallel on the current rayon pool (install one to choose the thread
/// count). Results come back in input order and do not depend on the number of threads.
/// `offset` is the position of `inputs[0]` in the caller's whole batch, used to name a
/// document in a panic's error.
pub fn analyze_batch(
    analyzer: &Analyzer,
    inputs: &[Input],
    offset: usize,
) -> Vec<Result<Article, CoreError>> {
    inputs
        .par_iter()
        .enumerate()
        .with_min_len(4)
        .map(|(i, input)| analyze_one(analyzer, input, offset + i))
        .collect()
}

/// [`analyze_batch`] on the calling thread alone, for a batch given one thread: the same
/// results, without handing the work to a pool thread and back. The results' memory is then
/// freed (when Python drops them) by the thread that allocated it, which costs the allocator
/// a fraction of a free from another thread: about 150 frees per story.
pub fn analyze_here(
    analyzer: &Analyzer,
    inputs: &[Input],
    offset: usize,
) -> Vec<Result<Article, CoreError>> {
    inputs
        .iter()
        .enumerate()
        .map(|(i, input)| analyze_one(analyzer, input, offset + i))
        .collect()
}

fn analyze_one(analyzer: &Analyzer, input: &Input, index: usize) -> Result<Article, CoreError> {
    isolated(index, || match input {
        Input::Text(text) => analyzer.analyze(text),
        Input::Bytes(bytes) => analyzer.analyze_bytes(bytes),
        Input::Missing => Ok(Article::default()),
    })
}

/// Run the analysis of document `index`, turning a panic into `CoreError::Panic` that names
/// the document, so one bad story never takes the batch (or the interpreter) down.
pub(crate) fn isolated<T>(
    index: usize,
    analysis: impl FnOnce() -> Result<T, CoreError>,
) -> Result<T, CoreError> {
    catch_unwind(AssertUnwindSafe(analysis)).unwrap_or_else(|payload| {
        Err(CoreError::Panic {
            index,
            message: panic_message(payload.as_ref()),
        })
    })
}

/// What a caught panic said.
pub(crate) fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_error_naming_the_document() {
        let result = isolated::<Article>(812_344, || panic!("tagger fell over"));
        assert_eq!(
            result,
            Err(CoreError::Panic {
                index: 812_344,
                message: "tagger fell over".to_string()
            })
        );
        let formatted = isolated::<Article>(7, || panic!("{} marks", 3));
        assert!(
            matches!(formatted, Err(CoreError::Panic { index: 7, ref message }) if message == "3 marks")
        );
    }

    #[test]
    fn results_pass_through() {
        assert_eq!(
            isolated(0, || Ok(Article::default())),
            Ok(Article::default())
        );
    }
}
