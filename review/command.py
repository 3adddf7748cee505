"""`claimcheck review`: start the desk, or (--list, --export) answer in the terminal
for editors on a server with no browser. cli.py parses the options and calls `run`."""
from __future__ import annotations

import os
import socket
import sys
import tempfile
from pathlib import Path
from typing import Optional

from pydantic import BaseModel, ValidationError
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from pipeline.render import COLOURS
from review.export import EXPORT_FORMATS, export
from review.records import QueueFilter
from review.store import FACETS, ReviewStore, StoreError, default_store_path
from sources.schema import SourceError
from sources.store import open_store

EXTENSIONS = {".csv": "csv", ".json": "json", ".jsonld": "claimreview"}


class ReviewUsageError(Exception):
    """Bad options: cli.py prints the one line and exits 2."""


class ReviewOptions(BaseModel):
    store: Optional[Path] = None
    host: str = "127.0.0.1"
    port: int = 8000
    token: Optional[str] = None
    reviewer: Optional[str] = None
    author: Optional[str] = None
    list_queue: bool = False
    export: Optional[str] = None
    export_format: Optional[str] = None
    filters: list[str] = []
    sources: list[Path] = []
    trust: list[str] = []


def run(options: ReviewOptions) -> None:
    refuse_unused_options(options)
    path = options.store or default_store_path()
    if options.list_queue or options.export:
        filters, fmt = parse_filters(options.filters), export_format(options) if options.export else None
        load_references(options)  # unused in the terminal, but a bad --sources is as bad here
        store = ReviewStore(path, create=False)
        if options.export:
            write_export(store, options.export, fmt, options.author)
        if options.list_queue:
            print_queue(store, filters, Console(width=None if sys.stdout.isatty() else 160))
        return
    serve(options, path)


def refuse_unused_options(options: ReviewOptions) -> None:
    """An option that the chosen mode would ignore is a mistake the editor should hear of:
    `--filter` without `--list` would start the desk as if the filter applied."""
    if options.filters and not options.list_queue:
        raise ReviewUsageError("--filter: only with --list (the desk's page has its own filters)")
    if options.export_format and not options.export:
        raise ReviewUsageError("--export-format: only with --export FILE")


def load_references(options: ReviewOptions) -> None:
    try:
        open_store(options.sources, options.trust)
    except SourceError as exc:
        raise ReviewUsageError(str(exc)) from None


def export_format(options: ReviewOptions) -> str:
    suffix = Path(options.export or "").suffix.lower()
    if not options.export_format and suffix and suffix not in EXTENSIONS:
        raise ReviewUsageError(f"--export: no format is known by the extension {suffix!r} "
                               f"(use {', '.join(EXTENSIONS)} or --export-format)")
    fmt = options.export_format or EXTENSIONS.get(suffix, "json")
    if fmt not in EXPORT_FORMATS:
        raise ReviewUsageError(f"--export-format: {fmt!r} is not one of {', '.join(EXPORT_FORMATS)}")
    return fmt


def write_export(store: ReviewStore, target: str, fmt: str, author: Optional[str]) -> None:
    """The whole export or nothing: written beside the target, then renamed over it. A target that is no
    regular file (/dev/null, a named pipe) is written to as it is: a rename would replace the device or the
    pipe with a file. A symbolic link is followed."""
    body = export(store, fmt, **({"author": author} if author else {}))
    if target == "-":
        sys.stdout.write(body)
        return
    path = Path(target).resolve() if Path(target).is_symlink() else Path(target)
    if path.is_dir():
        raise ReviewUsageError(f"--export: {target} is a directory")
    tmp = None
    try:
        if path.exists() and not path.is_file():
            with open(path, "w", encoding="utf-8", newline="") as out:
                out.write(body)
            return
        fd, tmp = tempfile.mkstemp(dir=path.parent if str(path.parent) else ".", prefix=f".{path.name}.")
        os.fchmod(fd, 0o666 & ~_umask())  # as a file the editor's shell would make (mkstemp makes 0600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            out.write(body)
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise ReviewUsageError(f"--export: cannot write {target}: {exc.strerror or exc}") from None
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)  # a disk that filled up gets no half-written file back


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def parse_filters(pairs: list[str]) -> QueueFilter:
    """--filter verdict=any --filter decision=open (the queue's default: contradicted claims)."""
    values = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or name not in FACETS:
            raise ReviewUsageError(f"--filter: {pair!r} is not NAME=VALUE with NAME one of {', '.join(FACETS)}")
        values[name] = value
    try:
        return QueueFilter(**values)
    except ValidationError as exc:
        raise ReviewUsageError(f"--filter: {exc.errors()[0]['msg'].removeprefix('Value error, ')}") from None


def print_queue(store: ReviewStore, filters: QueueFilter, console: Console) -> None:
    rows = store.queue(filters)
    total = store.count(filters)
    shown = ", ".join(f"{k}={v}" for k, v in filters.model_dump().items() if v is not None) or "all claims"
    console.print(Text(f"{store.path}  ·  {shown}  ·  {total} claim{'' if total == 1 else 's'}", style="bold"))
    if not rows:
        return
    table = Table(box=box.SIMPLE_HEAVY, expand=True)
    for name, ratio in (("Article", 2), ("Figure", 2), ("Reading", 3), ("Verdict", 1), ("Decision", 1), ("Key", 2)):
        table.add_column(name, ratio=ratio)
    for r in rows:
        state = r.state + (" · corrected" if r.corrected else "")
        table.add_row(f"{r.article_id}\n{r.language} · {r.published or r.first_seen[:10]}", r.value_text,
                      f"{r.entity or '?'} · {r.metric or '?'} · {r.period or 'no period'}",
                      Text(r.verdict, style=COLOURS[r.verdict]), state, f"{r.key.sha256[:12]}:{r.key.slug()}")
    console.print(table)


def serve(options: ReviewOptions, path: Path) -> None:
    try:
        import uvicorn

        from review.app import DeskSettings, create_app
        from review.security import TOKEN_ENV, check_token_rule
    except ImportError as exc:
        raise ReviewUsageError(f"the review desk needs the `review` extra ({exc.name} is missing): "
                               "pip install 'claimcheck[review]'") from None
    token = options.token or os.environ.get(TOKEN_ENV) or None
    problem = check_token_rule(options.host, token)
    if problem:
        raise ReviewUsageError(problem)
    if not 0 < options.port < 65536:
        raise ReviewUsageError(f"--port: {options.port} is not a port number")
    refuse_busy_port(options.host, options.port)
    settings = DeskSettings(store=path, reviewer=options.reviewer, token=token, host=options.host,
                            author=options.author, sources=options.sources, trust=options.trust)
    load_references(options)  # a bad reference file stops the desk before it serves
    app = create_app(settings)
    shown_host = f"[{options.host}]" if ":" in options.host else options.host
    print(f"claimcheck review desk: http://{shown_host}:{options.port}/{'?token=…' if token else ''}  "
          f"(store {path}; Ctrl-C stops)", file=sys.stderr, flush=True)
    uvicorn.run(app, host=options.host, port=options.port, log_level="warning", server_header=False)


def refuse_busy_port(host: str, port: int) -> None:
    """One clear line instead of uvicorn's log when the address cannot be had."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        with socket.socket(infos[0][0], socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(infos[0][4])
    except OSError as exc:
        raise ReviewUsageError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


__all__ = ["ReviewOptions", "ReviewUsageError", "StoreError", "run"]
