"""pandas DataFrames of entities, quotes and articles, and the ``series.copydesk`` accessor.

The columns are built in Rust (``copydesk._native._columns``), one chunk of stories at a time,
so a million-row Series never turns into a million Python ``Article`` objects at once.

>>> import pandas as pd, copydesk
>>> frame = copydesk.articles_frame(pd.Series(["Ministers met on Monday.", None]))
>>> frame[["id", "body", "n_paragraphs"]].shape
(2, 3)
"""

from __future__ import annotations

import itertools
import os
from typing import Any, Iterable, Iterator, Sequence

from copydesk._errors import CopydeskImportError
from copydesk._native import CopydeskTypeError, CopydeskValueError, _columns

try:
    import pandas as pd
except ImportError as _err:  # pragma: no cover - exercised without pandas
    raise CopydeskImportError(
        "copydesk's DataFrame functions need pandas: pip install '.[pandas]' from a copydesk clone"
    ) from _err

from copydesk._inputs import story_ids, texts_of

__all__ = [
    "articles_frame",
    "entities_frame",
    "quotes_frame",
    "sentences_frame",
    "empty_frame",
    "COLUMNS",
]

#: Rows per native call: large enough to keep every core busy, small enough to bound memory.
CHUNK_SIZE = 10_000

_STRING = "string"
_INT = "Int64"

#: The columns of each frame kind and their dtypes ("id" takes the dtype of the ids).
COLUMNS: dict[str, dict[str, Any]] = {
    "entities": {
        "id": None,
        "article": _INT,
        "text": _STRING,
        "label": _STRING,
        "start": _INT,
        "end": _INT,
        "canonical": _STRING,
        "paragraph": _INT,
        "sentence": _INT,
    },
    "quotes": {
        "id": None,
        "article": _INT,
        "text": _STRING,
        "start": _INT,
        "end": _INT,
        "speaker": _STRING,
        "speaker_mention": _STRING,
        "speaker_start": _INT,
        "speaker_end": _INT,
        "speaker_label": _STRING,
        "cue": _STRING,
        "cue_start": _INT,
        "cue_end": _INT,
        "kind": _STRING,
        "content": _STRING,
        "content_start": _INT,
        "content_end": _INT,
        "paragraph": _INT,
        "sentence": _INT,
    },
    "articles": {
        "id": None,
        "article": _INT,
        "source": _STRING,
        "headline": _STRING,
        "dateline": _STRING,
        "byline": _STRING,
        "date": _STRING,
        "published": _STRING,
        "url": _STRING,
        "body": _STRING,
        "n_paragraphs": _INT,
        "n_sentences": _INT,
        "n_entities": _INT,
        "n_quotes": _INT,
        "warnings": object,
    },
    "sentences": {
        "id": None,
        "article": _INT,
        "sentence": _INT,
        "start": _INT,
        "end": _INT,
        "text": _STRING,
        "paragraph": _INT,
    },
}


def _id_dtype(ids: Any) -> Any:
    if isinstance(ids, (pd.Index, pd.Series)):
        return ids.dtype
    return pd.array(list(ids)).dtype if len(ids) else object


def empty_frame(kind: str, id_dtype: Any = _INT) -> pd.DataFrame:
    """An empty frame of ``kind`` ("entities", "quotes", "articles") with the right dtypes.

    It is the ``meta`` of the Dask functions.

    >>> import copydesk.pandas
    >>> list(copydesk.pandas.empty_frame("entities").columns)[:3]
    ['id', 'article', 'text']
    """
    if kind not in COLUMNS:
        raise CopydeskValueError(f"kind must be one of {', '.join(COLUMNS)}, not {kind!r}")
    return pd.DataFrame(
        {
            name: pd.Series([], dtype=id_dtype if dtype is None else dtype)
            for name, dtype in COLUMNS[kind].items()
        }
    )


def _frame_from_columns(kind: str, columns: dict[str, list[Any]], id_dtype: Any) -> pd.DataFrame:
    data = {}
    for name, dtype in COLUMNS[kind].items():
        values = columns[name]
        if dtype is object:
            series = pd.Series(values, dtype=object)
        else:
            series = pd.Series(pd.array(values, dtype=id_dtype if dtype is None else dtype))
        data[name] = series
    return pd.DataFrame(data)


