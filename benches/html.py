#!/usr/bin/env python3
"""Web pages in: headline accuracy on the Zyte pages and hostile pages at full size.

Headlines: for every page of ../shared/data/zyte-article-extraction that has an og:title meta
or an <h1> (read here with Python's own html.parser, independently of copydesk), the headline
of ``copydesk.analyze(page, format="html")`` counts as right when it equals either, after
collapsing whitespace and case. Article bodies are scored by ../shared/tools/eval_html.py.

Hostile pages (built here, full size): a 20 MB page, 100k levels of nesting, broken markup,
20 MB of binary junk behind a doctype, and an index page with no article. Each is timed once
through ``copydesk.analyze(..., format="html")`` and its entities and quotes (which analyze
computes on first access); the target is under 5 s each.

Usage: python benches/html.py [--zyte DIR] [--skip-headlines] [--skip-hostile]
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import sys
import time

# This file is named html.py: keep its folder off the path so the standard library's html wins.
sys.path = [p for p in sys.path if os.path.abspath(p or ".") != os.path.dirname(os.path.abspath(__file__))]
from html.parser import HTMLParser  # noqa: E402

import copydesk

ZYTE = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "zyte-article-extraction")


class Heads(HTMLParser):
    """og:title and the first <h1> of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.og_title: str | None = None
        self.h1: str | None = None
        self._in_h1 = False
        self._h1_parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "meta" and (a.get("property") or a.get("name") or "").lower() == "og:title" and self.og_title is None:
            self.og_title = a.get("content") or None
        if tag == "h1" and self.h1 is None:
            self._in_h1 = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "h1" and self._in_h1:
            self._in_h1 = False
            self.h1 = "".join(self._h1_parts)

    def handle_data(self, data: str) -> None:
        if self._in_h1:
            self._h1_parts.append(data)


def norm(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def headlines(folder: str) -> dict[str, float]:
    names = sorted(os.listdir(os.path.join(folder, "html")))
    have = right = 0
    for name in names:
        with gzip.open(os.path.join(folder, "html", name), "rt", encoding="utf-8", errors="replace") as f:
            html = f.read()
        heads = Heads()
        heads.feed(html)
        wanted = {norm(h) for h in (heads.og_title, heads.h1) if norm(h)}
        if not wanted:
            continue
        have += 1
        got = norm(copydesk.analyze(html, format="html").headline)
        right += got in wanted
    return {"pages": len(names), "with_og_title_or_h1": have, "headline_right": right, "share": round(right / max(have, 1), 4)}


def hostile_pages() -> dict[str, str | bytes]:
    para = "<p>The ferry left the pier at six, and the board met again on Tuesday night to vote.</p>"
    big = "<!doctype html><html><body><nav>menu</nav><article>" + para * (20_000_000 // len(para)) + "</article></body></html>"
    depth = 100_000
    nested = "<!doctype html><html><body>" + "<div>" * depth + para * 5 + "</div>" * depth
    unclosed = "<!doctype html><html><body>" + "<span><b><i>" * depth + para * 5
    rnd = random.Random(14)
    broken = "<!doctype html><html><body>" + "".join(
        rnd.choice(["<p>", "</div>", "<b>", "</p", "<!--", "-->", "<table><td>", "&amp", "&#x", "<", ">", "text ", para])
        for _ in range(400_000)
    )
    junk = b"<!doctype html>" + rnd.randbytes(20_000_000)
    links = "".join(f'<li><a href="/s/{i}">Story {i} about the harbour</a></li>' for i in range(20_000))
    index = f"<!doctype html><html><body><nav><ul>{links}</ul></nav></body></html>"
    return {"20 MB page": big, "100k nested divs": nested, "100k unclosed inline tags": unclosed,
            "broken markup (4 MB)": broken, "20 MB binary junk": junk, "index page, no article": index}


def hostile() -> dict[str, dict[str, float]]:
    out = {}
    # Load the model first, so the first page's time is the page's alone.
    copydesk.analyze("<p>The board met.</p>", format="html").quotes
    for name, page in hostile_pages().items():
        started = time.perf_counter()
        article = copydesk.analyze(page, format="html")
        article.quotes  # the whole analysis: analyze() defers entities and quotes to first access
        secs = time.perf_counter() - started
        out[name] = {"mb": round(len(page) / 1e6, 1), "seconds": round(secs, 3), "body_chars": len(article.body)}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--zyte", default=ZYTE)
    ap.add_argument("--skip-headlines", action="store_true")
    ap.add_argument("--skip-hostile", action="store_true")
    args = ap.parse_args()
    result: dict[str, object] = {}
    if not args.skip_headlines:
        if os.path.isdir(args.zyte):
            result["headlines"] = headlines(args.zyte)
        else:
            result["headlines"] = f"skipped: {args.zyte} not found"
    if not args.skip_hostile:
        result["hostile"] = hostile()
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
