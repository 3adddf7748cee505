"""`claimcheck batch` as real processes on a synthetic archive (benchmarks/make_archive.py):
every input format, errors per record, bad input, kill and resume, Parquet, the summary,
and the Dask engine on a LocalCluster against the local engine, record for record."""
from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from make_archive import write_archive  # noqa: E402

ARTICLES = 200


def batch(*args, stdin: bytes | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cli", "batch", *map(str, args)], cwd=ROOT, input=stdin,
                          capture_output=True, timeout=timeout)


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def readings(docs: list[dict]) -> list[list[tuple]]:
    return [[(c["span"], c["value_text"], c["entity"], c["metric"], c["period"], c["value"], c["verdict"])
             for c in d["claims"]] for d in docs]


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("archive")
    write_archive(folder, ARTICLES, seed=11, bad=True)
    return folder


@pytest.fixture(scope="module")
def jsonl_run(archive, tmp_path_factory) -> tuple[subprocess.CompletedProcess, Path]:
    out = tmp_path_factory.mktemp("out") / "checked.jsonl"
    return batch(archive / "archive.jsonl", "--out", out, "--jobs", 2,
                 "--summary", out.with_name("summary.json"), "--summary", out.with_name("summary.md")), out


def test_jsonl_archive_end_to_end_with_bad_records(archive, jsonl_run):
    run, out = jsonl_run
    assert run.returncode == 3, run.stderr.decode()  # some records failed
    docs = lines(out)
    assert [d["article"]["id"] for d in docs] == [json.loads(x)["id"] for x in
                                                  (archive / "archive.jsonl").read_text(encoding="utf-8").splitlines()
                                                  if x.startswith('{"id": "') and '"bad-' not in x]
    errors = lines(out.with_name("checked.errors.jsonl"))
    assert [(e["id"], e["reason"]) for e in errors] == [
        ("bad-corrupt", "not a JSON object: Invalid control character at at column 62"),
        ("bad-binary", "binary data, not text")]
    assert errors[0]["source"].endswith("archive.jsonl:101")
    assert not out.with_name("checked.jsonl.partial").exists()
    assert f"{ARTICLES} articles checked" in run.stderr.decode() and "2 failed" in run.stderr.decode()


def test_planted_contradictions_are_all_found(archive, jsonl_run):
    _, out = jsonl_run
    verdicts = {(d["article"]["id"], c["value_text"]): c["verdict"] for d in lines(out) for c in d["claims"]}
    planted = [m for m in lines(archive / "manifest.jsonl") if m["planted"]]
    assert len(planted) > 20
    assert [verdicts.get((m["id"], m["value_text"])) for m in planted] == ["contradicted"] * len(planted)
    texts = {r["id"]: r["text"] for r in map(json.loads, (archive / "archive.jsonl").read_text().splitlines()[:100])}
    for d in lines(out)[:100]:
        for c in d["claims"]:
            assert texts[d["article"]["id"]][c["span"][0]:c["span"][1]] == c["value_text"]


def test_csv_and_warc_read_the_same_articles(archive, jsonl_run, tmp_path):
    _, out = jsonl_run
    expected = lines(out)
    csv_run = batch(archive / "archive.csv", "--out", tmp_path / "csv.jsonl", "--jobs", 2, "--quiet")
    assert csv_run.returncode == 3 and csv_run.stderr == b""
    assert readings(lines(tmp_path / "csv.jsonl")) == readings(expected)
    assert [e["reason"] for e in lines(tmp_path / "csv.errors.jsonl")] == ["expected 6 columns, found 3",
                                                                           "binary data, not text"]
    warc_run = batch(archive / "archive.warc.gz", "--out", tmp_path / "warc.jsonl", "--jobs", 2, "--quiet")
    assert warc_run.returncode == 3
    from_warc = lines(tmp_path / "warc.jsonl")
    assert [d["article"]["url"] for d in from_warc] == [d["article"]["url"] for d in expected]
    assert [d["article"]["id"] for d in from_warc] == [d["article"]["url"] for d in expected]
    assert from_warc[0]["article"]["published"] == expected[0]["article"]["published"]  # the WARC-Date
    assert [(c[1], c[2], c[3], c[4], c[6]) for cs in readings(from_warc) for c in cs] == \
           [(c[1], c[2], c[3], c[4], c[6]) for cs in readings(expected) for c in cs]
    assert [e["id"] for e in lines(tmp_path / "warc.errors.jsonl")] == ["https://news.example/bad-binary.html"]


