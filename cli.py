"""The command line: parse options, call `pipeline`, render. No logic of its own.

    claimcheck check article.txt [--format text|json|markdown] [--lang nb] [--published 2025-11-12]
    claimcheck numbers article.txt | claimcheck numbers --jsonl cases.jsonl
    check article.txt            (the same as `claimcheck check`)
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from enum import Enum
from typing import List, Optional

import typer
from rich.console import Console

from claims.lang import LANGUAGES
from pipeline import InputError, check_article, load_article, read_numbers
from pipeline.read import decode, read_input
from pipeline.render import print_text, to_json, to_markdown

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
) -> None:
    """Check every numeric claim in the articles. Exit 0: nothing contradicted; 1: something is; 2: bad input."""
    lang = check_language(lang)
    date = parse_date(published)
    if files.count("-") > 1:
        fail("standard input ('-') can be read only once")
    try:  # every input is read before anything is printed: a bad one stops the run with no output
        articles = [load_article(name, lang, date, spacy_model) for name in files]
        results = [(check_article(a.text, a.meta, raw=a.raw), a.text) for a in articles]
    except InputError as exc:
        fail(str(exc))
    except ValueError as exc:
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
    file: str = typer.Argument("-", help="A text file, or JSON Lines with --jsonl; '-' reads stdin."),
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
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                case = json.loads(line)
                case_text, case_lang, case_id = case["text"], case.get("lang") or lang, case.get("id")
            except (json.JSONDecodeError, KeyError, TypeError):
                fail(f"{label}: line {n}: expected a JSON object with \"text\" (and \"id\", \"lang\")")
            if case_lang is not None and case_lang not in LANGUAGES:
                fail(f"{label}: line {n}: language {case_lang!r} is not supported")
            for m in read_numbers(case_text, case_lang):
                lines.append(json.dumps({"id": case_id, **m.contract()}, ensure_ascii=False))
    else:
        lines = [json.dumps(m.contract(), ensure_ascii=False) for m in read_numbers(text, lang)]
    if lines:
        sys.stdout.write("\n".join(lines) + "\n")


check_app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
check_app.command()(check)


def main() -> None:
    app()


def check_main() -> None:
    check_app()


if __name__ == "__main__":
    main()
