"""What `claimcheck batch` reads: folders of article files, JSON Lines, CSV and
WARC / WARC.gz, each turned into a stream of records — plain dicts that cross
process and machine boundaries:

    {"id", "source", "raw": bytes, "size", "html": bool,
     "lang", "published", "url", "title"}          (the last four may be None)

A record that cannot be read (a line that is not JSON, a CSV row with missing
columns) still becomes a record, with an "error" and no "raw", so it reaches the
errors file in its place. Problems of a whole input (a missing file, a CSV
header with no "text" column, a file that is not WARC) raise InputError before
anything is written. Files are read one record at a time; nothing loads a
whole archive.
"""
from __future__ import annotations

import csv
import gzip
import json
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

from pipeline.read import MAX_BYTES, InputError

DEFAULT_GLOBS = ("*.txt", "*.md", "*.html")
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
META_FIELDS = ("lang", "published", "url", "title")
HTML_TYPES = ("text/html", "application/xhtml+xml")
csv.field_size_limit(MAX_BYTES)


@dataclass(frozen=True)
class Input:
    """One INPUT argument, resolved: its kind and the bytes it holds (None for stdin)."""

    name: str
    kind: str  # folder | jsonl | csv | warc | article
    size: Optional[int]


def resolve(name: str) -> Input:
    """What an INPUT argument is; InputError when it cannot be read at all."""
    if name == "-":
        return Input(name, "jsonl", None)
    path = Path(name)
    if not path.exists():
        raise InputError(f"{name}: no such file or folder")
    if path.is_dir():
        return Input(name, "folder", None)
    lower = path.name.lower()
    if lower.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")):
        kind = "jsonl"
    elif lower.endswith((".csv", ".csv.gz")):
        kind = "csv"
    elif lower.endswith((".warc", ".warc.gz")):
        kind = "warc"
    elif lower.endswith(ARTICLE_SUFFIXES):
        kind = "article"
    else:
        raise InputError(f"{name}: not a format batch reads (a folder, .jsonl, .csv, .warc[.gz], .txt/.md/.html)")
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise InputError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    if kind == "warc":
        _check_warc(name, path, head)
    if kind == "csv":
        _csv_columns(name, path)
    return Input(name, kind, path.stat().st_size)


def folder_size(name: str, globs: tuple[str, ...]) -> int:
    return sum(p.stat().st_size for p in folder_files(name, globs))


def folder_files(name: str, globs: tuple[str, ...]) -> list[Path]:
    root = Path(name)
    return sorted({p for g in globs for p in root.rglob(g) if p.is_file()})


def read_records(inp: Input, globs: tuple[str, ...] = DEFAULT_GLOBS) -> Iterator[dict]:
    if inp.kind == "folder":
        return _folder(inp.name, globs)
    return {"article": _article, "jsonl": _jsonl, "csv": _csv, "warc": _warc}[inp.kind](inp.name)


def record(rid, source: str, raw: Optional[bytes], size: int, html: bool = False, **meta) -> dict:
    out = {"id": rid, "source": source, "raw": raw, "size": size, "html": html}
    out.update({k: (meta.get(k) or None) for k in META_FIELDS})
    return out


def bad_record(rid, source: str, size: int, reason: str) -> dict:
    return {**record(rid, source, None, size), "error": reason}


# -- article files -----------------------------------------------------------------------
def _folder(name: str, globs: tuple[str, ...]) -> Iterator[dict]:
    root = Path(name)
    for path in folder_files(name, globs):
        rid = path.relative_to(root).with_suffix("").as_posix()
        yield _file_record(path, rid)


def _article(name: str) -> Iterator[dict]:
    yield _file_record(Path(name), Path(name).stem)


def _file_record(path: Path, rid: str) -> dict:
    size = path.stat().st_size
    if size > MAX_BYTES:
        return bad_record(rid, str(path), size, f"larger than {MAX_BYTES // (1024 * 1024)} MB; not a news article")
    return record(rid, str(path), path.read_bytes(), size)


