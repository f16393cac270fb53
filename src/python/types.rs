//! The result classes Python sees: `Article`, `Span`, `Entity` and `Quote`, frozen mirrors of
//! the core types with the same fields, a readable `repr`, `to_dict()`, equality and pickling
//! (through the core types' serde form).

use super::lazy::{Deferred, Finished};
use crate::{Analyzer, Article, Entity, Prepared, Quote, Span};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyType};
use std::hash::{Hash, Hasher};
use std::sync::Arc;

fn repr_str(py: Python<'_>, text: &str) -> String {
    PyString::new(py, text)
        .repr()
        .map(|r| r.to_string())
        .unwrap_or_else(|_| format!("{text:?}"))
}

fn repr_opt(py: Python<'_>, text: Option<&str>) -> String {
    text.map_or_else(|| "None".to_string(), |t| repr_str(py, t))
}

/// The first `limit` characters of `text`, with an ellipsis when cut.
fn clip(text: &str, limit: usize) -> String {
    match text.char_indices().nth(limit) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

fn state_error(err: serde_json::Error) -> PyErr {
    super::errors::value_error(format!("not a pickled copydesk object: {err}"))
}

/// A stretch of the input text.
///
/// `article.text[span.start:span.end] == span.text` always holds: offsets are Python string
/// indices (code points) into the text you passed in.
///
/// Example:
///     >>> import copydesk
///     >>> article = copydesk.analyze("Ministers met on Monday.")
///     >>> all(article.text[s.start:s.end] == s.text for s in article.paragraphs)
///     True
#[pyclass(frozen, get_all, eq, hash, module = "copydesk", name = "Span")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PySpan {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl From<Span> for PySpan {
    fn from(s: Span) -> Self {
        Self {
            start: s.start,
            end: s.end,
            text: s.text,
        }
    }
}

impl From<&PySpan> for Span {
    fn from(s: &PySpan) -> Self {
        Self {
            start: s.start,
            end: s.end,
            text: s.text.clone(),
        }
    }
}

#[pymethods]
impl PySpan {
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Span(start={}, end={}, text={})",
            self.start,
            self.end,
            repr_str(py, &clip(&self.text, 60))
        )
    }

    /// The span as a plain dict: `{"start": ..., "end": ..., "text": ...}`.
    ///
    /// Example:
    ///     >>> import copydesk
    ///     >>> article = copydesk.analyze("Hello.")
    ///     >>> all(list(s.to_dict()) == ['start', 'end', 'text'] for s in article.paragraphs)
    ///     True
    #[pyo3(text_signature = "(self)")]
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        span_dict(py, self)
    }

    /// The span's state for pickling: a JSON string.
    fn __getstate__(&self) -> PyResult<String> {
        serde_json::to_string(&Span::from(self)).map_err(state_error)
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        Ok((
            slf.get_type().getattr("_from_state")?,
            (slf.get().__getstate__()?,),
        ))
    }

    /// Rebuild a span from `__getstate__`'s JSON string.
    #[classmethod]
    fn _from_state(_cls: &Bound<'_, PyType>, state: &str) -> PyResult<Self> {
        serde_json::from_str::<Span>(state)
            .map(Self::from)
            .map_err(state_error)
    }
}

fn span_dict<'py>(py: Python<'py>, s: &PySpan) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("start", s.start)?;
    d.set_item("end", s.end)?;
    d.set_item("text", &s.text)?;
    Ok(d)
}

/// A named entity or a number or time expression, with its spaCy/OntoNotes label.
///
/// Attributes:
///     text: The words as they appear in the input.
///     start: Start offset (a Python string index) into `Article.text`.
///     end: End offset into `Article.text`.
///     label: one of the 18 OntoNotes labels (PERSON, NORP, FAC, ORG, GPE, LOC, PRODUCT, ...).
///     canonical: The fullest name of the same entity in this article ("Taro Kono" for "Kono").
///
/// Example:
///     >>> import copydesk
///     >>> article = copydesk.analyze("TOKYO, Sept. 4 Kyodo - Taro Kono spoke.")
///     >>> all(article.text[e.start:e.end] == e.text for e in article.entities)
///     True
#[pyclass(frozen, get_all, eq, hash, module = "copydesk", name = "Entity")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PyEntity {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub label: String,
    pub canonical: String,
}

