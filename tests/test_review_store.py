"""The review store on a real SQLite file: what check writes, what the queue shows,
decisions that outlive a re-check, corrections checked again by the rules, exports."""
import csv
import datetime as dt
import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from models import ArticleResult
from pipeline import ArticleInput, check_article
from pipeline.read import clean
from review.export import export
from review.records import ClaimKey, Correction, QueueFilter
from review.store import ReviewStore, StoreError

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
NB = EXAMPLES / "000_8ed423a0c9d9116f.txt"
DE = EXAMPLES / "004_f263fdb27ef416a7.txt"
ANY = QueueFilter(verdict=None)


def checked(path: Path, published: str, text: str | None = None) -> tuple[ArticleResult, str]:
    text = clean(text if text is not None else path.read_text(encoding="utf-8"))
    meta = ArticleInput(id=path.stem, path=str(path.relative_to(ROOT)), published=dt.date.fromisoformat(published))
    return check_article(text, meta), text


# Untrusted article text: HTML whose visible text is itself markup (entities decode to tags).
HOSTILE_HTML = """<html><head><title>t</title><script>window.pwned = 1</script></head><body>
<h1>Leak &amp; costs</h1>
<p>OpenAI paid Microsoft $493.8 million in revenue share in 2024, the leaked documents show.</p>
<p>A reader wrote: &lt;script&gt;window.pwned = 2&lt;/script&gt; and &lt;b onclick="x()"&gt;bold&lt;/b&gt;
&lt;img src=x onerror="window.pwned=3"&gt; in the comments.</p>
</body></html>"""
HOSTILE_SCRIPT = "<script>window.pwned = 2</script>"


def hostile() -> tuple[ArticleResult, str]:
    text = clean(HOSTILE_HTML)
    assert HOSTILE_SCRIPT in text  # the markup is the article's visible text
    meta = ArticleInput(id="reader-comments", path="reader-comments.html", language="en",
                        published=dt.date(2025, 11, 10))
    return check_article(text, meta), text


def seeded_store(path: Path) -> tuple[ReviewStore, dict]:
    """A store with the two seed articles and the hostile one, as `check --store` leaves it."""
    found = {"nb": checked(NB, "2025-11-12"), "de": checked(DE, "2025-11-13"), "hostile": hostile()}
    store = ReviewStore(path)
    for result, text in found.values():
        store.save_result(result, text)
    return store, found


@pytest.fixture(scope="module")
def results():
    return {"nb": checked(NB, "2025-11-12"), "de": checked(DE, "2025-11-13")}


@pytest.fixture
def store(tmp_path, results):
    s = ReviewStore(tmp_path / "review.sqlite")
    s.save_result(*results["nb"])
    s.save_result(*results["de"])
    return s


def claim_at(result: ArticleResult, value_text: str):
    return next(c for c in result.claims if c.value_text == value_text)


def key_of(result: ArticleResult, value_text: str) -> ClaimKey:
    c = claim_at(result, value_text)
    return ClaimKey(sha256=result.article.sha256, start=c.span[0], end=c.span[1], value=c.value)


def test_queue_is_newest_first_in_text_order_with_every_claim(store, results):
    rows = store.queue(ANY)
    nb, de = results["nb"][0], results["de"][0]
    assert len(rows) == store.count(ANY) == len(nb.claims) + len(de.claims)
    # DE was published a day later: all its claims come first, each article's in text order.
    assert [r.article_id for r in rows] == [DE.stem] * len(de.claims) + [NB.stem] * len(nb.claims)
    assert [r.key.start for r in rows[:len(de.claims)]] == [c.span[0] for c in de.claims]
    text = results["de"][1]
    assert all(text[r.key.start:r.key.end] == r.value_text for r in rows[:len(de.claims)])


def test_default_queue_is_the_flagged_claims(store, results):
    rows = store.queue()
    flagged = [c for r, _ in results.values() for c in r.claims if c.verdict == "contradicted"]
    assert [r.value_text for r in rows] == [c.value_text for c in flagged] == ["2,5 milliarder dollar"]
    assert rows[0].state == "open" and rows[0].period == "2025-H1" and rows[0].metric == "cost_of_revenue"


