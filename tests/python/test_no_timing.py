"""No test asserts a time or a speed: a timed test flakes on a busy machine and blocks every
landing (issue 11). Speed lives in `benches/`; a hang is caught by a subprocess or pytest
timeout, never by reading a clock.
"""
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]

# Split so this file does not match itself.
FORBIDDEN = ["perf_" + "counter", "time." + "time(", "Instant::" + "now", "process_" + "time", "time" + "it"]


def _test_files():
    return sorted(p for p in TESTS.rglob("*") if p.suffix in {".py", ".rs"} and p.is_file())


def test_tests_folder_is_found():
    assert any(p.name == "test_hostile.py" for p in _test_files())


@pytest.mark.parametrize("clock", FORBIDDEN)
def test_no_test_reads_a_clock(clock):
    offenders = [str(p.relative_to(TESTS)) for p in _test_files() if clock in p.read_text(encoding="utf-8", errors="replace")]
    assert not offenders, f"{clock} used in {offenders}; measure speed in benches/ instead"
