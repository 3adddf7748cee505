"""`claimcheck batch`: check every article of an archive, in parallel, resumably.

The work per record is one pure function, `check_record(dict) -> dict`, that
calls `pipeline.check_article`; engines (batch_engines.py) run it in this
process, on a process pool or on Dask, and hand the results back in input
order. This module reads the inputs, skips what a previous run finished,
writes the journal and the errors, and finishes the outputs atomically.

Files, for `--out OUT`:
  OUT.partial          the journal: one contract document per line, appended and
                       flushed as results arrive. It is JSON Lines whatever --format.
  ERRORS.partial       the records that failed, one JSON line each (id, source, reason).
  OUT                  appears only when the run finishes: the journal renamed
                       (JSONL), or the three Parquet tables built from it. A killed
                       run leaves OUT.partial and never a truncated OUT.
`--resume` reads OUT.partial (or a finished JSONL OUT), drops a torn last line,
and skips every record whose id and content hash are already there; records
that failed are tried again.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import hashlib
import json
import os
import shutil
import signal
import sys
import math
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional

from claims.lang import LANGUAGES
from pipeline.batch_engines import make_engine
from pipeline.batch_inputs import DEFAULT_GLOBS, folder_size, html_main_text, read_records, resolve
from pipeline.batch_progress import Progress
from pipeline.check import READ_DEADLINE, ArticleInput, check_article
from pipeline.read import InputError, decode

CHUNK_RECORDS = 16
CHUNK_BYTES = 1 << 20
# Exit status of batch (README "Batch"): contradictions found is 1 as for `check`;
# failed records win over it, as they need a person to look.
EXIT_OK, EXIT_CONTRADICTED, EXIT_BAD_INPUT, EXIT_FAILED, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


DEFAULT_RECORD_TIMEOUT = 120.0  # a news article takes milliseconds; a record past this is hostile


@dataclass
class BatchOptions:
    inputs: list[str]
    out: Path
    format: str = "jsonl"  # jsonl | parquet
    jobs: Optional[int] = None
    engine: str = "local"  # local | dask
    scheduler: Optional[str] = None
    resume: bool = False
    errors: Optional[Path] = None
    summaries: list[Path] = field(default_factory=list)
    globs: tuple[str, ...] = DEFAULT_GLOBS
    lang: Optional[str] = None
    published: Optional[dt.date] = None
    quiet: bool = False
    record_timeout: Optional[float] = DEFAULT_RECORD_TIMEOUT  # seconds per record; None or 0: no limit

    @property
    def journal(self) -> Path:
        return self.out.with_name(self.out.name + ".partial")

    @property
    def errors_path(self) -> Path:
        if self.errors:
            return self.errors
        stem = self.out.name[:-len(".jsonl")] if self.out.name.endswith(".jsonl") else self.out.name
        return self.out.with_name(stem + ".errors.jsonl")


@dataclass
class Tally:
    articles: int = 0
    claims: int = 0
    contradicted: int = 0
    failed: int = 0
    resumed: int = 0

    def add_doc(self, claims: int, contradicted: int) -> None:
        self.articles += 1
        self.claims += claims
        self.contradicted += contradicted


@dataclass
class BatchReport:
    tally: Tally
    seconds: float
    exit_status: int
    message: str


# -- the work per record -------------------------------------------------------------------
def check_record(record: dict, lang: Optional[str] = None, published: Optional[str] = None,
                 timeout: Optional[float] = None) -> dict:
    """One record in, one plain dict out: {"json": the contract line, ...} or {"error": {...}}.
    With `timeout`, reading stops with an error once the record has taken that many seconds."""
    base = {"size": record["size"]}
    if record.get("error"):
        return {**base, "error": failure(record, record["error"])}
    budget = READ_DEADLINE.set((time.monotonic() + timeout, timeout) if timeout else None)
    try:
        doc = check_document(record, lang, published)
    except InputError as exc:
        return {**base, "error": failure(record, str(exc).split(": ", 1)[-1])}
    except Exception as exc:  # a bug must cost one record, not the archive
        return {**base, "error": failure(record, f"internal error: {type(exc).__name__}: {exc}")}
    finally:
        READ_DEADLINE.reset(budget)
    s = doc["summary"]
    return {**base, "json": json.dumps(doc, ensure_ascii=False), "claims": s["claims"],
            "contradicted": s["contradicted"]}


def check_document(record: dict, lang: Optional[str], published: Optional[str]) -> dict:
    text = decode(record["raw"], record["source"])
    if record["html"]:
        text = html_main_text(text)
        if not text.strip():
            raise InputError(f"{record['source']}: no article text in the page")
    language = record["lang"] or lang
    if language is not None and language not in LANGUAGES:
        raise InputError(f"{record['source']}: language {language!r} is not supported")
    meta = ArticleInput(id=record["id"], path=record["source"], language=language,
                        published=parse_published(record["published"] or published, record["source"]))
    doc = check_article(text, meta, raw=record["raw"]).contract()
    doc["article"].update({k: record[k] for k in ("url", "title") if record[k]})
    return doc


def parse_published(value: Optional[str], source: str) -> Optional[dt.date]:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise InputError(f"{source}: published {value!r} is not a date (YYYY-MM-DD)") from None


def failure(record: dict, reason: str) -> dict:
    return {"id": record["id"], "source": record["source"], "reason": reason}


class RecordChecker:
    """`check_record` over a chunk, with the run's defaults; picklable for pools and Dask."""

    def __init__(self, lang: Optional[str], published: Optional[dt.date], timeout: Optional[float] = None):
        self.lang = lang
        self.published = published.isoformat() if published else None
        self.timeout = timeout or None

    def __call__(self, chunk: list[dict]) -> list[dict]:
        return [check_record(r, self.lang, self.published, self.timeout) for r in chunk]


