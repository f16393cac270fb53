#!/usr/bin/env python3
"""Pages per second on the Zyte pages, one process, one core: what a lazy `analyze` costs for
what the user reads.

- extraction: ``copydesk.analyze(page, format="html").body`` (what eval_html.py times; the
  sentences, entities and quotes are never computed);
- full analysis: the same, then ``.entities`` and ``.quotes`` read (the whole pipeline);
- batch: ``analyze_many(pages, format="html", threads=1)``, which computes everything at once.

Pages are read as eval_html.py reads them (``str``). Reports the best of R runs.

Usage: python benches/html_speed.py [--zyte DIR] [--repeat R]
"""
from __future__ import annotations

import argparse
import glob
import gzip
import os
import sys

import copydesk

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from throughput import best_of  # noqa: E402  (the benches share one timing rule)

ZYTE = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "zyte-article-extraction")



def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--zyte", default=ZYTE)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    paths = sorted(glob.glob(os.path.join(args.zyte, "html", "*.html.gz")))
    if not paths:
        sys.exit(f"no pages under {args.zyte}/html")
    pages = []
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as f:
            pages.append(f.read())
    copydesk.analyze_many(pages[:5], format="html", threads=1)  # load the model

    def extraction() -> None:
        for page in pages:
            copydesk.analyze(page, format="html").body

    def full() -> None:
        for page in pages:
            article = copydesk.analyze(page, format="html")
            article.body, article.entities, article.quotes

    def batch() -> None:
        copydesk.analyze_many(pages, format="html", threads=1)

    n = len(pages)
    for name, run in (("extraction (.body)", extraction), ("full analysis (.entities, .quotes)", full),
                      ("analyze_many, threads=1", batch)):
        print(f"{name:36s} {n / best_of(args.repeat, run):7.1f} pages/s  ({n} pages)", flush=True)


if __name__ == "__main__":
    main()
