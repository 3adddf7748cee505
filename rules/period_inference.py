"""period-inference: figures the text gives no period for ("for denne
perioden", pointing back to figures with none) get the period in which the
reference data matches them, reported as `inferred` with the evidence.

Only a single best period is taken. When several fit equally the period stays
open, and each figure of the passage is weighed under every candidate: it is
contradicted only if every candidate contradicts it, and the finding shows
each candidate's arithmetic."""
from __future__ import annotations

from collections import defaultdict

from models import Claim, Finding, Period
from rules.base import Interval, claim_text, evidence, judge, register, verdict_of
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


def months_of(period: Period) -> tuple[int, int]:
    """(last month, number of months) of a period, as Claim.months_named."""
    return period.end.month, period.months()


SHOWN_PINS = 5  # a passage of hundreds of figures names the first few, and counts the rest


def matched(pins) -> str:
    shown = "; ".join(f"{c.value_text!r} = {claim_text(c)} matches {ref.arithmetic}" for c, ref in pins[:SHOWN_PINS])
    more = len(pins) - SHOWN_PINS
    return shown + (f"; and {more} more figure{'s' if more > 1 else ''} of the passage match likewise" if more > 0 else "")


def pinned_evidence(pins, store: ReferenceStore) -> list:
    """The reference facts the pins used, each once (many figures of a passage use the same fact)."""
    out, seen = [], set()
    for _, ref in pins:
        for e in evidence(ref, store):
            key = (e.source, e.fact, e.value, e.period)
            if key not in seen:
                seen.add(key)
                out.append(e)
    return out


@register
class PeriodInferenceRule:
    name = "period-inference"

    def apply(self, claims: list[Claim], store: ReferenceStore) -> None:
        passages: dict[int, list[Claim]] = defaultdict(list)
        for c in claims:
            if c.period is None and c.passage is not None and c.entity and c.metric:
                passages[c.passage].append(c)
        candidates = store.natural_periods()
        for group in (g for passage in passages.values() for g in self._by_months_named(passage)):
            scored = {}
            named = {c.months_named for c in group if c.months_named}
            for p in candidates:
                if named and not all(months_of(p) == m for m in named):
                    continue  # "the fourth quarter": only a fourth quarter
                pins = [(c, ref) for c in group if (ref := pinning_value(c, p, store)) is not None]
                if pins:
                    scored[p.key()] = (p, pins)
            if not scored:
                continue
            best = max(len(v[1]) for v in scored.values())
            top = [v for v in scored.values() if len(v[1]) == best]
            if len(top) == 1:
                period, pins = top[0]
                self._assign(group, period.with_how("inferred"), pins, store)
            else:
                for c in group:
                    self._weigh(c, [(p.with_how("inferred"), pins) for p, pins in top], store)

    @staticmethod
    def _by_months_named(passage: list[Claim]) -> list[list[Claim]]:
        """A passage whose words name periods of different lengths ("im vergangenen Jahr … bis Ende September")
        is weighed in parts, one per length named (no one period is both); else as one."""
        named = {c.months_named for c in passage if c.months_named}
        if len(named) <= 1:
            return [passage]
        parts: dict = defaultdict(list)
        for c in passage:
            parts[c.months_named].append(c)
        return list(parts.values())

    def _assign(self, group: list[Claim], period: Period, pins, store: ReferenceStore) -> None:
        facts = pinned_evidence(pins, store)
        arithmetic = "; ".join(ref.arithmetic for _, ref in pins[:SHOWN_PINS])
        for c in group:
            c.period = period
            c.reading["period"] = f"inferred: {period_name(period)} is the one period whose reference data match"
            message = (f"The text gives no period for this figure; {period_name(period)} is inferred because "
                       f"in that period and no other the reference data match the passage: {matched(pins)}.")
            c.findings.append(Finding(rule=self.name, verdict="unverifiable", message=message, evidence=facts,
                                      arithmetic=arithmetic))

    def _weigh(self, claim: Claim, tied: list[tuple[Period, list]], store: ReferenceStore) -> None:
        """The claim under each tied period; contradicted only when every one contradicts it."""
        trials = []
        for period, pins in tied:
            findings = judge(claim.model_copy(update={"period": period, "findings": []}), store)
            trials.append((period, pins, findings, verdict_of(findings, store)))
        names = ", ".join(period_name(p) for p, *_ in trials)
        claim.reading["period"] = f"unresolved: the reference data match equally in {names}"
        every = all(v == "contradicted" for *_, v in trials)
        lines = []
        for period, pins, findings, v in trials:
            why = "; ".join(f.arithmetic or f.message for f in findings if f.verdict == v) or "no reference fact"
            lines.append(f"under {period_name(period)} (where {matched(pins)}) it is {v}: {why}")
        message = (f"The text gives no period for this figure, and the reference data match the passage equally "
                   f"in {names}, so no period is inferred. "
                   + ("Every candidate contradicts it: " if every else "The candidates disagree or cannot tell: ")
                   + "; ".join(lines) + ".")
        if every:  # the contradiction holds whichever period is meant: the candidates' findings decide
            claim.findings += [f for *_, findings, _ in trials for f in findings if f.verdict == "contradicted"]
        facts = pinned_evidence([pin for _, pins, *_ in trials for pin in pins], store)
        claim.findings.append(Finding(rule=self.name, verdict="unverifiable", message=message, evidence=facts,
                                      arithmetic=" | ".join(lines)))
