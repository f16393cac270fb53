//! Reported speech on invented sentences.
