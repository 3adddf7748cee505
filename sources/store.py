"""The reference store answers "what is known for entity x metric x period":
a stated fact for exactly that period, the sum of the facts that tile it
(quarters into halves, nine months, years, any run of quarters), or a value
derived by a formula declared in the data (implied revenue = revenue share /
share rate, a lower bound).

Every answer comes from one source: a sum never mixes sources, so when two
sources disagree each gives its own answer and a finding can say which
source says what. Which sources decide a verdict is the store's `trusted` set."""
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
    # The sources whose findings decide a verdict; None: all of them.
    trusted: Optional[frozenset[str]] = None
    # Answers already worked out, keyed by the question: a batch asks the same few
    # questions of thousands of articles. Emptied whenever a source is added.
    _answers: dict = field(default_factory=dict, repr=False, compare=False)

    def add(self, src: SourceFile) -> None:
        if src.source.name in self.sources:
            raise SourceError(f"{src.source.path}: a source named {src.source.name!r} is already loaded")
        self._answers.clear()
        self.sources[src.source.name] = src.source
        self.facts.extend(src.facts)
        self.metrics.update(src.metrics)
        self.derivations.extend(src.derivations)
        self.relations.extend(src.relations)

    def trust(self, names: Iterable[str]) -> None:
        """Let only these sources decide verdicts (the others are still shown)."""
        names = list(names)
        for name in names:
            if name not in self.sources:
                raise SourceError(f"no source named {name!r} to trust (loaded: {', '.join(self.sources)})")
        self.trusted = frozenset(names) if names else None

    def trusts(self, source: str) -> bool:
        """Only a loaded source can be left untrusted; the article's own claims always count."""
        return self.trusted is None or source not in self.sources or source in self.trusted

    # -- look-ups -------------------------------------------------------------
    def _facts_for(self, entity: str, metric: str, source: str, own: bool = False) -> list[ReferenceFact]:
        return [f for f in self.facts if f.metric == metric and f.source == source
                and (f.entity == entity if own else f.involves(entity))]

    def lookup(self, entity: Optional[str], metric: Optional[str], period: Optional[Period],
               unit: Optional[str] = None) -> list[ReferenceValue]:
        """Every way the data answers for this entity, metric and period: per source (in the
        order they were loaded) the stated or summed value for each bound, then derived ones."""
        if not (entity and metric and period):
            return []
        return self._remembered(("lookup", entity, metric, period.key(), unit),
                                lambda: self._lookup(entity, metric, period, unit))

    def _remembered(self, key: tuple, work) -> list:
        if key not in self._answers:
            self._answers[key] = tuple(work())
        return list(self._answers[key])

    def _lookup(self, entity: str, metric: str, period: Period, unit: Optional[str]) -> list[ReferenceValue]:
        out = []
        for source in self.sources:
            found = self._stated_or_summed(entity, metric, period, source)
            found += self._derived(entity, metric, period, source, have={v.bound for v in found})
            out += [v for v in found if unit is None or v.unit == unit]
        return out

    def _stated_or_summed(self, entity: str, metric: str, period: Period, source: str,
                          own: bool = False) -> list[ReferenceValue]:
        facts = self._facts_for(entity, metric, source, own)
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

    def _own_value(self, entity: str, metric: str, period: Period, sources: Iterable[str]) -> Optional[ReferenceValue]:
        """The entity's own exact value, from the first of these sources that has one."""
        for source in sources:
            found = [v for v in self._stated_or_summed(entity, metric, period, source, own=True) if v.bound == "eq"]
            if found:
                return found[0]
        return None

    def _derived(self, entity: str, metric: str, period: Period, source: str, have: set) -> list[ReferenceValue]:
        """Values of the declared formulas, starting from this source's facts; the rate or
        divisor comes from the same source if it has one, else from another."""
        out = []
        others = [s for s in self.sources if s != source]
        for d in self.derivations:
            if d.metric != metric or d.bound in have:
                continue
            start = self._own_value(entity, d.numerator, period, [source])
            operand = start and self._own_value(entity, d.operand, period, [source, *others])
            if start and operand and (d.multiply_by or operand.value > operand.tolerance):
                out.append(_derive(d, start, operand))
        return out

    def aggregate(self, metric: str) -> str:
        spec = self.metrics.get(metric)
        return spec.aggregate if spec else "sum"

    def natural_periods(self) -> list[Period]:
        """Quarters, halves, first three quarters and years the data fully covers."""
        return self._remembered(("natural_periods",), self._natural_periods)

    def _natural_periods(self) -> list[Period]:
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
    """Facts that cover the period exactly, end to end, finest first; [] if none do
    (or if one fact alone would: that is a stated value, not a sum)."""
    starting: dict[dt.date, list[ReferenceFact]] = {}
    for f in sorted(facts, key=lambda f: (f.period.start, f.period.end)):
        if period.start <= f.period.start and f.period.end <= period.end:
            starting.setdefault(f.period.start, []).append(f)

    tried: dict[dt.date, Optional[tuple[ReferenceFact, ...]]] = {}  # cursor -> the rest of the tiling

    def walk(cursor: dt.date) -> Optional[tuple[ReferenceFact, ...]]:
        if cursor > period.end:
            return ()
        if cursor not in tried:
            tried[cursor] = None
            for f in starting.get(cursor, []):
                rest = walk(f.period.end + dt.timedelta(days=1))
                if rest is not None:
                    tried[cursor] = (f, *rest)
                    break
        return tried[cursor]

    parts = walk(period.start) or ()
    return list(parts) if len(parts) > 1 else []


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


