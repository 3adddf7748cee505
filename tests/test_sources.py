"""Reference data: the bundled leak, and malformed files failing with file, row and reason."""
import pytest

from sources.schema import SourceError, load_source
from sources.store import bundled_store, load_store, open_store
from models import parse_period_label


def test_bundled_leak_has_the_quarters_totals_rate_and_derivation():
    store = bundled_store()
    quarters = [f for f in store.facts if f.metric == "inference_cost" and (f.period.end - f.period.start).days < 95]
    assert [f.value for f in quarters] == [0.547e9, 0.748e9, 1.005e9, 1.467e9, 2.075e9, 2.947e9, 3.648e9]
    shares = [f for f in store.facts if f.metric == "revenue_share" and (f.period.end - f.period.start).days < 95]
    assert len(shares) == 7 and all(f.counterparty == "Microsoft" for f in shares)
    totals = {(f.metric, f.period.label()): f.value for f in store.facts if (f.period.end - f.period.start).days > 95}
    assert totals[("inference_cost", "2024-01-01..2024-12-31")] == 3.77e9
    assert totals[("revenue_share", "2025-01-01..2025-09-30")] == 865.9e6
    assert totals[("revenue", "2025-01-01..2025-09-30")] == 4.33e9
    assert totals[("revenue_share_rate", "2024-01-01..2025-09-30")] == 20
    assert [d.id for d in store.derivations] == ["implied-revenue", "share-of-revenue"]
    assert store.sources["leak-2025-11"].reported_by.startswith("Ed Zitron")
    assert all(f.rounding > 0 for f in store.facts if f.unit == "USD")


def test_h1_2025_from_the_quarters():
    store = bundled_store()
    h1 = parse_period_label("2025-H1")
    inference = store.lookup("OpenAI", "inference_cost", h1)[0]
    assert inference.value == pytest.approx(5.022e9) and inference.how == "sum"
    revenue = store.lookup("OpenAI", "revenue", h1)[0]
    assert revenue.value == pytest.approx(2.27e9) and revenue.bound == "gte" and revenue.how == "derived"


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("name, text, message", [
    ("bad.csv", "entity,metric,period,value\nAcme,revenue,2024,1e9\nAcme,revnue,2024,2e9\n",
     "bad.csv: row 3: metric: Value error, unknown metric 'revnue'"),
    ("bad.csv", "entity,metric,period,value\nAcme,revenue,2024-Q9,1e9\n", "bad.csv: row 2: period"),
    ("bad.csv", "entity,metric,period,value\nAcme,revenue,2024,lots\n", "bad.csv: row 2: value"),
    ("bad.csv", "entity,metric,period\nAcme,revenue,2024\n", "bad.csv: row 2: value: Field required"),
    ("bad.yaml", "source: {name: x}\nfacts:\n  - {entity: A, metric: revenue, period: 2024, value: 1}\n  - [1, 2]\n",
     "bad.yaml: fact 2: a fact must be a mapping"),
    ("bad.yaml", "source: {name: x}\nfacts: [{entity: A, metric: revenue, period: 2024, value: 1, colour: red}]\n",
     "bad.yaml: fact 1: colour: Extra inputs are not permitted"),
    ("bad.yaml", "facts: []\n", "bad.yaml: expected a mapping with `source`"),
    ("bad.yaml", "source: {name: x\n", "bad.yaml: not valid YAML"),
    ("bad.txt", "hello", "bad.txt: unknown format"),
])
def test_malformed_sources_name_file_row_and_reason(tmp_path, name, text, message):
    path = write(tmp_path, name, text)
    with pytest.raises(SourceError) as err:
        load_source(path)
    assert str(err.value).startswith(str(tmp_path / message.split(":")[0]))
    assert message.split(": ", 1)[1] in str(err.value)


def test_a_users_csv_adds_facts(tmp_path):
    path = write(tmp_path, "anthropic.csv", "entity,metric,period,value,rounding\nAnthropic,net_loss,2025,5e9,0.5e9\n")
    store = load_store([path])
    assert "anthropic" in store.sources and "leak-2025-11" in store.sources
    assert store.lookup("Anthropic", "net_loss", parse_period_label("2025"))[0].value == 5e9


