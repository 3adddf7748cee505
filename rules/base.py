"""What every rule shares: the registry, the interval a claim and a reference
value allow, and the evidence a finding shows."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Iterator, Optional, Protocol

from models import EXPLAINING_RULES, LEANING_METRICS, LEANING_PERIODS, Claim, Evidence, Finding
from sources.store import ReferenceStore, ReferenceValue, amount, period_name  # noqa: F401 (amount is re-exported)

# "about X" admits X +- 5 %; "nearly X" admits up to 10 % below X.
APPROX_SLACK = 0.05
NEARLY_SLACK = 0.10
# A ratio stated plainly ("double", "three times") admits +- 5 %.
RATIO_SLACK = 0.05
EPS = 1e-9


class ClaimRule(Protocol):
    name: str

    def check(self, claim: Claim, store: ReferenceStore) -> list[Finding]: ...


class ArticleRule(Protocol):
    """Runs over all claims of an article before the claim rules, in the order registered
    (period-inference first, so later ones see the periods it found)."""

    name: str

    def apply(self, claims: list[Claim], store: ReferenceStore) -> None: ...


CLAIM_RULES: dict[str, ClaimRule] = {}
ARTICLE_RULES: dict[str, ArticleRule] = {}
# Findings of these rules explain (where a period came from) and take the claim's verdict.
ORDER = ("contradicted", "supported", "consistent")


def register(cls: type) -> type:
    rule = cls()
    (ARTICLE_RULES if hasattr(rule, "apply") else CLAIM_RULES)[rule.name] = rule
    return cls


def decides(finding: Finding, store: Optional[ReferenceStore]) -> bool:
    """A finding counts towards the verdict unless it explains, or rests on a source
    the user did not choose to trust."""
    if finding.rule in EXPLAINING_RULES:
        return False
    return store is None or all(store.trusts(e.source) for e in finding.evidence)


def verdict_of(findings: list[Finding], store: Optional[ReferenceStore] = None) -> str:
    """A contradiction wins (one fact that proves the claim wrong is enough); then a match,
    then a bound that holds; with no deciding finding the claim is unverifiable."""
    deciding = {f.verdict for f in findings if decides(f, store)}
    return next((v for v in ORDER if v in deciding), "unverifiable")


def judge(claim: Claim, store: ReferenceStore) -> list[Finding]:
    """Every claim rule's findings for this claim."""
    return [f for rule in CLAIM_RULES.values() for f in rule.check(claim, store)]


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


TRUNCATED_DIGITS = 200  # |value| / half its last digit's unit: 200 is three significant digits


def claim_interval(claim: Claim) -> Interval:
    """The values the claim admits, given its bound and the rounding its digits imply."""
    v, p = claim.value, claim.precision
    if claim.bound == "eq" and claim.kind == "ratio":  # "double", "5 x": a spelled multiple is a round figure
        return Interval(v - max(p, RATIO_SLACK * abs(v)), v + max(p, RATIO_SLACK * abs(v)))
    if claim.bound == "eq":  # rounded, or, with three digits or more, cut off after the last ("$865 million" for 865.9)
        cut = p if abs(v) >= TRUNCATED_DIGITS * p else 0
        return Interval(v - p, v + p + cut) if v >= 0 else Interval(v - p - cut, v + p)
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


def said(claim: Claim) -> str:
    """The article's figure as written and as read, with what it is about:
    "The article says '2,5 milliarder dollar', i.e. 2.5 billion USD, for OpenAI's cost of revenue
    in 2025-H1 (period inferred from the data)"."""
    about = f"{claim.entity}'s {metric_name(claim.metric)}" if claim.entity else metric_name(claim.metric)
    return f"The article says {claim.value_text!r}, i.e. {claim_text(claim)}, for {about}{period_note(claim)}"


def metric_name(metric: Optional[str]) -> str:
    return (metric or "?").replace("_", " ")


def cited(ref: ReferenceValue, store: ReferenceStore, *more: ReferenceValue) -> str:
    """Who says so: the source names, and who reported the facts."""
    facts = [f for r in (ref, *more) for f in r.facts]
    reporters = []
    for f in facts:
        info = store.sources.get(f.source)
        who = f.reported_by or (info.reported_by if info else "")
        if who and who not in reporters:
            reporters.append(who)
    names = ", ".join(sorted({f.source for f in facts}))
    return f"{names} (reported by {'; '.join(reporters)})" if reporters else names


def evidence(ref: ReferenceValue, store: ReferenceStore) -> list[Evidence]:
    return evidence_of_facts(ref.facts, store)


def evidence_of_facts(facts, store: ReferenceStore) -> list[Evidence]:
    out = []
    for f in facts:
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
           "published": "counted from the publication date"}.get(claim.period.how or "")
    return f" in {period_name(claim.period)}" + (f" (period {how})" if how else "")


def per_source(refs: list[ReferenceValue], claim_unit: str,
               keep: Callable[[ReferenceValue], bool]) -> Iterator[ReferenceValue]:
    """The first value of each source that suits the rule: one finding per source, so
    when sources disagree each is heard."""
    seen = set()
    for r in refs:
        key = tuple(r.sources)
        if r.unit == claim_unit and keep(r) and key not in seen:
            seen.add(key)
            yield r


# Readings that lean on context rather than on the figure's own clause. A claim whose
# reading leans on two of them is not flagged (rules.engine), nor set against another
# figure (rules.internal_consistency): either would be a contradiction on a guess.
LEANING = {"metric": LEANING_METRICS, "period": LEANING_PERIODS,
           "entity": ("article", "context: previous sentence")}
MAX_LEANING = 1
# Readings that are a guess on their own: a metric carried from another speaker's turn.
GUESSES = {"metric": ("context: the figure of the turn before",)}


def leaning(claim: Claim) -> list[str]:
    """The parts read from context; a guess counts twice, so on its own it holds a contradiction back."""
    found = [f"{part} ({claim.reading[part]})" for part, prefixes in LEANING.items()
             if claim.reading.get(part, "").startswith(prefixes)]
    return found + [f"{part} ({claim.reading[part]})" for part, prefixes in GUESSES.items()
                    if claim.reading.get(part, "").startswith(prefixes)]
