//! The pool's life cycle across a reset, in its own process so no other test sees the reset.

use copydesk::pool;
use std::sync::Arc;

#[test]
fn reset_after_fork_forgets_the_pools_and_the_next_get_rebuilds_them() {
    let before = pool::get(Some(2)).unwrap();
    assert_eq!(pool::pool_count(), 1);
    pool::reset_after_fork();
    assert_eq!(pool::pool_count(), 0);
    let after = pool::get(Some(2)).unwrap();
    assert!(!Arc::ptr_eq(&before, &after));
    assert_eq!(after.install(rayon::current_num_threads), 2);
    // The forgotten pool still works for whoever holds it (in a real fork child nobody does).
    assert_eq!(before.install(rayon::current_num_threads), 2);
}
