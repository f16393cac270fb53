//! DataFrame columns built in Rust: one batch in, a dict of equal-length lists out (one row per
//! entity, quote or article), so the pandas, Dask and command-line layers never loop over
//! result objects in Python.

use super::errors;
use super::run::{
    analyzer, articles_or_raise, extract_inputs, model_path, run_batch, thread_count, type_name,
};
use crate::{Article, Input, Span};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use pyo3::BoundObject;

/// The column names of each frame kind, in order.
pub const ENTITY_COLUMNS: &[&str] = &[
    "id",
    "article",
    "text",
    "label",
    "start",
    "end",
    "canonical",
    "paragraph",
];
pub const QUOTE_COLUMNS: &[&str] = &[
    "id",
    "article",
    "text",
    "start",
    "end",
    "speaker",
    "speaker_mention",
    "speaker_start",
    "speaker_end",
    "speaker_label",
    "cue",
    "cue_start",
    "cue_end",
    "kind",
    "content",
    "content_start",
    "content_end",
    "paragraph",
];
pub const ARTICLE_COLUMNS: &[&str] = &[
    "id",
    "article",
    "source",
    "headline",
    "dateline",
    "byline",
    "date",
    "published",
    "url",
    "body",
    "n_paragraphs",
    "n_sentences",
    "n_entities",
    "n_quotes",
    "warnings",
];

/// The index of the paragraph holding offset `at`, if any.
fn paragraph_of(paragraphs: &[Span], at: usize) -> Option<usize> {
    let i = paragraphs
        .partition_point(|p| p.start <= at)
        .checked_sub(1)?;
    (at < paragraphs[i].end.max(paragraphs[i].start + 1)).then_some(i)
}

/// Column-shaped results for `texts`: `kind` is "entities", "quotes" or "articles". `ids` (a
/// list as long as `texts`) labels the rows, else positions from `offset` do.
// pyo3 takes keyword options as arguments; a struct would not change the Python signature.
#[allow(clippy::too_many_arguments)]
#[pyfunction]
#[pyo3(signature = (kind, texts, ids=None, offset=0, *, threads=None, model=None, format="auto"))]
pub fn _columns<'py>(
    py: Python<'py>,
    kind: &str,
    texts: &Bound<'py, PyAny>,
    ids: Option<Bound<'py, PyAny>>,
    offset: usize,
    threads: Option<Bound<'py, PyAny>>,
    model: Option<Bound<'py, PyAny>>,
    format: &str,
) -> PyResult<Bound<'py, PyDict>> {
    let names = match kind {
        "entities" => ENTITY_COLUMNS,
        "quotes" => QUOTE_COLUMNS,
        "articles" => ARTICLE_COLUMNS,
        other => {
            return Err(errors::value_error(format!(
                "kind must be 'entities', 'quotes' or 'articles', not {other:?}"
            )))
        }
    };
    let threads = thread_count(threads.as_ref())?;
    let analyzer = super::run::with_format(analyzer(model_path(model.as_ref())?)?, format)?;
    let inputs = extract_inputs(texts, offset)?;
    let ids: Vec<Py<PyAny>> = match ids {
        Some(ids) => ids
            .try_iter()
            .map_err(|_| {
                errors::type_error(format!(
                    "ids must be an iterable with one id per story, not {}",
                    type_name(&ids)
                ))
            })?
            .map(|id| id.map(Bound::unbind))
            .collect::<PyResult<_>>()?,
        None => (0..inputs.len())
            .map(|i| {
                (offset + i)
                    .into_pyobject(py)
                    .map(|o| o.into_any().unbind())
            })
            .collect::<Result<_, _>>()?,
    };
    if ids.len() != inputs.len() {
        return Err(errors::value_error(format!(
            "ids has {} items but texts has {}",
            ids.len(),
            inputs.len()
        )));
    }
    let results = run_batch(py, &analyzer, &inputs, offset, threads)?;
    let articles = articles_or_raise(results, offset)?;
    let missing: Vec<bool> = inputs.iter().map(|i| matches!(i, Input::Missing)).collect();
    let mut builder = Columns::new(py, names);
    for (i, article) in articles.iter().enumerate() {
        let row = Row {
            id: &ids[i],
            article: offset + i,
        };
        match kind {
            "entities" => builder.entities(row, article)?,
            "quotes" => builder.quotes(row, article)?,
            _ => builder.article(row, article, missing[i])?,
        }
    }
    builder.into_dict()
}

