"""`check --store` and `claimcheck review` as a user runs them: real processes, a real store."""
import csv
import io
import json
import os
import stat
import socket
import sqlite3
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from review.command import ReviewOptions, ReviewUsageError
from review.command import run as run_review
from review.records import ClaimKey, Correction, QueueFilter
from review.store import ReviewStore, StoreError

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
NB = EXAMPLES / "000_8ed423a0c9d9116f.txt"
DE = EXAMPLES / "004_f263fdb27ef416a7.txt"
ENV = {k: v for k, v in os.environ.items() if k not in ("CLAIMCHECK_STORE", "CLAIMCHECK_REVIEW_TOKEN")}


def run(*args, timeout=120):
    return subprocess.run(["claimcheck", *map(str, args)], capture_output=True, timeout=timeout, env=ENV)


def key_for(store: ReviewStore, value_text: str) -> ClaimKey:
    return next(r.key for r in store.queue(QueueFilter(verdict=None)) if r.value_text == value_text)


@pytest.fixture(scope="module")
def checked_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "review.sqlite"
    proc = run("check", "--store", path, "--format", "json", DE, NB)
    assert proc.returncode == 1, proc.stderr  # NB has a contradiction
    assert [json.loads(line)["article"]["id"] for line in proc.stdout.decode().splitlines()] == [DE.stem, NB.stem]
    return path


def test_a_decision_survives_check_run_again_on_the_same_article(tmp_path):
    path = tmp_path / "review.sqlite"
    assert run("check", "--store", path, DE).returncode == 0
    store = ReviewStore(path)
    dismissed, corrected = key_for(store, "20 Prozent"), key_for(store, "493,8 Millionen US‑Dollar")
    store.decide(dismissed, "dismissed", "kari", "the share rate, not a figure to check")
    store.correct(corrected, Correction(entity="OpenAI", metric="revenue_share", period="2025-Q1", bound="approx"),
                  "kari")
    proc = run("check", "--store", path, DE)  # the same article, checked again
    assert proc.returncode == 0 and proc.stderr == b""
    again = store.claim(dismissed.sha256, dismissed.start, dismissed.end)
    assert again.key == dismissed
    assert (again.decision.state, again.decision.reason) == ("dismissed", "the share rate, not a figure to check")
    fixed = store.claim(corrected.sha256, corrected.start, corrected.end)
    assert fixed.verdict == "contradicted" and fixed.decision.correction.period == "2025-Q1"
    assert [(a.action, a.reviewer) for a in fixed.audit] == [("correct", "kari")]
    con = sqlite3.connect(path)
    assert con.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1
    con.close()


def test_to_review_writes_the_store_review_opens(tmp_path):
    """`check --to-review` needs no path: it writes where `claimcheck review` looks by default."""
    env = {**ENV, "CLAIMCHECK_STORE": str(tmp_path / "desk" / "review.sqlite")}
    proc = subprocess.run(["claimcheck", "check", "--to-review", str(DE)], capture_output=True, env=env)
    assert proc.returncode == 0, proc.stderr
    listed = subprocess.run(["claimcheck", "review", "--list", "--filter", "verdict=any"], capture_output=True,
                            env=env, text=True)
    assert listed.returncode == 0 and "004_f263fdb27ef416a7" in listed.stdout
    both = subprocess.run(["claimcheck", "check", "--to-review", "--store", str(tmp_path / "x.sqlite"), str(DE)],
                          capture_output=True, env=env, text=True)
    assert both.returncode == 2 and both.stderr.count("\n") == 1 and "two stores" in both.stderr


def test_a_bad_reference_file_stops_the_desk_before_it_serves(checked_store, tmp_path):
    broken = tmp_path / "broken.csv"
    broken.write_text("entity,metric\nNvidia\n", encoding="utf-8")
    proc = run("review", "--store", checked_store, "--sources", broken, "--port", free_port(), timeout=60)
    assert proc.returncode == 2 and proc.stderr.count(b"\n") == 1 and b"broken.csv" in proc.stderr


def test_list_and_export_in_the_terminal(checked_store, tmp_path):
    store = ReviewStore(checked_store)
    store.decide(key_for(store, "2,5 milliarder dollar"), "confirmed", "kari")
    proc = run("review", "--store", checked_store, "--list")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode()
    assert "verdict=contradicted  ·  1 claim" in out and "2,5 milliarder dollar" in out
    assert "OpenAI · cost_of_revenue · 2025-H1" in out and "confirmed" in out
    target = tmp_path / "decisions.csv"
    proc = run("review", "--store", checked_store, "--export", target)
    assert proc.returncode == 0 and proc.stdout == b""
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [(r["value_text"], r["state"], r["reviewer"]) for r in rows] == [("2,5 milliarder dollar", "confirmed",
                                                                            "kari")]


