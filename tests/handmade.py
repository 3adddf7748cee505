"""Hand-made reference facts and claims the rule tests share."""
import textwrap

import pytest

from models import Claim, parse_period_label
from sources.schema import load_source
from sources.store import ReferenceStore

# The leak's formulas: implied revenue = share / rate (a minimum), inference is part of cost of revenue.
FORMULAS = """
metrics: {revenue_share_rate: {aggregate: constant}}
derivations:
  - {id: implied, metric: revenue, bound: gte, numerator: revenue_share, divide_by: revenue_share_rate}
relations:
  - {part: inference_cost, whole: cost_of_revenue, why: "inference is part of the cost of revenue"}
"""
FACTS = """
source: {name: handmade, reported_by: "the test"}""" + FORMULAS + """facts:
  - {entity: Acme, metric: inference_cost, period: 2025-Q1, value: 2.0e9, rounding: 0.0005e9}
  - {entity: Acme, metric: inference_cost, period: 2025-Q2, value: 3.0e9, rounding: 0.0005e9}
  - {entity: Acme, metric: inference_cost, period: 2024, value: 3.77e9, rounding: 0.005e9}
  - {entity: Acme, counterparty: Bigco, metric: revenue_share, period: 2025-Q1, value: 0.2e9, rounding: 0.0005e9}
  - {entity: Acme, counterparty: Bigco, metric: revenue_share, period: 2025-Q2, value: 0.25e9, rounding: 0.0005e9}
  - {entity: Acme, counterparty: Bigco, metric: revenue_share_rate, period: 2025-Q1..2025-Q2, value: 20, unit: "%"}
"""


def make_store(tmp_path, *files: tuple[str, str]) -> ReferenceStore:
    """A store of these (file name, text) sources only, without the bundled leak."""
    s = ReferenceStore()
    for name, text in files:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        s.add(load_source(path))
    return s


@pytest.fixture
def store(tmp_path):
    return make_store(tmp_path, ("handmade.yaml", FACTS))


def claim(value, metric="inference_cost", period="2025-H1", bound="eq", precision=0.0, entity="Acme",
          unit="USD", kind="amount", how="stated", **extra):
    p = parse_period_label(period).with_how(how) if period else None
    fields = dict(id="t#1", span=(0, 1), value_text="x", sentence="x") | extra
    return Claim(kind=kind, entity=entity, metric=metric, period=p, value=value, unit=unit, bound=bound,
                 precision=precision, **fields)


