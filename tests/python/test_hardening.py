"""What a new user hit in the first hour (issue 11): bounded threads, one exception family,
byte-order marks, warning codes, agencies in datelines, runs of end marks, hashable results,
lazy pandas, dir(), Dask Series input and id dtypes. Each test failed before its fix."""

from __future__ import annotations

import os
import pickle

import pytest
from helpers import run_python

import copydesk

# -------------------------------------------------------------------------------------------
# Threads


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="counts threads in /proc")
def test_many_thread_counts_keep_at_most_one_extra_pool() -> None:
    code = """
import os, threading, copydesk
texts = ["Ministers met on Monday."] * 10
copydesk.analyze_many(texts)
for n in range(2, 9):
    copydesk.analyze_many(texts, threads=n)
copydesk.analyze_many(texts, threads=1000)
ev = threading.Event()
for _ in range(200):
    n = len(os.listdir("/proc/self/task"))
    if n <= 1 + copydesk.default_threads() + 8 + 2:
        break
    ev.wait(0.05)
print(n, copydesk.default_threads())
"""
    out = run_python(code)
    assert out.returncode == 0, out.stderr
    threads, default = map(int, out.stdout.split())
    # The main thread, the default pool, one other pool (at most 8 here) and a little slack.
    assert threads <= 1 + default + 8 + 2, out.stdout


def test_absurd_or_wrong_thread_counts_are_copydesk_errors() -> None:
    for bad in (0, -1, 100_000):
        with pytest.raises(copydesk.CopydeskValueError, match="threads"):
            copydesk.analyze_many(["a"], threads=bad)
    for bad in ("2", 2.0, True):
        with pytest.raises(copydesk.CopydeskTypeError, match="threads"):
            copydesk.analyze_many(["a"], threads=bad)  # type: ignore[arg-type]
    with pytest.raises(copydesk.CopydeskValueError):
        copydesk.set_threads(0)


def test_set_threads_sets_the_default() -> None:
    code = """
import copydesk
print(copydesk.set_threads(3), copydesk.default_threads())
copydesk.analyze_many(["One.", "Two."])
print(copydesk.set_threads(None) == copydesk.default_threads())
"""
    out = run_python(code)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["3", "3", "True"]


@pytest.mark.parametrize("value", ["abc", "0", "-3", "99999"])
def test_invalid_thread_variable_is_an_error_naming_it(value: str) -> None:
    code = """
import copydesk
try:
    copydesk.analyze_many(["One."])
except copydesk.CopydeskValueError as err:
    print("error:", err)
"""
    out = run_python(code, env={"COPYDESK_NUM_THREADS": value})
    assert out.returncode == 0, out.stderr
    assert "error:" in out.stdout and "COPYDESK_NUM_THREADS" in out.stdout
    assert value in out.stdout


# -------------------------------------------------------------------------------------------
# One exception family


def test_every_misuse_raises_a_copydesk_error_with_the_builtin_base() -> None:
    pytest.importorskip("pandas")
    cases = [
        (lambda: copydesk.entities_frame("one string"), TypeError),
        (lambda: copydesk.entities_frame(["a", "b"], ids=[1]), ValueError),
        (lambda: copydesk.entities_frame(5), TypeError),
        (lambda: copydesk.articles_frame(["a"], chunk_size=0), ValueError),
        (lambda: copydesk.analyze_many(5), TypeError),
        (lambda: copydesk.analyze_many(["a"], threads="2"), TypeError),
        (lambda: copydesk.analyze(5), TypeError),
        (lambda: copydesk.analyze("a", model=5), TypeError),
        (lambda: copydesk.normalize("a", form=5), TypeError),
        (lambda: copydesk.normalize("a", dashes="yes"), TypeError),
        (lambda: list(copydesk.analyze_iter(5)), TypeError),
        (lambda: list(copydesk.analyze_iter(["a"], chunk_size=0)), ValueError),
    ]
    for call, builtin in cases:
        with pytest.raises(copydesk.CopydeskError) as info:
            call()  # type: ignore[no-untyped-call]
        assert isinstance(info.value, builtin), (info.value, builtin)
        assert str(info.value)


def test_dask_errors_are_copydesk_errors() -> None:
    dd = pytest.importorskip("dask.dataframe")
    pd = pytest.importorskip("pandas")
    import copydesk.dask

    ddf = dd.from_pandas(pd.DataFrame({"text": ["One."]}), npartitions=1)
    with pytest.raises(copydesk.CopydeskKeyError):
        copydesk.dask.entities(ddf, column="body")
    with pytest.raises(KeyError):
        copydesk.dask.entities(ddf, column="body")
    with pytest.raises(copydesk.CopydeskTypeError):
        copydesk.dask.entities(pd.DataFrame({"text": ["One."]}))


