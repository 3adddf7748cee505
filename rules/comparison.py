"""What the growth and ratio rules share: the reference value of both sides of a
comparison, from one source, and the interval of their quotient with the
rounding of both sides carried into it."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterator, Optional

from models import Claim, Finding, Period
from rules.base import Interval, cited, evidence, reference_interval, said
from sources.store import ReferenceStore, ReferenceValue


@dataclass(frozen=True)
class Sides:
    """Both sides of a comparison as one source gives them, and what their quotient may be."""

    top: ReferenceValue
    bottom: ReferenceValue
    quotient: Interval

    @property
    def value(self) -> float:
        return self.top.value / self.bottom.value

    @property
    def exact(self) -> bool:
        """Both sides are the quantities themselves, not bounds on them."""
        return self.top.bound == self.bottom.bound == "eq"


def home(ref: ReferenceValue) -> str:
    """The source a value starts from (a derived one may borrow its rate elsewhere)."""
    return ref.facts[0].source


def best_per_source(refs: list[ReferenceValue]) -> dict[str, ReferenceValue]:
    out: dict[str, ReferenceValue] = {}
    for r in sorted(refs, key=lambda r: r.bound != "eq"):  # the quantity itself before a bound on it
        out.setdefault(home(r), r)
    return out


def quotient(top: Interval, bottom: Interval) -> Optional[Interval]:
    """top / bottom for positive quantities; None when it says nothing."""
    if top.lo < 0 or bottom.lo <= 0:
        return None
    lo = 0.0 if bottom.hi == math.inf else top.lo / bottom.hi
    hi = math.inf if top.hi == math.inf else top.hi / bottom.lo
    return None if (lo == 0.0 and hi == math.inf) else Interval(lo, hi)


def both_sides(claim: Claim, store: ReferenceStore, top_metric: str, top_period: Period,
               bottom_metric: str, bottom_period: Period) -> Iterator[Sides]:
    """Per source holding both sides, in the same unit: the pair and their quotient."""
    tops = best_per_source(store.lookup(claim.entity, top_metric, top_period))
    bottoms = best_per_source(store.lookup(claim.entity, bottom_metric, bottom_period))
    for source, top in tops.items():
        bottom = bottoms.get(source)
        if bottom is None or bottom.unit != top.unit:
            continue
        q = quotient(reference_interval(top), reference_interval(bottom))
        if q is not None:
            yield Sides(top, bottom, q)


def number(x: float) -> str:
    return "unbounded" if math.isinf(x) else f"{x:,.4g}"


def judged(rule: str, claim: Claim, sides: Sides, allowed: Interval, said_interval: Interval, formula: str,
           against: str, store: ReferenceStore) -> Finding:
    """The finding for a comparison: supported when both sides are exact and the claim's
    reading meets what they allow, consistent when only bounds are known, else contradicted."""
    fits = said_interval.meets(allowed)
    verdict = ("supported" if sides.exact else "consistent") if fits else "contradicted"
    unit = claim.unit
    rounding = f"{number(allowed.lo)} to {number(allowed.hi)} {unit} with the rounding of both"
    tail = {"supported": "within that.", "consistent": "inside what the bounds allow (the data cannot say more).",
            "contradicted": "outside every reading of the reference."}[verdict]
    message = (f"{cited(sides.top, store, sides.bottom)}: {sides.top.arithmetic}; {sides.bottom.arithmetic}. "
               f"{formula} ({rounding}). {said(claim)}, against {against}: {tail}")
    facts = evidence(sides.top, store) + evidence(sides.bottom, store)
    return Finding(rule=rule, verdict=verdict, message=message, evidence=facts, arithmetic=f"{formula} ({rounding})")
