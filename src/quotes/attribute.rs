//! Attribution: which cue, and so which speaker, a quote belongs to. A quote's frame is the
//! text of its own sentence outside quote marks. The order of preference, tuned on the
//! PolNeAR train split (source before the quote 58%, after it 40%):
//! 1. a dash and a name right after the quote (`"..." ― Jane Doe`, lists of reactions), or
//!    a transcript's speaker right inside the opening mark (`"PENCE: Well, ...`);
//! 2. a cue whose speaker opens the text after the quote (`"...," Kono said`, `"...," said
//!    Kono`, `"...," she said.`), or a source that reports it (`..., according to the Post`);
//! 3. the nearest cue before it in the sentence (`Kono said: "..."`, `told reporters that
//!    "`, `according to X`), or the cue of the clause that reports that cue's speaker
//!    (`Kono told reporters that he explained ... "maximum"`);
//! 4. a cue further on in the sentence (`"..." on North Korea at the meeting, Kono said.`);
//! 5. a speaker before a colon (`Kono: "..."`), else the sentence's subject (`subject`);
//! 6. (in `super`) the paragraph's previous quote, the other pieces of a quote that runs over
//!    paragraphs, or the previous sentence's cue or subject.
//!
//! Frames are walked token by token with a fixed step limit (jumps over quotes included), so
//! the cost per quote is bounded and a run of thousands of quotes stays linear.

use super::cues::is_according;
use super::marks::Quoted;
use super::speaker::{LocalMention, MentionKind};
use super::Tokens;

/// How many tokens a frame walk looks at.
const FRAME_LIMIT: usize = 60;
/// How many tokens before a quote the previous-sentence fallback looks at.
const CONTEXT_LIMIT: usize = 90;
/// A cue at most this many tokens after the closing mark attaches to the quote first.
const ADJACENT: usize = 7;
/// The same after a quote that ends in `?` or `!` followed by a capital.
const ADJACENT_AFTER_SENTENCE: usize = 4;

/// A quote placed on the token stream.
#[derive(Debug, Clone)]
pub struct Placed {
    pub quoted: Quoted,
    /// The opening mark's token.
    pub open_tok: usize,
    /// The first token after the closing mark.
    pub after_tok: usize,
    /// Token bounds of the quote's paragraph.
    pub block_first: usize,
    pub block_end: usize,
    /// The quoted words end a sentence ("...resolution.").
    pub ends_sentence: bool,
}

/// A cue (token range) and the local mention of its speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attribution {
    /// The cue's tokens (first, end); none when the speaker is only the sentence's subject.
    pub cue: Option<(usize, usize)>,
    pub speaker: LocalMention,
}

#[derive(Debug)]
pub struct Attributor<'t, 'a> {
    pub tokens: &'t Tokens<'a>,
    pub quotes: &'t [Placed],
}

impl Attributor<'_, '_> {
    /// The attribution found in quote `k`'s own sentence.
    pub fn own(&self, k: usize, frame: &mut Vec<usize>) -> Option<Attribution> {
        let q = self.quotes.get(k)?;
        if let Some(a) = self.dash_speaker(q).or_else(|| self.turn_inside(q)) {
            return Some(a);
        }
        let right = self.right_cue(k);
        if let Some((distance, a)) = right {
            if distance <= self.adjacent_reach(q)
                && self.attaches_right(q)
                && self.next_to(q, a)
                && !self.introduced(q)
            {
                return Some(self.according_after(q, a));
            }
        }
        self.left_frame(k, false, FRAME_LIMIT, frame);
        let ceiling = q.open_tok;
        let floor = frame.last().copied().unwrap_or(q.open_tok);
        let nearest = frame
            .iter()
            .enumerate()
            .find_map(|(i, &t)| Some((i, self.cue_at(t, floor, ceiling)?)));
        if let Some((i, inner)) = nearest {
            // "According to Yahoo News, Clinton's spokesman said ...": the reporting source.
            let reporting = frame[i + 1..]
                .iter()
                .filter(|&&t| is_according(self.tokens.word(t)))
                .find_map(|&t| self.cue_at(t, floor, ceiling));
            if let Some(a) = reporting {
                return Some(a);
            }
            return Some(self.outer_cue(&frame[i + 1..], inner, floor, ceiling));
        }
        if let Some((_, a)) = right {
            return Some(self.according_after(q, a));
        }
        if let Some(a) = self.colon_speaker(q, floor) {
            return Some(a);
        }
        // No cue at all ("Cruz is praising Bush as "a man who ...""): the sentence's subject.
        let speaker = self.sentence_subject(floor, q.open_tok)?;
        Some(Attribution { cue: None, speaker })
    }

