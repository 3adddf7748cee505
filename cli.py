"""The command line: parse options, call `pipeline`, render. No logic of its own.

    claimcheck check article.txt [--format text|json|markdown] [--lang nb] [--published 2025-11-12]
    claimcheck numbers article.txt | claimcheck numbers --jsonl cases.jsonl
    check article.txt            (the same as `claimcheck check`)
    claimcheck review [--store review.sqlite] [--list | --export FILE]   (the editors' desk; review/)
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from pipeline import (LANGUAGES, InputError, SourceError, check_article, description, listing, load_article,
                      load_store, open_store, read_numbers, validation)
from pipeline.read import clean, decode, read_input
from pipeline.render import print_text, to_json, to_markdown
from review.store import StoreError, default_store_path, save_results

try:  # typer 0.2x carries its own copy of click; older releases use click itself
    from typer._click import exceptions as click_exceptions
except ImportError:  # pragma: no cover - typer < 0.2x
    from click import exceptions as click_exceptions

app = typer.Typer(help="Check numeric claims about company finances in news articles against reference data.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)


class Format(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"


def fail(message: str) -> None:
    """Bad input or usage: one line on stderr, exit status 2."""
    typer.echo(f"claimcheck: {message}", err=True)
    raise typer.Exit(2)


def parse_date(value: Optional[str]) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(f"--published: {value!r} is not a date (use YYYY-MM-DD)")


def check_language(lang: Optional[str]) -> Optional[str]:
    if lang is not None and lang not in LANGUAGES:
        fail(f"--lang: {lang!r} is not supported (one of {', '.join(LANGUAGES)})")
    return lang


@app.command()
def check(
    files: List[str] = typer.Argument(..., help="Article files (plain text, Markdown or HTML); '-' reads stdin."),
    format: Format = typer.Option(Format.text, "--format", "-f", help="text (a table), json (the contract), markdown."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Language: en, nb or de (default: detected)."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD, for 'last quarter'."),
    spacy_model: Optional[str] = typer.Option(None, "--spacy-model", help="An installed trained spaCy pipeline to use."),
    store: Optional[str] = typer.Option(None, "--store", help="Also write the results into this review store (SQLite)."),
    to_review: bool = typer.Option(False, "--to-review", help="Also write the results into the store `claimcheck "
                                   "review` opens by default ($CLAIMCHECK_STORE or review.sqlite in the user's data "
                                   "directory)."),
    sources: Optional[List[Path]] = typer.Option(None, "--sources", help="Your own reference facts: a CSV or YAML file, "
                                                 "or a folder of them (repeatable), beside the bundled leak."),
    trust: Optional[List[str]] = typer.Option(None, "--trust", help="Only this source decides verdicts (repeatable; "
                                              "default: all); the others' findings are still shown."),
) -> None:
    """Check every numeric claim in the articles. Exit 0: nothing contradicted; 1: something is; 2: bad input."""
    lang = check_language(lang)
    date = parse_date(published)
    if files.count("-") > 1:
        fail("standard input ('-') can be read only once")
    for name in files:  # (a name from a Latin-1 shell: no JSON output nor review store can hold it)
        if not _writable(name):
            fail(f"{name.encode('utf-8', 'surrogateescape').decode('utf-8', 'replace')}: the file name is not valid UTF-8")
    if to_review and store is not None:
        fail("--store and --to-review name two stores: give one")
    if to_review:
        store = str(default_store_path())
    try:  # every input is read before anything is printed: a bad one stops the run with no output
        references = open_store(sources or [], trust or [])
        articles = [load_article(name, lang, date, spacy_model) for name in files]
        results = [(check_article(a.text, a.meta, store=references, raw=a.raw), a.text) for a in articles]
    except InputError as exc:
        fail(str(exc))
    except ValueError as exc:
        fail(str(exc))
    if store is not None:  # before any output: a store that cannot be written stops the run with none
        try:
            save_results(store, results, references)
        except StoreError as exc:
            fail(str(exc))
    if format is Format.json:
        pretty = len(results) == 1
        sys.stdout.write("\n".join(to_json(r, pretty) for r, _ in results) + "\n")
    elif format is Format.markdown:
        sys.stdout.write("\n".join(to_markdown(r) for r, _ in results))
    else:
        # Piped output gets room for the table; a terminal keeps its own width.
        console = Console(width=None if sys.stdout.isatty() else 160)
        for r, text in results:
            print_text(r, text, console)
    if any(r.summary.contradicted for r, _ in results):
        raise typer.Exit(1)


@app.command()
def numbers(
    file: str = typer.Argument("-", help="A text, Markdown or HTML file (HTML read as its visible text, as by "
                               "check), or JSON Lines with --jsonl; '-' reads stdin."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Language: en, nb or de (default: detected)."),
    jsonl: bool = typer.Option(False, "--jsonl", help='Input lines are {"id", "text", "lang"}; output carries the id.'),
) -> None:
    """Every numeric expression read, claim or not: one JSON object per line."""
    lang = check_language(lang)
    try:
        label, raw = read_input(file)
        text = decode(raw, label)
    except InputError as exc:
        fail(str(exc))
    lines = []
    if jsonl:
        for n, line in enumerate(text.split("\n"), 1):  # (not splitlines: U+2028 may stand raw in a JSON string)
            if not line.strip():
                continue
            try:
                case = json.loads(line)
                case_text, case_lang, case_id = case["text"], case.get("lang") or lang, case.get("id")
            except (json.JSONDecodeError, KeyError, TypeError, AttributeError):
                fail(f"{label}: line {n}: expected a JSON object with \"text\" (and \"id\", \"lang\")")
            except (ValueError, RecursionError) as exc:  # a number of 5,000 digits, arrays nested 100,000 deep
                fail(f"{label}: line {n}: not JSON that can be read ({type(exc).__name__})")
            if not isinstance(case_text, str):
                fail(f"{label}: line {n}: \"text\" must be a string")
            if case_id is not None and (isinstance(case_id, bool) or not isinstance(case_id, (str, int))):
                fail(f"{label}: line {n}: \"id\" must be a string or a whole number")
            if not _writable(json.dumps(case_id, ensure_ascii=False)):
                fail(f"{label}: line {n}: \"id\" is not valid Unicode")
            if case_lang is not None and case_lang not in LANGUAGES:
                fail(f"{label}: line {n}: language {case_lang!r} is not supported")
            for m in read_numbers(case_text, case_lang):
                lines.append(json.dumps({"id": case_id, **m.contract()}, ensure_ascii=False))
    else:  # HTML becomes its visible text, as for `check`: spans index the same text in both
        lines = [json.dumps(m.contract(), ensure_ascii=False) for m in read_numbers(clean(text), lang)]
    if lines:
        sys.stdout.write("\n".join(lines) + "\n")


@app.command()
def batch(
    inputs: List[str] = typer.Argument(..., help="Folders, .jsonl, .csv, .warc[.gz] or article files; "
                                       "'-' reads JSON Lines from stdin."),
    out: Path = typer.Option(..., "--out", "-o", help="Output: a JSON Lines file, or a folder with --format parquet."),
    format: str = typer.Option("jsonl", "--format", "-f", help="jsonl (contract documents) or parquet "
                               "(articles, claims, findings tables)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help="Worker processes (default: all cores)."),
    engine: str = typer.Option("local", "--engine", help="local (process pool) or dask."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address, e.g. "
                                            "tcp://10.0.0.5:8786 (default: a LocalCluster)."),
    resume: bool = typer.Option(False, "--resume", help="Skip articles already in the output (same id and content)."),
    errors: Optional[Path] = typer.Option(None, "--errors", help="Records that failed (default: next to --out)."),
    summary: List[Path] = typer.Option([], "--summary", help="Archive summary: Markdown, or JSON for a .json "
                                       "name; may be given twice."),
    glob: List[str] = typer.Option([], "--glob", help="File patterns inside folders (default *.txt, *.md, *.html)."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Language for records that do not give one."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date for records without one."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no final line (for cron)."),
    record_timeout: float = typer.Option(120.0, "--record-timeout", help="Seconds one record may take; past it the "
                                         "record goes to the errors file (0: no limit)."),
) -> None:
    """Check an archive in parallel, resumably. Exit 0: nothing contradicted; 1: contradictions found;
    3: some records failed (see the errors file); 2: bad input; 130: interrupted (rerun with --resume)."""
    from pipeline.batch import BatchOptions, run_batch

    options = BatchOptions(inputs=inputs, out=out, format=format, jobs=jobs, engine=engine, scheduler=scheduler,
                           resume=resume, errors=errors, summaries=summary, globs=tuple(glob) or BatchOptions.globs,
                           lang=lang, published=parse_date(published), quiet=quiet, record_timeout=record_timeout)
    try:
        report = run_batch(options)
    except (InputError, RuntimeError) as exc:
        fail(str(exc))
    except OSError as exc:  # the disk filled, a folder vanished while the run put its files in place
        fail(f"{exc.filename}: {exc.strerror}" if exc.filename else str(exc))
    if not quiet or report.exit_status == 130:
        typer.echo(report.message, err=True)
    raise typer.Exit(report.exit_status)


@app.command()
def review(
    store: Optional[Path] = typer.Option(None, "--store", help="The review store (default: $CLAIMCHECK_STORE or "
                                         "review.sqlite in the user's data directory)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on; any but loopback needs --token."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    token: Optional[str] = typer.Option(None, "--token", help="Shared token every request must carry "
                                        "(or CLAIMCHECK_REVIEW_TOKEN)."),
    reviewer: Optional[str] = typer.Option(None, "--reviewer", help="Name in the audit trail (or CLAIMCHECK_REVIEWER; "
                                           "default: the login name; each browser can set its own)."),
    author: Optional[str] = typer.Option(None, "--author", help="Organisation named in ClaimReview exports."),
    list_queue: bool = typer.Option(False, "--list", help="Print the queue in the terminal instead of serving."),
    filters: List[str] = typer.Option([], "--filter", help="With --list: NAME=VALUE, NAME one of verdict, language, "
                                      "entity, metric, source, decision ('any' for all)."),
    export: Optional[str] = typer.Option(None, "--export", help="Write the decisions to FILE ('-' for stdout)."),
    export_format: Optional[str] = typer.Option(None, "--export-format", help="csv, json or claimreview "
                                                "(default: from the file's extension)."),
    sources: Optional[List[Path]] = typer.Option(None, "--sources", help="Reference files beside the bundled leak "
                                                 "that corrected claims are checked against (as for check)."),
    trust: Optional[List[str]] = typer.Option(None, "--trust", help="Only this source decides a corrected claim's "
                                              "verdict (repeatable)."),
) -> None:
    """The editors' review desk: a local web page to confirm, dismiss or correct flagged claims."""
    from review.command import ReviewOptions, ReviewUsageError, run

    try:
        run(ReviewOptions(store=store, host=host, port=port, token=token, reviewer=reviewer, author=author,
                          list_queue=list_queue, filters=filters, export=export, export_format=export_format,
                          sources=sources or [], trust=trust or []))
    except (ReviewUsageError, StoreError) as exc:
        fail(str(exc))
    except sqlite3.DatabaseError as exc:  # damaged pages found only when read ("database disk image is malformed")
        fail(f"{store or 'the review store'}: not a usable review store ({exc})")
    except UnicodeError as exc:  # a --host whose labels IDNA refuses ("a..b"), a --filter not valid UTF-8
        fail(f"not a valid host name or value ({exc})")


