"""copydesk.analyze is lazy: sentences, entities, quotes and warnings are computed on first
access. Whatever is touched first, and from however many threads, the article equals the eager
batch result (analyze_many) field by field and through ==, hash, pickle, to_dict, repr,
to_spacy and _repr_html_; errors still come from analyze() itself."""

from __future__ import annotations

import json
import os
import pickle
import threading
from pathlib import Path
from typing import Any, Callable, Union

import pytest
from helpers import EXAMPLES, run_python
from hypothesis import given, settings
from hypothesis import strategies as st

import copydesk

Story = Union[str, bytes]

FIELDS = [
    "text", "source", "headline", "dateline", "byline", "date", "published", "url", "body",
    "paragraphs", "sentences", "entities", "quotes", "warnings",
]  # fmt: skip
LAZY = ["sentences", "entities", "quotes", "warnings"]


def page(title: str, paragraphs: list[str], head: str = "") -> str:
    """An invented page: metadata, a menu, the story, a footer."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html><head><title>{title}</title>"
        f'<meta property="og:title" content="{title}">{head}</head><body>'
        '<nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>'
        f"<article><h1>{title}</h1>{body}</article><footer>About us</footer></body></html>"
    )


STORIES: list[Story] = [
    "GRAIN PRICES EASE\n    BRAMLEY, March 3 - Wheat futures fell on Tuesday, traders said.\n Reuter\n",
    "KESTON (AP) \u2014 The council voted 5-4. \u201cWe listened,\u201d said Mayor Ilse Brandt. "
    "Officials said the plan would cost $2.1m, according to the Keston Gazette.",
    '"The bridge stays shut," said engineer Tomas Vey. "But any repair is welcome.\nThe mayor '
    'disagreed. "It opens in May," she said.',  # unbalanced marks: quote warnings
    "Caf\u00c3\u00a9 owners in Lisbran said the tax would rise next year.",  # mojibake repaired
    "Caf\xe9 owners met on Monday in Orlov.".encode("cp1252"),  # cp1252 fallback warning
    "\ufeffPlain UTF-8 with a byte-order mark, said Dana Roe of Roe Ltd.".encode("utf-8"),
    "\u6771\u4eac\u3067\u4f1a\u8b70\u3002 \u0928\u0908 \u0926\u093f\u0932\u094d\u0932\u0940\u0964 \U0001f600 Ana said so.",
    "",
    "   \n\n  ",
    page(
        "Ferry fares to rise in June",
        [
            "Fares on the Halvik ferry will rise by 8 per cent from June, the operator Halvik Lines said on Monday.",
            "\u201cFuel has doubled in two years,\u201d said Petra Moss, its chief executive, in Halvik.",
            "Commuter groups said they would ask the county council to step in before the summer.",
        ],
        head='<link rel="canonical" href="https://news.example/ferry">'
        '<meta property="og:site_name" content="Halvik Herald">'
        '<meta property="article:published_time" content="2031-05-04T09:00:00Z">',
    ),
    page("Index", ["Short."]).encode("utf-8"),  # no article: a warning, an empty body
]


def example_stories() -> list[Story]:
    texts: list[Story] = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    for line in (EXAMPLES / "stories.jsonl").read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        if text is not None:
            texts.append(text)
    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "html" / "harbour-ferry.html"
    texts.append(fixture.read_bytes())
    return texts


ALL = STORIES + example_stories()


def fields(article: copydesk.Article) -> dict[str, Any]:
    return {name: getattr(article, name) for name in FIELDS}


@pytest.fixture(scope="module")
def eager() -> list[copydesk.Article]:
    return copydesk.analyze_many(ALL)


@pytest.mark.parametrize("i", range(len(ALL)))
def test_every_field_equals_the_batch_result_whichever_is_read_first(
    i: int, eager: list[copydesk.Article]
) -> None:
    expected = fields(eager[i])
    # Eager fields first, lazy ones after.
    article = copydesk.analyze(ALL[i])
    assert fields(article) == expected
    # Each lazy field as the first thing read.
    for name in LAZY:
        article = copydesk.analyze(ALL[i])
        assert getattr(article, name) == expected[name]
        assert fields(article) == expected
        assert getattr(article, name) == expected[name]  # the cached value, again


FORCING: dict[str, Callable[[copydesk.Article], Any]] = {
    "eq": lambda a: a,
    "hash": hash,
    "pickle": lambda a: pickle.loads(pickle.dumps(a)),
    "getstate": lambda a: a.__getstate__(),
    "to_dict": lambda a: a.to_dict(),
    "repr": repr,
    "html": lambda a: a._repr_html_(),
}


@pytest.mark.parametrize("how", sorted(FORCING))
@pytest.mark.parametrize("i", range(len(ALL)))
def test_the_whole_article_agrees_with_the_batch(
    how: str, i: int, eager: list[copydesk.Article]
) -> None:
    # A fresh, unforced article each time, so the operation itself must force the lazy part.
    result = FORCING[how](copydesk.analyze(ALL[i]))
    assert result == FORCING[how](eager[i])
    article = copydesk.analyze(ALL[i])
    assert article == eager[i] and eager[i] == copydesk.analyze(ALL[i])
    assert hash(copydesk.analyze(ALL[i])) == hash(eager[i])


def test_articles_go_in_sets_and_dicts(eager: list[copydesk.Article]) -> None:
    lazy = [copydesk.analyze(x) for x in ALL]
    assert set(lazy) == set(eager)
    assert {a: n for n, a in enumerate(lazy)}[eager[0]] == 0


def test_unequal_articles_stay_unequal() -> None:
    a, b = copydesk.analyze("Ana Roe spoke in Orlov."), copydesk.analyze("Ana Roe spoke in Lisbran.")
    assert a != b and a == copydesk.analyze("Ana Roe spoke in Orlov.")


def test_unpickled_and_rebuilt_articles_are_complete(eager: list[copydesk.Article]) -> None:
    for i, story in enumerate(ALL):
        state = copydesk.analyze(story).__getstate__()
        rebuilt = copydesk.Article._from_state(state)
        assert fields(rebuilt) == fields(eager[i])
        assert json.loads(state) == eager[i].to_dict()


def test_to_spacy_agrees(eager: list[copydesk.Article]) -> None:
    spacy = pytest.importorskip("spacy", reason="spaCy is an optional extra (copydesk[spacy])")
    nlp = spacy.blank("en")
    for i, story in enumerate(ALL):
        lazy_doc = copydesk.analyze(story).to_spacy(nlp)
        eager_doc = eager[i].to_spacy(nlp)
        assert lazy_doc.to_json() == eager_doc.to_json()
        for key in ("quotes", "speakers", "cues"):
            assert [(s.start_char, s.end_char, s.label_) for s in lazy_doc.spans[key]] == [
                (s.start_char, s.end_char, s.label_) for s in eager_doc.spans[key]
            ]


def test_html_format_is_lazy_and_the_same(eager: list[copydesk.Article]) -> None:
    story = STORIES[9]
    for fmt in ("html", "auto"):
        article = copydesk.analyze(story, format=fmt)
        assert article.url == "https://news.example/ferry" and article.source == "Halvik Herald"
        assert article.body.startswith("Fares on the Halvik ferry")
        assert fields(article) == fields(copydesk.analyze_many([story], format=fmt)[0])


@pytest.mark.parametrize("name", LAZY + ["eq", "hash", "repr"])
def test_threads_reading_one_article_at_once_agree(name: str) -> None:
    story = ALL[1] * 40  # long enough that the threads overlap
    expected = copydesk.analyze_many([story])[0]
    for _ in range(3):
        article = copydesk.analyze(story)
        start = threading.Barrier(8)
        seen: list[Any] = []
        errors: list[BaseException] = []

        def read() -> None:
            try:
                start.wait(timeout=60)
                if name == "eq":
                    seen.append(article == expected)
                elif name == "hash":
                    seen.append(hash(article) == hash(expected))
                elif name == "repr":
                    seen.append(repr(article) == repr(expected))
                else:
                    seen.append(getattr(article, name) == getattr(expected, name))
            except BaseException as err:  # noqa: BLE001 - reported below
                errors.append(err)

        workers = [threading.Thread(target=read) for _ in range(8)]
        for w in workers:
            w.start()
        for w in workers:
            w.join(timeout=240)
        assert not any(w.is_alive() for w in workers), "a thread hung"
        assert errors == [] and seen == [True] * 8
        assert fields(article) == fields(expected)


def test_errors_still_come_from_analyze() -> None:
    with pytest.raises(copydesk.CopydeskTypeError):
        copydesk.analyze(None)  # type: ignore[arg-type]
    with pytest.raises(copydesk.CopydeskValueError):
        copydesk.analyze("lone \ud800 surrogate")
    with pytest.raises(copydesk.CopydeskValueError):
        copydesk.analyze("A story.", format="pdf")


FORK_WHILE_COMPUTING = """
import os, sys, threading, time
import copydesk

