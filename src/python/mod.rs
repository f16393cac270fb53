//! The Python module `copydesk._native`: the only place that knows about pyo3. It shapes
//! arguments and results; all analysis happens in the core.

mod arrow;
mod columns;
mod errors;
mod forking;
mod lazy;
mod link;
mod run;
mod types;

use crate::{normalize as core_normalize, Article, Input, NormalizeOptions, UnicodeForm};
use pyo3::prelude::*;
use run::{
    analyzer, articles_or_raise, extract_input, extract_inputs, flag, model_path, run_batch,
    thread_count, type_name, with_format,
};
use types::{PyArticle, PyEntity, PyQuote, PySpan};

fn to_py(articles: Vec<Article>) -> Vec<PyArticle> {
    articles.into_iter().map(PyArticle::from).collect()
}

/// Analyse one story.
///
/// Args:
///     text: The story as `str`, or as `bytes` (UTF-8, with a cp1252 fallback per invalid
///         sequence and a warning).
///     model: Path to an entity model trained by `copydesk train-ner`; None for the bundled one.
///         Each path is loaded once per process.
///     format: "auto" (the default) reads a document that starts like a web page (a doctype,
///         `<html>`, `<head>` or `<body>`) as HTML and anything else as text; "text" and
///         "html" force one. For HTML the article is extracted first: `text` is then the
///         extracted headline, byline and paragraphs, and `url` and `published` are filled.
///
/// Returns:
///     The analysed `Article`. Its `text`, metadata, `body` and `paragraphs` are there at
///     once; its `sentences`, `entities`, `quotes` and `warnings` are computed the first time
///     one of them is read (or the article is compared, hashed, pickled or shown), once, then
///     kept. So reading only a page's body or a story's headline costs no tagging. Batches
///     (`analyze_many`, the frames and tables, the CLI, Dask) compute everything at once.
///
/// Raises:
///     TypeError: `text` is not `str` or `bytes` (None included).
///     ValueError: `text` holds a lone surrogate, or is larger than `MAX_INPUT_BYTES`.
///     CopydeskError: An internal error; the message says what happened.
///
/// Example:
///     >>> import copydesk
///     >>> article = copydesk.analyze("Ministers met on Monday.")
///     >>> article.text
///     'Ministers met on Monday.'
#[pyfunction]
#[pyo3(
    signature = (text, *, model=None, format="auto"),
    text_signature = "(text, *, model=None, format='auto')"
)]
fn analyze(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    model: Option<&Bound<'_, PyAny>>,
    format: &str,
) -> PyResult<PyArticle> {
    let analyzer = with_format(analyzer(model_path(model)?)?, format)?;
    let input = extract_input(text, None)?;
    // One story runs on the calling thread, not the pool; a bad COPYDESK_NUM_THREADS still
    // raises here, as it did when this went through the batch path.
    crate::pool::check_default_threads()?;
    // Everything that can fail (size limits, a panic) fails here, in the cheap half.
    let (article, prepared) = forking::detached(py, || {
        crate::batch::isolated(0, || match &input {
            Input::Text(text) => analyzer.prepare(text),
            Input::Bytes(bytes) => analyzer.prepare_bytes(bytes),
            // Not produced for a single story (None is a TypeError above).
            Input::Missing => analyzer.prepare(""),
        })
    })?;
    Ok(PyArticle::deferred(article, prepared, analyzer))
}

/// Analyse many stories in parallel; results come back in input order.
///
/// The inputs are copied, the interpreter is released once for the whole batch and the stories
/// run on a thread pool. Ctrl-C interrupts the batch within about a second. Results do not
/// depend on the number of threads.
///
/// Args:
///     texts: Any iterable of `str` or `bytes`. None and float NaN (pandas' missing values)
///         give an empty `Article` in their place.
///     threads: Worker threads; None means `COPYDESK_NUM_THREADS`, else the CPUs this process
///         may use.
///     model: Path to an entity model file, as for `analyze`.
///     format: "auto", "text" or "html", as for `analyze`.
///
/// Returns:
///     One `Article` per input, in order.
///
/// Raises:
///     TypeError: An item is neither `str`, `bytes`, None nor NaN; the message names its
///         position.
///     ValueError: An item holds a lone surrogate or is too large, or `threads` < 1.
///     CopydeskError: The analysis of one story failed; the message names its position.
///
/// Example:
///     >>> import copydesk
///     >>> [a.body for a in copydesk.analyze_many(["One.", None, b"Two."], threads=2)]
///     ['One.', '', 'Two.']
#[pyfunction]
#[pyo3(
    signature = (texts, *, threads=None, model=None, format="auto"),
    text_signature = "(texts, *, threads=None, model=None, format='auto')"
)]
fn analyze_many(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    threads: Option<&Bound<'_, PyAny>>,
    model: Option<&Bound<'_, PyAny>>,
    format: &str,
) -> PyResult<Vec<PyArticle>> {
    _analyze_many_from(py, texts, 0, threads, model, format)
}

