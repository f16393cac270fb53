"""Dask: the pandas frame functions over every partition of a Dask DataFrame, lazily.

Each worker process builds its own thread pool on first use (and again after a fork), so the
functions run unchanged on a ``distributed`` cluster of processes.

>>> import dask.dataframe as dd, pandas as pd, copydesk.dask
>>> ddf = dd.from_pandas(pd.DataFrame({"text": ["Ministers met on Monday."]}), npartitions=1)
>>> copydesk.dask.articles(ddf).compute()["body"].tolist()
['Ministers met on Monday.']
"""

from __future__ import annotations

from typing import Any, Union

from copydesk._errors import CopydeskImportError, CopydeskKeyError
from copydesk._native import CopydeskTypeError

try:
    import dask.dataframe as dd
    import pandas as pd
except ImportError as _err:  # pragma: no cover - exercised without dask
    raise CopydeskImportError(
        "copydesk.dask needs dask: pip install '.[dask]' from a copydesk clone"
    ) from _err

from copydesk.pandas import _frame, empty_frame

__all__ = ["articles", "entities", "quotes"]


#: What pandas makes of a column of Python str: `str` in pandas 3, `object` before. Dask turns
#: such columns into `string[pyarrow]` when it takes them in; string ids are turned back, so the
#: `id` column has the dtype the pandas function gives for the same pandas data.
_PANDAS_STR = pd.Series(["id"]).dtype


def _id_dtype(dtype: Any) -> Any:
    return _PANDAS_STR if isinstance(dtype, pd.StringDtype) else dtype


def _partition(
    part: pd.DataFrame, kind: str, column: str, id_column: str | None, threads: int | None
) -> pd.DataFrame:
    texts = part[column]
    ids = part[id_column] if id_column is not None else part.index
    frame = _frame(kind, texts, ids, threads, None, 10_000)
    wanted = _id_dtype(frame["id"].dtype)
    if wanted != frame["id"].dtype:
        frame["id"] = frame["id"].astype(wanted)
    return frame


def _map(
    kind: str,
    ddf: Union[dd.DataFrame, dd.Series],
    column: str,
    id_column: str | None,
    threads: int | None,
) -> dd.DataFrame:
    if isinstance(ddf, dd.Series):
        # A Series of texts: its index gives the ids, as for the pandas functions.
        if id_column is not None:
            raise CopydeskTypeError(
                "id_column needs a Dask DataFrame; a Series takes its ids from its index"
            )
        column = str(ddf.name) if ddf.name is not None else column
        ddf = ddf.to_frame(name=column)
    elif not isinstance(ddf, dd.DataFrame):
        raise CopydeskTypeError(
            f"expected a Dask DataFrame or Series, not {type(ddf).__name__}; for pandas data use "
            "copydesk.entities_frame and friends, or dask.dataframe.from_pandas"
        )
    if column not in ddf.columns:
        raise CopydeskKeyError(
            f"no column {column!r} in the Dask DataFrame (columns: "
            f"{', '.join(map(str, ddf.columns))}); pass column="
        )
    if id_column is not None and id_column not in ddf.columns:
        raise CopydeskKeyError(f"no id column {id_column!r} in the Dask DataFrame")
    id_dtype = ddf[id_column].dtype if id_column is not None else ddf.index.dtype
    meta = empty_frame(kind, _id_dtype(id_dtype))
    lazy: dd.DataFrame = ddf.map_partitions(  # type: ignore[no-untyped-call]
        _partition, kind, column, id_column, threads, meta=meta, align_dataframes=False
    )
    return lazy


def entities(
    ddf: dd.DataFrame, column: str = "text", id_column: str | None = None, *, threads: int | None = None
) -> dd.DataFrame:
    """A lazy Dask DataFrame of entities, with the columns of ``copydesk.entities_frame``.

    Args:
        ddf: A Dask DataFrame with a column of story texts, or a Dask Series of texts (its
            index gives the ids).
        column: The column holding the texts.
        id_column: The column whose values become ``id``; default the index.
        threads: Threads per worker process; default as for ``copydesk.analyze_many``.

    Note that ``article`` is the position within each partition.
    """
    return _map("entities", ddf, column, id_column, threads)


def quotes(
    ddf: dd.DataFrame, column: str = "text", id_column: str | None = None, *, threads: int | None = None
) -> dd.DataFrame:
    """A lazy Dask DataFrame of quotes, with the columns of ``copydesk.quotes_frame``."""
    return _map("quotes", ddf, column, id_column, threads)


def articles(
    ddf: dd.DataFrame, column: str = "text", id_column: str | None = None, *, threads: int | None = None
) -> dd.DataFrame:
    """A lazy Dask DataFrame with one row per story, as ``copydesk.articles_frame``."""
    return _map("articles", ddf, column, id_column, threads)
