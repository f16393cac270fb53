//! The pool's life cycle across a reset, and its bounds, in their own process so no other test
//! sees the reset or the changed default.

use copydesk::pool;
use std::sync::Arc;

#[test]
fn pool_life_cycle_bounds_and_default() {
    // Reset after fork: the pools are forgotten and the next get rebuilds them.
    let before = pool::get(Some(2)).unwrap();
    assert_eq!(pool::pool_count(), 1);
    pool::reset_after_fork();
    assert_eq!(pool::pool_count(), 0);
    let after = pool::get(Some(2)).unwrap();
    assert!(!Arc::ptr_eq(&before, &after));
    assert_eq!(after.install(rayon::current_num_threads), 2);
    // The forgotten pool still works for whoever holds it (in a real fork child nobody does).
    assert_eq!(before.install(rayon::current_num_threads), 2);

    // Many sizes in turn: at most the default pool and the last other one live on.
    let default = pool::get(None).unwrap();
    for n in 1..=8 {
        let p = pool::get(Some(n)).unwrap();
        assert_eq!(p.current_num_threads(), n.min(pool::thread_cap()));
        assert!(
            pool::pool_count() <= 2,
            "{} pools after threads={n}",
            pool::pool_count()
        );
    }
    assert!(Arc::ptr_eq(&default, &pool::get(None).unwrap()));

    // Absurd counts are refused, large ones capped.
    assert!(pool::get(Some(0)).is_err());
    assert!(pool::get(Some(100_000)).is_err());
    let capped = pool::get(Some(pool::MAX_THREADS)).unwrap();
    assert_eq!(capped.current_num_threads(), pool::thread_cap());

    // set_default_threads changes the default and drops the old default pool.
    assert_eq!(pool::set_default_threads(Some(3)).unwrap(), 3);
    assert_eq!(pool::default_threads().unwrap(), 3);
    assert_eq!(pool::get(None).unwrap().current_num_threads(), 3);
    assert!(pool::pool_count() <= 2);
    assert!(pool::set_default_threads(Some(0)).is_err());
    pool::set_default_threads(None).unwrap();
    assert_eq!(
        pool::default_threads().unwrap(),
        pool::available_cpus().min(pool::thread_cap())
    );
}
