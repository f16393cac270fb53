"""HTML views of analysed articles: ``copydesk.render`` and ``Article._repr_html_``.

Shaping only, no NLP: the header fields and the body's paragraphs are laid out as HTML, with
every entity highlighted by label (a colour per label, the label shown, a legend) and every quote
marked with its speaker, the speaker's mention and the speech cue. All article text is
HTML-escaped, so a story containing ``<script>`` shows the tag as text. The page needs no
JavaScript; its colours follow ``prefers-color-scheme`` and JupyterLab's dark themes.

Marks may overlap (an entity inside a quote, a speaker's name that is also an entity, a quote
that crosses an entity's edge): the body is cut at every mark boundary and the elements are
closed and reopened where they cross, so the markup always nests. Each element carries
``data-start``/``data-end`` (code-point offsets into ``article.text``) so tools and tests can
find every mark again.

>>> import copydesk
>>> html = copydesk.render(copydesk.analyze('"We will act," Taro Kono said.'))
>>> html.startswith('<div class="copydesk-view">')
True
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Sequence, Union

from copydesk.display_style import STYLE, label_palette

if TYPE_CHECKING:
    from copydesk._native import Article

__all__ = ["render"]

#: Which element wins the outer position when two marks start and end at the same offsets.
_RANK = {"quote": 0, "entity": 1, "speaker": 2, "cue": 3}


@dataclass(frozen=True)
class _Mark:
    """One highlighted stretch of ``article.text``."""

    kind: str  # "entity", "quote", "speaker" or "cue"
    start: int
    end: int
    label: str = ""
    attrs: tuple[tuple[str, str], ...] = ()
    order: int = 0  # the position among all marks, to keep sorting total and stable

    def sort_key(self) -> tuple[int, int, int, int]:
        # Outer marks first: earlier start, then longer, then quotes around entities.
        return (self.start, -self.end, _RANK[self.kind], self.order)


@dataclass
class _Layout:
    """The marks of one article and the labels its legend lists."""

    marks: list[_Mark] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)


def render(
    articles: Union[Article, Iterable[Article]],
    *,
    entities: bool = True,
    quotes: bool = True,
    page: bool = False,
) -> str:
    """Render one article or many as HTML, with entities and quotes marked in the text.

    Args:
        articles: An ``Article`` or an iterable of them.
        entities: Highlight entities, a colour per label, with a legend.
        quotes: Mark quotes with their speaker, the speaker's mention and the speech cue.
        page: Return a whole HTML document (``<!DOCTYPE html>`` ...) rather than a fragment.

    Returns:
        The HTML as a string. Every piece of article text in it is escaped.

    Raises:
        CopydeskTypeError: ``articles`` is neither an Article nor an iterable of Articles.

    >>> import copydesk
    >>> page = copydesk.render(copydesk.analyze("Ministers met on Monday."), page=True)
    >>> page.startswith("<!DOCTYPE html>")
    True
    """
    from copydesk._native import Article, CopydeskTypeError

    if isinstance(articles, Article):
        items: Sequence[Article] = [articles]
    elif isinstance(articles, (str, bytes)):
        raise CopydeskTypeError("render takes Articles: call copydesk.analyze(text) first")
    else:
        try:
            items = list(articles)
        except TypeError as err:
            raise CopydeskTypeError(
                f"render takes an Article or an iterable of Articles, not {type(articles).__name__}"
            ) from err
        for item in items:
            if not isinstance(item, Article):
                raise CopydeskTypeError(
                    f"render takes Articles, not {type(item).__name__}: call copydesk.analyze first"
                )
    layouts = [_layout(a, entities=entities, quotes=quotes) for a in items]
    parts = [f"<style>{STYLE}</style>"]
    parts += [_article_html(a, layout, show_legend=entities) for a, layout in zip(items, layouts)]
    fragment = '<div class="copydesk-view">' + "".join(parts) + "</div>"
    if not page:
        return fragment
    title = next((a.headline for a in items if a.headline), None) or "copydesk"
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="color-scheme" content="light dark">\n'
        f"<title>{_esc(title)}</title>\n</head>\n<body>\n{fragment}\n</body>\n</html>\n"
    )


def _repr_html(article: Article) -> str:
    """What ``Article._repr_html_`` returns: ``render(article)``."""
    return render(article)


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _layout(article: Article, *, entities: bool, quotes: bool) -> _Layout:
    layout = _Layout()
    n = len(article.text)

    def add(kind: str, start: int, end: int, tag: str, attrs: dict[str, str]) -> None:
        # Out-of-range or empty spans cannot be drawn; the analysis never makes them, but a
        # hand-built Article (through _from_state) could.
        if 0 <= start < end <= n:
            items = (("start", str(start)), ("end", str(end))) + tuple(attrs.items())
            layout.marks.append(_Mark(kind, start, end, tag, items, len(layout.marks)))

    if entities:
        for e in article.entities:
            add("entity", e.start, e.end, e.label, {"label": e.label, "canonical": e.canonical})
        layout.labels = sorted({e.label for e in article.entities})
    if quotes:
        for number, q in enumerate(article.quotes, 1):
            said = {"quote": str(number), "speaker": q.speaker or "unattributed"}
            add("quote", q.start, q.end, q.kind, {"quote": said["quote"], "kind": q.kind,
                                                  "speaker": said["speaker"]})
            if q.speaker_start is not None and q.speaker_end is not None:
                add("speaker", q.speaker_start, q.speaker_end, "", said)
            if q.cue_start is not None and q.cue_end is not None:
                add("cue", q.cue_start, q.cue_end, "", {"quote": said["quote"]})
    return layout


def _article_html(article: Article, layout: _Layout, *, show_legend: bool) -> str:
    parts = ['<article class="cd-article">', _header_html(article)]
    if show_legend and layout.labels:
        parts.append(_legend_html(layout.labels, quotes=any(m.kind == "quote" for m in layout.marks)))
    elif any(m.kind == "quote" for m in layout.marks):
        parts.append(_legend_html([], quotes=True))
    parts.append('<div class="cd-body">')
    text = article.text  # each read copies the text out of the native Article
    paragraphs = sorted((p.start, p.end) for p in article.paragraphs)
    blocks = _blocks(text, paragraphs, layout.marks)
    paragraph_starts = [start for start, _ in paragraphs]
    # Hand each mark to the block that holds it (every mark is inside one, see _blocks).
    firsts = [start for start, _ in blocks]
    per_block: list[list[_Mark]] = [[] for _ in blocks]
    for mark in layout.marks:
        per_block[bisect.bisect_right(firsts, mark.start) - 1].append(mark)
    for (start, end), marks in zip(blocks, per_block):
        # A line outside every paragraph (a headline or sign-off holding an entity) is shown
        # apart, so it does not read as body text.
        first = bisect.bisect_left(paragraph_starts, start)
        outside = bool(paragraphs) and not (first < len(paragraphs) and paragraphs[first][0] < end)
        css = "cd-par cd-outside" if outside else "cd-par"
        parts.append(f'<p class="{css}">{_marked(text, start, end, marks)}</p>')
    parts.append("</div></article>")
    return "".join(parts)


def _header_html(article: Article) -> str:
    parts = ['<header class="cd-header">']
    if article.headline:
        parts.append(f'<div class="cd-headline">{_esc(article.headline)}</div>')
    meta = [
        (name, value)
        for name, value in (
            ("source", article.source),
            ("dateline", article.dateline),
            ("date", article.date),
            ("byline", article.byline),
        )
        if value
    ]
    if meta:
        items = "".join(
            f'<span class="cd-meta-item" data-field="{name}">'
            f'<span class="cd-meta-name">{name}</span> {_esc(value)}</span>'
            for name, value in meta
        )
        parts.append(f'<div class="cd-meta">{items}</div>')
    counts = " · ".join(
        _count(len(items), noun)
        for items, noun in (
            (article.paragraphs, "paragraph"),
            (article.sentences, "sentence"),
            (article.entities, "entity"),
            (article.quotes, "quote"),
        )
    )
    parts.append(f'<div class="cd-counts">{counts}</div></header>')
    return "".join(parts)


def _count(n: int, noun: str) -> str:
    if n == 1:
        return f"1 {noun}"
    return f"{n} {noun[:-1] + 'ies' if noun.endswith('y') else noun + 's'}"


def _legend_html(labels: list[str], *, quotes: bool) -> str:
    items = [
        f'<span class="cd-ent cd-key" data-label="{_esc(label)}" style="{label_palette(label)}">'
        f'{_esc(label)}</span>'
        for label in labels
    ]
    if quotes:
        items.append('<span class="cd-quote cd-key">quote</span>')
        items.append('<span class="cd-speaker cd-key">speaker</span>')
        items.append('<span class="cd-cue cd-key">cue</span>')
    return '<div class="cd-legend">' + " ".join(items) + "</div>"


def _blocks(
    text: str, paragraphs: list[tuple[int, int]], marks: list[_Mark]
) -> list[tuple[int, int]]:
    """The stretches of ``text`` shown as body paragraphs, sorted and disjoint.

    The article's paragraphs, widened to take in any mark that sits outside them (an entity in
    the dateline, say), so that every mark is drawn; with no paragraphs, the whole text.
    """
    blocks = sorted((s, e) for s, e in paragraphs if s < e)
    if not blocks:
        blocks = [(0, len(text))] if text.strip() else []
    firsts = [start for start, _ in blocks]
    for mark in sorted(marks, key=_Mark.sort_key):
        i = bisect.bisect_right(firsts, mark.start) - 1
        if i >= 0 and mark.end <= blocks[i][1]:
            continue
        # Rare (a mark outside the paragraphs): merge it with every block it touches, or give
        # it the line(s) around it.
        start, end = mark.start, mark.end
        if not any(b[0] < end and start < b[1] for b in blocks):
            start, end = _line_around(text, start, end)
        touched = [b for b in blocks if b[0] < end and start < b[1]]
        start = min([start] + [b[0] for b in touched])
        end = max([end] + [b[1] for b in touched])
        blocks = sorted([b for b in blocks if b not in touched] + [(start, end)])
        firsts = [first for first, _ in blocks]
    return blocks


def _line_around(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end < 0 else line_end


_SPACES = re.compile(r"\s+")


def _marked(text: str, start: int, end: int, marks: list[_Mark]) -> str:
    """``text[start:end]`` as escaped HTML with ``marks`` (all inside it) properly nested.

    One sweep over the cut points: ``active`` holds the marks covering the current piece,
    outermost first; the open elements are closed back to the longest still-wanted prefix and
    the rest reopened, so crossing marks split into pieces instead of breaking the nesting.
    """
    by_start = sorted(marks, key=_Mark.sort_key)
    cuts = sorted({start, end} | {m.start for m in marks} | {m.end for m in marks})
    out: list[str] = []
    stack: list[_Mark] = []
    active: list[_Mark] = []
    opened: set[int] = set()
    following = 0
    for left, right in zip(cuts, cuts[1:]):
        active = [m for m in active if m.end > left]
        while following < len(by_start) and by_start[following].start <= left:
            active.append(by_start[following])
            following += 1
        active.sort(key=_Mark.sort_key)
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep] is active[keep]:
            keep += 1
        for mark in reversed(stack[keep:]):
            out.append(_close(mark, ends=mark.end <= left))
        del stack[keep:]
        for mark in active[keep:]:
            out.append(_open(mark, first=mark.order not in opened))
            opened.add(mark.order)
            stack.append(mark)
        # Hard wraps inside a paragraph read as spaces.
        out.append(_esc(_SPACES.sub(" ", text[left:right])))
    for mark in reversed(stack):
        out.append(_close(mark, ends=True))
    return "".join(out)


def _open(mark: _Mark, *, first: bool) -> str:
    attrs = "".join(f' data-{name}="{_esc(value)}"' for name, value in mark.attrs)
    part = "" if first else ' data-part="cont"'
    if mark.kind == "entity":
        style = label_palette(mark.label)
        title = _esc(f"{mark.label}: {dict(mark.attrs)['canonical']}")
        return f'<mark class="cd-ent"{attrs}{part} style="{style}" title="{title}">'
    if mark.kind == "quote":
        speaker = dict(mark.attrs)["speaker"]
        title = _esc(f"{mark.label} quote, said by {speaker}")
        return f'<span class="cd-quote"{attrs}{part} title="{title}">'
    if mark.kind == "speaker":
        return f'<span class="cd-speaker"{attrs}{part} title="speaker of quote {dict(mark.attrs)["quote"]}">'
    return f'<span class="cd-cue"{attrs}{part} title="speech cue">'


def _close(mark: _Mark, *, ends: bool) -> str:
    """The closing tag; at the mark's real end, an entity shows its label and a quote its speaker."""
    if mark.kind == "entity":
        tail = f'<span class="cd-label">{_esc(mark.label)}</span>' if ends else ""
        return f"{tail}</mark>"
    if mark.kind == "quote" and ends:
        attrs = dict(mark.attrs)
        return (
            f'<span class="cd-said" data-quote="{attrs["quote"]}">'
            f'{_esc(attrs["speaker"])} · {_esc(mark.label)}</span></span>'
        )
    return "</span>"

