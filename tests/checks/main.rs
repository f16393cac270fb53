//! The integration tests, as one test binary: each file under `tests/` used to be its own
//! binary, and every one of them linked the whole library again, which was much of the test
//! command's build time. Run one group with `cargo test --test checks probes`.
//! `tests/pool.rs` stays a binary of its own: it resets the process-wide pools, which no other
//! test may see.

mod batch;
mod common;
mod entities_api;
mod html;
mod prepare;
mod probes;
mod profile;
mod properties;
mod reuters;
mod seed;
mod seed_quotes;
