"""The data that crosses every boundary of claimcheck, as pydantic models.

This module imports nothing of ours: every room of the house (claims, sources,
rules, pipeline, cli) speaks in these types. The JSON they dump is the output
contract (shared/CONTRACT.md); fields may be added, never renamed.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator

Kind = Literal["amount", "percent", "growth", "ratio"]
Bound = Literal["eq", "approx", "nearly", "gt", "gte", "lt", "lte"]
Verdict = Literal["supported", "consistent", "contradicted", "unverifiable"]
PeriodHow = Literal["stated", "context", "inferred", "published"]
NumberKind = Literal["number", "money", "percent"]

METRICS = (
    "revenue", "annualized_revenue", "inference_cost", "training_cost", "compute_spend",
    "cost_of_revenue", "revenue_share", "revenue_share_rate", "net_loss", "operating_loss",
    "capex", "equity_stake", "compute_commitment", "valuation", "funding",
)
# Metrics that are a level or a share, not a flow: they are not summed over
# time and are not carried to a period from context.
RATE_METRICS = frozenset({"revenue_share_rate", "equity_stake"})
# A percentage of these is the share rate ("20 % of revenue", "20 % inntektsdeling", a chart of "Microsofts andel av
# OpenAIs inntekter, prosent"); an amount of the rate is the share paid.
PERCENT_OF = {"revenue": "revenue_share_rate", "revenue_share": "revenue_share_rate"}
AMOUNT_OF = {"revenue_share_rate": "revenue_share"}
VERDICTS: tuple[Verdict, ...] = ("supported", "consistent", "contradicted", "unverifiable")
# How a claim's reading starts when a phrase with no year ("the third quarter") took its year from
# the publication date: claims.normalize writes it, rules.engine counts it as leaning on context.
PUBLISHED_NO_YEAR = "published, no year"
# The reading of a period taken from a figure before it in the same sentence ("865,9 Mio. in den ersten drei
# Quartalen 2025 … einen Mindestumsatz von 4,33 Mrd."): context, and counted as leaning on it.
SENTENCE_PERIOD = "context: the period of a figure before it in the sentence"
# Period readings that lean on context (rules.engine counts them; a change that takes its period from a figure read
# so leans on it too: claims.normalize).
PARAGRAPH_PERIOD = "context: earlier in the paragraph"
LEANING_METRICS = ("context", "nearby")
LEANING_PERIODS = (PARAGRAPH_PERIOD, PUBLISHED_NO_YEAR, SENTENCE_PERIOD)
# The reading of a company carried from the figure before, which had only the company the article is about:
# a guess (rules.engine holds a contradiction on it back until the data bear that company out).
CARRIED_ARTICLE_COMPANY = "article: the company of the previous figure, the one the article is about"
# Rules whose findings say where a period came from: they explain a verdict, never decide it.
EXPLAINING_RULES = frozenset({"period-inference", "constant-value"})


class Period(BaseModel):
    """A closed interval of calendar dates; start == end for a point in time."""

    model_config = ConfigDict(frozen=True)

    start: dt.date
    end: dt.date
    how: Optional[PeriodHow] = None

    @model_validator(mode="after")
    def _ordered(self) -> "Period":
        if self.start > self.end:
            raise ValueError(f"period starts after it ends: {self.start} > {self.end}")
        return self

    def key(self) -> tuple[dt.date, dt.date]:
        return (self.start, self.end)

    def label(self) -> str:
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    def months(self) -> int:
        """How many calendar months the period touches (a quarter is 3, a fiscal year 12)."""
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    def with_how(self, how: PeriodHow) -> "Period":
        return Period(start=self.start, end=self.end, how=how)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def months(year: int, first: int, last: int, how: str = "stated") -> Optional[Period]:
    if not (1 <= first <= last <= 12):
        return None
    return Period(start=dt.date(year, first, 1), end=month_end(year, last), how=how)


def quarter(year: int, q: int, how: str = "stated") -> Optional[Period]:
    return months(year, 3 * q - 2, 3 * q, how) if 1 <= q <= 4 else None


def parse_period_label(label: str) -> Period:
    """"2024", "2024-Q1", "2024-H1", "2025-Q1..2025-Q3", "2025-01-01..2025-09-30"."""
    label = label.strip()
    if ".." in label:
        a, b = (parse_period_label(x) for x in label.split("..", 1))
        return Period(start=a.start, end=b.end)
    m = re.fullmatch(r"(\d{4})(?:-(Q[1-4]|H[12]|\d{2})(?:-(\d{2}))?)?", label)
    if not m:
        raise ValueError(f"not a period: {label!r} (use 2024, 2024-Q1, 2024-H1, or a..b)")
    year, part, day = int(m.group(1)), m.group(2), m.group(3)
    if part is None:
        p = months(year, 1, 12)
    elif part.startswith("Q"):
        p = quarter(year, int(part[1]))
    elif part.startswith("H"):
        h = int(part[1])
        p = months(year, 6 * h - 5, 6 * h)
    elif day:
        d = dt.date(year, int(part), int(day))
        p = Period(start=d, end=d)
    else:
        p = months(year, int(part), int(part))
    if p is None:
        raise ValueError(f"not a period: {label!r}")
    return Period(start=p.start, end=p.end)


class NumberMention(BaseModel):
    """One numeric expression as read from text, claim or not (`claimcheck numbers`)."""

    start: int
    end: int
    text: str
    value: Optional[float] = None
    min: Optional[float] = None
    max: Optional[float] = None
    unit: Optional[str] = None
    kind: NumberKind = "number"
    precision: float = 0.0
    # Why a plain number is not a claim (year, date, ordinal, model name, ...).
    role: Optional[str] = None
    scaled: bool = False
    # "8.67b", "206k" with no currency written: finance shorthand for an amount, if the text around says so
    shorthand: bool = Field(default=False, exclude=True)
    # "2.947 milliarder" in Norwegian: thousands grouped (2 947), or, machine-translated, a
    # decimal point (2.947). The value is the language's reading; this is the other one.
    alt_value: Optional[float] = Field(default=None, exclude=True)

    def contract(self) -> dict:
        out: dict = {"span": [self.start, self.end], "text": self.text}
        if self.min is not None and self.max is not None:
            out["min"], out["max"] = self.min, self.max
        else:
            out["value"] = self.value
        out["unit"] = self.unit
        out["kind"] = self.kind
        if self.role:
            out["role"] = self.role
        return out


class Evidence(BaseModel):
    """A reference fact (or the article's own claim) that a finding used."""

    source: str
    fact: str
    value: Optional[float] = None
    period: Optional[str] = None
    reported_by: Optional[str] = None


class Finding(BaseModel):
    rule: str
    verdict: Verdict
    message: str
    evidence: list[Evidence] = Field(default_factory=list)
    arithmetic: Optional[str] = None


class Basis(BaseModel):
    """What a growth or a ratio compares against: "up 74 % year over year" compares
    the claim's period with the same period a year earlier; "nearly double the
    revenue" compares the claim's metric with revenue."""

    metric: Optional[str] = None
    period: Optional[Period] = None
    text: Optional[str] = None  # the words that named it ("year over year", "av inntekten")


class Claim(BaseModel):
    id: str
    span: tuple[int, int]
    value_text: str
    sentence: str
    kind: Kind
    entity: Optional[str] = None
    metric: Optional[str] = None
    period: Optional[Period] = None
    value: float
    unit: str
    bound: Bound = "eq"
    precision: float = 0.0
    verdict: Verdict = "unverifiable"
    findings: list[Finding] = Field(default_factory=list)
    speaker: Optional[str] = None
    # For growth and ratio claims: the other side of the comparison, when the text gives it.
    basis: Optional[Basis] = None
    # How entity, metric, period and unit were read (stated, context, header, ...).
    reading: dict[str, str] = Field(default_factory=dict)
    # Claims with no period that the text ties together (for period inference).
    passage: Optional[int] = Field(default=None, exclude=True)
    # ... and the months the text names without a year ("the first nine months": (9, 9), last
    # month and count): a period inferred for it must be those months of some year.
    months_named: Optional[tuple[int, int]] = Field(default=None, exclude=True)
    # The value under the other reading of an ambiguous separator (NumberMention.alt_value).
    alt_value: Optional[float] = Field(default=None, exclude=True)


class ArticleMeta(BaseModel):
    id: str
    path: Optional[str] = None
    language: str
    published: Optional[dt.date] = None
    sha256: str


class Summary(BaseModel):
    claims: int = 0
    supported: int = 0
    consistent: int = 0
    contradicted: int = 0
    unverifiable: int = 0


class ArticleResult(BaseModel):
    article: ArticleMeta
    claims: list[Claim]
    summary: Summary

    @classmethod
    def build(cls, article: ArticleMeta, claims: list[Claim]) -> "ArticleResult":
        counts = {v: sum(c.verdict == v for c in claims) for v in VERDICTS}
        return cls(article=article, claims=claims, summary=Summary(claims=len(claims), **counts))

    def contract(self) -> dict:
        return self.model_dump(mode="json")


class ReferenceFact(BaseModel):
    """One fact of a reference source: a value for entity x metric x period."""

    model_config = ConfigDict(frozen=True)

    id: str
    source: str
    entity: str
    counterparty: Optional[str] = None
    metric: str
    period: Period
    value: float
    unit: str
    # Half-width of the rounding the source applied (0.547 bn -> 0.0005 bn).
    rounding: float = 0.0
    # eq: the quantity itself; gte: a lower bound on it (implied minimum revenue).
    bound: Literal["eq", "gte", "lte"] = "eq"
    reported_by: Optional[str] = None
    note: Optional[str] = None

    def involves(self, entity: Optional[str]) -> bool:
        return entity is not None and entity in (self.entity, self.counterparty)