/// `analyze_many` for the part of a larger stream that starts at position `offset`, so errors
/// name positions in the whole stream (used by `analyze_iter`).
#[pyfunction]
#[pyo3(signature = (texts, offset, *, threads=None, model=None, format="auto"))]
fn _analyze_many_from(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    offset: usize,
    threads: Option<&Bound<'_, PyAny>>,
    model: Option<&Bound<'_, PyAny>>,
    format: &str,
) -> PyResult<Vec<PyArticle>> {
    let threads = thread_count(threads)?;
    let analyzer = with_format(analyzer(model_path(model)?)?, format)?;
    let inputs: Vec<Input> = extract_inputs(texts, offset)?;
    let results = run_batch(py, &analyzer, &inputs, offset, threads)?;
    Ok(to_py(articles_or_raise(results, offset)?))
}

/// Normalize text the way `Article.body` is normalized.
///
/// Unicode NFC (or NFKC), whitespace and control characters, HTML entities, soft hyphens, hard
/// wraps and, by default, mojibake. Paragraphs stay separated by a blank line.
///
/// Args:
///     text: The text to normalize.
///     form: "NFC" (the default) or "NFKC".
///     dashes: Turn "--" into an em dash.
///     straighten_quotes: Turn curly quotes and apostrophes into straight ones.
///     repair_mojibake: Repair UTF-8 that was read as cp1252 ("CafÃ©" becomes "Café").
///
/// Returns:
///     The normalized text.
///
/// Raises:
///     TypeError: `text` is not a `str`.
///     ValueError: `form` is not "NFC" or "NFKC", or `text` holds a lone surrogate.
///
/// Example:
///     >>> import copydesk
///     >>> copydesk.normalize("Cafe\u0301")
///     'Café'
#[pyfunction]
#[pyo3(
    signature = (text, *, form=None, dashes=None, straighten_quotes=None, repair_mojibake=None),
    text_signature = "(text, *, form='NFC', dashes=False, straighten_quotes=False, repair_mojibake=True)"
)]
fn normalize(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    form: Option<&Bound<'_, PyAny>>,
    dashes: Option<&Bound<'_, PyAny>>,
    straighten_quotes: Option<&Bound<'_, PyAny>>,
    repair_mojibake: Option<&Bound<'_, PyAny>>,
) -> PyResult<String> {
    // Options arrive untyped so that a wrong type is a CopydeskTypeError, not pyo3's TypeError.
    let form: String = match form {
        None => "NFC".to_string(),
        Some(form) => form.extract().map_err(|_| {
            errors::type_error(format!(
                "form must be 'NFC' or 'NFKC', not {}",
                type_name(form)
            ))
        })?,
    };
    let (dashes, straighten_quotes, repair_mojibake) = (
        flag(dashes, "dashes", false)?,
        flag(straighten_quotes, "straighten_quotes", false)?,
        flag(repair_mojibake, "repair_mojibake", true)?,
    );
    let form = match form.to_ascii_uppercase().as_str() {
        "NFC" => UnicodeForm::Nfc,
        "NFKC" => UnicodeForm::Nfkc,
        _ => {
            return Err(crate::CoreError::InvalidOption {
                name: "form",
                reason: format!("expected 'NFC' or 'NFKC', not {form:?}"),
            }
            .into())
        }
    };
    let text = match extract_input(text, None)? {
        Input::Text(text) => text,
        _ => {
            return Err(errors::type_error(
                "normalize() takes a str; decode bytes first, or pass them to analyze()",
            ))
        }
    };
    let options = NormalizeOptions {
        form,
        dashes,
        straighten_quotes,
        repair_mojibake,
    };
    Ok(forking::detached(py, || {
        core_normalize::normalize(&text, &options)
    }))
}

