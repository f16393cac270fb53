"""Reading ``copydesk.render``'s HTML back: the marks it drew, parsed with ``html.parser``.

Shared by the render, notebook and browser tests, so each checks the same thing: every entity
and quote of the article is marked, with the right offsets, text and label, and no article text
turned into markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

import copydesk

# Elements whose text is decoration added by the view, not article text.
DECORATION = {"cd-label", "cd-said"}
VOID = {"meta", "br", "img", "hr", "link", "input"}


@dataclass
class Mark:
    kind: str
    attrs: dict[str, str]
    text: str = ""


@dataclass
class ParsedView:
    tags: list[str] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    body_text: str = ""
    all_text: str = ""
    scripts: int = 0
    images: int = 0
    event_attributes: list[str] = field(default_factory=list)


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.view = ParsedView()
        # (tag, the mark it draws, is decoration, is the body)
        self.stack: list[tuple[str, Mark | None, bool, bool]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.view.tags.append(tag)
        values = {k: v or "" for k, v in attrs}
        self.view.event_attributes += [k for k in values if k.startswith("on")]
        if tag == "script":
            self.view.scripts += 1
        if tag == "img":
            self.view.images += 1
        if tag in VOID:
            return
        classes = set(values.get("class", "").split())
        decoration = bool(classes & DECORATION)
        mark = None
        kind = next((k for k in ("cd-ent", "cd-quote", "cd-speaker", "cd-cue") if k in classes), None)
        if kind and "cd-key" not in classes:
            mark = Mark(kind, values)
            if values.get("data-part") != "cont":
                self.view.marks.append(mark)
            else:
                # A continuation of a mark cut by a crossing one: find the first piece.
                mark = next(
                    m
                    for m in reversed(self.view.marks)
                    if m.kind == kind and m.attrs.get("data-start") == values.get("data-start")
                    and m.attrs.get("data-end") == values.get("data-end")
                )
        self.stack.append((tag, mark, decoration, "cd-body" in classes))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not any(tag in ("style", "title") for tag, _, _, _ in self.stack):
            self.view.all_text += data
        if any(decoration for _, _, decoration, _ in self.stack):
            return  # labels and speaker badges the view adds
        for _, mark, _, _ in self.stack:
            if mark is not None:
                mark.text += data
        if any(body for _, _, _, body in self.stack):
            self.view.body_text += data


def parse_view(markup: str) -> ParsedView:
    """Parse ``markup`` and check that every element closes in order."""
    reader = _Reader()
    reader.feed(markup)
    reader.close()
    assert not reader.stack, f"unclosed elements: {reader.stack}"
    return reader.view


def squash(text: str) -> str:
    """Whitespace runs as single spaces, as the view shows hard wraps."""
    return " ".join(text.split())


def check_article_marked(article: copydesk.Article, view: ParsedView) -> None:
    """Every entity, quote, speaker and cue of ``article`` is marked, with its text and label."""
    entities = {(m.attrs["data-start"], m.attrs["data-end"]): m for m in view.marks if m.kind == "cd-ent"}
    for e in article.entities:
        mark = entities[(str(e.start), str(e.end))]
        assert mark.attrs["data-label"] == e.label
        assert squash(mark.text) == squash(e.text), (mark.text, e.text)
    quotes = {(m.attrs["data-start"], m.attrs["data-end"]): m for m in view.marks if m.kind == "cd-quote"}
    for q in article.quotes:
        mark = quotes[(str(q.start), str(q.end))]
        assert squash(mark.text) == squash(q.text), (mark.text, q.text)
        assert mark.attrs["data-kind"] == q.kind
        assert mark.attrs["data-speaker"] == (q.speaker or "unattributed")
        if q.speaker_start is not None:
            speakers = [
                m
                for m in view.marks
                if m.kind == "cd-speaker" and m.attrs["data-start"] == str(q.speaker_start)
            ]
            assert speakers and squash(speakers[0].text) == squash(q.speaker_mention or "")
        if q.cue_start is not None:
            cues = [m for m in view.marks if m.kind == "cd-cue" and m.attrs["data-start"] == str(q.cue_start)]
            assert cues and squash(cues[0].text) == squash(q.cue or "")
