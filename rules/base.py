"""What every rule shares: the registry, the interval a claim and a reference
value allow, and the evidence a finding shows."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Protocol

from models import Claim, Evidence, Finding
from sources.store import ReferenceStore, ReferenceValue, amount, period_name  # noqa: F401 (amount is re-exported)

# "about X" admits X +- 5 %; "nearly X" admits up to 10 % below X.
APPROX_SLACK = 0.05
NEARLY_SLACK = 0.10
EPS = 1e-9


class ClaimRule(Protocol):
    name: str

    def check(self, claim: Claim, store: ReferenceStore) -> list[Finding]: ...


class ArticleRule(Protocol):
    """Runs over all claims of an article before the claim rules (e.g. finding periods)."""

    name: str

    def apply(self, claims: list[Claim], store: ReferenceStore) -> None: ...


CLAIM_RULES: dict[str, ClaimRule] = {}
ARTICLE_RULES: dict[str, ArticleRule] = {}


def register(cls: type) -> type:
    rule = cls()
    (ARTICLE_RULES if hasattr(rule, "apply") else CLAIM_RULES)[rule.name] = rule
    return cls


@dataclass(frozen=True)
class Interval:
    lo: float
    hi: float

    def meets(self, other: "Interval") -> bool:
        tol = EPS * max(1.0, abs(self.lo) if math.isfinite(self.lo) else 1.0, abs(self.hi) if math.isfinite(self.hi) else 1.0)
        return self.lo <= other.hi + tol and other.lo <= self.hi + tol

    def text(self, unit: str) -> str:
        lo = "-inf" if self.lo == -math.inf else amount(self.lo, unit)
        hi = "+inf" if self.hi == math.inf else amount(self.hi, unit)
        return f"[{lo}, {hi}]"


def claim_interval(claim: Claim) -> Interval:
    """The values the claim admits, given its bound and the rounding its digits imply."""
    v, p = claim.value, claim.precision
    if claim.bound == "eq":
        return Interval(v - p, v + p)
    if claim.bound == "approx":
        s = max(p, APPROX_SLACK * abs(v))
        return Interval(v - s, v + s)
    if claim.bound == "nearly":
        return Interval(v - max(p, NEARLY_SLACK * abs(v)), v + p)
    if claim.bound in ("gt", "gte"):
        return Interval(v, math.inf)
    return Interval(-math.inf, v)


def reference_interval(ref: ReferenceValue) -> Interval:
    if ref.bound == "gte":
        return Interval(ref.value - ref.tolerance, math.inf)
    if ref.bound == "lte":
        return Interval(-math.inf, ref.value + ref.tolerance)
    return Interval(ref.value - ref.tolerance, ref.value + ref.tolerance)


BOUND_WORDS = {"eq": "", "approx": "about ", "nearly": "nearly ", "gt": "more than ", "gte": "at least ",
               "lt": "less than ", "lte": "at most "}


def claim_text(claim: Claim) -> str:
    return f"{BOUND_WORDS[claim.bound]}{amount(claim.value, claim.unit)}"


def evidence(ref: ReferenceValue, store: ReferenceStore) -> list[Evidence]:
    out = []
    for f in ref.facts:
        info = store.sources.get(f.source)
        out.append(Evidence(
            source=f.source, fact=f"{f.entity} {f.metric} {period_name(f.period)}", value=f.value,
            period=f.period.label(), reported_by=f.reported_by or (info.reported_by if info else None),
        ))
    return out


def period_note(claim: Claim) -> str:
    if claim.period is None:
        return ""
    how = {"stated": "stated in the text", "context": "carried from context", "inferred": "inferred from the data",
           "published": "relative to the publication date"}.get(claim.period.how or "", "")
    return f" (period {period_name(claim.period)}, {how})" if how else f" (period {period_name(claim.period)})"


def first_unit_match(refs: list[ReferenceValue], claim: Claim, keep: Callable[[ReferenceValue], bool]):
    return next((r for r in refs if r.unit == claim.unit and keep(r)), None)