def _derive(d: Derivation, start: ReferenceValue, operand: ReferenceValue) -> ReferenceValue:
    """start / operand or start x operand, with the rounding of both carried to the result."""
    percent = operand.unit == "%"
    k, dk = (operand.value / 100, operand.tolerance / 100) if percent else (operand.value, operand.tolerance)
    lo_k, hi_k = k - dk, k + dk
    n, dn = start.value, start.tolerance
    if d.divide_by:
        value, lo, hi, sign = n / k, (n - dn) / hi_k, (n + dn) / lo_k, "/"
    else:
        value, lo, hi, sign = n * k, (n - dn) * lo_k, (n + dn) * hi_k, "x"
    shown = f"{operand.value:g}%" if percent else amount(operand.value, operand.unit)
    relation = {"eq": "=", "gte": ">=", "lte": "<="}[d.bound]
    span = Period(start=min(f.period.start for f in start.facts), end=max(f.period.end for f in start.facts))
    return ReferenceValue(
        value=value, tolerance=max(hi - value, value - lo), bound=d.bound, unit=start.unit,
        facts=start.facts + operand.facts, how="derived", why=d.why,
        arithmetic=f"{d.metric} {period_name(span)} {relation} ({start.arithmetic}) {sign} {shown} = "
                   f"{amount(value, start.unit)}",
    )


def _months(year: int, first: int, last: int) -> Period:
    return months(year, first, last, how=None)


def _is_quarter(p: Period) -> bool:
    return p.start.day == 1 and p.start.month in (1, 4, 7, 10) and (p.end - p.start).days in range(88, 92)


def period_name(p: Period) -> str:
    """2024, 2024-Q1, 2024-H1, 2025-Q1..Q3, 2025-10, or the dates."""
    one_year = p.start.year == p.end.year
    whole_months = p.start.day == 1 and p.end == months(p.end.year, p.end.month, p.end.month).end
    if whole_months and not one_year and p.start.month % 3 == 1 and p.end.month % 3 == 0:
        return f"{p.start.year}-Q{(p.start.month + 2) // 3}..{p.end.year}-Q{p.end.month // 3}"
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
    for factor, word in ((1e12, " trillion"), (1e9, " billion"), (1e6, " million")):
        if abs(value) >= factor:
            return factor, word
    return 1.0, ""


def _number(x: float) -> str:
    return f"{x:,.4f}".rstrip("0").rstrip(".")


def amount(value: float, unit: str = "USD") -> str:
    """A value with its unit written out: 8.67 billion USD, 493.8 million USD, 20 %, 2x."""
    if unit == "%":
        return f"{value:g} %"
    if unit == "x":
        return f"{value:g}x"
    factor, word = _scale_of(value)
    return f"{_number(value / factor)}{word} {unit}"


def source_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and the YAML and CSV files inside folders (sorted)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(x for x in p.rglob("*") if x.is_file() and x.suffix.lower() in (".yaml", ".yml", ".csv"))
        else:
            out.append(p)
    return out


def load_store(extra: Iterable[Path] = (), bundled: bool = True) -> ReferenceStore:
    """The bundled leak plus the user's files or folders (YAML or CSV)."""
    store = ReferenceStore()
    paths = sorted(BUNDLED.glob("*.y*ml")) if bundled else []
    for p in paths + source_paths(extra):
        store.add(load_source(p))
    return store


@functools.lru_cache(maxsize=1)
def bundled_store() -> ReferenceStore:
    return load_store()


def open_store(extra: Iterable[Path] = (), trust: Iterable[str] = ()) -> ReferenceStore:
    """The store `check --sources PATH --trust NAME` uses: the bundled one, shared, when
    nothing is added; else a new one. SourceError when a file or a name is wrong."""
    extra, trust = list(extra), list(trust)
    if not extra and not trust:
        return bundled_store()
    store = load_store(extra)
    store.trust(trust)
    return store
