"""growth and ratio on hand-made facts: both sides from the reference, the
rounding of each carried into the quotient, every bound, the edges on both sides."""
import pytest

from models import Basis, parse_period_label
from rules.growth import GrowthRule
from rules.ratio import RatioRule
from tests.handmade import FORMULAS, claim, make_store

FACTS = """
source: {name: sides, reported_by: "the test"}""" + FORMULAS + """facts:
  # growth Q1 2024 -> Q1 2025: 1.0 -> 2.0 (+-0.01) = +99 % .. +101 %
  - {entity: Acme, metric: inference_cost, period: 2024-Q1, value: 1.0e9}
  - {entity: Acme, metric: inference_cost, period: 2025-Q1, value: 2.0e9, rounding: 0.01e9}
  # growth with the base rounded: 1.0 (+-0.01) -> 2.0 = 2/1.01 - 1 .. 2/0.99 - 1 = +98.02 % .. +102.02 %
  - {entity: Basco, metric: inference_cost, period: 2024-Q1, value: 1.0e9, rounding: 0.01e9}
  - {entity: Basco, metric: inference_cost, period: 2025-Q1, value: 2.0e9}
  # a fall: 2.0 -> 1.0 = -50 %
  - {entity: Acme, metric: inference_cost, period: 2024-Q2, value: 2.0e9}
  - {entity: Acme, metric: inference_cost, period: 2025-Q2, value: 1.0e9}
  # ratio inference / revenue in Q1 2025 = 3.0 / 1.0 = 3 exactly
  - {entity: Acme, metric: revenue, period: 2025-Q1, value: 1.0e9}
  - {entity: Acme, metric: cost_of_revenue, period: 2025-Q1, value: 6.0e9}
  - {entity: Acme, metric: cost_of_revenue, period: 2024-Q1, value: 2.0e9}
  # revenue known only as a minimum: share / 20 % = 1.0 / 0.2 = at least 5 x the share
  - {entity: Mini, metric: revenue_share, period: 2025-Q1, value: 1.0e9, rounding: 0.0005e9}
  - {entity: Mini, metric: revenue_share_rate, period: 2025-Q1, value: 20, unit: "%"}
"""


@pytest.fixture
def store(tmp_path):
    return make_store(tmp_path, ("sides.yaml", FACTS))


def growth(value, bound="eq", precision=0.5, entity="Acme", period="2025-Q1", base="2024-Q1"):
    return claim(value, period=period, bound=bound, precision=precision, entity=entity, unit="%", kind="growth",
                 value_text=f"{value} %", basis=Basis(period=parse_period_label(base), text="year over year"))


def verdicts(rule, c, store):
    return [f.verdict for f in rule.check(c, store)]


@pytest.mark.parametrize("value, bound, precision, expected", [
    (100, "eq", 0.5, "supported"),
    (98.5, "eq", 0.5, "supported"),       # 99.0 is the edge of the reference's rounding
    (98.4, "eq", 0.5, "contradicted"),
    (101.5, "eq", 0.5, "supported"),      # 101.0 on the other side
    (101.6, "eq", 0.5, "contradicted"),
    (74, "eq", 0.5, "contradicted"),
    (95, "approx", 0.5, "supported"),     # about 95 admits up to 99.75
    (90, "approx", 0.5, "contradicted"),  # about 90: up to 94.5
    (105, "nearly", 0.5, "supported"),    # nearly 105: 94.5 .. 105.5
    (98, "nearly", 0.5, "contradicted"),  # nearly 98 cannot be 99
    (90, "gt", 0.5, "supported"),
    (110, "gt", 0.5, "contradicted"),
    (101, "gte", 0.5, "supported"),
    (100, "lt", 0.5, "supported"),
    (98, "lt", 0.5, "contradicted"),
    (99, "lte", 0.5, "supported"),
])
def test_growth_bounds_and_rounding(store, value, bound, precision, expected):
    assert verdicts(GrowthRule(), growth(value, bound, precision), store) == [expected]


@pytest.mark.parametrize("value, expected", [
    (102.02, "supported"), (102.03, "contradicted"), (98.02, "supported"), (98.01, "contradicted"),
])
def test_growth_carries_the_base_periods_rounding(store, value, expected):
    # 2 / 1.01 - 1 = 98.0198 %, 2 / 0.99 - 1 = 102.0202 %
    assert verdicts(GrowthRule(), growth(value, precision=0.0, entity="Basco"), store) == [expected]


