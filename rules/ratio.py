"""ratio: "more than three times", "nearly double" against the reference's values
for both sides: value(metric, period) / value(basis.metric or metric, basis.period
or period), with both values' rounding carried into the quotient. A multiple
stated plainly ("double") admits +- 5 % (rules.base.RATIO_SLACK)."""
from __future__ import annotations

from models import Claim, Finding
from rules.base import amount, claim_interval, metric_name, register
from rules.comparison import Sides, both_sides, judged, number
from sources.store import ReferenceStore, period_name


@register
class RatioRule:
    name = "ratio"

    def check(self, claim: Claim, store: ReferenceStore) -> list[Finding]:
        basis = claim.basis
        if claim.kind != "ratio" or claim.period is None or not claim.metric or basis is None:
            return []
        metric, period = basis.metric or claim.metric, basis.period or claim.period
        if (metric, period.key()) == (claim.metric, claim.period.key()):
            return []  # the text names no other side
        return [self._finding(claim, sides, store, metric, period)
                for sides in both_sides(claim, store, claim.metric, claim.period, metric, period)]

    def _finding(self, claim: Claim, sides: Sides, store: ReferenceStore, metric: str, period) -> Finding:
        unit = sides.top.unit
        formula = (f"ratio = {amount(sides.top.value, unit)} / {amount(sides.bottom.value, unit)} = "
                   f"{number(sides.value)}")
        words = f" ({claim.basis.text!r})" if claim.basis.text else ""
        against = f"{metric_name(metric)} in {period_name(period)}{words}"
        return judged(self.name, claim, sides, sides.quotient, claim_interval(claim), formula, against, store)
