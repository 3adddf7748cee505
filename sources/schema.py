"""The shape of a reference data file, validated with pydantic.

A source is YAML (`source`, `metrics`, `derivations`, `relations`, `facts`)
or CSV (one fact per row; the file name is the source name). A malformed file
raises SourceError naming the file, the row and the reason.
"""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Literal, Optional

import yaml
from pydantic import BaseModel, ConfigDict, FiniteFloat, ValidationError, field_validator, model_validator

from models import METRICS, Period, ReferenceFact, parse_period_label


CSV_REQUIRED = ("entity", "metric", "period", "value")


class SourceError(ValueError):
    """A reference file that cannot be used; the message names file, row and reason."""


def known_metric(v: str) -> str:
    if v not in METRICS:
        raise ValueError(f"unknown metric {v!r} (one of {', '.join(METRICS)})")
    return v


class SourceInfo(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    title: str = ""
    reported_by: str = ""
    published: Optional[dt.date] = None
    note: str = ""
    path: str = ""


class MetricSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    aggregate: Literal["sum", "constant"] = "sum"


class Derivation(BaseModel):
    """metric (bound) = numerator / divide_by, or numerator x multiply_by; a rate in %
    counts as its fraction. Every fact used is the entity's own (not a counterparty's)."""

    model_config = ConfigDict(extra="forbid")
    id: str
    metric: str
    bound: Literal["eq", "gte", "lte"] = "eq"
    numerator: str
    divide_by: Optional[str] = None
    multiply_by: Optional[str] = None
    why: str = ""

    @field_validator("metric", "numerator", "divide_by", "multiply_by")
    @classmethod
    def _known(cls, v: Optional[str]) -> Optional[str]:
        return v if v is None else known_metric(v)

    @model_validator(mode="after")
    def _one_operation(self) -> "Derivation":
        if (self.divide_by is None) == (self.multiply_by is None):
            raise ValueError("give exactly one of divide_by and multiply_by")
        return self

    @property
    def operand(self) -> str:
        return self.divide_by or self.multiply_by or ""


class Relation(BaseModel):
    model_config = ConfigDict(extra="forbid")
    part: str
    whole: str
    why: str = ""

    @field_validator("part", "whole")
    @classmethod
    def _known(cls, v: str) -> str:
        return known_metric(v)


class FactRow(BaseModel):
    """One fact as written in a file, before it gets its id and source."""

    model_config = ConfigDict(extra="forbid")
    entity: str
    counterparty: Optional[str] = None
    metric: str
    period: Period
    value: FiniteFloat  # YAML reads .nan, .inf and 1e400 as floats; none is a fact
    unit: str = "USD"
    rounding: FiniteFloat = 0.0
    bound: Literal["eq", "gte", "lte"] = "eq"
    reported_by: Optional[str] = None
    note: Optional[str] = None

    @field_validator("metric")
    @classmethod
    def _known_metric(cls, v: str) -> str:
        return known_metric(v)

    @field_validator("value", "rounding", mode="before")
    @classmethod
    def _not_a_flag(cls, v):
        if isinstance(v, bool):  # YAML's `yes`/`true` would otherwise read as 1.0
            raise ValueError("must be a number, not true/false")
        return v

    @field_validator("period", mode="before")
    @classmethod
    def _period(cls, v):
        if isinstance(v, (str, int)):
            return parse_period_label(str(v))
        return v

    @field_validator("rounding")
    @classmethod
    def _non_negative(cls, v: float) -> float:
        if v < 0:
            raise ValueError("rounding must not be negative")
        return v


class SourceFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    source: SourceInfo
    metrics: dict[str, MetricSpec] = {}
    derivations: list[Derivation] = []
    relations: list[Relation] = []
    facts: list[ReferenceFact] = []

    @field_validator("metrics")
    @classmethod
    def _metric_names(cls, v: dict) -> dict:
        for name in v:
            known_metric(name)
        return v


def _error(path: Path, where: str, exc: Exception) -> SourceError:
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        loc = ".".join(str(x) for x in first["loc"])
        reason = f"{loc}: {first['msg']}" if loc else first["msg"]
    else:
        reason = str(exc)
    return SourceError(f"{path}: {where}: {reason}")


def _facts(path: Path, source: str, rows: list, first_row: int, label: str) -> list[ReferenceFact]:
    facts = []
    for i, row in enumerate(rows, start=first_row):
        try:
            if not isinstance(row, dict):
                raise ValueError("a fact must be a mapping of fields")
            clean = {k: v for k, v in row.items() if v not in (None, "")}
            fact = FactRow.model_validate(clean)
        except (ValidationError, ValueError) as exc:
            raise _error(path, f"{label} {i}", exc) from None
        facts.append(ReferenceFact(id=f"{source}#{i}", source=source, **fact.model_dump()))
    return facts


def load_yaml(path: Path) -> SourceFile:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, ValueError, RecursionError) as exc:  # ValueError: a date like 2024-02-30
        raise SourceError(f"{path}: not valid YAML: {(str(exc) or type(exc).__name__).splitlines()[0]}") from None
    if not isinstance(data, dict) or "source" not in data:
        raise SourceError(f"{path}: expected a mapping with `source` and `facts`")
    rows = data.get("facts") or []
    if not isinstance(rows, list):
        raise SourceError(f"{path}: `facts` must be a list")
    try:
        info = SourceInfo.model_validate({**data["source"], "path": str(path)})
        head = SourceFile.model_validate({k: v for k, v in data.items() if k != "facts"} | {"source": info})
    except (ValidationError, TypeError) as exc:
        raise _error(path, "header", exc) from None
    head.facts = _facts(path, info.name, rows, 1, "fact")
    return head


def load_csv(path: Path) -> SourceFile:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            rows = list(reader)
            header = reader.fieldnames or []
    except (UnicodeDecodeError, csv.Error) as exc:
        raise SourceError(f"{path}: not a readable CSV file: {exc}") from None
    missing = [f for f in CSV_REQUIRED if f not in header]
    if missing and not rows:  # with rows, row 2 names the missing field
        raise SourceError(f"{path}: row 1: the header lacks the column(s) {', '.join(missing)}")
    for n, row in enumerate(rows, start=2):
        if None in row:  # DictReader files surplus cells under the key None
            raise SourceError(f"{path}: row {n}: more cells than the header has columns")
    info = SourceInfo(name=path.stem, path=str(path))
    # Row numbers as a spreadsheet shows them: the header is row 1.
    return SourceFile(source=info, facts=_facts(path, info.name, rows, 2, "row"))


# A reference file is a table of facts: 10 MB holds some 100,000 rows. Past it a file is not one
# (a log, a database dump), and validating it row by row would hold the run for minutes.
MAX_SOURCE_BYTES = 10 * 2**20


def load_source(path: Path) -> SourceFile:
    if not path.is_file():
        raise SourceError(f"{path}: no such file")
    if path.stat().st_size > MAX_SOURCE_BYTES:
        raise SourceError(f"{path}: over {MAX_SOURCE_BYTES // 2**20} MB, too large for a reference data file")
    try:
        return _load_by_suffix(path)
    except OSError as exc:  # unreadable, or gone between the listing and the read
        raise SourceError(f"{path}: cannot be read ({exc.strerror or exc})") from None


def _load_by_suffix(path: Path) -> SourceFile:
    if path.suffix.lower() in (".yaml", ".yml"):
        return load_yaml(path)
    if path.suffix.lower() == ".csv":
        return load_csv(path)
    raise SourceError(f"{path}: unknown format (use .yaml, .yml or .csv)")