impl From<Entity> for PyEntity {
    fn from(e: Entity) -> Self {
        Self {
            text: e.text,
            start: e.start,
            end: e.end,
            label: e.label,
            canonical: e.canonical,
        }
    }
}

impl From<&PyEntity> for Entity {
    fn from(e: &PyEntity) -> Self {
        Self {
            text: e.text.clone(),
            start: e.start,
            end: e.end,
            label: e.label.clone(),
            canonical: e.canonical.clone(),
        }
    }
}

#[pymethods]
impl PyEntity {
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Entity(text={}, label={}, start={}, end={}, canonical={})",
            repr_str(py, &clip(&self.text, 60)),
            repr_str(py, &self.label),
            self.start,
            self.end,
            repr_str(py, &clip(&self.canonical, 60))
        )
    }

    /// The entity as a plain, JSON-serialisable dict.
    ///
    /// Example:
    ///     >>> import copydesk, json
    ///     >>> article = copydesk.analyze("Taro Kono spoke.")
    ///     >>> _ = json.dumps([e.to_dict() for e in article.entities])
    #[pyo3(text_signature = "(self)")]
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        entity_dict(py, self)
    }

    /// The entity's state for pickling: a JSON string.
    fn __getstate__(&self) -> PyResult<String> {
        serde_json::to_string(&Entity::from(self)).map_err(state_error)
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        Ok((
            slf.get_type().getattr("_from_state")?,
            (slf.get().__getstate__()?,),
        ))
    }

    /// Rebuild an entity from `__getstate__`'s JSON string.
    #[classmethod]
    fn _from_state(_cls: &Bound<'_, PyType>, state: &str) -> PyResult<Self> {
        serde_json::from_str::<Entity>(state)
            .map(Self::from)
            .map_err(state_error)
    }
}

fn entity_dict<'py>(py: Python<'py>, e: &PyEntity) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("text", &e.text)?;
    d.set_item("start", e.start)?;
    d.set_item("end", e.end)?;
    d.set_item("label", &e.label)?;
    d.set_item("canonical", &e.canonical)?;
    Ok(d)
}

/// A quotation and who said it.
///
/// Attributes:
///     text: The quoted words without the quote marks.
///     start: Start offset of `text` in `Article.text`.
///     end: End offset of `text` in `Article.text`.
///     speaker: Canonical name of the speaker, else the description's text ("a spokesman"),
///         else None; never a bare pronoun, never "I", "we" or "you".
///     speaker_mention: The words that introduce the speaker ("he", "a source", "Kono"),
///         kept when a pronoun leaves `speaker` None.
///     speaker_start: Start offset of `speaker_mention`, or None.
///     speaker_end: End offset of `speaker_mention`, or None.
///     speaker_label: "PERSON", "ORG", "GPE" or "NORP" for a named speaker, "DESCRIPTION"
///         for a nominal one ("a spokesman", "police"), or None.
///     cue: The speech verb or phrase ("said", "according to"), or None.
///     cue_start: Start offset of `cue`, or None.
///     cue_end: End offset of `cue`, or None.
///     kind: "direct" for a quoted sentence or more, "partial" for a quoted fragment,
///         "indirect" for reported speech without quotation marks.
///     content: The whole attributed content: `text` itself for direct and indirect
///         quotes, the reported clause that holds a partial quote.
///     content_start: Start offset of `content` in `Article.text`.
///     content_end: End offset of `content` in `Article.text`.
///
/// Example:
///     >>> import copydesk
///     >>> article = copydesk.analyze('"We will act," Kono said.')
///     >>> all(article.text[q.start:q.end] == q.text for q in article.quotes)
///     True
#[pyclass(frozen, get_all, eq, hash, module = "copydesk", name = "Quote")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PyQuote {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub speaker: Option<String>,
    pub speaker_mention: Option<String>,
    pub speaker_start: Option<usize>,
    pub speaker_end: Option<usize>,
    pub speaker_label: Option<String>,
    pub cue: Option<String>,
    pub cue_start: Option<usize>,
    pub cue_end: Option<usize>,
    pub kind: String,
    pub content: String,
    pub content_start: usize,
    pub content_end: usize,
}

