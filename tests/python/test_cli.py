"""The ``copydesk`` command line: inputs, outputs, streaming, bad rows and exit statuses."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import EXAMPLES, run_python

import copydesk

STORY_A = "PORT STRIKE ENDS\n    LISBRAN, June 2 - Dock workers went back on Monday.\n Reuter\n"
STORY_B = "WASHINGTON (AP) \u2014 The panel voted 14-7. \u201cIt is done,\u201d Sen. Ortega said."


def cli(*args: str, stdin: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return run_python(
        "import sys; from copydesk.cli import main; sys.exit(main())", *args, timeout=timeout, input=stdin
    )


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).parent / "copydesk"
    if not script.exists():
        pytest.skip(f"console script not next to this interpreter ({script})")
    out = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and copydesk.__version__ in out.stdout


def test_txt_files_to_jsonl_on_stdout() -> None:
    paths = sorted(str(p) for p in EXAMPLES.glob("*.txt"))
    out = cli("analyze", *paths)
    assert out.returncode == 0, out.stderr
    rows = jsonl(out.stdout)
    assert [r["id"] for r in rows] == paths
    for row, path in zip(rows, paths):
        expected = copydesk.analyze(Path(path).read_bytes()).to_dict()
        assert {k: row[k] for k in expected} == expected
        assert {"entities", "quotes", "headline", "body"} <= set(row)
    assert out.stderr == ""  # no progress bar when stderr is not a terminal


def test_jsonl_in_with_fields_and_a_bad_row_that_does_not_stop_the_rest(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        "\n".join(
            [
                json.dumps({"doc": "a", "story": STORY_A}),
                "{not json",
                json.dumps({"doc": "c", "story": 12}),
                json.dumps({"doc": "d"}),
                json.dumps({"doc": "e", "story": None}),
                json.dumps({"doc": "f", "story": STORY_B}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    out = cli("analyze", str(src), "--text-field", "story", "--id-field", "doc")
    assert out.returncode == 1, out.stderr  # rows were lost: said on stderr and in the status
    rows = jsonl(out.stdout)
    assert [r["id"] for r in rows] == ["a", "e", "f"]
    assert rows[0]["text"] == STORY_A and rows[2]["text"] == STORY_B
    assert f"{src}:2" in out.stderr and "not valid JSON" in out.stderr
    assert "skipped c" in out.stderr and "skipped d" in out.stderr
    assert "3 row(s) skipped" in out.stderr


def test_the_example_jsonl_runs_and_keeps_missing_stories() -> None:
    out = cli("analyze", str(EXAMPLES / "stories.jsonl"), "--what", "articles")
    assert out.returncode == 0, out.stderr
    rows = jsonl(out.stdout)
    assert [r["id"] for r in rows] == ["brief-1", "brief-2", "brief-3", "brief-4"]
    assert rows[2]["text"] == "" and rows[2]["entities"] == []


def test_csv_in_and_csv_out_per_kind(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    with open(src, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "text"])
        writer.writerow(["s1", STORY_A])
        writer.writerow(["s2", STORY_B])
    for what, header in (
        ("articles", "id,article,source,headline"),
        ("entities", "id,article,text,label"),
        ("quotes", "id,article,text,start"),
    ):
        dest = tmp_path / f"{what}.csv"
        out = cli("analyze", str(src), "-o", str(dest), "--what", what)
        assert out.returncode == 0, out.stderr
        content = dest.read_text(encoding="utf-8")
        assert content.startswith(header)
        rows = list(csv.DictReader(io.StringIO(content)))
        if what == "articles":
            assert [r["id"] for r in rows] == ["s1", "s2"]
            assert rows[0]["body"] == copydesk.analyze(STORY_A).body
            assert json.loads(rows[0]["warnings"]) == copydesk.analyze(STORY_A).warnings
        else:
            n = sum(len(getattr(copydesk.analyze(t), what)) for t in (STORY_A, STORY_B))
            assert len(rows) == n


def test_jsonl_out_per_entity(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": 1, "text": STORY_B}) + "\n", encoding="utf-8")
    out = cli("analyze", str(src), "--what", "entities", "--format", "jsonl")
    assert out.returncode == 0, out.stderr
    assert len(jsonl(out.stdout)) == len(copydesk.analyze(STORY_B).entities)


def test_stdin_story_and_stdin_jsonl() -> None:
    out = cli("analyze", "-", stdin=STORY_A)
    assert out.returncode == 0, out.stderr
    (row,) = jsonl(out.stdout)
    assert row["id"] == "-" and row["text"] == STORY_A
    lines = json.dumps({"id": "x", "text": STORY_A}) + "\n" + json.dumps({"id": "y", "text": STORY_B}) + "\n"
    out = cli("analyze", "-", "--threads", "2", stdin=lines)
    assert out.returncode == 0, out.stderr
    assert [r["id"] for r in jsonl(out.stdout)] == ["x", "y"]


def test_parquet_round_trip(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    pa = pytest.importorskip("pyarrow")
    src = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": ["p1", "p2", "p3"], "text": [STORY_A, None, STORY_B]}), src)
    dest = tmp_path / "out.parquet"
    out = cli("analyze", str(src), "-o", str(dest))
    assert out.returncode == 0, out.stderr
    table = pq.read_table(dest).to_pydict()
    assert table["id"] == ["p1", "p2", "p3"]
    assert table["body"][0] == copydesk.analyze(STORY_A).body and table["body"][1] is None
    empty = tmp_path / "entities.parquet"
    assert cli("analyze", str(src), "-o", str(empty), "--what", "entities").returncode == 0
    assert "label" in pq.read_table(empty).column_names


def test_bad_options_and_unreadable_inputs_exit_non_zero(tmp_path: Path) -> None:
    assert cli("analyze", "--format", "xml", "x.txt").returncode == 2
    assert cli("analyze", "--what", "people", "x.txt").returncode == 2
    assert cli("analyze").returncode == 2
    assert cli("frobnicate").returncode == 2
    assert cli("analyze", "--threads", "0", str(EXAMPLES / "ap-library-hours.txt")).returncode == 2
    missing = cli("analyze", str(tmp_path / "absent.txt"), str(EXAMPLES / "ap-library-hours.txt"))
    assert missing.returncode == 1
    assert "absent.txt" in missing.stderr
    assert len(jsonl(missing.stdout)) == 1  # the readable input still ran
    csv_no_column = tmp_path / "bad.csv"
    csv_no_column.write_text("id,body\n1,hello\n", encoding="utf-8")
    result = cli("analyze", str(csv_no_column))
    assert result.returncode == 1 and "no column 'text'" in result.stderr


def test_invalid_utf8_txt_is_decoded_with_the_fallback(tmp_path: Path) -> None:
    src = tmp_path / "latin.txt"
    src.write_bytes("Caf\u00e9 owners met.".encode("cp1252"))
    out = cli("analyze", str(src))
    assert out.returncode == 0, out.stderr
    (row,) = jsonl(out.stdout)
    assert row["text"] == copydesk.analyze(src.read_bytes()).text


def test_progress_bar_when_stderr_is_a_terminal(tmp_path: Path) -> None:
    pty = pytest.importorskip("pty")
    paths = sorted(str(p) for p in EXAMPLES.glob("*.txt"))
    master, slave = pty.openpty()
    try:
        proc = subprocess.Popen(
            [sys.executable, "-c", "import sys; from copydesk.cli import main; sys.exit(main())",
             "analyze", *paths, "-o", str(tmp_path / "out.jsonl")],
            stderr=slave, stdout=subprocess.DEVNULL, env={**os.environ, "TERM": "dumb"},
        )
        os.close(slave)
        slave = -1
        chunks = []
        while True:
            try:
                data = os.read(master, 4096)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
        assert proc.wait(timeout=120) == 0
    finally:
        os.close(master)
        if slave != -1:
            os.close(slave)
    shown = b"".join(chunks).decode("utf-8", "replace")
    assert f"{len(paths)}/{len(paths)}" in shown or f"{len(paths)} stories" in shown or "it/s" in shown or "stories/s" in shown
    assert len(jsonl((tmp_path / "out.jsonl").read_text(encoding="utf-8"))) == len(paths)


def test_train_ner_is_a_thin_wrapper(tmp_path: Path) -> None:
    from copydesk import cli as cli_module

    if cli_module.find_train_binary() is not None:
        pytest.skip("copydesk-train-ner is installed; the wrapper would really train")
    env = {"PATH": os.path.dirname(sys.executable), "CARGO_TARGET_DIR": str(tmp_path)}
    out = run_python(
        "import sys; from copydesk.cli import main; sys.exit(main())",
        "train-ner", "train.conll", "dev.conll", "-o", str(tmp_path / "m.bin"),
        env=env, cwd=tmp_path,
    )
    assert out.returncode == 1
    assert "copydesk-train-ner" in out.stderr and "cargo build" in out.stderr


def test_bbc_corpus_runs_through_the_cli(shared: Path, tmp_path: Path) -> None:
    stories = sorted(p for p in (shared / "data" / "bbc-news").rglob("*.txt") if p.stem.isdigit())[:200]
    if not stories:
        pytest.skip(f"no .txt stories under {shared / 'data' / 'bbc-news'}")
    dest = tmp_path / "bbc.jsonl"
    out = cli("analyze", *map(str, stories), "-o", str(dest), timeout=300)
    assert out.returncode == 0, out.stderr
    rows = jsonl(dest.read_text(encoding="utf-8"))
    assert len(rows) == len(stories)
    for row in rows:
        for key in ("paragraphs", "sentences"):
            for span in row[key]:
                assert row["text"][span["start"] : span["end"]] == span["text"]
