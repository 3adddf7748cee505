"""Each rule on hand-made facts, with the edges of rounding on both sides."""
import datetime as dt

import pytest

from models import Period
from rules.engine import evaluate, verdict_of
from rules.metric_relation import MetricRelationRule
from rules.period_inference import PeriodInferenceRule
from rules.reference_bound import ReferenceBoundRule
from rules.reference_value import ReferenceValueRule
from tests.handmade import claim, store  # noqa: F401 (store is a fixture)


def verdict(rule, c, store):
    found = rule.check(c, store)
    return found[0].verdict if found else None


# reference-value: H1 = 2.0 + 3.0 = 5.0 bn, rounding 0.001 bn
@pytest.mark.parametrize("value, bound, precision, expected", [
    (5.0e9, "eq", 0.0, "supported"),
    (5.001e9, "eq", 0.0, "supported"),          # exactly at the reference's rounding
    (4.999e9, "eq", 0.0, "supported"),
    (5.0011e9, "eq", 0.0, "contradicted"),      # just past it
    (4.9989e9, "eq", 0.0, "contradicted"),
    (5.05e9, "eq", 0.049e9, "supported"),       # claim rounding + reference rounding reach 5.0
    (5.06e9, "eq", 0.05e9, "contradicted"),
    (5.2e9, "approx", 0.05e9, "supported"),     # about 5.2 admits +-5 %
    (5.3e9, "approx", 0.05e9, "contradicted"),
    (5.4e9, "nearly", 0.05e9, "supported"),     # nearly 5.4: up to 10 % below
    (4.9e9, "nearly", 0.05e9, "contradicted"),  # "nearly 4.9" cannot be 5.0
    (4.6e9, "gt", 0.05e9, "supported"),
    (5.1e9, "gt", 0.05e9, "contradicted"),
    (5.0e9, "gte", 0.5e9, "supported"),
    (5.5e9, "lt", 0.05e9, "supported"),
    (4.5e9, "lt", 0.05e9, "contradicted"),
    (4.999e9, "lte", 0.0, "supported"),
    (4.9e9, "lte", 0.0, "contradicted"),
    # three digits or more may be cut off after the last: "4.99" admits 4.985..5.0 ("$865 million" for 865.9)
    (4.99e9, "eq", 0.005e9, "supported"),
    (4.98e9, "eq", 0.005e9, "contradicted"),    # 4.975..4.99, cut off or not
    (5.01e9, "eq", 0.005e9, "contradicted"),    # a cut only lowers a figure: 5.005..5.02
    (4.9e9, "eq", 0.05e9, "contradicted"),      # two digits are rounded, not cut: 4.85..4.95
])
def test_reference_value_bounds_and_rounding(store, value, bound, precision, expected):
    assert verdict(ReferenceValueRule(), claim(value, bound=bound, precision=precision), store) == expected


def test_reference_value_shows_the_sum(store):
    f = ReferenceValueRule().check(claim(5.0e9), store)[0]
    assert "2 + 3 = 5 billion USD" in f.message
    assert [e.value for e in f.evidence] == [2.0e9, 3.0e9]
    assert f.evidence[0].source == "handmade"


def test_reference_value_stated_total(store):
    assert verdict(ReferenceValueRule(), claim(3.8e9, period="2024", bound="approx", precision=0.05e9), store) == "supported"
    assert verdict(ReferenceValueRule(), claim(3.87e9, period="2024", precision=0.005e9), store) == "contradicted"


def test_nothing_covers_other_entities_metrics_periods(store):
    for c in (claim(5e9, entity="Other"), claim(5e9, metric="capex"), claim(5e9, period="2025-Q3"),
              claim(5e9, period=None), claim(5e9, entity=None), claim(5e9, unit="EUR")):
        assert ReferenceValueRule().check(c, store) == []


# reference-bound: implied revenue H1 = 0.45 bn / 20 % = 2.25 bn (a minimum), rounding 0.001/0.2 = 0.005 bn
@pytest.mark.parametrize("value, bound, precision, expected", [
    (2.25e9, "eq", 0.005e9, "supported"),
    (2.255e9, "eq", 0.0, "supported"),       # at the edge of the bound's rounding
    (4.3e9, "eq", 0.05e9, "consistent"),
    (2.25e9, "gte", 0.005e9, "supported"),
    (13e9, "gt", 0.5e9, "consistent"),
    (2.0e9, "eq", 0.005e9, "contradicted"),
    (2.244e9, "eq", 0.0, "contradicted"),     # just below the minimum's rounding
    (2.245e9, "eq", 0.0, "supported"),
    (2.1e9, "lt", 0.05e9, "contradicted"),
])
def test_reference_bound(store, value, bound, precision, expected):
    c = claim(value, metric="revenue", bound=bound, precision=precision)
    assert verdict(ReferenceBoundRule(), c, store) == expected


def test_reference_bound_explains_the_derivation(store):
    f = ReferenceBoundRule().check(claim(2.0e9, metric="revenue", precision=0.005e9), store)[0]
    assert "/ 20%" in f.arithmetic and "at least 2.25 billion USD" in f.message


# metric-relation: cost of revenue >= inference (5.0 bn in H1)
@pytest.mark.parametrize("value, bound, expected", [
    (2.5e9, "eq", "contradicted"), (5.0e9, "gt", "consistent"), (7e9, "eq", "consistent"),
    (4.998e9, "eq", "contradicted"), (4.999e9, "eq", "consistent"),
])
def test_metric_relation_whole(store, value, bound, expected):
    assert verdict(MetricRelationRule(), claim(value, metric="cost_of_revenue", bound=bound), store) == expected


