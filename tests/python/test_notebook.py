"""The example notebook runs (nbclient) and shows each article as HTML with every mark drawn."""

from __future__ import annotations

import os
from typing import Any

import pytest
from helpers import EXAMPLES
from html_marks import check_article_marked, parse_view, squash

import copydesk

NOTEBOOK = EXAMPLES / "notebook.ipynb"


def _namespace(notebook: Any) -> dict[str, Any]:
    """Re-run the notebook's code here, to know the articles the kernel displayed."""
    namespace: dict[str, Any] = {}
    for cell in notebook.cells:
        if cell.cell_type == "code":
            exec(compile(cell.source, str(NOTEBOOK), "exec"), namespace)  # noqa: S102
    return namespace


@pytest.fixture(scope="module")
def executed() -> Any:
    # jupyter_core warns about its old paths unless told to use platformdirs.
    os.environ.setdefault("JUPYTER_PLATFORM_DIRS", "1")
    nbformat = pytest.importorskip("nbformat", reason="needs the test extra (nbformat)")
    nbclient = pytest.importorskip("nbclient", reason="needs the test extra (nbclient)")
    pytest.importorskip("ipykernel", reason="needs the test extra (ipykernel)")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(EXAMPLES)}}
    )
    client.execute()
    return notebook


def _html_outputs(notebook: Any) -> list[str]:
    return [
        output["data"]["text/html"]
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.get("outputs", [])
        if output.get("output_type") == "execute_result" and "text/html" in output.get("data", {})
    ]


def test_notebook_displays_articles_as_html(executed: Any) -> None:
    namespace = _namespace(executed)
    article, hostile = namespace["article"], copydesk.analyze(namespace["hostile"])
    outputs = _html_outputs(executed)
    assert len(outputs) == 2, "the story and the hostile story display as HTML"
    for shown, expected in zip(outputs, (article, hostile)):
        view = parse_view(shown)
        assert article.entities and article.quotes
        check_article_marked(expected, view)
        assert len([m for m in view.marks if m.kind == "cd-ent"]) == len(expected.entities)
        assert len([m for m in view.marks if m.kind == "cd-quote"]) == len(expected.quotes)


def test_notebook_hostile_story_is_escaped(executed: Any) -> None:
    shown = _html_outputs(executed)[1]
    view = parse_view(shown)
    assert view.scripts == 0 and view.images == 0 and not view.event_attributes
    assert "<img src=x onerror=alert(1)>" in squash(view.body_text)
    assert "<script>alert('pwned')</script>" in view.all_text


def test_notebook_has_no_errors(executed: Any) -> None:
    for cell in executed.cells:
        for output in cell.get("outputs", []):
            assert output.get("output_type") != "error", output
