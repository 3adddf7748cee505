"""The review desk over HTTP: a real uvicorn server on a loopback port, a real SQLite
store, requests made with the standard library (cookies kept as a browser would)."""
import http.cookiejar
import json
import re
import urllib.error
import urllib.parse
import urllib.request

import pytest

from review.app import DeskSettings
from review.security import HEADERS, check_token_rule
from review.testing import running_desk
from tests.test_review_store import HOSTILE_SCRIPT, key_of, seeded_store

TOKEN = "s3cret-desk-token-for-tests"
REVIEWER = "Kari Nordmann"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Client:
    """A cookie-keeping client that does not follow redirects (tests look at them)."""

    def __init__(self, base: str, headers: dict | None = None):
        self.base, self.headers = base, headers or {}
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)

    def request(self, path: str, data: dict | None = None, headers: dict | None = None):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        req = urllib.request.Request(self.base + path, data=body, headers={**self.headers, **(headers or {})})
        try:
            with self.opener.open(req, timeout=30) as resp:
                return resp.status, dict(resp.headers), resp.read().decode()
        except urllib.error.HTTPError as err:
            return err.code, dict(err.headers), err.read().decode()

    def csrf(self, path: str) -> str:
        status, _, html = self.request(path)
        assert status == 200
        return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    return seeded_store(tmp_path_factory.mktemp("desk") / "review.sqlite")


@pytest.fixture(scope="module")
def desk(seeded):
    store, _ = seeded
    with running_desk(DeskSettings(store=store.path, reviewer=REVIEWER)) as url:
        yield url


def article_path(result) -> str:
    return f"/article/{result.article.sha256}"


def action_path(result, value_text: str, action: str) -> str:
    key = key_of(result, value_text)
    return f"{article_path(result)}/claim/{key.slug()}/{action}"


