"""Helpers shared by the test modules (importable through pytest's ``pythonpath``)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import copydesk

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
SHARED = Path(os.environ.get("COPYDESK_SHARED", REPO.parent / "shared"))


def all_spans(article: copydesk.Article) -> list[tuple[int, int, str]]:
    spans = [(s.start, s.end, s.text) for s in article.paragraphs + article.sentences]
    spans += [(e.start, e.end, e.text) for e in article.entities]
    for q in article.quotes:
        spans.append((q.start, q.end, q.text))
        spans.append((q.content_start, q.content_end, q.content))
        if q.speaker_start is not None:
            assert q.speaker_end is not None and q.speaker_mention is not None
            spans.append((q.speaker_start, q.speaker_end, q.speaker_mention))
        if q.cue_start is not None:
            assert q.cue_end is not None and q.cue is not None
            spans.append((q.cue_start, q.cue_end, q.cue))
    return spans


def run_python(
    code_or_path: str | Path,
    *args: str,
    timeout: float = 120,
    env: dict[str, str] | None = None,
    **kwargs: Any,
) -> subprocess.CompletedProcess[str]:
    """Run Python in a subprocess with this interpreter; returns the CompletedProcess."""
    command = [sys.executable]
    command += [str(code_or_path)] if isinstance(code_or_path, Path) else ["-c", code_or_path]
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run(
        command + list(args), capture_output=True, text=True, timeout=timeout, env=full_env, **kwargs
    )
