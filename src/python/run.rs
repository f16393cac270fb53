//! The binding boundary for batches: copy Python inputs into owned `Input`s while attached, run
//! the whole batch detached on the rayon pool (on the calling thread when given one thread) in
//! chunks, checking for Ctrl-C between chunks, and hand back core results. Every batch entry
//! point (analyze, analyze_many, the frame columns) goes through [`run_batch`].

use super::errors;
use super::forking::Computing;
use crate::{analyze_batch, analyze_here, pool, Analyzer, Article, CoreError, Input};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyFloat, PyInt, PyString};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, LazyLock, Mutex, Once, PoisonError};

/// A chunk ends after this many documents ...
const CHUNK_DOCS: usize = 256;
/// ... or once it holds this many bytes, so Ctrl-C is seen about as often for long stories.
const CHUNK_BYTES: usize = 4 << 20;
/// Inputs are checked for Ctrl-C this often while they are copied.
const EXTRACT_SIGNAL_EVERY: usize = 1024;

static DEFAULT_ANALYZER: LazyLock<Arc<Analyzer>> = LazyLock::new(|| Arc::new(Analyzer::new()));
static MODELS: LazyLock<Mutex<HashMap<PathBuf, Arc<Analyzer>>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

/// The analyzer for `model`: the bundled one for None, else one loaded from that file once per
/// process and path, then shared.
pub fn analyzer(model: Option<PathBuf>) -> PyResult<Arc<Analyzer>> {
    // Every entry point comes here attached, before any work is detached: see `warm_up`.
    static WARM: Once = Once::new();
    WARM.call_once(crate::warm_up);
    let Some(path) = model else {
        return Ok(Arc::clone(&DEFAULT_ANALYZER));
    };
    let key = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
    let mut models = MODELS.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(found) = models.get(&key) {
        return Ok(Arc::clone(found));
    }
    let loaded = Arc::new(Analyzer::with_model_file(&path)?);
    models.insert(key, Arc::clone(&loaded));
    Ok(loaded)
}

/// `analyzer` reading its inputs as `format` ("auto", "text" or "html").
pub fn with_format(analyzer: Arc<Analyzer>, format: &str) -> PyResult<Arc<Analyzer>> {
    let format: crate::Format = format.parse()?;
    if analyzer.format == format {
        return Ok(analyzer);
    }
    Ok(Arc::new(Analyzer {
        format,
        ..(*analyzer).clone()
    }))
}

/// The `threads=` argument: None for the default, else a count from 1 to `pool::MAX_THREADS`
/// (larger than the pool's cap is capped there). Anything else is a CopydeskTypeError or
/// CopydeskValueError that says what to pass.
pub fn thread_count(threads: Option<&Bound<'_, PyAny>>) -> PyResult<Option<usize>> {
    let Some(obj) = threads.filter(|t| !t.is_none()) else {
        return Ok(None);
    };
    let what = || {
        format!(
            "threads must be None or a whole number from 1 to {}",
            pool::MAX_THREADS
        )
    };
    if obj.is_instance_of::<PyBool>() || !obj.is_instance_of::<PyInt>() {
        let type_name = type_name(obj);
        return Err(errors::type_error(format!(
            "{}, not {type_name} {}",
            what(),
            obj.repr().map(|r| r.to_string()).unwrap_or_default()
        )));
    }
    match obj.extract::<i64>() {
        Ok(n) if n >= 1 => usize::try_from(n)
            .map_err(|e| errors::value_error(e.to_string()))
            .and_then(|n| Ok(Some(pool::validate_threads("threads", n)?))),
        Ok(n) => Err(errors::value_error(format!("{}, not {n}", what()))),
        Err(_) => Err(errors::value_error(format!("{}, not {obj}", what()))),
    }
}

/// The `model=` argument: None for the bundled model, else a path (`str` or `os.PathLike`).
pub fn model_path(model: Option<&Bound<'_, PyAny>>) -> PyResult<Option<PathBuf>> {
    let Some(obj) = model.filter(|m| !m.is_none()) else {
        return Ok(None);
    };
    obj.extract::<PathBuf>().map(Some).map_err(|_| {
        errors::type_error(format!(
            "model must be None or the path of a model file (str or pathlib.Path), not {}",
            type_name(obj)
        ))
    })
}

/// A `bool` keyword argument (`default` when not given), or a CopydeskTypeError naming it.
pub fn flag(obj: Option<&Bound<'_, PyAny>>, name: &str, default: bool) -> PyResult<bool> {
    let Some(obj) = obj else {
        return Ok(default);
    };
    obj.extract::<bool>().map_err(|_| {
        errors::type_error(format!(
            "{name} must be True or False, not {}",
            type_name(obj)
        ))
    })
}

/// The name of `obj`'s type, for messages.
pub fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".to_string())
}

