//! Reported clauses meet the quotes found between marks. A clause that holds a partial quote
//! becomes that quote's content (`Kono said Japan would exercise "maximum" pressure`: text
//! "maximum", content the clause) instead of a record of its own; a clause that is mostly a
//! direct quote, or whose cue already introduces a direct quote, adds nothing; any other
//! clause is an indirect quote.

use super::lexicon::{cue_class, CueClass};
use super::{find_reported, Reported};
use crate::quotes::attribute::Attributor;
use crate::quotes::{QuoteKind, QuoteRecord, Tokens};
use std::ops::Range;

/// Add the story's reported speech to `quotes` (sorted by start, as `find_quotes` makes
/// them) and keep them sorted.
pub fn add_reported(attributor: &Attributor, quotes: &mut Vec<QuoteRecord>) {
    let tokens = attributor.tokens;
    let reported = find_reported(attributor);
    if reported.is_empty() {
        return;
    }
    let marked = quotes.len();
    // Whether each added record's cue is a verb of belief or finding, not of saying.
    let mut belief = Vec::new();
    for r in reported {
        let Some(range) = byte_range(tokens, r.content) else {
            continue;
        };
        let Some(cue) = byte_range(tokens, r.cue) else {
            continue;
        };
        if let Some(record) = settle(tokens, &mut quotes[..marked], r, range, cue) {
            quotes.push(record);
            belief.push(!matches!(
                cue_class(tokens.word(r.cue.0)),
                Some(CueClass::Speech | CueClass::According)
            ));
        }
    }
    let nested = nested_in_content(quotes);
    let mut k = 0;
    quotes.retain(|_| {
        k += 1;
        // A belief or finding inside another statement's content is part of that statement
        // ("Officials said they hoped the move will spur ..."): PolNeAR annotates the outer
        // attribution, and a second record would count the same words twice.
        !(k > marked && nested[k - 1] && belief[k - 1 - marked])
    });
    quotes.sort_by_key(|q| q.start);
}

/// For each quote, whether its content lies inside a different, longer content of another
/// quote. One sort and one sweep: by start, longer first, so any container comes before.
fn nested_in_content(quotes: &[QuoteRecord]) -> Vec<bool> {
    let mut order: Vec<usize> = (0..quotes.len()).collect();
    order.sort_by_key(|&i| {
        (
            quotes[i].content.start,
            std::cmp::Reverse(quotes[i].content.end),
        )
    });
    let mut nested = vec![false; quotes.len()];
    // The furthest end among the contents before the current group of equal contents.
    let mut reach = 0;
    let mut group_reach = 0;
    let mut last: Option<&Range<usize>> = None;
    for &i in &order {
        let content = &quotes[i].content;
        if last != Some(content) {
            reach = reach.max(group_reach);
            group_reach = 0;
            last = Some(content);
        }
        nested[i] = reach >= content.end;
        group_reach = group_reach.max(content.end);
    }
    nested
}

fn byte_range(tokens: &Tokens, (first, end): (usize, usize)) -> Option<Range<usize>> {
    (end > first).then(|| tokens.token_start(first)..tokens.token_end(end - 1))
}

/// Lend the clause to the partial quotes it holds, or make it an indirect quote.
fn settle(
    tokens: &Tokens,
    marked: &mut [QuoteRecord],
    r: Reported,
    range: Range<usize>,
    cue: Range<usize>,
) -> Option<QuoteRecord> {
    if marked.iter().any(|q| {
        q.kind == QuoteKind::Direct && q.cue.as_ref().is_some_and(|c| c.start == cue.start)
    }) {
        return None;
    }
    // Marked quotes are sorted by start: the ones that may touch the clause are a slice.
    let from = marked.partition_point(|q| q.end <= range.start);
    let to = marked.partition_point(|q| q.start < range.end);
    let mut held = false;
    for q in marked.get_mut(from..to.max(from))? {
        let inside = q.start >= range.start && q.end <= range.end;
        if !inside || (q.kind == QuoteKind::Direct && 2 * (q.end - q.start) > range.len()) {
            return None;
        }
        // A full quoted sentence inside a longer statement keeps its own content.
        if q.kind == QuoteKind::Direct {
            continue;
        }
        if q.content.len() < range.len() {
            q.content = range.clone();
        }
        held = true;
    }
    if held {
        return None;
    }
    Some(QuoteRecord {
        start: range.start,
        end: range.end,
        content: range,
        kind: QuoteKind::Indirect,
        speaker: r.speaker.map(|s| tokens.resolve(s)),
        cue: Some(cue),
    })
}
