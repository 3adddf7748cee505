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


# Six articles each, written and annotated by someone who had not read the code. Blind for their
# first run only (figures in README, Accuracy); general reading fixes followed each, so these
# guard what the fixes reached: recall, precision, no false alarm, the reading and the verdicts.
#   holdout:  first run normal 0.418, verdict 0.527, 8 false alarms
#   holdout2: first run normal 0.42, verdict 0.594, 6 false alarms
#   holdout3 (a live blog, an analyst Q&A, a correction, market wraps, a column): first run
#             recall 0.941, normal 0.40, verdict 0.529, 3 false alarms
#   holdout4 (a podcast transcript, a newsletter with a table, a debate, reader letters, a press
#             release, a wire story with hard line breaks), written after holdout3's fixes: first
#             run recall 0.963, precision 0.908, normal 0.40, verdict 0.537, 5 false alarms
HOLDOUTS = {  # set: (recall, precision, normal_acc, verdict_acc) at least
    "holdout": (0.98, 0.98, 0.73, 0.81),
    "holdout2": (0.98, 0.98, 0.77, 0.88),
    "holdout3": (0.99, 0.94, 0.83, 0.9),
    "holdout4": (0.99, 0.9, 0.65, 0.78),
    # written 2026-11-30; first, blind run: normal 0.377, verdict 0.478, 1 false alarm
    "holdout5": (0.99, 0.95, 0.87, 0.85),
    # written 2026-11-30 after holdout5 and adversarial set 2; first, blind run: normal 0.563,
    # verdict 0.676, 2 false alarms
    "holdout6": (0.99, 0.95, 0.7, 0.83),
    # written 2026-11-30 (second session) after set 3; first, blind run: normal 0.606, verdict 0.718,
    # 1 false alarm
    "holdout7": (0.99, 0.93, 0.81, 0.89),
    # written 2026-11-30 (second session) after holdout7 and the review's fixes; first, blind run:
    # recall 0.875, normal 0.431, verdict 0.542, 1 false alarm
    "holdout8": (0.95, 0.98, 0.65, 0.75),
    # written 2026-11-30 (third session) after holdout8: a rival's press release with a correction,
    # an English machine translation from Norwegian, numbers spelled out, a broker note with ranges,
    # an op-ed of what-ifs, a committee transcript; first, blind run: recall 0.971, normal 0.598,
    # verdict 0.784, 6 false alarms
    "holdout9": (0.97, 0.97, 0.72, 0.91),
    # written 2026-11-30 (third session) after holdout9's fixes: an X thread, a TV script with graphics
    # cues, a student's blog in lower case, an earnings preview with a markdown table and footnotes, a
    # Wikipedia-style summary with reference marks, a tabloid; first, blind run: recall 0.922, normal
    # 0.608, verdict 0.804, 4 false alarms
    "holdout10": (0.99, 0.99, 0.76, 0.92),
    # written 2026-11-30 (third session) after the review's fixes: a LinkedIn post with pictograph
    # bullets, a class-action complaint, a local paper's column, a bank's morning e-mail with a
    # key-figures box, a union magazine, a radio news script; first, blind run: recall 0.936, normal
    # 0.617, verdict 0.851, 6 false alarms
    "holdout11": (0.99, 0.98, 0.77, 0.97),
    # written 2026-11-30 (third session) after the second review's fixes: a conference talk with slide
    # markers, a Reddit AMA with edits, a Norwegian debate reply, an NTB news item with a fact box, a Swiss
    # paper (1'467, CHF), podcast show notes; first, blind run: recall 0.981, normal 0.806, verdict 0.907,
    # 4 false alarms
    "holdout12": (0.98, 0.97, 0.8, 0.92),
    # written 2026-11-30 (fourth session): a pub-quiz answer sheet, a business-school case with an exhibit set
    # flush right, a fund report, a book review with page references, shareholder-meeting minutes, a bar chart
    # drawn in text; first, blind run: recall 0.844, normal 0.5, verdict 0.594, 2 false alarms
    "holdout13": (0.99, 0.91, 0.79, 0.9),
    # written 2026-11-30 (fourth session) after holdout13's fixes: an earnings-call transcript, a news
    # terminal's headline flashes, a Norwegian group chat, a municipal case document, a German teletext
    # page, a Bundestag answer to a Kleine Anfrage; first, blind run: recall 0.969, normal 0.361, verdict
    # 0.567, 8 false alarms
    "holdout14": (0.96, 0.99, 0.58, 0.68),
    # written 2026-11-30 (fourth session) after holdout14's and review7's fixes: an economist's op-ed with
    # footnotes, a rival's investor-relations FAQ, a podcast episode with time stamps, a weekly magazine's
    # readers' questions, a morning briefing with bullets, a court report; first, blind run (not fixed
    # after): recall 0.988, normal 0.699, verdict 0.807, no false alarm
    "holdout15": (0.98, 0.99, 0.69, 0.8),
    # written 2026-11-30 (fifth session): a broker's model revision with a was/now table, a photo-caption batch,
    # a Storting committee's numbered remarks, a newsletter with a quoted reply chain, a Wikipedia talk page, a
    # documentary's SRT subtitles; first, blind run: recall 0.842, normal 0.411, verdict 0.579, 3 false alarms
    "holdout16": (0.85, 0.98, 0.53, 0.66),
    # written 2026-11-30 (fifth session) after review8's fixes: a regional business page with a sidebar, a cloud
    # trade-press story, a broadcaster's "what we know" box, a personal-finance column, a news magazine's feature,
    # a local paper's machine-translated wire story; first, blind run: recall 0.978, normal 0.538, verdict 0.72,
    # no false alarm
    "holdout17": (0.98, 0.99, 0.59, 0.75),
    # written 2026-11-30 (fifth session) after holdout17: an investment club's minutes, letters to the editor, an
    # exam's model answers, a student paper's explainer, a German comment with a fact box, a blog's comment
    # thread; first, blind run: recall 0.848, normal 0.62, verdict 0.696, 1 false alarm
    "holdout18": (0.97, 0.98, 0.79, 0.84),
    # written 2026-12-01 (sixth session) after review9's and holdout18's fixes: a Commons question time, a fact-check,
    # a radio phone-in, a Norwegian broker's note with a table of quarters across, a German press review, a union
    # flyer; first, blind run: recall 0.908, normal 0.575, verdict 0.678, 1 false alarm
    "holdout19": (0.97, 0.94, 0.73, 0.85),
    # written 2026-12-01 (seventh session): a prediction market page, a leaked finance memo, a Norwegian
    # consultation response (høringssvar), a Norwegian encyclopedia article with reference marks, a German AGM
    # speech, a German competition authority report with margin figures; first, blind run: recall 0.977, normal
    # 0.614, verdict 0.761, 1 false alarm
    "holdout20": (0.97, 0.96, 0.73, 0.85),
    # written 2026-12-01 (eighth session) after holdout20's fixes: a live blog revising its figures, a working paper
    # with a table in USD thousands, a Norwegian written question to a minister with the answer, a machine-translated
    # Norwegian local-radio story, a German fact-check with a verdict box, a German think-tank press release with
    # Mio. € and Mrd. USD; first, blind run: recall 0.959, normal 0.656, verdict 0.721, 6 false alarms
    "holdout21": (0.98, 0.99, 0.76, 0.82),
    # written 2026-12-01 (eighth session) after holdout21's fixes: an investor-day slide deck exported to text, an
    # obituary of a model, a Norwegian data-journalism piece with a half-year table, a Norwegian school-paper
    # interview, a German "Zahl der Woche" column, a German consumer test of AI subscriptions; first, blind run:
    # recall 0.894, normal 0.617, verdict 0.723, 5 false alarms
    "holdout22": (0.98, 0.99, 0.78, 0.87),
    # written 2026-12-01 (ninth session) after holdout22's fixes: a recruiter's e-mail reply quoting the candidate, an
    # expert's sworn declaration with numbered paragraphs, a Norwegian TV guide, a Norwegian satire piece, a Bundestag
    # plenary record with interjections, a German stock-exchange forum thread; first, blind run: recall 0.983, normal
    # 0.597, verdict 0.706, 2 false alarms
    "holdout23": (0.99, 0.98, 0.84, 0.88),
    # written 2026-12-01 (ninth session) after holdout23's fixes: an exported chatbot conversation, a timeline keyed
    # by ISO dates and intervals, a Norwegian bank's letter to customers, a Norwegian sports-style match report of the
    # quarters, a German "Steckbrief" of key: value lines, a German carnival speech in rhymed verse; first, blind run:
    # recall 0.914, normal 0.543, verdict 0.621, 1 false alarm
    "holdout24": (0.91, 0.99, 0.69, 0.74),
    # written 2026-12-01 (tenth session): a video's auto-generated captions with a stamp over each cue, a hedge fund's
    # letter to its limited partners, a Norwegian news app's push notifications, a Norwegian weekend puzzle with its
    # solution, a German data blog with a pasted CSV export, a German lecture script with exercises; first, blind run:
    # recall 0.852, normal 0.523, verdict 0.672, 3 false alarms
    "holdout25": (0.96, 0.99, 0.72, 0.86),
    # written 2026-12-01 (tenth session) after holdout25's fixes: a magazine profile of a finance executive, a business
    # daily translated from Japanese, a Norwegian journalist's summary of a budget hearing, a Norwegian family Christmas
    # letter in nynorsk-coloured bokmål, an Austrian business page, a Swiss weekly's explainer; first, blind run: recall
    # 0.879, normal 0.53, verdict 0.727, 5 false alarms
    "holdout26": (0.99, 0.99, 0.7, 0.87),
    # written 2026-12-01 (eleventh session) after holdout26's fixes: a Slack export between two reporters in finance
    # shorthand, a sell-side earnings preview with bull/base/bear scenarios, a Norwegian personal-finance piece on the
    # oil fund's Microsoft stake, a Norwegian Facebook stock-forum thread, a German TV talk-show transcript, a German
    # tax adviser's client circular in T USD; first, blind run: recall 0.847, normal 0.467, verdict 0.591, 6 false alarms
    "holdout27": (0.97, 0.99, 0.8, 0.88),
    # written 2026-12-01 (eleventh session) after holdout27's fixes: a Hacker News comment thread, a university debate
    # transcript, a Norwegian party group's budget memo with a tab-separated table, an exported SMS thread between
    # siblings, a German court-of-auditors report with a box in Mio. USD, a German e-learning quiz with answer options;
    # first, blind run: recall 0.816, normal 0.574, verdict 0.632, 6 false alarms
    "holdout28": (0.95, 0.99, 0.72, 0.78),
    "holdout29": (0.9, 0.99, 0.6, 0.78),
    "holdout30": (0.98, 0.99, 0.72, 0.83),
}


@pytest.mark.parametrize("name", HOLDOUTS)
def test_holdouts_written_blind(name):
    res, notes = score_corpus(DATA / "gold" / f"{name}.yaml", DATA / name)
    print(total_line(res))
    recall, precision, normal, verdict = HOLDOUTS[name]
    assert res["recall"] >= recall and res["precision"] >= precision, notes
    assert res["false_alarms"] == 0, notes
    assert res["normal_acc"] >= normal and res["verdict_acc"] >= verdict, notes