def test_list_filters_and_export_formats(checked_store, tmp_path, capsys):
    run_review(ReviewOptions(store=checked_store, list_queue=True, filters=["verdict=any", "language=de"]))
    out = capsys.readouterr().out
    assert "language=de" in out and "493,8 Millionen US‑Dollar" in out and "milliarder" not in out
    ReviewStore(checked_store).decide(key_for(ReviewStore(checked_store), "2,5 milliarder dollar"), "confirmed", "o")
    jsonld = tmp_path / "reviews.jsonld"
    run_review(ReviewOptions(store=checked_store, export=str(jsonld)))  # the format from the extension
    assert [r["@type"] for r in json.loads(jsonld.read_text(encoding="utf-8"))] == ["ClaimReview"]
    run_review(ReviewOptions(store=checked_store, export="-", export_format="json"))
    assert json.loads(capsys.readouterr().out)[0]["state"] == "confirmed"


@pytest.mark.parametrize("options, message", [
    ({"export": "{tmp}"}, "--export: {tmp} is a directory"),
    ({"export": "{tmp}/x.txt", "export_format": "xml"}, "--export-format: 'xml' is not one of csv, json, claimreview"),
    ({"export": "{tmp}/no/such/dir/x.csv"}, "--export: cannot write {tmp}/no/such/dir/x.csv: No such file"),
    ({"list_queue": True, "filters": ["colour=red"]}, "--filter: 'colour=red' is not NAME=VALUE"),
    # a value outside the vocabulary would list an empty queue as if nothing were flagged
    ({"list_queue": True, "filters": ["verdict=contradicte"]},
     "--filter: verdict: 'contradicte' is not one of supported, consistent, contradicted, unverifiable (or any)"),
    ({"list_queue": True, "filters": ["language=no"]}, "--filter: language: 'no' is not one of en, nb, de (or any)"),
    ({"list_queue": True, "filters": ["decision=done"]},
     "--filter: decision: 'done' is not one of open, confirmed, dismissed, corrected (or any)"),
    ({"list_queue": True, "filters": ["metric=revnue"]}, "--filter: metric: 'revnue' is not one of revenue, "),
    # options the chosen mode would ignore
    ({"filters": ["verdict=any"]}, "--filter: only with --list (the desk's page has its own filters)"),
    ({"list_queue": True, "export_format": "csv"}, "--export-format: only with --export FILE"),
    ({"export": "{tmp}/decisions.xlsx"},
     "--export: no format is known by the extension '.xlsx' (use .csv, .json, .jsonld or --export-format)"),
    ({"list_queue": True, "sources": ["{tmp}/missing.csv"]}, "{tmp}/missing.csv: no such file"),
    ({"export": "-", "trust": ["nobody"]}, "no source named 'nobody' to trust (loaded: leak-2025-11)"),
    ({"host": "0.0.0.0"}, "--host 0.0.0.0 is reachable from other machines: set --token"),
    ({"host": "192.168.1.20", "token": "short"}, "--token: use at least 12 characters"),
])
def test_bad_review_options_are_refused(checked_store, tmp_path, options, message):
    options = {k: v.format(tmp=tmp_path) if isinstance(v, str) else [x.format(tmp=tmp_path) for x in v]
               if isinstance(v, list) else v for k, v in options.items()}
    with pytest.raises(ReviewUsageError) as refused:
        run_review(ReviewOptions(store=checked_store, **options))
    assert str(refused.value).startswith(message.format(tmp=tmp_path))
    assert list(tmp_path.iterdir()) == []  # nothing half-written


