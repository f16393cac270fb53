//! The one error type of the core. The Python layer maps each variant to an exception.

use thiserror::Error;

/// Everything that can go wrong in the core.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum CoreError {
    /// The input is longer than `crate::MAX_INPUT_BYTES`.
    #[error("input of {size} bytes is larger than the limit of {limit} bytes")]
    InputTooLarge { size: usize, limit: usize },
    /// An option has a value outside its domain.
    #[error("invalid option {name}: {reason}")]
    InvalidOption { name: &'static str, reason: String },
    /// A model file could not be read or decoded.
    #[error("cannot load model: {0}")]
    Model(String),
    /// A bug: the analysis of one document panicked. The batch goes on without it.
    #[error("internal error while analysing document {index}: {message}")]
    Panic { index: usize, message: String },
}
