"""reference-bound: the data gives only a bound (implied minimum revenue); the
claim must keep on the right side of it. One finding per source."""
from __future__ import annotations

from models import Claim, Finding
from rules.base import (Interval, amount, cited, claim_interval, evidence, per_source, reference_interval, register,
                        said)
from sources.store import ReferenceStore, ReferenceValue

POINT_BOUNDS = ("eq", "approx", "nearly")


def restates(claim: Claim, ref: ReferenceValue) -> bool:
    """The claim gives the bound's own figure (within both roundings)."""
    return Interval(claim.value - claim.precision, claim.value + claim.precision).meets(
        Interval(ref.value - ref.tolerance, ref.value + ref.tolerance))


@register
class ReferenceBoundRule:
    name = "reference-bound"

    def check(self, claim: Claim, store: ReferenceStore) -> list[Finding]:
        refs = store.lookup(claim.entity, claim.metric, claim.period)
        return [self._finding(claim, ref, store)
                for ref in per_source(refs, claim.unit, lambda r: r.bound in ("gte", "lte"))]

    def _finding(self, claim: Claim, ref: ReferenceValue, store: ReferenceStore) -> Finding:
        side = "at least" if ref.bound == "gte" else "at most"
        if not claim_interval(claim).meets(reference_interval(ref)):
            verdict, tail = "contradicted", "below that minimum" if ref.bound == "gte" else "above that maximum"
        elif (claim.bound in POINT_BOUNDS or claim.bound == ref.bound) and restates(claim, ref):
            verdict, tail = "supported", "the same figure as the reference's bound"
        else:
            verdict, tail = "consistent", "inside the bound (the data cannot say more)"
        why = f" ({ref.why})" if ref.why else ""
        message = (f"{cited(ref, store)}: {ref.arithmetic}; the true value is {side} "
                   f"{amount(ref.value, ref.unit)}{why}. {said(claim)}: {tail}.")
        return Finding(rule=self.name, verdict=verdict, message=message, evidence=evidence(ref, store),
                       arithmetic=ref.arithmetic)
