//! Helpers shared by the integration tests that read ../shared.

use std::path::Path;

/// The seed Kyodo story from ../shared, or None (with a note) when ../shared is absent.
pub fn seed() -> Option<String> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/seed/kyodo-2017-09-04.txt");
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(_) => {
            eprintln!("skipped: {} is absent", path.display());
            None
        }
    }
}
