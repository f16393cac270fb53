//! Reading CoNLL-2003 files: `WORD POS CHUNK TAG` lines, blank lines between sentences,
//! `-DOCSTART-` between documents, IOB1 or IOB2 tags. Only WORD and TAG are kept: POS and chunk
//! columns are not available when tagging raw copy.

use std::ops::Range;

use crate::entities::tagger::tags::{NameSpan, NameType};

/// One document: its words, sentence ranges over them, and gold names per sentence.
#[derive(Debug, Default, Clone)]
pub struct Story {
    pub words: Vec<String>,
    pub sentences: Vec<Range<usize>>,
    pub names: Vec<Vec<NameSpan>>,
}

impl Story {
    pub fn word_refs(&self) -> Vec<&str> {
        self.words.iter().map(String::as_str).collect()
    }
}

/// Parses a whole CoNLL file. Lines that do not have at least two columns are skipped.
pub fn parse(text: &str) -> Vec<Story> {
    let mut stories = Vec::new();
    let mut story = Story::default();
    let mut tags: Vec<String> = Vec::new();
    let close_sentence = |story: &mut Story, tags: &mut Vec<String>| {
        if tags.is_empty() {
            return;
        }
        let start = story.words.len() - tags.len();
        story.sentences.push(start..story.words.len());
        story.names.push(iob_spans(tags));
        tags.clear();
    };
    for line in text.lines() {
        let line = line.trim_end();
        if line.starts_with("-DOCSTART-") {
            close_sentence(&mut story, &mut tags);
            if !story.words.is_empty() {
                stories.push(std::mem::take(&mut story));
            }
            continue;
        }
        if line.is_empty() {
            close_sentence(&mut story, &mut tags);
            continue;
        }
        let mut cols = line.split(' ');
        let (Some(word), Some(tag)) = (cols.next(), line.rsplit(' ').next()) else {
            continue;
        };
        if line.split(' ').count() < 2 {
            continue;
        }
        story.words.push(word.to_owned());
        tags.push(tag.to_owned());
    }
    close_sentence(&mut story, &mut tags);
    if !story.words.is_empty() {
        stories.push(story);
    }
    stories
}

/// IOB1/IOB2 tags to spans: a name starts at B-, at a type change, or after O.
pub fn iob_spans(tags: &[String]) -> Vec<NameSpan> {
    let mut out = Vec::new();
    let mut open: Option<(usize, NameType)> = None;
    for (i, tag) in tags.iter().enumerate() {
        let (prefix, ty) = match tag.split_once('-') {
            Some((p, t)) => (p, NameType::from_conll(t)),
            None => ("O", None),
        };
        let continues = prefix == "I" && ty.is_some() && open.map(|(_, t)| Some(t)) == Some(ty);
        if !continues {
            if let Some((s, t)) = open.take() {
                out.push(NameSpan {
                    start: s,
                    end: i,
                    ty: t,
                });
            }
            open = ty.map(|t| (i, t));
        }
    }
    if let Some((s, t)) = open {
        out.push(NameSpan {
            start: s,
            end: tags.len(),
            ty: t,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_documents_sentences_and_iob1() {
        let text = "-DOCSTART- -X- O O\n\nAcme NNP I-NP I-ORG\nhired VBD I-VP O\n\
                    Jo NNP I-NP I-PER\nSmith NNP I-NP I-PER\nand CC O O\nAl NNP I-NP I-PER\n\
                    Bo NNP I-NP B-PER\n\n-DOCSTART- -X- O O\n\nParis NNP I-NP I-LOC\n";
        let stories = parse(text);
        assert_eq!(stories.len(), 2);
        let s = &stories[0];
        assert_eq!(s.sentences, vec![0..7]);
        let got: Vec<(usize, usize, &str)> = s.names[0]
            .iter()
            .map(|n| (n.start, n.end, n.ty.conll()))
            .collect();
        assert_eq!(
            got,
            vec![(0, 1, "ORG"), (2, 4, "PER"), (5, 6, "PER"), (6, 7, "PER")]
        );
        assert_eq!(stories[1].words, vec!["Paris"]);
    }
}