def test_bad_options_and_stores_fail_in_one_line(checked_store, tmp_path):
    proc = run("review", "--store", checked_store, "--host", "0.0.0.0")
    assert proc.returncode == 2 and proc.stdout == b""
    assert proc.stderr.decode() == "claimcheck: --host 0.0.0.0 is reachable from other machines: set --token " \
                                   "(or CLAIMCHECK_REVIEW_TOKEN) so that every request must carry it\n"
    with pytest.raises(StoreError, match="no review store here"):
        run_review(ReviewOptions(store=tmp_path / "none.sqlite", list_queue=True))
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not SQLite " * 200)
    proc = run("check", "--store", junk, "--format", "json", DE)
    assert proc.returncode == 2 and proc.stdout == b""
    err = proc.stderr.decode()
    assert err.startswith(f"claimcheck: {junk}: not a usable review store") and err.count("\n") == 1


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_review_command_serves_the_desk(checked_store):
    port = free_port()
    proc = subprocess.Popen(["claimcheck", "review", "--store", str(checked_store), "--port", str(port),
                             "--reviewer", "kari"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
    try:
        deadline, page = time.monotonic() + 60, None
        while page is None and time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/?verdict=any", timeout=5) as resp:
                    page = resp.read().decode()
            except OSError:
                assert proc.poll() is None, proc.stderr.read().decode()
                time.sleep(0.2)
        assert page is not None and "493,8 Millionen US‑Dollar" in page and 'value="kari"' in page
        with pytest.raises(ReviewUsageError, match=f"^cannot listen on 127.0.0.1:{port}: "):
            run_review(ReviewOptions(store=checked_store, port=port))
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    assert err.decode().startswith(f"claimcheck review desk: http://127.0.0.1:{port}/  (store {checked_store};")


def test_an_export_onto_what_is_no_regular_file_writes_into_it(checked_store, tmp_path):
    """A rename over a named pipe (or /dev/null, as root) would replace it with a file; a link is followed.
    The file made is readable as the umask allows, and nothing is left behind."""
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    reader = subprocess.Popen(["cat", str(pipe)], stdout=subprocess.PIPE)
    proc = run("review", "--store", checked_store, "--export", pipe, "--export-format", "json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(reader.communicate(timeout=30)[0]) is not None and stat.S_ISFIFO(os.stat(pipe).st_mode)
    (tmp_path / "link.csv").symlink_to(tmp_path / "target.csv")
    assert run("review", "--store", checked_store, "--export", tmp_path / "link.csv").returncode == 0
    assert (tmp_path / "link.csv").is_symlink() and (tmp_path / "target.csv").read_text().startswith("article")
    assert stat.S_IMODE(os.stat(tmp_path / "target.csv").st_mode) == 0o666 & ~_umask()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.csv", "pipe.json", "target.csv"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _foreign(path: Path, table: str = "t", version: int = 0) -> Path:
    con = sqlite3.connect(path)
    con.execute(f"CREATE TABLE {table} (x)")
    con.execute(f"PRAGMA user_version = {version}")
    con.commit()
    con.close()
    return path


@pytest.mark.parametrize("table, version", [("t", 0), ("articles", 0), ("x", 1)])
def test_another_programs_database_is_refused_and_left_as_it_was(tmp_path, table, version):
    """Its tables would have been joined by the store's (a half-made schema when a name clashed), and the file
    switched to WAL; user_version 1 alone made it pass as a store."""
    path = _foreign(tmp_path / "theirs.sqlite", table, version)
    before = path.read_bytes()
    for args in (("check", "--store", path, DE), ("review", "--list", "--store", path)):
        proc = run(*args)
        err = proc.stderr.decode()
        assert proc.returncode == 2 and err.count("\n") == 1 and "not a claimcheck review store" in err
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["theirs.sqlite"]


def test_an_empty_file_is_a_store_to_make_for_check_and_none_for_review(tmp_path):
    path = tmp_path / "new.sqlite"
    path.touch()
    proc = run("review", "--list", "--store", path)
    assert proc.returncode == 2 and "no review store here" in proc.stderr.decode() and path.stat().st_size == 0
    assert run("check", "--store", path, DE).returncode == 0 and run("review", "--list", "--store", path).returncode == 0


def test_a_store_with_damaged_pages_is_one_line_when_read(checked_store, tmp_path):
    path = tmp_path / "damaged.sqlite"
    data = bytearray(checked_store.read_bytes())
    data[4096:12288] = b"\xab" * 8192
    path.write_bytes(bytes(data))
    proc = run("review", "--list", "--store", path)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and err.count("\n") == 1 and "database disk image is malformed" in err


def test_a_host_name_idna_refuses_is_one_line(checked_store):
    proc = run("review", "--store", checked_store, "--host", "a..b", "--port", free_port(),
               "--token", "abcdefghijklmnopqrstuvwxyz0123456789")
    err = proc.stderr.decode()
    assert proc.returncode == 2 and err.count("\n") == 1 and "not a valid host name" in err


def test_a_file_name_that_is_not_utf8_is_refused_before_the_store_is_made(tmp_path):
    name = os.fsdecode(str(tmp_path).encode() + b"/bad\xffname.txt")
    Path(name).write_bytes(DE.read_bytes())
    proc = run("check", "--store", tmp_path / "s.sqlite", name)
    assert proc.returncode == 2 and "the file name is not valid UTF-8" in proc.stderr.decode()
    assert not (tmp_path / "s.sqlite").exists()
