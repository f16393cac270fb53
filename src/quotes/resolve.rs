//! Resolving a local speaker mention to the name users want: a name to its canonical form, a
//! pronoun to the most recent compatible entity ("he" to a person, "it"/"they" to an
//! organisation or a country, "who" to the name it follows), and a description to the person
//! whose title it repeats ("the minister" after "Foreign Minister Taro Kono") or to the
//! organisation whose name holds its head ("the ministry"). Anything else keeps its own text.
//!
//! Speakers users can count (`Speaker::countable`): a pronoun that resolves to no entity, and
//! a first- or second-person pronoun ("I", "we", "you": the writer or the reader), name no
//! speaker, so a quote is better left without one than credited to "he" or "you"; the
//! mention is kept, so its position still says who the text points at. `Speaker::label_name`
//! is the public `speaker_label`: the entity's type, or "DESCRIPTION" for a nominal speaker.

use super::speaker::{is_first_or_second_person, LocalMention, MentionKind};
use super::Tokens;
use crate::entities::Label;

/// A resolved speaker: the local mention's byte range, the name, and the entity label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    pub start: usize,
    pub end: usize,
    pub name: String,
    pub label: Option<Label>,
    /// Users can count this speaker: false for a pronoun that resolves to no entity (and any
    /// first- or second-person pronoun), whose mention is kept but which names no one.
    pub countable: bool,
}

impl Speaker {
    /// The public `speaker_label`: "PERSON", "ORG", "GPE" or "NORP" when the speaker is (or
    /// resolves to) such an entity, "DESCRIPTION" for a nominal speaker ("a spokesman",
    /// "police", "the report"). A facility that speaks is an institution ("the White House").
    pub fn label_name(&self) -> &'static str {
        match self.label {
            Some(Label::Person) => "PERSON",
            Some(Label::Org | Label::Facility) => "ORG",
            Some(Label::Gpe) => "GPE",
            Some(Label::Norp) => "NORP",
            _ => "DESCRIPTION",
        }
    }
}

/// How far back (in tokens) the name a relative "who" hangs on is looked for.
const RELATIVE_WINDOW: usize = 16;

/// How far back (in entity mentions) an antecedent is looked for.
const ANTECEDENT_WINDOW: usize = 60;

/// Title abbreviations as written before names, with the word a later description uses.
fn title_word(word: &str) -> &str {
    match word {
        "Sen." => "senator",
        "Rep." => "representative",
        "Gov." => "governor",
        "Pres." => "president",
        "Gen." => "general",
        "Sec." => "secretary",
        "Lt." => "lieutenant",
        "Col." => "colonel",
        "Dr." => "doctor",
        _ => word,
    }
}

impl Tokens<'_> {
    /// The local mention with its canonical name and label (a pronoun without an antecedent
    /// keeps its own text and is not `countable`).
    pub fn resolve(&self, local: LocalMention) -> Speaker {
        let start = self.token_start(local.first);
        let end = self.token_end(local.last);
        let text = self.doc.text.get(start..end).unwrap_or("");
        let found = match local.kind {
            MentionKind::Name(m) => Some(m),
            MentionKind::Pronoun => self.antecedent(local.first, text),
            MentionKind::Description => self
                .name_within(local.first, local.last)
                .or_else(|| self.described(start, self.word(local.last))),
        };
        let entity = found.and_then(|m| self.mentions.get(m));
        let (name, label) = match entity {
            Some(m) => (m.canonical.clone(), Some(m.label)),
            None => (text.to_string(), None),
        };
        // A relative "who" stands for the name its clause hangs on, a few words before it:
        // that name is the mention ("Maria Lopez, who said" is Maria Lopez speaking).
        let relative = local.kind == MentionKind::Pronoun && text.eq_ignore_ascii_case("who");
        let (start, end) = match entity {
            Some(m) if relative && m.end <= start => (m.start, m.end),
            _ => (start, end),
        };
        Speaker {
            start,
            end,
            name,
            label,
            countable: !(local.kind == MentionKind::Pronoun && label.is_none()),
        }
    }

    /// The entity a description names: a person or organisation inside it ("White House
    /// spokesman Josh Earnest"), or any speaking entity at its head ("the Saudis"), but not
    /// an adjective ("a Mexican official").
    fn name_within(&self, first: usize, last: usize) -> Option<usize> {
        (first..=last).rev().find_map(|t| {
            let m = self.mention_of(t)?;
            let label = self.mentions.get(m)?.label;
            let fits = matches!(label, Label::Person | Label::Org)
                || (t == last && super::speaker::can_speak(label));
            fits.then_some(m)
        })
    }

    /// The mention a pronoun at token `t` stands for.
    fn antecedent(&self, t: usize, pronoun: &str) -> Option<usize> {
        let lower = pronoun.to_ascii_lowercase();
        if lower == "who" && t >= 2 && self.word(t - 1) == "," {
            if let Some(m) = self.relative_antecedent(t) {
                return Some(m);
            }
        }
        let wanted: &[Label] = match lower.as_str() {
            _ if is_first_or_second_person(&lower) => return None,
            "he" | "she" | "who" => &[Label::Person],
            "it" | "they" => &[Label::Org, Label::Gpe, Label::Norp],
            _ => return None,
        };
        let before = self.token_start(t);
        let upto = self.mentions.partition_point(|m| m.end <= before);
        self.mentions[..upto]
            .iter()
            .enumerate()
            .rev()
            .take(ANTECEDENT_WINDOW)
            .find(|(_, m)| wanted.contains(&m.label))
            .map(|(i, _)| i)
    }

    /// The person a relative "who" at token `t` (after a comma) hangs on: the nearest person
    /// named in the words before it ("Marc Doe, the chief executive of the Urban League,
    /// who"), not crossing a sentence end; else whatever entity ends just before the comma.
    fn relative_antecedent(&self, t: usize) -> Option<usize> {
        let person = (t.saturating_sub(RELATIVE_WINDOW)..t - 1)
            .rev()
            .take_while(|&k| !matches!(self.word(k), "." | "!" | "?" | "\"" | "“" | "”"))
            .filter_map(|k| self.mention_of(k))
            .find(|&m| {
                self.mentions
                    .get(m)
                    .is_some_and(|m| m.label == Label::Person)
            });
        person.or_else(|| self.mention_of(t - 2))
    }

    /// The entity a description ending in `head` stands for, looking back from byte `before`.
    fn described(&self, before: usize, head: &str) -> Option<usize> {
        if head.len() < 3 {
            return None;
        }
        let upto = self.mentions.partition_point(|m| m.end <= before);
        let recent = self.mentions[..upto]
            .iter()
            .enumerate()
            .rev()
            .take(ANTECEDENT_WINDOW);
        for (i, m) in recent {
            let titled = match m.label {
                Label::Person => {
                    let first = self.mention_tokens(i).start;
                    (first.saturating_sub(3)..first)
                        .any(|k| title_word(self.word(k)).eq_ignore_ascii_case(head))
                }
                Label::Org => self
                    .doc
                    .text
                    .get(m.start..m.end)
                    .is_some_and(|t| t.split(' ').any(|w| w.eq_ignore_ascii_case(head))),
                _ => false,
            };
            if titled {
                return Some(i);
            }
        }
        None
    }
}