def test_filters_and_facet_counts(store, results):
    nb, de = results["nb"][0], results["de"][0]
    facets = store.facets(ANY)
    verdicts = dict(facets["verdict"])
    for v in ("supported", "consistent", "contradicted", "unverifiable"):
        assert verdicts.get(v, 0) == getattr(nb.summary, v) + getattr(de.summary, v)
    assert dict(facets["language"]) == {"nb": len(nb.claims), "de": len(de.claims)}
    assert dict(facets["decision"]) == {"open": len(nb.claims) + len(de.claims)}
    assert [r.article_id for r in store.queue(QueueFilter(verdict=None, language="nb"))] == [NB.stem] * len(nb.claims)
    revenue_share = store.queue(QueueFilter(verdict=None, metric="revenue_share", language="de"))
    assert {r.metric for r in revenue_share} == {"revenue_share"}
    assert len(revenue_share) == sum(c.metric == "revenue_share" for c in de.claims) > 0
    leak = store.queue(QueueFilter(verdict=None, source="leak-2025-11"))
    assert len(leak) == sum(any(e.source == "leak-2025-11" for f in c.findings for e in f.evidence)
                            for r in (nb, de) for c in r.claims) > 0
    assert store.queue(QueueFilter(verdict=None, source="no-such-source")) == []
    # A facet's counts apply the other filters: language counts among de claims only.
    assert dict(store.facets(QueueFilter(verdict=None, language="de"))["language"]) == \
        {"nb": len(nb.claims), "de": len(de.claims)}
    assert dict(store.facets(QueueFilter(verdict="supported"))["language"]) == \
        {"nb": nb.summary.supported, "de": de.summary.supported}


def test_decisions_survive_a_recheck_of_the_same_text(store, results):
    de, text = results["de"]
    dismissed, corrected = key_of(de, "20 Prozent"), key_of(de, "493,8 Millionen US‑Dollar")
    store.decide(dismissed, "dismissed", "kari", "a share rate, not a claim about money")
    store.correct(corrected, Correction(entity="OpenAI", metric="revenue_share", period="2025-Q1", bound="approx"),
                  "ola")
    store.note(corrected, "checked with the desk", "ola")
    report = store.save_result(*checked(DE, "2025-11-13"))  # the same text checked again
    assert (report.sha256, report.claims, report.decisions_kept) == (de.article.sha256, len(de.claims), 2)
    again = store.claim(dismissed.sha256, dismissed.start, dismissed.end)
    assert again.decision.state == "dismissed" and again.decision.reason == "a share rate, not a claim about money"
    fixed = store.claim(corrected.sha256, corrected.start, corrected.end)
    assert fixed.verdict == "contradicted" and fixed.original.verdict == "supported"
    assert [(a.reviewer, a.action) for a in fixed.audit] == [("ola", "correct"), ("ola", "note")]
    assert text[fixed.key.start:fixed.key.end] == fixed.claim.value_text == "493,8 Millionen US‑Dollar"
    states = dict(store.facets(ANY)["decision"])
    assert states["dismissed"] == 1 and states["corrected"] == 1


def test_correction_runs_the_rules_again_and_can_be_undone(store, results):
    de = results["de"][0]
    key = key_of(de, "493,8 Millionen US‑Dollar")
    record = store.correct(key, Correction(entity="OpenAI", metric="revenue_share", period="2025-Q1", bound="approx"),
                           "kari")
    assert record.verdict == "contradicted"
    assert record.claim.period.start == dt.date(2025, 1, 1) and record.claim.period.end == dt.date(2025, 3, 31)
    assert record.claim.reading["period"] == "corrected by an editor"
    value_finding = next(f for f in record.claim.findings if f.rule == "reference-value")
    assert value_finding.evidence[0].value == 206e6 and "2025-Q1" in value_finding.message
    assert record.audit[-1].detail == "period 2024 → 2025-Q1; verdict supported → contradicted"
    assert [r.value_text for r in store.queue()] == ["493,8 Millionen US‑Dollar", "2,5 milliarder dollar"]
    # The checker's own reading again: the correction is gone, the verdict is the checker's.
    back = store.correct(key, Correction(entity="OpenAI", metric="revenue_share", period="2024", bound="approx"),
                         "kari")
    assert back.corrected is None and back.verdict == "supported" and back.decision.correction is None
    assert back.audit[-1].detail == "period 2025-Q1 → 2024; verdict contradicted → supported"