# -- JSON Lines ------------------------------------------------------------------------------
def _open_binary(name: str):
    if name == "-":
        return sys.stdin.buffer
    return gzip.open(name, "rb") if name.lower().endswith(".gz") else open(name, "rb")


def _jsonl(name: str) -> Iterator[dict]:
    label = "<stdin>" if name == "-" else name
    fh = _open_binary(name)
    n = 0
    try:
        for n, line in enumerate(fh, 1):
            if line.strip():
                yield _jsonl_record(line, f"{label}:{n}")
    except (OSError, EOFError, zlib.error) as exc:  # a truncated or damaged .gz: what came before stands
        yield bad_record(None, f"{label}:{n + 1}", 0, f"the file cannot be read on from here ({exc or type(exc).__name__})")
    finally:
        if fh is not sys.stdin.buffer:
            fh.close()


def _jsonl_record(line: bytes, source: str) -> dict:
    try:
        obj = json.loads(line)
    except UnicodeDecodeError:
        return bad_record(None, source, len(line), "the line is not UTF-8")
    except json.JSONDecodeError as exc:
        return bad_record(_salvage_id(line), source, len(line), f"not a JSON object: {exc.msg} at column {exc.colno}")
    except (ValueError, RecursionError) as exc:  # a 5,000-digit number, arrays nested thousands deep
        return bad_record(_salvage_id(line), source, len(line), f"not a JSON object that can be read ({type(exc).__name__})")
    if not isinstance(obj, dict):
        return bad_record(None, source, len(line), "not a JSON object")
    return _fields_record(obj, source, len(line))


def _salvage_id(line: bytes) -> Optional[str]:
    """The id of a broken line when it can still be seen, so the errors file names the article."""
    head = line[:200].decode("utf-8", "replace")
    marker = '"id"'
    if marker in head:
        rest = head.split(marker, 1)[1].lstrip(" :")
        if rest.startswith('"') and '"' in rest[1:]:
            return rest[1:].split('"', 1)[0]
    return None


def _fields_record(obj: dict, source: str, size: int) -> dict:
    """A JSON object or CSV row with id, text and the optional metadata."""
    rid = obj.get("id")
    rid = str(rid) if rid not in (None, "") else None
    text = obj.get("text")
    meta = {k: obj.get(k) for k in META_FIELDS}
    if rid is None:
        return bad_record(None, source, size, 'no "id"')
    if not isinstance(text, str) or not text.strip():
        return bad_record(rid, source, size, 'no "text": nothing to check')
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError:
        return bad_record(rid, source, size, "the text is not valid Unicode (bad encoding)")
    bad_meta = next((k for k, v in meta.items() if v is not None and not isinstance(v, str)), None)
    if bad_meta:
        return bad_record(rid, source, size, f'"{bad_meta}" is not a string')
    # a lone surrogate ("\ud800") in the id or the metadata could not be written to the output
    unwritable = next((k for k, v in {"id": rid, **meta}.items() if v and not _encodable(v)), None)
    if unwritable:
        return bad_record(None if unwritable == "id" else rid, source, size, f'"{unwritable}" is not valid Unicode')
    return record(rid, source, raw, size, **meta)


def _encodable(value: str) -> bool:
    try:
        value.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


# -- CSV ---------------------------------------------------------------------------------------
def _open_text(name: str):
    # surrogateescape: a row with bytes that are not UTF-8 becomes that row's error, not the file's
    if name.lower().endswith(".gz"):
        return gzip.open(name, "rt", encoding="utf-8-sig", errors="surrogateescape", newline="")
    return open(name, encoding="utf-8-sig", errors="surrogateescape", newline="")