story = "Taro Kono said in Tokyo that the talks would resume on Monday. " * 20000
article = copydesk.analyze(story)
reader = threading.Thread(target=lambda: article.entities)
reader.start()
time.sleep(0.05)  # let the thread start computing (the test holds either way)
pid = os.fork()
if pid == 0:
    # The child has no computing thread: it must compute for itself, not wait.
    print("child", len(article.entities), flush=True)
    os._exit(0)
_, status = os.waitpid(pid, 0)
reader.join()
print("parent", len(article.entities), os.waitstatus_to_exitcode(status), flush=True)
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_a_fork_while_another_thread_computes_does_not_hang() -> None:
    out = run_python(FORK_WHILE_COMPUTING, timeout=240)
    assert out.returncode == 0, out.stderr
    lines = dict(line.split(" ", 1) for line in out.stdout.splitlines())
    child, (parent, status) = lines["child"], lines["parent"].split()
    assert child == parent and int(parent) > 0 and status == "0"


FORK_WHILE_A_BATCH_RUNS = """
import os, threading, time
import copydesk

stories = ["Taro Kono said in Tokyo that the talks would resume on Monday."] * 20000
batch = threading.Thread(target=lambda: copydesk.analyze_many(stories, threads=2))
batch.start()
time.sleep(0.05)
# The fork waits for the batch's chunk in hand (`_before_fork`); the child runs its own batch.
pid = os.fork()
if pid == 0:
    print("child", len(copydesk.analyze_many(stories[:50], threads=2)), flush=True)
    os._exit(0)
_, status = os.waitpid(pid, 0)
batch.join()
print("parent", os.waitstatus_to_exitcode(status), flush=True)
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_a_fork_while_another_thread_runs_a_batch_does_not_hang() -> None:
    out = run_python(FORK_WHILE_A_BATCH_RUNS, timeout=240)
    assert out.returncode == 0, out.stderr
    lines = dict(line.split(" ", 1) for line in out.stdout.splitlines())
    assert lines == {"child": "50", "parent": "0"}


@pytest.mark.parametrize("value", ["abc", "0"])
def test_a_bad_thread_variable_still_fails_in_analyze(value: str) -> None:
    code = """
import copydesk
try:
    copydesk.analyze("One.")
except copydesk.CopydeskValueError as err:
    print("error:", err)
"""
    out = run_python(code, env={"COPYDESK_NUM_THREADS": value})
    assert out.returncode == 0, out.stderr
    assert "error:" in out.stdout and "COPYDESK_NUM_THREADS" in out.stdout


@settings(max_examples=60, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_any_text_agrees_with_the_batch(text: str) -> None:
    article = copydesk.analyze(text)
    expected = copydesk.analyze_many([text])[0]
    assert article.entities == expected.entities
    assert fields(article) == fields(expected) and article == expected