def test_a_correction_is_checked_against_the_sources_the_desk_was_given(tmp_path):
    """A claim about a company only the editor's own file knows: corrected to that company, it
    gets the verdict that file gives (claimcheck review --sources), not 'unverifiable'."""
    from sources.store import open_store
    facts = tmp_path / "nvidia.csv"
    facts.write_text("entity,metric,period,value,rounding,reported_by\n"
                     "Nvidia,revenue,2025-Q3,57.006e9,0.0005e9,Nvidia 10-Q\n", encoding="utf-8")
    text = "The chipmaker reported revenue of $57.0 billion in the third quarter of 2025.\n"
    result = check_article(text, ArticleInput(id="chips", language="en"))
    claim = result.claims[0]
    assert (claim.entity, claim.verdict) == (None, "unverifiable")
    fix = Correction(entity="Nvidia", metric="revenue", period="2025-Q3", bound="eq")
    bundled = ReviewStore(tmp_path / "bundled.sqlite")
    bundled.save_result(result, text)
    assert bundled.correct(key_of(result, "$57.0 billion"), fix, "kari").verdict == "unverifiable"
    theirs = ReviewStore(tmp_path / "theirs.sqlite", references=open_store([facts]))
    theirs.save_result(result, text)
    record = theirs.correct(key_of(result, "$57.0 billion"), fix, "kari")
    assert record.verdict == "supported"
    assert record.claim.findings[0].evidence[0].source == "nvidia"


def test_bad_decisions_are_refused(store, results):
    key = key_of(results["nb"][0], "2,5 milliarder dollar")
    with pytest.raises(ValueError, match="reason"):
        store.decide(key, "dismissed", "kari", "  ")
    with pytest.raises(ValueError, match="not a period"):
        Correction(period="2025-Q9")
    with pytest.raises(ValueError, match="unknown metric"):
        Correction(metric="revnue")
    with pytest.raises(KeyError):
        store.decide(key.model_copy(update={"value": 1.0}), "confirmed", "kari")
    assert store.claim(key.sha256, key.start, key.end).decision.state is None


def test_a_changed_text_under_the_same_path_supersedes_the_old(store, results):
    _, text = results["de"]
    store.save_result(*checked(DE, "2025-11-14", text.replace("493,8", "499,8")))
    rows = store.queue(QueueFilter(verdict=None, language="de"))
    assert "499,8 Millionen US‑Dollar" in [r.value_text for r in rows]
    assert "493,8 Millionen US‑Dollar" not in [r.value_text for r in rows]
    assert len({r.key.sha256 for r in rows}) == 1


