//! The cue at one token and its speaker: whether a word is a speech verb used as a verb
//! ("said", not "Pyongyang's claims"), how far the cue phrase runs ("told reporters", "said in
//! a statement", "shot back"), and which side its speaker stands on (`Kono said`, `"...,"
//! said Kono`, `Jane Doe, a senator, said`, `Trump hit back, saying`).

use super::attribute::{Attribution, Attributor};
use super::cues::{is_according, is_speech_verb, takes_audience, CUE_EXTENSIONS};
use super::speaker::{is_pronoun, MentionKind};
use super::subject::is_preposition;
use crate::entities::Label;

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
            "for",
            "by",
            "via",
            "through",
            "over",
            "into",
            "inside",
            "near",
            "recently",
            "then",
            "afterward",
            "again",
        ]
        .iter()
        .any(|w| next.eq_ignore_ascii_case(w))
        || next.starts_with(|c: char| c.is_uppercase())
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

fn is_determiner_or_possessive(word: &str) -> bool {
    [
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "'s", "’s", "these",
    ]
    .iter()
    .any(|d| word.eq_ignore_ascii_case(d))
}

impl Attributor<'_, '_> {
    /// If token `t` is a cue, the cue and its speaker. Subjects are looked for between token
    /// `floor` and token `ceiling` (exclusive).
    /// Whether the sentence from `floor` up to the cue at `t` is a name and its apposition:
    /// a capitalised opening, a comma within four words, "the", "a" or "an", and one more
    /// comma right before the cue ("Shelter, the housing charity, said").
    fn opens_with_apposition(&self, floor: usize, t: usize) -> bool {
        let tokens = self.tokens;
        let opening = tokens.word(floor).starts_with(char::is_uppercase);
        let Some(c) = (floor + 1..(floor + 5).min(t)).find(|&k| tokens.word(k) == ",") else {
            return false;
        };
        opening
            && matches!(tokens.word(c + 1), "the" | "a" | "an")
            && t > c + 2
            && tokens.word(t - 1) == ","
            && (c + 1..t - 1).all(|k| tokens.word(k) != ",")
    }

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
                            // `..., said Jane Doe, a senator.`, not `..., said the plan has`
                            // nor `Jane Doe, a senator, said parents still want schools.`
                            // (a long bare description is a clause, not a speaker).
                            let short = m.kind != MentionKind::Description
                                || m.last - m.first < 3
                                || is_determiner_or_possessive(tokens.word(m.first));
                            // `Next, the fashion retailer, said sales rose.`: after a name
                            // and its apposition, what follows is what was said.
                            let apposed = m.kind == MentionKind::Description
                                && self.opens_with_apposition(floor, t);
                            short
                                && !apposed
                                && (matches!(next, "," | "." | ";" | ":" | "" | "—" | "(")
                                    || (is_preposition(next) && !matches!(next, "to" | "of")))
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
    pub fn is_cue_verb(&self, t: usize, floor: usize) -> bool {
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
    pub fn names_subject(&self, b: usize) -> bool {
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
    pub fn follows_quote(&self, t: usize, floor: usize) -> bool {
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
    pub fn cue_end(&self, t: usize, ceiling: usize) -> usize {
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
}
