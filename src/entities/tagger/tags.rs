//! The tagger's output alphabet: the four CoNLL name types and BILOU tags over them, with the
//! conversions between tag sequences and name spans.

/// The CoNLL-2003 name types the statistical tagger predicts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NameType {
    Person,
    Organisation,
    Location,
    Misc,
}

impl NameType {
    pub const ALL: [NameType; 4] = [
        NameType::Person,
        NameType::Organisation,
        NameType::Location,
        NameType::Misc,
    ];

    /// The CoNLL column value ("PER", "ORG", "LOC", "MISC").
    pub fn conll(self) -> &'static str {
        match self {
            NameType::Person => "PER",
            NameType::Organisation => "ORG",
            NameType::Location => "LOC",
            NameType::Misc => "MISC",
        }
    }

    pub fn from_conll(s: &str) -> Option<NameType> {
        match s {
            "PER" => Some(NameType::Person),
            "ORG" => Some(NameType::Organisation),
            "LOC" => Some(NameType::Location),
            "MISC" => Some(NameType::Misc),
            _ => None,
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// Number of BILOU tags: O plus Begin/Inside/Last/Unit for each type.
pub const NUM_TAGS: usize = 17;

/// A tag index in `0..NUM_TAGS`; 0 is O.
pub type Tag = u8;

pub const OUTSIDE: Tag = 0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Begin,
    Inside,
    Last,
    Unit,
}

pub fn tag(part: Part, ty: NameType) -> Tag {
    (1 + ty.index() * 4 + part as usize) as Tag
}

/// The part and type of a non-O tag.
pub fn split(t: Tag) -> Option<(Part, NameType)> {
    if t == OUTSIDE || t as usize >= NUM_TAGS {
        return None;
    }
    let k = t as usize - 1;
    let part = [Part::Begin, Part::Inside, Part::Last, Part::Unit][k % 4];
    Some((part, NameType::ALL[k / 4]))
}

/// Whether `next` may follow `prev` (None = sentence start) in a well-formed BILOU sequence.
pub fn allowed(prev: Option<Tag>, next: Tag) -> bool {
    let open = |t: Tag| matches!(split(t), Some((Part::Begin | Part::Inside, _)));
    match prev.filter(|&p| open(p)) {
        Some(p) => match (split(p), split(next)) {
            (Some((_, a)), Some((Part::Inside | Part::Last, b))) => a == b,
            _ => false,
        },
        None => matches!(split(next), None | Some((Part::Begin | Part::Unit, _))),
    }
}

/// Whether a sentence may end after `last`.
pub fn may_end(last: Tag) -> bool {
    matches!(split(last), None | Some((Part::Last | Part::Unit, _)))
}

/// A name found by the tagger: token range within a sentence and its type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameSpan {
    pub start: usize,
    pub end: usize,
    pub ty: NameType,
}

/// Spans to BILOU tags for `n` tokens (spans must not overlap).
pub fn encode(spans: &[NameSpan], n: usize) -> Vec<Tag> {
    let mut tags = vec![OUTSIDE; n];
    for s in spans {
        if s.start >= s.end || s.end > n {
            continue;
        }
        if s.end - s.start == 1 {
            tags[s.start] = tag(Part::Unit, s.ty);
            continue;
        }
        tags[s.start] = tag(Part::Begin, s.ty);
        for t in &mut tags[s.start + 1..s.end - 1] {
            *t = tag(Part::Inside, s.ty);
        }
        tags[s.end - 1] = tag(Part::Last, s.ty);
    }
    tags
}

/// BILOU tags to spans; tolerant of ill-formed sequences (a broken name ends where it breaks).
pub fn decode(tags: &[Tag]) -> Vec<NameSpan> {
    let mut out = Vec::new();
    let mut open: Option<(usize, NameType)> = None;
    for (i, &t) in tags.iter().enumerate() {
        match split(t) {
            None => {
                if let Some((s, ty)) = open.take() {
                    out.push(NameSpan {
                        start: s,
                        end: i,
                        ty,
                    });
                }
            }
            Some((part, ty)) => {
                let continues = matches!(part, Part::Inside | Part::Last)
                    && open.is_some_and(|(_, oty)| oty == ty);
                if !continues {
                    if let Some((s, oty)) = open.take() {
                        out.push(NameSpan {
                            start: s,
                            end: i,
                            ty: oty,
                        });
                    }
                    open = Some((i, ty));
                }
                if matches!(part, Part::Last | Part::Unit) {
                    if let Some((s, oty)) = open.take() {
                        out.push(NameSpan {
                            start: s,
                            end: i + 1,
                            ty: oty,
                        });
                    }
                }
            }
        }
    }
    if let Some((s, ty)) = open {
        out.push(NameSpan {
            start: s,
            end: tags.len(),
            ty,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_decode_round_trip() {
        let spans = vec![
            NameSpan {
                start: 0,
                end: 1,
                ty: NameType::Location,
            },
            NameSpan {
                start: 2,
                end: 5,
                ty: NameType::Person,
            },
            NameSpan {
                start: 5,
                end: 7,
                ty: NameType::Organisation,
            },
        ];
        assert_eq!(decode(&encode(&spans, 8)), spans);
    }

    #[test]
    fn transitions_follow_bilou() {
        let b_per = tag(Part::Begin, NameType::Person);
        let l_per = tag(Part::Last, NameType::Person);
        let l_org = tag(Part::Last, NameType::Organisation);
        assert!(allowed(None, b_per));
        assert!(!allowed(None, l_per));
        assert!(allowed(Some(b_per), l_per));
        assert!(!allowed(Some(b_per), l_org));
        assert!(!allowed(Some(b_per), OUTSIDE));
        assert!(allowed(Some(l_per), OUTSIDE));
        assert!(!may_end(b_per));
    }

    #[test]
    fn decode_survives_broken_sequences() {
        let i_loc = tag(Part::Inside, NameType::Location);
        let spans = decode(&[i_loc, i_loc, OUTSIDE, 200]);
        assert_eq!(
            spans,
            vec![NameSpan {
                start: 0,
                end: 2,
                ty: NameType::Location
            }]
        );
    }
}
