"""Threads, fork, spawn and Ctrl-C: the batch API under the ways Python programs really run it.
Anything that could hang runs in a subprocess with a timeout, so a regression fails instead of
stalling the suite."""

from __future__ import annotations

import sys
import textwrap
import threading
from pathlib import Path

import pytest
from helpers import run_python

import copydesk

STORIES = [
    "PORT STRIKE ENDS\n    LISBRAN, June 2 - Dock workers went back on Monday.\n Reuter\n",
    "WASHINGTON (AP) \u2014 The panel voted 14-7. \u201cIt is done,\u201d she said.",
    "\u6771\u4eac\u3067\u4f1a\u8b70\u3002 \u0928\u0908 \u0926\u093f\u0932\u094d\u0932\u0940\u0964 \U0001f600",
    None,
]


def test_many_python_threads_calling_analyze_many_at_once() -> None:
    texts = STORIES * 200
    expected = copydesk.analyze_many(texts, threads=1)
    errors: list[BaseException] = []
    mismatches: list[int] = []

    def work(n: int) -> None:
        try:
            for round_ in range(5):
                threads = None if (n + round_) % 3 == 0 else 1 + (n + round_) % 3
                if copydesk.analyze_many(texts, threads=threads) != expected:
                    mismatches.append(n)
                story = n % 3  # the first three stories are text, the fourth is None
                if copydesk.analyze(texts[story]) != expected[story]:
                    mismatches.append(n)
        except BaseException as err:  # noqa: BLE001 - reported below
            errors.append(err)

    workers = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=240)
    assert not any(w.is_alive() for w in workers), "a thread hung"
    assert errors == [] and mismatches == []


FORK_SCRIPT = """
import multiprocessing as mp, os, sys
import copydesk

STORIES = ["PORT STRIKE ENDS\\n    LISBRAN, June 2 - Dock workers went back.\\n Reuter\\n"] * 300

def work(n):
    return [a.body for a in copydesk.analyze_many(STORIES, threads=2)]

if __name__ == "__main__":
    method = sys.argv[1]
    # Use the pool in the parent first, so the child inherits a pool with live worker threads.
    expected = [a.body for a in copydesk.analyze_many(STORIES, threads=2)]
    copydesk.analyze_many(STORIES)
    if method == "os.fork":
        pid = os.fork()
        if pid == 0:
            ok = [a.body for a in copydesk.analyze_many(STORIES, threads=2)] == expected
            os._exit(0 if ok else 3)
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0, status
    else:
        with mp.get_context(method).Pool(2) as pool:
            assert pool.map(work, range(4)) == [expected] * 4
    print("ok")
"""


@pytest.mark.parametrize("method", ["fork", "os.fork", "spawn", "forkserver"])
def test_fork_and_spawn_after_using_the_pool_do_not_hang(tmp_path: Path, method: str) -> None:
    if method != "spawn" and not hasattr(__import__("os"), "fork"):
        pytest.skip("no fork on this platform")
    script = tmp_path / "fork_after_pool.py"
    script.write_text(FORK_SCRIPT)
    result = run_python(script, method, timeout=180)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


INTERRUPT_SCRIPT = """
import os, signal, sys, threading
import copydesk

# A shell that starts a job in the background without job control makes it ignore SIGINT, and
# Python then installs no handler: restore the one an interactive session has.
signal.signal(signal.SIGINT, signal.default_int_handler)

# Long enough that most of the wall time is spent inside analyze_many.
texts = [("The council met again. " * 400)] * 20000
print("ready", flush=True)
threading.Timer(1.0, os.kill, (os.getpid(), signal.SIGINT)).start()
calls = 0
try:
    # Far more work than the second before the signal; the parent's timeout catches a hang.
    for _ in range(1000):
        copydesk.analyze_many(texts)
        calls += 1
except KeyboardInterrupt:
    print(f"interrupted after {calls} complete calls", flush=True)
    sys.exit(0)
print("never interrupted", flush=True)
sys.exit(1)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_interrupts_a_long_batch(tmp_path: Path) -> None:
    script = tmp_path / "interrupt.py"
    script.write_text(textwrap.dedent(INTERRUPT_SCRIPT))
    result = run_python(script, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "interrupted after" in result.stdout
