"""period-inference: figures the text gives no period for ("for denne
perioden", pointing back to figures with none) get the period in which the
reference data matches them, reported as `inferred` with the evidence. Only a
single best period is taken: when several fit equally, none is."""
from __future__ import annotations

from collections import defaultdict

from models import Claim, Finding, Period
from rules.base import Interval, claim_text, evidence, register
from sources.store import ReferenceStore, ReferenceValue, period_name

# A figure pins a period only when written precisely enough (3+ significant digits).
MAX_RELATIVE_PRECISION = 0.01


def pinning_value(claim: Claim, period: Period, store: ReferenceStore) -> ReferenceValue | None:
    """The reference value the claim restates exactly in this period, if any."""
    if claim.bound not in ("eq", "approx") or not claim.value:
        return None
    if claim.precision / abs(claim.value) > MAX_RELATIVE_PRECISION:
        return None
    said = Interval(claim.value - claim.precision, claim.value + claim.precision)
    for ref in store.lookup(claim.entity, claim.metric, period, claim.unit):
        if said.meets(Interval(ref.value - ref.tolerance, ref.value + ref.tolerance)):
            return ref
    return None


@register
class PeriodInferenceRule:
    name = "period-inference"

    def apply(self, claims: list[Claim], store: ReferenceStore) -> None:
        passages: dict[int, list[Claim]] = defaultdict(list)
        for c in claims:
            if c.period is None and c.passage is not None and c.entity and c.metric:
                passages[c.passage].append(c)
        candidates = store.natural_periods()
        for group in passages.values():
            scored = {}
            for p in candidates:
                pins = [(c, ref) for c in group if (ref := pinning_value(c, p, store)) is not None]
                if pins:
                    scored[p.key()] = (p, pins)
            if not scored:
                continue
            best = max(len(v[1]) for v in scored.values())
            top = [v for v in scored.values() if len(v[1]) == best]
            if len(top) != 1:
                continue
            period, pins = top[0]
            self._assign(group, period.with_how("inferred"), pins, store)

    def _assign(self, group: list[Claim], period: Period, pins, store: ReferenceStore) -> None:
        matched = "; ".join(f"{c.value_text!r} = {claim_text(c)} matches {ref.arithmetic}" for c, ref in pins)
        facts = [e for _, ref in pins for e in evidence(ref, store)]
        for c in group:
            c.period = period
            c.reading["period"] = f"inferred: {period_name(period)} is the one period whose reference data match"
            message = (f"The text gives no period for this figure; {period_name(period)} is inferred because "
                       f"in that period and no other the reference data match the passage: {matched}.")
            c.findings.append(Finding(rule=self.name, verdict="unverifiable", message=message, evidence=facts,
                                      arithmetic="; ".join(ref.arithmetic for _, ref in pins)))
