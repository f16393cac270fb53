//! Fuzz `normalize`: it must not panic and must be idempotent.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let once = copydesk::normalize(text);
    assert_eq!(copydesk::normalize(&once), once);
});
