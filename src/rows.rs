//! What one row of each result table holds (entities, quotes, articles, sentences): the column
//! names and types, and the cells of each row borrowed from an `Article`. Both the pandas
//! columns (`python/columns.rs`) and the Arrow record batches (`python/arrow.rs`) are built from
//! these definitions, so the two can never disagree on a column.

use crate::{Article, Span};

/// The type of a column after `id` and `article`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnType {
    /// A nullable integer (an offset, an index or a count).
    Int,
    /// A nullable string.
    Str,
    /// A list of strings (an article's warnings).
    StrList,
}

/// One cell of a row, borrowed from the article it describes.
#[derive(Debug, Clone, Copy)]
pub enum Cell<'a> {
    Int(Option<usize>),
    Str(Option<&'a str>),
    StrList(&'a [String]),
}

/// The kinds of table, one row per entity, quote, article or sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Entities,
    Quotes,
    Articles,
    Sentences,
}

use ColumnType::{Int, Str, StrList};

/// Every table starts with `id` (the caller's label of the story) and `article` (its position).
pub const HEAD: &[&str] = &["id", "article"];

const ENTITY: &[(&str, ColumnType)] = &[
    ("text", Str),
    ("label", Str),
    ("start", Int),
    ("end", Int),
    ("canonical", Str),
    ("paragraph", Int),
    ("sentence", Int),
];

const QUOTE: &[(&str, ColumnType)] = &[
    ("text", Str),
    ("start", Int),
    ("end", Int),
    ("speaker", Str),
    ("speaker_mention", Str),
    ("speaker_start", Int),
    ("speaker_end", Int),
    ("speaker_label", Str),
    ("cue", Str),
    ("cue_start", Int),
    ("cue_end", Int),
    ("kind", Str),
    ("content", Str),
    ("content_start", Int),
    ("content_end", Int),
    ("paragraph", Int),
    ("sentence", Int),
];

const ARTICLE: &[(&str, ColumnType)] = &[
    ("source", Str),
    ("headline", Str),
    ("dateline", Str),
    ("byline", Str),
    ("date", Str),
    ("published", Str),
    ("url", Str),
    ("body", Str),
    ("n_paragraphs", Int),
    ("n_sentences", Int),
    ("n_entities", Int),
    ("n_quotes", Int),
    ("warnings", StrList),
];

const SENTENCE: &[(&str, ColumnType)] = &[
    ("sentence", Int),
    ("start", Int),
    ("end", Int),
    ("text", Str),
    ("paragraph", Int),
];