def _chunks(
    texts: Iterable[Any], ids: Sequence[Any] | None, size: int
) -> Iterator[tuple[list[Any], list[Any] | None]]:
    text_iter = iter(texts)
    id_iter = iter(ids) if ids is not None else None
    while True:
        chunk = list(itertools.islice(text_iter, size))
        if not chunk:
            return
        chunk_ids = list(itertools.islice(id_iter, len(chunk))) if id_iter is not None else None
        yield chunk, chunk_ids


def _frame(
    kind: str,
    texts: Any,
    ids: Any,
    threads: int | None,
    model: str | os.PathLike[str] | None,
    chunk_size: int,
    format: str = "auto",
) -> pd.DataFrame:
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
        raise CopydeskValueError(f"chunk_size must be a positive integer, not {chunk_size!r}")
    if isinstance(texts, (str, bytes)):
        raise CopydeskTypeError(
            "texts must be an iterable of stories, not a single str or bytes; wrap one story "
            "in a list: [text]"
        )
    if isinstance(texts, pd.DataFrame):
        raise CopydeskTypeError(
            "texts must be a Series or an iterable of str/bytes; pass frame['text']"
        )
    if not isinstance(texts, pd.Series):
        try:
            iter(texts)
        except TypeError:
            raise CopydeskTypeError(
                f"texts must be a Series or an iterable of str/bytes, not {type(texts).__name__}"
            ) from None
    if ids is None:
        ids = story_ids(texts)
    texts = texts_of(texts)
    if ids is not None:
        if isinstance(ids, (str, bytes)) or not hasattr(ids, "__iter__"):
            raise CopydeskTypeError(
                f"ids must be a list, Series or Index with one id per story, not {type(ids).__name__}"
            )
        if not isinstance(ids, (pd.Index, pd.Series)):
            ids = list(ids)
        id_dtype = _id_dtype(ids)
        if isinstance(ids, (pd.Index, pd.Series)):
            ids = ids.tolist()
    else:
        id_dtype = _INT
    frames = []
    offset = 0
    for chunk, chunk_ids in _chunks(texts, ids, chunk_size):
        if chunk_ids is not None and len(chunk_ids) != len(chunk):
            raise CopydeskValueError(
                f"ids has {len(ids) if ids is not None else 0} items but texts has more; "
                "pass one id per story"
            )
        columns = _columns(kind, chunk, chunk_ids, offset, threads=threads, model=model, format=format)
        frames.append(_frame_from_columns(kind, columns, id_dtype))
        offset += len(chunk)
    if ids is not None and len(ids) != offset:
        raise CopydeskValueError(
            f"ids has {len(ids)} items but texts has {offset}; pass one id per story"
        )
    if not frames:
        return empty_frame(kind, id_dtype)
    if len(frames) == 1:
        return frames[0]
    return pd.concat(frames, ignore_index=True)


def entities_frame(
    texts: Any,
    *,
    ids: Any = None,
    threads: int | None = None,
    model: str | os.PathLike[str] | None = None,
    chunk_size: int = CHUNK_SIZE,
    format: str = "auto",
) -> pd.DataFrame:
    """One row per entity: id, article, text, label, start, end, canonical, paragraph, sentence.

    Args:
        texts: A pandas or polars Series, a pyarrow Array or ChunkedArray of strings, or any
            iterable of ``str``/``bytes``; None, NaN and nulls are missing stories and give no
            rows.
        ids: Row labels, as long as ``texts``; default the Series' index, else positions.
        threads: Worker threads; None for ``COPYDESK_NUM_THREADS`` or the CPUs available.
        model: Path to an entity model file, as for ``copydesk.analyze``.
        chunk_size: Stories per native batch; memory grows with it, not with ``texts``.
        format: ``"auto"``, ``"text"`` or ``"html"`` (web pages: the article is extracted
            first), as for ``copydesk.analyze``.

    Returns:
        A DataFrame with nullable ``Int64`` offsets and ``string`` text columns. ``start`` and
        ``end`` index ``text`` of the story, ``article`` is its position in ``texts`` and
        ``paragraph`` and ``sentence`` the body paragraph and sentence holding the entity
        (missing in the headline): it joins the ``sentence`` column of :func:`sentences_frame`.

    >>> import copydesk
    >>> copydesk.entities_frame(["Ministers met on Monday."]).dtypes["start"]
    Int64Dtype()
    """
    return _frame("entities", texts, ids, threads, model, chunk_size, format)


