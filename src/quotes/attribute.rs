//! Attribution: which cue, and so which speaker, a quote belongs to. A quote's frame is the
//! text of its own sentence outside quote marks. The order of preference, from the PolNeAR
//! train split (source before the quote 58%, after it 40%):
//! 1. a cue right after the quote (`"...," Kono said`, `"...," said Kono`, `"...," she said.`);
//! 2. the nearest cue before it in the sentence (`Kono said: "..."`, `told reporters that "`,
//!    `according to X`, or a speaker before a colon, `Kono: "..."`);
//! 3. a cue further on in the sentence (`"..." on North Korea at the meeting, Kono said.`);
//! 4. (in `super`) the previous piece of a quote that runs over paragraphs, the previous quote
//!    of the paragraph, or the nearest cue in the previous sentences.
//!
//! Frames are walked token by token with a fixed step limit, so the cost per quote is bounded.

use super::cues::{is_according, is_speech_verb, takes_audience, CUE_EXTENSIONS};
use super::marks::Quoted;
use super::speaker::{is_pronoun, LocalMention, MentionKind};
use super::Tokens;
use crate::entities::Label;

/// How many tokens a frame walk looks at.
const FRAME_LIMIT: usize = 60;
/// How many tokens before a quote the previous-sentence fallback looks at.
const CONTEXT_LIMIT: usize = 90;
/// A cue at most this many tokens after the closing mark attaches to the quote first.
const ADJACENT: usize = 7;

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

/// What may follow the speaker of `said Kono`: the end of the clause, a preposition, an
/// apposition; not a verb ("said the city embodied ...", where a new clause begins).
fn ends_inverted_subject(next: &str) -> bool {
    let quote_mark = matches!(next, "\"" | "“" | "‘" | "'" | "«" | "'s" | "’s");
    (!quote_mark && !next.starts_with(|c: char| c.is_alphanumeric()))
        || [
            "as",
            "in",
            "on",
            "at",
            "during",
            "after",
            "while",
            "when",
            "of",
            "who",
            "from",
            "before",
            "outside",
            "about",
            "to",
            "with",
            "and",
            "last",
            "this",
            "earlier",
            "later",
            "today",
            "yesterday",
            "tonight",
        ]
        .iter()
        .any(|w| next.eq_ignore_ascii_case(w))
        || next.starts_with(|c: char| c.is_uppercase())
}

/// A lower-case word that is most likely the main verb after a subject.
fn is_verb_like(word: &str) -> bool {
    if !word.starts_with(|c: char| c.is_lowercase()) {
        return false;
    }
    word.ends_with("ed")
        || is_speech_verb(word)
        || [
            "has", "have", "is", "was", "were", "are", "will", "would", "can", "could", "did",
            "does", "sought", "took", "made", "gave", "went", "came", "began", "thinks", "thought",
            "knows", "knew", "felt", "feels", "got", "gets", "wants", "seems", "seemed", "also",
            "then", "later", "still", "may", "might", "should", "must",
        ]
        .contains(&word)
}

/// Cue verbs whose next noun phrase is their object, not an inverted subject.
fn takes_object(word: &str) -> bool {
    [
        "told",
        "tell",
        "tells",
        "telling",
        "asked",
        "asks",
        "asking",
        "called",
        "calls",
        "calling",
        "accused",
        "accuses",
        "urged",
        "reminded",
        "praised",
        "criticized",
        "blamed",
        "questioned",
        "mocked",
        "described",
        "describes",
        "describing",
        "dubbed",
        "labeled",
        "branded",
        "quoted",
        "assured",
    ]
    .contains(&word)
}

/// "shot back", "pointed out", "went on", "chimed in".
fn is_particle_cue(word: &str, next: &str) -> bool {
    matches!(
        (word, next),
        ("shot" | "fired" | "hit" | "snapped" | "wrote", "back")
            | ("pointed" | "points" | "point", "out")
            | ("went" | "goes", "on")
            | ("chimed" | "chimes" | "weighed", "in")
    )
}

/// Cue words that are nouns as often as verbs.
fn is_ambiguous_cue(word: &str) -> bool {
    [
        "state", "states", "claims", "calls", "reports", "notes", "read", "reads", "posts",
        "tweets", "states", "warning", "posted", "offered", "charged",
    ]
    .contains(&word)
}

fn is_preposition(word: &str) -> bool {
    [
        "with",
        "in",
        "of",
        "for",
        "to",
        "at",
        "on",
        "about",
        "from",
        "by",
        "regarding",
        "against",
        "after",
        "before",
        "like",
        "than",
        "over",
        "under",
        "between",
        "among",
        "toward",
    ]
    .iter()
    .any(|w| word.eq_ignore_ascii_case(w))
}

fn is_determiner_or_possessive(word: &str) -> bool {
    [
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "'s", "’s", "these",
    ]
    .iter()
    .any(|d| word.eq_ignore_ascii_case(d))
}

