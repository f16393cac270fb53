"""Web pages in: ``format=`` on analyze / analyze_many / the frames, the page's metadata,
offsets into the extracted text, and the command line's .html, .html.gz and WARC inputs."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from helpers import run_python

import copydesk

FERRY_PATH = Path(__file__).resolve().parent.parent / "fixtures" / "html" / "harbour-ferry.html"
FERRY = FERRY_PATH.read_text(encoding="utf-8")
URL = "https://harbourtimes.example/news/2031/03/ferry-fares-rise"


def page(title: str, paragraphs: list[str]) -> str:
    """An invented page in a small CMS shape: a menu, the story, a footer."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html><head><title>{title}</title>"
        f'<meta property="og:title" content="{title}"></head><body>'
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        f"<article><h1>{title}</h1>{body}</article><footer>Contact us</footer></body></html>"
    )


PIER = page(
    "Pier 4 to close for repairs",
    [
        "Pier 4 will close for six weeks from May while engineers replace its timber deck, the harbour board said.",
        "Ferries that use the pier will move to Pier 2, which will open an hour earlier on weekdays.",
        "\u201cThe deck has done eighty years of work,\u201d said Marta Lindqvist, the board\u2019s chair.",
    ],
)


def test_analyze_html_keeps_the_metadata_and_extracts_the_article() -> None:
    article = copydesk.analyze(FERRY, format="html")
    assert article.headline == "Ferry fares to rise as harbour board backs plan"
    assert article.byline == "Ada Reyes"
    assert article.source == "The Harbour Times"
    assert article.published == "2031-03-02T08:15:00+00:00"
    assert article.url == URL
    assert article.body.startswith("Ferry fares across the harbour will rise")
    assert "cookie" not in article.body and "About time" not in article.body
    assert article.to_dict()["url"] == URL


def test_spans_index_the_extracted_text() -> None:
    article = copydesk.analyze(FERRY.encode("utf-8"), format="html")
    assert article.text.startswith(article.headline)
    for span in [*article.sentences, *article.paragraphs, *article.entities, *article.quotes]:
        assert article.text[span.start : span.end] == span.text
    assert any(e.text == "Marta Lindqvist" for e in article.entities)


def test_auto_is_the_default_and_leaves_copy_alone() -> None:
    assert copydesk.analyze(FERRY).url == URL
    copy = "<b>HARBOUR CITY</b> - Ferry fares will rise, the board said on Tuesday."
    assert copydesk.analyze(copy).text == copy
    assert copydesk.analyze(FERRY, format="text").url is None
    with pytest.raises(ValueError, match="format"):
        copydesk.analyze(FERRY, format="pdf")


def test_analyze_many_and_iter_take_format() -> None:
    many = copydesk.analyze_many([FERRY, PIER, None], format="html", threads=2)
    assert [a.headline for a in many[:2]] == [
        "Ferry fares to rise as harbour board backs plan",
        "Pier 4 to close for repairs",
    ]
    assert many[2].body == ""
    streamed = list(copydesk.analyze_iter([FERRY, PIER], chunk_size=1, format="html"))
    assert streamed == many[:2]


def test_an_index_page_warns_and_gives_no_body() -> None:
    links = "".join(f'<li><a href="/s/{i}">Story {i} on the harbour</a></li>' for i in range(50))
    article = copydesk.analyze(f"<!doctype html><html><body><ul>{links}</ul></body></html>", format="html")
    assert article.body == ""
    assert any("no article" in w for w in article.warnings)


def test_frames_take_format() -> None:
    pytest.importorskip("pandas")
    frame = copydesk.articles_frame([FERRY, PIER], format="html")
    assert frame["url"].tolist()[0] == URL
    assert "published" in frame.columns
    entities = copydesk.entities_frame([FERRY], format="html")
    assert "Marta Lindqvist" in entities["text"].tolist()


def cli(*args: str) -> list[dict]:
    out = run_python("import sys; from copydesk.cli import main; sys.exit(main())", "analyze", "-q", *args, timeout=120)
    assert out.returncode == 0, out.stderr
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def test_cli_reads_html_and_gzipped_html(tmp_path: Path) -> None:
    plain = tmp_path / "pier.html"
    plain.write_text(PIER, encoding="utf-8")
    zipped = tmp_path / "ferry.html.gz"
    zipped.write_bytes(gzip.compress(FERRY.encode("utf-8")))
    rows = cli(str(plain), str(zipped))
    assert [r["id"] for r in rows] == [str(plain), str(zipped)]
    assert rows[0]["headline"] == "Pier 4 to close for repairs"
    assert rows[1]["url"] == URL


def warc_record(url: str, content_type: str, payload: bytes, number: int) -> bytes:
    """One WARC/1.0 response record, written by hand as the format specifies."""
    http = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n\r\n".encode() + payload
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{number:012d}>\r\n"
        "WARC-Date: 2031-03-02T08:00:00Z\r\n"
        f"WARC-Target-URI: {url}\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    )
    return head.encode() + http + b"\r\n\r\n"


def write_warc(path: Path, pages: dict[str, str]) -> None:
    records = [warc_record(url, "text/html; charset=utf-8", html.encode("utf-8"), i) for i, (url, html) in enumerate(pages.items())]
    # A non-HTML response is skipped.
    records.append(warc_record("https://harbourtimes.example/logo.png", "image/png", b"\x89PNG", 99))
    # A .warc.gz holds one gzip member per record.
    data = b"".join(gzip.compress(r) for r in records) if path.name.endswith(".gz") else b"".join(records)
    path.write_bytes(data)


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_cli_reads_warc_archives_with_urls_as_ids(tmp_path: Path, name: str) -> None:
    pytest.importorskip("warcio")
    archive = tmp_path / name
    write_warc(archive, {URL: FERRY, "https://harbourtimes.example/news/pier-4": PIER})
    rows = cli(str(archive))
    assert [r["id"] for r in rows] == [URL, "https://harbourtimes.example/news/pier-4"]
    assert rows[0]["byline"] == "Ada Reyes"
    assert rows[1]["headline"] == "Pier 4 to close for repairs"
    assert all(r["body"] for r in rows)


def test_hostile_pages_finish() -> None:
    depth = 100_000
    nested = "<!doctype html><html><body>" + "<div>" * depth + "<p>" + "Deep text about the ferry. " * 10 + "</p>" + "</div>" * depth
    junk = bytes((i * 2654435761 >> 24) & 0xFF for i in range(100_000))
    broken = "<html><body><p>Unclosed <b>bold <i>and <div>mixed</p></b> <script>never closed"
    for article in copydesk.analyze_many([nested, b"<!doctype html>" + junk, broken, "<html>"], format="html"):
        assert isinstance(article.body, str)
