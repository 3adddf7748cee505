"""The reference store answers "what is known for entity x metric x period":
a stated fact for exactly that period, the sum of the facts that tile it
(quarters into halves, nine months, years), or a value derived by a formula
declared in the data (implied revenue = revenue share / share rate)."""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from models import Period, ReferenceFact, months
from sources.schema import Derivation, MetricSpec, Relation, SourceError, SourceFile, SourceInfo, load_source

BUNDLED = Path(__file__).with_name("data")


@dataclass(frozen=True)
class ReferenceValue:
    """A value the reference data gives, with its rounding and how it was made."""

    value: float
    tolerance: float
    bound: str  # eq, gte (a lower bound), lte
    unit: str
    facts: tuple[ReferenceFact, ...]
    arithmetic: str
    how: str  # stated, sum, derived
    why: str = ""

    @property
    def sources(self) -> list[str]:
        return sorted({f.source for f in self.facts})


@dataclass
class ReferenceStore:
    sources: dict[str, SourceInfo] = field(default_factory=dict)
    facts: list[ReferenceFact] = field(default_factory=list)
    metrics: dict[str, MetricSpec] = field(default_factory=dict)
    derivations: list[Derivation] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def add(self, src: SourceFile) -> None:
        if src.source.name in self.sources:
            raise SourceError(f"{src.source.path}: a source named {src.source.name!r} is already loaded")
        self.sources[src.source.name] = src.source
        self.facts.extend(src.facts)
        self.metrics.update(src.metrics)
        self.derivations.extend(src.derivations)
        self.relations.extend(src.relations)

    # -- look-ups -------------------------------------------------------------
    def _facts_for(self, entity: str, metric: str) -> list[ReferenceFact]:
        return [f for f in self.facts if f.metric == metric and f.involves(entity)]

    def lookup(self, entity: Optional[str], metric: Optional[str], period: Optional[Period],
               unit: Optional[str] = None) -> list[ReferenceValue]:
        """Every way the data answers for this entity, metric and period, best first."""
        if not (entity and metric and period):
            return []
        out = self._stated_or_summed(entity, metric, period)
        out += self._derived(entity, metric, period, have={v.bound for v in out})
        return [v for v in out if unit is None or v.unit == unit]

    def _stated_or_summed(self, entity: str, metric: str, period: Period) -> list[ReferenceValue]:
        facts = self._facts_for(entity, metric)
        out = []
        for bound in ("eq", "gte", "lte"):
            same = [f for f in facts if f.bound == bound]
            exact = [f for f in same if f.period.key() == period.key()]
            if exact:
                out.append(_stated(exact[0]))
            elif self.aggregate(metric) == "constant":
                covering = [f for f in same if f.period.start <= period.start and period.end <= f.period.end]
                if covering:
                    out.append(_stated(covering[0], held=True))
            else:
                parts = tile(same, period)
                if parts:
                    out.append(_summed(parts))
        return out

    def _derived(self, entity: str, metric: str, period: Period, have: set) -> list[ReferenceValue]:
        out = []
        for d in self.derivations:
            if d.metric != metric or d.bound in have:
                continue
            num = [v for v in self._stated_or_summed(entity, d.numerator, period) if v.bound == "eq"]
            den = [v for v in self._stated_or_summed(entity, d.divide_by, period) if v.bound == "eq"]
            if not (num and den) or den[0].value == 0:
                continue
            n, r = num[0], den[0]
            divisor = r.value / 100 if r.unit == "%" else r.value
            out.append(ReferenceValue(
                value=n.value / divisor, tolerance=n.tolerance / divisor, bound=d.bound, unit=n.unit,
                facts=n.facts + r.facts, how="derived", why=d.why,
                arithmetic=f"{n.arithmetic} / {r.value:g}{'%' if r.unit == '%' else ''} = {amount(n.value / divisor)}",
            ))
        return out

    def aggregate(self, metric: str) -> str:
        spec = self.metrics.get(metric)
        return spec.aggregate if spec else "sum"

    def natural_periods(self) -> list[Period]:
        """Quarters, halves, first three quarters and years the data fully covers."""
        quarters = sorted({f.period.key() for f in self.facts if _is_quarter(f.period)})
        years = sorted({s.year for s, _ in quarters})
        out: list[Period] = []
        for y in years:
            for first, last in ((1, 3), (4, 6), (7, 9), (10, 12), (1, 6), (7, 12), (1, 9), (1, 12)):
                p = _months(y, first, last)
                inside = [q for q in quarters if p.start <= q[0] and q[1] <= p.end]
                if len(inside) == (last - first + 1) // 3:
                    out.append(p)
        return out

    def relations_to(self, metric: str) -> list[Relation]:
        return [r for r in self.relations if metric in (r.part, r.whole)]


