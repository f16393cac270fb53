//! The lazy half of `copydesk.analyze`: an `Article` comes back after the cheap part of the
//! pipeline (decode, page extraction, layout, normalization) and runs the expensive part
//! (segmentation, entities, quotes) the first time its `sentences`, `entities`, `quotes` or
//! `warnings` are read, once for all threads, then keeps the results and drops what it held.
//!
//! Why: a user who wants a page's body or a story's headline should not pay for the tagger
//! (on web pages the analysis costs several times the extraction). Batches stay eager: they
//! run in parallel in Rust, where deferring would only move the work onto one Python thread.

use super::errors::CopydeskError;
use super::types::{PyEntity, PyQuote, PySpan};
use crate::{Analyzer, Findings, Prepared};
use pyo3::prelude::*;
use pyo3::sync::OnceLockExt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

/// What the expensive part gives, as Python sees it. `warnings` is the article's whole list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Finished {
    pub sentences: Vec<PySpan>,
    pub entities: Vec<PyEntity>,
    pub quotes: Vec<PyQuote>,
    pub warnings: Vec<String>,
}

/// The expensive part of one article's analysis: done, or pending until first asked for.
#[derive(Debug)]
pub struct Deferred {
    /// Set once; an `Err` holds the message of an internal error (a panic), raised on every
    /// access as a `CopydeskError`.
    done: OnceLock<Result<Finished, String>>,
    /// What finishing needs. Only the thread that initialises `done` takes it, so it is dropped
    /// as soon as the results exist. Boxed: a batch's articles carry only an empty pointer.
    pending: Mutex<Option<Box<Pending>>>,
}

#[derive(Debug)]
struct Pending {
    analyzer: Arc<Analyzer>,
    prepared: Prepared,
    /// The warnings of the cheap part (decoding, extraction, normalization), which come first.
    warnings: Vec<String>,
}

impl Deferred {
    /// Results that are already there (a batch, an unpickled article).
    pub fn done(finished: Finished) -> Self {
        Self {
            done: OnceLock::from(Ok(finished)),
            pending: Mutex::new(None),
        }
    }

    /// Results to compute from `prepared` with `analyzer` when first asked for.
    pub fn pending(analyzer: Arc<Analyzer>, prepared: Prepared, warnings: Vec<String>) -> Self {
        Self {
            done: OnceLock::new(),
            pending: Mutex::new(Some(Box::new(Pending {
                analyzer,
                prepared,
                warnings,
            }))),
        }
    }

    /// The results, computed on the first call. `text` is the article's text (the prepared
    /// story's input). A second thread asking meanwhile waits, detached from Python, for the
    /// first one's results; the computation itself runs detached too, so other Python threads
    /// go on.
    pub fn get(&self, py: Python<'_>, text: &str) -> PyResult<&Finished> {
        self.result(py, text)
            .as_ref()
            .map_err(|message| CopydeskError::new_err(message.clone()))
    }

    /// [`Deferred::get`] for equality and hashing, which cannot raise: an internal error
    /// compares by its message.
    pub fn result(&self, py: Python<'_>, text: &str) -> &Result<Finished, String> {
        self.done.get_or_init_py_attached(py, || {
            let pending = self
                .pending
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .take();
            match pending {
                Some(pending) => py.detach(|| finish(text, *pending)),
                None => Err("internal error: an article's analysis was lost".to_string()),
            }
        })
    }
}

/// Run the expensive part; a panic (a bug) becomes the error message.
fn finish(text: &str, pending: Pending) -> Result<Finished, String> {
    let Pending {
        analyzer,
        prepared,
        mut warnings,
    } = pending;
    let findings =
        catch_unwind(AssertUnwindSafe(|| prepared.finish(text, &analyzer))).map_err(|payload| {
            let message = crate::batch::panic_message(payload.as_ref());
            format!("internal error while analysing the article: {message}")
        })?;
    let Findings {
        sentences,
        entities,
        quotes,
        warnings: added,
    } = findings;
    warnings.extend(added);
    Ok(Finished {
        sentences: sentences.into_iter().map(PySpan::from).collect(),
        entities: entities.into_iter().map(PyEntity::from).collect(),
        quotes: quotes.into_iter().map(PyQuote::from).collect(),
        warnings,
    })
}
