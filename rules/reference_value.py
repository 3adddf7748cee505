"""reference-value: the claim against the value the data gives for its entity,
metric and period (stated, or summed from quarters)."""
from __future__ import annotations

from models import Claim, Finding
from rules.base import amount, claim_interval, claim_text, evidence, first_unit_match, period_note, reference_interval, register
from sources.store import ReferenceStore


@register
class ReferenceValueRule:
    name = "reference-value"

    def check(self, claim: Claim, store: ReferenceStore) -> list[Finding]:
        ref = first_unit_match(store.lookup(claim.entity, claim.metric, claim.period), claim, lambda r: r.bound == "eq")
        if ref is None:
            return []
        fits = claim_interval(claim).meets(reference_interval(ref))
        verdict = "supported" if fits else "contradicted"
        source = ", ".join(ref.sources)
        message = (f"{source}: {ref.arithmetic} (+- {amount(ref.tolerance, ref.unit)} rounding). The article says "
                   f"{claim_text(claim)}{period_note(claim)}: "
                   + ("within rounding of the reference." if fits else "outside every reading of the reference."))
        return [Finding(rule=self.name, verdict=verdict, message=message, evidence=evidence(ref, store),
                        arithmetic=ref.arithmetic)]
