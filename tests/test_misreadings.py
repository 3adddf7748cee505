"""174 short paragraphs written by a helper to tempt misreadings (figures about other companies
and metrics, changes, rates per month, plans and hypotheses, parts of the revenue, comparisons'
earlier values, payments the other way, spans across years, quoted wrong figures), each in
tests/data/misreadings/ with its language in languages.json. Read correctly, only the quoted
wrong figures contradict the reference data. On their first run 52 claims came out
contradicted; the test holds the line reached."""
import json
from pathlib import Path

from pipeline import ArticleInput, check_article

DATA = Path(__file__).parent / "data" / "misreadings"
# Figures the text itself quotes as wrong ("Reports that … were wrong"): rightly contradicted.
RIGHTLY_CONTRADICTED = {("en35", "$5 billion"), ("r2de11", "5 Mrd. Dollar"), ("r2en33", "$600 million"),
                        ("r2nb12", "5 milliarder dollar")}
# Misreadings still left, written down so that none is added unnoticed. The last four (inference bought
# from other providers than Azure, a metric borrowed from Microsoft's own revenue across a semicolon,
# "im zweiten" with its noun left out) were fixed on 2026-11-30.
STILL_MISREAD: set[tuple[str, str]] = set()


def contradicted() -> set[tuple[str, str]]:
    languages = json.loads((DATA / "languages.json").read_text(encoding="utf-8"))
    out = set()
    for case, lang in languages.items():
        text = (DATA / f"{case}.txt").read_text(encoding="utf-8")
        result = check_article(text, ArticleInput(id=case, language=lang))
        out |= {(case, c.value_text) for c in result.claims if c.verdict == "contradicted"}
    return out


def test_only_quoted_wrong_figures_are_contradicted():
    found = contradicted()
    assert RIGHTLY_CONTRADICTED <= found
    assert found - RIGHTLY_CONTRADICTED == STILL_MISREAD
