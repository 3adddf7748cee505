"""A hunt for false alarms in plain news prose (2026-11-30, fifth session): 362 short articles a helper wrote
with CORRECT figures in many ordinary phrasings (relative periods, "the quarter before", "ein Jahr später",
spans "from 2024 through the third quarter of 2025", differences "$163 million more … than", denials "not $5
billion, as rumoured, but …", two metrics in one sentence, figures cut off after their last digit), run with
four publication dates, and 42 with one figure planted wrong. The first run flagged 42 correct figures. The
articles are in tests/data/review8/ (cases.jsonl lists the first run's false alarms and misses)."""
import datetime as dt
import re
from pathlib import Path

import pytest

from pipeline import ArticleInput, check_article

DATA = Path(__file__).parent / "data" / "review8"
RUNS = {"ok": dt.date(2025, 11, 14), "pub2026": dt.date(2026, 2, 10), "nopub": None, "pub2025-07": dt.date(2025, 7, 15)}
CORRECT = [(run, path) for run in RUNS for path in sorted((DATA / run).glob("*.txt"))]
WRONG = sorted((DATA / "wrong").glob("*.txt"))
# Correct figures still flagged, each for a reason the sets name: Microsoft paying OpenAI; corrections quoting
# the earlier, wrong figure. (A share of the inference bill read as the revenue-share rate, en111; "im dritten
# Quartal des Vorjahres", a quarter of the year before the one named, de_p01; "The year before, … in the same
# period", en175 and nb74, are fixed.)
STILL_FLAGGED = {("ok", "en122"), ("ok", "en154"), ("ok", "en20")}
# Planted errors not flagged: "since the start of 2024" and "hittil i år" run to the publication date (no
# period the data cover); per-day averages; "the four quarters to
# September 2025"; "Im Quartal zuvor" with no quarter named before; a bare German year before "bei";
# ("up 67% from the first quarter", w09, is caught since a basis with no year is the latest such quarter before
# the change's own; "fünfmal so viel … wie ein Jahr zuvor", w40, since "ein Jahr zuvor" after a multiple is its basis.)
STILL_MISSED = {"w07_en", "w10_en", "w19_en", "w23_nb", "w36_de", "w42_de"}


def language(path: Path) -> str:
    return re.search(r"(en|nb|de)", path.stem).group(1)


def flagged(path: Path, published) -> list[str]:
    result = check_article(path.read_text(encoding="utf-8"), ArticleInput(language=language(path), published=published))
    for c in result.claims:
        assert path.read_text(encoding="utf-8")[c.span[0]:c.span[1]] == c.value_text
    return [c.value_text for c in result.claims if c.verdict == "contradicted"]


def test_the_set_is_there():
    assert (len(CORRECT), len(WRONG)) == (362, 42)
    assert {language(p) for _, p in CORRECT} == {"en", "nb", "de"}


@pytest.mark.parametrize("run, path", CORRECT, ids=lambda x: x if isinstance(x, str) else x.stem)
def test_a_correct_figure_is_not_flagged(run, path):
    assert bool(flagged(path, RUNS[run])) == ((run, path.stem) in STILL_FLAGGED)


@pytest.mark.parametrize("path", WRONG, ids=lambda p: p.stem)
def test_a_planted_error_is_flagged(path):
    assert bool(flagged(path, dt.date(2025, 11, 14))) != (path.stem in STILL_MISSED)