    /// The cue or its speaker opens the text after the quote: `"...," Kono said`, `"...,"
    /// said Kono`, `"...", the minister said`; not `"...," including provisions he said`.
    fn next_to(&self, q: &Placed, a: Attribution) -> bool {
        let mut first = q.after_tok;
        if matches!(self.tokens.word(first), "," | "—" | "–" | "--") {
            first += 1;
        }
        let opens = a
            .cue
            .map_or(a.speaker.first, |(c, _)| c.min(a.speaker.first));
        opens <= first && !self.conjoined(q.after_tok, a)
    }

    /// A clause boundary between the quote and its right cue: `"...", but he also warned`.
    fn conjoined(&self, from: usize, a: Attribution) -> bool {
        let to = a
            .cue
            .map_or(a.speaker.first, |(first, _)| first.min(a.speaker.first));
        (from..to).any(|t| {
            [
                "but", "and", "while", "although", "because", "which", "as", "if", "though",
            ]
            .iter()
            .any(|w| self.tokens.word(t).eq_ignore_ascii_case(w))
        })
    }

    /// `Kono told reporters that he explained ... "maximum"`: when the nearest cue's speaker
    /// opens the clause reported by an earlier cue, the earlier cue's speaker is the source.
    fn outer_cue(
        &self,
        further: &[usize],
        inner: Attribution,
        floor: usize,
        ceiling: usize,
    ) -> Attribution {
        let outer = further.iter().find_map(|&t| self.cue_at(t, floor, ceiling));
        match outer {
            Some(o) => {
                let Some((_, end)) = o.cue else {
                    return inner;
                };
                let first = inner.speaker.first;
                let reported = first == end
                    || (first > end
                        && first - end <= 12
                        && self.tokens.word(first - 1).eq_ignore_ascii_case("that"));
                if reported && o.speaker.last < end {
                    o
                } else {
                    inner
                }
            }
            None => inner,
        }
    }

    /// `"...," the judge said, according to the Post`: the source that reports the speaker's
    /// words is the quote's source.
    fn according_after(&self, q: &Placed, a: Attribution) -> Attribution {
        let Some((_, from)) = a.cue else {
            return a;
        };
        let from = from.max(a.speaker.last + 1);
        let tokens = self.tokens;
        let mut t = from;
        while t < q.block_end && t < from + 12 && !tokens.ends_sentence(t) {
            if is_according(tokens.word(t)) {
                if let Some(outer) = self.cue_at(t, from, q.block_end) {
                    return outer;
                }
            }
            t += 1;
        }
        a
    }

    /// `"..." ― Jane Doe`: a dash and a name after the quote, as in lists of reactions.
    fn dash_speaker(&self, q: &Placed) -> Option<Attribution> {
        let dash = q.after_tok;
        if dash >= q.block_end || !matches!(self.tokens.word(dash), "―" | "—" | "–" | "--") {
            return None;
        }
        if !self
            .tokens
            .word(dash + 1)
            .starts_with(|c: char| c.is_uppercase())
        {
            return None;
        }
        let speaker = self.tokens.subject_after(dash + 1, q.block_end)?;
        matches!(speaker.kind, MentionKind::Name(_)).then_some(Attribution {
            cue: Some((dash, dash + 1)),
            speaker,
        })
    }

