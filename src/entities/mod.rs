//! Named entities: the statistical name tagger, hand-written lexicons, finer OntoNotes labels,
//! numeric and time expressions, and canonical names within a story.

pub mod lexicon;
pub mod tagger;
pub mod training;
