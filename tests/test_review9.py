"""An adversarial review of the period-step, range, difference and two-metric rules (2026-11-30, fifth session):
318 short articles a helper wrote to break those rules, 287 with correct figures and 31 with one figure planted
wrong (expect.json names the planted figure; e34_en, where "a year later" may count from either of two quarters,
is set aside). The first run flagged 53 correct figures and caught 27 of the 31 planted ones. FINDINGS.md says
what each false alarm was. Run with the publication date 2025-11-14."""
import datetime as dt
import json
from pathlib import Path

import pytest

from tests.review_sets import assert_correct_one, assert_planted_one

DATA = Path(__file__).parent / "data" / "review9"
PUBLISHED = dt.date(2025, 11, 14)
EXPECT = json.loads((DATA / "expect.json").read_text(encoding="utf-8"))
ARTICLES = sorted(p for folder in ("arts", "iso", "iso2") for p in (DATA / folder).glob("*.txt"))
PLANTED = [p for p in ARTICLES if EXPECT.get(p.stem, ["ok"])[0] == "bad"]
CORRECT = [p for p in ARTICLES if p not in PLANTED]
# Correct figures once flagged, each for a reason FINDINGS.md names, all fixed since: "up 65.7% to $411 million"
# with the verb left out, read as a rate (a06); "im Vorjahresquartal" after "im Vorquartal" in one sentence
# given the first basis (e33); figures and metrics or quarters listed in turn, "respectively" (a03, a07, e20); a
# wrapped line opening with "eBay" or "xAI" read on as the sentence before (w03, w12); "the last two quarters of
# 2024", "the last three months of 2024" (o04, o05); "Microsoft's take" (e19); an aside "the second of 2025"
# after a step (e01, s02); "$3.65 billion, not $5 billion as rumoured" (k08).
STILL_FLAGGED: set = set()
# Planted errors not flagged: a wrong difference, "$263 million more than in the second quarter" (p10), which no
# rule checks. ("56,7" in a growth column beside "Betalinger (mill. dollar)" under the title "OpenAIs betalinger til
# Microsoft" (p20) is flagged since the title lends its metric.)
STILL_MISSED = {"p10_en"}


def test_the_set_is_there():
    assert (len(CORRECT), len(PLANTED)) == (287, 31)
    assert {p.stem[-2:] for p in ARTICLES} == {"en", "nb", "de"}


@pytest.mark.parametrize("path", CORRECT, ids=lambda p: p.stem)
def test_a_correct_figure_is_not_flagged(path):
    assert_correct_one(path, PUBLISHED, STILL_FLAGGED)


@pytest.mark.parametrize("path", PLANTED, ids=lambda p: p.stem)
def test_the_planted_figure_is_flagged_and_no_other(path):
    assert_planted_one(path, PUBLISHED, EXPECT[path.stem][1], STILL_MISSED)
