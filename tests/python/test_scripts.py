"""scripts/test.sh uses the repository's own .venv whatever venv the caller has activated, so it
never replaces the caller's (release) install with the dev-profile test wheel (issue 11)."""
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "test.sh"

pytestmark = pytest.mark.skipif(not SCRIPT.exists(), reason="needs the source checkout")


def test_test_script_ignores_the_callers_venv(tmp_path):
    caller_venv = tmp_path / "callers-venv"
    (caller_venv / "bin").mkdir(parents=True)
    env = dict(os.environ)
    env["VIRTUAL_ENV"] = str(caller_venv)
    env["PATH"] = f"{caller_venv / 'bin'}:{env.get('PATH', '')}"
    out = subprocess.run(
        ["bash", str(SCRIPT), "--print-python"], env=env, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == str(REPO / ".venv" / "bin" / "python3")


def test_test_script_never_installs_into_an_active_venv():
    text = SCRIPT.read_text()
    assert "source .venv/bin/activate" not in text
    assert 'if [ -z "${VIRTUAL_ENV:-}" ]' not in text
