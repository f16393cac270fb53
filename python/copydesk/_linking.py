"""``copydesk.link``: one id and one full name per person or organisation across a batch.

The linking runs in Rust (``copydesk._native._link``); this module only reads the ``article``,
``label`` and ``canonical`` columns of an entities frame or table and adds two columns.
"""

from __future__ import annotations

from typing import Any

from copydesk._native import CopydeskTypeError, CopydeskValueError, _link

__all__ = ["link"]

_NEEDED = ("article", "label", "canonical")


def _kind(entities: Any) -> str:
    module = type(entities).__module__ or ""
    name = type(entities).__name__
    if module.startswith("pandas") and name == "DataFrame":
        return "pandas"
    if module.startswith("pyarrow") and name == "Table":
        return "arrow"
    if module.startswith("polars") and name == "DataFrame":
        return "polars"
    raise CopydeskTypeError(
        "link takes an entities frame (pandas or polars DataFrame) or a pyarrow Table, "
        f"not {name}"
    )


def link(entities: Any) -> Any:
    """Give every entity row an ``entity_id`` and the ``name`` of the person or organisation.

    Mentions the batch shows to be the same PERSON or ORG share one id and the full name: the
    same canonical name; a surname ("Blair") or short form ("Labour", "BBC") that stands for
    exactly one full name of that label in the story or in the batch; or, among several full
    names, the one whose stories share clearly the most other names with this story. Ambiguous
    mentions keep an id of their own, as do other labels (one id per label and canonical name).
    Deterministic, and linear in the rows; stories are told apart by the ``article`` column.

    Args:
        entities: The result of ``entities_frame`` (pandas), ``entities_table`` (pyarrow) or
            ``copydesk.polars.entities_frame``, or any frame with ``article``, ``label`` and
            ``canonical`` columns.

    Returns:
        A new frame or table of the same kind with ``entity_id`` (int64) and ``name`` added.

    >>> import pandas as pd, copydesk
    >>> frame = pd.DataFrame({"article": [0, 1], "label": ["PERSON", "PERSON"],
    ...                       "canonical": ["Sarah Jones", "Jones"]})
    >>> copydesk.link(frame)["name"].tolist()
    ['Sarah Jones', 'Sarah Jones']
    """
    kind = _kind(entities)
    names = list(entities.columns) if kind != "arrow" else entities.column_names
    missing = [c for c in _NEEDED if c not in names]
    if missing:
        raise CopydeskValueError(f"link needs the columns {', '.join(missing)}")
    columns = [_values(entities, kind, c) for c in _NEEDED]
    ids, id_names = _link(*columns)
    if kind == "pandas":
        import pandas as pd

        labels = pd.array(id_names, dtype="string")
        out = entities.copy()
        out["entity_id"] = pd.array(ids, dtype="Int64")
        out["name"] = labels.take(ids) if len(ids) else pd.array([], dtype="string")
        return out
    if kind == "arrow":
        import pyarrow as pa

        id_array = pa.array(ids, type=pa.int64())
        name_array = pa.array(id_names, type=pa.large_string()).take(id_array)
        # Linking a linked table again replaces the two columns.
        kept = entities.drop_columns([c for c in ("entity_id", "name") if c in names])
        return kept.append_column("entity_id", id_array).append_column("name", name_array)
    import polars as pl

    id_series = pl.Series("entity_id", ids, dtype=pl.Int64)
    # with_columns replaces entity_id and name when the frame was linked before.
    name_series = pl.Series("name", id_names, dtype=pl.String).gather(id_series)
    return entities.with_columns(id_series, name_series.alias("name"))


def _values(entities: Any, kind: str, column: str) -> list[Any]:
    if kind == "pandas":
        series = entities[column]
        return series.astype(object).where(series.notna(), None).tolist()  # type: ignore[no-any-return]
    if kind == "arrow":
        return entities.column(column).to_pylist()  # type: ignore[no-any-return]
    return entities.get_column(column).to_list()  # type: ignore[no-any-return]