def test_growth_explains_the_arithmetic_and_the_source(store):
    f = GrowthRule().check(growth(74), store)[0]
    assert "change = 2 billion USD / 1 billion USD - 1 = 100 %" in f.message
    assert "inference_cost 2025-Q1 = 2 billion USD" in f.message and "inference_cost 2024-Q1 = 1 billion USD" in f.message
    assert "'74 %'" in f.message and "2024-Q1 ('year over year')" in f.message
    assert f.message.startswith("sides (reported by the test)")
    assert [(e.source, e.value) for e in f.evidence] == [("sides", 2.0e9), ("sides", 1.0e9)]


def test_a_fall_written_as_a_positive_figure(store):
    assert verdicts(GrowthRule(), growth(50, period="2025-Q2", base="2024-Q2"), store) == ["supported"]
    assert verdicts(GrowthRule(), growth(-50, period="2025-Q2", base="2024-Q2"), store) == ["supported"]
    assert verdicts(GrowthRule(), growth(30, period="2025-Q2", base="2024-Q2"), store) == ["contradicted"]


def test_growth_needs_both_sides(store):
    assert GrowthRule().check(growth(100, base="2023-Q1"), store) == []
    no_basis = growth(100)
    no_basis.basis = None
    assert GrowthRule().check(no_basis, store) == []
    assert GrowthRule().check(growth(100, entity="Nobody"), store) == []


def ratio(value, bound="eq", metric="cost_of_revenue", basis_metric="revenue", basis_period=None, entity="Acme",
          precision=0.0):
    base = Basis(metric=basis_metric, period=parse_period_label(basis_period) if basis_period else None)
    return claim(value, metric=metric, period="2025-Q1", bound=bound, precision=precision, entity=entity, unit="x",
                 kind="ratio", value_text=f"{value} x", basis=base)


# cost of revenue / revenue in Q1 2025 = 6 / 1 = 6; a plain multiple admits +- 5 %
@pytest.mark.parametrize("value, bound, expected", [
    (6, "eq", "supported"),
    (6.31, "eq", "supported"),     # 6.31 - 5 % = 5.9945 reaches 6
    (6.32, "eq", "contradicted"),  # 6.32 - 5 % = 6.004
    (5.72, "eq", "supported"),     # 5.72 + 5 % = 6.006
    (5.71, "eq", "contradicted"),  # 5.71 + 5 % = 5.9955
    (2, "nearly", "contradicted"),  # "nearly double"
    (6.5, "nearly", "supported"),
    (3, "gt", "supported"),        # "more than three times"
    (6.1, "gt", "contradicted"),
    (10, "lt", "supported"),
    (5, "lte", "contradicted"),
])
def test_ratio_bounds_and_slack(store, value, bound, expected):
    assert verdicts(RatioRule(), ratio(value, bound), store) == [expected]


def test_ratio_between_periods(store):
    # cost of revenue Q1 2025 / Q1 2024 = 6 / 2 = 3: "three times what it was a year earlier"
    assert verdicts(RatioRule(), ratio(3, basis_metric=None, basis_period="2024-Q1"), store) == ["supported"]
    assert verdicts(RatioRule(), ratio(2, basis_metric=None, basis_period="2024-Q1"), store) == ["contradicted"]


def test_ratio_against_a_minimum_is_only_consistent(store):
    # revenue >= 1.0 bn / 20 % = 5 bn, so revenue / share >= 4.9975 / 1.0005 = 4.995 with the roundings
    five = ratio(5, metric="revenue", basis_metric="revenue_share", entity="Mini")
    assert verdicts(RatioRule(), five, store) == ["consistent"]
    three = ratio(3, metric="revenue", basis_metric="revenue_share", entity="Mini")
    f = RatioRule().check(three, store)[0]
    assert f.verdict == "contradicted" and "4.995 to unbounded x" in f.message


def test_ratio_explains_the_quotient(store):
    f = RatioRule().check(ratio(2, "nearly"), store)[0]
    assert "ratio = 6 billion USD / 1 billion USD = 6" in f.message
    assert "against revenue in 2025-Q1" in f.message and "'2 x'" in f.message


def test_ratio_needs_another_side(store):
    assert RatioRule().check(ratio(3, basis_metric=None), store) == []           # the text names no other side
    assert RatioRule().check(ratio(3, basis_metric="capex"), store) == []        # the data lack it
