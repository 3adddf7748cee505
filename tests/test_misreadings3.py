"""A third adversarial set (2026-11-30), written blind to the fixes the second one prompted: 260 short
paragraphs and mini-articles in tests/data/misreadings3/ (224 traps, 36 with "_T" in the name stating
a figure that really conflicts with the leak). The language is the file name's prefix.

On the first run 32 claims in the traps came out contradicted and 6 real conflicts were missed. The
fixes that followed (other costs than the inference bill, the share kept, percentages of another
figure, German changes with "um", "not anything like", per-quarter caps, apposition, payments
"überwies Microsoft") brought that to the lists below, which this test holds: no new false
contradiction may appear, and each one fixed must be taken off the list."""
import re
from pathlib import Path

import pytest

from pipeline import ArticleInput, check_article

DATA = Path(__file__).parent / "data" / "misreadings3"
# False contradictions still made, by cause (the helper's report, 2026-11-30):
STILL_MISREAD = {
    # borderline (the helper's own judgement): a quote whose year is questioned ("$1.46bn" for 1.467, a figure
    # cut off after its last digit, is read as such since 2026-11-30, fifth session)
    ("en_34_quote_in_quote", "$2bn"),
}
# Real conflicts still missed: a table's title naming the metric and year, "doubled" between two
# quarters, a full year known only in part, a revenue under the implied floor within rounding, and a
# per-quarter cap over nine months.
STILL_MISSED = {"en_T05_revenue_2024_low", "en_T10_doubled", "en_T12_2025_fullyear", "en_T18_table_title_year",
                "en_T19_never_exceeded"}
FILES = sorted(DATA.glob("*.txt"))


def contradicted(path: Path) -> set[str]:
    lang = re.sub(r"^r\d+_", "", path.stem)[:2]
    result = check_article(path.read_text(encoding="utf-8"), ArticleInput(id=path.stem, language=lang))
    return {c.value_text for c in result.claims if c.verdict == "contradicted"}


def test_the_set_is_there():
    assert len(FILES) == 260 and sum("_T" in f.stem for f in FILES) == 36


@pytest.mark.parametrize("path", [f for f in FILES if "_T" not in f.stem], ids=lambda p: p.stem)
def test_a_trap_is_not_contradicted(path):
    assert {(path.stem, v) for v in contradicted(path)} == {m for m in STILL_MISREAD if m[0] == path.stem}


@pytest.mark.parametrize("path", [f for f in FILES if "_T" in f.stem], ids=lambda p: p.stem)
def test_a_real_conflict_is_contradicted(path):
    assert bool(contradicted(path)) != (path.stem in STILL_MISSED)
