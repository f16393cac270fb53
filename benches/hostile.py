#!/usr/bin/env python3
"""Times copydesk.analyze on the hostile inputs of issue 6 at full size and at half size, so
the closing note can report each case's time and its doubling ratio.

Usage: python benches/hostile.py
"""
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "python"))
import copydesk  # noqa: E402
from test_hostile import CASES  # noqa: E402

FULL = {
    "long article": 20_000_000,
    "straight quote marks": 100_000,
    "alternating curly marks": 100_000,
    "no space": 1_000_000,
    "no sentence end": 1_000_000,
    "Mr. repeated": 400_000,
}


def main():
    for name, make in sorted(CASES.items()):
        size = FULL.get(name, 1_000_000)
        times = []
        for n in (size // 2, size):
            text = make(n)
            t0 = time.perf_counter()
            # .quotes: analyze() defers sentences, entities and quotes to first access.
            copydesk.analyze(text).quotes
            times.append(time.perf_counter() - t0)
        print(f"{name:24s} {size:>11,d} chars {times[1]:7.2f}s  (half size {times[0]:.2f}s, ratio {times[1] / max(times[0], 1e-9):.2f})", flush=True)


if __name__ == "__main__":
    main()
