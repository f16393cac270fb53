"""Hostile input: each case is analysed without a crash or a hang, and its spans slice back.

Speed is measured by benches, never by tests (a timed test flakes on a busy machine): the
full-size cases (a 20 MB article, 100,000 quote marks, 1 MB without a space ...) and their
doubling ratios, where quadratic work would show as a ratio near 4, are in `benches/hostile.py`.
Here every case runs at CI size, at two sizes, and only the results are checked.
"""
import random

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


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_case_is_analysed_and_slices_back(name):
    make = CASES[name]
    for n in (100_000, 200_000):
        text = make(n)
        article = copydesk.analyze(text)
        assert article.text == text
        for s in article.paragraphs + article.sentences + article.entities + article.quotes:
            assert text[s.start:s.end] == s.text, (name, n, s)


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
