"""constant-value: a figure the data hold at one value for every period they cover (a
share rate: "Microsoft's share is 20 per cent") is about that value whatever period
the text means. So a claim whose sentence names no period at all (claims.normalize
sets its passage with no period reading only then: "at most 15 percent by 2030", "im
ersten Quartal des Geschäftsjahres" and "will drop to 8 per cent" are left alone), and whose metric
its own clause states (a generic "share" may be a market share), is judged
against that value over the whole span the data cover; its period stays null, as
the text gives none. When the data give more than one value, nothing is judged:
which period the text means would decide the verdict, and the text does not say."""
from __future__ import annotations

from models import Claim, Finding, Period
from rules.base import evidence_of_facts, judge, register
from sources.store import ReferenceStore, period_name


@register
class ConstantValueRule:
    name = "constant-value"

    def check(self, claim: Claim, store: ReferenceStore) -> list[Finding]:
        if claim.period is not None or claim.passage is None or claim.reading.get("period") \
                or not claim.reading.get("metric", "").startswith("stated") \
                or not (claim.entity and claim.metric) or store.aggregate(claim.metric) != "constant":
            return []
        facts = [f for f in store.facts if f.metric == claim.metric and f.involves(claim.entity)
                 and f.unit == claim.unit]
        if not facts or len({f.value for f in facts}) != 1:
            return []
        span = Period(start=min(f.period.start for f in facts), end=max(f.period.end for f in facts), how="inferred")
        found = judge(claim.model_copy(update={"period": span, "findings": []}), store)
        if not found:
            return []
        note = Finding(rule=self.name, verdict="unverifiable", evidence=evidence_of_facts(facts, store), message=(
            f"The text gives no period for this figure; the reference data hold {claim.metric.replace('_', ' ')} at "
            f"one value, {facts[0].value:g} {facts[0].unit}, over all they cover ({period_name(span)}), so it is "
            f"compared with that."))
        return [note] + found
