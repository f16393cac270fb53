#!/usr/bin/env bash
# Run every check copydesk has, from a fresh clone, creating whatever they need:
# rustfmt, clippy (with and without the Python bindings), cargo test, the wheel built and
# installed with its test extras into .venv, pytest against that installed wheel, and stubtest.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO="$PWD"
started=$SECONDS
step() { printf '\n==> %s (%ds)\n' "$*" "$((SECONDS - started))"; }

PYTHON="${PYTHON:-python3}"
if [ -z "${VIRTUAL_ENV:-}" ]; then
    if [ ! -x .venv/bin/python ]; then
        step "create .venv"
        if ! "$PYTHON" -m venv .venv; then
            echo "cannot create a virtual environment (on Debian: apt-get install python3-venv)" >&2
            exit 1
        fi
    fi
    # shellcheck disable=SC1091
    source .venv/bin/activate
fi
PYTHON=python

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy --all-targets -- -D warnings"
cargo clippy --all-targets -- -D warnings

step "cargo clippy with the Python bindings"
PYO3_PYTHON="$(command -v python)" cargo clippy --all-targets --features python -- -D warnings

step "cargo test"
cargo test

step "pip install .[test] (builds the wheel)"
# The test wheel uses cargo's dev profile (debug assertions on, dependencies optimised), which
# reuses what cargo test just compiled; `pip install .` alone builds the optimised release wheel.
MATURIN_PEP517_ARGS="${MATURIN_PEP517_ARGS:---profile dev}" \
    "$PYTHON" -m pip install --quiet --disable-pip-version-check ".[test]"

step "pytest (against the installed wheel)"
"$PYTHON" -m pytest tests/python -p no:cacheprovider

step "stubtest copydesk._native"
# From an empty folder, so only the installed package (with its _native.pyi) is seen.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
(cd "$scratch" && "$PYTHON" -m mypy.stubtest copydesk._native --allowlist "$REPO/tests/stubtest-allowlist.txt")

step "mypy python/copydesk (strict)"
"$PYTHON" -m mypy python/copydesk

step "all checks passed"
