"""The editors' decisions as CSV and JSON, and confirmed contradictions as
schema.org ClaimReview JSON-LD (what search engines and fact-check aggregators read)."""
from __future__ import annotations

import csv
import io
import json
from typing import Literal, Optional

from pydantic import BaseModel, Field

from models import EXPLAINING_RULES, Claim
from review.records import period_label
from review.store import ReviewStore

ExportFormat = Literal["csv", "json", "claimreview"]
EXPORT_FORMATS: tuple[str, ...] = ExportFormat.__args__  # type: ignore[attr-defined]
MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json",
               "claimreview": "application/ld+json"}
FILE_NAMES = {"csv": "decisions.csv", "json": "decisions.json", "claimreview": "claimreview.jsonld"}

DEFAULT_AUTHOR = "claimcheck review desk"
# ClaimReview's rating scale: 1 = false ... 5 = true; a confirmed contradiction is rated 1.
RATING = {"@type": "Rating", "ratingValue": 1, "worstRating": 1, "bestRating": 5, "alternateName": "False"}


class DecisionRow(BaseModel):
    """One decided claim as it now stands (the corrected reading when there is one), flat for CSV."""

    article_id: Optional[str] = None
    path: Optional[str] = None
    sha256: str
    span_start: int
    span_end: int
    value: float
    value_text: Optional[str] = None
    language: Optional[str] = None
    verdict: Optional[str] = None
    original_verdict: Optional[str] = None
    state: str = "open"
    reason: Optional[str] = None
    entity: Optional[str] = None
    metric: Optional[str] = None
    period: Optional[str] = None
    bound: Optional[str] = None
    corrected: bool = False
    current: bool = True  # false when the last check of the article no longer found the claim
    reviewer: str
    updated_at: str
    notes: str = ""
    claim: Optional[Claim] = Field(default=None, exclude=True)
    published: Optional[str] = Field(default=None, exclude=True)


COLUMNS = tuple(name for name, field in DecisionRow.model_fields.items() if not field.exclude)


def decision_rows(store: ReviewStore) -> list[DecisionRow]:
    out = []
    for r in store.decided():
        original = Claim.model_validate_json(r["claim_json"]) if r["claim_json"] else None
        corrected = Claim.model_validate_json(r["corrected_json"]) if r["corrected_json"] else None
        claim = corrected or original
        reading = {"value_text": claim.value_text, "verdict": claim.verdict, "entity": claim.entity,
                   "metric": claim.metric, "period": period_label(claim.period) or None,
                   "bound": claim.bound} if claim else {}
        out.append(DecisionRow(
            **{k: r[k] for k in ("article_id", "path", "sha256", "span_start", "span_end", "value", "language",
                                 "reason", "reviewer", "updated_at", "published")},
            **reading, original_verdict=original.verdict if original else None, state=r["state"] or "open",
            corrected=r["correction_json"] is not None, current=original is not None, notes=r["notes"] or "",
            claim=claim))
    return out


def to_csv(rows: list[DecisionRow]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(r.model_dump() for r in rows)
    return buf.getvalue()


def to_json(rows: list[DecisionRow]) -> str:
    return json.dumps([r.model_dump() for r in rows], ensure_ascii=False, indent=2) + "\n"


def to_claimreview(rows: list[dict], author: str = DEFAULT_AUTHOR) -> str:
    """Confirmed claims whose verdict (after any correction) is contradicted, as a JSON-LD array."""
    reviews = [claim_review(r, author) for r in rows
               if r.state == "confirmed" and r.verdict == "contradicted" and r.claim is not None]
    return json.dumps(reviews, ensure_ascii=False, indent=2) + "\n"


def claim_review(row: DecisionRow, author: str) -> dict:
    claim = row.claim
    deciding = [f for f in claim.findings if f.verdict == "contradicted" and f.rule not in EXPLAINING_RULES]
    body = " ".join(f.message + (f" ({f.arithmetic})" if f.arithmetic else "") for f in deciding)
    appearance = {"@type": "CreativeWork", "name": row.article_id}
    if row.path and "://" in row.path:
        appearance["url"] = row.path
    if row.published:
        appearance["datePublished"] = row.published
    item = {"@type": "Claim", "text": claim.value_text, "appearance": appearance}
    if claim.entity:
        item["about"] = {"@type": "Organization", "name": claim.entity}
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": f"{row.sha256}:{row.span_start}-{row.span_end}",
        "datePublished": row.updated_at[:10],
        "claimReviewed": claim.sentence,
        "itemReviewed": item,
        "author": {"@type": "Organization", "name": author},
        "reviewRating": {**RATING, "ratingExplanation": body or "Contradicted by the reference data."},
        "reviewBody": body,
        "editor": {"@type": "Person", "name": row.reviewer},
    }


def export(store: ReviewStore, fmt: str, author: str = DEFAULT_AUTHOR) -> str:
    rows = decision_rows(store)
    if fmt == "csv":
        return to_csv(rows)
    if fmt == "json":
        return to_json(rows)
    if fmt == "claimreview":
        return to_claimreview(rows, author)
    raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(EXPORT_FORMATS)})")
