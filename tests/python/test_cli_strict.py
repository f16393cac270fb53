"""The command line loses nothing silently (issue 11): strict CSV with line numbers, the same
report for a missing text field in CSV as in JSONL, no JSONL written into an .xlsx, and a
folder taken as every story file under it."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import run_python


def cli(*args: str) -> "object":
    return run_python("import sys; from copydesk.cli import main; sys.exit(main())", *args, timeout=120)


def ids(stdout: str) -> list[str]:
    return [json.loads(line)["id"] for line in stdout.splitlines() if line.strip()]


def test_unterminated_quote_mid_csv_is_reported_and_costs_one_row(tmp_path: Path) -> None:
    src = tmp_path / "mid.csv"
    src.write_text(
        'id,text\na,"First."\nb,"Broken\nc,"Third about the harbour board."\nd,"Fourth."\n',
        encoding="utf-8",
    )
    out = cli("analyze", str(src))
    assert out.returncode == 1, out.stderr
    assert ids(out.stdout) == ["a", "c", "d"]
    assert "skipped b" in out.stderr and "line 3" in out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert rows[1]["text"] == "Third about the harbour board."


def test_unterminated_quote_at_the_end_is_reported(tmp_path: Path) -> None:
    src = tmp_path / "end.csv"
    src.write_text('id,text\na,"First."\nz,"Never closed\n', encoding="utf-8")
    out = cli("analyze", str(src))
    assert out.returncode == 1
    assert ids(out.stdout) == ["a"]
    assert "skipped z" in out.stderr and "line 3" in out.stderr


def test_csv_row_with_too_many_fields_is_reported(tmp_path: Path) -> None:
    src = tmp_path / "wide.csv"
    src.write_text('id,text\na,One.\nb,Two.,extra\n', encoding="utf-8")
    out = cli("analyze", str(src))
    assert out.returncode == 1
    assert ids(out.stdout) == ["a"]
    assert "skipped b" in out.stderr and "3 fields" in out.stderr


def test_csv_row_without_its_text_field_is_reported_like_jsonl(tmp_path: Path) -> None:
    src = tmp_path / "short.csv"
    src.write_text("id,text\na,One.\nb\n", encoding="utf-8")
    out = cli("analyze", str(src))
    as_jsonl = tmp_path / "short.jsonl"
    as_jsonl.write_text('{"id": "a", "text": "One."}\n{"id": "b"}\n', encoding="utf-8")
    out_jsonl = cli("analyze", str(as_jsonl))
    for result in (out, out_jsonl):
        assert result.returncode == 1
        assert ids(result.stdout) == ["a"]
        assert "skipped b: no field 'text'" in result.stderr


def test_well_formed_csv_with_quoted_newlines_and_blank_lines_still_exits_zero(tmp_path: Path) -> None:
    src = tmp_path / "good.csv"
    src.write_text('id,text\na,"Line one.\n\nLine two."\n\nb,"He said ""no""."\n', encoding="utf-8")
    out = cli("analyze", str(src))
    assert out.returncode == 0, out.stderr
    assert ids(out.stdout) == ["a", "b"]


def test_unknown_output_extension_is_a_usage_error(tmp_path: Path) -> None:
    story = tmp_path / "s.txt"
    story.write_text("The council met on Monday.", encoding="utf-8")
    dest = tmp_path / "out.xlsx"
    out = cli("analyze", str(story), "-o", str(dest))
    assert out.returncode == 2
    assert ".xlsx" in out.stderr and ".jsonl" in out.stderr and ".parquet" in out.stderr
    assert not dest.exists()
    # An explicit --format is the user's choice, whatever the name.
    assert cli("analyze", str(story), "-o", str(tmp_path / "out.data"), "--format", "jsonl").returncode == 0
    assert cli("analyze", str(story), "-o", str(tmp_path / "out.ndjson")).returncode == 0


def test_a_folder_is_every_story_file_under_it(tmp_path: Path) -> None:
    root = tmp_path / "stories"
    (root / "politics" / "2026").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "a.txt").write_text("The mayor spoke on Monday.", encoding="utf-8")
    (root / "politics" / "b.txt").write_text("Ministers met on Tuesday.", encoding="utf-8")
    (root / "politics" / "2026" / "c.jsonl").write_text('{"id": "c1", "text": "Rail fares rose."}\n', encoding="utf-8")
    (root / "politics" / "notes.md").write_text("not a story", encoding="utf-8")
    (root / ".hidden" / "d.txt").write_text("hidden", encoding="utf-8")
    out = cli("analyze", str(root))
    assert out.returncode == 0, out.stderr
    assert sorted(ids(out.stdout)) == sorted([str(root / "a.txt"), str(root / "politics" / "b.txt"), "c1"])
    empty = tmp_path / "empty"
    empty.mkdir()
    nothing = cli("analyze", str(empty))
    assert nothing.returncode == 1 and "no story files" in nothing.stderr
