"""Stories per second and peak memory: ``entities_table`` (Arrow) against ``entities_frame``.

    python benches/arrow.py [--corpus DIR] [--repeat 10] [--threads N] [--runs 2]

Reads every story under DIR (default ../shared/data/bbc-news, *.txt with a numeric name),
repeats the corpus ``--repeat`` times and runs each function on the whole list in its own fresh
subprocess (so each peak RSS is its own), ``--runs`` times, alternating, keeping the best time
and the lowest peak. Also times ``copydesk.polars.entities_frame`` when polars is installed.
Install the release wheel first (``pip install .``); numbers from a dev build mean little.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# Runs in the child: load the stories, warm up on a few, then time one call on all of them.
CHILD = r"""
import json, resource, sys, time
from pathlib import Path
import copydesk, copydesk.polars
corpus, repeat, threads, function = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
threads = int(threads) if threads != "None" else None
paths = sorted(p for p in Path(corpus).rglob("*.txt") if p.stem.isdigit())
texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths] * repeat
fn = {
    "entities_frame": copydesk.entities_frame,
    "entities_table": copydesk.entities_table,
    "polars": copydesk.polars.entities_frame,
}[function]
fn(texts[:20], threads=threads)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
result = fn(texts, threads=threads)
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"stories": len(texts), "rows": len(result), "seconds": seconds,
                  "peak_mib": peak / 1024, "before_mib": before / 1024}))
"""


def run(args: argparse.Namespace, function: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(args.corpus), str(args.repeat), str(args.threads),
         function],
        capture_output=True, text=True, check=False,
    )
    if done.returncode != 0:
        sys.exit(f"{function} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "data" / "bbc-news")
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()

    functions = ["entities_frame", "entities_table"]
    try:
        import polars  # noqa: F401

        functions.append("polars")
    except ImportError:
        pass
    best: dict[str, dict[str, float]] = {}
    for _ in range(args.runs):
        for function in functions:
            got = run(args, function)
            if function not in best:
                best[function] = got
            else:
                best[function]["seconds"] = min(best[function]["seconds"], got["seconds"])
                best[function]["peak_mib"] = min(best[function]["peak_mib"], got["peak_mib"])
    for function, got in best.items():
        print(
            f"{function:15} {got['stories'] / got['seconds']:8,.0f} stories/s "
            f"({got['seconds']:.2f} s, {got['stories']:.0f} stories, {got['rows']:.0f} rows)  "
            f"peak RSS {got['peak_mib']:.0f} MiB (after warm-up {got['before_mib']:.0f} MiB)"
        )


if __name__ == "__main__":
    main()