def _csv_columns(name: str, path: Path) -> list[str]:
    try:
        with _open_text(str(path)) as fh:
            header = next(csv.reader(fh), None)
    except (OSError, csv.Error, EOFError) as exc:
        raise InputError(f"{name}: cannot read the CSV header ({exc})") from None
    if not header:
        raise InputError(f"{name}: empty CSV file (the first line must name the columns id,text,...)")
    missing = [c for c in ("id", "text") if c not in header]
    if missing:
        raise InputError(f"{name}: the CSV header has no {' or '.join(repr(c) for c in missing)} column "
                         f"(columns: {', '.join(header[:10])})")
    return header


def _csv(name: str) -> Iterator[dict]:
    with _open_text(name) as fh:
        rows = csv.reader(fh)
        header = next(rows)
        while True:
            first_line = rows.line_num + 1
            try:
                row = next(rows)
            except StopIteration:
                return
            except csv.Error as exc:
                yield bad_record(None, f"{name}:{rows.line_num}", 0, f"broken CSV row: {exc}")
                continue
            source = f"{name}:{first_line}"
            size = sum(len(c) for c in row) + len(row)
            if len(row) != len(header):
                rid = row[header.index("id")] if len(row) > header.index("id") else None
                yield bad_record(rid or None, source, size, f"expected {len(header)} columns, found {len(row)}")
                continue
            obj = dict(zip(header, row))
            if any("\udc80" <= ch <= "\udcff" for ch in obj.get("text", "")):
                yield bad_record(obj.get("id") or None, source, size, "the text is not UTF-8 (bad encoding)")
                continue
            yield _fields_record(obj, source, size)


# -- WARC ----------------------------------------------------------------------------------------
def _warcio():
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        raise InputError("reading WARC needs the batch extra: pip install 'claimcheck[batch]'") from None
    return ArchiveIterator


def _check_warc(name: str, path: Path, head: bytes) -> None:
    _warcio()
    if head.startswith(b"\x1f\x8b"):
        try:
            with gzip.open(path, "rb") as fh:
                head = fh.read(8)
        except (OSError, EOFError):
            raise InputError(f"{name}: not a gzip-compressed WARC file") from None
    if not head.startswith(b"WARC/"):
        raise InputError(f"{name}: not a WARC file (it does not start with a WARC/1.x record)")


def _warc(name: str) -> Iterator[dict]:
    archive_iterator = _warcio()
    with open(name, "rb") as fh:
        records = archive_iterator(fh, arc2warc=True)
        try:
            yield from _warc_records(name, records)
        except Exception as exc:  # warcio's errors on a damaged crawl are of many kinds; the records before stand
            offset = records.get_record_offset() if hasattr(records, "get_record_offset") else "?"
            yield bad_record(None, f"{name}@{offset}", 0, f"the WARC file cannot be read on from here "
                                                          f"({type(exc).__name__}: {str(exc)[:80]})")


def _warc_records(name: str, records) -> Iterator[dict]:
    for rec in records:
        if rec.rec_type != "response" or rec.http_headers is None:
            continue
        content_type = (rec.http_headers.get_header("Content-Type") or "").lower()
        if not content_type.startswith(HTML_TYPES):
            continue  # images, scripts, feeds: a crawl is mostly not articles
        url = rec.rec_headers.get_header("WARC-Target-URI")
        date = (rec.rec_headers.get_header("WARC-Date") or "")[:10] or None
        raw = rec.content_stream().read(MAX_BYTES + 1)
        source = f"{name}@{records.get_record_offset()}"
        size = len(raw)
        if len(raw) > MAX_BYTES:
            yield bad_record(url, source, size, f"larger than {MAX_BYTES // (1024 * 1024)} MB")
        else:
            yield record(url, source, raw, size, html=True, url=url, published=date)


def html_main_text(html: str) -> str:
    """The article text of a crawled page: the main content, paragraphs kept, menus and footers dropped."""
    from resiliparse.extract.html2text import extract_plain_text
    return extract_plain_text(html, preserve_formatting=True, main_content=True, list_bullets=False,
                              alt_texts=False)