/// What one Python object of a batch is.
pub fn extract_input(obj: &Bound<'_, PyAny>, position: Option<usize>) -> PyResult<Input> {
    let py = obj.py();
    let name = || position.map_or_else(|| "text".to_string(), |i| format!("texts[{i}]"));
    if let Ok(text) = obj.cast::<PyString>() {
        return match text.to_cow() {
            Ok(text) => Ok(Input::Text(text.into_owned())),
            Err(err) => Err(errors::value_error(format!(
                "{} cannot be encoded as UTF-8 (a lone surrogate?): {}",
                name(),
                err.value(py)
            ))),
        };
    }
    if let Ok(bytes) = obj.cast::<PyBytes>() {
        return Ok(Input::Bytes(bytes.as_bytes().to_vec()));
    }
    if position.is_some() && is_missing(obj) {
        return Ok(Input::Missing);
    }
    let type_name = type_name(obj);
    Err(errors::type_error(match position {
        Some(i) => format!(
            "texts[{i}] is {type_name}; expected str or bytes (None or NaN for a missing story)"
        ),
        None => format!("expected str or bytes, not {type_name}"),
    }))
}

/// None, a float NaN, or pandas' `NA`.
fn is_missing(obj: &Bound<'_, PyAny>) -> bool {
    if obj.is_none() {
        return true;
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        return f.value().is_nan();
    }
    // pandas' NA, whose class lives in a module that moved between pandas versions.
    let ty = obj.get_type();
    let attr = |name: &str| {
        ty.getattr(name)
            .and_then(|v| v.extract::<String>())
            .unwrap_or_default()
    };
    attr("__name__") == "NAType" && attr("__module__").starts_with("pandas")
}

/// A pyarrow Array/ChunkedArray or a polars Series as a list of Python values (nulls as None),
/// since iterating one directly gives Arrow scalars; anything else as it is.
fn python_values<'py>(texts: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    let ty = texts.get_type();
    let module = ty
        .getattr("__module__")
        .and_then(|m| m.extract::<String>())
        .unwrap_or_default();
    if module.starts_with("pyarrow") && texts.hasattr("to_pylist")? {
        return texts.call_method0("to_pylist");
    }
    if module.starts_with("polars") && ty.name()?.to_cow()? == "Series" {
        return texts.call_method0("to_list");
    }
    Ok(texts.clone())
}

/// Copy every item of `texts` into owned inputs, checking for Ctrl-C now and then.
pub fn extract_inputs(texts: &Bound<'_, PyAny>, offset: usize) -> PyResult<Vec<Input>> {
    let py = texts.py();
    let texts = &python_values(texts)?;
    if texts.is_instance_of::<PyString>() || texts.is_instance_of::<PyBytes>() {
        return Err(errors::type_error(
            "texts must be an iterable of stories, not a single str or bytes; \
             use analyze() for one story",
        ));
    }
    let iter = texts.try_iter().map_err(|_| {
        errors::type_error(format!(
            "texts must be an iterable of str or bytes (a list, a pandas Series, a generator), \
             not {}",
            type_name(texts)
        ))
    })?;
    let mut inputs = Vec::with_capacity(texts.len().unwrap_or(0));
    for (i, item) in iter.enumerate() {
        inputs.push(extract_input(&item?, Some(offset + i))?);
        if (i + 1) % EXTRACT_SIGNAL_EVERY == 0 {
            py.check_signals()?;
        }
    }
    Ok(inputs)
}

fn input_len(input: &Input) -> usize {
    match input {
        Input::Text(t) => t.len(),
        Input::Bytes(b) => b.len(),
        Input::Missing => 0,
    }
}

/// Analyse `inputs` (the batch's documents from position `offset` on) on the pool for `threads`
/// (with one thread, on the calling thread): detached from Python once for the whole batch, in
/// chunks, with a Ctrl-C check after each.
pub fn run_batch(
    py: Python<'_>,
    analyzer: &Analyzer,
    inputs: &[Input],
    offset: usize,
    threads: Option<usize>,
) -> PyResult<Vec<Result<Article, CoreError>>> {
    // Taken while attached: `os.fork` holds the GIL too, so a child never inherits the lock held.
    let pool = pool::get(threads)?;
    // Counted as computing chunk by chunk, so that a fork waits for one chunk at most.
    let mut computing = Some(Computing::start(py));
    py.detach(|| {
        let mut results = Vec::with_capacity(inputs.len());
        let mut start = 0;
        while start < inputs.len() {
            let mut end = start;
            let mut bytes = 0;
            while end < inputs.len() && end - start < CHUNK_DOCS && bytes < CHUNK_BYTES {
                bytes += input_len(&inputs[end]);
                end += 1;
            }
            let chunk = &inputs[start..end];
            if pool.current_num_threads() == 1 {
                results.extend(analyze_here(analyzer, chunk, offset + start));
            } else {
                results.extend(pool.install(|| analyze_batch(analyzer, chunk, offset + start)));
            }
            drop(computing.take());
            Python::attach(|py| {
                computing = Some(Computing::start(py));
                py.check_signals()
            })?;
            start = end;
        }
        Ok(results)
    })
}

/// The articles of a batch, or the exception for its first failed document.
pub fn articles_or_raise(
    results: Vec<Result<Article, CoreError>>,
    offset: usize,
) -> PyResult<Vec<Article>> {
    results
        .into_iter()
        .enumerate()
        .map(|(i, r)| r.map_err(|e| errors::for_document(e, Some(offset + i))))
        .collect()
}
