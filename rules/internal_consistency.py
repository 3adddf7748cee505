"""internal-consistency: two figures of one article for the same entity, metric,
period, kind and unit that cannot both hold (no reading of one within its
rounding and bound meets a reading of the other), reference data or not.
Each gets a contradicted finding naming the other.

Guards against false alarms:
- only periods the text gives (stated, carried from context, counted from the
  publication date) are compared, never an inferred one;
- a figure that restates a lower or upper bound the reference data derive
  (implied minimum revenue) is that bound, not the quantity itself;
- a figure the (trusted) reference supports is not flagged: the article is
  reporting the right figure beside a wrong one, and the other one is flagged;
- figures in different mouths (a quote against the article's own voice), or
  in one sentence ("X, up from Y"; an estimate beside a report), are not the
  article contradicting itself."""
from __future__ import annotations

import math
from collections import defaultdict
from itertools import combinations

from models import Claim, Evidence, Finding
from rules.base import Interval, claim_interval, judge, register, said, verdict_of
from rules.reference_bound import restates
from sources.store import ReferenceStore, period_name

COMPARED_PERIODS = ("stated", "context", "published")
POINT_BOUNDS = ("eq", "approx", "nearly")


def admitted(claim: Claim, store: ReferenceStore) -> Interval:
    """The claim's interval, opened on one side when it restates a derived bound."""
    said_here = claim_interval(claim)
    if claim.bound not in POINT_BOUNDS:
        return said_here
    for ref in store.lookup(claim.entity, claim.metric, claim.period, claim.unit):
        if ref.bound != "eq" and restates(claim, ref):
            return Interval(said_here.lo, math.inf) if ref.bound == "gte" else Interval(-math.inf, said_here.hi)
    return said_here


def supported(claim: Claim, store: ReferenceStore) -> bool:
    return verdict_of(judge(claim, store), store) == "supported"


def comparable(claim: Claim) -> bool:
    return bool(claim.entity and claim.metric and claim.period and claim.period.how in COMPARED_PERIODS)


@register
class InternalConsistencyRule:
    name = "internal-consistency"

    def apply(self, claims: list[Claim], store: ReferenceStore) -> None:
        groups: dict[tuple, list[Claim]] = defaultdict(list)
        for c in claims:
            if comparable(c):
                groups[(c.entity, c.metric, c.period.key(), c.kind, c.unit, c.speaker)].append(c)
        for group in groups.values():
            spans = {c.id: admitted(c, store) for c in group}
            for a, b in combinations(group, 2):
                if a.sentence == b.sentence or spans[a.id].meets(spans[b.id]):
                    continue
                for claim, other in ((a, b), (b, a)):
                    if not supported(claim, store):
                        claim.findings.append(self._finding(claim, other, spans))

    def _finding(self, claim: Claim, other: Claim, spans: dict[str, Interval]) -> Finding:
        message = (f"{said(claim)}, which admits {spans[claim.id].text(claim.unit)}; the same article also says "
                   f"{other.value_text!r} (claim {other.id}, {spans[other.id].text(other.unit)}) for the same "
                   f"company, metric and period: both cannot hold.")
        fact = f"claim {other.id}: {other.value_text!r} ({other.entity} {other.metric} {period_name(other.period)})"
        return Finding(rule=self.name, verdict="contradicted", message=message,
                       evidence=[Evidence(source="article", fact=fact, value=other.value, period=other.period.label())],
                       arithmetic=f"{spans[claim.id].text(claim.unit)} and {spans[other.id].text(other.unit)} do not meet")
