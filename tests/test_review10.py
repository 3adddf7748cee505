"""An adversarial review of the sixth session's readings (2026-12-01): fractions in words, a per cent of revenue
spent on something, clauses pointing back ("dafür", "for it"), changes whose verb is left out, bases named
before or after a change, a change's period from the level it reached, tables whose title names the metric, and
month ranges written with hyphens. 227 short articles a helper wrote to break them, 184 correct and 43 with one
figure planted wrong (expect.json names it). The first run flagged 17 correct articles (18 figures) and caught 22
of the 43 planted errors. FINDINGS.md says what each was. Run with the publication date 2025-11-14."""
import datetime as dt
import json
from pathlib import Path

import pytest

from tests.review_sets import assert_correct_one, assert_planted_one

DATA = Path(__file__).parent / "data" / "review10"
PUBLISHED = dt.date(2025, 11, 14)
EXPECT = json.loads((DATA / "expect.json").read_text(encoding="utf-8"))
ARTICLES = sorted((DATA / "arts").glob("*.txt"))
PLANTED = [p for p in ARTICLES if EXPECT.get(p.stem, ["ok"])[0] == "bad"]
CORRECT = [p for p in ARTICLES if p not in PLANTED]
# Correct figures still flagged: none. Fixed since the first run: "For det betalte OpenAI 3,648 milliarder …, mens
# Microsoft fikk 411 millioner" (what "det" points back to, not the later clause's payments; h32), "Nearly two fifths of OpenAI's 2024
# inference bill of $3.77 billion fell in the fourth quarter, when it spent $1.467 billion" (the quarter is the
# when-clause's figure's; f34), "OpenAI's 2024 payments to Microsoft, $168 million, came in the fourth quarter" (f05), a
# basis named before its change, "dafür" after a share of revenue, "a fifth of OpenAI's
# revenue" lending revenue to the payment beside it, "Vier Fünftel … behält OpenAI", "Von Juli bis September des
# Vorjahres", "Nach einem Plus von 42 Prozent im Vorquartal", a title's metric lent to a column beside one that
# names it, "X percent of its revenue to Microsoft" held back (the right 20 % was never supported).
STILL_FLAGGED: set[str] = set()
# Planted errors not flagged: mostly changes with no basis named (no rule can check them), "a quarter of"/"half
# of" revenue (not read as shares), "up 23.8% on the quarter and 236% on the year", columns headed "Costs" or
# "Amount", a table whose title gives the year and rows the quarters; see FINDINGS.md.
STILL_MISSED = {"f06_en", "f19_en", "f27_nb", "g03_en", "h05_en", "h08_nb", "h23_en", "h36_de", "h38_nb", "i02_en",
                "i08_nb", "i15_nb", "i18_de", "i28_en", "j04_en", "k05_en", "r06_en", "t22_en", "t23_de"}


def test_the_set_is_there():
    assert (len(CORRECT), len(PLANTED)) == (184, 43)
    assert {p.stem[-2:] for p in ARTICLES} == {"en", "nb", "de"}


@pytest.mark.parametrize("path", CORRECT, ids=lambda p: p.stem)
def test_a_correct_figure_is_not_flagged(path):
    assert_correct_one(path, PUBLISHED, STILL_FLAGGED)


@pytest.mark.parametrize("path", PLANTED, ids=lambda p: p.stem)
def test_the_planted_figure_is_flagged_and_no_other(path):
    assert_planted_one(path, PUBLISHED, EXPECT[path.stem][1], STILL_MISSED)
