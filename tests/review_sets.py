"""What the review sets' tests (test_review4/5/6) share: one article of a set read with its language
from the file name, its claims by figure, and the contradictions it is expected to raise."""
import datetime as dt
from pathlib import Path
from typing import Optional

from pipeline import ArticleInput, check_article


def claims_of(path: Path, published: Optional[dt.date] = None) -> dict:
    result = check_article(path.read_text(encoding="utf-8"),
                           ArticleInput(id=path.stem, language=path.stem[:2], published=published))
    return {c.value_text: c for c in result.claims}


def contradicted(path: Path, published: Optional[dt.date] = None) -> set:
    return {(path.stem, v) for v, c in claims_of(path, published).items() if c.verdict == "contradicted"}


def expected(path: Path, *sets: set) -> set:
    return {m for s in sets for m in s if m[0] == path.stem}
