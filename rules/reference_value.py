"""reference-value: the claim against the value the data gives for its entity,
metric and period (stated, or summed from quarters), one finding per source."""
from __future__ import annotations

from models import Claim, Finding
from rules.base import amount, cited, claim_interval, evidence, per_source, reference_interval, register, said
from sources.store import ReferenceStore


@register
class ReferenceValueRule:
    name = "reference-value"

    def check(self, claim: Claim, store: ReferenceStore) -> list[Finding]:
        refs = store.lookup(claim.entity, claim.metric, claim.period)
        return [self._finding(claim, ref, store) for ref in per_source(refs, claim.unit, lambda r: r.bound == "eq")]

    def _finding(self, claim: Claim, ref, store: ReferenceStore) -> Finding:
        fits = claim_interval(claim).meets(reference_interval(ref))
        message = (f"{cited(ref, store)}: {ref.arithmetic} (give or take {amount(ref.tolerance, ref.unit)} of "
                   f"rounding). {said(claim)}: "
                   + ("within rounding of the reference." if fits else "outside every reading of the reference."))
        return Finding(rule=self.name, verdict="supported" if fits else "contradicted", message=message,
                       evidence=evidence(ref, store), arithmetic=ref.arithmetic)
