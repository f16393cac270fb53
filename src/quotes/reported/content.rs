//! Where the reported content of a cue lies in its sentence, on the token stream: after the
//! cue (`X said (that) ...`, `X told reporters that ...`, `according to X, ...`, `X said in a
//! statement: ...`) or before it (`..., X said.`, `..., according to X.`). The content is a
//! half-open token range, without the sentence's final punctuation; quotation marks inside
//! it stay (a mixed quote's clause holds its quoted words).

use crate::quotes::cues::{is_cue_adverb, takes_audience};
use crate::quotes::Tokens;

/// Fewer words than this are no reported clause ("he said so", "she said no").
const MIN_WORDS: usize = 3;
/// The most words a cue's tail may have after its content: "on Monday in a statement".
const MAX_TAIL: usize = 5;
/// The most words of an audience before its "that" ("told the Senate panel that", "told
/// staff at its Peterborough distribution centre that").
const AUDIENCE_REACH: usize = 9;
/// How many tokens back the opening mark of a mixed quote is looked for.
const MIXED_REACH: usize = 80;
/// The most tokens a reported clause may span. Real ones are far shorter; the bound keeps a
/// run-on "sentence" of thousands of cues (scraped text with no full stops) linear in time and
/// in output, where every cue's clause would otherwise run to the sentence's end.
const MAX_CLAUSE_TOKENS: usize = 250;
/// How far past a prepositional tail the "that" of a clause is looked for ("said on Monday
/// in Washington that").
const THAT_REACH: usize = 10;

/// Words that open a cue's tail rather than its content: "said on Monday", "said in a
/// statement", "asked for", "told to".
fn opens_tail(word: &str) -> bool {
    is_common_preposition(word)
        || matches!(
            word,
            "last"
                | "earlier"
                | "later"
                | "yesterday"
                | "today"
                | "Monday"
                | "Tuesday"
                | "Wednesday"
                | "Thursday"
                | "Friday"
                | "Saturday"
                | "Sunday"
                | "so"
                | "nothing"
                | "anything"
                | "something"
                | "as"
                | "if"
                | "by"
                | "up"
                | "out"
                | "back"
                | "again"
                | "privately"
                | "publicly"
                | "repeatedly"
                | "previously"
        )
}

/// An object pronoun that may stand between a cue and its "that": "told him that".
fn is_object_pronoun(word: &str) -> bool {
    matches!(word, "him" | "her" | "them" | "me" | "us" | "you")
}

/// Token `t` is an object pronoun, not the possessive "her" that opens the clause's subject
/// ("said her colleague had not worked on the case").
fn is_object_pronoun_at(tokens: &Tokens, t: usize) -> bool {
    let word = tokens.word(t);
    if word == "her" {
        let next = tokens.word(t + 1);
        // "told her the plan ...", "told her Trump ...": an object before its clause.
        let noun = next.starts_with(|c: char| c.is_ascii_lowercase())
            && !matches!(
                next,
                "that" | "the" | "a" | "an" | "this" | "he" | "she" | "they" | "it" | "we"
            )
            && !opens_tail(next);
        return !noun;
    }
    is_object_pronoun(word)
}

fn is_lead_punct(word: &str) -> bool {
    matches!(word, "," | ":" | "—" | "–" | "--" | "-")
}

fn is_final_punct(word: &str) -> bool {
    matches!(
        word,
        "." | "!" | "?" | ";" | "," | ":" | "—" | "–" | "--" | "..."
    )
}

fn is_word(word: &str) -> bool {
    word.chars().any(char::is_alphanumeric)
}

/// Tokens `first..end` hold at least `n` words (punctuation ignored). Counting stops at `n`, so
/// a cue in a long sentence costs no more than one in a short sentence.
fn has_words(tokens: &Tokens, first: usize, end: usize, n: usize) -> bool {
    n == 0
        || (first..end)
            .filter(|&t| is_word(tokens.word(t)))
            .nth(n - 1)
            .is_some()
}

/// `end` with the sentence's final punctuation dropped.
fn trim_end(tokens: &Tokens, first: usize, mut end: usize) -> usize {
    while end > first && is_final_punct(tokens.word(end - 1)) {
        end -= 1;
    }
    end
}

/// Where a that-clause starts at or after token `t`: past an object pronoun ("told him
/// that") and past a short prepositional tail ("said on Monday that"); the token after the
/// "that". `None` when there is no "that".
pub fn that_clause(tokens: &Tokens, mut t: usize, end: usize) -> Option<usize> {
    if is_object_pronoun_at(tokens, t) {
        t += 1;
    }
    // "told police officials that", "told the Senate panel that": an audience of a few words.
    if t > 0 && takes_audience(tokens.word(t - 1)) {
        if let Some(that) = (t..end.min(t + AUDIENCE_REACH))
            .take_while(|&u| tokens.word(u).chars().all(char::is_alphanumeric))
            .find(|&u| tokens.word(u) == "that")
        {
            return Some(that + 1);
        }
    }
    if tokens.word(t) == "," {
        t += 1;
    }
    if tokens.word(t) == "that" {
        return Some(t + 1);
    }
    if !opens_tail(tokens.word(t)) {
        return None;
    }
    // Past the tail, to its "that" or to a subject pronoun that opens the clause ("said after
    // the convention he would not ...").
    (t + 1..end.min(t + THAT_REACH))
        .take_while(|&u| !matches!(tokens.word(u), "." | ";" | ":") && !tokens.is_quote_mark(u))
        .find_map(|u| match tokens.word(u) {
            "that" => Some(u + 1),
            "he" | "she" | "they" | "we" | "I" | "it"
                if !is_preposition(tokens.word(u - 1)) && !tokens.word(u - 1).ends_with("ing") =>
            {
                Some(u)
            }
            _ => None,
        })
}

