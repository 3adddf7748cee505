"""internal-consistency: two figures of one article that cannot both hold, with or
without reference data; each names the other. Edges of rounding on both sides,
and the guards against false alarms."""
from pathlib import Path

import pytest

from pipeline.check import ArticleInput, check_article
from rules.engine import evaluate
from rules.internal_consistency import InternalConsistencyRule
from tests.handmade import claim, store  # noqa: F401 (store is a fixture)

SEEDS = Path(__file__).resolve().parent / "data" / "articles"


def pair(a_value, b_value, a_precision=0.05e9, b_precision=0.05e9, a_bound="eq", b_bound="eq", **shared):
    fields = dict(metric="net_loss", entity="Nobody", period="2025-H1") | shared
    a = claim(a_value, bound=a_bound, precision=a_precision, id="art#1", value_text="$13.5 billion",
              sentence="first", **fields)
    b = claim(b_value, bound=b_bound, precision=b_precision, id="art#2", value_text="$11.5bn", sentence="second",
              **fields)
    return a, b


def rule_verdicts(claims, store):
    InternalConsistencyRule().apply(claims, store)
    return [[f.verdict for f in c.findings if f.rule == "internal-consistency"] for c in claims]


def test_two_figures_no_reference_covers_both_contradicted_naming_each_other(store):
    a, b = pair(13.5e9, 11.5e9)
    evaluate([a, b], store)
    assert (a.verdict, b.verdict) == ("contradicted", "contradicted")
    fa = next(f for f in a.findings if f.rule == "internal-consistency")
    fb = next(f for f in b.findings if f.rule == "internal-consistency")
    assert "'$11.5bn' (claim art#2" in fa.message and "'$13.5 billion'" in fa.message
    assert "'$13.5 billion' (claim art#1" in fb.message
    assert fa.evidence[0].source == "article" and fa.evidence[0].value == 11.5e9


@pytest.mark.parametrize("b_value, expected", [
    (3.2e9, []),                          # [3.05, 3.15] and [3.15, 3.25] touch: both can hold
    (3.2001e9, ["contradicted"]),         # just past
    (3.0e9, []),                          # [2.95, 3.05] touches from below
    (2.9999e9, ["contradicted"]),
])
def test_edges_of_rounding_on_both_sides(store, b_value, expected):
    a, b = pair(3.1e9, b_value)
    assert rule_verdicts([a, b], store) == [expected, expected]


@pytest.mark.parametrize("a_value, a_bound, b_value, b_bound, clash", [
    (3.0e9, "gte", 2.075e9, "eq", True),    # "at least 3 bn" against 2.075 bn
    (3.0e9, "gte", 3.0e9, "eq", False),
    (400e6, "lt", 493.8e6, "eq", True),     # "less than 400 m" against 493.8 m
    (500e6, "lte", 493.8e6, "eq", False),
    (2.0e9, "approx", 2.2e9, "eq", True),   # about 2 admits 1.9 .. 2.1
    (2.0e9, "approx", 2.1e9, "eq", False),
    (5.0e9, "nearly", 5.11e9, "eq", True),  # nearly 5 stays at or under 5.05; 5.11 is at least 5.06
    (5.0e9, "nearly", 4.6e9, "eq", False),
])
def test_bounds(store, a_value, a_bound, b_value, b_bound, clash):
    a, b = pair(a_value, b_value, a_bound=a_bound, b_bound=b_bound)
    expected = [["contradicted"]] * 2 if clash else [[], []]
    assert rule_verdicts([a, b], store) == expected


@pytest.mark.parametrize("change", [
    {"period": "2024"}, {"entity": "Other"}, {"metric": "funding"}, {"unit": "EUR"},
    {"how": "inferred"}, {"period": None}, {"speaker": "Sam Altman"}, {"sentence": "first"},
])
def test_not_the_same_quantity_or_not_the_article_speaking(store, change):
    a, b = pair(13.5e9, 11.5e9)
    for key, value in change.items():
        if key == "period":
            b.period = a.period.model_copy(update={"start": a.period.start.replace(year=2024)}) if value else None
        elif key == "how":
            a.period = a.period.with_how("inferred")
        else:
            setattr(b, key, value)
    assert rule_verdicts([a, b], store) == [[], []]


def test_the_figure_the_reference_supports_is_not_flagged_its_rival_is(store):
    # handmade: Acme inference H1 2025 = 2.0 + 3.0 = 5.0 bn
    right, wrong = pair(5.0e9, 1.2e9, metric="inference_cost", entity="Acme")
    evaluate([right, wrong], store)
    assert right.verdict == "supported"
    assert [f.rule for f in right.findings] == ["reference-value"]
    assert {f.rule for f in wrong.findings} == {"reference-value", "internal-consistency"}
    assert wrong.verdict == "contradicted"


