#!/usr/bin/env python3
"""Issue 14's comparison: the article-extraction crates of crates.io (dom_smoothie,
rs-trafilatura) and html5ever as a parser (through scraper), scored exactly as
../shared/tools/eval_html.py scores copydesk, on the same pages.

The Rust side is the stand-alone program in benches/extractors/ (its own workspace: copydesk's
build never compiles these crates). This script writes the dataset's pages to a temporary
folder as plain .html, runs the program over them (one core, extraction only, pages/s from its
own clock), and scores each system's bodies with eval_html's ``score()``.

Usage: python benches/extractors.py [--zyte DIR] [--bin PATH]
  (build first: cd benches/extractors && cargo build --release)
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared")
ZYTE = os.path.join(SHARED, "data", "zyte-article-extraction")
BIN = os.path.join(HERE, "extractors", "target", "release", "copydesk-extractor-bench")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--zyte", default=ZYTE)
    ap.add_argument("--bin", default=BIN)
    args = ap.parse_args()
    if not os.path.isdir(args.zyte):
        sys.exit(f"skipped: {args.zyte} not found")
    sys.path.insert(0, os.path.join(SHARED, "tools"))
    from eval_html import load, score  # noqa: E402

    pages, gold = load(args.zyte)
    with tempfile.TemporaryDirectory() as tmp:
        for k, html in pages.items():
            with open(os.path.join(tmp, k + ".html"), "w", encoding="utf-8") as f:
                f.write(html)
        out = subprocess.run([args.bin, tmp], check=True, capture_output=True, text=True).stdout
    results = {}
    for name, run in json.loads(out).items():
        scored = {} if name.endswith("(parse only)") else score(gold, run["bodies"])
        results[name] = {**scored, "pages_per_s": round(run["pages_per_s"], 1)}
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