    /// `"PENCE: Well, look, ...`: a transcript quoted whole, one paragraph per turn; the
    /// speaker is the capitalised name before the colon right inside the opening mark.
    fn turn_inside(&self, q: &Placed) -> Option<Attribution> {
        let tokens = self.tokens;
        let first = q.open_tok + 1;
        let colon = (first..q.after_tok.min(first + 4)).find(|&t| tokens.word(t) == ":")?;
        let caps = |t: usize| {
            let w = tokens.word(t);
            w.len() > 1
                && w.chars().any(char::is_alphabetic)
                && w.chars()
                    .all(|c| c.is_uppercase() || matches!(c, '.' | '-'))
        };
        (colon > first && (first..colon).all(caps)).then_some(Attribution {
            cue: Some((colon, colon + 1)),
            speaker: LocalMention {
                first,
                last: colon - 1,
                kind: tokens
                    .mention_of(first)
                    .map_or(MentionKind::Description, MentionKind::Name),
            },
        })
    }

    /// Whether token `t` lies inside a quote (marks included).
    pub fn inside_quote(&self, t: usize) -> bool {
        let k = self.quotes.partition_point(|q| q.open_tok <= t);
        k.checked_sub(1)
            .and_then(|i| self.quotes.get(i))
            .is_some_and(|q| t < q.after_tok)
    }

    /// The nearest cue before quote `k` in the previous sentences, across paragraphs.
    pub fn context(&self, k: usize, frame: &mut Vec<usize>) -> Option<Attribution> {
        self.left_frame(k, true, CONTEXT_LIMIT, frame);
        let cue_in = |t: usize| {
            let floor = self.sentence_start(t);
            self.cue_at(t, floor, self.next_quote_open(t))
        };
        // The previous sentence: its cue, else its subject ("Sanders identified ... . "...").
        let nearest = *frame.first()?;
        let start = self.sentence_start(nearest);
        let previous = frame.iter().take_while(|&&t| t >= start);
        if let Some(a) = previous.clone().find_map(|&t| cue_in(t)) {
            return Some(a);
        }
        if let Some(speaker) = self.sentence_subject(start, nearest + 1) {
            return Some(Attribution { cue: None, speaker });
        }
        frame
            .iter()
            .skip_while(|&&t| t >= start)
            .find_map(|&t| cue_in(t))
    }

    /// `Kono: "..."`: the speaker named before a colon that opens the quote.
    fn colon_speaker(&self, q: &Placed, floor: usize) -> Option<Attribution> {
        let colon = q.open_tok.checked_sub(1)?;
        if colon < q.block_first || self.tokens.word(colon) != ":" {
            return None;
        }
        let speaker = self
            .sentence_subject(floor, colon)
            .or_else(|| self.tokens.noun_phrase_before(colon.checked_sub(1)?, floor))?;
        Some(Attribution {
            cue: Some((colon, colon + 1)),
            speaker,
        })
    }

    /// The first token of the sentence holding token `t` (at most `FRAME_LIMIT` back).
    fn sentence_start(&self, t: usize) -> usize {
        let tokens = self.tokens;
        let stop = t.saturating_sub(FRAME_LIMIT);
        let mut s = t;
        while s > stop {
            let gap = tokens
                .doc
                .text
                .get(tokens.token_end(s - 1)..tokens.token_start(s))
                .unwrap_or("");
            if tokens.ends_sentence(s - 1) || gap.contains('\n') {
                break;
            }
            s -= 1;
        }
        s
    }

    /// The token where the quote after token `t` opens, or the end of `t`'s paragraph.
    fn next_quote_open(&self, t: usize) -> usize {
        let k = self.quotes.partition_point(|q| q.open_tok <= t);
        match self.quotes.get(k) {
            Some(q) if q.block_first <= t => q.open_tok,
            _ => self.tokens.len(),
        }
    }

