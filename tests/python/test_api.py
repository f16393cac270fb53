"""The public API: types, errors, results, pickling, thread-count independence."""

from __future__ import annotations

import copy
import json
import math
import os
import pickle

import pytest

import copydesk
from helpers import all_spans, run_python

STORY = (
    "QUAYSIDE WORKERS END STRIKE\n"
    "    LISBRAN, June 2 - Dock workers at Lisbran ended a nine-day strike on Monday\n"
    "after the port agreed to hire 40 more crane operators.\n"
    "    \u201cWe got what we came for,\u201d union leader Tomas Reyl said.\n"
    " Reuter\n"
)


def test_public_names_are_exported() -> None:
    for name in copydesk.__all__:
        assert getattr(copydesk, name) is not None, name
    assert copydesk.MAX_INPUT_BYTES == 1 << 30
    assert isinstance(copydesk.__version__, str)


@pytest.mark.parametrize("bad", [None, 3, 4.5, ["text"], object()])
def test_analyze_rejects_non_text_with_type_error(bad: object) -> None:
    with pytest.raises(TypeError) as info:
        copydesk.analyze(bad)  # type: ignore[arg-type]
    assert isinstance(info.value, copydesk.CopydeskError)


def test_lone_surrogate_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="surrogate") as info:
        copydesk.analyze("Kono said \ud800 today")
    assert isinstance(info.value, copydesk.CopydeskError)
    with pytest.raises(ValueError, match=r"texts\[1\]"):
        copydesk.analyze_many(["fine", "bad \udfff"])
    with pytest.raises(ValueError):
        copydesk.normalize("\ud83d")


def test_analyze_many_names_the_position_of_a_bad_type() -> None:
    with pytest.raises(TypeError, match=r"texts\[2\] is int") as info:
        copydesk.analyze_many(["a", None, 7, "b"])
    assert isinstance(info.value, copydesk.CopydeskError)
    with pytest.raises(TypeError, match=r"texts\[1002\]"):
        list(copydesk.analyze_iter(["a"] * 1002 + [object()], chunk_size=1000))
    with pytest.raises(TypeError):
        copydesk.analyze_many("not a list of stories")


def test_missing_values_give_empty_articles_in_place() -> None:
    pd = pytest.importorskip("pandas")
    results = copydesk.analyze_many(["One.", None, float("nan"), math.nan, pd.NA, b"Two."])
    assert [a.text for a in results] == ["One.", "", "", "", "", "Two."]
    empty = results[1]
    assert empty.body == "" and empty.paragraphs == [] and empty.entities == []
    assert empty.headline is None and empty.warnings == []


def test_bytes_input_is_decoded() -> None:
    text = "Caf\u00e9 owners in S\u00e3o Paulo met \U0001f600."
    assert copydesk.analyze(text.encode("utf-8")).text == text


def test_article_fields_and_types(example_texts: list[str]) -> None:
    for text in example_texts:
        a = copydesk.analyze(text)
        assert a.text == text
        assert isinstance(a.body, str)
        for field in ("source", "headline", "dateline", "byline", "date"):
            assert getattr(a, field) is None or isinstance(getattr(a, field), str)
        assert all(isinstance(s, copydesk.Span) for s in a.paragraphs + a.sentences)
        assert all(isinstance(e, copydesk.Entity) for e in a.entities)
        assert all(isinstance(q, copydesk.Quote) for q in a.quotes)
        assert all(isinstance(w, str) for w in a.warnings)
        for start, end, span_text in all_spans(a):
            assert a.text[start:end] == span_text


def test_articles_are_immutable() -> None:
    a = copydesk.analyze(STORY)
    with pytest.raises(AttributeError):
        a.body = "changed"  # type: ignore[misc]


def test_repr_is_readable() -> None:
    r = repr(copydesk.analyze(STORY))
    assert r.startswith("Article(") and "paragraphs=" in r and len(r) < 600


