//! DataFrame columns built in Rust: one batch in, a dict of equal-length lists out (one row per
//! entity, quote, article or sentence, as `rows.rs` defines them), so the pandas, Dask and
//! command-line layers never loop over result objects in Python.

use super::errors;
use super::run::{
    analyzer, articles_or_raise, extract_inputs, model_path, run_batch, thread_count, type_name,
};
use crate::rows::{Cell, Kind, HEAD};
use crate::{Article, Input};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use pyo3::BoundObject;

/// The kind named `kind`, or the ValueError that lists the kinds.
pub fn parse_kind(kind: &str) -> PyResult<Kind> {
    Kind::parse(kind).ok_or_else(|| {
        errors::value_error(format!(
            "kind must be 'entities', 'quotes', 'articles' or 'sentences', not {kind:?}"
        ))
    })
}

/// Analyse `texts` (the batch's stories from position `offset` on, read as `format`: "auto",
/// "text" or "html"): the articles, and which inputs were missing (None/NaN).
pub fn analyze_inputs(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    offset: usize,
    threads: Option<&Bound<'_, PyAny>>,
    model: Option<&Bound<'_, PyAny>>,
    format: &str,
) -> PyResult<(Vec<Article>, Vec<bool>)> {
    let threads = thread_count(threads)?;
    let analyzer = super::run::with_format(analyzer(model_path(model)?)?, format)?;
    let inputs = extract_inputs(texts, offset)?;
    let results = run_batch(py, &analyzer, &inputs, offset, threads)?;
    let articles = articles_or_raise(results, offset)?;
    let missing = inputs.iter().map(|i| matches!(i, Input::Missing)).collect();
    Ok((articles, missing))
}

/// Column-shaped results for `texts`: `kind` is "entities", "quotes", "articles" or
/// "sentences". `ids` (a list as long as `texts`) labels the rows, else positions from `offset`
/// do.
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
    let kind = parse_kind(kind)?;
    let (articles, missing) =
        analyze_inputs(py, texts, offset, threads.as_ref(), model.as_ref(), format)?;
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
        None => (0..articles.len())
            .map(|i| {
                (offset + i)
                    .into_pyobject(py)
                    .map(|o| o.into_any().unbind())
            })
            .collect::<Result<_, _>>()?,
    };
    if ids.len() != articles.len() {
        return Err(errors::value_error(format!(
            "ids has {} items but texts has {}",
            ids.len(),
            articles.len()
        )));
    }
    let mut columns = Columns::new(py, kind);
    for (i, article) in articles.iter().enumerate() {
        let head = [
            ids[i].bind(py).clone(),
            (offset + i).into_pyobject(py)?.into_any(),
        ];
        let mut failed = None;
        kind.rows(article, missing[i], |cells| {
            if failed.is_none() {
                failed = columns.push(&head, cells).err();
            }
        });
        if let Some(err) = failed {
            return Err(err);
        }
    }
    columns.into_dict()
}

/// One growing list per column.
struct Columns<'py> {
    py: Python<'py>,
    kind: Kind,
    values: Vec<Vec<Bound<'py, PyAny>>>,
}

impl<'py> Columns<'py> {
    fn new(py: Python<'py>, kind: Kind) -> Self {
        Self {
            py,
            kind,
            values: (0..HEAD.len() + kind.columns().len())
                .map(|_| Vec::new())
                .collect(),
        }
    }

    /// Append one row: the head cells (id, article) and then the kind's cells.
    fn push(&mut self, head: &[Bound<'py, PyAny>], cells: &[Cell<'_>]) -> PyResult<()> {
        for (column, value) in self.values.iter_mut().zip(head) {
            column.push(value.clone());
        }
        for (column, cell) in self.values[HEAD.len()..].iter_mut().zip(cells) {
            column.push(cell_object(self.py, *cell)?);
        }
        Ok(())
    }

    fn into_dict(self) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(self.py);
        let names = HEAD
            .iter()
            .copied()
            .chain(self.kind.columns().iter().map(|c| c.0));
        for (name, values) in names.zip(self.values) {
            dict.set_item(name, PyList::new(self.py, values)?)?;
        }
        Ok(dict)
    }
}

fn cell_object<'py>(py: Python<'py>, cell: Cell<'_>) -> PyResult<Bound<'py, PyAny>> {
    Ok(match cell {
        Cell::Int(v) => v.into_pyobject(py)?.into_any().into_bound(),
        Cell::Str(v) => v.into_pyobject(py)?.into_any().into_bound(),
        Cell::StrList(v) => v.into_pyobject(py)?.into_any().into_bound(),
    })
}
