"""Shared fixtures: the repository's paths, the example stories and the optional ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import EXAMPLES, REPO, SHARED


def _check_installed_package() -> None:
    # The tests exercise the installed wheel, never the source tree's python/ folder.
    import copydesk

    if Path(copydesk.__file__).resolve().is_relative_to(REPO / "python"):
        raise RuntimeError(
            f"copydesk was imported from the source tree ({copydesk.__file__}); install the "
            "wheel (pip install .) and run pytest from the repository root"
        )


_check_installed_package()


@pytest.fixture(scope="session")
def example_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"needs the shared data folder, which is absent ({SHARED})")
    return SHARED
