"""``Article.to_spacy``: an analysed article as a ``spacy.tokens.Doc``.

The Doc covers ``article.text`` exactly (``doc.text == article.text``). Its tokens come from the
given pipeline's tokenizer (or, given only a ``Vocab``, from a simple word/punctuation split) and
are then cut at every entity, quote, speaker, cue, sentence and paragraph boundary, so each of
our spans is a token span with the same character offsets: nothing is widened or dropped.

- ``doc.ents``: our entities with the same labels, ``kb_id_`` set to the canonical name. spaCy
  forbids overlapping entities; should two of ours overlap, ``doc.ents`` keeps the longer and
  ``doc.spans["entities"]`` keeps them all.
- ``doc.spans["quotes"]``: one span per quote, labelled with its kind ("direct", "partial" ...)
  and ``kb_id_`` = the speaker's name.
- ``doc.spans["speakers"]`` and ``doc.spans["cues"]``: the speaker mentions (labelled with the
  speaker's entity label, or "SPEAKER") and the speech cues ("CUE"), in quote order.
- Sentence starts follow ``article.sentences``, so ``doc.sents`` works without a parser.

spaCy is optional (``pip install "copydesk[spacy]"``) and imported only here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Iterable

if TYPE_CHECKING:
    from copydesk._native import Article, Entity, Quote, Span

__all__ = ["to_spacy"]

# The fallback tokenizer for a bare Vocab: words (with inner apostrophes), else single symbols.
_WORD = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
_SPACE = re.compile(r"\s+")


def _spacy() -> Any:
    try:
        import spacy
        import spacy.language
        import spacy.tokens
        import spacy.util
        import spacy.vocab
    except ImportError as err:
        from copydesk._errors import CopydeskImportError

        raise CopydeskImportError(
            "Article.to_spacy needs spaCy, the copydesk[spacy] extra: pip install '.[spacy]' from a copydesk clone"
        ) from err
    return spacy


def to_spacy(article: Article, nlp_or_vocab: Any = None) -> Any:
    """Build a ``spacy.tokens.Doc`` over ``article.text`` with our entities, quotes and speakers.

    Args:
        article: The analysed article.
        nlp_or_vocab: A spaCy ``Language`` (its vocab and tokenizer are used), a ``Vocab``, or
            None for a fresh ``Vocab``.

    Returns:
        The ``Doc``; run further pipeline components on it with ``nlp(doc)`` or per component.

    Raises:
        CopydeskImportError: spaCy is not installed.
        CopydeskTypeError: ``nlp_or_vocab`` is neither a Language nor a Vocab.
    """
    spacy = _spacy()
    from copydesk._native import CopydeskTypeError

    text = article.text
    if nlp_or_vocab is None:
        vocab = spacy.vocab.Vocab()
        base = _regex_tokens(text)
    elif isinstance(nlp_or_vocab, spacy.vocab.Vocab):
        vocab = nlp_or_vocab
        base = _regex_tokens(text)
    elif isinstance(nlp_or_vocab, spacy.language.Language):
        vocab = nlp_or_vocab.vocab
        # The tokenizer itself, not make_doc: no max_length limit for a long story.
        tokens = nlp_or_vocab.tokenizer(text)
        base = [(t.idx, t.idx + len(t.text)) for t in tokens if not t.is_space]
    else:
        raise CopydeskTypeError(
            f"to_spacy takes a spaCy Language or Vocab, not {type(nlp_or_vocab).__name__}"
        )

    # Each attribute read copies the list out of the native Article: read each once.
    entities, quotes, sentences = article.entities, article.quotes, article.sentences
    ranges = _ranges(article.paragraphs + sentences, entities, quotes)
    words, spaces = _words(text, base, {b for start, end in ranges for b in (start, end)})
    doc = spacy.tokens.Doc(
        vocab, words=words, spaces=spaces, sent_starts=_sentence_starts(words, spaces, sentences)
    )

    def span(start: int, end: int, label: str, kb_id: str = "") -> Any:
        # Every boundary is a token boundary by construction, so strict alignment holds.
        found = doc.char_span(start, end, label=label, kb_id=kb_id, alignment_mode="strict")
        if found is None:  # pragma: no cover - would mean _words missed a boundary
            found = doc.char_span(start, end, label=label, kb_id=kb_id, alignment_mode="expand")
        return found

    n = len(text)
    entity_spans = [
        span(e.start, e.end, e.label, e.canonical) for e in entities if 0 <= e.start < e.end <= n
    ]
    doc.spans["entities"] = entity_spans
    doc.ents = spacy.util.filter_spans(entity_spans)
    quote_spans, speakers, cues = [], [], []
    for q in quotes:
        if 0 <= q.start < q.end <= n:
            quote_spans.append(span(q.start, q.end, q.kind, q.speaker or ""))
        if q.speaker_start is not None and q.speaker_end is not None:
            if 0 <= q.speaker_start < q.speaker_end <= n:
                label = q.speaker_label or "SPEAKER"
                speakers.append(span(q.speaker_start, q.speaker_end, label, q.speaker or ""))
        if q.cue_start is not None and q.cue_end is not None:
            if 0 <= q.cue_start < q.cue_end <= n:
                cues.append(span(q.cue_start, q.cue_end, "CUE"))
    doc.spans["quotes"] = quote_spans
    doc.spans["speakers"] = speakers
    doc.spans["cues"] = cues
    return doc


def _ranges(spans: list[Span], entities: list[Entity], quotes: list[Quote]) -> list[tuple[int, int]]:
    """Every span whose edges must fall between tokens."""
    ranges = [(s.start, s.end) for s in spans]
    ranges += [(e.start, e.end) for e in entities]
    for q in quotes:
        ranges.append((q.start, q.end))
        if q.speaker_start is not None and q.speaker_end is not None:
            ranges.append((q.speaker_start, q.speaker_end))
        if q.cue_start is not None and q.cue_end is not None:
            ranges.append((q.cue_start, q.cue_end))
    return ranges


def _regex_tokens(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _WORD.finditer(text)]


def _words(
    text: str, base: Iterable[tuple[int, int]], bounds: set[int]
) -> tuple[list[str], list[bool]]:
    """Words and trailing-space flags whose concatenation is ``text``, cut at every bound.

    A single space after a word becomes that word's trailing space, as spaCy does; any other
    whitespace becomes a whitespace token of its own.
    """
    n = len(text)
    cuts = {0, n} | {b for b in bounds if 0 < b < n}
    for start, end in base:
        cuts.update((start, end))
    for m in _SPACE.finditer(text):
        cuts.update(m.span())
    # Characters no base token covers (a tokenizer that skipped something) still get cut out.
    points = sorted(cuts)
    words: list[str] = []
    spaces: list[bool] = []
    for left, right in zip(points, points[1:]):
        piece = text[left:right]
        if piece.isspace():
            if words and not spaces[-1] and not words[-1].isspace() and piece[0] == " ":
                spaces[-1] = True
                piece = piece[1:]
            if not piece:
                continue
        words.append(piece)
        spaces.append(False)
    return words, spaces


def _sentence_starts(words: list[str], spaces: list[bool], sentences: list[Span]) -> list[bool] | None:
    """Whether each word starts a sentence of ``article.sentences`` (None: leave unset)."""
    starts = {s.start for s in sentences}
    if not starts or not words:
        return None
    flags: list[bool] = []
    offset = 0
    for word, space in zip(words, spaces):
        flags.append(not flags or offset in starts)
        offset += len(word) + space
    return flags