def test_to_dict_is_json_serialisable_and_complete(example_texts: list[str]) -> None:
    for text in example_texts + [STORY]:
        a = copydesk.analyze(text)
        d = a.to_dict()
        assert set(d) == {
            "text", "source", "headline", "dateline", "byline", "date", "published", "url",
            "body", "paragraphs", "sentences", "entities", "quotes", "warnings",
        }
        assert json.loads(json.dumps(d)) == d
        assert d["text"] == a.text and len(d["paragraphs"]) == len(a.paragraphs)


def test_pickle_and_copy_round_trip(example_texts: list[str]) -> None:
    for text in example_texts + [STORY, ""]:
        a = copydesk.analyze(text)
        for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
            assert pickle.loads(pickle.dumps(a, protocol=protocol)) == a
        assert copy.deepcopy(a) == a
        for part in a.paragraphs + a.sentences + a.entities + a.quotes:
            assert pickle.loads(pickle.dumps(part)) == part


def test_equality() -> None:
    assert copydesk.analyze(STORY) == copydesk.analyze(STORY)
    assert copydesk.analyze(STORY) != copydesk.analyze(STORY + " ")
    assert copydesk.analyze(STORY) != "not an article"


def test_analyze_equals_the_same_story_inside_a_batch(example_texts: list[str]) -> None:
    texts = example_texts + [STORY, "", "x"]
    batch = copydesk.analyze_many(texts)
    assert batch == [copydesk.analyze(t) for t in texts]


def test_results_identical_for_any_thread_count(example_texts: list[str]) -> None:
    texts = (example_texts + [STORY, None, b"bytes story"]) * 150
    one = copydesk.analyze_many(texts, threads=1)
    for threads in (2, 3, 8):
        assert copydesk.analyze_many(texts, threads=threads) == one
    assert list(copydesk.analyze_iter(texts, chunk_size=97, threads=2)) == one


def test_threads_must_be_positive() -> None:
    with pytest.raises(ValueError, match="threads"):
        copydesk.analyze_many(["a"], threads=0)
    with pytest.raises(ValueError, match="chunk_size"):
        list(copydesk.analyze_iter(["a"], chunk_size=0))


def test_analyze_iter_is_lazy() -> None:
    consumed = []

    def stories():
        for i in range(10):
            consumed.append(i)
            yield f"Story {i}."

    it = copydesk.analyze_iter(stories(), chunk_size=3)
    first = next(it)
    assert first.text == "Story 0." and len(consumed) == 3
    assert [a.text for a in it] == [f"Story {i}." for i in range(1, 10)]


def test_default_threads_follows_the_environment() -> None:
    code = "import copydesk; print(copydesk.default_threads())"
    assert run_python(code, env={"COPYDESK_NUM_THREADS": "3"}).stdout.strip() == "3"
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    env = {k: v for k, v in os.environ.items() if k != "COPYDESK_NUM_THREADS"}
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert int(out.stdout) <= (cpus or 1)


def test_missing_model_file_is_a_model_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(copydesk.CopydeskModelError) as info:
        copydesk.analyze("text", model=tmp_path / "absent.model")
    assert isinstance(info.value, copydesk.CopydeskError)


def test_normalize_options() -> None:
    assert isinstance(copydesk.normalize("Caf\u00e9"), str)
    assert copydesk.normalize("plain text") == "plain text"
    for form in ("NFC", "NFKC", "nfkc"):
        copydesk.normalize("x", form=form, dashes=True, straighten_quotes=True, repair_mojibake=False)
    with pytest.raises(ValueError, match="form"):
        copydesk.normalize("x", form="NFD")
    with pytest.raises(TypeError):
        copydesk.normalize(b"bytes")  # type: ignore[arg-type]


def test_docstrings_and_signatures() -> None:
    for fn in (copydesk.analyze, copydesk.analyze_many, copydesk.normalize):
        assert fn.__doc__ and ">>>" in fn.__doc__
        assert fn.__text_signature__
    for cls in (copydesk.Article, copydesk.Span, copydesk.Entity, copydesk.Quote):
        assert cls.__doc__ and ">>>" in cls.__doc__
        assert cls.__module__ == "copydesk"