def test_article_text_is_escaped(desk, seeded):
    _, found = seeded
    status, headers, html = Client(desk).request(article_path(found["hostile"][0]))
    assert status == 200
    assert "&lt;script&gt;window.pwned = 2&lt;/script&gt;" in html
    assert HOSTILE_SCRIPT not in html and "<b onclick" not in html and "<img src=x" not in html
    assert "Leak &amp; costs" in html
    # The claim in the same text is still highlighted.
    assert re.search(r'<a class="claim-mark v-supported[^"]*"[^>]*>\$493\.8 million</a>', html)
    assert headers["content-security-policy"] == HEADERS["Content-Security-Policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_queue_page_shows_counts_and_filters(desk, seeded):
    _, found = seeded
    nb, de = found["nb"][0], found["de"][0]
    status, _, html = Client(desk).request("/")
    assert status == 200
    assert re.search(r'id="queue-count"><strong>1</strong> claim<', html)  # the default: contradicted
    assert "2,5 milliarder dollar" in html
    status, _, html = Client(desk).request("/?verdict=any&language=de")
    assert re.search(rf'id="queue-count"><strong>{len(de.claims)}</strong> claims', html)
    assert f'<option value="nb">nb ({len(nb.claims)})</option>' in html
    assert html.count('class="queue-row"') == len(de.claims)
    assert Client(desk).request("/?verdict=any&language=xx")[2].count('class="queue-row"') == 0


def test_state_changes_need_post_and_the_csrf_token(desk, seeded):
    store, found = seeded
    nb = found["nb"][0]
    path = action_path(nb, "2,5 milliarder dollar", "confirm")
    value = repr(key_of(nb, "2,5 milliarder dollar").value)
    client = Client(desk)
    assert client.request(path)[0] == 405  # GET never changes anything
    assert client.request(path, {"value": value})[0] == 403  # no token
    token = client.csrf(article_path(nb))
    assert client.request(path, {"value": value, "csrf": "x" * 43})[0] == 403  # wrong token
    assert Client(desk).request(path, {"value": value, "csrf": token})[0] == 403  # token without its cookie
    assert client.request(path, {"value": value, "csrf": token},
                          headers={"Origin": "http://evil.example"})[0] == 403
    key = key_of(nb, "2,5 milliarder dollar")
    assert store.claim(key.sha256, key.start, key.end).decision.state is None
    status, headers, _ = client.request(path, {"value": value, "csrf": token})
    assert status == 303
    assert headers["location"] == f"{article_path(nb)}?done=confirm#claim-{key.slug()}"
    record = store.claim(key.sha256, key.start, key.end)
    assert record.decision.state == "confirmed" and record.audit[-1].reviewer == REVIEWER
    # A stale page (the value it was loaded with differs) is refused, not applied to another claim.
    assert client.request(path.replace("/confirm", "/reopen"), {"value": "1.0", "csrf": token})[0] == 409
    assert store.claim(key.sha256, key.start, key.end).decision.state == "confirmed"


def test_a_bad_correction_is_explained_on_the_page(desk, seeded):
    _, found = seeded
    de = found["de"][0]
    client = Client(desk)
    token = client.csrf(article_path(de))
    key = key_of(de, "865,9 Millionen US‑Dollar")
    status, _, html = client.request(action_path(de, "865,9 Millionen US‑Dollar", "correct"),
                                     {"value": repr(key.value), "csrf": token, "entity": "OpenAI",
                                      "metric": "revenue_share", "period": "2025-Q9", "bound": "eq"})
    assert status == 400
    assert f"#{key.slug()}: period: not a period: &#39;2025-Q9&#39;" in html


def test_the_reviewer_setting_names_the_audit_entries(desk, seeded):
    store, found = seeded
    de = found["de"][0]
    client = Client(desk)
    token = client.csrf("/")
    status, headers, _ = client.request("/reviewer", {"csrf": token, "reviewer": "  Øyvind   Editor ", "next": "/x"})
    assert status == 303 and headers["location"] == "/x"
    assert client.request("/reviewer", {"csrf": token, "reviewer": "Øyvind Editor", "next": "//evil.example/"})[1][
        "location"] == "/"
    key = key_of(de, "3,77 Milliarden US‑Dollar")
    client.request(action_path(de, "3,77 Milliarden US‑Dollar", "note"),
                   {"value": repr(key.value), "csrf": token, "note": "<i>source?</i>"})
    record = store.claim(key.sha256, key.start, key.end)
    assert (record.audit[-1].reviewer, record.audit[-1].action, record.audit[-1].detail) == \
        ("Øyvind Editor", "note", "<i>source?</i>")
    html = client.request(article_path(de))[2]
    assert "<b>Øyvind Editor</b> note: &lt;i&gt;source?&lt;/i&gt;" in html


def test_exports_over_http(desk, seeded):
    client = Client(desk)
    status, headers, body = client.request("/export/claimreview")
    assert status == 200 and headers["content-type"] == "application/ld+json"
    assert all(r["@type"] == "ClaimReview" for r in json.loads(body))
    status, headers, body = client.request("/export/csv")
    assert headers["content-type"] == "text/csv; charset=utf-8" and body.startswith("article_id,path,sha256,")
    assert client.request("/export/xml")[0] == 404


def test_loopback_desk_refuses_other_host_names(desk):
    assert Client(desk, {"Host": "evil.example"}).request("/")[0] == 400
    assert Client(desk, {"Host": "localhost"}).request("/")[0] == 200


def test_a_token_guards_every_request_off_loopback(seeded):
    store, _ = seeded
    assert check_token_rule("0.0.0.0", None).startswith("--host 0.0.0.0 is reachable from other machines")
    assert check_token_rule("127.0.0.1", None) is None and check_token_rule("::1", None) is None
    assert check_token_rule("0.0.0.0", "short") == "--token: use at least 12 characters"
    with running_desk(DeskSettings(store=store.path, reviewer="k", token=TOKEN, host="0.0.0.0")) as url:
        anonymous = Client(url)
        for path in ("/", "/static/review.css", "/export/csv", "/article/x"):
            assert anonymous.request(path)[0] == 401
        assert anonymous.request("/?token=wrong-token-value")[0] == 401
        assert anonymous.request("/reviewer", {"reviewer": "x"})[0] == 401
        assert Client(url, {"Authorization": f"Bearer {TOKEN}"}).request("/")[0] == 200
        client = Client(url)
        status, headers, _ = client.request(f"/?token={TOKEN}&verdict=any")
        assert status == 303 and headers["location"] == "/?verdict=any"  # the token leaves the address bar
        assert "claimcheck_token" in headers["set-cookie"] and "HttpOnly" in headers["set-cookie"]
        assert client.request("/?verdict=any")[0] == 200  # ... for a cookie


def test_a_store_that_cannot_be_written_says_so_on_the_page(seeded, monkeypatch):
    # A store on a read-only disk, or a file the desk's user may only read: SQLite itself refuses
    # the write (the connection is opened read-only, as SQLite opens such a file), and the editor
    # sees why on the article page instead of a bare 500 error.
    from contextlib import contextmanager
    import sqlite3

    from review.store import ReviewStore

    store, found = seeded
    nb = found["nb"][0]
    key = key_of(nb, "2,5 milliarder dollar")
    before = store.claim(key.sha256, key.start, key.end)

    @contextmanager
    def read_only(self):
        con = sqlite3.connect(self.path.resolve().as_uri() + "?mode=ro", uri=True)
        con.row_factory = sqlite3.Row
        try:
            yield con
        finally:
            con.close()

    monkeypatch.setattr(ReviewStore, "_connect", read_only)
    with running_desk(DeskSettings(store=store.path, reviewer=REVIEWER)) as url:
        client = Client(url)
        token = client.csrf(article_path(nb))
        status, _, html = client.request(action_path(nb, "2,5 milliarder dollar", "dismiss"),
                                         {"value": repr(key.value), "csrf": token, "reason": "typo"})
    assert status == 503
    assert (f"#{key.slug()}: not saved: the review store cannot be written "
            "(attempt to write a readonly database); nothing was changed") in html
    monkeypatch.undo()
    after = store.claim(key.sha256, key.start, key.end)
    assert after.decision == before.decision and len(after.audit) == len(before.audit)