#[derive(Clone, Copy)]
struct Row<'a> {
    id: &'a Py<PyAny>,
    article: usize,
}

/// One growing list per column.
struct Columns<'py> {
    py: Python<'py>,
    names: &'static [&'static str],
    values: Vec<Vec<Bound<'py, PyAny>>>,
}

impl<'py> Columns<'py> {
    fn new(py: Python<'py>, names: &'static [&'static str]) -> Self {
        Self {
            py,
            names,
            values: names.iter().map(|_| Vec::new()).collect(),
        }
    }

    /// Append one row given in column order.
    fn push(&mut self, row: Vec<Bound<'py, PyAny>>) {
        debug_assert_eq!(row.len(), self.names.len());
        for (column, value) in self.values.iter_mut().zip(row) {
            column.push(value);
        }
    }

    fn v<T: IntoPyObject<'py>>(&self, value: T) -> PyResult<Bound<'py, PyAny>> {
        value
            .into_pyobject(self.py)
            .map(|o| o.into_any().into_bound())
            .map_err(Into::into)
    }

    fn head(&self, row: Row<'_>) -> PyResult<Vec<Bound<'py, PyAny>>> {
        Ok(vec![row.id.bind(self.py).clone(), self.v(row.article)?])
    }

    fn entities(&mut self, row: Row<'_>, article: &Article) -> PyResult<()> {
        for e in &article.entities {
            let mut r = self.head(row)?;
            r.extend([
                self.v(&e.text)?,
                self.v(&e.label)?,
                self.v(e.start)?,
                self.v(e.end)?,
                self.v(&e.canonical)?,
                self.v(paragraph_of(&article.paragraphs, e.start))?,
            ]);
            self.push(r);
        }
        Ok(())
    }

    fn quotes(&mut self, row: Row<'_>, article: &Article) -> PyResult<()> {
        for q in &article.quotes {
            let mut r = self.head(row)?;
            r.extend([
                self.v(&q.text)?,
                self.v(q.start)?,
                self.v(q.end)?,
                self.v(&q.speaker)?,
                self.v(&q.speaker_mention)?,
                self.v(q.speaker_start)?,
                self.v(q.speaker_end)?,
                self.v(&q.speaker_label)?,
                self.v(&q.cue)?,
                self.v(q.cue_start)?,
                self.v(q.cue_end)?,
                self.v(&q.kind)?,
                self.v(&q.content)?,
                self.v(q.content_start)?,
                self.v(q.content_end)?,
                self.v(paragraph_of(&article.paragraphs, q.start))?,
            ]);
            self.push(r);
        }
        Ok(())
    }

    fn article(&mut self, row: Row<'_>, a: &Article, missing: bool) -> PyResult<()> {
        let mut r = self.head(row)?;
        r.extend([
            self.v(&a.source)?,
            self.v(&a.headline)?,
            self.v(&a.dateline)?,
            self.v(&a.byline)?,
            self.v(&a.date)?,
            self.v(&a.published)?,
            self.v(&a.url)?,
            self.v((!missing).then_some(&a.body))?,
            self.v(a.paragraphs.len())?,
            self.v(a.sentences.len())?,
            self.v(a.entities.len())?,
            self.v(a.quotes.len())?,
            self.v(&a.warnings)?,
        ]);
        self.push(r);
        Ok(())
    }

    fn into_dict(self) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(self.py);
        for (name, values) in self.names.iter().zip(self.values) {
            dict.set_item(name, PyList::new(self.py, values)?)?;
        }
        Ok(dict)
    }
}
