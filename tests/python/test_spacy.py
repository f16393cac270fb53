"""Article.to_spacy: a spaCy Doc whose ents, quotes, speakers and cues keep our exact offsets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import EXAMPLES, run_python

import copydesk

STORIES = [
    """Mill town votes to keep its library open

By Saoirse Quinlan, Valley Post

DUNMORE, Feb. 11 (Valley Post) - Dunmore Town Council voted 7-2 on Thursday to keep the
Carrow Street library open until 2030, rejecting a plan by the Dunmore Property Trust.

"A town without a library is a town without a memory," said councillor Hugh O'Rourke,
who led the campaign. Mayor Ines Kovač called the vote "the right choice, for now."

The trust's director, Colm Devlin, said it would appeal to the regional board in March.
""",
    "Ministers from Norway and Chile met in Geneva on 3 May 2025, spending $4.5m.",
    "“We’re not done,” said Ana Díaz-Ruiz of Acme Corp — in Zürich, at 5 p.m. 😀 東京.",
    "Sentence one.\n\n\n   Indented  double  spaced text by Paul Okafor.\tTabs\ttoo.",
    "",
]


@pytest.fixture(scope="module")
def spacy() -> Any:
    return pytest.importorskip("spacy", reason="spaCy is an optional extra (copydesk[spacy])")


def check_round_trip(article: copydesk.Article, doc: Any) -> None:
    assert doc.text == article.text
    ents = {(s.start_char, s.end_char): s.label_ for s in doc.ents}
    group = {(s.start_char, s.end_char, s.label_) for s in doc.spans["entities"]}
    for e in article.entities:
        assert (e.start, e.end, e.label) in group
        # doc.ents cannot overlap: only a nested entity may be missing from it.
        if not any(
            o is not e and o.start <= e.start and e.end <= o.end and (o.start, o.end) != (e.start, e.end)
            for o in article.entities
        ):
            assert ents.get((e.start, e.end)) == e.label, (e, sorted(ents))
    quotes = [(s.start_char, s.end_char, s.label_, s.kb_id_) for s in doc.spans["quotes"]]
    assert quotes == [(q.start, q.end, q.kind, q.speaker or "") for q in article.quotes]
    speakers = [(s.start_char, s.end_char) for s in doc.spans["speakers"]]
    assert speakers == [
        (q.speaker_start, q.speaker_end) for q in article.quotes if q.speaker_start is not None
    ]
    cues = [(s.start_char, s.end_char) for s in doc.spans["cues"]]
    assert cues == [(q.cue_start, q.cue_end) for q in article.quotes if q.cue_start is not None]
    if article.sentences and len(doc):
        starts = {s.start_char for s in doc.sents}
        assert {s.start for s in article.sentences} <= starts


@pytest.mark.parametrize("story", STORIES)
def test_round_trip_invented(spacy: Any, story: str) -> None:
    article = copydesk.analyze(story)
    for nlp_or_vocab in (None, spacy.blank("en"), spacy.blank("en").vocab):
        check_round_trip(article, article.to_spacy(nlp_or_vocab))


def test_round_trip_examples(spacy: Any) -> None:
    nlp = spacy.blank("en")
    for path in sorted(EXAMPLES.glob("*.txt")):
        article = copydesk.analyze(path.read_text(encoding="utf-8"))
        assert article.entities
        check_round_trip(article, article.to_spacy(nlp))


def test_labels_canonical_and_pipeline_continue(spacy: Any) -> None:
    article = copydesk.analyze(STORIES[0])
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(article.to_spacy(nlp))  # a pipeline runs on from our Doc
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents] == [
        (e.text, e.label, e.canonical) for e in article.entities
    ]
    markup = spacy.displacy.render(doc, style="ent")
    assert "PERSON" in markup
    spans = spacy.displacy.render(doc, style="span", options={"spans_key": "quotes"})
    assert "direct" in spans or "partial" in spans


def test_to_spacy_rejects_other_objects(spacy: Any) -> None:
    with pytest.raises(copydesk.CopydeskTypeError):
        copydesk.analyze("Hello.").to_spacy("en")


def test_missing_spacy_names_the_extra() -> None:
    # A meta-path blocker makes spaCy unimportable in a fresh interpreter.
    code = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "spacy" or name.startswith("spacy."):
            raise ImportError("blocked")
sys.meta_path.insert(0, Block())
import copydesk
try:
    copydesk.analyze("Hello.").to_spacy()
except copydesk.CopydeskError as err:
    print("ERR", err)
"""
    out = run_python(code)
    assert out.returncode == 0, out.stderr
    assert "ERR" in out.stdout and "copydesk[spacy]" in out.stdout


def _bbc_texts(shared: Path) -> list[str]:
    folder = shared / "data" / "bbc-news" / "bbc" / "politics"
    if not folder.is_dir():
        pytest.skip(f"BBC politics stories absent ({folder})")
    return [p.read_bytes().decode("utf-8", "replace") for p in sorted(folder.glob("*.txt"))]


def test_round_trip_bbc(spacy: Any, shared: Path) -> None:
    texts = _bbc_texts(shared)
    nlp = spacy.blank("en")
    articles = copydesk.analyze_many(texts)
    assert sum(len(a.entities) for a in articles) > 1000
    for article in articles:
        check_round_trip(article, article.to_spacy(nlp))
