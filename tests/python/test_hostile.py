"""Hostile input: each case finishes in seconds and runs in near-linear time.

The full-size cases (a 20 MB article, 100,000 quote marks, 1 MB without a space ...) are timed
by `benches/hostile.py`; here they run at sizes fit for CI, and the doubling check compares the
time of a case with the time of the same case at twice the size. Quadratic work shows up as a
ratio near 4; the check allows up to 3.2 to stay robust on a loaded machine.
"""
import random
import time

import pytest

import copydesk


def _random_unicode(n, seed=7):
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        code = rng.randrange(32, 0x10FFFF)
        if 0xD800 <= code <= 0xDFFF:
            code = 0x20
        out.append(chr(code))
    return "".join(out)


CASES = {
    "long article": lambda n: "Kono said the talks would resume on Monday. " * (n // 45),
    "straight quote marks": lambda n: '"' * n,
    "alternating curly marks": lambda n: "“”‘’" * (n // 4),
    "no space": lambda n: "a" * n,
    "no sentence end": lambda n: "word " * (n // 5),
    "Mr. repeated": lambda n: "Mr. " * (n // 4),
    "capitalised run": lambda n: "Alpha Beta Gamma Delta " * (n // 23),
    "control characters": lambda n: "".join(chr(i % 32) for i in range(n)),
    "random unicode": _random_unicode,
    "nested quotes": lambda n: '"‘' * (n // 8) + "x" + "’\"" * (n // 8),
    "short lines": lambda n: "A\n" * (n // 2),
    "hyphenated line ends": lambda n: "sanc-\ntions " * (n // 12),
    "html references": lambda n: "&amp;" * (n // 5),
    "mojibake": lambda n: "CafÃ© " * (n // 6),
}


def _seconds(text):
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        copydesk.analyze(text)
        best = min(best, time.perf_counter() - t0)
    return best


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_case_is_near_linear(name):
    make = CASES[name]
    small, large = make(100_000), make(200_000)
    article = copydesk.analyze(large)
    for s in article.paragraphs + article.sentences + article.entities + article.quotes:
        assert large[s.start:s.end] == s.text
    t_small, t_large = _seconds(small), _seconds(large)
    # Below a few milliseconds the clock's noise dominates; such a case is linear enough.
    if t_large > 0.02:
        assert t_large / max(t_small, 1e-3) < 3.2, (name, t_small, t_large)


@pytest.mark.timeout(60)
def test_random_bytes_decode_and_analyze():
    rng = random.Random(11)
    data = bytes(rng.randrange(256) for _ in range(200_000))
    article = copydesk.analyze(data)
    assert article.text  # decoded, with the cp1252 fallback
    assert any("cp1252" in w for w in article.warnings)


def test_lone_surrogate_is_a_value_error():
    with pytest.raises(ValueError):
        copydesk.analyze("abc\ud800def")
