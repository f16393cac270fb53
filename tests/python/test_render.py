"""copydesk.render and Article._repr_html_: every entity and quote marked, all text escaped."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from helpers import EXAMPLES
from html_marks import check_article_marked, parse_view, squash
from view_stories import HOSTILE, STORY

import copydesk

def _with(article: copydesk.Article, **changes: object) -> copydesk.Article:
    """A copy of ``article`` with some fields replaced (through the pickle state)."""
    state = json.loads(article.__getstate__())
    state.update(changes)
    return copydesk.Article._from_state(json.dumps(state))


def test_render_marks_every_entity_and_quote() -> None:
    article = copydesk.analyze(STORY)
    assert article.entities and article.quotes
    view = parse_view(copydesk.render(article))
    check_article_marked(article, view)
    # The body shows every paragraph's words in order, wraps read as spaces.
    body = squash(view.body_text)
    for paragraph in article.paragraphs:
        assert squash(paragraph.text) in body


def test_repr_html_is_render() -> None:
    article = copydesk.analyze(STORY)
    assert article._repr_html_() == copydesk.render(article)


def test_header_fields_shown_and_legend_lists_labels() -> None:
    article = copydesk.analyze(STORY)
    markup = copydesk.render(article)
    for value in (article.headline, article.byline, article.dateline, article.date, article.source):
        if value:
            assert f"{value}" in markup.replace("&#x27;", "'").replace("&quot;", '"')
    view = parse_view(markup)
    legend = {m.attrs["data-label"] for m in view.marks if m.kind == "cd-ent"}
    assert legend == {e.label for e in article.entities}
    for label in legend:
        assert f'class="cd-ent cd-key" data-label="{label}"' in markup


def test_hostile_text_renders_as_text() -> None:
    article = copydesk.analyze(HOSTILE)
    for markup in (copydesk.render(article), copydesk.render(article, page=True), article._repr_html_()):
        view = parse_view(markup)
        assert view.scripts == 0 and view.images == 0 and not view.event_attributes
        assert set(view.tags) <= {"html", "head", "meta", "title", "body", "style", "div", "article",
                                  "header", "span", "mark", "p"}
        body = squash(view.body_text)
        assert "<img src=x onerror=alert(1)>" in body and "<script>code</script>" in body
        assert "<script>alert('x')</script>" in view.all_text
        check_article_marked(article, view)


def test_hostile_header_fields_are_escaped() -> None:
    article = _with(
        copydesk.analyze(STORY),
        headline="<script>alert(1)</script>",
        byline='By "Eve" <img src=x onerror=alert(2)>',
        source="</div><div>",
    )
    view = parse_view(copydesk.render(article, page=True))
    assert view.scripts == 0 and view.images == 0 and not view.event_attributes


def test_page_is_a_whole_document() -> None:
    articles = copydesk.analyze_many([STORY, HOSTILE])
    page = copydesk.render(articles, page=True)
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "prefers-color-scheme: dark" in page
    view = parse_view(page)
    assert view.tags.count("article") == 2
    assert view.tags.count("style") == 1


def test_options_turn_marks_off() -> None:
    article = copydesk.analyze(STORY)
    no_entities = parse_view(copydesk.render(article, entities=False))
    assert not [m for m in no_entities.marks if m.kind == "cd-ent"]
    assert [m for m in no_entities.marks if m.kind == "cd-quote"]
    no_quotes = parse_view(copydesk.render(article, quotes=False))
    assert not [m for m in no_quotes.marks if m.kind in ("cd-quote", "cd-speaker", "cd-cue")]
    assert len([m for m in no_quotes.marks if m.kind == "cd-ent"]) == len(article.entities)


def test_crossing_marks_nest_and_any_kind_renders() -> None:
    # A quote that starts inside an entity and ends inside another, of a kind the view has not
    # seen before: the elements are cut and reopened, and each mark's text is still whole.
    text = "Anna Berg said that the Harbour Board would listen to everyone."
    entity = lambda s, e, label: {"text": text[s:e], "start": s, "end": e, "label": label,  # noqa: E731
                                  "canonical": text[s:e]}
    quote = {
        "text": text[5:35], "start": 5, "end": 35, "speaker": "Anna Berg <b>",
        "speaker_mention": "Anna Berg", "speaker_start": 0, "speaker_end": 9,
        "speaker_label": "PERSON", "cue": "said", "cue_start": 10, "cue_end": 14,
        "kind": "indirect <i>",
    }
    article = _with(
        copydesk.analyze(text),
        entities=[entity(0, 9, "PERSON"), entity(24, 37, "ORG"), entity(55, 63, "NEW<LABEL>")],
        quotes=[quote],
    )
    markup = copydesk.render(article)
    view = parse_view(markup)
    check_article_marked(article, view)
    assert 'data-part="cont"' in markup
    assert "NEW&lt;LABEL&gt;" in markup and "<LABEL>" not in markup


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.txt")), ids=lambda p: p.name)
def test_examples_render(path: object) -> None:
    article = copydesk.analyze(path.read_text(encoding="utf-8"))  # type: ignore[attr-defined]
    check_article_marked(article, parse_view(copydesk.render(article)))


def test_render_rejects_non_articles() -> None:
    with pytest.raises(copydesk.CopydeskTypeError):
        copydesk.render("not an article")  # type: ignore[arg-type]
    with pytest.raises(copydesk.CopydeskTypeError):
        copydesk.render([copydesk.analyze("One."), 3])  # type: ignore[list-item]
    with pytest.raises(copydesk.CopydeskTypeError):
        copydesk.render(42)  # type: ignore[arg-type]
    assert copydesk.render([]).startswith('<div class="copydesk-view">')


def test_empty_and_odd_articles_render() -> None:
    for text in ("", "   ", "\n\n", "<", "&amp;", "\u202e evil \u0000 nul", "😀 Ünïcødé 東京 नमस्ते"):
        view = parse_view(copydesk.render(copydesk.analyze(text)))
        assert view.scripts == 0


def test_import_copydesk_does_not_import_the_view() -> None:
    code = "import sys, copydesk; print('copydesk.display' in sys.modules, 'html' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split()[0] == "False"
