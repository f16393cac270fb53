"""Sentence rows, the sentence column of entities and quotes, and copydesk.link."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pd = pytest.importorskip("pandas")

import copydesk  # noqa: E402

STORIES = [
    "Storm shuts Kelmouth port\n\nKELMOUTH, May 3 (Reuters) - Harbour master John Smith closed the port on Tuesday. "
    "\u201cThe storm is too strong,\u201d Smith said.\n\n"
    "Ferries to Dunmore will resume on Friday, the Kelmouth Port Authority said.",
    "New library for Dunmore\n\nDunmore councillor Mary Smith opened the new library on Saturday. Smith, 54, thanked "
    "the volunteers.\n\nThe library cost \u00a32m.",
    "Smith said the council meets again in June.",
    "Novelist Ada Quill won the Kelmouth prize on Sunday. \"I am stunned,\" Quill said.",
    "The prize jury praised Quill for her third novel.",
    "Smith reopened the Kelmouth Port Authority office in Kelmouth on Monday.",
]


def test_sentences_frame_slices_back() -> None:
    frame = copydesk.sentences_frame(STORIES)
    assert list(frame.columns) == [
        "id", "article", "sentence", "start", "end", "text", "paragraph",
    ]
    for row in frame.itertuples():
        assert STORIES[row.article][row.start:row.end] == row.text
    counts = frame.groupby("article")["sentence"].agg(["min", "max", "count"])
    assert (counts["min"] == 0).all()
    assert (counts["max"] + 1 == counts["count"]).all()
    articles = copydesk.articles_frame(STORIES)
    assert counts["count"].tolist() == articles["n_sentences"].tolist()
    # The paragraph of a sentence is the one holding its start.
    first = frame[frame["article"] == 0]
    assert first["paragraph"].tolist() == [0, 0, 1]


def test_entity_and_quote_sentences_join_their_sentence() -> None:
    sentences = copydesk.sentences_frame(STORIES)
    for rows in (copydesk.entities_frame(STORIES), copydesk.quotes_frame(STORIES)):
        assert "sentence" in rows.columns
        joined = rows.merge(
            sentences, on=["article", "sentence"], suffixes=("", "_s"), how="left"
        )
        assert len(joined) == len(rows) > 0
        for row in joined.itertuples():
            if pd.isna(row.sentence):
                continue
            assert row.start_s <= row.start < row.end_s, row


def test_link_keeps_two_smiths_apart_and_resolves_quill() -> None:
    frame = copydesk.entities_frame(STORIES)
    linked = copydesk.link(frame)
    assert list(linked.columns) == list(frame.columns) + ["entity_id", "name"]
    people = linked[linked["label"] == "PERSON"]
    by_text = {(r.article, r.text): (r.entity_id, r.name) for r in people.itertuples()}
    john = by_text[(0, "John Smith")]
    mary = by_text[(1, "Mary Smith")]
    assert john[0] != mary[0]
    # Inside a story, the pipeline's canonical already names the Smith.
    assert by_text[(0, "Smith")] == john
    assert by_text[(1, "Smith")] == mary
    # Story 2 names no Smith in full and shares nothing with either: it stays apart.
    assert by_text[(2, "Smith")][1] == "Smith"
    assert by_text[(2, "Smith")][0] not in (john[0], mary[0])
    # Story 5 shares the port authority and the town with John Smith's story, nothing with
    # Mary Smith's: co-occurrence decides.
    assert by_text[(5, "Smith")] == john
    # A surname alone in another story takes the only full name with it in the batch.
    rows = pd.DataFrame(
        {"article": [3, 4], "label": ["PERSON", "PERSON"], "canonical": ["Ada Quill", "Quill"]}
    )
    assert copydesk.link(rows)["name"].tolist() == ["Ada Quill", "Ada Quill"]
    assert copydesk.link(frame).equals(linked)


def test_a_slogan_at_a_sentence_start_is_not_a_full_name() -> None:
    story = (
        "Tony Blair opened the campaign in Leeds on Monday.\n\n"
        'A heckler shouted: "I have a new slogan. Vote Blair, get a pay cut."\n\n'
        "Mr Blair laughed it off, and aides said Blair would return next week."
    )
    people = [e for e in copydesk.analyze(story).entities if e.label == "PERSON"]
    assert [e.text for e in people] == ["Tony Blair", "Blair", "Blair", "Blair"]
    assert {e.canonical for e in people} == {"Tony Blair"}


def test_link_on_tables_and_polars() -> None:
    pa = pytest.importorskip("pyarrow")
    frame = copydesk.link(copydesk.entities_frame(STORIES))
    table = copydesk.link(copydesk.entities_table(STORIES))
    assert table.column("name").to_pylist() == frame["name"].tolist()
    assert table.column("entity_id").to_pylist() == frame["entity_id"].tolist()
    assert table.schema.field("entity_id").type == pa.int64()
    assert copydesk.link(table).equals(table), "linking again changes nothing"
    assert copydesk.link(frame).equals(frame)
    pl = pytest.importorskip("polars")
    import copydesk.polars as cpl

    polars_linked = cpl.link(cpl.entities_frame(STORIES))
    assert polars_linked.equals(pl.from_arrow(table))


def test_link_rejects_what_is_not_an_entities_frame() -> None:
    with pytest.raises(copydesk.CopydeskTypeError):
        copydesk.link([1, 2, 3])
    with pytest.raises(copydesk.CopydeskValueError):
        copydesk.link(pd.DataFrame({"article": [0]}))
    empty = copydesk.link(copydesk.entities_frame([]))
    assert list(empty.columns)[-2:] == ["entity_id", "name"]


def _politics(shared: Path) -> list[str]:
    folder = shared / "data" / "bbc-news" / "bbc" / "politics"
    if not folder.is_dir():
        pytest.skip(f"needs {folder}")
    return [p.read_bytes().decode("utf-8", "replace") for p in sorted(folder.glob("*.txt"))]


def test_every_bbc_blair_is_tony_blair(shared: Path) -> None:
    texts = _politics(shared)
    linked = copydesk.link(copydesk.entities_frame(texts))
    blair = linked[(linked["label"] == "PERSON") & (linked["text"] == "Blair")]
    assert len(blair) > 100
    # A story's own canonical stands: in the story about Cherie Blair, "Mrs Blair" is her, and
    # link keeps it so. Every other "Blair" is Tony Blair, bare surnames included.
    other = ~blair["canonical"].isin(["Blair", "Tony Blair"])
    assert set(blair[other]["canonical"]) <= {"Cherie Blair"}
    assert other.sum() <= 4
    wrong: Any = blair[~other & (blair["name"] != "Tony Blair")]
    assert wrong.empty, wrong[["article", "text", "canonical", "name"]].head(20).to_string()
    bare = linked[(linked["label"] == "PERSON") & (linked["canonical"] == "Blair")]
    assert len(bare) >= 4
    assert (bare["name"] == "Tony Blair").all()


def test_bbc_sentence_columns_slice_back(shared: Path) -> None:
    texts = _politics(shared)[:60]
    sentences = copydesk.sentences_frame(texts)
    for row in sentences.itertuples():
        assert texts[row.article][row.start:row.end] == row.text
    entities = copydesk.entities_frame(texts)
    joined = entities.dropna(subset=["sentence"]).merge(
        sentences, on=["article", "sentence"], suffixes=("", "_s")
    )
    assert ((joined["start_s"] <= joined["start"]) & (joined["end"] <= joined["end_s"])).all()
