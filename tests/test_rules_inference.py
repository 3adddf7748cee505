"""period-inference when several periods fit equally: the period stays open, each
figure is weighed under every candidate, and it is contradicted only when every
candidate contradicts it. Plus the leak's H1 2025 passage, found and explained."""
from pathlib import Path

import pytest

from pipeline.check import ArticleInput, check_article
from rules.engine import evaluate
from tests.handmade import FORMULAS, claim, make_store

TIED = """
source: {name: tied, reported_by: "the test"}""" + FORMULAS + """facts:
  # inference is 2.0 bn in both quarters: a figure of 2.0 bn pins neither
  - {entity: Acme, metric: inference_cost, period: 2025-Q1, value: 2.0e9, rounding: 0.0005e9}
  - {entity: Acme, metric: inference_cost, period: 2025-Q2, value: 2.0e9, rounding: 0.0005e9}
  # implied revenue: Q1 >= 0.2 / 20 % = 1.0 bn, Q2 >= 0.3 / 20 % = 1.5 bn
  - {entity: Acme, metric: revenue_share, period: 2025-Q1, value: 0.2e9, rounding: 0.0005e9}
  - {entity: Acme, metric: revenue_share, period: 2025-Q2, value: 0.3e9, rounding: 0.0005e9}
  - {entity: Acme, metric: revenue_share_rate, period: 2025-Q1..2025-Q2, value: 20, unit: "%"}
"""
SEEDS = Path(__file__).resolve().parent / "data" / "articles"


@pytest.fixture
def store(tmp_path):
    return make_store(tmp_path, ("tied.yaml", TIED))


def passage(*figures):
    """Figures with no period, tied together as one passage; the first pins Q1 and Q2 alike."""
    pin = claim(2.0e9, precision=0.0005e9, period=None, id="p#0", value_text="2.000 billion")
    others = [claim(v, metric=m, period=None, precision=0.05e9, id=f"p#{n}", value_text=text)
              for n, (v, m, text) in enumerate(figures, 1)]
    for c in [pin, *others]:
        c.passage = 1
    return [pin, *others]


def inference_finding(c):
    return next(f for f in c.findings if f.rule == "period-inference")


def test_contradicted_when_every_candidate_contradicts(store):
    pin, cost = passage((1.5e9, "cost_of_revenue", "1.5 billion"))  # below inference in Q1 and in Q2
    evaluate([pin, cost], store)
    assert cost.period is None and pin.period is None
    assert cost.verdict == "contradicted"
    why = inference_finding(cost)
    assert "match the passage equally in 2025-Q1, 2025-Q2" in why.message
    assert "Every candidate contradicts it" in why.message
    assert "under 2025-Q1" in why.message and "under 2025-Q2" in why.message
    assert why.message.count("cost_of_revenue >= inference_cost") == 2
    relations = [f for f in cost.findings if f.rule == "metric-relation"]
    assert [f.verdict for f in relations] == ["contradicted", "contradicted"]
    assert "in 2025-Q1 (period inferred from the data)" in relations[0].message


def test_not_contradicted_when_one_candidate_fits(store):
    # revenue 1.2 bn: above the Q1 minimum (1.0), below the Q2 one (1.5)
    pin, revenue = passage((1.2e9, "revenue", "1.2 billion"))
    evaluate([pin, revenue], store)
    assert revenue.verdict == "unverifiable" and revenue.period is None
    why = inference_finding(revenue)
    assert "The candidates disagree or cannot tell" in why.message
    assert "under 2025-Q1" in why.message and "it is consistent" in why.message
    assert "under 2025-Q2" in why.message and "it is contradicted" in why.message
    assert [f.rule for f in revenue.findings] == ["period-inference"]


def test_below_every_minimum_is_contradicted(store):
    pin, revenue = passage((0.8e9, "revenue", "0.8 billion"))
    evaluate([pin, revenue], store)
    assert revenue.verdict == "contradicted"
    assert [f.rule for f in revenue.findings] == ["reference-bound", "reference-bound", "period-inference"]
    assert inference_finding(revenue).verdict == "contradicted"  # it explains, and carries the verdict


def test_the_pinning_figure_is_not_judged_by_a_tie(store):
    pin, _ = passage((1.5e9, "cost_of_revenue", "1.5 billion"))
    evaluate([pin, _], store)
    assert pin.verdict == "unverifiable" and pin.period is None


def test_the_leak_passage_cost_of_revenue_against_h1_2025_inference():
    """The Norwegian seed: '$4.3 bn revenue vs $2.5 bn cost of revenue', no period stated."""
    text = (SEEDS / "000_8ed423a0c9d9116f.txt").read_text(encoding="utf-8")
    result = check_article(text, ArticleInput(id="seed"))
    cost = next(c for c in result.claims if c.value_text == "2,5 milliarder dollar")
    assert cost.verdict == "contradicted" and cost.metric == "cost_of_revenue"
    assert (cost.period.label(), cost.period.how) == ("2025-01-01..2025-06-30", "inferred")
    relation = next(f for f in cost.findings if f.rule == "metric-relation")
    assert "inference_cost 2025-H1 = 2.075 + 2.947 = 5.022 billion USD" in relation.message
    assert "'2,5 milliarder dollar', i.e. 2.5 billion USD" in relation.message
    assert relation.message.startswith("leak-2025-11 (reported by Ed Zitron")
    how = next(f for f in cost.findings if f.rule == "period-inference")
    assert "2025-H1 is inferred" in how.message and "'2,27 milliarder dollar'" in how.message
    assert how.verdict == "contradicted"
