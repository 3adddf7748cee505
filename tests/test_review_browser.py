"""The review desk in a real browser: headless Chromium (Debian's `chromium`) driven by
Playwright, against the real app on a loopback port and a real SQLite store.

Required (a missing browser fails the run) when CI=true or CLAIMCHECK_BROWSER_TESTS=1;
elsewhere skipped only when chromium or playwright is absent. Screenshots go to
test-artifacts/."""
import json
import os
import re
import shutil
from pathlib import Path

import pytest

from tests.test_review_app import REVIEWER, desk, seeded  # noqa: F401 (fixtures: the store and the desk)
from tests.test_review_store import DE, HOSTILE_SCRIPT, NB, key_of

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("CLAIMCHECK_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
REQUIRED = os.environ.get("CLAIMCHECK_BROWSER_TESTS") == "1" or os.environ.get("CI") == "true"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
CONTRADICTED_BACKGROUND = "rgb(255, 235, 233)"  # --contradicted-bg in review.css
SUPPORTED_BACKGROUND = "rgb(218, 251, 225)"


def unavailable(reason: str) -> None:
    if REQUIRED:
        pytest.fail(f"browser tests are required here (CI=true or CLAIMCHECK_BROWSER_TESTS=1) but {reason}",
                    pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("playwright is not installed (pip install -e '.[browser]')")
    if not Path(CHROMIUM).is_file():
        unavailable(f"{CHROMIUM} is missing (apt-get install -y chromium)")
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=CHROMIUM, headless=True,
            args=CHROMIUM_ARGS, viewport={"width": 1400, "height": 900})
        yield context
        context.close()


@pytest.fixture
def page(browser):
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    page.close()
    assert errors == [], f"JavaScript errors: {errors}"


def queue_count(page) -> int:
    return int(page.locator("#queue-count strong").inner_text())


def card(page, result, value_text: str):
    return page.locator(f"section#claim-{key_of(result, value_text).slug()}")


def choose(page, name: str, value: str) -> None:
    """Pick a filter; the page reloads with it (the select submits its form)."""
    with page.expect_navigation():
        page.select_option(f"select[name={name}]", value)


def test_an_editors_session(page, desk, seeded):
    store, found = seeded
    nb, de = found["nb"][0], found["de"][0]
    total = sum(len(r.claims) for r, _ in found.values())

    ARTIFACTS.mkdir(exist_ok=True)
    # The queue opens on the flagged claims, with counts.
    page.goto(desk + "/")
    assert queue_count(page) == 1
    assert page.locator("tr.queue-row").count() == 1
    assert "2,5 milliarder dollar" in page.locator("tr.queue-row").inner_text()
    assert page.locator("select[name=verdict] option:checked").inner_text() == "contradicted (1)"

    # Filter: every verdict, then German, then one metric.
    choose(page, "verdict", "any")
    assert queue_count(page) == total
    assert page.locator("select[name=language] option[value=de]").inner_text() == f"de ({len(de.claims)})"
    choose(page, "language", "de")
    assert "language=de" in page.url and queue_count(page) == len(de.claims)
    assert set(page.locator("td.article-cell a").all_inner_texts()) == {DE.stem}
    choose(page, "metric", "revenue_share")
    shares = sum(c.metric == "revenue_share" for c in de.claims)
    assert queue_count(page) == page.locator("tr.queue-row").count() == shares
    page.screenshot(path=str(ARTIFACTS / "review-queue.png"))

    # Open the article from its row.
    with page.expect_navigation():
        page.locator("tr.queue-row", has_text="493,8 Millionen US‑Dollar").locator("a").click()
    assert page.url.endswith(f"/article/{de.article.sha256}#claim-{key_of(de, '493,8 Millionen US‑Dollar').slug()}")
    assert page.locator("article.text a.claim-mark").count() == len(de.claims)
    text = found["de"][1]
    assert page.locator("#article-text").inner_text().strip() == text.strip()

    # Dismiss one claim with a reason.
    rate = card(page, de, "20 Prozent")
    rate.locator("input[name=reason]").fill("a share rate the article attributes loosely; not a money claim")
    with page.expect_navigation():
        rate.get_by_role("button", name="Dismiss").click()
    assert page.locator(".flash").inner_text() == "Dismissed."
    rate = card(page, de, "20 Prozent")
    assert rate.locator("[data-state]").inner_text() == "dismissed"

    # Correct another's period: the rules run again and the verdict changes.
    share = card(page, de, "493,8 Millionen US‑Dollar")
    assert share.locator("[data-verdict]").inner_text() == "supported"
    mark = page.locator(f"#mark-{key_of(de, '493,8 Millionen US‑Dollar').slug()}")
    assert mark.evaluate("el => getComputedStyle(el).backgroundColor") == SUPPORTED_BACKGROUND
    share.locator("summary").click()
    share.locator("input[name=period]").fill("2025-Q1")
    with page.expect_navigation():
        share.get_by_role("button", name="Check again").click()
    share = card(page, de, "493,8 Millionen US‑Dollar")
    assert share.locator("[data-verdict]").inner_text() == "contradicted"
    assert "checker said supported" in share.locator("header").inner_text()
    assert share.locator("[data-period]").inner_text().startswith("2025-Q1")
    assert "OpenAI revenue_share 2025-Q1" in share.locator("table.evidence").first.inner_text()
    assert mark.evaluate("el => getComputedStyle(el).backgroundColor") == CONTRADICTED_BACKGROUND

    # Reload: both decisions are kept, with who made them.
    page.goto(f"{desk}/article/{de.article.sha256}")
    rate, share = card(page, de, "20 Prozent"), card(page, de, "493,8 Millionen US‑Dollar")
    assert rate.locator("[data-state]").inner_text() == "dismissed"
    assert rate.locator("p.reason").inner_text() == \
        "Dismissed: a share rate the article attributes loosely; not a money claim"
    assert re.fullmatch(rf"\d{{4}}-\d\d-\d\d \d\d:\d\d {REVIEWER} dismiss: a share rate .*",
                        rate.locator("ol.audit li").first.inner_text())
    assert share.locator("[data-verdict]").inner_text() == "contradicted"
    assert share.locator("ol.audit li").first.inner_text().endswith(
        f"{REVIEWER} correct: period 2024 → 2025-Q1; verdict supported → contradicted")
    page.screenshot(path=str(ARTIFACTS / "review-article.png"))

    # Keyboard: go to the Norwegian contradiction and confirm it with `c`.
    contra = key_of(nb, "2,5 milliarder dollar")
    page.goto(f"{desk}/article/{nb.article.sha256}#claim-{contra.slug()}")
    assert card(page, nb, "2,5 milliarder dollar").get_attribute("class").split()[-1] == "current"
    with page.expect_navigation():
        page.keyboard.press("c")
    assert card(page, nb, "2,5 milliarder dollar").locator("[data-state]").inner_text() == "confirmed"
    # `j` moves to the next claim, `x` opens its dismissal, Enter sends it.
    page.keyboard.press("j")
    following = nb.claims[nb.claims.index(next(c for c in nb.claims if c.value_text == "2,5 milliarder dollar")) + 1]
    page.keyboard.press("x")
    page.keyboard.type("a rounding the article explains")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    after = card(page, nb, following.value_text)
    assert after.locator("[data-state]").inner_text() == "dismissed"

    # The decisions are in the store for everyone else too.
    assert store.claim(contra.sha256, contra.start, contra.end).decision.state == "confirmed"

    # Export the confirmed contradictions as ClaimReview JSON-LD and check its fields.
    with page.expect_response(lambda r: r.url.endswith("/export/claimreview")) as response:
        page.locator("#export-claimreview").click()
    assert response.value.headers["content-type"] == "application/ld+json"
    reviews = json.loads(response.value.text())
    assert len(reviews) == 1
    review = reviews[0]
    claim = next(c for c in nb.claims if c.value_text == "2,5 milliarder dollar")
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == claim.sentence
    assert review["itemReviewed"]["@type"] == "Claim" and review["itemReviewed"]["text"] == "2,5 milliarder dollar"
    assert review["itemReviewed"]["appearance"] == {"@type": "CreativeWork", "name": NB.stem,
                                                    "datePublished": "2025-11-12"}
    assert review["reviewRating"]["@type"] == "Rating"
    assert (review["reviewRating"]["ratingValue"], review["reviewRating"]["worstRating"],
            review["reviewRating"]["bestRating"], review["reviewRating"]["alternateName"]) == (1, 1, 5, "False")
    assert review["author"]["@type"] == "Organization" and review["author"]["name"]
    assert review["editor"] == {"@type": "Person", "name": REVIEWER}
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", review["datePublished"])
    assert "2.075 + 2.947 = 5.022" in review["reviewBody"]
    assert review["identifier"] == f"{contra.sha256}:{contra.slug()}"


def test_untrusted_article_text_shows_as_text(page, desk, seeded):
    _, found = seeded
    result, text = found["hostile"]
    page.goto(f"{desk}/article/{result.article.sha256}")
    shown = page.locator("#article-text").inner_text()
    assert HOSTILE_SCRIPT in shown and '<b onclick="x()">bold</b>' in shown
    assert page.evaluate("() => window.pwned") is None
    assert page.locator("#article-text script, #article-text b, #article-text img").count() == 0
    assert page.locator("article.text a.claim-mark").all_inner_texts() == [c.value_text for c in result.claims]


def test_a_post_without_the_csrf_token_is_refused(page, desk, seeded):
    store, found = seeded
    result = found["hostile"][0]
    key = key_of(result, "$493.8 million")
    page.goto(f"{desk}/article/{result.article.sha256}")
    confirm = card(page, result, "$493.8 million").locator('form[data-action="confirm"]')
    # A forged form: the same POST without the token field.
    confirm.evaluate("form => form.querySelector('input[name=csrf]').remove()")
    with page.expect_navigation() as refused:
        confirm.get_by_role("button").click()
    assert refused.value.status == 403
    assert "CSRF token missing or wrong" in page.locator("body").inner_text()
    assert store.claim(key.sha256, key.start, key.end).decision.state is None
    # The page's own form carries it and goes through.
    page.goto(f"{desk}/article/{result.article.sha256}")
    with page.expect_navigation() as done:
        card(page, result, "$493.8 million").get_by_role("button", name="Confirm").click()
    assert done.value.status == 200 and page.locator(".flash").inner_text() == "Confirmed."
    assert store.claim(key.sha256, key.start, key.end).decision.state == "confirmed"