# -------------------------------------------------------------------------------------------
# Inputs


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_byte_order_marks_decide_the_encoding(encoding: str) -> None:
    text = "Tony Blair met Zoë Ålund in Malmö on Monday."
    data = text.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        data = ("\ufeff" + text).encode(encoding)
    article = copydesk.analyze(data)
    assert article.text == text
    assert any(e.text == "Tony Blair" for e in article.entities)
    if encoding == "utf-8-sig":
        assert article.warnings == []
    else:
        assert [w.split(":")[0] for w in article.warnings] == ["byte-order-mark"]


def test_warnings_have_codes_and_character_offsets() -> None:
    text = "Zoë Ålund spoke in Malmö.\n\n“We will stay, she said of the plant.\n\nTalks go on."
    article = copydesk.analyze(text)
    mark = text.index("“")
    assert any(
        w.startswith("unbalanced-quote: ") and f"character {mark}" in w for w in article.warnings
    ), article.warnings
    latin = copydesk.analyze("Caf\u00e9 owners met.".encode("cp1252"))
    assert latin.warnings == [
        "cp1252-fallback: decoded 1 byte(s) that were not valid UTF-8 as cp1252, the first at character 3"
    ]


@pytest.mark.parametrize(
    "text, agency",
    [
        ("PARIS, March 3 (AFP) - The museum reopened on Friday.", "AFP"),
        ("WASHINGTON (AP) \u2014 The panel voted on Tuesday.", "AP"),
        ("LONDON, April 2 (Reuters) - Shares rose on Monday.", "Reuters"),
        ("TOKYO, Sept. 4 Kyodo - Ministers met on Monday.", "Kyodo"),
        ("CRANES IDLE\n\nDock workers walked out on Monday.\n Reuter\n", "Reuters"),
    ],
)
def test_agency_in_dateline_or_sign_off_is_the_source(text: str, agency: str) -> None:
    assert copydesk.analyze(text).source == agency


def test_runs_of_end_marks_end_one_sentence() -> None:
    article = copydesk.analyze("Give us a break...!!! Best song in years. Really?!? Yes!!")
    assert [s.text for s in article.sentences] == [
        "Give us a break...!!!",
        "Best song in years.",
        "Really?!?",
        "Yes!!",
    ]


# -------------------------------------------------------------------------------------------
# Python surface


def test_results_are_hashable_and_consistent_with_equality() -> None:
    text = "Tony Blair met Gordon Brown. \u201cWe agree,\u201d Blair said."
    a, b = copydesk.analyze(text), copydesk.analyze(text)
    assert a == b and hash(a) == hash(b)
    assert len({a, b}) == 1
    assert set(a.entities) == set(b.entities) and len(set(a.entities)) == len(a.entities)
    assert hash(a.quotes[0]) == hash(b.quotes[0])
    assert {s for s in a.sentences} == set(b.sentences)
    clone = pickle.loads(pickle.dumps(a))
    assert clone == a and hash(clone) == hash(a)
    assert a != copydesk.analyze(text + " More.")


def test_import_copydesk_does_not_import_pandas() -> None:
    code = "import sys, copydesk; print(sorted(m for m in ('pandas', 'pyarrow', 'dask') if m in sys.modules))"
    out = run_python(code)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("order", ["copydesk first", "pandas first"])
def test_series_accessor_works_in_either_import_order(order: str) -> None:
    pytest.importorskip("pandas")
    imports = "import copydesk\nimport pandas as pd" if order == "copydesk first" else "import pandas as pd\nimport copydesk"
    code = imports + "\nprint(pd.Series(['Ministers met on Monday.']).copydesk.articles()['body'].tolist())"
    out = run_python(code)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "['Ministers met on Monday.']"


def test_dir_lists_every_public_name() -> None:
    names = dir(copydesk)
    for name in copydesk.__all__:
        assert name in names
    for name in ("entities_frame", "quotes_frame", "articles_frame", "set_threads", "analyze_iter"):
        assert name in names and name in copydesk.__all__


def test_dask_takes_a_series_and_matches_the_pandas_id_dtype() -> None:
    dd = pytest.importorskip("dask.dataframe")
    pd = pytest.importorskip("pandas")
    import copydesk.dask

    frame = pd.DataFrame({"doc": ["d1", "d2"], "text": ["Tony Blair spoke.", "Gordon Brown met."]})
    ddf = dd.from_pandas(frame, npartitions=1)
    local = copydesk.entities_frame(frame["text"], ids=frame["doc"])
    lazy = copydesk.dask.entities(ddf, id_column="doc")
    assert lazy._meta["id"].dtype == local["id"].dtype
    assert lazy.compute(scheduler="sync").reset_index(drop=True).equals(local)
    from_series = copydesk.dask.entities(ddf["text"]).compute(scheduler="sync")
    assert from_series["text"].tolist() == local["text"].tolist()
