//! Named entities: the statistical name tagger, hand-written lexicons, finer OntoNotes labels,
//! numeric and time expressions, and canonical names within a story.
//!
//! The pipeline calls [`find_entities`] with a tokenized [`crate::doc::Doc`] and a [`Model`]
//! (usually [`Model::default_model`]).

mod canonical;
mod find;
mod finer;
mod label;
pub mod lexicon;
mod model;
mod numeric;
mod repair;
pub mod tagger;
pub mod training;

#[cfg(test)]
mod tests;

pub use find::{find_entities, Mention};
pub use label::Label;
pub use model::{Model, ModelError};
