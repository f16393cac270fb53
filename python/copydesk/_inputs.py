"""The story collections every batch function takes, as plain iterables of ``str``/``bytes``.

Lists, tuples and generators pass through; a pandas Series gives its values (and its index as
the default ids); a polars Series and a pyarrow Array or ChunkedArray (string, large_string,
string_view, binary or dictionary-encoded) give their values a slice at a time, nulls as None.
Neither pyarrow nor polars is imported here: they are recognised by their type's module, so a
user without them pays nothing.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

#: Values converted to Python objects at a time from an Arrow or polars column.
SLICE = 4096


def _module(obj: Any) -> str:
    return type(obj).__module__ or ""


def is_arrow(obj: Any) -> bool:
    """A pyarrow Array or ChunkedArray."""
    return _module(obj).startswith("pyarrow") and hasattr(obj, "to_pylist") and hasattr(obj, "type")


def is_polars_series(obj: Any) -> bool:
    return _module(obj).startswith("polars") and type(obj).__name__ == "Series"


def is_pandas_series(obj: Any) -> bool:
    return _module(obj).startswith("pandas") and type(obj).__name__ == "Series"


def _slices(column: Any, length: int) -> Iterator[Any]:
    for start in range(0, length, SLICE):
        yield column.slice(start, SLICE)


def _arrow_values(array: Any) -> Iterator[Any]:
    chunks = array.chunks if hasattr(array, "chunks") else [array]
    for chunk in chunks:
        for part in _slices(chunk, len(chunk)):
            yield from part.to_pylist()


def _polars_values(series: Any) -> Iterator[Any]:
    for part in _slices(series, len(series)):
        yield from part.to_list()


def texts_of(texts: Any) -> Iterable[Any]:
    """``texts`` as an iterable of ``str``/``bytes``/None, without copying a list or Series."""
    if is_pandas_series(texts):
        return texts.array  # type: ignore[no-any-return]
    if is_arrow(texts):
        return _arrow_values(texts)
    if is_polars_series(texts):
        return _polars_values(texts)
    return texts  # type: ignore[no-any-return]


def story_ids(texts: Any) -> Any:
    """The default row labels of ``texts``: a pandas Series' index, else None (positions)."""
    if is_pandas_series(texts):
        return texts.index
    return None