sources_app = typer.Typer(help="The reference data: list, show and validate sources.", no_args_is_help=True)
app.add_typer(sources_app, name="sources")
EXTRA_SOURCES = typer.Option(None, "--sources", help="Also load these files or folders.")


@sources_app.command("list")
def sources_list(sources: Optional[List[Path]] = EXTRA_SOURCES) -> None:
    """Every source loaded: name, number of facts, title, who reported it, file."""
    try:
        typer.echo("\n".join(listing(load_store(sources or []))))
    except SourceError as exc:
        fail(str(exc))


@sources_app.command("show")
def sources_show(name: str = typer.Argument(..., help="A source name, as `sources list` prints it."),
                 sources: Optional[List[Path]] = EXTRA_SOURCES) -> None:
    """One source's facts, and the formulas and relations loaded."""
    try:
        typer.echo("\n".join(description(load_store(sources or []), name)))
    except SourceError as exc:
        fail(str(exc))


@sources_app.command("validate")
def sources_validate(paths: List[Path] = typer.Argument(..., help="CSV or YAML files, or folders of them.")) -> None:
    """Check files as `check --sources` would load them. Exit 0: all usable; 2: the first bad row."""
    try:
        typer.echo("\n".join(validation(paths)))
    except SourceError as exc:
        fail(str(exc))