impl From<Quote> for PyQuote {
    fn from(q: Quote) -> Self {
        Self {
            text: q.text,
            start: q.start,
            end: q.end,
            speaker: q.speaker,
            speaker_mention: q.speaker_mention,
            speaker_start: q.speaker_start,
            speaker_end: q.speaker_end,
            speaker_label: q.speaker_label,
            cue: q.cue,
            cue_start: q.cue_start,
            cue_end: q.cue_end,
            kind: q.kind,
            content: q.content,
            content_start: q.content_start,
            content_end: q.content_end,
        }
    }
}

impl From<&PyQuote> for Quote {
    fn from(q: &PyQuote) -> Self {
        Self {
            text: q.text.clone(),
            start: q.start,
            end: q.end,
            speaker: q.speaker.clone(),
            speaker_mention: q.speaker_mention.clone(),
            speaker_start: q.speaker_start,
            speaker_end: q.speaker_end,
            speaker_label: q.speaker_label.clone(),
            cue: q.cue.clone(),
            cue_start: q.cue_start,
            cue_end: q.cue_end,
            kind: q.kind.clone(),
            content: q.content.clone(),
            content_start: q.content_start,
            content_end: q.content_end,
        }
    }
}

#[pymethods]
impl PyQuote {
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Quote(text={}, speaker={}, cue={}, kind={}, start={}, end={})",
            repr_str(py, &clip(&self.text, 60)),
            repr_opt(py, self.speaker.as_deref()),
            repr_opt(py, self.cue.as_deref()),
            repr_str(py, &self.kind),
            self.start,
            self.end
        )
    }

    /// The quote as a plain, JSON-serialisable dict.
    ///
    /// Example:
    ///     >>> import copydesk, json
    ///     >>> article = copydesk.analyze('"We will act," Kono said.')
    ///     >>> _ = json.dumps([q.to_dict() for q in article.quotes])
    #[pyo3(text_signature = "(self)")]
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        quote_dict(py, self)
    }

    /// The quote's state for pickling: a JSON string.
    fn __getstate__(&self) -> PyResult<String> {
        serde_json::to_string(&Quote::from(self)).map_err(state_error)
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        Ok((
            slf.get_type().getattr("_from_state")?,
            (slf.get().__getstate__()?,),
        ))
    }

    /// Rebuild a quote from `__getstate__`'s JSON string.
    #[classmethod]
    fn _from_state(_cls: &Bound<'_, PyType>, state: &str) -> PyResult<Self> {
        serde_json::from_str::<Quote>(state)
            .map(Self::from)
            .map_err(state_error)
    }
}

fn quote_dict<'py>(py: Python<'py>, q: &PyQuote) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("text", &q.text)?;
    d.set_item("start", q.start)?;
    d.set_item("end", q.end)?;
    d.set_item("speaker", &q.speaker)?;
    d.set_item("speaker_mention", &q.speaker_mention)?;
    d.set_item("speaker_start", q.speaker_start)?;
    d.set_item("speaker_end", q.speaker_end)?;
    d.set_item("speaker_label", &q.speaker_label)?;
    d.set_item("cue", &q.cue)?;
    d.set_item("cue_start", q.cue_start)?;
    d.set_item("cue_end", q.cue_end)?;
    d.set_item("kind", &q.kind)?;
    d.set_item("content", &q.content)?;
    d.set_item("content_start", q.content_start)?;
    d.set_item("content_end", q.content_end)?;
    Ok(d)
}