    /// The tokens before quote `k`, nearest first, outside other quotes. In its own sentence
    /// only, or (`across`) through earlier sentences and paragraphs.
    fn left_frame(&self, k: usize, across: bool, limit: usize, out: &mut Vec<usize>) {
        out.clear();
        let Some(q) = self.quotes.get(k) else {
            return;
        };
        let tokens = self.tokens;
        let floor = if across { 0 } else { q.block_first };
        let mut t = q.open_tok;
        let mut p = k;
        // Every step counts, jumps over quotes included, so that a run of thousands of
        // quotes costs a bounded walk per quote, not a quadratic one.
        let mut steps = 0;
        while t > floor && steps < limit {
            steps += 1;
            t -= 1;
            // Jump over an earlier quote; a quote that ends a sentence ends the frame.
            if let Some(prev) = p.checked_sub(1).and_then(|i| self.quotes.get(i)) {
                if t < prev.after_tok {
                    p -= 1;
                    if !across && prev.ends_sentence {
                        return;
                    }
                    t = prev.open_tok;
                    continue;
                }
            }
            if !across && tokens.ends_sentence(t) {
                return;
            }
            out.push(t);
        }
    }

    /// How far after the closing mark a cue attaches first. After `?` or `!` and a capital
    /// the next sentence may already have begun (`"...!" A memorable ad in 2008 questioned`,
    /// where a lost paragraph break would have told): only a short cue phrase attaches there
    /// (`"...?" Kono asked`, `"...!" the minister said`).
    fn adjacent_reach(&self, q: &Placed) -> usize {
        let content = self.tokens.doc.text.get(q.quoted.start..q.quoted.end);
        let exclaims = content.is_some_and(|c| c.trim_end().ends_with(['?', '!']));
        let capital = self
            .tokens
            .word(q.after_tok)
            .starts_with(|c: char| c.is_uppercase());
        if exclaims && capital {
            ADJACENT_AFTER_SENTENCE
        } else {
            ADJACENT
        }
    }

    /// The quote is introduced by a cue and a comma or colon right before its opening mark
    /// (`She adds, "..."`, `Kono said: "..."`): that cue is its own, whatever follows it.
    fn introduced(&self, q: &Placed) -> bool {
        let Some(mark) = q.open_tok.checked_sub(1).filter(|&t| t > q.block_first) else {
            return false;
        };
        if !matches!(self.tokens.word(mark), "," | ":") {
            return false;
        }
        let cue = mark - 1;
        let floor = cue.saturating_sub(ADJACENT).max(q.block_first);
        self.cue_at(cue, floor, q.open_tok).is_some()
    }

    /// The quote is shaped to take a cue after it: `"...," Kono said`, `"...?" she asked`,
    /// `"...", Kono said`.
    fn attaches_right(&self, q: &Placed) -> bool {
        let content = self.tokens.doc.text.get(q.quoted.start..q.quoted.end);
        let trailing = content.is_some_and(|c| c.trim_end().ends_with([',', '?', '!', '—', '-']));
        trailing || matches!(self.tokens.word(q.after_tok), "," | "—" | "–" | "--")
    }

    /// The first cue after quote `k` in its sentence, with its distance from the closing mark.
    fn right_cue(&self, k: usize) -> Option<(usize, Attribution)> {
        let q = self.quotes.get(k)?;
        // `"...we won." He said later`: a full stop inside the marks ends the sentence.
        let next = self.tokens.word(q.after_tok);
        let full_stop = self
            .tokens
            .doc
            .text
            .get(q.quoted.start..q.quoted.end)
            .is_some_and(|c| c.trim_end().ends_with('.'));
        if full_stop && next.starts_with(|c: char| c.is_uppercase()) {
            return None;
        }
        let ceiling = match self.quotes.get(k + 1) {
            Some(next) if next.quoted.block == q.quoted.block => next.open_tok,
            _ => q.block_end,
        };
        let mut t = q.after_tok;
        while t < ceiling && t < q.after_tok + FRAME_LIMIT {
            if self.tokens.ends_sentence(t) {
                return None;
            }
            if let Some(a) = self.cue_at(t, q.after_tok, ceiling) {
                return Some((t - q.after_tok, a));
            }
            t += 1;
        }
        None
    }
}