/// The prepositions both a cue's tail and a clause boundary start with.
fn is_common_preposition(word: &str) -> bool {
    matches!(
        word,
        "on" | "in" | "at" | "during" | "with" | "to" | "for" | "of" | "about" | "after" | "before"
    )
}

fn is_preposition(word: &str) -> bool {
    is_common_preposition(word) || matches!(word, "by" | "from" | "than" | "as" | "and" | "or")
}

/// The content after a cue whose last token (or its speaker's) ends before token `from`:
/// `said (that) ...`, `said in a statement: ...`, `according to X, ...`. `None` when what
/// follows is a tail ("said on Monday.") or too short.
pub fn after(tokens: &Tokens, from: usize, end: usize) -> Option<(usize, usize)> {
    let start = match that_clause(tokens, from, end) {
        Some(t) => t,
        None => {
            let mut t = from;
            while t < end && is_lead_punct(tokens.word(t)) {
                t += 1;
            }
            if opens_tail(tokens.word(t)) || is_object_pronoun_at(tokens, t) {
                return None;
            }
            t
        }
    };
    let stop = trim_end(tokens, start, clause_end(tokens, start, end));
    has_words(tokens, start, stop, MIN_WORDS).then_some((start, stop))
}

/// Where a clause that starts at `start` ends: the sentence end, or a comma before a
/// participle that is itself a cue ("..., citing her record", "..., adding that") or before
/// another source ("..., according to"). Relative clauses and other participles stay in the
/// content, as PolNeAR annotates it ("..., which she was doing when ...", "..., allowing
/// people to see ..."). A semicolon or a dash, a comma before "and"/"but" and a new subject,
/// or a second speech verb of the same speaker ("and warned ...") ends the reported clause:
/// what follows is the writer's next clause or the speaker's next statement.
fn clause_end(tokens: &Tokens, start: usize, end: usize) -> usize {
    let end = end.min(start + MAX_CLAUSE_TOKENS);
    (start + 1..end)
        .find(|&t| match tokens.word(t) {
            // "said the plan would fail and warned ...", "says she respects him but argues
            // ...": a second cue of the same speaker starts its own statement.
            "and" | "but" => {
                let next = tokens.word(t + 1);
                let next = if is_cue_adverb(next) {
                    tokens.word(t + 2)
                } else {
                    next
                };
                super::lexicon::cue_class(next) == Some(super::lexicon::CueClass::Speech)
            }
            ";" | "—" | "--" => !tokens.is_quote_mark(t + 1),
            "," => {
                let next = tokens.word(t + 1);
                (next.ends_with("ing") && super::lexicon::cue_class(next).is_some())
                    || matches!(next, "according" | "but")
                    || (next == "and" && is_subject_word(tokens.word(t + 2)))
            }
            _ => false,
        })
        .unwrap_or(end)
}

/// A word that may open a new clause as its subject: a pronoun or a capitalised name.
fn is_subject_word(word: &str) -> bool {
    matches!(word, "he" | "she" | "they" | "we" | "I" | "it" | "the")
        || word.starts_with(|c: char| c.is_uppercase())
}

/// What follows a cue group from token `from` is only a short tail ("on Monday", "in a
/// statement"), so the group closes its sentence and reports what came before it. The tail
/// ends at a comma: what follows it is the writer's own clause (`..., lawmakers said Friday,
/// as they briefed reporters`).
pub fn closes_sentence(tokens: &Tokens, from: usize, end: usize) -> bool {
    let mut words = 0;
    for t in from..trim_end(tokens, from, end) {
        match tokens.word(t) {
            "," | "—" | "--" => break,
            "that" => return false,
            word if is_word(word) => {
                words += 1;
                if words > MAX_TAIL {
                    return false;
                }
            }
            _ => {}
        }
    }
    true
}

/// The content before a cue group that starts at token `at` after a comma or a dash:
/// `The tax will rise, the minister said.`, `..., according to police.`, `..., the IMF
/// said.` (an article before the name is outside its entity mention).
pub fn before(tokens: &Tokens, first: usize, at: usize) -> Option<(usize, usize)> {
    before_at_least(tokens, first, at, MIN_WORDS)
}

/// `before` with a lower bound on the content's words: an interrupted statement may open
/// with a short subject (`The museum, Mr. Bush said, celebrated ...`).
pub fn before_at_least(
    tokens: &Tokens,
    first: usize,
    at: usize,
    min_words: usize,
) -> Option<(usize, usize)> {
    let first = first.max(at.saturating_sub(MAX_CLAUSE_TOKENS));
    let mut at = at;
    if at > first + 1 && matches!(tokens.word(at - 1), "the" | "The") {
        at -= 1;
    }
    let comma = at.checked_sub(1).filter(|&c| c > first)?;
    // `Not paying taxes "makes me smart," Trump said`: a mixed quote closes before the group;
    // the content runs through its closing mark, so that it holds the quoted words.
    // A stray closer with no opener in the sentence (`...night," said Reed`) is no quote.
    let opened = || {
        (first.max(comma.saturating_sub(MIXED_REACH))..comma - 1).any(|u| tokens.is_quote_mark(u))
    };
    if tokens.is_quote_mark(comma) && comma > first + 1 && tokens.word(comma - 1) == "," && opened()
    {
        return has_words(tokens, first, comma, min_words).then_some((first, comma + 1));
    }
    if !matches!(tokens.word(comma), "," | "—" | "–" | "--") {
        return None;
    }
    let stop = trim_end(tokens, first, comma);
    has_words(tokens, first, stop, min_words).then_some((first, stop))
}
