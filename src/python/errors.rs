//! The exceptions copydesk raises and the one mapping from `CoreError` to them. Every class
//! derives from `CopydeskError`; the value and type variants also derive from Python's
//! `ValueError` and `TypeError`, so `except ValueError` keeps working.

use crate::CoreError;
use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyTuple, PyType};

create_exception!(
    copydesk,
    CopydeskError,
    PyException,
    "Base class of every exception copydesk raises."
);
create_exception!(
    copydesk,
    CopydeskModelError,
    CopydeskError,
    "A model file could not be read or decoded."
);

static VALUE_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static TYPE_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();

/// `CopydeskValueError(CopydeskError, ValueError)`: a value copydesk cannot take.
pub fn value_error_type(py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
    let ty = VALUE_ERROR.get_or_try_init(py, || {
        subclass(
            py,
            "CopydeskValueError",
            py.get_type::<PyValueError>(),
            "An argument has the right type but a value copydesk cannot take.",
        )
    })?;
    Ok(ty.bind(py))
}

/// `CopydeskTypeError(CopydeskError, TypeError)`: an argument of the wrong type.
pub fn type_error_type(py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
    let ty = TYPE_ERROR.get_or_try_init(py, || {
        subclass(
            py,
            "CopydeskTypeError",
            py.get_type::<PyTypeError>(),
            "An argument has a type copydesk does not accept.",
        )
    })?;
    Ok(ty.bind(py))
}

fn subclass(
    py: Python<'_>,
    name: &str,
    builtin: Bound<'_, PyType>,
    doc: &str,
) -> PyResult<Py<PyType>> {
    let bases = PyTuple::new(py, [py.get_type::<CopydeskError>(), builtin])?;
    let namespace = PyDict::new(py);
    namespace.set_item("__module__", "copydesk")?;
    namespace.set_item("__doc__", doc)?;
    let class = py.get_type::<PyType>().call1((name, bases, namespace))?;
    Ok(class.cast_into::<PyType>()?.unbind())
}

/// A `CopydeskValueError` with `message`.
pub fn value_error(message: impl Into<String>) -> PyErr {
    let message = message.into();
    Python::attach(|py| match value_error_type(py) {
        Ok(ty) => PyErr::from_type(ty.clone(), message),
        Err(err) => err,
    })
}

/// A `CopydeskTypeError` with `message`.
pub fn type_error(message: impl Into<String>) -> PyErr {
    let message = message.into();
    Python::attach(|py| match type_error_type(py) {
        Ok(ty) => PyErr::from_type(ty.clone(), message),
        Err(err) => err,
    })
}

/// The exception for a core error about the document at `position` of a batch, if any.
pub fn for_document(err: CoreError, position: Option<usize>) -> PyErr {
    let message = match position {
        Some(i) if !matches!(err, CoreError::Panic { .. }) => format!("texts[{i}]: {err}"),
        _ => err.to_string(),
    };
    match err {
        CoreError::InputTooLarge { .. } | CoreError::InvalidOption { .. } => value_error(message),
        CoreError::Model(_) => CopydeskModelError::new_err(message),
        CoreError::Panic { .. } => CopydeskError::new_err(message),
    }
}

impl From<CoreError> for PyErr {
    fn from(err: CoreError) -> Self {
        for_document(err, None)
    }
}
