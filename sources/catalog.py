"""What `claimcheck sources list | show NAME | validate PATH` print: plain text
built from the store, so the command line only prints it."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from sources.schema import SourceError
from sources.store import BUNDLED, ReferenceStore, amount, load_store, period_name, source_paths


def listing(store: ReferenceStore) -> list[str]:
    """One line per source: name, number of facts, title, who reported it, file."""
    lines = []
    for name, info in store.sources.items():
        count = sum(f.source == name for f in store.facts)
        parts = [f"{name}: {count} facts", info.title, f"reported by {info.reported_by}" if info.reported_by else "",
                 info.path]
        lines.append(" · ".join(p for p in parts if p))
    return lines


def description(store: ReferenceStore, name: str) -> list[str]:
    """The source's header, its facts as a table, and the formulas and relations loaded."""
    info = store.sources.get(name)
    if info is None:
        raise SourceError(f"no source named {name!r} (loaded: {', '.join(store.sources)})")
    out = [f"{info.name}: {info.title}" if info.title else info.name]
    out += [f"  {label}: {value}" for label, value in (("reported by", info.reported_by), ("published", info.published),
                                                       ("file", info.path), ("note", info.note)) if value]
    out += ["", f"{'entity':<12} {'counterparty':<12} {'metric':<20} {'period':<16} {'bound':<5} "
                f"{'value':>22} {'rounding':>18}"]
    for f in store.facts:
        if f.source == name:
            out.append(f"{f.entity:<12} {f.counterparty or '':<12} {f.metric:<20} {period_name(f.period):<16} "
                       f"{f.bound:<5} {amount(f.value, f.unit):>22} {amount(f.rounding, f.unit):>18}")
    formulas = [f"{d.id}: {d.metric} ({d.bound}) = {d.numerator} {'/' if d.divide_by else 'x'} {d.operand}"
                + (f" — {d.why}" if d.why else "") for d in store.derivations]
    relations = [f"{r.part} is part of {r.whole}" + (f" — {r.why}" if r.why else "") for r in store.relations]
    if formulas or relations:
        out += ["", "Formulas and relations loaded (they apply to every source):"]
        out += [f"  {line}" for line in formulas + relations]
    return out


def validation(paths: Iterable[Path]) -> list[str]:
    """'PATH: ok, source NAME, N facts' per file, checked beside the bundled data (so a
    name already taken fails too); SourceError at the first bad file."""
    files = source_paths(paths)
    if not files:
        raise SourceError("no .yaml, .yml or .csv file found in " + ", ".join(map(str, paths)))
    bundled = {b.resolve() for b in BUNDLED.glob("*.y*ml")}
    store = load_store(files, bundled=not any(f.resolve() in bundled for f in files))
    lines = []
    for name, info in store.sources.items():
        if info.path in map(str, files):
            count = sum(f.source == name for f in store.facts)
            lines.append(f"{info.path}: ok, source {name}, {count} facts")
    return lines
