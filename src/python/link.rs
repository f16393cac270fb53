//! `copydesk._native._link`: the columns of an entities table in, an entity id per row and the
//! name of each id out. The linking itself is `crate::link`.

use super::errors;
use crate::link::{link, Mention};
use pyo3::prelude::*;

/// Link entity rows across a batch: `articles`, `labels` and `canonicals` are the rows' columns
/// (equal lengths). Returns `(ids, names)`: an entity id per row, and the full name of each id.
#[pyfunction]
#[pyo3(signature = (articles, labels, canonicals))]
pub fn _link(
    py: Python<'_>,
    articles: Vec<Option<i64>>,
    labels: Vec<Option<String>>,
    canonicals: Vec<Option<String>>,
) -> PyResult<(Vec<usize>, Vec<String>)> {
    if articles.len() != labels.len() || articles.len() != canonicals.len() {
        return Err(errors::value_error(format!(
            "article, label and canonical have {}, {} and {} rows",
            articles.len(),
            labels.len(),
            canonicals.len()
        )));
    }
    let links = super::forking::detached(py, || {
        let mentions: Vec<Mention<'_>> = articles
            .iter()
            .zip(&labels)
            .zip(&canonicals)
            .map(|((article, label), canonical)| Mention {
                // A row without an article is a story of its own: it shares no context.
                article: article.map_or(u64::MAX, |a| a as u64),
                label: label.as_deref().unwrap_or(""),
                canonical: canonical.as_deref().unwrap_or(""),
            })
            .collect();
        link(&mentions)
    });
    Ok((links.ids, links.names))
}