/// One analysed story.
///
/// Attributes:
///     text: The input as `str` (bytes input is decoded).
///     source: The agency or publication as printed ("Kyodo News"), or None.
///     headline: The headline as printed, or None.
///     dateline: The dateline as printed ("TOKYO, Sept. 4 Kyodo -"), or None.
///     byline: The byline as printed ("By Jane Doe, Associated Press"), or None.
///     date: The date as printed ("Sept. 4"), or None.
///     body: The normalized body: paragraphs joined by a blank line, hard wraps removed.
///     paragraphs: Body paragraphs as spans of `text`.
///     sentences: Body sentences as spans of `text`.
///     entities: Named entities and number/time expressions.
///     quotes: Quotations with their speakers.
///     warnings: What the analysis repaired or could not do.
///
/// An article from `analyze` computes `sentences`, `entities`, `quotes` and `warnings` when one
/// of them is first read (or the article is compared, hashed, pickled or shown), once; batches
/// give complete articles.
///
/// Example:
///     >>> import copydesk
///     >>> article = copydesk.analyze("Ministers met on Monday.")
///     >>> article.body
///     'Ministers met on Monday.'
///     >>> copydesk.Article._from_state(article.__getstate__()) == article
///     True
#[pyclass(frozen, eq, hash, module = "copydesk", name = "Article")]
#[derive(Debug)]
pub struct PyArticle {
    #[pyo3(get)]
    pub text: String,
    #[pyo3(get)]
    pub source: Option<String>,
    #[pyo3(get)]
    pub headline: Option<String>,
    #[pyo3(get)]
    pub dateline: Option<String>,
    #[pyo3(get)]
    pub byline: Option<String>,
    #[pyo3(get)]
    pub date: Option<String>,
    #[pyo3(get)]
    pub published: Option<String>,
    #[pyo3(get)]
    pub url: Option<String>,
    #[pyo3(get)]
    pub body: String,
    #[pyo3(get)]
    pub paragraphs: Vec<PySpan>,
    /// `sentences`, `entities`, `quotes` and `warnings`: there already for a batch, computed
    /// on first access for `copydesk.analyze`.
    analysis: Deferred,
}

impl PyArticle {
    /// An article whose sentences, entities and quotes are computed on first access: `article`
    /// is the cheap half of the analysis, `prepared` what the rest needs.
    pub fn deferred(mut article: Article, prepared: Prepared, analyzer: Arc<Analyzer>) -> Self {
        let warnings = std::mem::take(&mut article.warnings);
        Self::with_analysis(article, Deferred::pending(analyzer, prepared, warnings))
    }

    /// The article's eager fields, with `analysis` for the rest (whatever `article` holds
    /// there is dropped).
    fn with_analysis(article: Article, analysis: Deferred) -> Self {
        let Article {
            text,
            source,
            headline,
            dateline,
            byline,
            date,
            published,
            url,
            body,
            paragraphs,
            ..
        } = article;
        Self {
            text,
            source,
            headline,
            dateline,
            byline,
            date,
            published,
            url,
            body,
            paragraphs: paragraphs.into_iter().map(PySpan::from).collect(),
            analysis,
        }
    }

    /// The lazily computed results.
    fn finished(&self, py: Python<'_>) -> PyResult<&Finished> {
        self.analysis.get(py, &self.text)
    }

    /// The eager fields, for equality and hashing.
    #[allow(clippy::type_complexity)]
    fn eager(&self) -> (&str, [&Option<String>; 7], &str, &[PySpan]) {
        (
            &self.text,
            [
                &self.source,
                &self.headline,
                &self.dateline,
                &self.byline,
                &self.date,
                &self.published,
                &self.url,
            ],
            &self.body,
            &self.paragraphs,
        )
    }

