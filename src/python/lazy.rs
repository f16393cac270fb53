//! The lazy half of `copydesk.analyze`: an `Article` comes back after the cheap part of the
//! pipeline (decode, page extraction, layout, normalization) and runs the expensive part
//! (segmentation, entities, quotes) the first time its `sentences`, `entities`, `quotes` or
//! `warnings` are read, then keeps the results and drops what it held.
//!
//! Why: a user who wants a page's body or a story's headline should not pay for the tagger
//! (on web pages the analysis costs several times the extraction). Batches stay eager: they
//! run in parallel in Rust, where deferring would only move the work onto one Python thread.

use super::errors::CopydeskError;
use super::forking::detached;
use super::types::{PyEntity, PyQuote, PySpan};
use crate::{Analyzer, Findings, Prepared};
use pyo3::prelude::*;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, PoisonError};

/// What the expensive part gives, as Python sees it. `warnings` is the article's whole list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Finished {
    pub sentences: Vec<PySpan>,
    pub entities: Vec<PyEntity>,
    pub quotes: Vec<PyQuote>,
    pub warnings: Vec<String>,
}

/// The expensive part of one article's analysis: done, or pending until first asked for.
///
/// Nothing here ever waits for another thread. A thread that finds the results missing takes a
/// share of the pending state, computes them detached from Python and offers them to `done`:
/// the first offer is kept, and a second thread that started meanwhile computed identical
/// results. Waiting for the first thread instead (a blocking `OnceLock` initialiser) would hang
/// a process forked while another thread was computing: the child would wait for a thread it
/// does not have. The two locks are only taken while attached to Python, so under the GIL they
/// are never contended and a fork (which holds the GIL) never inherits one held.
#[derive(Debug)]
pub struct Deferred {
    /// Set once; an `Err` holds the message of an internal error (a panic), raised on every
    /// access as a `CopydeskError`.
    done: OnceLock<Result<Finished, String>>,
    /// What finishing needs, until the results exist. Shared (not taken) by the threads that
    /// compute, and dropped as soon as the results are kept, or when the last of those
    /// threads is done with it.
    pending: Mutex<Option<Arc<Pending>>>,
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
            pending: Mutex::new(Some(Arc::new(Pending {
                analyzer,
                prepared,
                warnings,
            }))),
        }
    }

    /// The results, computed on the first call. `text` is the article's text (the prepared
    /// story's input). The computation runs detached, so other Python threads go on.
    pub fn get(&self, py: Python<'_>, text: &str) -> PyResult<&Finished> {
        self.result(py, text)
            .as_ref()
            .map_err(|message| CopydeskError::new_err(message.clone()))
    }

    /// [`Deferred::get`] for equality and hashing, which cannot raise: an internal error
    /// compares by its message.
    pub fn result(&self, py: Python<'_>, text: &str) -> &Result<Finished, String> {
        if let Some(done) = self.done.get() {
            return done;
        }
        let pending = self.lock_pending().clone();
        if let Some(pending) = pending {
            // Counted as computing until the results are made, so that no fork happens meanwhile.
            let finished = detached(py, || finish(text, &pending));
            // Whichever thread offers first is kept; the values are the same.
            let _ = self.done.set(finished);
            drop(self.lock_pending().take());
        }
        // With no pending state left, another thread kept its results before taking it.
        self.done.get_or_init(|| Err(LOST.to_string()))
    }

    fn lock_pending(&self) -> MutexGuard<'_, Option<Arc<Pending>>> {
        self.pending.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// A bug this module's order of operations rules out: no results and nothing to make them.
const LOST: &str = "internal error: an article's analysis was lost";

/// Run the expensive part; a panic (a bug) becomes the error message.
fn finish(text: &str, pending: &Pending) -> Result<Finished, String> {
    let run = || pending.prepared.finish(text, &pending.analyzer);
    let findings = catch_unwind(AssertUnwindSafe(run)).map_err(|payload| {
        let message = crate::batch::panic_message(payload.as_ref());
        format!("internal error while analysing the article: {message}")
    })?;
    let Findings {
        sentences,
        entities,
        quotes,
        warnings: added,
    } = findings;
    let mut warnings = pending.warnings.clone();
    warnings.extend(added);
    Ok(Finished {
        sentences: sentences.into_iter().map(PySpan::from).collect(),
        entities: entities.into_iter().map(PyEntity::from).collect(),
        quotes: quotes.into_iter().map(PyQuote::from).collect(),
        warnings,
    })
}
