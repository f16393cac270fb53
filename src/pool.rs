//! The rayon thread pools that batches run on: built lazily, sized by an explicit `threads`
//! value, else the process default ([`set_default_threads`], else `COPYDESK_NUM_THREADS`, else
//! the CPUs this process may use), and forgotten (never joined) after `fork()`, whose child
//! inherits the pool's bookkeeping but none of its threads.
//!
//! At most two pools live at once: the default one and the last other size asked for. Keeping a
//! pool per distinct size let `threads=2..8` pile up 38 threads, each with its own tagger memory;
//! an older pool is dropped (its threads exit once any batch still on them ends) when another
//! size is asked for.

use crate::CoreError;
use rayon::{ThreadPool, ThreadPoolBuilder};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

/// The environment variable that sets the default number of threads.
pub const THREADS_ENV: &str = "COPYDESK_NUM_THREADS";

/// Larger thread counts are refused as a mistake rather than capped: `threads=100000` would
/// otherwise try to start 100,000 OS threads.
pub const MAX_THREADS: usize = 1024;

/// Counts above this multiple of the CPUs are capped to it: more threads than that only add
/// memory (each worker keeps its own tagger scratch) and switching.
const THREADS_PER_CPU: usize = 4;

/// The two pools this process may hold.
#[derive(Debug)]
struct Pools {
    /// The process that built them: a forked child sees another id and builds its own.
    pid: u32,
    default: Option<(usize, Arc<ThreadPool>)>,
    other: Option<(usize, Arc<ThreadPool>)>,
}

static POOLS: Mutex<Option<Pools>> = Mutex::new(None);
/// The default set by [`set_default_threads`] (`copydesk.set_threads`), over the environment.
static DEFAULT_OVERRIDE: Mutex<Option<usize>> = Mutex::new(None);

/// The CPUs this process may use (affinity and cgroup quotas included), at least 1.
pub fn available_cpus() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// The most threads a pool gets: larger valid requests are capped to this.
pub fn thread_cap() -> usize {
    (THREADS_PER_CPU * available_cpus()).clamp(8, MAX_THREADS)
}

/// Check a thread count asked for by `what` (an argument or variable name) and cap it.
pub fn validate_threads(what: &'static str, n: usize) -> Result<usize, CoreError> {
    if (1..=MAX_THREADS).contains(&n) {
        Ok(n.min(thread_cap()))
    } else {
        Err(invalid_count(what, &n.to_string()))
    }
}

fn invalid_count(what: &'static str, value: &str) -> CoreError {
    CoreError::InvalidOption {
        name: what,
        reason: format!(
            "expected a whole number of threads from 1 to {MAX_THREADS} (counts above {} \
             are capped to it; this process may use {} CPUs), not {value}",
            thread_cap(),
            available_cpus()
        ),
    }
}

/// The number of threads a batch gets when the caller does not say: the value given to
/// [`set_default_threads`], else `COPYDESK_NUM_THREADS`, else the CPUs this process may use.
///
/// An unset or blank variable means "not set"; any other value that is not a count from 1 to
/// [`MAX_THREADS`] is an error naming the variable, rather than silently ignored.
pub fn default_threads() -> Result<usize, CoreError> {
    if let Some(n) = *DEFAULT_OVERRIDE
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
    {
        return Ok(n);
    }
    match env_threads()? {
        Some(n) => Ok(n.min(thread_cap())),
        None => Ok(available_cpus().min(thread_cap())),
    }
}

/// `COPYDESK_NUM_THREADS` checked (not capped): None when unset or blank.
fn env_threads() -> Result<Option<usize>, CoreError> {
    match std::env::var(THREADS_ENV) {
        Ok(value) if !value.trim().is_empty() => match value.trim().parse::<usize>() {
            Ok(n) if (1..=MAX_THREADS).contains(&n) => Ok(Some(n)),
            Ok(n) => Err(invalid_count(THREADS_ENV, &n.to_string())),
            Err(_) => Err(invalid_count(THREADS_ENV, &format!("{value:?}"))),
        },
        Ok(_) | Err(std::env::VarError::NotPresent) => Ok(None),
        Err(std::env::VarError::NotUnicode(value)) => {
            Err(invalid_count(THREADS_ENV, &format!("{value:?}")))
        }
    }
}

