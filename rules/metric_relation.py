"""metric-relation: a part can never exceed its whole. A cost of revenue below
the inference spend alone, for the same company and period, is contradicted."""
from __future__ import annotations

import math

from models import Claim, Finding
from rules.base import Interval, amount, claim_interval, claim_text, evidence, period_note, register
from sources.store import ReferenceStore


@register
class MetricRelationRule:
    name = "metric-relation"

    def check(self, claim: Claim, store: ReferenceStore) -> list[Finding]:
        out = []
        for rel in store.relations_to(claim.metric or ""):
            other = rel.part if claim.metric == rel.whole else rel.whole
            refs = [r for r in store.lookup(claim.entity, other, claim.period)
                    if r.bound == "eq" and r.unit == claim.unit]
            if not refs:
                continue
            ref = refs[0]
            if claim.metric == rel.whole:
                allowed, side = Interval(ref.value - ref.tolerance, math.inf), "at least"
            else:
                allowed, side = Interval(-math.inf, ref.value + ref.tolerance), "at most"
            fits = claim_interval(claim).meets(allowed)
            message = (f"{', '.join(ref.sources)}: {ref.arithmetic}. {rel.why.capitalize()}, so {claim.metric} is "
                       f"{side} {amount(ref.value, ref.unit)}. The article says {claim_text(claim)}"
                       f"{period_note(claim)}: " + ("consistent with that." if fits else "impossible."))
            out.append(Finding(rule=self.name, verdict="consistent" if fits else "contradicted", message=message,
                               evidence=evidence(ref, store), arithmetic=f"{claim.metric} >= {ref.arithmetic}"
                               if side == "at least" else f"{claim.metric} <= {ref.arithmetic}"))
        return out
