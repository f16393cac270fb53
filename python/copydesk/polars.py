"""polars DataFrames of entities, quotes, articles and sentences, and :func:`link` on them.

The same record batches as ``copydesk.arrow``, read by polars straight from the Arrow C stream
(pyarrow is not needed). Columns and values are those of the pandas ``*_frame`` functions.
Needs ``polars`` (``pip install 'copydesk[polars]'``).

>>> import copydesk.polars
>>> copydesk.polars.entities_frame(["Sarah Jones spoke in Leeds."])["label"].to_list()
['PERSON', 'GPE']
"""

from __future__ import annotations

import os
from typing import Any

from copydesk._optional import require
from copydesk.arrow import CHUNK_SIZE, collect_chunks

__all__ = ["articles_frame", "entities_frame", "link", "quotes_frame", "sentences_frame"]


def _polars() -> Any:
    return require("polars", "polars", "copydesk.polars")


def _frame(
    kind: str,
    texts: Any,
    ids: Any,
    threads: int | None,
    model: str | os.PathLike[str] | None,
    chunk_size: int,
) -> Any:
    pl = _polars()

    def piece(batch: Any, chunk_ids: list[Any] | None, offset: int) -> Any:
        frame = pl.DataFrame(batch)
        if chunk_ids is not None:
            # The native id column holds positions: take the caller's ids by them.
            positions = frame.get_column("article") - offset
            frame = frame.with_columns(pl.Series("id", chunk_ids).gather(positions))
        return frame

    return collect_chunks(kind, texts, ids, threads, model, chunk_size, piece, pl.concat)


def entities_frame(
    texts: Any,
    *,
    ids: Any = None,
    threads: int | None = None,
    model: str | os.PathLike[str] | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> Any:
    """One row per entity, as a polars DataFrame; arguments as for ``copydesk.entities_table``."""
    return _frame("entities", texts, ids, threads, model, chunk_size)


def quotes_frame(
    texts: Any,
    *,
    ids: Any = None,
    threads: int | None = None,
    model: str | os.PathLike[str] | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> Any:
    """One row per quote, as a polars DataFrame; arguments as for ``copydesk.entities_table``."""
    return _frame("quotes", texts, ids, threads, model, chunk_size)


def articles_frame(
    texts: Any,
    *,
    ids: Any = None,
    threads: int | None = None,
    model: str | os.PathLike[str] | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> Any:
    """One row per story, as a polars DataFrame; arguments as for ``copydesk.entities_table``."""
    return _frame("articles", texts, ids, threads, model, chunk_size)


def sentences_frame(
    texts: Any,
    *,
    ids: Any = None,
    threads: int | None = None,
    model: str | os.PathLike[str] | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> Any:
    """One row per body sentence, as a polars DataFrame; arguments as for
    ``copydesk.entities_table``."""
    return _frame("sentences", texts, ids, threads, model, chunk_size)


def link(entities: Any) -> Any:
    """``copydesk.link`` for a polars DataFrame of entities: adds ``entity_id`` and ``name``."""
    from copydesk._linking import link as _link

    return _link(entities)
