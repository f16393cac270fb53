"""Arrow tables and polars frames: the same values as the pandas frames, every input type."""

from __future__ import annotations

from typing import Any

import pytest

pa = pytest.importorskip("pyarrow")
pd = pytest.importorskip("pandas")

import copydesk  # noqa: E402

# Invented stories: a wire dateline, a headline, curly quotes, an accent, an emoji, a missing one.
TEXTS: list[Any] = [
    "HARBOUR DEAL SIGNED\n\nKELMOUTH, May 3 (Reuters) - Northwind Rail Company agreed to buy "
    "the Kelmouth ferry line, chief executive Ada Quill said on Tuesday.\n\n"
    "\u201cWe will run it from June,\u201d Quill told reporters in Kelmouth.",
    None,
    "Mayor Tom\u00e1s Reyes met union leaders \U0001F6A2 in Dunmore. \"Talks went well,\" "
    "Reyes said. The Dunmore Dockers Union did not comment.",
    float("nan"),
    b"PARIS, March 3 (AFP) - The museum reopened after Marie Delorme, its director, said so.",
]

KINDS = ("entities", "quotes", "articles", "sentences")


def _table(kind: str, texts: Any, **kw: Any) -> Any:
    return getattr(copydesk, f"{kind}_table")(texts, **kw)


def _frame(kind: str, texts: Any, **kw: Any) -> Any:
    return getattr(copydesk, f"{kind}_frame")(texts, **kw)


def _cells(frame: Any) -> list[list[Any]]:
    """Rows of plain Python values, missing values as None, lists as lists."""
    rows = []
    for row in frame.astype(object).itertuples(index=False):
        cells = []
        for v in row:
            if hasattr(v, "tolist"):
                v = v.tolist()
            elif not isinstance(v, (list, tuple)) and pd.isna(v):
                v = None
            cells.append(v)
        rows.append(cells)
    return rows


@pytest.mark.parametrize("kind", KINDS)
def test_table_to_pandas_equals_the_frame(kind: str) -> None:
    table = _table(kind, TEXTS)
    frame = _frame(kind, TEXTS)
    converted = table.to_pandas()
    assert list(converted.columns) == list(frame.columns)
    assert len(converted) == len(frame) > 0
    assert _cells(converted) == _cells(frame)


def test_table_types() -> None:
    table = copydesk.entities_table(TEXTS)
    assert table.schema.field("start").type == pa.int64()
    assert table.schema.field("text").type == pa.large_string()
    articles = copydesk.articles_table(TEXTS)
    assert articles.schema.field("warnings").type == pa.list_(pa.large_string())
    assert articles.column("body").to_pylist()[1] is None


def test_ids_and_chunks() -> None:
    ids = ["a", "b", "c", "d", "e"]
    whole = copydesk.entities_table(TEXTS, ids=ids)
    chunked = copydesk.entities_table(TEXTS, ids=ids, chunk_size=2)
    assert whole.equals(chunked)
    assert set(whole.column("id").to_pylist()) == {"a", "c", "e"}
    frame = copydesk.entities_frame(TEXTS, ids=ids)
    assert whole.column("id").to_pylist() == frame["id"].tolist()
    series = pd.Series(TEXTS, index=[10, 11, 12, 13, 14])
    assert copydesk.entities_table(series).column("id").to_pylist() == (
        copydesk.entities_frame(series)["id"].tolist()
    )


def test_empty_input_gives_the_schema() -> None:
    table = copydesk.quotes_table([])
    assert table.num_rows == 0
    assert table.column_names == list(copydesk.quotes_frame([]).columns)


def test_offsets_slice_back() -> None:
    stories = [t.decode() if isinstance(t, bytes) else t for t in TEXTS]
    for kind in ("entities", "quotes", "sentences"):
        table = _table(kind, stories)
        for row in table.to_pylist():
            story = stories[row["article"]]
            assert story[row["start"]:row["end"]] == row["text"], (kind, row)


@pytest.mark.parametrize("large", [False, True])
def test_arrow_inputs(large: bool) -> None:
    kind = pa.large_string() if large else pa.string()
    stories = [t.decode() if isinstance(t, bytes) else t for t in TEXTS]
    stories[3] = None
    array = pa.array(stories, type=kind)
    expected = copydesk.entities_frame(stories)
    chunked = pa.chunked_array([array.slice(0, 2), array.slice(2)])
    for texts in (array, chunked):
        assert copydesk.entities_table(texts).equals(copydesk.entities_table(stories))
        assert _cells(copydesk.entities_frame(texts)) == _cells(expected)
        assert [a.body for a in copydesk.analyze_many(texts)] == [
            a.body for a in copydesk.analyze_many(stories)
        ]
        assert len(list(copydesk.analyze_iter(texts, chunk_size=2))) == len(stories)


def test_missing_pyarrow_names_the_extra() -> None:
    from helpers import run_python

    code = (
        "import sys; sys.modules['pyarrow'] = None\n"
        "import copydesk\n"
        "try:\n"
        "    copydesk.entities_table(['Ada Quill spoke.'])\n"
        "except copydesk.CopydeskError as err:\n"
        "    assert isinstance(err, ImportError)\n"
        "    print(err)\n"
    )
    done = run_python(code)
    assert done.returncode == 0, done.stderr
    assert "[arrow]" in done.stdout and "pyarrow" in done.stdout


def test_polars_equals_the_arrow_table() -> None:
    pl = pytest.importorskip("polars")
    import copydesk.polars as cpl

    for kind in KINDS:
        table = _table(kind, TEXTS, ids=list("vwxyz"))
        frame = getattr(cpl, f"{kind}_frame")(TEXTS, ids=list("vwxyz"))
        assert frame.equals(pl.from_arrow(table)), kind
    stories = [t.decode() if isinstance(t, bytes) else t for t in TEXTS]
    stories[3] = None
    series = pl.Series("text", stories)
    assert cpl.entities_frame(series).equals(cpl.entities_frame(stories))
    assert copydesk.entities_table(series).equals(copydesk.entities_table(stories))
    assert _cells(copydesk.entities_frame(series)) == _cells(copydesk.entities_frame(stories))
    assert [a.body for a in copydesk.analyze_many(series)] == [
        a.body for a in copydesk.analyze_many(stories)
    ]
