"""metric-relation: a part can never exceed its whole. A cost of revenue below
the inference spend alone, for the same company and period, is contradicted.
The relations are declared in the data (`relations:`); one finding per source."""
from __future__ import annotations

import math

from models import Claim, Finding
from rules.base import Interval, amount, cited, claim_interval, evidence, metric_name, per_source, register, said
from sources.schema import Relation
from sources.store import ReferenceStore, ReferenceValue


@register
class MetricRelationRule:
    name = "metric-relation"

    def check(self, claim: Claim, store: ReferenceStore) -> list[Finding]:
        out = []
        for rel in store.relations_to(claim.metric or ""):
            other = rel.part if claim.metric == rel.whole else rel.whole
            refs = store.lookup(claim.entity, other, claim.period)
            out += [self._finding(claim, rel, ref, store) for ref in per_source(refs, claim.unit, lambda r: r.bound == "eq")]
        return out

    def _finding(self, claim: Claim, rel: Relation, ref: ReferenceValue, store: ReferenceStore) -> Finding:
        if claim.metric == rel.whole:
            allowed, side, sign = Interval(ref.value - ref.tolerance, math.inf), "at least", ">="
        else:
            allowed, side, sign = Interval(-math.inf, ref.value + ref.tolerance), "at most", "<="
        fits = claim_interval(claim).meets(allowed)
        message = (f"{cited(ref, store)}: {ref.arithmetic}. {rel.why.capitalize()}, so {metric_name(claim.metric)} is "
                   f"{side} {amount(ref.value, ref.unit)}. {said(claim)}: "
                   + ("consistent with that." if fits else "impossible."))
        return Finding(rule=self.name, verdict="consistent" if fits else "contradicted", message=message,
                       evidence=evidence(ref, store), arithmetic=f"{claim.metric} {sign} {ref.arithmetic}")
