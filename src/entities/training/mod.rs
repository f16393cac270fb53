//! Learning a tagger model: reading CoNLL data and the word-knowledge file, perceptron
//! training and entity-level scoring. Used by the `copydesk-train-ner` binary.

pub mod conll;
pub mod corpus;
pub mod knowledge;
pub mod perceptron;
pub mod score;
pub mod sha1;

use crate::entities::tagger::{document::StoryContext, TaggerModel};

/// Tags prepared dev stories with a model and scores them against gold names.
pub fn evaluate(
    model: &TaggerModel,
    stories: &[conll::Story],
    prepared: &[perceptron::Prepared],
) -> score::Scoreboard {
    let mut board = score::Scoreboard::default();
    let mut ws = crate::entities::tagger::Workspace::default();
    for (story, p) in stories.iter().zip(prepared) {
        let ctx: &StoryContext = &p.ctx;
        let predicted = model.tag_context(ctx, &mut ws);
        for (gold, pred) in story.names.iter().zip(&predicted) {
            board.add(gold, pred);
        }
    }
    board
}
