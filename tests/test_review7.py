"""The adversarial articles a third code review (2026-11-30, fourth session) wrote against the readings that
holdout13 and holdout14 taught: a rate's base ("20% of OpenAI's revenue, which in 2024 was at least $2.47
billion"), answers that take their question's period ("A: OpenAI's smallest payment … was $77 million"), a
fall verb before the rise ("did not fall but rose by 66%"), stretches of two periods whose figure is where the
stretch ended ("climbed steadily, reaching $3.65 billion") or what a comparison ranges over ("the largest of
any quarter between …"), quarters named as a range with a total ("From the first to the third quarter of
2025, OpenAI paid $865.9 million"), figures over several coordinated periods, a cost word after a table
that is all costs, payment phrases with the payer inverted. 81 articles in tests/data/review7/ (FINDINGS.md
there has the review's tables), read as published on 14 November 2025."""
import datetime as dt
from pathlib import Path

import pytest

from tests.review_sets import claims_of, contradicted, expected

DATA = Path(__file__).parent / "data" / "review7"
FILES = sorted(DATA.glob("*.txt"))
PUBLISHED = dt.date(2025, 11, 14)
# Real conflicts with the leak, each with its company, metric and period in the text.
CONTRADICTED = {
    ("de_quiz_antwort", "439,8 Millionen Dollar"), ("en_quiz_wrong_answer", "$4.77 billion"),  # answers to a question
    ("en_quiz_smallest_largest", "$6.87 billion"), ("en_combined_wrong_hidden", "$965.9 million"),
    ("en_from_second_to_third_wrong", "42%"), ("en_rate_payments_wrong", "$593.8 million"),
    ("en_rate_wrong_rate", "$260 million"), ("en_stretch_wrong_total", "$1.63 billion"),
    ("en_table_right_wrong", "193"), ("nb_masthead_annen_dato", "4,77 milliarder dollar"),
    ("nb_stolpediagram_feil", "284"),
    # tables and charts the review found hidden: a text column ("Source"), a column and a chart of changes on
    # the previous quarter, a chart of Microsoft's share of OpenAI's revenue in per cent
    ("en_table_text_column_wrong", "2,497"), ("en_table_change_column", "34%"), ("en_bar_chart_growth_wrong", "42"),
    ("nb_stolpediagram_andel_feil", "25"),
}
# Still misread, known before this review: a purpose named before the payment phrase ("Für die Rechenleistung
# zahlt OpenAI an Microsoft … 3,65 Milliarden"), and "costs" after a sentence on inference taken for inference.
STILL_MISREAD = {("de_zahlt_an_microsoft_cloud", "3,65 Milliarden Dollar"), ("en_table_then_total_costs", "$9 billion")}
# The review's false contradictions that now read right.
SUPPORTED = {
    ("en_rate_which_revenue", "$2.47 billion"), ("nb_rate_som_var_inntekter", "2,47 milliarder dollar"),
    ("de_stretch_zwischen_und", "411 Millionen Dollar"), ("en_stretch_climbed_reaching", "$3.65 billion"),
    ("nb_stretch_steg_til", "3,65 milliarder dollar"), ("de_stretch_versechsfacht_auf", "3,65 Milliarden Dollar"),
    ("en_quarter_range_level", "$865.9 million"), ("de_quartal_bis_level", "865,9 Millionen Dollar"),
    ("nb_kvartal_til_level", "865,9 millioner dollar"), ("en_fall_but_rose_by", "66%"),
    ("nb_falt_ikke_men_okte", "66 prosent"), ("en_stake_increased_by", "$411 million"),
}


def test_the_set_is_there():
    assert len(FILES) == 81 and {p.stem[:2] for p in FILES} == {"en", "nb", "de"}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_no_false_contradiction(path):
    assert contradicted(path, PUBLISHED) == expected(path, CONTRADICTED, STILL_MISREAD)


@pytest.mark.parametrize("stem, value_text", sorted(SUPPORTED))
def test_reads_right(stem, value_text):
    assert claims_of(DATA / f"{stem}.txt", PUBLISHED)[value_text].verdict == "supported"


@pytest.mark.parametrize("stem, value_text, caution", [
    ("nb_til_sammen_to_tall", "12,4 milliarder dollar", "several periods added up"),
])
def test_figures_over_coordinated_periods_are_not_judged(stem, value_text, caution):
    c = claims_of(DATA / f"{stem}.txt", PUBLISHED)[value_text]
    assert (c.reading.get("caution"), c.verdict) == (caution, "unverifiable")


@pytest.mark.parametrize("value_text", ["$1.36 billion", "$12.4 billion"])
def test_figures_over_two_periods_one_after_the_other_are_judged_over_both(value_text):
    """"Across 2024 and the first nine months of 2025, OpenAI paid Microsoft a combined $1.36 billion and spent $12.4
    billion on inference": the two periods meet, so each figure is a total over both (eleventh session; it had been
    left unjudged with the "several periods added up" caution)."""
    c = claims_of(DATA / "en_combined_two_figures.txt", PUBLISHED)[value_text]
    assert (c.period.label(), c.reading.get("caution"), c.verdict) == ("2024-01-01..2025-09-30", None, "supported")


@pytest.mark.parametrize("stem, value_text, not_metric", [
    ("nb_betaler_microsoft_inversjon", "300 millioner dollar", "revenue_share"),  # "betaler Microsoft OpenAI": Microsoft pays
    ("en_pays_microsoft_bill", "$3.65 billion", "revenue_share"),  # "payment to Microsoft was its Azure bill"
    ("en_table_then_costs_only", "$9 billion", "inference_cost"),  # "Overall, OpenAI's costs": all costs, not the table's
])
def test_not_read_as_the_revenue_share_or_the_tables_cost(stem, value_text, not_metric):
    c = claims_of(DATA / f"{stem}.txt", PUBLISHED)[value_text]
    assert c.metric != not_metric and c.verdict == "unverifiable"


def test_an_answer_that_is_not_the_asked_total_keeps_no_period_from_the_question():
    got = claims_of(DATA / "en_quiz_smallest_largest.txt", PUBLISHED)
    assert got["$77 million"].period is None and got["$168 million"].period is None
