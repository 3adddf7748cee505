"""The command line as a user runs it: real processes, real files, exit codes."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
NB = EXAMPLES / "000_8ed423a0c9d9116f.txt"
DE = EXAMPLES / "004_f263fdb27ef416a7.txt"


def run(*args, stdin=None, cmd=("claimcheck",)):
    return subprocess.run([*cmd, *map(str, args)], input=stdin, capture_output=True, timeout=120)


def test_check_json_is_the_contract():
    proc = run("check", "--format", "json", DE)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert set(doc) == {"article", "claims", "summary"}
    assert doc["article"]["language"] == "de" and doc["article"]["id"] == DE.stem
    assert len(doc["article"]["sha256"]) == 64
    text = DE.read_text(encoding="utf-8")
    first = doc["claims"][0]
    assert text[first["span"][0]:first["span"][1]] == first["value_text"] == "493,8 Millionen US‑Dollar"
    assert set(first) >= {"id", "span", "value_text", "sentence", "kind", "entity", "metric", "period", "value",
                          "unit", "bound", "precision", "verdict", "findings"}
    assert first["period"] == {"start": "2024-01-01", "end": "2024-12-31", "how": "stated"}
    assert doc["summary"]["claims"] == len(doc["claims"])


def test_contradiction_exits_1_and_json_lines_keep_order():
    proc = run("check", "--format", "json", DE, NB)
    assert proc.returncode == 1
    lines = proc.stdout.decode().splitlines()
    docs = [json.loads(line) for line in lines]
    assert [d["article"]["id"] for d in docs] == [DE.stem, NB.stem]
    contra = [c for c in docs[1]["claims"] if c["verdict"] == "contradicted"]
    assert [c["value_text"] for c in contra] == ["2,5 milliarder dollar"]
    assert any(f["rule"] == "metric-relation" and "2.075 + 2.947" in f["message"] for f in contra[0]["findings"])


def test_check_script_is_the_same_command():
    proc = run("--format", "json", DE, cmd=("check",))
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["summary"] == json.loads(run("check", "--format", "json", DE).stdout)["summary"]


def test_stdin_with_lang_and_published():
    text = "Microsoft's capital expenditure reached nearly $35 billion last quarter, up 74 % year over year."
    proc = run("check", "-", "--format", "json", "--lang", "en", "--published", "2025-11-12", stdin=text.encode())
    doc = json.loads(proc.stdout)
    assert doc["article"]["published"] == "2025-11-12"
    capex = doc["claims"][0]
    assert (capex["entity"], capex["metric"], capex["bound"], capex["verdict"]) == \
        ("Microsoft", "capex", "nearly", "unverifiable")
    assert capex["period"] == {"start": "2025-07-01", "end": "2025-09-30", "how": "published"}
    assert doc["claims"][1]["kind"] == "growth"


def test_text_output_shows_the_verdicts():
    proc = run("check", NB)
    out = proc.stdout.decode()
    assert proc.returncode == 1
    assert "contradicted" in out and "2,5 milliarder dollar" in out and "metric-relation" in out


def test_markdown_output():
    out = run("check", "--format", "markdown", NB).stdout.decode()
    assert out.startswith("# ") and "| 9 | 2,5 milliarder dollar |" in out and "**contradicted**" in out


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"   \n\t\n", "empty"),
    (b"\x00\x01\x02\x03binary\x00", "binary"),
    (b"\xff\xfe\x00\xd8", "UTF-16"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    proc = run("check", "--format", "json", DE, path)
    assert proc.returncode == 2
    assert proc.stdout == b""  # nothing half-written, not even the good file before it
    err = proc.stderr.decode().strip()
    assert len(err.splitlines()) == 1 and message in err and "Traceback" not in err


@pytest.mark.parametrize("args, message", [
    (["check", "/nonexistent/article.txt"], "no such file"),
    (["check", str(EXAMPLES)], "is a directory"),
    (["check", "--lang", "fr", str(DE)], "not supported"),
    (["check", "--published", "12.11.2025", str(DE)], "not a date"),
    (["check", "-", "-"], "only once"),
    (["numbers", "--lang", "xx", str(DE)], "not supported"),
])
def test_usage_errors_exit_2(args, message):
    proc = run(*args, stdin=b"")
    assert proc.returncode == 2
    assert message in proc.stderr.decode()
    assert "Traceback" not in proc.stderr.decode()


def test_numbers_prints_every_number_with_spans():
    text = "Im Jahr 2024 zahlte OpenAI 493,8 Millionen US-Dollar, 20 % davon; GPT-5 kam am 7. August."
    proc = run("numbers", "--lang", "de", "-", stdin=text.encode())
    rows = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    for r in rows:
        assert text[r["span"][0]:r["span"][1]] == r["text"]
    by_text = {r["text"]: r for r in rows}
    assert by_text["493,8 Millionen US-Dollar"] == {"span": [27, 52], "text": "493,8 Millionen US-Dollar",
                                                   "value": 493800000.0, "unit": "USD", "kind": "money"}
    assert by_text["20 %"]["kind"] == "percent"
    assert by_text["2024"]["role"] == "year" and by_text["5"]["role"] == "name"


def test_numbers_reads_html_as_its_visible_text_as_check_does(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>OpenAI spent $5.02 billion on inference in H1 2025.</p>"
                    "<script>var views = 12345;</script></body></html>", encoding="utf-8")
    numbers = [json.loads(line) for line in run("numbers", page).stdout.decode().splitlines()]
    claim = json.loads(run("check", "--format", "json", page).stdout)["claims"][0]
    assert [n["text"] for n in numbers] == ["$5.02 billion", "2025"]  # nothing from the script
    assert numbers[0]["span"] == claim["span"] == [13, 26]  # one text, one span, in both commands


def test_numbers_jsonl_carries_ids(tmp_path):
    cases = tmp_path / "cases.jsonl"
    cases.write_text("\n".join(json.dumps(c) for c in [
        {"id": "a", "text": "$4.3B", "lang": "en"},
        {"id": "b", "text": "1.467 Millionen", "lang": "de"},
        {"id": "c", "text": "10 - 20 euro", "lang": "en"},
    ]), encoding="utf-8")
    rows = [json.loads(line) for line in run("numbers", "--jsonl", cases).stdout.decode().splitlines()]
    assert rows == [
        {"id": "a", "span": [0, 5], "text": "$4.3B", "value": 4300000000.0, "unit": "USD", "kind": "money"},
        {"id": "b", "span": [0, 15], "text": "1.467 Millionen", "value": 1467000000.0, "unit": None, "kind": "number"},
        {"id": "c", "span": [0, 12], "text": "10 - 20 euro", "min": 10.0, "max": 20.0, "unit": "EUR", "kind": "money"},
    ]


def test_numbers_jsonl_bad_line(tmp_path):
    cases = tmp_path / "cases.jsonl"
    cases.write_text('{"id": "a", "text": "5"}\nnot json\n', encoding="utf-8")
    proc = run("numbers", "--jsonl", cases)
    assert proc.returncode == 2 and "line 2" in proc.stderr.decode() and proc.stdout == b""


@pytest.mark.parametrize("line, message", [
    ('{"id": "k", "text": null}', 'line 1: "text" must be a string'),
    ('{"id": "k", "text": ["$5 billion"]}', 'line 1: "text" must be a string'),
    ('{"id": "sur\\udabc", "text": "OpenAI spent $5bn."}', 'line 1: "id" is not valid Unicode'),
    ('{"id": 1e400, "text": "OpenAI spent $5bn."}', 'line 1: "id" must be a string or a whole number'),
    ('{"id": ' + "1" * 5000 + ', "text": "x"}', "line 1: not JSON that can be read (ValueError)"),
    ("[" * 100000 + "]" * 100000, "line 1: not JSON that can be read (RecursionError)"),
], ids=["text-null", "text-list", "id-surrogate", "id-infinite", "number-5000-digits", "nested-100000"])
def test_numbers_jsonl_refuses_a_bad_line_in_one_line(tmp_path, line, message):
    path = tmp_path / "cases.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    proc = run("numbers", "--jsonl", path)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and err.count("\n") == 1 and message in err and proc.stdout == b""


def test_numbers_jsonl_lines_end_only_at_a_line_feed(tmp_path):
    """U+2028 may stand raw inside a JSON string (any writer with ensure_ascii=False puts it there)."""
    path = tmp_path / "cases.jsonl"
    path.write_text(json.dumps({"id": "v", "text": "OpenAI revenue\u2028was $4.3 billion."}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    proc = run("numbers", "--jsonl", path)
    assert proc.returncode == 0 and [json.loads(x)["text"] for x in proc.stdout.decode().splitlines()] == ["$4.3 billion"]


def test_a_run_of_digits_too_long_for_a_number_is_no_number(tmp_path):
    """5,000 nines overflow a float: the output would hold Infinity, which is not JSON."""
    path = tmp_path / "nines.txt"
    path.write_text("OpenAI revenue in Q1 2025 was $" + "9" * 5000 + " billion.\n", encoding="utf-8")
    for args in (("numbers", path), ("check", "--format", "json", path)):
        out = run(*args).stdout.decode()
        assert "Infinity" not in out
        for line in out.splitlines() if args[0] == "numbers" else [out]:
            json.loads(line, parse_constant=lambda c: pytest.fail(f"not JSON: {c}"))


@pytest.mark.parametrize("args", [("check", NB), ("check", "--format", "json", NB), ("numbers", NB)])
def test_an_output_that_cannot_be_written_is_one_line_and_exit_2(args):
    with open("/dev/full", "w") as full:
        proc = subprocess.run(["claimcheck", *map(str, args)], stdout=full, stderr=subprocess.PIPE, timeout=120)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and err == "claimcheck: cannot write the output (No space left on device)\n"
    proc = subprocess.run(["claimcheck", *map(str, args)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          timeout=120, pass_fds=(), close_fds=True, preexec_fn=lambda: os.close(1))
    assert proc.returncode == 2 and proc.stderr.decode() == "claimcheck: standard output is closed\n"


def test_a_broken_spacy_pipeline_is_refused_in_one_line(tmp_path):
    import spacy
    model = tmp_path / "badlang"
    spacy.blank("en").to_disk(model)
    config = model / "config.cfg"
    config.write_text(config.read_text(encoding="utf-8").replace('lang = "en"', 'lang = "zz"'), encoding="utf-8")
    proc = run("check", "--spacy-model", model, NB)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and err.count("\n") == 1 and "cannot be loaded (ImportError: [E048]" in err


def test_utf8_with_a_damaged_byte_is_refused_and_windows_1252_is_read(tmp_path):
    raw = NB.read_bytes()
    damaged = tmp_path / "damaged.txt"
    damaged.write_bytes(raw[:2000] + b"\xc3\x28\xff\xfe" + raw[2000:])
    proc = run("check", damaged)
    assert proc.returncode == 2 and "not valid UTF-8 at byte" in proc.stderr.decode()
    latin = tmp_path / "latin.txt"
    latin.write_bytes("OpenAI brukte 3,77 milliarder dollar på inferens i 2024.\n".encode("cp1252"))
    proc = run("check", "--format", "json", latin)
    assert proc.returncode == 0 and json.loads(proc.stdout)["claims"][0]["verdict"] == "supported"


@pytest.mark.parametrize("args, message", [
    (("check", "--bogus", NB), "claimcheck: No such option: --bogus (see 'claimcheck check --help')"),
    (("check", "--format", "xml", NB),
     "claimcheck: Invalid value for '--format' / '-f': Value error, 'xml' is not one of 'text', 'json', 'markdown'. "
     "(see 'claimcheck check --help')"),
    (("batch",), "claimcheck: Missing argument 'inputs'. (see 'claimcheck batch --help')"),
    (("numbers", "--lang"), "claimcheck: Option '--lang' requires an argument."),
    (("nosuch",), "claimcheck: No such command 'nosuch'. (see 'claimcheck --help')"),
])
def test_a_usage_error_is_one_line_and_exit_2(args, message):
    # click's own usage block with its boxed error is several lines on stderr: a cron mail or a log
    # wants the one line every other bad input gets
    proc = run(*args)
    assert proc.returncode == 2
    assert proc.stdout == b""
    assert proc.stderr.decode().splitlines() == [message]


def test_check_alone_gives_usage_errors_in_one_line_too():
    proc = run("--nope", NB, cmd=("check",))
    assert proc.returncode == 2
    assert len(proc.stderr.decode().splitlines()) == 1
    assert proc.stderr.decode().startswith("claimcheck: No such option: --nope")


def test_no_arguments_prints_the_help_and_exit_2():
    proc = run()
    assert proc.returncode == 2
    assert "Usage: claimcheck" in (proc.stdout + proc.stderr).decode()


def test_help_and_a_command_exit_0_with_the_usual_status():
    assert run("--help").returncode == 0
    assert run("check", NB).returncode == 1  # the contradiction found in the Norwegian seed
