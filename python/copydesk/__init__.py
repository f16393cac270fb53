"""copydesk: raw news copy in, structured data out.

Wire-copy parsing, normalization, named entities and quotes with their speakers, in a Rust
core. Offsets are Python string indices into the text you passed in:
``article.text[span.start:span.end] == span.text`` for every span.

>>> import copydesk
>>> article = copydesk.analyze("Ministers met on Monday.")
>>> article.body
'Ministers met on Monday.'
"""

from __future__ import annotations

import itertools
import os
import sys
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Union

from copydesk._inputs import texts_of
from copydesk._native import (
    MAX_INPUT_BYTES,
    Article,
    CopydeskError,
    CopydeskModelError,
    CopydeskTypeError,
    CopydeskValueError,
    Entity,
    Quote,
    Span,
    __version__,
    _analyze_many_from,
    _before_fork,
    _reset_after_fork,
    analyze,
    analyze_many,
    default_threads,
    normalize,
    set_threads,
)
from copydesk._errors import CopydeskImportError, CopydeskKeyError
from copydesk._lazy import register_accessor_when_pandas_loads

from copydesk._linking import link

if TYPE_CHECKING:
    from copydesk.arrow import articles_table, entities_table, quotes_table, sentences_table
    from copydesk.display import render
    from copydesk.pandas import articles_frame, entities_frame, quotes_frame, sentences_frame

__all__ = [
    "MAX_INPUT_BYTES",
    "Article",
    "CopydeskError",
    "CopydeskImportError",
    "CopydeskKeyError",
    "CopydeskModelError",
    "CopydeskTypeError",
    "CopydeskValueError",
    "Entity",
    "Quote",
    "Span",
    "__version__",
    "analyze",
    "analyze_iter",
    "analyze_many",
    "articles_frame",
    "articles_table",
    "default_threads",
    "entities_frame",
    "entities_table",
    "link",
    "normalize",
    "quotes_frame",
    "quotes_table",
    "sentences_frame",
    "sentences_table",
    "render",
    "set_threads",
]

TextLike = Union[str, bytes, None, float]

# No fork while a thread computes (its locks would stay held in the child); a forked child
# inherits the pool's bookkeeping but not its threads: forget it there.
if hasattr(os, "register_at_fork"):
    os.register_at_fork(before=_before_fork, after_in_child=_reset_after_fork)


def analyze_iter(
    texts: Iterable[TextLike],
    *,
    chunk_size: int = 1000,
    threads: int | None = None,
    model: str | os.PathLike[str] | None = None,
    format: str = "auto",
) -> Iterator[Article]:
    """Analyse a stream of stories lazily, yielding Articles in input order.

    The iterable is consumed ``chunk_size`` stories at a time, so memory stays bounded however
    long the stream is. Each chunk runs like :func:`analyze_many`.

    Args:
        texts: Any iterable of ``str`` or ``bytes`` (None and NaN give empty Articles), a
            pandas or polars Series, or a pyarrow Array or ChunkedArray of strings.
        chunk_size: Stories per batch.
        threads: Worker threads, as for :func:`analyze_many`.
        model: Path to an entity model file, as for :func:`analyze`.
        format: ``"auto"``, ``"text"`` or ``"html"``, as for :func:`analyze`.

    Yields:
        One ``Article`` per input.

    Raises:
        CopydeskValueError: ``chunk_size`` is not positive.
        CopydeskTypeError: ``texts`` is a single str or bytes, or not iterable.

    >>> import copydesk
    >>> [a.body for a in copydesk.analyze_iter(["One.", "Two."], chunk_size=1)]
    ['One.', 'Two.']
    """
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
        raise CopydeskValueError(f"chunk_size must be a positive integer, not {chunk_size!r}")
    if isinstance(texts, (str, bytes)):
        raise CopydeskTypeError("texts must be an iterable of stories, not a single str or bytes")
    try:
        iterator = iter(texts_of(texts))
    except TypeError:
        raise CopydeskTypeError(
            f"texts must be an iterable of str or bytes, not {type(texts).__name__}"
        ) from None
    offset = 0
    while True:
        chunk = list(itertools.islice(iterator, chunk_size))
        if not chunk:
            return
        yield from _analyze_many_from(chunk, offset, threads=threads, model=model, format=format)
        offset += len(chunk)


_FRAME_FUNCTIONS = ("entities_frame", "quotes_frame", "articles_frame", "sentences_frame")
_TABLE_FUNCTIONS = ("entities_table", "quotes_table", "articles_table", "sentences_table")


def __getattr__(name: str) -> Any:
    # The HTML view is imported on first use, keeping `import copydesk` fast.
    if name == "render":
        from copydesk.display import render

        return render
    # The DataFrame helpers need pandas, which copydesk itself does not; importing it here, on
    # first use, keeps `import copydesk` fast.
    if name in _FRAME_FUNCTIONS:
        try:
            from copydesk import pandas as _pandas
        except ImportError as err:  # pragma: no cover - exercised without pandas
            raise CopydeskImportError(
                f"copydesk.{name} needs pandas: pip install '.[pandas]' from a copydesk clone"
            ) from err
        return getattr(_pandas, name)
    # The Arrow tables import pyarrow only when called (it raises CopydeskImportError then).
    if name in _TABLE_FUNCTIONS:
        from copydesk import arrow as _arrow

        return getattr(_arrow, name)
    raise AttributeError(f"module 'copydesk' has no attribute {name!r}")


def __dir__() -> list[str]:
    # The frame functions are attributes only on first use; list them for completion anyway.
    return sorted(set(globals()) | set(__all__))


# The `series.copydesk` accessor: registered now if pandas is already imported, else as soon as
# it is, without importing pandas (0.5 s) for users who never touch it.
register_accessor_when_pandas_loads(sys.modules)