def test_metric_relation_names_the_parts(store):
    f = MetricRelationRule().check(claim(2.5e9, metric="cost_of_revenue", precision=0.05e9), store)[0]
    assert "2 + 3 = 5 billion USD" in f.message and "at least 5 billion USD" in f.message


def test_counterparty_matches_the_same_fact(store):
    c = claim(0.45e9, metric="revenue_share", entity="Bigco")
    assert verdict(ReferenceValueRule(), c, store) == "supported"


def test_rate_holds_for_every_part_of_its_period(store):
    c = claim(20.0, metric="revenue_share_rate", period="2025-Q1", unit="%", kind="percent", precision=0.5)
    assert verdict(ReferenceValueRule(), c, store) == "supported"


def _passage(value, metric, precision, passage=7):
    c = claim(value, metric=metric, period=None, precision=precision)
    c.passage = passage
    return c


def test_period_inference_picks_the_one_matching_period(store):
    pin = _passage(2.25e9, "revenue", 0.005e9)          # implied revenue H1 2025 = 2.25
    cost = _passage(2.5e9, "cost_of_revenue", 0.05e9)   # then contradicted by inference 5.0
    evaluate([pin, cost], store)
    assert pin.period.label() == "2025-01-01..2025-06-30" and pin.period.how == "inferred"
    assert cost.period == pin.period
    assert cost.verdict == "contradicted"
    explained = next(f for f in cost.findings if f.rule == "period-inference")
    assert "2025-H1" in explained.message and explained.verdict == "contradicted"


def test_no_period_is_inferred_from_an_imprecise_figure(store):
    vague = _passage(2.0e9, "inference_cost", 0.5e9)    # "2 billion": fits Q1 and more
    PeriodInferenceRule().apply([vague], store)
    assert vague.period is None


def test_no_period_is_inferred_without_a_passage(store):
    lonely = claim(2.25e9, metric="revenue", period=None, precision=0.005e9)
    PeriodInferenceRule().apply([lonely], store)
    assert lonely.period is None


def test_verdict_order():
    from models import Finding
    f = lambda v, rule="r": Finding(rule=rule, verdict=v, message="")  # noqa: E731
    assert verdict_of([]) == "unverifiable"
    assert verdict_of([f("consistent"), f("supported")]) == "supported"
    assert verdict_of([f("supported"), f("contradicted")]) == "contradicted"
    assert verdict_of([f("contradicted", "period-inference")]) == "unverifiable"


def test_period_model_refuses_reversed_dates():
    with pytest.raises(ValueError):
        Period(start=dt.date(2025, 2, 1), end=dt.date(2025, 1, 1))


def test_constant_value_judges_a_rate_with_no_period_against_the_one_value():
    """The share rate is 20 % in every period the leak covers: a rate with no period is judged
    against it, and keeps no period; a sentence naming a period it could not read is left alone."""
    from pipeline import ArticleInput, check_article
    text = ("Microsofts andel av OpenAIs inntekter er 25 prosent, skrev vi. Avtalen gir Microsoft 20 prosent av "
            "OpenAIs inntekter.\n\n"
            "Rapporten venter at andelen faller til høyst 15 prosent innen 2030.")
    claims = {c.value_text: c for c in check_article(text, ArticleInput(language="nb")).claims}
    wrong, right, later = claims["25 prosent"], claims["20 prosent"], claims["15 prosent"]
    assert (wrong.metric, wrong.period, wrong.verdict) == ("revenue_share_rate", None, "contradicted")
    assert right.verdict == "supported"
    assert [f.rule for f in wrong.findings][:2] == ["constant-value", "reference-value"]
    assert "one value, 20 %" in wrong.findings[0].message
    assert later.verdict == "unverifiable"


RATES = """
source: {name: rates, reported_by: "a leak"}
metrics:
  revenue_share_rate: {aggregate: constant}
facts:
  - {entity: Acme, counterparty: Bigco, metric: revenue_share_rate, period: 2024-Q1..2024-Q4, value: 20, unit: "%"}
  - {entity: Acme, counterparty: Bigco, metric: revenue_share_rate, period: 2025-Q1..2025-Q4, value: 15, unit: "%"}
  - {entity: Solo, counterparty: Bigco, metric: revenue_share_rate, period: 2024-Q1..2025-Q4, value: 20, unit: "%"}
"""


@pytest.mark.parametrize("entity, value, passage, verdict", [
    ("Solo", 25, 3, "contradicted"), ("Solo", 20, 3, "supported"),
    ("Acme", 25, 3, "unverifiable"),  # two values in the data: which period is meant decides, and the text is silent
    ("Solo", 25, None, "unverifiable"),  # the sentence named a period that could not be read
])
def test_constant_value_only_where_the_data_have_one_value(tmp_path, entity, value, passage, verdict):
    from tests.handmade import claim, make_store
    c = claim(value, metric="revenue_share_rate", period=None, entity=entity, unit="%", kind="percent",
              passage=passage, reading={"metric": "stated: 'share rate'"})
    evaluate([c], make_store(tmp_path, ("rates.yaml", RATES)))
    assert c.verdict == verdict


def test_constant_value_wants_the_metric_stated_in_the_clause(tmp_path):
    """"Microsoft's share of the cloud market is 24 per cent": a generic share word read from
    context is not judged against the revenue share's rate."""
    from tests.handmade import claim, make_store
    c = claim(24, metric="revenue_share_rate", period=None, entity="Solo", unit="%", kind="percent", passage=3,
              reading={"metric": "context (generic word): 'share'"})
    evaluate([c], make_store(tmp_path, ("rates.yaml", RATES)))
    assert c.verdict == "unverifiable"
