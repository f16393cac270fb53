"""Dask: the pandas frame functions over every partition of a Dask DataFrame, lazily.

Each worker process builds its own thread pool on first use (and again after a fork), so the
functions run unchanged on a ``distributed`` cluster of processes.

>>> import dask.dataframe as dd, pandas as pd, copydesk.dask
>>> ddf = dd.from_pandas(pd.DataFrame({"text": ["Ministers met on Monday."]}), npartitions=1)
>>> copydesk.dask.articles(ddf).compute()["body"].tolist()
['Ministers met on Monday.']
"""

from __future__ import annotations

from typing import Any

import dask.dataframe as dd
import pandas as pd

from copydesk.pandas import _frame, empty_frame

__all__ = ["articles", "entities", "quotes"]


def _partition(
    part: pd.DataFrame, kind: str, column: str, id_column: str | None, threads: int | None
) -> pd.DataFrame:
    texts = part[column]
    ids = part[id_column] if id_column is not None else part.index
    return _frame(kind, texts, ids, threads, None, 10_000)


def _map(
    kind: str, ddf: dd.DataFrame, column: str, id_column: str | None, threads: int | None
) -> dd.DataFrame:
    if column not in ddf.columns:
        raise KeyError(f"no column {column!r} in the Dask DataFrame")
    id_dtype = ddf[id_column].dtype if id_column is not None else ddf.index.dtype
    meta = empty_frame(kind, id_dtype)
    lazy: dd.DataFrame = ddf.map_partitions(  # type: ignore[no-untyped-call]
        _partition, kind, column, id_column, threads, meta=meta, align_dataframes=False
    )
    return lazy


def entities(
    ddf: dd.DataFrame, column: str = "text", id_column: str | None = None, *, threads: int | None = None
) -> dd.DataFrame:
    """A lazy Dask DataFrame of entities, with the columns of ``copydesk.entities_frame``.

    Args:
        ddf: A Dask DataFrame with a column of story texts.
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
