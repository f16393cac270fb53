//! Named entities: the statistical name tagger, hand-written lexicons, finer OntoNotes labels,
//! numeric and time expressions, and canonical names within a story.
//!
//! The pipeline calls [`find_entities`] with a tokenized [`crate::doc::Doc`] and a [`Model`]
//! (usually [`Model::default_model`]). What happens, in order:
//!
//! 1. `tagger`: an averaged structured perceptron tags every sentence (headlines and datelines
//!    too) with BILOU tags over CoNLL PER/ORG/LOC/MISC, using hashed features of the word, its
//!    neighbours, word classes learned from raw news text, the hand-written `lexicon`, and
//!    story-level evidence (casing elsewhere in the story, neighbours of the word's other
//!    occurrences, names already found earlier in the story).
//! 2. `finer`: CoNLL types become OntoNotes labels (LOC -> GPE or LOC, MISC -> NORP, EVENT or
//!    MISC); `repair` applies the few OntoNotes conventions CoNLL lacks ("Chinese Foreign
//!    Ministry" is one ORG; lexicon regions such as "Sea of Japan" are one LOC).
//! 3. `numeric`: DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL and CARDINAL by rules, only in
//!    tokens no name covers.
//! 4. `canonical`: each name mention gets the fullest name of the same entity in the story.
//!
//! `training` and the `copydesk-train-ner` binary learn a model from CoNLL-2003 files;
//! `Model::load` reads a user's own model.

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
