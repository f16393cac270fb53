"""Speed and coverage of the views: ``copydesk.render`` and ``Article.to_spacy`` (issue 15).

    python benches/view.py [--corpus DIR] [--limit N]

Analyses every story (*.txt with a numeric name) under DIR (default ../shared/data/bbc-news),
then reports articles per second for ``render`` and for ``to_spacy`` (with ``spacy.blank("en")``
when spaCy is installed), and checks on every article that each entity is an exact span in
``doc.ents`` (or, when it overlaps another, in ``doc.spans["entities"]``) and that each entity
and quote is marked in the HTML. Analysis time is not counted.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import copydesk

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "python"))
from html_marks import parse_view  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared/data/bbc-news")
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    paths = sorted(p for p in args.corpus.rglob("*.txt") if p.stem.isdigit())
    if args.limit:
        paths = paths[: args.limit]
    if not paths:
        sys.exit(f"no stories under {args.corpus}")
    articles = copydesk.analyze_many([p.read_bytes() for p in paths])
    n_entities = sum(len(a.entities) for a in articles)
    n_quotes = sum(len(a.quotes) for a in articles)
    print(f"{len(articles)} articles, {n_entities} entities, {n_quotes} quotes")

    started = time.perf_counter()
    pages = [copydesk.render(a) for a in articles]
    seconds = time.perf_counter() - started
    print(f"render: {len(articles) / seconds:,.0f} articles/s ({seconds:.2f} s)")
    marked = missing = 0
    for article, page in zip(articles, pages):
        view = parse_view(page)
        drawn = {(m.kind, m.attrs["data-start"], m.attrs["data-end"]) for m in view.marks}
        for e in article.entities:
            ok = ("cd-ent", str(e.start), str(e.end)) in drawn
            marked, missing = marked + ok, missing + (not ok)
        for q in article.quotes:
            ok = ("cd-quote", str(q.start), str(q.end)) in drawn
            marked, missing = marked + ok, missing + (not ok)
    print(f"render: {marked} entities and quotes marked, {missing} missing")

    try:
        import spacy
    except ImportError:
        print("to_spacy: spaCy not installed (pip install 'copydesk[spacy]')")
        return
    nlp = spacy.blank("en")
    started = time.perf_counter()
    docs = [a.to_spacy(nlp) for a in articles]
    seconds = time.perf_counter() - started
    print(f"to_spacy: {len(docs) / seconds:,.0f} articles/s ({seconds:.2f} s)")
    in_ents = in_group = lost = 0
    for article, doc in zip(articles, docs):
        ents = {(s.start_char, s.end_char, s.label_) for s in doc.ents}
        group = {(s.start_char, s.end_char, s.label_) for s in doc.spans["entities"]}
        for e in article.entities:
            key = (e.start, e.end, e.label)
            in_ents += key in ents
            in_group += key not in ents and key in group
            lost += key not in group
    print(f"to_spacy: {in_ents} entities exact in doc.ents, {in_group} only in "
          f"doc.spans['entities'] (overlapping), {lost} lost")


if __name__ == "__main__":
    main()
