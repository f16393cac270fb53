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
//! 2. `find` cuts a list of names the tagger ran together at its commas; `finer` turns CoNLL
//!    types into the 18 OntoNotes labels from the name's words (LOC -> GPE, LOC or FAC; MISC ->
//!    NORP, EVENT, LAW, PRODUCT, WORK_OF_ART, LANGUAGE or DATE, never MISC; strong cues such
//!    as "... Act" or a known name override the tagger); `repair` applies the OntoNotes
//!    conventions CoNLL lacks ("Chinese Foreign Ministry" is one ORG; "Sea of Japan" one LOC;
//!    "General Electric" one ORG; "Boeing 747" one PRODUCT) and `context` the labels the
//!    neighbouring words decide ("in French" is a LANGUAGE, `the film "Ocean Road"` a work).
//! 3. `numeric`: DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL and CARDINAL by rules, only in
//!    tokens no name covers.
//! 4. `canonical`: each name mention gets the fullest name of the same entity in the story.
//!
//! `training` and the `copydesk-train-ner` binary learn a model from CoNLL-2003 files;
//! `Model::load` reads a user's own model.

mod acting;
mod acts;
mod addresses;
mod ages;
mod article_titles;
mod articles;
mod athletes;
mod attributed;
mod auctions;
mod based;
mod box_office;
mod brand_words;
mod camel_names;
mod canonical;
mod casing;
mod ceremonies;
mod chains;
mod characters;
mod charities;
mod charts;
mod context;
mod creators;
mod credits;
mod cut_short;
mod described_places;
mod divisions;
mod eateries;
mod employers;
mod find;
mod finer;
mod firms;
mod founders;
mod gates;
mod headlines;
mod holdings;
mod hosts;
mod initials;
mod joins;
mod journals;
mod kinds;
mod knowledge;
mod label;
mod landmarks;
mod landscapes;
mod lawmakers_states;
pub mod lexicon;
mod listed_works;
mod lists;
mod match_openers;
mod miscellany;
mod model;
mod models;
mod neighbours;
mod nicknames;
mod not_names;
mod numeric;
mod organisers;
mod parties;
mod patronymics;
mod place_parts;
mod places_left_out;
mod possessed;
mod posts;
mod prize_winners;
mod races;
mod recurring_works;
mod referents;
mod remits;
mod repair;
mod results;
mod reviews;
mod roles;
mod routes;
mod schools;
mod scorers;
mod screenings;
mod seats;
mod sentence_start;
mod sky;
mod songs;
mod splits;
mod sport;
mod squads;
mod stagings;
mod stars;
mod state_houses;
mod story;
mod subjects;
mod superlative_works;
pub mod tagger;
mod titles;
mod town_venues;
mod towns;
pub mod training;
mod truecase;
mod untagged;
mod untagged_laws;
mod venues;
mod vessels;
mod viewings;
mod websites;
mod works;

/// Loads the bundled model and builds the entity tables now rather than on first use (see
/// `crate::warm_up`).
pub(crate) fn warm_up() {
    Model::default_model();
    lexicon::warm_up();
    gates::warm_up();
    numeric::warm_up();
    sport::warm_up();
    models::warm_up();
    not_names::warm_up();
    tagger::plain::warm_up();
    std::sync::LazyLock::force(&sentence_start::PARTICLES);
}

#[cfg(test)]
mod tests;

pub(crate) use find::find_entities_in;
pub use find::{find_entities, Mention};
pub use knowledge::name_runs_across;
pub use label::Label;
pub use model::{Model, ModelError};
