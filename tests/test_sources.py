"""Reference data: the bundled leak, and malformed files failing with file, row and reason."""
import pytest

from sources.schema import SourceError, load_source
from sources.store import bundled_store, load_store
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
    assert [d.id for d in store.derivations] == ["implied-revenue"]
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