/// Forget the thread pools inherited through `fork()` without joining them; the child builds
/// its own on first use. `import copydesk` registers this with `os.register_at_fork`.
#[pyfunction]
#[pyo3(text_signature = "()")]
fn _reset_after_fork() {
    crate::pool::reset_after_fork();
}

/// The number of threads a batch uses when `threads=` is not given.
///
/// Raises:
///     CopydeskValueError: `COPYDESK_NUM_THREADS` is set to something other than a count.
///
/// Example:
///     >>> import copydesk
///     >>> copydesk.default_threads() >= 1
///     True
#[pyfunction]
#[pyo3(text_signature = "()")]
fn default_threads() -> PyResult<usize> {
    Ok(crate::pool::default_threads()?)
}

/// Set the number of threads later batches use when `threads=` is not given (handy in a
/// notebook); None goes back to `COPYDESK_NUM_THREADS`, else the CPUs. Counts above four times
/// the CPUs are capped. The previous default pool and its per-thread memory are released.
///
/// Args:
///     threads: A whole number from 1 to 1024, or None.
///
/// Returns:
///     The default number of threads from now on.
///
/// Raises:
///     CopydeskValueError: `threads` is below 1 or above 1024.
///     CopydeskTypeError: `threads` is not an int or None.
///
/// Example:
///     >>> import copydesk
///     >>> copydesk.set_threads(2)
///     2
///     >>> _ = copydesk.set_threads(None)
#[pyfunction]
#[pyo3(signature = (threads), text_signature = "(threads)")]
fn set_threads(threads: Option<&Bound<'_, PyAny>>) -> PyResult<usize> {
    let threads = thread_count(threads)?;
    Ok(crate::pool::set_default_threads(threads)?)
}

/// Run a batch through the core only, building no Python objects, and return the seconds it
/// took and the number of entities found; `benches/throughput.py` uses it to separate the
/// core's time from the cost of building `Article` objects.
#[pyfunction]
#[pyo3(signature = (texts, *, threads=None), text_signature = "(texts, *, threads=None)")]
fn _core_seconds(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    threads: Option<&Bound<'_, PyAny>>,
) -> PyResult<(f64, usize)> {
    let threads = thread_count(threads)?;
    let inputs: Vec<Input> = extract_inputs(texts, 0)?;
    let started = std::time::Instant::now();
    let analyzer = analyzer(None)?;
    let results = run_batch(py, &analyzer, &inputs, 0, threads)?;
    let seconds = started.elapsed().as_secs_f64();
    let entities = results.iter().flatten().map(|a| a.entities.len()).sum();
    Ok((seconds, entities))
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add_class::<PyArticle>()?;
    m.add_class::<PySpan>()?;
    m.add_class::<PyEntity>()?;
    m.add_class::<PyQuote>()?;
    m.add("CopydeskError", py.get_type::<errors::CopydeskError>())?;
    m.add(
        "CopydeskModelError",
        py.get_type::<errors::CopydeskModelError>(),
    )?;
    m.add("CopydeskValueError", errors::value_error_type(py)?)?;
    m.add("CopydeskTypeError", errors::type_error_type(py)?)?;
    m.add("MAX_INPUT_BYTES", crate::MAX_INPUT_BYTES)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_many, m)?)?;
    m.add_function(wrap_pyfunction!(_analyze_many_from, m)?)?;
    m.add_function(wrap_pyfunction!(normalize, m)?)?;
    m.add_function(wrap_pyfunction!(default_threads, m)?)?;
    m.add_function(wrap_pyfunction!(set_threads, m)?)?;
    m.add_function(wrap_pyfunction!(_reset_after_fork, m)?)?;
    m.add_function(wrap_pyfunction!(forking::_before_fork, m)?)?;
    m.add_function(wrap_pyfunction!(_core_seconds, m)?)?;
    m.add_function(wrap_pyfunction!(columns::_columns, m)?)?;
    m.add_class::<arrow::ArrowBatch>()?;
    m.add_function(wrap_pyfunction!(arrow::_arrow_batch, m)?)?;
    m.add_function(wrap_pyfunction!(link::_link, m)?)?;
    Ok(())
}
