"""internal-consistency: two figures of one article for the same entity, metric,
period, kind and unit that cannot both hold (no reading of one within its
rounding and bound meets a reading of the other), reference data or not.
Each gets one contradicted finding naming one such other figure and how many
more there are (one finding per pair would grow with the square of a table's rows).

Guards against false alarms:
- only periods the text gives (stated, carried from context, counted from the
  publication date) are compared, never an inferred one;
- a change or a ratio is compared only with one measured against the same basis;
- a figure that restates a lower or upper bound the reference data derive
  (implied minimum revenue) is that bound, not the quantity itself;
- a figure the (trusted) reference supports is not flagged: the article is
  reporting the right figure beside a wrong one, and the other one is flagged;
- figures in different mouths (a quote against the article's own voice), or
  in one sentence ("X, up from Y"; an estimate beside a report), are not the
  article contradicting itself;
- a figure ten thousand times off the others of its group is another quantity
  (a share price that took the metric of the figure before), not a misstatement;
- a figure the reader took as other than the level (a scenario's, a plan's) is not compared, nor one
  whose reading leans on context for more than one part (rules.base.leaning)."""
from __future__ import annotations

import bisect
import math
from collections import defaultdict

from models import Claim, Evidence, Finding
from rules.base import MAX_LEANING, Interval, claim_interval, judge, leaning, register, said, verdict_of
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


# A change or a ratio is a quantity only with what it is measured against: "up 24 % from Q2" and "up 263 %"
# (from a year earlier) for the same quarter are two quantities, whatever basis the reader found for each.
RELATIVE_KINDS = ("growth", "ratio")


def comparable(claim: Claim) -> bool:
    """(not a figure read as something other than the level: a scenario's, a plan's, a change's; see
    claims.normalize `_caution`)"""
    return bool(claim.entity and claim.metric and claim.period and claim.period.how in COMPARED_PERIODS) \
        and not claim.reading.get("caution") and len(leaning(claim)) <= MAX_LEANING \
        and (claim.kind not in RELATIVE_KINDS or basis_key(claim) is not None)


def basis_key(claim: Claim):
    """What a relative figure is measured against (None: nothing the text gives)."""
    b = claim.basis
    if b is None or (b.period is None and b.metric is None):
        return None
    return (b.metric, b.period.key() if b.period else None)


# Figures of one group more than this many times apart are not one quantity misstated ("$34.9 billion" of
# capex beside the share price "$480.50" that took the metric from it): a price or a per-unit amount.
SAME_QUANTITY_SPREAD = 1e4


def same_quantity(group: list[Claim]) -> list[Claim]:
    """The group without figures far out of scale with its median."""
    sizes = sorted(abs(c.value) for c in group if c.value)
    if len(sizes) < 2:
        return group
    median = sizes[len(sizes) // 2]
    return [c for c in group if not c.value or median / SAME_QUANTITY_SPREAD <= abs(c.value) <= median * SAME_QUANTITY_SPREAD]


@register
class InternalConsistencyRule:
    name = "internal-consistency"

    def apply(self, claims: list[Claim], store: ReferenceStore) -> None:
        groups: dict[tuple, list[Claim]] = defaultdict(list)
        for c in claims:
            if comparable(c):
                groups[(c.entity, c.metric, c.period.key(), c.kind, c.unit, c.speaker, basis_key(c))].append(c)
        for group in groups.values():
            group = same_quantity(group)
            if len(group) > 1:
                self._apply_group(group, store)

    def _apply_group(self, group: list[Claim], store: ReferenceStore) -> None:
        """Each figure that no reading of another in its group meets gets one finding, naming one
        such figure (of those nearest in value, the first in the article) and how many more there are: one per pair would make a table of n rows
        with the same label n² findings (a 27 KB table gave 2.4 million)."""
        spans = {c.id: admitted(c, store) for c in group}
        order = {c.id: n for n, c in enumerate(group)}
        everywhere = _Sorted(group, spans)
        per_sentence = {text: _Sorted(members, spans) for text, members in _by_sentence(group).items()}
        for claim in group:
            span, own = spans[claim.id], per_sentence[claim.sentence]
            apart = [o for o in everywhere.apart(span) if o.sentence != claim.sentence]
            if not apart or supported(claim, store):
                continue
            count = everywhere.count_apart(span) - own.count_apart(span)
            nearest = min(apart, key=lambda o: order[o.id])
            claim.findings.append(self._finding(claim, nearest, spans, count - 1))

    def _finding(self, claim: Claim, other: Claim, spans: dict[str, Interval], more: int) -> Finding:
        others = (f" and {more} more figures that do not meet it" if more > 1 else
                  " and 1 more figure that does not meet it" if more else "")
        message = (f"{said(claim)}, which admits {spans[claim.id].text(claim.unit)}; the same article also says "
                   f"{other.value_text!r} (claim {other.id}, {spans[other.id].text(other.unit)}){others} for the "
                   f"same company, metric and period: both cannot hold.")
        fact = f"claim {other.id}: {other.value_text!r} ({other.entity} {other.metric} {period_name(other.period)})"
        return Finding(rule=self.name, verdict="contradicted", message=message,
                       evidence=[Evidence(source="article", fact=fact, value=other.value, period=other.period.label())],
                       arithmetic=f"{spans[claim.id].text(claim.unit)} and {spans[other.id].text(other.unit)} do not meet")


def _by_sentence(group: list[Claim]) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = defaultdict(list)
    for c in group:
        out[c.sentence].append(c)
    return out


class _Sorted:
    """Claims sorted by where their intervals end and begin, to find the ones an interval does
    not meet without comparing every pair. A few candidates nearest the interval are checked with
    `Interval.meets` itself (its tolerance is relative to the interval's size)."""

    NEAREST = 8

    def __init__(self, claims: list[Claim], spans: dict[str, Interval]):
        self.by_hi = sorted(claims, key=lambda c: spans[c.id].hi)
        self.his = [spans[c.id].hi for c in self.by_hi]
        self.by_lo = sorted(claims, key=lambda c: spans[c.id].lo)
        self.los = [spans[c.id].lo for c in self.by_lo]
        self.spans = spans

    def _cuts(self, span: Interval) -> tuple[int, int]:
        return bisect.bisect_left(self.his, span.lo), bisect.bisect_right(self.los, span.hi)

    def count_apart(self, span: Interval) -> int:
        below, above = self._cuts(span)
        return below + len(self.los) - above

    def apart(self, span: Interval) -> list[Claim]:
        """The claims nearest the interval below and above it that it does not meet."""
        below, above = self._cuts(span)
        near = self.by_hi[max(0, below - self.NEAREST):below] + self.by_lo[above:above + self.NEAREST]
        return [o for o in near if not span.meets(self.spans[o.id])]