def content_key(record: dict) -> Optional[tuple[str, str]]:
    if record.get("raw") is None:
        return None
    return (record["id"], hashlib.sha256(record["raw"]).hexdigest())


# -- the run -----------------------------------------------------------------------------------
def run_batch(opts: BatchOptions) -> BatchReport:
    """InputError for bad input or usage (nothing written); otherwise a report with the exit status."""
    inputs = check_options(opts)
    started = time.monotonic()
    tally = Tally()
    with output_lock(opts):  # held until the outputs are in place: a second run on the same --out stops at once
        engine = make_engine(opts.engine, opts.jobs, opts.scheduler)  # (a scheduler that cannot be reached: no file)
        try:
            journal = open_output(opts.journal, "a")
            done = resume_journal(opts, tally) if opts.resume else start_journal(opts)
            errors = open_output(partial(opts.errors_path), "w")
        except BaseException:
            engine.close()
            raise
        interrupted = False
        previous = signal.signal(signal.SIGTERM, _terminate)
        try:
            with journal, errors, Progress(total_bytes(inputs, opts.globs), opts.quiet) as progress:
                records = skip_done(all_records(inputs, opts.globs), done, tally, progress)
                checker = RecordChecker(opts.lang, opts.published, opts.record_timeout)
                for results in engine.map_ordered(checker, chunked(records)):
                    write_results(results, journal, errors, tally, progress)
        except KeyboardInterrupt:
            interrupted = True
        finally:
            signal.signal(signal.SIGTERM, previous)
            engine.close()
        if interrupted:
            return BatchReport(tally, time.monotonic() - started, EXIT_INTERRUPTED,
                               f"interrupted after {tally.articles} articles; the finished part is in "
                               f"{opts.journal}: run the same command with --resume to continue")
        from pipeline.batch_output import finish
        finish(opts, tally)
    return BatchReport(tally, time.monotonic() - started, exit_status(tally), final_line(opts, tally, started))


def check_options(opts: BatchOptions) -> list:
    if opts.record_timeout is not None and not (opts.record_timeout >= 0 and math.isfinite(opts.record_timeout)):
        raise InputError(f"--record-timeout: {opts.record_timeout!r} is not a number of seconds (0 for no limit)")
    if opts.engine not in ("local", "dask"):
        raise InputError(f"--engine: {opts.engine!r} is not an engine (local or dask)")
    if opts.scheduler and opts.engine != "dask":
        raise InputError("--scheduler needs --engine dask")
    if opts.format not in ("jsonl", "parquet"):
        raise InputError(f"--format: {opts.format!r} is not an output format (jsonl or parquet)")
    if opts.jobs is not None and opts.jobs < 1:
        raise InputError("--jobs: must be 1 or more")
    if opts.lang is not None and opts.lang not in LANGUAGES:
        raise InputError(f"--lang: {opts.lang!r} is not supported (one of {', '.join(LANGUAGES)})")
    if opts.inputs.count("-") > 1:
        raise InputError("standard input ('-') can be read only once")
    check_output_path(opts.out, "--out")
    check_output_path(opts.errors_path, "--errors")
    for path in opts.summaries:
        check_output_path(path, "--summary")
    if opts.format == "parquet":
        from pipeline.batch_output import require_pyarrow
        require_pyarrow()
    return [resolve(name) for name in opts.inputs]


def check_output_path(path: Path, option: str) -> None:
    """A file name in a folder that exists and can be written to."""
    if path.name in ("", ".", ".."):
        raise InputError(f"{option}: {str(path) or '(empty)'} names no file")
    if path.is_dir():
        raise InputError(f"{option}: {path} is a folder; name a file in it")
    if not path.parent.is_dir():
        raise InputError(f"{option}: the folder {path.parent} does not exist")
    if not os.access(path.parent, os.W_OK):
        raise InputError(f"{option}: the folder {path.parent} cannot be written to")


def total_bytes(inputs, globs) -> Optional[int]:
    sizes = [i.size if i.kind != "folder" else folder_size(i.name, globs) for i in inputs]
    return None if None in sizes else sum(sizes)


def all_records(inputs, globs) -> Iterator[dict]:
    for inp in inputs:
        yield from read_records(inp, globs)


