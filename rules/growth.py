"""growth: "up 74 % year over year" against the reference's values for the
claim's period and the period it is compared with (`claim.basis.period`):
change = (value now / value then - 1) x 100, with both values' rounding."""
from __future__ import annotations

from models import Claim, Finding
from rules.base import Interval, amount, claim_interval, register
from rules.comparison import Sides, both_sides, judged, number
from sources.store import ReferenceStore, period_name


@register
class GrowthRule:
    name = "growth"

    def check(self, claim: Claim, store: ReferenceStore) -> list[Finding]:
        basis = claim.basis
        if claim.kind != "growth" or claim.unit != "%" or claim.period is None or basis is None or basis.period is None:
            return []
        metric = claim.metric or ""
        return [self._finding(claim, sides, store)
                for sides in both_sides(claim, store, metric, claim.period, metric, basis.period)]

    def _finding(self, claim: Claim, sides: Sides, store: ReferenceStore) -> Finding:
        change = Interval((sides.quotient.lo - 1) * 100, (sides.quotient.hi - 1) * 100)
        reading = claim_interval(claim)
        if claim.value > 0 and change.hi < 0 and not reading.meets(change):
            # The text may say "down 20 %" with a positive figure: a fall is read as one.
            reading = Interval(-reading.hi, -reading.lo)
        unit = sides.top.unit
        formula = (f"change = {amount(sides.top.value, unit)} / {amount(sides.bottom.value, unit)} - 1 = "
                   f"{number((sides.value - 1) * 100)} %")
        words = f" ({claim.basis.text!r})" if claim.basis.text else ""
        against = f"{period_name(claim.basis.period)}{words}"
        return judged(self.name, claim, sides, change, reading, formula, against, store)