check_app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
check_app.command()(check)


def main() -> None:
    _guarded(app)


def check_main() -> None:
    _guarded(check_app)


def _writable(text: str) -> bool:
    try:
        text.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def _guarded(command: typer.Typer) -> None:
    """A disk that fills up or a closed standard output: one line and exit 2 (1 would read as "contradictions
    found"), not a traceback."""
    if sys.stdout is None:
        typer.echo("claimcheck: standard output is closed", err=True)
        raise SystemExit(2)
    try:
        status = command(standalone_mode=False)
    except click_exceptions.NoArgsIsHelpError:  # the help is already printed
        raise SystemExit(2)
    except click_exceptions.ClickException as exc:  # a usage error: one line, not click's boxed usage block
        raise SystemExit(_usage_error(exc))
    except (typer.Abort, getattr(click_exceptions, "Abort", typer.Abort)):  # end of input or Ctrl-C where click reads a prompt
        typer.echo("claimcheck: interrupted", err=True)
        raise SystemExit(130)
    except BrokenPipeError:  # "| head": the reader has what it wanted
        sys.stdout = None
        raise SystemExit(0)
    except OSError as exc:
        typer.echo(f"claimcheck: cannot write the output ({exc.strerror or exc})", err=True)
        raise SystemExit(2)
    raise SystemExit(status if isinstance(status, int) else 0)


def _usage_error(exc: click_exceptions.ClickException) -> int:
    """`claimcheck: No such option: --bogus (see 'claimcheck check --help')` and exit status 2."""
    ctx = getattr(exc, "ctx", None)
    hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
    message = " ".join(exc.format_message().split())
    typer.echo(f"claimcheck: {message}{hint}", err=True)
    return 2


if __name__ == "__main__":
    main()