def chunked(records: Iterable[dict]) -> Iterator[list[dict]]:
    """Consecutive records of one input file, up to CHUNK_RECORDS or CHUNK_BYTES."""
    chunk, size, source = [], 0, None
    for r in records:
        origin = r["source"].rsplit(":", 1)[0].rsplit("@", 1)[0]
        if chunk and (len(chunk) >= CHUNK_RECORDS or size >= CHUNK_BYTES or origin != source):
            yield chunk
            chunk, size = [], 0
        chunk.append(r)
        size += r["size"]
        source = origin
    if chunk:
        yield chunk


def skip_done(records: Iterable[dict], done: Counter, tally: Tally, progress: Progress) -> Iterator[dict]:
    for r in records:
        key = content_key(r) if done else None
        if key is not None and done[key] > 0:
            done[key] -= 1
            tally.resumed += 1
            progress.advance(r["size"], 0)
            continue
        yield r


def write_results(results: list[dict], journal, errors, tally: Tally, progress: Progress) -> None:
    for r in results:
        if "error" in r:
            errors.write(json.dumps(r["error"], ensure_ascii=False) + "\n")
            tally.failed += 1
        else:
            journal.write(r["json"] + "\n")
            tally.add_doc(r["claims"], r["contradicted"])
        progress.advance(r["size"], 1)
    journal.flush()
    errors.flush()


# -- the journal ----------------------------------------------------------------------------------
def partial(path: Path) -> Path:
    return path.with_name(path.name + ".partial")


def start_journal(opts: BatchOptions) -> Counter:
    if opts.journal.stat().st_size and not opts.quiet:
        print(f"claimcheck: starting over; {opts.journal} from an earlier run is replaced "
              f"(use --resume to continue it)", file=sys.stderr)
    os.truncate(opts.journal, 0)
    return Counter()


def resume_journal(opts: BatchOptions, tally: Tally) -> Counter:
    """(id, sha256) of every article already written, as a multiset; a torn last line is cut off."""
    if not opts.journal.stat().st_size and opts.format == "jsonl" and opts.out.is_file():
        shutil.copyfile(opts.out, opts.journal)  # a finished run: check only what is new
    done: Counter = Counter()
    good_end = 0
    with open(opts.journal, "rb") as fh:
        for line in fh:
            doc = _journal_doc(line)
            if doc is None:
                break
            article = doc["article"]
            done[(article["id"], article["sha256"])] += 1
            tally.add_doc(doc["summary"]["claims"], doc["summary"]["contradicted"])
            good_end += len(line)
    with open(opts.journal, "r+b") as fh:
        fh.truncate(good_end)
    return done


def _journal_doc(line: bytes) -> Optional[dict]:
    if not line.endswith(b"\n"):
        return None  # the run was killed while writing this line
    try:
        doc = json.loads(line)
        doc["article"]["id"], doc["article"]["sha256"], doc["summary"]["claims"]
        return doc
    except (ValueError, KeyError, TypeError):
        return None


@contextlib.contextmanager
def output_lock(opts: BatchOptions) -> Iterator[None]:
    """An exclusive lock on a file beside the output that is never renamed (the journal is, when the
    run finishes: a lock on it would let a second run start while the first puts its files in place).
    The lock file goes when the run ends; a run that locked a file already removed checks the name again."""
    path = opts.out.with_name(f".{opts.out.name}.lock")
    try:
        fh = open(path, "a", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"--out: cannot write in {opts.out.parent} ({exc.strerror or exc})") from None
    with fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            if os.fstat(fh.fileno()).st_ino != os.stat(path).st_ino:
                raise OSError  # the run before removed it between our open and our lock
        except OSError:
            raise InputError(f"{opts.out}: another batch run is writing this output") from None
        try:
            yield
        finally:
            path.unlink(missing_ok=True)  # (still locked: a run that opened it now finds the name gone)


def open_output(path: Path, mode: str):
    try:
        return open(path, mode, encoding="utf-8")
    except OSError as exc:  # /proc, a read-only mount, a file in the way
        raise InputError(f"{path}: cannot be written ({exc.strerror or exc})") from None


def _terminate(signum, frame):
    raise KeyboardInterrupt  # SIGTERM ends the run the way Ctrl-C does: the journal is kept


# -- the end ----------------------------------------------------------------------------------------
def exit_status(tally: Tally) -> int:
    if tally.failed:
        return EXIT_FAILED
    return EXIT_CONTRADICTED if tally.contradicted else EXIT_OK


def final_line(opts: BatchOptions, tally: Tally, started: float) -> str:
    seconds = time.monotonic() - started
    parts = [f"{tally.articles} articles checked ({tally.resumed} already done)" if tally.resumed
             else f"{tally.articles} articles checked",
             f"{tally.claims} claims", f"{tally.contradicted} contradicted",
             f"{tally.failed} failed" + (f" (see {opts.errors_path})" if tally.failed else ""),
             f"{seconds:.1f} s"]
    return f"{opts.out}: " + ", ".join(parts)
