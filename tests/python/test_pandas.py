"""DataFrames: columns, dtypes, ids, missing rows, chunking and the Series accessor."""

from __future__ import annotations

import pytest

pd = pytest.importorskip("pandas")

import copydesk  # noqa: E402
import copydesk.pandas as cpd  # noqa: E402

TEXTS = [
    "PORT STRIKE ENDS\n    LISBRAN, June 2 - Dock workers went back on Monday.\n Reuter\n",
    None,
    "WASHINGTON (AP) \u2014 The panel voted. \u201cIt is done,\u201d Sen. Ortega said.",
    float("nan"),
    b"PARIS, March 3 (AFP) - The museum reopened.",
]

ENTITY_COLUMNS = [
    "id", "article", "text", "label", "start", "end", "canonical", "paragraph", "sentence",
]
QUOTE_COLUMNS = [
    "id", "article", "text", "start", "end", "speaker", "speaker_mention", "speaker_start",
    "speaker_end", "speaker_label", "cue", "cue_start", "cue_end", "kind",
    "content", "content_start", "content_end", "paragraph", "sentence",
]
ARTICLE_COLUMNS = [
    "id", "article", "source", "headline", "dateline", "byline", "date", "published", "url",
    "body", "n_paragraphs", "n_sentences", "n_entities", "n_quotes", "warnings",
]


def test_columns_and_dtypes() -> None:
    for fn, columns in (
        (copydesk.entities_frame, ENTITY_COLUMNS),
        (copydesk.quotes_frame, QUOTE_COLUMNS),
        (copydesk.articles_frame, ARTICLE_COLUMNS),
    ):
        frame = fn(TEXTS)
        assert list(frame.columns) == columns
        for name in columns:
            dtype = str(frame[name].dtype)
            if name in ("start", "end", "article", "paragraph", "sentence") or name.endswith(("_start", "_end")) or name.startswith("n_"):
                assert dtype == "Int64", (name, dtype)
            elif name == "id":
                assert dtype == "Int64"
            elif name == "warnings":
                assert dtype == "object"
            else:
                assert dtype == "string", (name, dtype)


def test_articles_frame_matches_analyze_many_and_keeps_missing_rows() -> None:
    frame = copydesk.articles_frame(TEXTS)
    articles = copydesk.analyze_many(TEXTS)
    assert len(frame) == len(TEXTS)
    assert frame["id"].tolist() == list(range(len(TEXTS)))
    for i, article in enumerate(articles):
        row = frame.iloc[i]
        if TEXTS[i] is None or isinstance(TEXTS[i], float):
            assert pd.isna(row["body"]) and pd.isna(row["headline"])
            assert row["n_paragraphs"] == 0 and row["n_entities"] == 0 and row["warnings"] == []
        else:
            assert row["body"] == article.body
            assert row["n_paragraphs"] == len(article.paragraphs)
            assert row["n_sentences"] == len(article.sentences)
            assert row["n_entities"] == len(article.entities)
            assert row["n_quotes"] == len(article.quotes)
            assert row["warnings"] == article.warnings
            for field in ("source", "headline", "dateline", "byline", "date"):
                value = getattr(article, field)
                assert (pd.isna(row[field]) and value is None) or row[field] == value


def test_entity_and_quote_rows_match_the_articles() -> None:
    articles = copydesk.analyze_many(TEXTS)
    entities = copydesk.entities_frame(TEXTS)
    quotes = copydesk.quotes_frame(TEXTS)
    assert len(entities) == sum(len(a.entities) for a in articles)
    assert len(quotes) == sum(len(a.quotes) for a in articles)
    for row in entities.itertuples():
        assert articles[row.article].text[row.start : row.end] == row.text
    for row in quotes.itertuples():
        assert articles[row.article].text[row.start : row.end] == row.text


def test_series_ids_default_to_the_index_and_ids_can_be_given() -> None:
    series = pd.Series(TEXTS, index=["a", "b", "c", "d", "e"])
    frame = copydesk.articles_frame(series)
    assert frame["id"].tolist() == ["a", "b", "c", "d", "e"]
    assert frame["body"].isna().tolist() == [False, True, False, True, False]
    given = copydesk.articles_frame(TEXTS, ids=[10, 20, 30, 40, 50])
    assert given["id"].tolist() == [10, 20, 30, 40, 50]
    with pytest.raises(ValueError, match="ids"):
        copydesk.articles_frame(TEXTS, ids=[1, 2])


def test_string_dtype_series_with_na() -> None:
    series = pd.Series(["One story.", None, "Two."], dtype="string")
    frame = copydesk.articles_frame(series)
    assert frame["body"].isna().tolist() == [False, True, False]


def test_chunking_gives_the_same_frame() -> None:
    texts = TEXTS * 41
    whole = copydesk.articles_frame(texts)
    chunked = copydesk.articles_frame(texts, chunk_size=7)
    pd.testing.assert_frame_equal(whole, chunked)
    assert chunked["article"].tolist() == list(range(len(texts)))
    pd.testing.assert_frame_equal(copydesk.entities_frame(texts), copydesk.entities_frame(texts, chunk_size=7))


def test_empty_input_gives_empty_typed_frames() -> None:
    for kind, fn in (("entities", copydesk.entities_frame), ("quotes", copydesk.quotes_frame), ("articles", copydesk.articles_frame)):
        frame = fn([])
        assert len(frame) == 0
        pd.testing.assert_frame_equal(frame, cpd.empty_frame(kind))


def test_bad_types_name_their_position() -> None:
    with pytest.raises(TypeError, match=r"texts\[1\]"):
        copydesk.articles_frame(["ok", 42])
    with pytest.raises(TypeError):
        copydesk.articles_frame("one string")


def test_series_accessor_equals_the_functions() -> None:
    series = pd.Series(TEXTS, index=[5, 6, 7, 8, 9])
    pd.testing.assert_frame_equal(series.copydesk.entities(), copydesk.entities_frame(series))
    pd.testing.assert_frame_equal(series.copydesk.quotes(), copydesk.quotes_frame(series))
    pd.testing.assert_frame_equal(series.copydesk.articles(), copydesk.articles_frame(series))
    pd.testing.assert_frame_equal(series.copydesk.articles(threads=1), copydesk.articles_frame(series, threads=2))


def test_csv_to_entities_in_two_lines(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "stories.csv"
    pd.DataFrame({"id": ["s1", "s2"], "text": [TEXTS[0], TEXTS[2]]}).to_csv(path, index=False)
    stories = pd.read_csv(path, index_col="id")
    entities = stories["text"].copydesk.entities()
    assert list(entities.columns) == ENTITY_COLUMNS
    articles = stories["text"].copydesk.articles()
    assert articles["id"].tolist() == ["s1", "s2"]


def test_pickled_frames_round_trip() -> None:
    import pickle

    frame = copydesk.articles_frame(TEXTS)
    pd.testing.assert_frame_equal(pickle.loads(pickle.dumps(frame)), frame)
