"""Two sources that disagree about one fact: one finding per source, sums never
mixing sources, and only the trusted sources deciding the verdict."""
import pytest

from rules.engine import evaluate
from sources.schema import SourceError
from tests.handmade import claim, make_store

LEAK = """
source: {name: leak, reported_by: "a leak"}
facts:
  - {entity: Acme, metric: inference_cost, period: 2025-Q1, value: 2.0e9, rounding: 0.0005e9}
  - {entity: Acme, metric: inference_cost, period: 2025-Q2, value: 3.0e9, rounding: 0.0005e9}
"""
# A user's own figures: the same H1 as a total that disagrees, and a Q3 the leak lacks.
ANALYST = """entity,metric,period,value,rounding,reported_by
Acme,inference_cost,2025-H1,6.0e9,0.05e9,An analyst
Acme,inference_cost,2025-Q3,4.0e9,0.0005e9,An analyst
"""


@pytest.fixture
def store(tmp_path):
    return make_store(tmp_path, ("leak.yaml", LEAK), ("analyst.csv", ANALYST))


def checked(store, value, period="2025-H1"):
    c = claim(value, period=period, precision=0.0005e9, value_text=f"${value / 1e9:g} billion")
    evaluate([c], store)
    return c


def test_each_source_has_its_say(store):
    c = checked(store, 5.0e9)
    findings = [(f.evidence[0].source, f.verdict) for f in c.findings]
    assert findings == [("leak", "supported"), ("analyst", "contradicted")]
    leak, analyst = c.findings
    assert leak.message.startswith("leak (reported by a leak): inference_cost 2025-H1 = 2 + 3 = 5 billion USD")
    assert analyst.message.startswith("analyst (reported by An analyst): inference_cost 2025-H1 = 6 billion USD")
    assert c.verdict == "contradicted"  # by default every source is trusted


@pytest.mark.parametrize("trusted, value, verdict", [
    (["leak"], 5.0e9, "supported"),
    (["analyst"], 5.0e9, "contradicted"),
    (["leak"], 6.0e9, "contradicted"),
    (["analyst"], 6.0e9, "supported"),
    (["leak", "analyst"], 6.0e9, "contradicted"),
])
def test_only_trusted_sources_decide(store, trusted, value, verdict):
    store.trust(trusted)
    c = checked(store, value)
    assert c.verdict == verdict
    assert len(c.findings) == 2  # the untrusted source is still shown
    for f in c.findings:
        counted = f.evidence[0].source in trusted
        assert ("Not counted in the verdict" in f.message) is not counted


def test_an_untrusted_source_alone_leaves_the_claim_unverifiable(store):
    store.trust(["leak"])
    c = checked(store, 4.5e9, period="2025-Q3")
    assert [f.verdict for f in c.findings] == ["contradicted"] and c.verdict == "unverifiable"


def test_a_sum_never_mixes_sources(tmp_path):
    q1 = "entity,metric,period,value\nAcme,inference_cost,2025-Q1,2.0e9\n"
    q2 = "entity,metric,period,value\nAcme,inference_cost,2025-Q2,3.0e9\n"
    store = make_store(tmp_path, ("first.csv", q1), ("second.csv", q2))
    assert store.lookup("Acme", "inference_cost", claim(0).period) == []


def test_trusting_an_unknown_source_is_an_error(store):
    with pytest.raises(SourceError, match="no source named 'lek' to trust \\(loaded: leak, analyst\\)"):
        store.trust(["lek"])
