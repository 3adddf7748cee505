"""What the review sets' tests share: one article of a set read with its language from the file name (test_review4-7:
its first two letters; the planted sets test_review9 and 10: its last two), its claims by figure, and the contradictions
it is expected to raise."""
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


# The planted sets (review9, review10): files named <id>_<lang>.txt, expect.json naming each planted figure.
def flagged_figures(path: Path, published: dt.date) -> list:
    """The figures the article's check flags, each span checked against the text."""
    text = path.read_text(encoding="utf-8")
    result = check_article(text, ArticleInput(language=path.stem[-2:], published=published))
    for c in result.claims:
        assert text[c.span[0]:c.span[1]] == c.value_text
    return [c.value_text for c in result.claims if c.verdict == "contradicted"]


def assert_correct_one(path: Path, published: dt.date, still_flagged: set) -> None:
    assert bool(flagged_figures(path, published)) == (path.stem in still_flagged)


def assert_planted_one(path: Path, published: dt.date, planted: str, still_missed: set) -> None:
    flagged = flagged_figures(path, published)
    assert (planted in flagged) != (path.stem in still_missed)
    assert set(flagged) <= {planted}
