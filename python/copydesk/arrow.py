"""pyarrow Tables of entities, quotes, articles and sentences.

The record batches are built in Rust from the analysed stories and cross into Python through
the Arrow C stream interface (``__arrow_c_stream__``): no Python object is made per cell, so the
tables cost less memory and time than the pandas frames and hand on to polars or DuckDB without
a copy. Columns and values are those of the ``*_frame`` functions; integers are ``int64`` and
text ``large_string``. Needs ``pyarrow`` (``pip install 'copydesk[arrow]'``).

>>> import copydesk
>>> table = copydesk.entities_table(["Sarah Jones spoke in Leeds."])
>>> table.column_names[:4]
['id', 'article', 'text', 'label']
"""

from __future__ import annotations

import itertools
import os
from typing import Any, Callable, Iterable, Iterator

from copydesk._inputs import story_ids, texts_of
from copydesk._native import _arrow_batch
from copydesk._optional import require

__all__ = ["articles_table", "entities_table", "quotes_table", "sentences_table"]

#: Stories per native call, as for the pandas frames.
CHUNK_SIZE = 10_000


def _pyarrow() -> Any:
    return require("pyarrow", "arrow", "copydesk's Arrow tables")


def chunked_batches(
    kind: str,
    texts: Any,
    ids: Any,
    threads: int | None,
    model: str | os.PathLike[str] | None,
    chunk_size: int,
) -> Iterator[tuple[Any, list[Any] | None, int]]:
    """Yield ``(native batch, the chunk's ids or None, the chunk's first position)`` per chunk.

    Shared with ``copydesk.polars``: the one place that walks a collection in chunks.
    """
    if isinstance(texts, (str, bytes)):
        from copydesk._native import CopydeskTypeError

        raise CopydeskTypeError("texts must be an iterable of stories, not a single str or bytes")
    if chunk_size < 1:
        from copydesk._native import CopydeskValueError

        raise CopydeskValueError(f"chunk_size must be a positive integer, not {chunk_size!r}")
    if ids is None:
        ids = story_ids(texts)
    text_iter = iter(texts_of(texts))
    id_iter = iter(_id_values(ids)) if ids is not None else None
    offset = 0
    while True:
        chunk = list(itertools.islice(text_iter, chunk_size))
        if not chunk and offset:
            break
        chunk_ids = None
        if id_iter is not None:
            chunk_ids = list(itertools.islice(id_iter, len(chunk)))
            if len(chunk_ids) != len(chunk):
                from copydesk._native import CopydeskValueError

                raise CopydeskValueError("ids is shorter than texts")
        yield _arrow_batch(kind, chunk, offset, threads=threads, model=model), chunk_ids, offset
        offset += len(chunk)
        if not chunk:
            break
    if id_iter is not None and next(id_iter, _END) is not _END:
        from copydesk._native import CopydeskValueError

        raise CopydeskValueError("ids is longer than texts")


_END = object()


def _id_values(ids: Any) -> Iterable[Any]:
    if hasattr(ids, "tolist"):
        return ids.tolist()  # type: ignore[no-any-return]
    return texts_of(ids)


def collect_chunks(
    kind: str,
    texts: Any,
    ids: Any,
    threads: int | None,
    model: str | os.PathLike[str] | None,
    chunk_size: int,
    piece: Callable[[Any, list[Any] | None, int], Any],
    concat: Callable[[list[Any]], Any],
) -> Any:
    """``piece(batch, chunk_ids, offset)`` for every chunk, joined by ``concat``; empty pieces
    are left out unless all are empty. Shared with ``copydesk.polars``."""
    chunks = chunked_batches(kind, texts, ids, threads, model, chunk_size)
    pieces = [piece(batch, chunk_ids, offset) for batch, chunk_ids, offset in chunks]
    if len(pieces) == 1:
        return pieces[0]
    return concat([p for p in pieces if len(p)] or pieces[:1])


def _table(
    kind: str,
    texts: Any,
    ids: Any,
    threads: int | None,
    model: str | os.PathLike[str] | None,
    chunk_size: int,
) -> Any:
    pa = _pyarrow()
    import pyarrow.compute as pc

    def piece(batch: Any, chunk_ids: list[Any] | None, offset: int) -> Any:
        table = pa.table(batch)
        if chunk_ids is not None:
            # The native id column holds positions: take the caller's ids by them, in Arrow.
            positions = pc.subtract(table.column("article"), offset)
            table = table.set_column(0, "id", pa.array(chunk_ids).take(positions))
        return table

    return collect_chunks(kind, texts, ids, threads, model, chunk_size, piece, pa.concat_tables)


def entities_table(
    texts: Any,
    *,
    ids: Any = None,
    threads: int | None = None,
    model: str | os.PathLike[str] | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> Any:
    """One row per entity, as a ``pyarrow.Table``: the columns of ``copydesk.entities_frame``.

    Args:
        texts: A list, pandas or polars Series, pyarrow Array or ChunkedArray of stories
            (``str``/``bytes``; None, NaN and nulls give no rows).
        ids: Row labels, as long as ``texts``; default the pandas Series' index, else positions.
        threads: Worker threads; None for ``COPYDESK_NUM_THREADS`` or the CPUs available.
        model: Path to an entity model file, as for ``copydesk.analyze``.
        chunk_size: Stories per native batch (one record batch each).

    Returns:
        A ``pyarrow.Table``; ``table.to_pandas()`` has the values of ``entities_frame(texts)``.

    Raises:
        CopydeskImportError: pyarrow is not installed.

    >>> import copydesk
    >>> copydesk.entities_table(["Sarah Jones spoke in Leeds."]).column("label").to_pylist()
    ['PERSON', 'GPE']
    """
    return _table("entities", texts, ids, threads, model, chunk_size)


def quotes_table(
    texts: Any,
    *,
    ids: Any = None,
    threads: int | None = None,
    model: str | os.PathLike[str] | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> Any:
    """One row per quote, as a ``pyarrow.Table`` (the columns of ``copydesk.quotes_frame``).

    Arguments as for :func:`entities_table`.

    >>> import copydesk
    >>> copydesk.quotes_table(['"We will act," she said.']).column("kind").to_pylist()
    ['direct']
    """
    return _table("quotes", texts, ids, threads, model, chunk_size)


def articles_table(
    texts: Any,
    *,
    ids: Any = None,
    threads: int | None = None,
    model: str | os.PathLike[str] | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> Any:
    """One row per story, as a ``pyarrow.Table`` (the columns of ``copydesk.articles_frame``;
    ``warnings`` is a list of strings).

    Arguments as for :func:`entities_table`.

    >>> import copydesk
    >>> copydesk.articles_table(["Ministers met.", None]).column("body").to_pylist()
    ['Ministers met.', None]
    """
    return _table("articles", texts, ids, threads, model, chunk_size)


def sentences_table(
    texts: Any,
    *,
    ids: Any = None,
    threads: int | None = None,
    model: str | os.PathLike[str] | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> Any:
    """One row per body sentence, as a ``pyarrow.Table`` (the columns of
    ``copydesk.sentences_frame``).

    Arguments as for :func:`entities_table`.

    >>> import copydesk
    >>> copydesk.sentences_table(["Ministers met. They agreed."]).column("sentence").to_pylist()
    [0, 1]
    """
    return _table("sentences", texts, ids, threads, model, chunk_size)
