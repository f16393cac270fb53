#!/usr/bin/env bash
# Run every check copydesk has, from a fresh clone, creating whatever they need:
# rustfmt, clippy (with and without the Python bindings, as the builds run), cargo test, the wheel built and
# installed with its test extras into .venv, pytest against that installed wheel, and stubtest.
#
# It always uses the repository's own .venv, whatever virtual environment the caller has
# activated: installing the dev-profile test wheel into the caller's venv would replace their
# release build. Nothing is exported back to the caller (this runs in its own process).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO="$PWD"
started=$SECONDS
step() { printf '\n==> %s (%ds)\n' "$*" "$((SECONDS - started))"; }

# Forget the caller's venv (and anything that would redirect Python) for this process only.
if [ -n "${VIRTUAL_ENV:-}" ]; then
    PATH="$(printf '%s' "$PATH" | tr ':' '\n' | { grep -vxF "$VIRTUAL_ENV/bin" || true; } | paste -sd: -)"
fi
unset VIRTUAL_ENV PYTHONHOME PYTHONPATH CONDA_PREFIX
export PATH

BASE_PYTHON="${PYTHON:-python3}"
VENV_PY="$REPO/.venv/bin/python3"
if [ "${1:-}" = "--print-python" ]; then
    # For tests/python/test_scripts.py: which Python would run the checks, and nothing else.
    echo "$VENV_PY"
    exit 0
fi
if [ ! -x "$VENV_PY" ]; then
    step "create .venv"
    if ! "$BASE_PYTHON" -m venv "$REPO/.venv"; then
        echo "cannot create a virtual environment (on Debian: apt-get install python3-venv)" >&2
        exit 1
    fi
fi
PIP=("$VENV_PY" -m pip --disable-pip-version-check --quiet)

# One Python for every cargo invocation: pyo3's build script reruns (and pyo3 and copydesk
# rebuild) whenever PYO3_PYTHON changes, so clippy, cargo test and the wheel build share it.
export PYO3_PYTHON="$VENV_PY"

# A fresh clone has nothing to reuse: build without incremental compilation, which only costs
# time on a first build. Later runs keep cargo's default.
if [ ! -d target ]; then
    export CARGO_INCREMENTAL=0
fi

step "pip install the test extras, then mypy, in the background while cargo works"
# Installing the extras is mostly waiting on the network and the disk, so it
# overlaps the compile-bound cargo steps; the wheel install below then finds them in place.
# mypy checks the package's sources (with the compiled module's stub), not the installed
# wheel, so it runs as soon as it is installed.
extras_log="$(mktemp)"
"$VENV_PY" - >"$extras_log.req" <<'PY'
import tomllib
project = tomllib.load(open("pyproject.toml", "rb"))
print("\n".join(project["project"]["optional-dependencies"]["test"] + ["maturin>=1.5,<2"]))
PY
{
    # uv (from PyPI, into .venv) installs the extras in a fraction of pip's time (pip spent
    # two minutes of CPU here, taken from clippy on a 2-core machine); pip remains the fallback
    # if uv cannot be had. Bytecode is compiled now, as pip does: where PYTHONDONTWRITEBYTECODE
    # is set, every test process would otherwise compile pandas and pyarrow again.
    if ! { "${PIP[@]}" install uv && "$VENV_PY" -m uv pip install --quiet --compile-bytecode --python "$VENV_PY" -r "$extras_log.req"; } >"$extras_log" 2>&1; then
        echo "uv could not install the test extras (above); trying pip" >>"$extras_log"
        "${PIP[@]}" install -r "$extras_log.req" >>"$extras_log" 2>&1 || { echo "installing the test extras failed (log above)" >>"$extras_log"; exit 1; }
    fi
    "$VENV_PY" -m mypy python/copydesk >>"$extras_log" 2>&1 || { echo "mypy python/copydesk (strict) failed (above)" >>"$extras_log"; exit 1; }
} &
extras_pid=$!
# A failing check ends the script; the installer must not outlive it.
trap 'kill "$extras_pid" 2>/dev/null || true' EXIT

step "cargo fmt --check"
cargo fmt --all -- --check

# Clippy lints while the crate is built, not in a separate `cargo clippy` pass: cargo clippy is
# `cargo check` with clippy-driver wrapping rustc for this crate, and a check pass compiles every
# dependency a second time (as metadata) for nothing the build can reuse; that was a third of
# this command's time on two cores. The same driver and lints, as the wrapper of the real
# builds: `cargo test` lints every target without the bindings (where code only the bindings use
# would turn dead), and the wheel build below lints the library with them.
CLIPPY_DRIVER="$(rustup which clippy-driver 2>/dev/null || command -v clippy-driver || true)"
if [ -z "$CLIPPY_DRIVER" ]; then
    echo "clippy is not installed (rustup component add clippy)" >&2
    exit 1
fi
export RUSTC_WORKSPACE_WRAPPER="$CLIPPY_DRIVER"
# cargo clippy hands its arguments (after --) to the driver in this variable, joined this way.
export CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__"

step "cargo test, built with clippy -D warnings (every target, then the tests and doc tests)"
# Every target is built (and so linted), the examples and benches too; only the library,
# binaries and integration tests run: the examples are tools run by hand, and benches run
# under `cargo bench`.
cargo test --all-targets --no-run
cargo test --lib --bins --tests
cargo test --doc

step "pip install .[test] (builds the dev-profile wheel, with clippy -D warnings on the bindings)"
# Built without pip's build isolation, with maturin in .venv: an isolated build gets a new
# temporary Python each time, which reruns pyo3's build script and rebuilds the crate. The dev
# profile (debug assertions on, dependencies optimised) reuses the dependencies cargo test just
# compiled (copydesk itself is built at level 1 here, unoptimised for cargo test).
if ! wait "$extras_pid"; then
    cat "$extras_log" >&2
    exit 1
fi
step "mypy python/copydesk (strict) passed in the background"
tail -n 1 "$extras_log"
rm -f "$extras_log" "$extras_log.req"
MATURIN_PEP517_ARGS="${MATURIN_PEP517_ARGS:---profile dev}" \
    "${PIP[@]}" install --no-build-isolation ".[test]"

step "pytest (against the installed wheel, in two worker processes)"
# Two workers keep both of CI's cores busy: many tests wait on subprocesses or the pool.
"$VENV_PY" -m pytest tests/python -p no:cacheprovider -n 2

step "stubtest copydesk._native"
# From an empty folder, so only the installed package (with its _native.pyi) is seen.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"; kill "$extras_pid" 2>/dev/null || true' EXIT
(cd "$scratch" && "$VENV_PY" -m mypy.stubtest copydesk._native --allowlist "$REPO/tests/stubtest-allowlist.txt")

step "all checks passed"