def test_a_killed_run_resumes_to_the_same_output(archive, jsonl_run, tmp_path):
    _, complete = jsonl_run
    out = tmp_path / "checked.jsonl"
    journal = tmp_path / "checked.jsonl.partial"
    cmd = [sys.executable, "-m", "cli", "batch", str(archive / "archive.jsonl"), "--out", str(out), "--jobs", "2"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if journal.exists() and journal.read_bytes().count(b"\n") >= ARTICLES // 3:
            break
        time.sleep(0.005)
    assert proc.poll() is None, "the run ended before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)  # the whole job, workers too, as a crash or `kill -9` would
    proc.wait()
    assert not out.exists()  # nothing that looks complete
    done = journal.read_bytes().count(b"\n")
    assert ARTICLES // 3 <= done < ARTICLES
    resumed = batch(archive / "archive.jsonl", "--out", out, "--jobs", 2, "--resume")
    assert resumed.returncode == 3, resumed.stderr.decode()
    assert "already done" in resumed.stderr.decode()
    assert out.read_bytes() == complete.read_bytes()
    assert [e["id"] for e in lines(tmp_path / "checked.errors.jsonl")] == ["bad-corrupt", "bad-binary"]
    again = batch(archive / "archive.jsonl", "--out", out, "--jobs", 1, "--resume", "--quiet")
    assert again.returncode == 3 and out.read_bytes() == complete.read_bytes()  # all skipped, nothing doubled


def test_resume_cuts_a_torn_last_line(archive, jsonl_run, tmp_path):
    _, complete = jsonl_run
    out = tmp_path / "checked.jsonl"
    head = complete.read_bytes().split(b"\n")
    (tmp_path / "checked.jsonl.partial").write_bytes(b"\n".join(head[:40]) + b"\n" + head[40][:55])
    run = batch(archive / "archive.jsonl", "--out", out, "--jobs", 1, "--resume", "--quiet")
    assert run.returncode == 3
    assert out.read_bytes() == complete.read_bytes()


def test_dask_engine_gives_the_same_records(archive, jsonl_run, tmp_path):
    pytest.importorskip("dask.distributed")
    _, local = jsonl_run
    out = tmp_path / "dask.jsonl"
    run = batch(archive / "archive.jsonl", "--out", out, "--engine", "dask", "--jobs", 2, "--quiet")
    assert run.returncode == 3, run.stderr.decode()
    assert lines(out) == lines(local)
    assert lines(tmp_path / "dask.errors.jsonl") == lines(local.with_name("checked.errors.jsonl"))


def test_parquet_tables(archive, jsonl_run, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    _, local = jsonl_run
    out = tmp_path / "tables"
    run = batch(archive / "archive.jsonl", "--out", out, "--format", "parquet", "--jobs", 2, "--quiet")
    assert run.returncode == 3
    assert sorted(p.name for p in out.iterdir()) == ["articles.parquet", "claims.parquet", "findings.parquet"]
    docs = lines(local)
    articles = pq.read_table(out / "articles.parquet").to_pylist()
    claims = pq.read_table(out / "claims.parquet").to_pylist()
    findings = pq.read_table(out / "findings.parquet").to_pylist()
    assert [a["id"] for a in articles] == [d["article"]["id"] for d in docs]
    assert [(c["claim_id"], c["value"], c["verdict"], str(c["period_start"])) for c in claims] == \
           [(c["id"], c["value"], c["verdict"], c["period"]["start"]) for d in docs for c in d["claims"]]
    assert len(findings) == sum(len(c["findings"]) for d in docs for c in d["claims"])
    assert not (tmp_path / "tables.partial").exists()


def test_summary_counts_and_cross_article_conflicts(archive, jsonl_run):
    _, out = jsonl_run
    docs = lines(out)
    summary = json.loads(out.with_name("summary.json").read_text(encoding="utf-8"))
    claims = [c for d in docs for c in d["claims"]]
    assert summary["articles"] == ARTICLES and summary["failed"] == 2
    assert summary["verdicts"]["contradicted"] == sum(c["verdict"] == "contradicted" for c in claims)
    assert summary["languages"] == {"en": 67, "nb": 67, "de": 66}
    planted = {(m["id"], m["value_text"]) for m in lines(archive / "manifest.jsonl") if m["planted"]}
    conflict = summary["conflicts"][0]
    stated = [(d["article"]["id"], c["value"]) for d in docs for c in d["claims"]
              if (c["entity"], c["metric"]) == (conflict["entity"], conflict["metric"])
              and f"{c['period']['start']}..{c['period']['end']}" == conflict["period"]]
    assert len(conflict["values"]) >= 2
    assert sum(v["articles"] for v in conflict["values"]) == len(stated)
    for v in conflict["values"]:  # every example article states that value
        assert all((a, v["value"]) in stated for a in v["examples"])
    planted_values = {(d["article"]["id"], c["value"]) for d in docs for c in d["claims"]
                      if (d["article"]["id"], c["value_text"]) in planted}
    assert any((a, v["value"]) in planted_values for v in conflict["values"] for a in v["examples"])
    markdown = out.with_name("summary.md").read_text(encoding="utf-8")
    assert f"**{conflict['entity']} · {conflict['metric']} · {conflict['period']}**" in markdown


def test_folder_input_equals_check(tmp_path):
    corpus = ROOT / "tests" / "data" / "corpus"
    out = tmp_path / "corpus.jsonl"
    run = batch("tests/data/corpus", "--out", out, "--jobs", 1, "--quiet")
    assert run.returncode in (0, 1), run.stderr.decode()
    files = sorted(p.name for p in corpus.glob("*.txt"))
    checked = subprocess.run([sys.executable, "-m", "cli", "check", "--format", "json",
                              *[f"tests/data/corpus/{f}" for f in files]], cwd=ROOT, capture_output=True)
    assert lines(out) == [json.loads(x) for x in checked.stdout.decode().splitlines()]
    assert run.returncode == checked.returncode


def test_stdin_reads_json_lines(tmp_path):
    text = "OpenAI spent $3.77 billion on inference in 2024, according to the documents.\n"
    stdin = (json.dumps({"id": "a1", "text": text, "lang": "en"}) + "\n" +
             json.dumps({"id": "a2", "text": text.replace("3.77", "5.12")}) + "\n").encode()
    out = tmp_path / "stdin.jsonl"
    run = batch("-", "--out", out, "--jobs", 1, "--quiet", stdin=stdin)
    assert run.returncode == 1  # a contradiction, no failures
    docs = lines(out)
    assert [(d["article"]["id"], d["article"]["path"]) for d in docs] == [("a1", "<stdin>:1"), ("a2", "<stdin>:2")]
    assert [[(c["value_text"], c["verdict"]) for c in d["claims"]] for d in docs] == [
        [("$3.77 billion", "supported")], [("$5.12 billion", "contradicted")]]
    claim = docs[0]["claims"][0]
    assert text[claim["span"][0]:claim["span"][1]] == "$3.77 billion"
    assert not (tmp_path / "stdin.errors.jsonl").exists()


@pytest.mark.parametrize("make, message", [
    (lambda d: d / "missing.jsonl", "missing.jsonl: no such file or folder"),
    (lambda d: _write(d / "no_text.csv", "id,body\n1,hello\n"), "no_text.csv: the CSV header has no 'text' column"),
    (lambda d: _write(d / "page.pdf", "%PDF"), "page.pdf: not a format batch reads"),
    (lambda d: _write(d / "crawl.warc.gz", "not gzip, not warc"), "crawl.warc.gz: not a WARC file"),
])
def test_bad_input_is_one_line_and_writes_nothing(tmp_path, make, message):
    out = tmp_path / "out" / "x.jsonl"
    out.parent.mkdir()
    run = batch(make(tmp_path), "--out", out)
    assert run.returncode == 2
    err = run.stderr.decode()
    assert err.count("\n") == 1 and message in err and "Traceback" not in err
    assert list(out.parent.iterdir()) == []


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_records_fail_alone(tmp_path):
    """Bad encoding, no text, an unknown language, a bad date: each its own error; the good one is checked."""
    good = {"id": "ok", "text": "OpenAI spent $3.77 billion on inference in 2024.", "lang": "en"}
    raw = b"\n".join([
        json.dumps(good).encode(),
        b'{"id": "latin1", "text": "caf\xe9"}',
        json.dumps({"id": "empty", "text": "   "}).encode(),
        json.dumps({"id": "xx", "text": "Hello 5 %", "lang": "fr"}).encode(),
        json.dumps({"id": "date", "text": "Hello 5 %", "published": "soon"}).encode(),
        json.dumps({"id": "surrogate", "text": "\ud800 broken"}).encode(),
        json.dumps({"text": "no id"}).encode(),
    ]) + b"\n"
    (tmp_path / "in.jsonl").write_bytes(raw)
    run = batch(tmp_path / "in.jsonl", "--out", tmp_path / "o.jsonl", "--jobs", 1, "--quiet")
    assert run.returncode == 3
    assert [d["article"]["id"] for d in lines(tmp_path / "o.jsonl")] == ["ok"]
    assert [(e["id"], e["reason"]) for e in lines(tmp_path / "o.errors.jsonl")] == [
        (None, "the line is not UTF-8"),
        ("empty", 'no "text": nothing to check'),
        ("xx", "language 'fr' is not supported"),
        ("date", "published 'soon' is not a date (YYYY-MM-DD)"),
        ("surrogate", "the text is not valid Unicode (bad encoding)"),
        (None, 'no "id"'),
    ]


def test_a_record_past_its_time_budget_fails_alone(tmp_path):
    """A hostile record (60 KB of figures in one sentence takes about 15 s) costs its budget and lands
    in the errors file with the reason; the records around it are checked as usual."""
    good = {"id": "ok", "text": "OpenAI spent $3.77 billion on inference in 2024.", "lang": "en"}
    slow = {"id": "slow", "text": "OpenAI spent " + ", ".join(f"${n}.5 billion" for n in range(5_000)) + ".",
            "lang": "en"}
    (tmp_path / "in.jsonl").write_text("\n".join(json.dumps(r) for r in (good, slow, good | {"id": "ok2"})) + "\n",
                                       encoding="utf-8")
    started = time.monotonic()
    run = batch(tmp_path / "in.jsonl", "--out", tmp_path / "o.jsonl", "--jobs", 1, "--quiet", "--record-timeout", 1)
    assert time.monotonic() - started < 60
    assert run.returncode == 3
    assert [d["article"]["id"] for d in lines(tmp_path / "o.jsonl")] == ["ok", "ok2"]
    assert [(e["id"], e["reason"]) for e in lines(tmp_path / "o.errors.jsonl")] == [
        ("slow", "took longer than 1 s to read (--record-timeout); not read")]


@pytest.mark.parametrize("value", ["-1", "nan", "inf"])
def test_a_record_timeout_that_is_not_seconds_is_refused(tmp_path, value):
    (tmp_path / "in.jsonl").write_text('{"id": "a", "text": "OpenAI spent $3 billion."}\n', encoding="utf-8")
    run = batch(tmp_path / "in.jsonl", "--out", tmp_path / "o.jsonl", "--record-timeout", value)
    assert run.returncode == 2 and b"--record-timeout" in run.stderr and not (tmp_path / "o.jsonl").exists()


def test_the_command_line_default_time_budget_is_the_documented_one():
    import inspect

    import cli
    from pipeline.batch import DEFAULT_RECORD_TIMEOUT
    assert inspect.signature(cli.batch).parameters["record_timeout"].default.default == DEFAULT_RECORD_TIMEOUT


def test_without_a_budget_a_record_is_read_to_the_end():
    from pipeline.batch import check_record
    record = {"id": "r1", "source": "x.jsonl:1", "raw": b"OpenAI spent $3.77 billion on inference in 2024.",
              "size": 48, "html": False, "lang": "en", "published": None, "url": None, "title": None}
    assert json.loads(check_record(record, timeout=None)["json"])["summary"]["supported"] == 1
    assert check_record(record, timeout=1e-9)["error"]["reason"].startswith("took longer than")


def test_check_record_turns_a_bug_into_an_error(monkeypatch):
    from pipeline import batch as batch_module

    def broken(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(batch_module, "check_article", broken)
    record = {"id": "r1", "source": "x.jsonl:1", "raw": b"OpenAI spent $3 billion.", "size": 24, "html": False,
              "lang": "en", "published": None, "url": None, "title": None}
    assert batch_module.check_record(record) == {
        "size": 24, "error": {"id": "r1", "source": "x.jsonl:1",
                              "reason": "internal error: ZeroDivisionError: division by zero"}}


def test_the_benchmark_rate_past_start_up_cancels_the_start_up():
    """benchmarks/batch.py: 1,000 articles in 1.4 s and 10,000 in 2.3 s is 10,000 art/s once started."""
    from batch import past_start_up
    runs = [{"finance_share": 0.02, "articles": n, "one_core": {"seconds": s}, "floor_process": {"seconds": f},
             "floor": {"articles_per_s": 45000}} for n, s, f in ((1000, 1.4, 0.7), (10000, 2.3, 1.0))]
    [m] = past_start_up(runs)
    assert (m["from"], m["to"], round(m["one_core"]), round(m["floor_process"]), m["floor"]) == (
        1000, 10000, 10000, 30000, 45000)
    assert past_start_up(runs[:1]) == []


@pytest.mark.parametrize("args, message", [
    (["--out", "{tmp}/existdir"], "--out: {tmp}/existdir is a folder; name a file in it"),
    (["--out", "."], "--out: . names no file"),
    (["--out", "/"], "--out: / names no file"),
    (["--out", "/proc/o.jsonl"], "--out: cannot write in /proc"),
    (["--out", "{tmp}/o.jsonl", "--errors", "{tmp}/existdir"], "--errors: {tmp}/existdir is a folder"),
    (["--out", "{tmp}/o.jsonl", "--summary", "{tmp}/existdir"], "--summary: {tmp}/existdir is a folder"),
    (["--out", "{tmp}/o.jsonl", "--engine", "dask", "--scheduler", "garbage"],
     "--scheduler: cannot reach the Dask scheduler at garbage"),
])
def test_an_output_that_cannot_be_written_is_refused_in_one_line(tmp_path, args, message):
    (tmp_path / "existdir").mkdir()
    source = _write(tmp_path / "in.jsonl", json.dumps({"id": "a", "text": "OpenAI spent $3.77 billion in 2024."}) + "\n")
    run = batch(source, *[a.format(tmp=tmp_path) for a in args], "--quiet")
    err = run.stderr.decode()
    assert run.returncode == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert message.format(tmp=tmp_path) in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["existdir", "in.jsonl"]  # nothing written, no lock left


def test_damaged_lines_and_files_fail_alone(tmp_path):
    """A number of 5,000 digits, arrays nested 100,000 deep, an id with a lone surrogate: each line its own
    error. A .gz cut off halfway and a WARC with garbage after its records: what came before is checked,
    the rest is one error, and the batch goes on to the next input."""
    good = {"id": "ok", "text": "OpenAI spent $3.77 billion on inference in 2024.", "lang": "en"}
    lines_in = [json.dumps(good), '{"id": "big", "text": "x", "n": ' + "1" * 5000 + "}",
                "[" * 100000 + "]" * 100000, '{"id": "sur\\ud800", "text": "OpenAI spent $1bn."}']
    _write(tmp_path / "in.jsonl", "\n".join(lines_in) + "\n")
    write_archive(tmp_path / "arch", 20, seed=3)
    packed = gzip.compress((tmp_path / "arch" / "archive.jsonl").read_bytes())
    (tmp_path / "cut.jsonl.gz").write_bytes(packed[:len(packed) // 2])
    warc = gzip.decompress((tmp_path / "arch" / "archive.warc.gz").read_bytes())
    (tmp_path / "tail.warc").write_bytes(warc + b"\x00garbage\xff" * 50)
    run = batch(tmp_path / "in.jsonl", tmp_path / "cut.jsonl.gz", tmp_path / "tail.warc",
                "--out", tmp_path / "o.jsonl", "--jobs", 1, "--quiet")
    assert run.returncode == 3 and "Traceback" not in run.stderr.decode()
    errors = lines(tmp_path / "o.errors.jsonl")
    assert [(e["id"], e["reason"]) for e in errors[:3]] == [
        ("big", "not a JSON object that can be read (ValueError)"),
        (None, "not a JSON object that can be read (RecursionError)"),
        (None, '"id" is not valid Unicode'),
    ]
    assert [e["reason"].split(" (")[0] for e in errors[3:]] == [
        "the file cannot be read on from here", "the WARC file cannot be read on from here"]
    ids = [d["article"]["id"] for d in lines(tmp_path / "o.jsonl")]
    assert ids[0] == "ok" and 1 < len(ids) - 21 < 20  # every WARC record, part of the cut-off file


def test_a_second_run_on_the_same_output_stops_at_once(tmp_path):
    from pipeline.batch import BatchOptions, output_lock
    source = _write(tmp_path / "in.jsonl", json.dumps({"id": "a", "text": "OpenAI spent $3.77 billion in 2024."}) + "\n")
    out = tmp_path / "o.jsonl"
    with output_lock(BatchOptions(inputs=[str(source)], out=out)):  # a first run, still writing
        run = batch(source, "--out", out, "--quiet")
    assert run.returncode == 2 and f"{out}: another batch run is writing this output" in run.stderr.decode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]
    assert batch(source, "--out", out, "--quiet").returncode == 0 and out.exists()


def test_building_a_pipeline_is_not_charged_to_the_record_that_needs_it_first():
    """On a busy machine the first record of a language paid for building its pipeline (about a second) and,
    under --record-timeout 1, landed in the errors file although reading it took milliseconds."""
    from pipeline.batch import check_record
    from pipeline.batch_inputs import record as batch_record
    import re

    from claims import lexicon
    from pipeline.check import tools

    def cold() -> None:  # as in a fresh worker: no pipeline, no word lists, no compiled patterns
        tools.cache_clear(), lexicon.get.cache_clear(), re.purge()
    cold()
    started = time.monotonic()
    tools("de")  # (what the record would pay, measured to size the budget below it)
    build = time.monotonic() - started
    cold()
    text = "OpenAI gab 2024 für Inferenz 3,77 Milliarden Dollar aus."
    record = batch_record("a", "in.jsonl:1", text.encode("utf-8"), len(text), lang="de")
    out = check_record(record, timeout=build / 5)
    assert "error" not in out, (out, build)
    assert json.loads(out["json"])["claims"][0]["verdict"] == "supported"
    slow = ("OpenAI spent " + ", ".join(f"${n}.5 billion" for n in range(5_000)) + ".").encode("utf-8")
    out = check_record(batch_record("b", "in.jsonl:2", slow, len(slow), lang="en"), timeout=build / 5)
    assert out["error"]["reason"].startswith("took longer than")
