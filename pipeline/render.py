"""ArticleResult -> what a person or a script reads: contract JSON, a rich
table for the terminal, Markdown for a newsroom wiki."""
from __future__ import annotations

import json

from rich import box
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from models import EXPLAINING_RULES, ArticleResult, Claim
from sources.store import period_name

COLOURS = {"supported": "green", "consistent": "cyan", "contradicted": "bold red", "unverifiable": "dim"}
CONTEXT = 70  # characters of the sentence shown either side of the number


def to_json(result: ArticleResult, pretty: bool) -> str:
    return json.dumps(result.contract(), ensure_ascii=False, indent=2 if pretty else None)


def reading(c: Claim) -> str:
    period = f"{period_name(c.period)} ({c.period.how})" if c.period else "no period"
    parts = [c.entity or "?", c.metric or "?", period]
    if c.bound != "eq":
        parts.append(c.bound)
    if c.speaker:
        parts.append(f"said by {c.speaker}")
    return " · ".join(parts)


def explanation(c: Claim) -> str:
    deciding = [f for f in c.findings if f.verdict == c.verdict and f.rule not in EXPLAINING_RULES]
    chosen = deciding or c.findings
    if not chosen:
        missing = [name for name, v in (("company", c.entity), ("metric", c.metric), ("period", c.period)) if not v]
        return ("The text does not give the " + ", ".join(missing) + "." if missing
                else "No reference fact covers this company, metric and period.")
    lines = [f"[{f.rule}] {f.message}" for f in chosen]
    # Where the period came from, and a contradiction that did not decide (its source is not trusted).
    lines += [f"[{f.rule}] {f.message}" for f in c.findings
              if f not in chosen and (f.rule in EXPLAINING_RULES or f.verdict == "contradicted")]
    return "\n".join(lines)


def snippet(c: Claim, text: str) -> Text:
    """The number in its sentence (at most CONTEXT characters either side), highlighted."""
    start, end = c.span
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end) % (len(text) + 1)
    a, b = max(line_start, start - CONTEXT), min(line_end, end + CONTEXT)
    out = Text("…" if a > line_start else "")
    out.append(text[a:start])
    out.append(text[start:end], style=f"bold reverse {COLOURS[c.verdict]}")
    out.append(text[end:b] + ("…" if b < line_end else ""))
    out.append("\n" + reading(c), style="italic")
    return out


def print_text(result: ArticleResult, text: str, console: Console) -> None:
    a, s = result.article, result.summary
    console.print(Text(f"{a.path or a.id}  ·  language {a.language}  ·  {s.claims} claims: "
                       f"{s.supported} supported, {s.consistent} consistent, {s.contradicted} contradicted, "
                       f"{s.unverifiable} unverifiable", style="bold"))
    if not result.claims:
        console.print("No numeric claims about company finances found.")
        return
    table = Table(box=box.SIMPLE_HEAVY, show_lines=True, expand=True)
    table.add_column("#", justify="right", width=3)
    table.add_column("The figure in its sentence, and how it was read", ratio=4)
    table.add_column("Verdict", width=12)
    table.add_column("Why", ratio=5)
    for n, c in enumerate(result.claims, 1):
        table.add_row(str(n), snippet(c, text), Text(c.verdict, style=COLOURS[c.verdict]), Text(explanation(c)))
    console.print(Group(table))


def to_markdown(result: ArticleResult) -> str:
    a, s = result.article, result.summary
    out = [f"# {a.path or a.id}", "",
           f"Language {a.language}. {s.claims} claims: {s.supported} supported, {s.consistent} consistent, "
           f"**{s.contradicted} contradicted**, {s.unverifiable} unverifiable.", "",
           "| # | Figure | Reading | Verdict |", "|---|---|---|---|"]
    for n, c in enumerate(result.claims, 1):
        verdict = f"**{c.verdict}**" if c.verdict == "contradicted" else c.verdict
        out.append(f"| {n} | {_cell(c.value_text)} | {_cell(reading(c))} | {verdict} |")
    flagged = [(n, c) for n, c in enumerate(result.claims, 1) if c.findings]
    if flagged:
        out += ["", "## Findings"]
    for n, c in flagged:
        out += ["", f"### {n}. {c.value_text} — {c.verdict}", "", f"> {_cell(c.sentence)}", ""]
        out += [f"- `{f.rule}` ({f.verdict}): {f.message}" for f in c.findings]
    return "\n".join(out) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