@pytest.mark.parametrize("label, value, arithmetic", [
    ("2024-H2", 2.472e9, "inference_cost 2024-H2 = 1.005 + 1.467 = 2.472 billion USD"),
    ("2024-Q2..2024-Q3", 1.753e9, "inference_cost 2024-Q2..Q3 = 0.748 + 1.005 = 1.753 billion USD"),
    ("2024-Q4..2025-Q1", 3.542e9, "inference_cost 2024-Q4..2025-Q1 = 1.467 + 2.075 = 3.542 billion USD"),
])
def test_any_run_of_quarters_is_summed_with_its_rounding(label, value, arithmetic):
    ref = bundled_store().lookup("OpenAI", "inference_cost", parse_period_label(label))[0]
    assert ref.value == pytest.approx(value) and ref.arithmetic == arithmetic
    assert ref.tolerance == pytest.approx(0.001e9)


def test_a_stated_total_fills_a_gap_in_the_quarters(tmp_path):
    # Q1 alone cannot start the year (Q2 is missing); the stated H1 can.
    path = write(tmp_path, "gappy.csv", "entity,metric,period,value\nA,capex,2024-Q1,1\nA,capex,2024-H1,3\n"
                                        "A,capex,2024-Q3,4\nA,capex,2024-Q4,5\n")
    ref = load_store([path], bundled=False).lookup("A", "capex", parse_period_label("2024"))[0]
    assert (ref.value, ref.how) == (12, "sum")
    assert [f.period.label() for f in ref.facts][0] == "2024-01-01..2024-06-30"


def test_implied_revenue_is_the_companys_own_not_its_partners():
    store = bundled_store()
    h1 = parse_period_label("2025-H1")
    assert store.lookup("Microsoft", "revenue", h1) == []
    assert store.lookup("Microsoft", "revenue_share", h1)[0].value == pytest.approx(454e6)  # the payment it receives


SHARED_BUSINESS = """
source: {name: formula}
metrics: {revenue_share_rate: {aggregate: constant}}
derivations:
  - {id: share-of-revenue, metric: revenue_share, bound: lte, numerator: revenue, multiply_by: revenue_share_rate,
     why: "revenue_share = rate x revenue of the shared business; at most, as payments back are netted out"}
facts:
  - {entity: Acme, metric: revenue, period: 2025, value: 10.0e9, rounding: 0.05e9}
  - {entity: Acme, counterparty: Bigco, metric: revenue_share_rate, period: 2025, value: 20, unit: "%"}
"""


def test_revenue_share_is_rate_times_revenue(tmp_path):
    store = load_store([write(tmp_path, "formula.yaml", SHARED_BUSINESS)], bundled=False)
    ref = store.lookup("Acme", "revenue_share", parse_period_label("2025"))[0]
    assert (ref.value, ref.bound, ref.how) == (pytest.approx(2.0e9), "lte", "derived")
    assert ref.tolerance == pytest.approx(0.01e9)
    assert ref.arithmetic == "revenue_share 2025 <= (revenue 2025 = 10 billion USD) x 20% = 2 billion USD"


def test_a_formula_needs_exactly_one_operation(tmp_path):
    text = SHARED_BUSINESS.replace("multiply_by: revenue_share_rate", "multiply_by: revenue_share_rate, divide_by: revenue")
    with pytest.raises(SourceError, match="header: derivations.0: Value error, give exactly one of divide_by"):
        load_source(write(tmp_path, "formula.yaml", text))


def test_open_store_shares_the_bundled_store_unless_told_otherwise(tmp_path):
    assert open_store() is bundled_store()
    mine = write(tmp_path, "mine.csv", "entity,metric,period,value\nAcme,capex,2025,1e9\n")
    store = open_store([tmp_path], ["mine"])
    assert list(store.sources) == ["leak-2025-11", "mine"] and store.trusted == {"mine"}
    assert not store.trusts("leak-2025-11") and store.trusts("article")
    assert bundled_store().trusted is None and mine.exists()
    with pytest.raises(SourceError, match="no source named 'yours'"):
        open_store([], ["yours"])


def test_a_users_revenue_bounds_the_leaks_revenue_share(tmp_path):
    """OpenAI's revenue from the user's file, the 20 % rate from the leak: the share is at most 20 % of it."""
    path = write(tmp_path, "reported.csv", "entity,metric,period,value,rounding\nOpenAI,revenue,2024,3.7e9,0.05e9\n")
    refs = load_store([path]).lookup("OpenAI", "revenue_share", parse_period_label("2024"))
    assert [(r.sources, r.bound, r.how) for r in refs] == [
        (["leak-2025-11"], "eq", "stated"), (["leak-2025-11", "reported"], "lte", "derived")]
    assert refs[1].value == pytest.approx(0.74e9) and refs[1].tolerance == pytest.approx(0.01e9)