def test_a_restated_minimum_is_a_bound_not_the_quantity(store):
    # handmade: implied revenue H1 2025 >= 0.45 / 20 % = 2.25 bn; "implied revenue of 2.25 bn" and "revenue of 4.3 bn"
    implied, revenue = pair(2.25e9, 4.3e9, a_precision=0.005e9, metric="revenue", entity="Acme")
    assert rule_verdicts([implied, revenue], store) == [[], []]
    below, revenue = pair(2.1e9, 4.3e9, metric="revenue", entity="Acme")  # not the minimum: a figure of its own
    assert rule_verdicts([below, revenue], store) == [["contradicted"], ["contradicted"]]


@pytest.mark.parametrize("name", ["000_8ed423a0c9d9116f.txt", "004_f263fdb27ef416a7.txt"])
def test_the_seed_articles_do_not_contradict_themselves(name):
    text = (SEEDS / name).read_text(encoding="utf-8")
    result = check_article(text, ArticleInput(id=name))
    assert [f.message for c in result.claims for f in c.findings if f.rule == "internal-consistency"] == []


def test_many_figures_for_one_period_get_one_finding_each_not_one_per_pair(store):
    """Ten figures for the same company, metric and period, each in its own sentence, no two
    within rounding: every one is contradicted once, naming the first-written of the nearest in
    value and counting the other eight (one finding per pair gave 90; a 27 KB table 2.4 million)."""
    claims = [claim(v * 1e9, precision=0.005e9, id=f"art#{n}", value_text=f"${v}bn", sentence=f"s{n}",
                    metric="net_loss", entity="Nobody", period="2025-H1")
              for n, v in enumerate([1.1, 2.2, 3.3, 4.4, 5.5, 6.6, 7.7, 8.8, 9.9, 11.0])]
    assert rule_verdicts(claims, store) == [["contradicted"]] * 10
    first = claims[0].findings[0]
    assert "'$2.2bn' (claim art#1" in first.message and "and 8 more figures that do not meet it" in first.message
    assert "'$1.1bn' (claim art#0" in claims[1].findings[0].message


def test_figures_in_the_same_sentence_are_not_counted_against_each_other(store):
    claims = [claim(v * 1e9, precision=0.005e9, id=f"art#{n}", value_text=f"${v}bn", sentence=s,
                    metric="net_loss", entity="Nobody", period="2025-H1")
              for n, (v, s) in enumerate([(1.1, "one"), (2.2, "one"), (3.3, "two")])]
    assert rule_verdicts(claims, store) == [["contradicted"], ["contradicted"], ["contradicted"]]
    assert "(claim art#2" in claims[0].findings[0].message and "more" not in claims[0].findings[0].message
    assert "and 1 more figure that does not meet it" in claims[2].findings[0].message


def test_a_long_table_with_one_period_stays_linear():
    rows = ["| Year | Revenue ($bn) |", "|---|---|"] + [f"| 2024 | {1 + i % 9}.{i % 1000:03d} |" for i in range(1500)]
    result = check_article("OpenAI's figures:\n\n" + "\n".join(rows) + "\n", ArticleInput(language="en"))
    counts = [sum(f.rule == "internal-consistency" for f in c.findings) for c in result.claims]
    assert len(counts) == 1500 and max(counts) == 1


def test_a_passage_of_many_figures_names_a_few_pins_and_counts_the_rest():
    """Period inference over a passage of hundreds of the same figure: each finding names the
    first five matches and counts the others, and lists each reference fact once (it listed every
    match on every figure: 50 KB of text made 512 MB of JSON)."""
    text = "OpenAI's inference bill: " + ", ".join(["$3.77bn"] * 40) + "."
    result = check_article(text, ArticleInput(language="en"))
    finding = next(f for f in result.claims[0].findings if f.rule == "period-inference")
    assert finding.message.count("matches") == 5 and "and 35 more figures of the passage match likewise" in finding.message
    assert len(finding.evidence) == len({(e.source, e.fact) for e in finding.evidence})


def test_changes_are_compared_only_when_measured_against_the_same_basis(store):
    """"opp 24 % fra 2. kvartal 2025" and "Fra 3. kvartal 2024 … økte kostnadene med 263 %" for the same
    quarter are two quantities; two changes from the same quarter that cannot both hold are one misstated."""
    from models import Basis, parse_period_label

    def growth(value, basis, n):
        c = claim(value, kind="growth", unit="%", period="2025-Q3", precision=0.5, id=f"art#{n}", sentence=str(n))
        c.basis = Basis(period=parse_period_label(basis), text="fra") if basis else None
        return c

    assert rule_verdicts([growth(24, "2025-Q2", 1), growth(263, None, 2)], store) == [[], []]
    assert rule_verdicts([growth(24, "2025-Q2", 1), growth(263, "2024-Q3", 2)], store) == [[], []]
    assert rule_verdicts([growth(24, "2025-Q2", 1), growth(42, "2025-Q2", 2)], store) == [["contradicted"], ["contradicted"]]