/// The error [`default_threads`] would give, without counting the CPUs (which reads the
/// cgroup files on every call): for callers that run on their own thread, such as
/// `copydesk.analyze`, yet must refuse a bad setting as a batch would.
pub fn check_default_threads() -> Result<(), CoreError> {
    env_threads().map(|_| ())
}

/// Set the default number of threads for later batches (None: back to the environment and the
/// CPUs). The current default pool is dropped if its size changes. Returns the new default.
pub fn set_default_threads(threads: Option<usize>) -> Result<usize, CoreError> {
    let checked = threads
        .map(|n| validate_threads("threads", n))
        .transpose()?;
    *DEFAULT_OVERRIDE
        .lock()
        .unwrap_or_else(PoisonError::into_inner) = checked;
    let size = default_threads()?;
    let mut guard = lock();
    if let Some(pools) = guard.as_mut() {
        if pools.default.as_ref().is_some_and(|(n, _)| *n != size) {
            pools.default = None;
        }
    }
    Ok(size)
}

/// The pool for `threads` threads (`None`: [`default_threads`]), built on first use and shared by
/// every later caller asking for the same size. Asking for a size that is neither the default
/// nor the last one asked for drops the pool of the last one.
///
/// Call it from one thread at a time with respect to `fork()` (the Python layer calls it while
/// holding the GIL, which `os.fork` also holds), so that a child never inherits a held lock.
pub fn get(threads: Option<usize>) -> Result<Arc<ThreadPool>, CoreError> {
    let default_size = default_threads()?;
    let size = match threads {
        Some(n) => validate_threads("threads", n)?,
        None => default_size,
    };
    let mut guard = lock();
    let pid = std::process::id();
    if guard.as_ref().is_some_and(|pools| pools.pid != pid) {
        // Forked without the at-fork hook: the parent's workers do not exist here.
        forget(guard.take());
    }
    let pools = guard.get_or_insert_with(|| Pools {
        pid,
        default: None,
        other: None,
    });
    let slot = if size == default_size {
        &mut pools.default
    } else {
        &mut pools.other
    };
    if let Some((n, pool)) = slot {
        if *n == size {
            return Ok(Arc::clone(pool));
        }
    }
    // Drop the previous pool of this slot first, so its threads can go before new ones start.
    *slot = None;
    let pool = ThreadPoolBuilder::new()
        .num_threads(size)
        .thread_name(|i| format!("copydesk-{i}"))
        .build()
        .map_err(|e| CoreError::InvalidOption {
            name: "threads",
            reason: format!("cannot start {size} threads: {e}"),
        })?;
    let pool = Arc::new(pool);
    *slot = Some((size, Arc::clone(&pool)));
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
    lock().as_ref().map_or(0, |pools| {
        usize::from(pools.default.is_some()) + usize::from(pools.other.is_some())
    })
}

fn lock() -> MutexGuard<'static, Option<Pools>> {
    // A panic while holding the lock leaves the list itself consistent.
    POOLS.lock().unwrap_or_else(PoisonError::into_inner)
}

fn forget(pools: Option<Pools>) {
    if let Some(pools) = pools {
        for (_, pool) in pools.default.into_iter().chain(pools.other) {
            std::mem::forget(pool);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_and_absurd_thread_counts_are_invalid_options() {
        for n in [0, MAX_THREADS + 1, 100_000] {
            assert!(matches!(
                get(Some(n)),
                Err(CoreError::InvalidOption {
                    name: "threads",
                    ..
                })
            ));
        }
    }

    #[test]
    fn large_counts_are_capped() {
        assert_eq!(validate_threads("threads", MAX_THREADS), Ok(thread_cap()));
        assert!(thread_cap() <= MAX_THREADS && thread_cap() >= 8);
    }

    #[test]
    fn pools_are_shared_per_size_and_sized_as_asked() {
        let a = get(Some(3)).unwrap();
        let b = get(Some(3)).unwrap();
        assert!(Arc::ptr_eq(&a, &b));
        assert_eq!(a.current_num_threads(), 3);
        assert!(default_threads().unwrap() >= 1);
    }
}
