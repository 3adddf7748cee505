"""An editor's corrected reading, checked again by the same rules `check` runs."""
from __future__ import annotations

from typing import Optional

from models import Claim, Period
from review.records import Correction, period_label
from rules.engine import evaluate
from sources.store import ReferenceStore, bundled_store

CORRECTED = "corrected by an editor"
FIELDS = ("entity", "metric", "period", "bound")


def apply_correction(original: Claim, correction: Correction, references: Optional[ReferenceStore] = None) -> Claim:
    """The claim with the editor's entity, metric, period and bound, and the verdict the rules give it
    against `references` (the reference data the desk was started with: the bundled leak unless
    `--sources`/`--trust` say otherwise; rules over several claims of the article see this one alone)."""
    claim = original.model_copy(deep=True)
    before, period = correction_of(original), correction.parsed_period()
    claim.entity, claim.metric, claim.bound = correction.entity, correction.metric, correction.bound
    # The period is the editor's, not the text's: it carries no `how` the checker would claim.
    claim.period = Period(start=period.start, end=period.end) if period else None
    changed = [f for f in FIELDS if getattr(correction, f) != getattr(before, f)]
    claim.reading = {**claim.reading, **dict.fromkeys(changed, CORRECTED)}
    claim.findings, claim.verdict, claim.passage = [], "unverifiable", None
    evaluate([claim], references or bundled_store())
    return claim


def correction_of(claim: Claim) -> Correction:
    """The claim's current reading as a correction form would show it."""
    return Correction(entity=claim.entity, metric=claim.metric, period=period_label(claim.period) or None,
                      bound=claim.bound)
