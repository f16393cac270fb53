//! The rayon thread pools that batches run on: built lazily, sized by an explicit `threads`
//! value, else `COPYDESK_NUM_THREADS`, else the CPUs this process may use, and forgotten (never
//! joined) after `fork()`, whose child inherits the pool's bookkeeping but none of its threads.

use crate::CoreError;
use rayon::{ThreadPool, ThreadPoolBuilder};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

/// The environment variable that sets the default number of threads.
pub const THREADS_ENV: &str = "COPYDESK_NUM_THREADS";

/// The pools built so far in this process, one per thread count asked for.
#[derive(Debug)]
struct Pools {
    /// The process that built them: a forked child sees another id and builds its own.
    pid: u32,
    by_size: Vec<(usize, Arc<ThreadPool>)>,
}

static POOLS: Mutex<Option<Pools>> = Mutex::new(None);

/// The number of threads a pool gets when the caller does not say: `COPYDESK_NUM_THREADS` if it
/// holds a positive integer, else the CPUs available to this process (affinity and cgroup
/// quotas included), else 1.
pub fn default_threads() -> usize {
    std::env::var(THREADS_ENV)
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1)
        })
}

/// The pool for `threads` threads (`None`: [`default_threads`]), built on first use and shared by
/// every later caller asking for the same size.
///
/// Call it from one thread at a time with respect to `fork()` (the Python layer calls it while
/// holding the GIL, which `os.fork` also holds), so that a child never inherits a held lock.
pub fn get(threads: Option<usize>) -> Result<Arc<ThreadPool>, CoreError> {
    let size = match threads {
        Some(0) => {
            return Err(CoreError::InvalidOption {
                name: "threads",
                reason: "must be at least 1".to_string(),
            })
        }
        Some(n) => n,
        None => default_threads(),
    };
    let mut guard = lock();
    let pid = std::process::id();
    if guard.as_ref().is_some_and(|pools| pools.pid != pid) {
        // Forked without the at-fork hook: the parent's workers do not exist here.
        forget(guard.take());
    }
    let pools = guard.get_or_insert_with(|| Pools {
        pid,
        by_size: Vec::new(),
    });
    if let Some((_, pool)) = pools.by_size.iter().find(|(n, _)| *n == size) {
        return Ok(Arc::clone(pool));
    }
    let pool = ThreadPoolBuilder::new()
        .num_threads(size)
        .thread_name(|i| format!("copydesk-{i}"))
        .build()
        .map_err(|e| CoreError::InvalidOption {
            name: "threads",
            reason: format!("cannot start {size} threads: {e}"),
        })?;
    let pool = Arc::new(pool);
    pools.by_size.push((size, Arc::clone(&pool)));
    Ok(pool)
}

/// Forget every pool without joining its threads. Call it in the child right after `fork()`:
/// the child has only the forking thread, so dropping (and so joining) an inherited pool would
/// wait forever. The next [`get`] builds fresh pools.
pub fn reset_after_fork() {
    let mut guard = lock();
    forget(guard.take());
}

/// How many pools this process holds now (for tests and diagnostics).
pub fn pool_count() -> usize {
    lock().as_ref().map_or(0, |pools| pools.by_size.len())
}

fn lock() -> MutexGuard<'static, Option<Pools>> {
    // A panic while holding the lock leaves the list itself consistent.
    POOLS.lock().unwrap_or_else(PoisonError::into_inner)
}

fn forget(pools: Option<Pools>) {
    if let Some(pools) = pools {
        for (_, pool) in pools.by_size {
            std::mem::forget(pool);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_threads_is_an_invalid_option() {
        assert!(matches!(
            get(Some(0)),
            Err(CoreError::InvalidOption {
                name: "threads",
                ..
            })
        ));
    }

    #[test]
    fn pools_are_shared_per_size_and_sized_as_asked() {
        let a = get(Some(3)).unwrap();
        let b = get(Some(3)).unwrap();
        assert!(Arc::ptr_eq(&a, &b));
        assert_eq!(a.current_num_threads(), 3);
        assert!(default_threads() >= 1);
    }
}
