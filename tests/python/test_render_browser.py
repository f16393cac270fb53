"""copydesk.render's page in a real browser (headless Chromium), when one is installed.

The browser parses the page as a browser does; the DOM it serialises after loading must hold
every mark and no element made from article text (no <script>, no <img>, no event handlers).
Screenshots in light and dark mode are written for a person to look at
(``COPYDESK_SCREENSHOTS=folder`` keeps them).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from html_marks import check_article_marked, parse_view, squash
from view_stories import HOSTILE, STORY

import copydesk

NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def _chromium() -> str:
    found = os.environ.get("COPYDESK_CHROMIUM") or next(filter(None, map(shutil.which, NAMES)), None)
    if not found:
        pytest.skip("no headless Chromium on this machine (apt-get install chromium)")
    return found


def _run(browser: str, *args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    command = [
        browser,
        "--headless",
        "--no-sandbox",  # root in a container has no user namespaces for the sandbox
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-extensions",
        f"--user-data-dir={profile}",
        *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path, list[copydesk.Article]]:
    browser = _chromium()
    folder = tmp_path_factory.mktemp("browser")
    articles = copydesk.analyze_many([STORY, HOSTILE])
    path = folder / "view.html"
    path.write_text(copydesk.render(articles, page=True), encoding="utf-8")
    return browser, path, articles


def test_browser_dom_has_every_mark_and_no_injected_elements(
    page: tuple[str, Path, list[copydesk.Article]],
) -> None:
    browser, path, articles = page
    result = _run(browser, "--dump-dom", path.as_uri(), profile=path.parent / "profile-dom")
    assert result.returncode == 0 and "<body" in result.stdout, result.stderr[-2000:]
    view = parse_view(result.stdout)
    assert view.scripts == 0 and view.images == 0 and not view.event_attributes
    assert view.tags.count("article") == 2
    for article in articles:
        check_article_marked(article, view)
    body = squash(view.body_text)
    assert "<img src=x onerror=alert(1)>" in body and "<script>code</script>" in body


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_browser_screenshot(page: tuple[str, Path, list[copydesk.Article]], scheme: str) -> None:
    browser, path, _ = page
    keep = os.environ.get("COPYDESK_SCREENSHOTS")
    out = Path(keep) if keep else path.parent
    out.mkdir(parents=True, exist_ok=True)
    shot = out / f"render-{scheme}.png"
    # Chromium reports prefers-color-scheme: dark when the OS theme is forced dark.
    extra = ["--force-dark-mode"]
    result = _run(
        browser,
        f"--screenshot={shot}",
        "--window-size=900,1300",
        "--hide-scrollbars",
        *(extra if scheme == "dark" else []),
        path.as_uri(),
        profile=path.parent / f"profile-{scheme}",
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
