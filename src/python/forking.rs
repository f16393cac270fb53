//! No fork while copydesk computes. A thread computing detached from Python (a lazy article's
//! analysis, a batch's chunk) holds locks of its own and of the allocator while it works; a
//! process forked at that moment gives its child those locks held by a thread the child does
//! not have, and the child's first allocation can hang for ever (mimalloc registers no at-fork
//! handlers). So `import copydesk` registers [`_before_fork`] with `os.register_at_fork`: it
//! waits until no thread is computing. Computing starts only while attached to Python
//! ([`Computing::start`]), and `os.fork` holds the GIL from that wait to the fork, so none can
//! start in between. The wait is short: the rest of a lazy analysis, or one chunk of a batch.

use pyo3::prelude::*;
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

/// How many threads are computing detached from Python.
static COMPUTING: Mutex<usize> = Mutex::new(0);
static IDLE: Condvar = Condvar::new();

fn computing() -> MutexGuard<'static, usize> {
    COMPUTING.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A thread's share of the computing count, from its start (attached) to its drop.
#[must_use]
pub struct Computing(());

impl Computing {
    /// Counts the calling thread as computing; `_py` proves it is attached to Python.
    pub fn start(_py: Python<'_>) -> Self {
        *computing() += 1;
        Computing(())
    }
}

impl Drop for Computing {
    fn drop(&mut self) {
        let mut count = computing();
        *count -= 1;
        if *count == 0 {
            IDLE.notify_all();
        }
    }
}

/// Wait until no thread computes; `import copydesk` registers it to run before `fork()`.
#[pyfunction]
#[pyo3(text_signature = "()")]
pub fn _before_fork() {
    let mut count = computing();
    while *count > 0 {
        count = IDLE.wait(count).unwrap_or_else(PoisonError::into_inner);
    }
}

/// `py.detach(work)`, counted as computing while the work runs.
pub fn detached<T, F>(py: Python<'_>, work: F) -> T
where
    F: Send + FnOnce() -> T,
    T: Send,
{
    let computing = Computing::start(py);
    py.detach(move || {
        let done = work();
        drop(computing);
        done
    })
}
