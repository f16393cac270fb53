"""Hypothesis property tests: every span of every kind slices back to the input, whatever the
script; no input crashes; batches, bytes and normalization behave."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import copydesk
from helpers import all_spans

PIECES = [
    "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", '"', "'",  # quote marks
    "Caf\u00e9", "Jos\u00e9", "e\u0301", "\u00c5ngstr\u00f6m",  # precomposed and combining accents
    "\U0001f600", "\U0001f1ef\U0001f1f5", "\U0001f469\u200d\U0001f4bb",  # emoji, flags, ZWJ
    "\u6771\u4eac", "\u5317\u4eac\u5e02", "\u3002",  # CJK
    "\u0928\u0908 \u0926\u093f\u0932\u094d\u0932\u0940", "\u0964",  # Devanagari
    "\n", "\n\n", "\r\n", "    ", "\t", "\u00a0", "\u00ad",
    "Kono said", " said ", "Mr. ", "U.S. ", "Sept. 4", "TOKYO, Sept. 4 Kyodo - ",
    "WASHINGTON (AP) \u2014 ", "By Jane Doe, Associated Press\n", " Reuter\n\x03",
    ". ", "? ", "!", ", ", "--", "&amp;", "Caf\u00c3\u00a9",
]

stories = st.lists(
    st.one_of(
        st.sampled_from(PIECES),
        st.text(st.characters(exclude_categories=("Cs",)), max_size=8),
    ),
    max_size=40,
).map("".join)

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(stories)
def test_every_span_slices_back_to_the_input(text: str) -> None:
    article = copydesk.analyze(text)
    assert article.text == text
    for start, end, span_text in all_spans(article):
        assert 0 <= start <= end <= len(text)
        assert text[start:end] == span_text


@SETTINGS
@given(st.lists(stories, max_size=12))
def test_batch_equals_one_by_one(texts: list[str]) -> None:
    assert copydesk.analyze_many(texts, threads=2) == [copydesk.analyze(t) for t in texts]


@SETTINGS
@given(st.binary(max_size=200))
def test_any_bytes_analyse_without_error(data: bytes) -> None:
    article = copydesk.analyze(data)
    for start, end, span_text in all_spans(article):
        assert article.text[start:end] == span_text


@SETTINGS
@given(stories)
def test_normalize_is_idempotent(text: str) -> None:
    once = copydesk.normalize(text)
    assert copydesk.normalize(once) == once
