"""Hypothesis: on any story, render's markup nests, escapes everything and marks every span;
to_spacy keeps every span's offsets (when spaCy is installed)."""

from __future__ import annotations

import importlib.util

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from html_marks import check_article_marked, parse_view

import copydesk

PIECES = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "</div>", "</mark>", "&", "&lt;",
    "&#x27;", "<!--", "]]>", "\u201c", "\u201d", '"', "'", "\u00e9", "e\u0301", "\U0001f600",
    "\u6771\u4eac", "\u0928\u0908", "\n", "\n\n", "\r\n", "  ", "\t", "\u00a0", "\u2028",
    "Tony Blair said ", "Mr. Brown ", "the Labour Party ", "in London ", "on Monday ",
    "TOKYO, Sept. 4 Kyodo - ", "By Jane Doe, Associated Press\n", ". ", ", ", " said. ",
    '"We will act," ', " told reporters.", "\u201cNo,\u201d said Ana Ruiz. ",
]

stories = st.lists(
    st.one_of(
        st.sampled_from(PIECES),
        st.text(st.characters(exclude_categories=("Cs",)), max_size=6),
    ),
    max_size=40,
).map("".join)

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(stories)
def test_render_marks_everything_and_injects_nothing(text: str) -> None:
    article = copydesk.analyze(text)
    view = parse_view(copydesk.render(article, page=True))
    assert view.scripts == 0 and view.images == 0 and not view.event_attributes
    check_article_marked(article, view)


HAS_SPACY = importlib.util.find_spec("spacy") is not None


@pytest.mark.skipif(not HAS_SPACY, reason="spaCy is an optional extra (copydesk[spacy])")
@SETTINGS
@given(stories)
def test_to_spacy_keeps_offsets(text: str) -> None:
    from test_spacy import check_round_trip

    article = copydesk.analyze(text)
    check_round_trip(article, article.to_spacy())
