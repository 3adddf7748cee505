"""What crosses the review store's boundary, as pydantic models.

A decision is keyed by `ClaimKey`: the article's content hash, the claim's span
and its value. A re-run of `check` on the same text finds the same claim under
the same key, so the editor's decision, correction and notes stay with it.
"""
from __future__ import annotations

import datetime as dt
from typing import Literal, Optional

from pydantic import BaseModel, Field, field_validator

from models import METRICS, VERDICTS, Bound, Claim, Period, Verdict, parse_period_label
from pipeline import LANGUAGES
from sources.store import period_name

DecisionState = Literal["confirmed", "dismissed"]
# What the queue's "decision" filter offers: open = neither confirmed nor dismissed yet.
DECISION_FILTERS = ("open", "confirmed", "dismissed", "corrected")
BOUNDS: tuple[str, ...] = Bound.__args__  # type: ignore[attr-defined]
FILTER_VOCABULARY = {"verdict": VERDICTS, "language": LANGUAGES, "metric": METRICS, "decision": DECISION_FILTERS}


class ClaimKey(BaseModel):
    sha256: str
    start: int
    end: int
    value: float

    def slug(self) -> str:
        """The claim's part of a URL within its article: the span (unique within one text)."""
        return f"{self.start}-{self.end}"


class Correction(BaseModel):
    """An editor's reading of a claim: what the figure is about, replacing the checker's."""

    entity: Optional[str] = None
    metric: Optional[str] = None
    period: Optional[str] = None  # a label: 2025-H1, 2025-Q1..2025-Q3, 2025-01-01..2025-06-30
    bound: Bound = "eq"

    @field_validator("entity", "metric", "period", mode="before")
    @classmethod
    def _blank_is_none(cls, value):
        return value.strip() or None if isinstance(value, str) else value

    @field_validator("metric")
    @classmethod
    def _known_metric(cls, value):
        if value is not None and value not in METRICS:
            raise ValueError(f"unknown metric {value!r} (one of {', '.join(METRICS)})")
        return value

    @field_validator("period")
    @classmethod
    def _parsable_period(cls, value):
        if value is not None:
            parse_period_label(value)
        return value

    def parsed_period(self) -> Optional[Period]:
        return parse_period_label(self.period) if self.period else None


def period_label(period: Optional[Period]) -> str:
    """A label an editor can type back in (parse_period_label reads it)."""
    if period is None:
        return ""
    name = period_name(period)
    first, sep, last = name.partition("..")
    if sep and not last[:4].isdigit():  # "2025-Q1..Q3" is written back as "2025-Q1..2025-Q3"
        name = f"{first}..{first[:4]}-{last}"
    try:
        if parse_period_label(name).key() == period.key():
            return name
    except ValueError:
        pass
    return period.label()


class AuditEntry(BaseModel):
    at: str
    reviewer: str
    action: str  # confirm, dismiss, reopen, correct, note
    detail: str = ""


class Decision(BaseModel):
    state: Optional[DecisionState] = None
    reason: Optional[str] = None
    correction: Optional[Correction] = None
    reviewer: Optional[str] = None
    updated_at: Optional[str] = None


class ClaimRecord(BaseModel):
    """One claim as the desk shows it: the checker's claim, the corrected one if any, the decision."""

    key: ClaimKey
    original: Claim
    corrected: Optional[Claim] = None
    decision: Decision = Field(default_factory=Decision)
    audit: list[AuditEntry] = Field(default_factory=list)

    @property
    def claim(self) -> Claim:
        """The claim as it now stands: the corrected reading when there is one."""
        return self.corrected or self.original

    @property
    def verdict(self) -> Verdict:
        return self.claim.verdict

    @property
    def state(self) -> str:
        return self.decision.state or "open"


class StoredArticle(BaseModel):
    sha256: str
    id: str
    path: Optional[str] = None
    language: str
    published: Optional[dt.date] = None
    text: str
    first_seen: str
    checked_at: str
    claims: list[ClaimRecord] = Field(default_factory=list)


class QueueFilter(BaseModel):
    """The queue's filters; None is "any". The default queue is the flagged claims."""

    verdict: Optional[str] = "contradicted"
    language: Optional[str] = None
    entity: Optional[str] = None
    metric: Optional[str] = None
    source: Optional[str] = None
    decision: Optional[str] = None

    @field_validator("*", mode="before")
    @classmethod
    def _any_is_none(cls, value):
        return None if value in ("", "any") else value

    @field_validator("verdict", "language", "metric", "decision")
    @classmethod
    def _one_of_the_vocabulary(cls, value: Optional[str], info) -> Optional[str]:
        # A typo ("verdict=contradicte") would show an empty queue as if nothing were flagged.
        allowed = FILTER_VOCABULARY[info.field_name]
        if value is not None and value not in allowed:
            raise ValueError(f"{info.field_name}: {value!r} is not one of {', '.join(allowed)} (or any)")
        return value


class QueueRow(BaseModel):
    key: ClaimKey
    article_id: str
    path: Optional[str] = None
    language: str
    published: Optional[str] = None
    first_seen: str
    value_text: str
    sentence: str
    entity: Optional[str] = None
    metric: Optional[str] = None
    period: str = ""
    verdict: Verdict
    original_verdict: Verdict
    state: str
    corrected: bool
    reviewer: Optional[str] = None


class SaveReport(BaseModel):
    sha256: str
    claims: int
    decisions_kept: int