def tile(facts: Iterable[ReferenceFact], period: Period) -> list[ReferenceFact]:
    """Facts that cover the period exactly, end to end, finest first; [] if none do."""
    inside = sorted((f for f in facts if period.start <= f.period.start and f.period.end <= period.end),
                    key=lambda f: (f.period.start, f.period.end))
    cursor, parts = period.start, []
    while cursor <= period.end:
        nxt = [f for f in inside if f.period.start == cursor]
        if not nxt:
            return []
        parts.append(nxt[0])
        cursor = nxt[0].period.end + dt.timedelta(days=1)
    return parts if len(parts) > 1 else []


def _stated(f: ReferenceFact, held: bool = False) -> ReferenceValue:
    what = f"{f.metric} {period_name(f.period)} = {amount(f.value, f.unit)}"
    if held:
        what += " (holds for the whole period)"
    return ReferenceValue(f.value, f.rounding, f.bound, f.unit, (f,), what, "stated", f.note or "")


def _summed(parts: list[ReferenceFact]) -> ReferenceValue:
    total = sum(f.value for f in parts)
    unit = parts[0].unit
    factor, word = _scale_of(total)
    terms = " + ".join(_number(f.value / factor) for f in parts)
    span = Period(start=parts[0].period.start, end=parts[-1].period.end)
    arithmetic = f"{parts[0].metric} {period_name(span)} = {terms} = {_number(total / factor)}{word} {unit}"
    return ReferenceValue(total, sum(f.rounding for f in parts), parts[0].bound, unit, tuple(parts), arithmetic, "sum")


def _months(year: int, first: int, last: int) -> Period:
    return months(year, first, last, how=None)


def _is_quarter(p: Period) -> bool:
    return p.start.day == 1 and p.start.month in (1, 4, 7, 10) and (p.end - p.start).days in range(88, 92)


def period_name(p: Period) -> str:
    """2024, 2024-Q1, 2024-H1, 2025-Q1..Q3, 2025-10, or the dates."""
    one_year = p.start.year == p.end.year
    whole_months = p.start.day == 1 and p.end == months(p.end.year, p.end.month, p.end.month).end
    if not (one_year and whole_months):
        return p.label() if p.start != p.end else p.start.isoformat()
    first, last = p.start.month, p.end.month
    if (first, last) == (1, 12):
        return str(p.start.year)
    if first % 3 == 1 and last % 3 == 0:
        q1, q2 = (first + 2) // 3, last // 3
        if (q1, q2) in ((1, 2), (3, 4)):
            return f"{p.start.year}-H{1 if q1 == 1 else 2}"
        return f"{p.start.year}-Q{q1}" + (f"..Q{q2}" if q2 != q1 else "")
    if first == last:
        return f"{p.start.year}-{first:02d}"
    return p.label()


def _scale_of(value: float) -> tuple[float, str]:
    for factor, word in ((1e12, " tn"), (1e9, " bn"), (1e6, " m")):
        if abs(value) >= factor:
            return factor, word
    return 1.0, ""


def _number(x: float) -> str:
    return f"{x:,.4f}".rstrip("0").rstrip(".")


def amount(value: float, unit: str = "USD") -> str:
    """A value with its unit written out: 8.67 bn USD, 493.8 m USD, 20 %, 2x."""
    if unit == "%":
        return f"{value:g} %"
    if unit == "x":
        return f"{value:g}x"
    factor, word = _scale_of(value)
    return f"{_number(value / factor)}{word} {unit}"


def load_store(extra: Iterable[Path] = (), bundled: bool = True) -> ReferenceStore:
    """The bundled leak plus the user's files or folders (YAML or CSV)."""
    store = ReferenceStore()
    paths = sorted(BUNDLED.glob("*.y*ml")) if bundled else []
    for p in extra:
        p = Path(p)
        if p.is_dir():
            paths += sorted(x for x in p.rglob("*") if x.suffix.lower() in (".yaml", ".yml", ".csv"))
        else:
            paths.append(p)
    for p in paths:
        store.add(load_source(p))
    return store


@functools.lru_cache(maxsize=1)
def bundled_store() -> ReferenceStore:
    return load_store()
