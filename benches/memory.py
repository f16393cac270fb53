#!/usr/bin/env python3
"""Peak memory over a large stream: the BBC corpus repeated N times (default 50), analysed with
`copydesk.analyze_iter` (or `entities_frame` with --frame), reporting stories per second and
the process's peak RSS. Memory must stay bounded however long the stream is.

Usage: python benches/memory.py [--times N] [--chunk-size C] [--frame]
"""
import argparse
import glob
import os
import resource
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "shared", "data", "bbc-news", "bbc")


def rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--times", type=int, default=50)
    ap.add_argument("--chunk-size", type=int, default=1000)
    ap.add_argument("--frame", action="store_true", help="build entities_frame chunk by chunk instead")
    args = ap.parse_args()
    import copydesk

    paths = sorted(glob.glob(os.path.join(CORPUS, "*", "*.txt")))
    if not paths:
        raise SystemExit(f"no stories under {CORPUS}")

    def stream():
        # Read lazily, story by story, as a job over an archive would.
        for _ in range(args.times):
            for p in paths:
                with open(p, "rb") as f:
                    yield f.read()

    before = rss_mb()
    t0 = time.perf_counter()
    n = entities = 0
    if args.frame:
        import itertools
        it = stream()
        while True:
            chunk = list(itertools.islice(it, args.chunk_size))
            if not chunk:
                break
            frame = copydesk.entities_frame(chunk)
            n += len(chunk)
            entities += len(frame)
    else:
        for article in copydesk.analyze_iter(stream(), chunk_size=args.chunk_size):
            n += 1
            entities += len(article.entities)
    secs = time.perf_counter() - t0
    print(f"{n:,} stories ({args.times}x BBC), {entities:,} entities, {secs:.1f}s, "
          f"{n / secs:,.0f} stories/s; peak RSS {rss_mb():.0f} MB (at start {before:.0f} MB)")


if __name__ == "__main__":
    main()