def quotes_frame(
    texts: Any,
    *,
    ids: Any = None,
    threads: int | None = None,
    model: str | os.PathLike[str] | None = None,
    chunk_size: int = CHUNK_SIZE,
    format: str = "auto",
) -> pd.DataFrame:
    """One row per quote: id, article, text, start, end, speaker, speaker_mention,
    speaker_start, speaker_end, speaker_label, cue, cue_start, cue_end, kind, content,
    content_start, content_end, paragraph, sentence (the sentence where the quote starts).

    Arguments as for :func:`entities_frame`.

    >>> import copydesk
    >>> list(copydesk.quotes_frame(['"We will act," she said.']).columns)[:5]
    ['id', 'article', 'text', 'start', 'end']
    """
    return _frame("quotes", texts, ids, threads, model, chunk_size, format)


def articles_frame(
    texts: Any,
    *,
    ids: Any = None,
    threads: int | None = None,
    model: str | os.PathLike[str] | None = None,
    chunk_size: int = CHUNK_SIZE,
    format: str = "auto",
) -> pd.DataFrame:
    """One row per story: id, article, source, headline, dateline, byline, date, published,
    url, body,
    n_paragraphs, n_sentences, n_entities, n_quotes, warnings (a list of str).

    A missing story (None, NaN) gives a row whose fields are all missing and counts are 0.
    Arguments as for :func:`entities_frame`.

    >>> import copydesk
    >>> copydesk.articles_frame(["Ministers met on Monday.", None])["body"].tolist()
    ['Ministers met on Monday.', <NA>]
    """
    return _frame("articles", texts, ids, threads, model, chunk_size, format)


def sentences_frame(
    texts: Any,
    *,
    ids: Any = None,
    threads: int | None = None,
    model: str | os.PathLike[str] | None = None,
    chunk_size: int = CHUNK_SIZE,
    format: str = "auto",
) -> pd.DataFrame:
    """One row per body sentence: id, article, sentence (its index in the story), start, end,
    text, paragraph.

    ``text`` is ``story[start:end]``; ``(article, sentence)`` joins the ``sentence`` column of
    the entity and quote frames. Arguments as for :func:`entities_frame`.

    >>> import copydesk
    >>> copydesk.sentences_frame(["Ministers met. They agreed."])["text"].tolist()
    ['Ministers met.', 'They agreed.']
    """
    return _frame("sentences", texts, ids, threads, model, chunk_size, format)


@pd.api.extensions.register_series_accessor("copydesk")
class CopydeskAccessor:
    """``series.copydesk.entities()``, ``.quotes()``, ``.articles()`` and ``.sentences()``: the
    frame functions on a Series of story texts, with its index as ids.

    >>> import pandas as pd, copydesk
    >>> pd.Series(["Ministers met on Monday."]).copydesk.articles()["body"].tolist()
    ['Ministers met on Monday.']
    """

    def __init__(self, series: pd.Series) -> None:
        self._series = series

    def entities(self, **options: Any) -> pd.DataFrame:
        """Same as ``copydesk.entities_frame(series, **options)``."""
        return entities_frame(self._series, **options)

    def quotes(self, **options: Any) -> pd.DataFrame:
        """Same as ``copydesk.quotes_frame(series, **options)``."""
        return quotes_frame(self._series, **options)

    def articles(self, **options: Any) -> pd.DataFrame:
        """Same as ``copydesk.articles_frame(series, **options)``."""
        return articles_frame(self._series, **options)

    def sentences(self, **options: Any) -> pd.DataFrame:
        """Same as ``copydesk.sentences_frame(series, **options)``."""
        return sentences_frame(self._series, **options)