    /// The whole article as the core type (forcing the lazy part).
    fn to_core(&self, py: Python<'_>) -> PyResult<Article> {
        let finished = self.finished(py)?;
        Ok(Article {
            text: self.text.clone(),
            source: self.source.clone(),
            headline: self.headline.clone(),
            dateline: self.dateline.clone(),
            byline: self.byline.clone(),
            date: self.date.clone(),
            published: self.published.clone(),
            url: self.url.clone(),
            body: self.body.clone(),
            paragraphs: self.paragraphs.iter().map(Span::from).collect(),
            sentences: finished.sentences.iter().map(Span::from).collect(),
            entities: finished.entities.iter().map(Entity::from).collect(),
            quotes: finished.quotes.iter().map(Quote::from).collect(),
            warnings: finished.warnings.clone(),
        })
    }
}

// Equality and hashing see the whole article, so they force the lazy part (attached already:
// pyo3 calls these from `__eq__` and `__hash__`).
impl PartialEq for PyArticle {
    fn eq(&self, other: &Self) -> bool {
        self.eager() == other.eager()
            && Python::attach(|py| {
                self.analysis.result(py, &self.text) == other.analysis.result(py, &other.text)
            })
    }
}

impl Eq for PyArticle {}

impl Hash for PyArticle {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.eager().hash(state);
        Python::attach(|py| self.analysis.result(py, &self.text).hash(state));
    }
}

impl From<Article> for PyArticle {
    fn from(mut a: Article) -> Self {
        let finished = Finished {
            sentences: std::mem::take(&mut a.sentences)
                .into_iter()
                .map(PySpan::from)
                .collect(),
            entities: std::mem::take(&mut a.entities)
                .into_iter()
                .map(PyEntity::from)
                .collect(),
            quotes: std::mem::take(&mut a.quotes)
                .into_iter()
                .map(PyQuote::from)
                .collect(),
            warnings: std::mem::take(&mut a.warnings),
        };
        Self::with_analysis(a, Deferred::done(finished))
    }
}

#[pymethods]
impl PyArticle {
    /// Body sentences as spans of `text`.
    #[getter]
    fn sentences(&self, py: Python<'_>) -> PyResult<Vec<PySpan>> {
        Ok(self.finished(py)?.sentences.clone())
    }

    /// Named entities and number/time expressions.
    #[getter]
    fn entities(&self, py: Python<'_>) -> PyResult<Vec<PyEntity>> {
        Ok(self.finished(py)?.entities.clone())
    }

    /// Quotations with their speakers.
    #[getter]
    fn quotes(&self, py: Python<'_>) -> PyResult<Vec<PyQuote>> {
        Ok(self.finished(py)?.quotes.clone())
    }

    /// What the analysis repaired or could not do.
    #[getter]
    fn warnings(&self, py: Python<'_>) -> PyResult<Vec<String>> {
        Ok(self.finished(py)?.warnings.clone())
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let finished = self.finished(py)?;
        Ok(format!(
            "Article(source={}, headline={}, dateline={}, byline={}, date={}, body={}, \
             paragraphs={}, sentences={}, entities={}, quotes={}, warnings={})",
            repr_opt(py, self.source.as_deref()),
            repr_opt(py, self.headline.as_deref().map(|h| clip(h, 60)).as_deref()),
            repr_opt(py, self.dateline.as_deref()),
            repr_opt(py, self.byline.as_deref()),
            repr_opt(py, self.date.as_deref()),
            repr_str(py, &clip(&self.body, 40)),
            self.paragraphs.len(),
            finished.sentences.len(),
            finished.entities.len(),
            finished.quotes.len(),
            finished.warnings.len()
        ))
    }