impl Kind {
    /// The kind named `name` ("entities", "quotes", "articles", "sentences").
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "entities" => Some(Self::Entities),
            "quotes" => Some(Self::Quotes),
            "articles" => Some(Self::Articles),
            "sentences" => Some(Self::Sentences),
            _ => None,
        }
    }

    /// The columns after [`HEAD`], in order, with their types.
    pub fn columns(self) -> &'static [(&'static str, ColumnType)] {
        match self {
            Self::Entities => ENTITY,
            Self::Quotes => QUOTE,
            Self::Articles => ARTICLE,
            Self::Sentences => SENTENCE,
        }
    }

    /// Call `emit` with the cells (after [`HEAD`]) of each row that `article` gives. `missing`
    /// says the story was None/NaN: its article row has no body.
    pub fn rows<'a>(self, article: &'a Article, missing: bool, mut emit: impl FnMut(&[Cell<'a>])) {
        let paragraphs = &article.paragraphs;
        let sentences = &article.sentences;
        match self {
            Self::Entities => {
                for e in &article.entities {
                    emit(&[
                        Cell::Str(Some(&e.text)),
                        Cell::Str(Some(&e.label)),
                        Cell::Int(Some(e.start)),
                        Cell::Int(Some(e.end)),
                        Cell::Str(Some(&e.canonical)),
                        Cell::Int(index_of(paragraphs, e.start)),
                        Cell::Int(index_of(sentences, e.start)),
                    ]);
                }
            }
            Self::Quotes => {
                for q in &article.quotes {
                    emit(&[
                        Cell::Str(Some(&q.text)),
                        Cell::Int(Some(q.start)),
                        Cell::Int(Some(q.end)),
                        Cell::Str(q.speaker.as_deref()),
                        Cell::Str(q.speaker_mention.as_deref()),
                        Cell::Int(q.speaker_start),
                        Cell::Int(q.speaker_end),
                        Cell::Str(q.speaker_label.as_deref()),
                        Cell::Str(q.cue.as_deref()),
                        Cell::Int(q.cue_start),
                        Cell::Int(q.cue_end),
                        Cell::Str(Some(&q.kind)),
                        Cell::Str(Some(&q.content)),
                        Cell::Int(Some(q.content_start)),
                        Cell::Int(Some(q.content_end)),
                        Cell::Int(index_of(paragraphs, q.start)),
                        Cell::Int(index_of(sentences, q.start)),
                    ]);
                }
            }
            Self::Articles => emit(&[
                Cell::Str(article.source.as_deref()),
                Cell::Str(article.headline.as_deref()),
                Cell::Str(article.dateline.as_deref()),
                Cell::Str(article.byline.as_deref()),
                Cell::Str(article.date.as_deref()),
                Cell::Str(article.published.as_deref()),
                Cell::Str(article.url.as_deref()),
                Cell::Str((!missing).then_some(article.body.as_str())),
                Cell::Int(Some(paragraphs.len())),
                Cell::Int(Some(sentences.len())),
                Cell::Int(Some(article.entities.len())),
                Cell::Int(Some(article.quotes.len())),
                Cell::StrList(&article.warnings),
            ]),
            Self::Sentences => {
                for (i, s) in sentences.iter().enumerate() {
                    emit(&[
                        Cell::Int(Some(i)),
                        Cell::Int(Some(s.start)),
                        Cell::Int(Some(s.end)),
                        Cell::Str(Some(&s.text)),
                        Cell::Int(index_of(paragraphs, s.start)),
                    ]);
                }
            }
        }
    }
}

/// The index of the span (paragraph or sentence, sorted and disjoint) holding offset `at`, if
/// any: an entity in the headline has no paragraph.
pub fn index_of(spans: &[Span], at: usize) -> Option<usize> {
    let i = spans.partition_point(|p| p.start <= at).checked_sub(1)?;
    (at < spans[i].end.max(spans[i].start + 1)).then_some(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize) -> Span {
        Span {
            start,
            end,
            text: String::new(),
        }
    }

    #[test]
    fn index_of_finds_the_holding_span_only() {
        let spans = [span(10, 20), span(22, 30)];
        assert_eq!(index_of(&spans, 5), None);
        assert_eq!(index_of(&spans, 10), Some(0));
        assert_eq!(index_of(&spans, 19), Some(0));
        assert_eq!(index_of(&spans, 20), None);
        assert_eq!(index_of(&spans, 29), Some(1));
        assert_eq!(index_of(&spans, 30), None);
    }

    #[test]
    fn every_row_has_one_cell_per_column() {
        let article = crate::analyze(
            "LONDON (Reuters) - \"We will look again,\" said Ada Quill of Northwind Ltd. She left.",
        )
        .expect("analyze");
        for kind in [
            Kind::Entities,
            Kind::Quotes,
            Kind::Articles,
            Kind::Sentences,
        ] {
            let mut rows = 0;
            kind.rows(&article, false, |cells| {
                rows += 1;
                assert_eq!(cells.len(), kind.columns().len(), "{kind:?}");
                for (cell, (name, ty)) in cells.iter().zip(kind.columns()) {
                    let matches = matches!(
                        (cell, ty),
                        (Cell::Int(_), Int) | (Cell::Str(_), Str) | (Cell::StrList(_), StrList)
                    );
                    assert!(matches, "{kind:?}.{name}");
                }
            });
            assert!(rows > 0, "{kind:?} gave no rows");
        }
    }
}
