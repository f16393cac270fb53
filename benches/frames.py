"""Throughput and peak memory of the Python entry points (issue 5's figures).

    python benches/frames.py [--corpus DIR] [--repeat 10] [--threads N]

Reads every story (*.txt with a numeric name) under DIR (default ../shared/data/bbc-news) and
reports articles per second for ``analyze_many``, ``entities_frame`` and the ``copydesk
analyze`` command line (txt in, JSONL out), then the peak resident memory of the command line
over ``--repeat`` copies of the corpus as one JSONL file. Install the release wheel first
(``pip install .``); numbers from a dev build mean little.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import copydesk

REPO = Path(__file__).resolve().parents[1]


def stories(corpus: Path) -> list[Path]:
    found = sorted(p for p in corpus.rglob("*.txt") if p.stem.isdigit())
    if not found:
        sys.exit(f"no stories under {corpus}")
    return found


def rate(n: int, seconds: float) -> str:
    return f"{n / seconds:,.0f} articles/s ({seconds:.2f} s for {n})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "data" / "bbc-news")
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--threads", type=int, default=None)
    args = parser.parse_args()

    paths = stories(args.corpus)
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    print(f"corpus: {len(texts)} stories, {sum(map(len, texts)) / 1e6:.1f}M characters; "
          f"threads: {args.threads or copydesk.default_threads()}")

    copydesk.analyze_many(texts[:50], threads=args.threads)  # warm up: pool and model
    start = time.perf_counter()
    copydesk.analyze_many(texts, threads=args.threads)
    print("analyze_many:   ", rate(len(texts), time.perf_counter() - start))

    try:
        start = time.perf_counter()
        copydesk.entities_frame(texts, threads=args.threads)
        print("entities_frame: ", rate(len(texts), time.perf_counter() - start))
    except ImportError:
        print("entities_frame:  skipped (pandas not installed)")

    cli = [sys.executable, "-m", "copydesk.cli", "analyze", "-q"]
    if args.threads:
        cli += ["--threads", str(args.threads)]
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        subprocess.run(cli + [*map(str, paths), "-o", os.path.join(tmp, "out.jsonl")], check=True)
        print("CLI txt->jsonl: ", rate(len(paths), time.perf_counter() - start))

        big = Path(tmp) / "big.jsonl"
        with open(big, "w", encoding="utf-8") as f:
            for r in range(args.repeat):
                for i, text in enumerate(texts):
                    f.write(json.dumps({"id": f"{r}-{i}", "text": text}) + "\n")
        n = len(texts) * args.repeat
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        start = time.perf_counter()
        subprocess.run(cli + [str(big), "-o", os.path.join(tmp, "big-out.jsonl")], check=True)
        seconds = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        print(f"CLI {args.repeat}x jsonl:  ", rate(n, seconds))
        print(f"CLI peak RSS:    {max(peak, before) / 1024:.0f} MiB "
              f"(input {big.stat().st_size / 2**20:.0f} MiB)")


if __name__ == "__main__":
    main()