    /// The article as plain dicts and lists, ready for `json.dumps`.
    ///
    /// Example:
    ///     >>> import copydesk, json
    ///     >>> d = copydesk.analyze("Ministers met on Monday.").to_dict()
    ///     >>> sorted(d)[:4]
    ///     ['body', 'byline', 'date', 'dateline']
    ///     >>> _ = json.dumps(d)
    #[pyo3(text_signature = "(self)")]
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("text", &self.text)?;
        d.set_item("source", &self.source)?;
        d.set_item("headline", &self.headline)?;
        d.set_item("dateline", &self.dateline)?;
        d.set_item("byline", &self.byline)?;
        d.set_item("date", &self.date)?;
        d.set_item("published", &self.published)?;
        d.set_item("url", &self.url)?;
        d.set_item("body", &self.body)?;
        let spans = |spans: &[PySpan]| -> PyResult<Bound<'py, PyList>> {
            let dicts = spans
                .iter()
                .map(|s| span_dict(py, s))
                .collect::<PyResult<Vec<_>>>()?;
            PyList::new(py, dicts)
        };
        let finished = self.finished(py)?;
        d.set_item("paragraphs", spans(&self.paragraphs)?)?;
        d.set_item("sentences", spans(&finished.sentences)?)?;
        let entities = finished
            .entities
            .iter()
            .map(|e| entity_dict(py, e))
            .collect::<PyResult<Vec<_>>>()?;
        d.set_item("entities", PyList::new(py, entities)?)?;
        let quotes = finished
            .quotes
            .iter()
            .map(|q| quote_dict(py, q))
            .collect::<PyResult<Vec<_>>>()?;
        d.set_item("quotes", PyList::new(py, quotes)?)?;
        d.set_item("warnings", &finished.warnings)?;
        Ok(d)
    }

    /// The article as HTML for notebooks: the same as `copydesk.render(article)`.
    ///
    /// The rendering lives in Python (`copydesk.display`), imported on first display so that
    /// `import copydesk` stays fast.
    fn _repr_html_(slf: &Bound<'_, Self>) -> PyResult<String> {
        slf.py()
            .import("copydesk.display")?
            .getattr("_repr_html")?
            .call1((slf,))?
            .extract()
    }

    /// The article as a `spacy.tokens.Doc` over `text`.
    ///
    /// `doc.ents` holds the entities (same offsets and labels, `kb_id_` = canonical name) and
    /// the span groups `quotes`, `speakers` and `cues` the quotes; every one of these spans is
    /// a token span with the same character offsets. Needs `copydesk[spacy]`.
    ///
    /// Args:
    ///     nlp_or_vocab: A spaCy `Language` (its vocab and tokenizer are used), a `Vocab`, or
    ///         None for a fresh `Vocab`.
    ///
    /// Example:
    ///     >>> import copydesk, spacy  # doctest: +SKIP
    ///     >>> doc = copydesk.analyze("Taro Kono spoke.").to_spacy(spacy.blank("en"))  # doctest: +SKIP
    #[pyo3(signature = (nlp_or_vocab=None), text_signature = "(self, nlp_or_vocab=None)")]
    fn to_spacy<'py>(
        slf: &Bound<'py, Self>,
        nlp_or_vocab: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        slf.py()
            .import("copydesk.spacy")?
            .getattr("to_spacy")?
            .call1((slf, nlp_or_vocab))
    }

    /// The article's state for pickling: a JSON string of the whole article.
    fn __getstate__(&self, py: Python<'_>) -> PyResult<String> {
        serde_json::to_string(&self.to_core(py)?).map_err(state_error)
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        Ok((
            slf.get_type().getattr("_from_state")?,
            (slf.get().__getstate__(slf.py())?,),
        ))
    }

    /// Rebuild an article from `__getstate__`'s JSON string.
    #[classmethod]
    fn _from_state(_cls: &Bound<'_, PyType>, state: &str) -> PyResult<Self> {
        serde_json::from_str::<Article>(state)
            .map(Self::from)
            .map_err(state_error)
    }
}
