"""The ``copydesk`` command line: ``copydesk analyze`` over files or standard input, and
``copydesk train-ner``, a thin wrapper around the ``copydesk-train-ner`` binary.

Inputs stream in chunks, so memory stays bounded however large they are. A bad row is reported
on stderr with its id (and, for a malformed CSV row, its line number) and the rest still run;
nothing is lost silently: the exit status is 1 when any row was skipped or an input or output
could not be used, and 2 for a bad option.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import itertools
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Sequence

import copydesk
from copydesk._native import _columns

#: Stories per native batch.
CHUNK = 500
FORMATS = ("jsonl", "csv", "parquet")
#: File names that hold one web page, and WARC archives of many.
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
#: Output file extensions and the format each is written in.
OUTPUT_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}
#: The files a folder given as INPUT contributes, searched recursively.
STORY_SUFFIXES = (".txt", ".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".parquet", ".pq", *HTML_SUFFIXES, *WARC_SUFFIXES)
INPUT_FORMATS = ("auto", "txt", "jsonl", "csv", "parquet", "html", "warc")
WHAT = ("articles", "entities", "quotes")

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


class Failure(Exception):
    """A real failure: reported once, and the exit status becomes non-zero."""


class UsageError(Exception):
    """A bad option: reported once, and the exit status is 2."""


class Record:
    """One story to analyse: its id and its text (or the reason it cannot be analysed)."""

    __slots__ = ("id", "text", "error", "format")

    def __init__(self, id: Any, text: Any, error: str | None = None, format: str = "auto") -> None:
        self.id = id
        self.text = text
        self.error = error
        #: What the core reads the text as: "auto", "text" or "html".
        self.format = format


# ---------------------------------------------------------------------------------------------
# Reading


def _detect(path: str, declared: str) -> str:
    if declared != "auto":
        return declared
    name = Path(path).name.lower()
    if name.endswith(HTML_SUFFIXES):
        return "html"
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    suffix = Path(path).suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix in (".csv", ".tsv"):
        return "csv"
    if suffix in (".parquet", ".pq"):
        return "parquet"
    return "txt"


def _json_records(lines: Iterable[str], name: str, text_field: str, id_field: str) -> Iterator[Record]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        default_id = f"{name}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            yield Record(default_id, None, f"not valid JSON ({err.msg} at column {err.colno})")
            continue
        if not isinstance(row, dict):
            yield Record(default_id, None, "not a JSON object")
            continue
        yield _field_record(row, default_id, text_field, id_field)


def _field_record(row: dict[str, Any], default_id: str, text_field: str, id_field: str) -> Record:
    rid = row.get(id_field, default_id)
    if rid is None or rid == "":
        rid = default_id
    if text_field not in row:
        return Record(rid, None, f"no field {text_field!r}")
    text = row[text_field]
    if text is not None and not isinstance(text, (str, bytes)):
        return Record(rid, None, f"field {text_field!r} is {type(text).__name__}, not text")
    return Record(rid, text)


class _Lines:
    """The physical lines of a CSV stream, numbered, with the lines of the record being read
    kept so that a malformed record can be skipped and the lines after its first re-read."""

    def __init__(self, stream: Iterable[str]) -> None:
        self._stream = iter(stream)
        self._pending: list[tuple[int, str]] = []
        self._number = 0
        self.taken: list[tuple[int, str]] = []

    def __iter__(self) -> "_Lines":
        return self

    def __next__(self) -> str:
        if self._pending:
            number, line = self._pending.pop()
        else:
            line = next(self._stream)
            self._number += 1
            number = self._number
        self.taken.append((number, line))
        return line

    def start_record(self) -> None:
        self.taken = []

    def skip_record(self) -> tuple[int, str]:
        """Drop the current record's first line and re-read the lines after it: an unterminated
        quote then costs one row, not every row it swallowed."""
        first, rest = self.taken[0], self.taken[1:]
        self._pending.extend(reversed(rest))
        self.taken = []
        return first


def _csv_records(stream: IO[str], name: str, text_field: str, id_field: str) -> Iterator[Record]:
    """Rows of a CSV (or .tsv) file, parsed strictly: a malformed row (an unterminated quote,
    text after a closing quote, more fields than the header) is reported with its line number
    and id, and the next line is read as the next row."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    dialect = "excel-tab" if name.lower().endswith(".tsv") else "excel"
    lines = _Lines(stream)
    reader = csv.reader(lines, dialect=dialect, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as err:
        raise Failure(f"{name}: line 1: malformed CSV header ({err})") from None
    if text_field not in header:
        raise Failure(f"{name}: no column {text_field!r} (columns: {', '.join(header)})")
    id_at = header.index(id_field) if id_field in header else None
    number = 0
    while True:
        lines.start_record()
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            if not lines.taken:
                return
            line_number, first = lines.skip_record()
            number += 1
            yield Record(
                _csv_id(first, dialect, id_at, f"{name}:{number}"),
                None,
                f"malformed CSV at {name} line {line_number} ({err})",
            )
            continue
        number += 1
        if not fields:
            continue  # a blank line
        line_number = lines.taken[0][0] if lines.taken else number + 1
        default_id = f"{name}:{number}"
        if len(fields) > len(header):
            yield Record(
                _csv_id(lines.taken[0][1], dialect, id_at, default_id),
                None,
                f"malformed CSV at {name} line {line_number} "
                f"({len(fields)} fields, the header has {len(header)})",
            )
            continue
        # A short row lacks its last fields, which are then absent, as in JSONL.
        yield _field_record(dict(zip(header, fields)), default_id, text_field, id_field)


def _csv_id(line: str, dialect: str, id_at: int | None, default: str) -> str:
    """The id of a malformed row, read leniently from its first line."""
    if id_at is not None:
        try:
            fields = next(csv.reader([line], dialect=dialect))
        except (csv.Error, StopIteration):
            fields = []
        if id_at < len(fields) and fields[id_at].strip():
            return fields[id_at]
    return default


def _parquet_records(path: str, text_field: str, id_field: str) -> Iterator[Record]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise Failure(
            f"{path}: reading Parquet needs pyarrow: pip install 'copydesk[parquet]'"
        ) from None
    try:
        parquet = pq.ParquetFile(path)
    except Exception as err:  # pyarrow raises several types for a bad file
        raise Failure(f"{path}: cannot read Parquet: {err}") from None
    names = parquet.schema_arrow.names
    if text_field not in names:
        raise Failure(f"{path}: no column {text_field!r} (columns: {', '.join(names)})")
    columns = [text_field] + ([id_field] if id_field in names else [])
    number = 0
    for batch in parquet.iter_batches(batch_size=CHUNK, columns=columns):
        data = batch.to_pydict()
        texts = data[text_field]
        ids = data.get(id_field) or [None] * len(texts)
        for text, rid in zip(texts, ids):
            number += 1
            yield _field_record({text_field: text, id_field: rid}, f"{path}:{number}", text_field, id_field)


def _html_record(path: str) -> Record:
    # One page per file, gzipped or not; the core decodes it by its BOM or <meta charset>.
    opener: Any = gzip.open if path.lower().endswith(".gz") else open
    with opener(path, "rb") as f:
        return Record(path, f.read(), format="html")


def _warc_records(path: str) -> Iterator[Record]:
    """The HTML responses of a WARC archive (gzipped or not), each with its URL as id."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        raise Failure(f"{path}: reading WARC archives needs warcio: pip install 'copydesk[warc]'") from None
    with open(path, "rb") as f:
        try:
            for record in ArchiveIterator(f):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = record.http_headers.get_header("Content-Type") or ""
                if "html" not in content_type.lower():
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                yield Record(url, record.content_stream().read(), format="html")
        except Exception as err:  # warcio raises its own errors for a damaged archive
            raise Failure(f"{path}: not a readable WARC archive: {err}") from None


def _stdin_records(declared: str, text_field: str, id_field: str) -> Iterator[Record]:
    stream = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="surrogateescape")
    if declared == "parquet":
        raise Failure("-: Parquet cannot be read from standard input; give a file")
    if declared in ("auto", "jsonl"):
        first = stream.readline()
        kind = declared
        if kind == "auto":
            kind = "jsonl" if first.lstrip().startswith("{") else "txt"
        if kind == "jsonl":
            yield from _json_records(itertools.chain([first], stream), "-", text_field, id_field)
            return
        yield _decode_record("-", first + stream.read())
        return
    if declared == "csv":
        yield from _csv_records(stream, "-", text_field, id_field)
        return
    yield _decode_record("-", stream.read())


def _decode_record(rid: str, text: str) -> Record:
    # Undecodable bytes came through as surrogate escapes: hand the core the raw bytes instead,
    # which decodes them with its cp1252 fallback and a warning.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return Record(rid, text.encode("utf-8", errors="surrogateescape"))
    return Record(rid, text)


def read_records(paths: Sequence[str], declared: str, text_field: str, id_field: str) -> Iterator[Record]:
    """Every story of every input, lazily. Unreadable inputs raise ``Failure``."""
    for path in paths:
        if path == "-":
            yield from _stdin_records(declared, text_field, id_field)
            continue
        kind = _detect(path, declared)
        if kind == "parquet":
            yield from _parquet_records(path, text_field, id_field)
            continue
        if kind == "warc":
            try:
                yield from _warc_records(path)
            except OSError as err:
                raise Failure(f"{path}: {err.strerror or err}") from None
            continue
        try:
            if kind == "html":
                yield _html_record(path)
                continue
            if kind == "txt":
                with open(path, "rb") as f:
                    data = f.read()
                yield Record(path, data)
                continue
            with open(path, encoding="utf-8", errors="surrogateescape", newline="") as f:
                if kind == "jsonl":
                    yield from _json_records(f, path, text_field, id_field)
                else:
                    yield from _csv_records(f, path, text_field, id_field)
        except OSError as err:
            raise Failure(f"{path}: {err.strerror or err}") from None
        except UnicodeDecodeError as err:  # pragma: no cover - surrogateescape prevents it
            raise Failure(f"{path}: {err}") from None


def count_records(paths: Sequence[str], declared: str) -> int | None:
    """A cheap estimate of the number of stories, for the progress bar; None when unknown."""
    total = 0
    for path in paths:
        if path == "-":
            return None
        kind = _detect(path, declared)
        try:
            if kind in ("txt", "html"):
                total += 1
            elif kind == "warc":
                return None
            elif kind == "parquet":
                import pyarrow.parquet as pq

                total += pq.ParquetFile(path).metadata.num_rows
            else:
                with open(path, "rb") as f:
                    lines = sum(block.count(b"\n") for block in iter(lambda: f.read(1 << 20), b""))
                total += max(lines - (1 if kind == "csv" else 0), 0)
        except Exception:
            return None
    return total


# ---------------------------------------------------------------------------------------------
# Progress


class Progress:
    """A progress line on stderr with the count, the rate and the ETA: tqdm when installed,
    else a small one of our own. Silent when stderr is not a terminal."""

    def __init__(self, total: int | None, enabled: bool) -> None:
        self.total = total
        self.count = 0
        self.enabled = enabled
        self.started = time.monotonic()
        self.shown = 0.0
        self._tqdm: Any = None
        if enabled:
            try:
                from tqdm import tqdm

                # tqdm draws nothing on a terminal that reports no size (a fresh pty, some CI
                # and editor shells): give it the usual 80 x 24 there.
                sized = min(_stderr_size()) > 0
                self._tqdm = tqdm(
                    total=total,
                    unit=" stories",
                    file=sys.stderr,
                    ncols=None if sized else 80,
                    nrows=None if sized else 24,
                )
            except ImportError:
                pass

    def update(self, n: int) -> None:
        self.count += n
        if not self.enabled:
            return
        if self._tqdm is not None:
            self._tqdm.update(n)
            return
        now = time.monotonic()
        if now - self.shown >= 0.2:
            self.shown = now
            sys.stderr.write("\r" + self.line(now) + "\x1b[K")
            sys.stderr.flush()

    def line(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-9)
        rate = self.count / elapsed
        if self.total:
            done = min(self.count / self.total, 1.0)
            width = 24
            bar = "#" * int(done * width) + "-" * (width - int(done * width))
            left = (self.total - self.count) / rate if rate > 0 else 0.0
            return (
                f"[{bar}] {self.count}/{self.total} stories | {rate:,.1f}/s | "
                f"ETA {_clock(max(left, 0.0))}"
            )
        return f"{self.count} stories | {rate:,.1f}/s | {_clock(elapsed)} elapsed"

    def close(self) -> None:
        if not self.enabled:
            return
        if self._tqdm is not None:
            self._tqdm.close()
            return
        sys.stderr.write("\r" + self.line(time.monotonic()) + "\x1b[K\n")
        sys.stderr.flush()


def _stderr_size() -> tuple[int, int]:
    try:
        size = os.get_terminal_size(sys.stderr.fileno())
    except (OSError, ValueError):
        return (0, 0)
    return (size.columns, size.lines)


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


# ---------------------------------------------------------------------------------------------
# Writing


def _jsonable(value: Any) -> Any:
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return value


class Writer:
    """Writes one chunk of results at a time in the chosen format."""

    def __init__(self, stream: IO[Any], fmt: str, what: str) -> None:
        self.stream = stream
        self.fmt = fmt
        self.what = what
        self._csv: Any = None
        self._parquet: Any = None

    def write_articles(self, ids: list[Any], articles: list[copydesk.Article]) -> None:
        """JSONL of whole articles: the id, the fields, the entities and the quotes."""
        for rid, article in zip(ids, articles):
            row = {"id": _jsonable(rid)}
            row.update(article.to_dict())
            self.stream.write(json.dumps(row, ensure_ascii=False) + "\n")

    def write_columns(self, columns: dict[str, list[Any]]) -> None:
        names = list(columns)
        rows = len(columns[names[0]]) if names else 0
        if "id" in columns:
            columns["id"] = [_jsonable(v) for v in columns["id"]]
        if "warnings" in columns and self.fmt != "parquet":
            columns["warnings"] = [json.dumps(w, ensure_ascii=False) for w in columns["warnings"]]
        if self.fmt == "jsonl":
            for i in range(rows):
                row = {name: columns[name][i] for name in names}
                self.stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif self.fmt == "csv":
            if self._csv is None:
                self._csv = csv.writer(self.stream)
                self._csv.writerow(names)
            self._csv.writerows(zip(*(columns[n] for n in names)))
        else:
            self._write_parquet(columns)

    def _write_parquet(self, columns: dict[str, list[Any]]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        fields = []
        for name, values in columns.items():
            if name == "id":
                kind = pa.string()
                columns[name] = [None if v is None else str(v) for v in values]
            elif name == "warnings":
                kind = pa.list_(pa.string())
            elif name in ("article", "start", "end", "paragraph", "sentence") or name.endswith(
                ("_start", "_end")
            ) or name.startswith("n_"):
                kind = pa.int64()
            else:
                kind = pa.string()
            fields.append(pa.field(name, kind))
        schema = pa.schema(fields)
        table = pa.Table.from_pydict(columns, schema=schema)
        if self._parquet is None:
            self._parquet = pq.ParquetWriter(self.stream, schema)
        self._parquet.write_table(table)

    def close(self, what: str) -> None:
        if self.fmt == "parquet":
            if self._parquet is None:
                # No rows at all: still write a valid, empty file with the right columns.
                self.write_columns(_columns(what, [], []))
            self._parquet.close()
        elif self.fmt == "csv" and self._csv is None:
            csv.writer(self.stream).writerow(list(_columns(what, [], [])))


# ---------------------------------------------------------------------------------------------
# analyze


def _report(rid: Any, reason: str) -> None:
    sys.stderr.write(f"copydesk: skipped {rid}: {reason}\n")


def _analyze_chunk(
    chunk: list[Record], writer: Writer, what: str, threads: int | None, model: str | None
) -> int:
    """Analyse and write one chunk; returns the number of bad rows (reported, then skipped)."""
    bad = 0
    good: list[Record] = []
    for record in chunk:
        if record.error is not None:
            _report(record.id, record.error)
            bad += 1
        else:
            good.append(record)
    # Web pages and copy run as separate batches, in input order.
    for _, run in itertools.groupby(good, key=lambda r: r.format):
        bad += _analyze_run(list(run), writer, what, threads, model)
    return bad


def _analyze_run(records: list[Record], writer: Writer, what: str, threads: int | None, model: str | None) -> int:
    # Try the whole run at once; if one story fails, find it by running them one at a time.
    try:
        _emit(records, writer, what, threads, model)
        return 0
    except (copydesk.CopydeskError, ValueError, TypeError):
        pass
    bad = 0
    for record in records:
        try:
            _emit([record], writer, what, threads, model)
        except (copydesk.CopydeskError, ValueError, TypeError) as err:
            _report(record.id, str(err).replace("texts[0]: ", ""))
            bad += 1
    return bad


def _emit(records: list[Record], writer: Writer, what: str, threads: int | None, model: str | None) -> None:
    texts = [r.text for r in records]
    ids = [r.id for r in records]
    page_format = records[0].format if records else "auto"
    if writer.fmt == "jsonl" and what == "articles":
        # Computed in full before anything is written, so a failed chunk writes nothing.
        articles = copydesk.analyze_many(texts, threads=threads, model=model, format=page_format)
        writer.write_articles(ids, articles)
    else:
        writer.write_columns(_columns(what, texts, ids, threads=threads, model=model, format=page_format))


def _output_format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    if args.output and args.output != "-":
        suffix = Path(args.output).suffix.lower()
        if not suffix:
            return "jsonl"
        if suffix not in OUTPUT_SUFFIXES:
            # Writing JSONL into out.xlsx would hand the user a file their tool cannot open.
            raise UsageError(
                f"cannot write {suffix} files; give -o a name ending in "
                f"{', '.join(OUTPUT_SUFFIXES)} (or choose with --format {'|'.join(FORMATS)})"
            )
        return OUTPUT_SUFFIXES[suffix]
    return "jsonl"


def story_files(folder: str) -> list[str]:
    """Every story file under ``folder``, recursively, in a stable order; hidden files and
    folders are left out."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(STORY_SUFFIXES):
                found.append(os.path.join(root, name))
    return found


def cmd_analyze(args: argparse.Namespace) -> int:
    try:
        fmt = _output_format(args)
    except UsageError as err:
        sys.stderr.write(f"copydesk: {err}\n")
        return EXIT_USAGE
    if args.threads is not None and not 1 <= args.threads <= 1024:
        sys.stderr.write("copydesk: --threads must be from 1 to 1024\n")
        return EXIT_USAGE
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            sys.stderr.write("copydesk: --format parquet needs pyarrow: pip install 'copydesk[parquet]'\n")
            return EXIT_USAGE
        if not args.output or args.output == "-":
            sys.stderr.write("copydesk: --format parquet needs an output file (-o FILE)\n")
            return EXIT_USAGE
    if args.inputs.count("-") > 1:
        sys.stderr.write("copydesk: standard input ('-') can be read only once\n")
        return EXIT_USAGE
    failed = False
    paths: list[str] = []
    for path in args.inputs:
        if path != "-" and not os.access(path, os.R_OK):
            sys.stderr.write(f"copydesk: {path}: cannot read (missing or not permitted)\n")
            failed = True
        elif path != "-" and os.path.isdir(path):
            found = story_files(path)
            if not found:
                sys.stderr.write(
                    f"copydesk: {path}: no story files ({', '.join(STORY_SUFFIXES)}) in this folder "
                    "or its subfolders\n"
                )
                failed = True
            paths.extend(found)
        else:
            paths.append(path)

    binary = fmt == "parquet"
    try:
        if args.output and args.output != "-":
            out: IO[Any] = open(args.output, "wb" if binary else "w", encoding=None if binary else "utf-8", newline="" if fmt == "csv" else None)
        else:
            out = sys.stdout
    except OSError as err:
        sys.stderr.write(f"copydesk: {args.output}: cannot write: {err.strerror or err}\n")
        return EXIT_FAILURE

    show = sys.stderr.isatty() and not args.quiet
    progress = Progress(count_records(paths, args.input_format) if show else None, show)
    writer = Writer(out, fmt, args.what)
    bad = 0
    unreadable: list[str] = []

    def all_records() -> Iterator[Record]:
        # Stories of every input in one stream, so chunks span small files; an input that
        # fails part way is reported and the next one still runs.
        for path in paths:
            try:
                yield from read_records([path], args.input_format, args.text_field, args.id_field)
            except Failure as err:
                sys.stderr.write(f"copydesk: {err}\n")
                unreadable.append(path)

    try:
        records = all_records()
        while True:
            chunk = list(itertools.islice(records, CHUNK))
            if not chunk:
                break
            bad += _analyze_chunk(chunk, writer, args.what, args.threads, args.model)
            progress.update(len(chunk))
        writer.close(args.what)
    except KeyboardInterrupt:
        progress.close()
        sys.stderr.write("copydesk: interrupted\n")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    finally:
        if out is not sys.stdout:
            out.close()
        else:
            try:
                out.flush()
            except BrokenPipeError:
                pass
    progress.close()
    if bad:
        sys.stderr.write(f"copydesk: {bad} row(s) skipped; the others were written\n")
    return EXIT_FAILURE if failed or unreadable or bad else EXIT_OK


# ---------------------------------------------------------------------------------------------
# train-ner


def find_train_binary() -> str | None:
    """The ``copydesk-train-ner`` binary: on PATH, else in a cargo target folder."""
    found = shutil.which("copydesk-train-ner")
    if found:
        return found
    roots = [os.environ.get("CARGO_TARGET_DIR"), "target"]
    for root in filter(None, roots):
        for profile in ("release", "debug"):
            candidate = Path(root) / profile / "copydesk-train-ner"
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return str(candidate)
    return None


def cmd_train_ner(args: argparse.Namespace, extra: list[str]) -> int:
    binary = find_train_binary()
    if binary is None:
        sys.stderr.write(
            "copydesk: train-ner needs the copydesk-train-ner program, which was not found on "
            "PATH or in target/release.\nBuild it from a copydesk checkout with:\n"
            "    cargo build --release --bin copydesk-train-ner\n"
        )
        return EXIT_FAILURE
    command = [binary, args.train, args.dev, "-o", args.output, *extra]
    return subprocess.call(command)


# ---------------------------------------------------------------------------------------------
# main


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="copydesk",
        description="Raw news copy in, structured data out: parse, normalize, entities, quotes.",
    )
    parser.add_argument("--version", action="version", version=f"copydesk {copydesk.__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    analyze = sub.add_parser(
        "analyze",
        help="analyse stories from files or standard input",
        description=(
            "Analyse stories. INPUT is a .txt file (one story), a .html or .html.gz web page, a "
            ".warc or .warc.gz archive (each HTML response, with its URL as id; needs copydesk[warc]), "
            "a .jsonl or .csv file (one story "
            "per row), a .parquet file, a folder (every such file under it), or - for standard input (JSONL when it starts with '{', "
            "else one story). Writes JSONL (one object per article, with its entities and "
            "quotes) or one CSV/Parquet row per article, entity or quote."
        ),
    )
    analyze.add_argument("inputs", nargs="+", metavar="INPUT")
    analyze.add_argument("-o", "--output", help="output file: .jsonl, .csv or .parquet (default: standard output)")
    analyze.add_argument("--format", choices=FORMATS, help="output format (default: from -o's extension, else jsonl)")
    analyze.add_argument("--input-format", choices=INPUT_FORMATS, default="auto", help="input format (default: from each file's extension)")
    analyze.add_argument("--text-field", default="text", help="the JSONL/CSV/Parquet field with the story (default: text)")
    analyze.add_argument("--id-field", default="id", help="the field with the story's id (default: id; else FILE:ROW)")
    analyze.add_argument("--what", choices=WHAT, default="articles", help="one row per article (default), entity or quote")
    analyze.add_argument("--threads", type=int, help="worker threads (default: COPYDESK_NUM_THREADS, else all CPUs available)")
    analyze.add_argument("--model", help="entity model file trained by copydesk train-ner")
    analyze.add_argument("-q", "--quiet", action="store_true", help="no progress bar")

    train = sub.add_parser(
        "train-ner",
        help="train an entity model (runs copydesk-train-ner)",
        description="Train an entity tagger on CoNLL-format data; extra options go to copydesk-train-ner.",
    )
    train.add_argument("train", metavar="TRAIN")
    train.add_argument("dev", metavar="DEV")
    train.add_argument("-o", "--output", required=True, metavar="MODEL")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if args.command == "train-ner":
        return cmd_train_ner(args, extra)
    if extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    return cmd_analyze(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