def test_opened_in_wal_mode_and_refuses_what_is_not_a_store(tmp_path, store):
    con = sqlite3.connect(store.path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()
    junk = tmp_path / "junk.sqlite"
    junk.write_text("not a database, just text " * 100)
    with pytest.raises(StoreError, match="not a usable review store"):
        ReviewStore(junk)
    with pytest.raises(StoreError, match="no review store here"):
        ReviewStore(tmp_path / "missing.sqlite", create=False)
    newer = tmp_path / "newer.sqlite"
    sqlite3.connect(newer).execute("PRAGMA user_version = 99").connection.close()
    with pytest.raises(StoreError, match="newer claimcheck"):
        ReviewStore(newer)


WRITER = """
import sys
from models import ArticleResult
from review.store import ReviewStore
result = ArticleResult.model_validate_json(open(sys.argv[2], encoding="utf-8").read())
text = open(sys.argv[3], encoding="utf-8").read()
store = ReviewStore(sys.argv[1])
for _ in range(int(sys.argv[4])):
    store.save_result(result, text)
print("ok")
"""


def test_a_batch_writing_while_the_desk_reads_and_decides(tmp_path, store, results):
    """Another process re-saves an article again and again; this one reads and decides meanwhile."""
    de, text = results["de"]
    (tmp_path / "result.json").write_text(de.model_dump_json(), encoding="utf-8")
    (tmp_path / "text.txt").write_text(text, encoding="utf-8")
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(store.path), str(tmp_path / "result.json"),
                               str(tmp_path / "text.txt"), "60"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    key = key_of(de, "865,9 Millionen US‑Dollar")
    reads = 0
    while writer.poll() is None or reads < 20:
        assert len(store.queue(QueueFilter(verdict=None, language="de"))) == len(de.claims)
        store.note(key, f"read {reads}", "desk")
        reads += 1
    out, err = writer.communicate(timeout=120)
    assert writer.returncode == 0, err.decode()
    assert out.decode().strip() == "ok"
    record = store.claim(key.sha256, key.start, key.end)
    assert [a.detail for a in record.audit] == [f"read {n}" for n in range(reads)]
    con = sqlite3.connect(store.path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def test_exports(store, results):
    nb, de = results["nb"][0], results["de"][0]
    contra = key_of(nb, "2,5 milliarder dollar")
    store.decide(contra, "confirmed", "kari")
    store.decide(key_of(de, "20 Prozent"), "dismissed", "ola", "a rate, not money")
    store.note(key_of(de, "865,9 Millionen US‑Dollar"), "asked the reporter", "ola")
    rows = list(csv.DictReader(io.StringIO(export(store, "csv"))))
    by_text = {r["value_text"]: r for r in rows}
    assert set(by_text) == {"2,5 milliarder dollar", "20 Prozent", "865,9 Millionen US‑Dollar"}
    assert by_text["2,5 milliarder dollar"]["state"] == "confirmed"
    assert by_text["2,5 milliarder dollar"]["verdict"] == "contradicted"
    assert by_text["20 Prozent"]["reason"] == "a rate, not money" and by_text["20 Prozent"]["reviewer"] == "ola"
    assert by_text["865,9 Millionen US‑Dollar"]["notes"] == "ola: asked the reporter"
    assert by_text["865,9 Millionen US‑Dollar"]["state"] == "open"
    decisions = json.loads(export(store, "json"))
    assert {d["value_text"]: (d["span_start"], d["span_end"]) for d in decisions}["2,5 milliarder dollar"] == \
        (contra.start, contra.end)
    reviews = json.loads(export(store, "claimreview", author="Faktisk"))
    assert len(reviews) == 1  # only the confirmed contradiction
    review = reviews[0]
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == claim_at(nb, "2,5 milliarder dollar").sentence
    assert review["author"] == {"@type": "Organization", "name": "Faktisk"}
    assert review["reviewRating"]["alternateName"] == "False"
    assert review["reviewRating"]["ratingValue"] == review["reviewRating"]["worstRating"] == 1
    assert review["itemReviewed"]["@type"] == "Claim"
    assert review["itemReviewed"]["appearance"]["datePublished"] == "2025-11-12"
    assert "2.075 + 2.947 = 5.022" in review["reviewBody"]
    dt.date.fromisoformat(review["datePublished"])


def test_spans_index_the_stored_text_when_given_the_html(tmp_path):
    """A caller may hand over what it gave check_article (HTML here): the store keeps the text the spans index."""
    result = check_article(HOSTILE_HTML, ArticleInput(id="page", language="en"))
    store = ReviewStore(tmp_path / "review.sqlite")
    store.save_result(result, HOSTILE_HTML)
    stored = store.article(result.article.sha256)
    assert stored.text == hostile()[1] and "<p>" not in stored.text
    assert [stored.text[r.key.start:r.key.end] for r in stored.claims] == [c.value_text for c in result.claims] \
        == ["$493.8 million"]