impl Attributor<'_, '_> {
    /// The attribution found in quote `k`'s own sentence.
    pub fn own(&self, k: usize, frame: &mut Vec<usize>) -> Option<Attribution> {
        let q = self.quotes.get(k)?;
        if let Some(a) = self.dash_speaker(q) {
            return Some(a);
        }
        let right = self.right_cue(k);
        if let Some((distance, a)) = right {
            if distance <= ADJACENT && self.attaches_right(q) && self.next_to(q, a) {
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

    /// A sentence that opens with a description before its verb: "The Florida senator sought
    /// ...", "One operative inside Trump Tower tried ...". A name inside it is the speaker.
    fn opening_description(&self, floor: usize, cue: usize) -> Option<LocalMention> {
        let tokens = self.tokens;
        let first = tokens.word(floor);
        let opens = [
            "The", "A", "An", "One", "His", "Her", "Their", "Its", "Another",
        ]
        .contains(&first);
        if !opens || floor + 1 >= cue {
            return None;
        }
        let mut named = None;
        let mut last = floor;
        for t in floor + 1..cue.min(floor + 8) {
            let w = tokens.word(t);
            if is_verb_like(w) {
                let speaker = LocalMention {
                    first: floor,
                    last,
                    kind: named.map_or(MentionKind::Description, MentionKind::Name),
                };
                return (last > floor).then_some(speaker);
            }
            if !w
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | '\'' | '’'))
            {
                return None;
            }
            if let Some(m) = tokens.mention_of(t) {
                if tokens
                    .mentions
                    .get(m)
                    .is_some_and(|x| matches!(x.label, Label::Person | Label::Org))
                {
                    named = Some(m);
                }
            }
            last = t;
        }
        None
    }

    /// Whether token `t` lies inside a quote (marks included).
    fn inside_quote(&self, t: usize) -> bool {
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

    /// If token `t` is a cue, the cue and its speaker. Subjects are looked for between token
    /// `floor` and token `ceiling` (exclusive).
    pub fn cue_at(&self, t: usize, floor: usize, ceiling: usize) -> Option<Attribution> {
        let tokens = self.tokens;
        let word = tokens.word(t);
        if is_according(word) && tokens.word(t + 1).eq_ignore_ascii_case("to") {
            let speaker = tokens.subject_after(t + 2, ceiling)?;
            return Some(Attribution {
                cue: Some((t, t + 2)),
                speaker,
            });
        }
        let particle = is_particle_cue(word, tokens.word(t + 1));
        if !particle && !self.is_cue_verb(t, floor) {
            return None;
        }
        let cue_end = if particle {
            t + 2
        } else {
            self.cue_end(t, ceiling)
        };
        // `Seth McKee, a scientist, told The Hill`: "told" takes an object, never inverts.
        let after_comma = t > floor && tokens.word(t - 1) == "," && !takes_object(word);
        let speaker = if self.follows_quote(t, floor) || after_comma {
            // `"...," said Kono`, `..., said Jane Doe, a senator`: the inverted subject.
            let participle = word.ends_with("ing");
            participle
                .then(|| self.sentence_subject(floor, t))
                .flatten()
                .or_else(|| tokens.subject_after(cue_end, ceiling))
                .filter(|m| {
                    let next = tokens.word(m.last + 1);
                    participle
                        || if self.follows_quote(t, floor) {
                            ends_inverted_subject(next)
                        } else {
                            // `..., said Jane Doe, a senator.`, not `..., said the plan has`.
                            matches!(next, "," | "." | ";" | ":" | "" | "—" | "(")
                                || (is_preposition(next) && !matches!(next, "to" | "of"))
                        }
                })
                .or_else(|| {
                    if word.ends_with("ing") || !self.follows_quote(t, floor) {
                        // "Clinton, during a town hall in Columbus, Ohio, said": past the
                        // parenthetical to the sentence's subject.
                        self.sentence_subject(floor, t)
                    } else {
                        tokens.subject_before(t, floor)
                    }
                })
                .or_else(|| tokens.subject_before(t, floor))
        } else if word.ends_with("ing") {
            // "BLM issued a statement saying ...": the sentence's subject speaks, unless a
            // name or pronoun stands right before the participle ("Ryan saying").
            tokens
                .subject_before(t, floor)
                .filter(|m| m.kind != MentionKind::Description)
                .or_else(|| self.sentence_subject(floor, t))
                .or_else(|| tokens.subject_before(t, floor))
        } else {
            tokens
                .subject_before(t, floor)
                .or_else(|| self.sentence_subject(floor, t))
        }?;
        // `Trump did not address tweets in which he called her "disgusting"`, `what it
        // calls "..."`: a relative clause inside the speaker's own sentence.
        let relative = speaker
            .first
            .checked_sub(1)
            .is_some_and(|b| matches!(tokens.word(b), "what" | "which"));
        let speaker = if relative {
            self.sentence_subject(floor, speaker.first)
                .unwrap_or(speaker)
        } else {
            speaker
        };
        Some(Attribution {
            cue: Some((t, cue_end)),
            speaker,
        })
    }

    /// A speech verb used as a verb: lower-case ("the United States" is no cue) and not a
    /// noun after a determiner or a possessive ("Pyongyang's claims", "the reports").
    fn is_cue_verb(&self, t: usize, floor: usize) -> bool {
        let word = self.tokens.word(t);
        if !is_speech_verb(word) || !word.starts_with(|c: char| c.is_lowercase()) {
            return false;
        }
        let before = match t.checked_sub(1).filter(|&b| b >= floor) {
            Some(b) => self.tokens.word(b),
            None => return true,
        };
        if is_determiner_or_possessive(before) || before == "of" || before.contains('-') {
            return false;
        }
        // "Kim's mental state is", "Republican claims": words that are nouns as often as
        // verbs count only after a name, a pronoun or a quote.
        let after_quote = floor > 0 && self.tokens.is_quote_mark(floor - 1);
        !is_ambiguous_cue(word) || after_quote || self.names_subject(t - 1)
    }

    /// Token `b` can end the subject of a verb: a pronoun, a name that is no adjective, a
    /// closing quote or a comma.
    fn names_subject(&self, b: usize) -> bool {
        let tokens = self.tokens;
        let word = tokens.word(b);
        if is_pronoun(word) || tokens.is_quote_mark(b) || word == "," {
            return true;
        }
        tokens
            .mention_of(b)
            .and_then(|m| tokens.mentions.get(m))
            .is_some_and(|m| matches!(m.label, Label::Person | Label::Org | Label::Gpe))
    }

    /// The cue comes straight after a quote (or opens the frame): `"...," said Kono`.
    fn follows_quote(&self, t: usize, floor: usize) -> bool {
        let tokens = self.tokens;
        let Some(before) = t.checked_sub(1).filter(|&b| b >= floor) else {
            return true;
        };
        if tokens.is_quote_mark(before) {
            return true;
        }
        let punct = matches!(tokens.word(before), "," | ":" | "—" | "–" | "--");
        punct
            && before
                .checked_sub(1)
                .filter(|&b| b >= floor)
                .is_none_or(|b| tokens.is_quote_mark(b))
    }

    /// The end of the cue phrase that starts with the verb at `t`: "told reporters",
    /// "said in a statement".
    fn cue_end(&self, t: usize, ceiling: usize) -> usize {
        let tokens = self.tokens;
        let mut end = t + 1;
        if takes_audience(tokens.word(t)) && end < ceiling {
            if let Some(m) = tokens.mention_of(end) {
                end = tokens.mention_tokens(m).end.max(end + 1);
            } else {
                let w = tokens.word(end);
                if w.len() > 2
                    && w.ends_with('s')
                    && w.chars().all(|c| c.is_ascii_lowercase())
                    && !is_pronoun(w)
                {
                    end += 1;
                }
            }
        }
        for phrase in CUE_EXTENSIONS {
            let fits = phrase
                .iter()
                .enumerate()
                .all(|(i, w)| end + i < ceiling && tokens.word(end + i).eq_ignore_ascii_case(w));
            if fits {
                end += phrase.len();
                break;
            }
        }
        end.min(ceiling.max(t + 1))
    }

    /// The first name or pronoun of a sentence: the subject of a participle cue
    /// ("Trump hit back, saying ...").
    fn sentence_subject(&self, floor: usize, cue: usize) -> Option<LocalMention> {
        if let Some(opening) = self.opening_description(floor, cue) {
            return Some(opening);
        }
        let tokens = self.tokens;
        (floor..cue).find_map(|t| {
            if self.inside_quote(t) {
                return None;
            }
            let after_preposition = t
                .checked_sub(1)
                .is_some_and(|b| is_preposition(tokens.word(b)));
            if let Some(m) = tokens.mention_of(t) {
                let mention = tokens.mentions.get(m)?;
                let range = tokens.mention_tokens(m);
                // "With Democratic leaders worried, President Obama ...": adjectives and
                // objects of prepositions are not the subject.
                let next = range.end;
                let adjective = !matches!(mention.label, Label::Person | Label::Org)
                    && (tokens.word(next).starts_with(|c: char| c.is_lowercase())
                        || tokens.mention_of(next).is_some());
                if super::speaker::can_speak(mention.label)
                    && !adjective
                    && !(after_preposition && t == range.start)
                {
                    let range = tokens.mention_tokens(m);
                    return Some(LocalMention {
                        first: range.start.max(floor),
                        last: range.end.saturating_sub(1).clamp(floor, cue),
                        kind: MentionKind::Name(m),
                    });
                }
            }
            let w = tokens.word(t);
            let subject_pronoun = is_pronoun(w) && !w.eq_ignore_ascii_case("who");
            (subject_pronoun && !after_preposition).then_some(LocalMention {
                first: t,
                last: t,
                kind: MentionKind::Pronoun,
            })
        })
    }
}
