"""The gold corpus in tests/data: the seeds and their gold (copied from shared/)
scored with the same figures as shared/eval/score.py."""
from pathlib import Path

import pytest

from tests.gold_score import gold_span, score_article, score_corpus, total_line

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def seeds():
    return score_corpus(DATA / "gold" / "seeds.yaml", DATA / "articles")


def test_seeds_meet_the_foundation_thresholds(seeds):
    res, notes = seeds
    print(total_line(res))
    assert res["recall"] >= 0.90, notes
    assert res["value_acc"] >= 0.90, notes
    assert res["verdict_acc"] >= 0.80, notes
    assert res["contra_recall"] == 1.0, notes
    assert res["false_alarms"] == 0, notes


def test_seeds_are_read_exactly(seeds):
    """Today every seed claim is read right; a regression shows here with its reason."""
    res, notes = seeds
    assert notes == []
    assert res["normal_acc"] == 1.0 and res["verdict_acc"] == 1.0 and res["precision"] == 1.0


def test_scorer_counts_a_false_alarm_and_a_miss():
    """The scoring code itself: a wrong contradiction and a missing claim are counted."""
    text = "OpenAI had revenue of $4.3B and costs of $2.5B."
    entry = {"article": "x", "claims": [
        {"value_text": "$4.3B", "entity": "OpenAI", "metric": "revenue", "period": None, "value": 4.3e9,
         "unit": "USD", "bound": "eq", "verdict": "unverifiable"},
        {"value_text": "$2.5B", "entity": "OpenAI", "metric": "cost_of_revenue", "period": None, "value": 2.5e9,
         "unit": "USD", "bound": "eq", "verdict": "contradicted"},
    ]}
    start, end = gold_span(text, "$4.3B", 1)
    doc = {"claims": [{"span": [start, end], "value": 4.3e9, "unit": "USD", "entity": "OpenAI", "metric": "revenue",
                       "period": None, "bound": "eq", "verdict": "contradicted"}]}
    s = score_article(entry, text, doc)
    assert (s["gold"], s["found"], s["false_alarm"], s["gold_contra"], s["contra_hit"]) == (2, 1, 1, 1, 0)
    assert s["misses"] == ["$2.5B"]


@pytest.fixture(scope="module")
def corpus():
    return score_corpus(DATA / "gold" / "corpus.yaml", DATA / "corpus")


def test_corpus_meets_the_reading_thresholds(corpus):
    """Our own 12 articles (4 per language; no-claims and self-contradicting ones among them)."""
    res, notes = corpus
    print(total_line(res))
    assert res["recall"] >= 0.95, notes
    assert res["precision"] >= 0.95, notes
    assert res["normal_acc"] >= 0.85, notes


def test_corpus_is_large_and_covers_every_language():
    import yaml
    gold = yaml.safe_load((DATA / "gold" / "corpus.yaml").read_text(encoding="utf-8"))
    assert len(gold) >= 12
    assert sum(len(e["claims"]) for e in gold) >= 150
    for lang in ("en", "nb", "de"):
        entries = [e for e in gold if e["language"] == lang]
        assert len(entries) >= 4 and any(not e["claims"] for e in entries)


def test_holdout_written_blind():
    """Six articles annotated without looking at the code, never tuned against: the honest
    figure (no longer fully blind: see README, Accuracy). It guards recall, false alarms and
    the reading accuracy reached so far; that accuracy is lower than on the corpus."""
    res, notes = score_corpus(DATA / "gold" / "holdout.yaml", DATA / "holdout")
    print(total_line(res))
    assert res["recall"] >= 0.98 and res["precision"] >= 0.98, notes
    assert res["false_alarms"] == 0, notes
    assert res["normal_acc"] >= 0.66 and res["verdict_acc"] >= 0.75, notes


def test_second_holdout_written_blind():
    """Six more articles (tests/data/holdout2), annotated by someone who had not read the code.
    First run: normal_acc 0.42, verdict_acc 0.594, 6 false alarms; general reading fixes
    followed (see README, Accuracy), so this guards what they reached."""
    res, notes = score_corpus(DATA / "gold" / "holdout2.yaml", DATA / "holdout2")
    print(total_line(res))
    assert res["recall"] >= 0.98 and res["precision"] >= 0.98, notes
    assert res["false_alarms"] == 0, notes
    assert res["normal_acc"] >= 0.64 and res["verdict_acc"] >= 0.76, notes


def test_third_holdout_written_blind():
    """Six more articles (tests/data/holdout3: a live blog, an analyst Q&A, a correction, market
    wraps, a column), annotated blind. First run: recall 0.941, normal_acc 0.40, verdict_acc
    0.529, 3 false alarms; this guards what the general fixes that followed reached."""
    res, notes = score_corpus(DATA / "gold" / "holdout3.yaml", DATA / "holdout3")
    print(total_line(res))
    assert res["recall"] >= 0.94 and res["precision"] >= 0.94, notes
    assert res["false_alarms"] == 0, notes
    assert res["normal_acc"] >= 0.83 and res["verdict_acc"] >= 0.9, notes


def test_fourth_holdout_written_blind():
    """Six more articles (tests/data/holdout4: a podcast transcript, a newsletter with a table, a
    parliamentary debate, reader letters, a press release, a wire story with hard line breaks),
    annotated blind after the fixes from holdout3. First run: recall 0.963, precision 0.908,
    normal_acc 0.40, verdict_acc 0.537, 5 false alarms (all from a table's "($m)" caption)."""
    res, notes = score_corpus(DATA / "gold" / "holdout4.yaml", DATA / "holdout4")
    print(total_line(res))
    assert res["recall"] >= 0.98 and res["precision"] >= 0.9, notes
    assert res["false_alarms"] == 0, notes
    assert res["normal_acc"] >= 0.56 and res["verdict_acc"] >= 0.75, notes

