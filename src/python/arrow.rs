//! Arrow output: one batch of stories in, one Arrow record batch out, built straight from the
//! core's results (`rows.rs`) and handed to Python through the Arrow C stream interface (the
//! `__arrow_c_stream__` PyCapsule protocol), so pyarrow, polars and DuckDB take the columns
//! without a Python object per cell.

use super::columns::{analyze_inputs, parse_kind};
use super::errors;
use crate::rows::{Cell, ColumnType, Kind, HEAD};
use arrow_array::builder::{Int64Builder, LargeStringBuilder, ListBuilder};
use arrow_array::ffi_stream::FFI_ArrowArrayStream;
use arrow_array::{ArrayRef, RecordBatch, RecordBatchIterator};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use pyo3::prelude::*;
use pyo3::types::PyCapsule;
use std::sync::Arc;

/// A finished record batch that Python reads through `__arrow_c_stream__` (a stream of one
/// batch): `pyarrow.table(batch)`, `polars.DataFrame(batch)`.
#[derive(Debug)]
#[pyclass(frozen, module = "copydesk._native", name = "ArrowBatch")]
pub struct ArrowBatch {
    batch: RecordBatch,
}

#[pymethods]
impl ArrowBatch {
    /// The batch as an `ArrowArrayStream` PyCapsule. A requested schema is not honoured (the
    /// protocol allows that): the columns have one fixed type each.
    #[pyo3(signature = (requested_schema=None))]
    fn __arrow_c_stream__<'py>(
        &self,
        py: Python<'py>,
        requested_schema: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyCapsule>> {
        let _ = requested_schema;
        let reader = RecordBatchIterator::new([Ok(self.batch.clone())], self.batch.schema());
        let stream = FFI_ArrowArrayStream::new(Box::new(reader));
        PyCapsule::new_with_value(py, stream, c"arrow_array_stream")
    }

    /// Rows in the batch.
    #[getter]
    fn num_rows(&self) -> usize {
        self.batch.num_rows()
    }

    fn __repr__(&self) -> String {
        format!(
            "ArrowBatch({} rows, {} columns)",
            self.batch.num_rows(),
            self.batch.num_columns()
        )
    }
}

/// An Arrow record batch of `kind` ("entities", "quotes", "articles", "sentences") for `texts`,
/// the stories from position `offset` on. The `id` column holds positions; the Python layer
/// swaps in the caller's ids.
#[pyfunction]
#[pyo3(signature = (kind, texts, offset=0, *, threads=None, model=None, format="auto"))]
pub fn _arrow_batch(
    py: Python<'_>,
    kind: &str,
    texts: &Bound<'_, PyAny>,
    offset: usize,
    threads: Option<Bound<'_, PyAny>>,
    model: Option<Bound<'_, PyAny>>,
    format: &str,
) -> PyResult<ArrowBatch> {
    let kind = parse_kind(kind)?;
    let (articles, missing) =
        analyze_inputs(py, texts, offset, threads.as_ref(), model.as_ref(), format)?;
    // Built detached: nothing here touches Python.
    let batch = super::forking::detached(py, || {
        let mut builder = BatchBuilder::new(kind);
        for (i, article) in articles.iter().enumerate() {
            let position = offset + i;
            kind.rows(article, missing[i], |cells| builder.push(position, cells));
        }
        builder.finish()
    });
    batch
        .map(|batch| ArrowBatch { batch })
        .map_err(|err| errors::CopydeskError::new_err(format!("building the Arrow batch: {err}")))
}

/// The schema of `kind`: `id` and `article` as int64, then the kind's columns (integers as
/// int64, text as large_string so one batch may hold more than 2 GiB of text).
pub fn schema(kind: Kind) -> SchemaRef {
    let head = HEAD
        .iter()
        .map(|name| Field::new(*name, DataType::Int64, false));
    let rest = kind.columns().iter().map(|(name, ty)| match ty {
        ColumnType::Int => Field::new(*name, DataType::Int64, true),
        ColumnType::Str => Field::new(*name, DataType::LargeUtf8, true),
        ColumnType::StrList => {
            Field::new(*name, DataType::new_list(DataType::LargeUtf8, true), true)
        }
    });
    Arc::new(Schema::new(head.chain(rest).collect::<Vec<_>>()))
}

enum ColumnBuilder {
    Int(Int64Builder),
    Str(LargeStringBuilder),
    StrList(ListBuilder<LargeStringBuilder>),
}

/// One Arrow builder per column.
struct BatchBuilder {
    kind: Kind,
    positions: Int64Builder,
    columns: Vec<ColumnBuilder>,
}

fn as_i64(value: usize) -> i64 {
    // Offsets and counts come from inputs under MAX_INPUT_BYTES (1 GiB), so they always fit.
    i64::try_from(value).unwrap_or(i64::MAX)
}

impl BatchBuilder {
    fn new(kind: Kind) -> Self {
        let columns = kind
            .columns()
            .iter()
            .map(|(_, ty)| match ty {
                ColumnType::Int => ColumnBuilder::Int(Int64Builder::new()),
                ColumnType::Str => ColumnBuilder::Str(LargeStringBuilder::new()),
                ColumnType::StrList => {
                    ColumnBuilder::StrList(ListBuilder::new(LargeStringBuilder::new()))
                }
            })
            .collect();
        Self {
            kind,
            positions: Int64Builder::new(),
            columns,
        }
    }

    fn push(&mut self, position: usize, cells: &[Cell<'_>]) {
        self.positions.append_value(as_i64(position));
        for (builder, cell) in self.columns.iter_mut().zip(cells) {
            match (builder, cell) {
                (ColumnBuilder::Int(b), Cell::Int(v)) => b.append_option(v.map(as_i64)),
                (ColumnBuilder::Str(b), Cell::Str(v)) => b.append_option(*v),
                (ColumnBuilder::StrList(b), Cell::StrList(v)) => {
                    for s in *v {
                        b.values().append_value(s);
                    }
                    b.append(true);
                }
                // rows.rs tests that every cell matches its column's type.
                _ => unreachable!("a cell of the wrong type for its column"),
            }
        }
    }

    fn finish(mut self) -> Result<RecordBatch, arrow_schema::ArrowError> {
        let positions: ArrayRef = Arc::new(self.positions.finish());
        let mut arrays = vec![Arc::clone(&positions), positions];
        for builder in &mut self.columns {
            arrays.push(match builder {
                ColumnBuilder::Int(b) => Arc::new(b.finish()) as ArrayRef,
                ColumnBuilder::Str(b) => Arc::new(b.finish()),
                ColumnBuilder::StrList(b) => Arc::new(b.finish()),
            });
        }
        RecordBatch::try_new(schema(self.kind), arrays)
    }
}
