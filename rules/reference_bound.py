"""reference-bound: the data gives only a bound (implied minimum revenue); the
claim must keep on the right side of it."""
from __future__ import annotations

from models import Claim, Finding
from rules.base import (Interval, amount, claim_interval, claim_text, evidence, first_unit_match, period_note,
                        reference_interval, register)
from sources.store import ReferenceStore

POINT_BOUNDS = ("eq", "approx", "nearly")


@register
class ReferenceBoundRule:
    name = "reference-bound"

    def check(self, claim: Claim, store: ReferenceStore) -> list[Finding]:
        refs = store.lookup(claim.entity, claim.metric, claim.period)
        ref = first_unit_match(refs, claim, lambda r: r.bound in ("gte", "lte"))
        if ref is None:
            return []
        side = "at least" if ref.bound == "gte" else "at most"
        allowed = reference_interval(ref)
        said = claim_interval(claim)
        if not said.meets(allowed):
            verdict, tail = "contradicted", f"below that minimum" if ref.bound == "gte" else "above that maximum"
        elif (claim.bound in POINT_BOUNDS or claim.bound == ref.bound) and \
                Interval(claim.value - claim.precision, claim.value + claim.precision).meets(
                    Interval(ref.value - ref.tolerance, ref.value + ref.tolerance)):
            verdict, tail = "supported", "the same figure as the reference's bound"
        else:
            verdict, tail = "consistent", "inside the bound (the data cannot say more)"
        why = f" ({ref.why})" if ref.why else ""
        message = (f"{', '.join(ref.sources)}: {ref.arithmetic}; the true value is {side} "
                   f"{amount(ref.value, ref.unit)}{why}. The article says {claim_text(claim)}{period_note(claim)}: "
                   f"{tail}.")
        return [Finding(rule=self.name, verdict=verdict, message=message, evidence=evidence(ref, store),
                        arithmetic=ref.arithmetic)]
