"""`check --sources/--trust` and `claimcheck sources list|show|validate` as a user
runs them: real processes, real files, exit codes, one line on stderr."""
import json
import subprocess

import pytest

ARTICLE = ("Nvidia reported revenue of $57.0 billion in the third quarter of 2025, the company said.\n\n"
           "OpenAI spent $3.77 billion on inference in 2024.\n")


def run(*args):
    return subprocess.run(["claimcheck", *map(str, args)], capture_output=True, text=True, timeout=120)


def verdicts(proc):
    return {c["value_text"]: c["verdict"] for c in json.loads(proc.stdout)["claims"]}


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def facts(tmp_path, name, rows):
    path = tmp_path / name
    path.write_text("entity,metric,period,value,rounding,reported_by\n" + "".join(r + "\n" for r in rows),
                    encoding="utf-8")
    return path


def test_a_users_csv_changes_verdicts(tmp_path, article):
    plain = run("check", "--format", "json", article)
    assert plain.returncode == 0 and verdicts(plain)["$57.0 billion"] == "unverifiable"
    right = facts(tmp_path, "nvidia.csv", ["Nvidia,revenue,2025-Q3,57.006e9,0.0005e9,Nvidia 10-Q"])
    proc = run("check", "--format", "json", article, "--sources", right)
    assert proc.returncode == 0 and verdicts(proc)["$57.0 billion"] == "supported"
    wrong = facts(tmp_path, "analyst.csv", ["Nvidia,revenue,2025-Q3,51.2e9,0.05e9,An analyst"])
    proc = run("check", "--format", "json", article, "--sources", wrong)
    assert proc.returncode == 1 and verdicts(proc)["$57.0 billion"] == "contradicted"
    claim = next(c for c in json.loads(proc.stdout)["claims"] if c["value_text"] == "$57.0 billion")
    assert claim["findings"][0]["evidence"][0] == {"source": "analyst", "fact": "Nvidia revenue 2025-Q3",
                                                   "value": 51.2e9, "period": "2025-07-01..2025-09-30",
                                                   "reported_by": "An analyst"}


def test_a_folder_of_sources(tmp_path, article):
    folder = tmp_path / "mine"
    folder.mkdir()
    facts(folder, "nvidia.csv", ["Nvidia,revenue,2025-Q3,57.0e9,0.05e9,"])
    (folder / "notes.txt").write_text("not a source", encoding="utf-8")
    proc = run("check", "--format", "json", article, "--sources", folder)
    assert verdicts(proc)["$57.0 billion"] == "supported"


def test_two_sources_disagree_and_trust_chooses(tmp_path, article):
    """An analyst puts OpenAI's 2024 inference at 4.6 bn; the leak says 3.77 bn."""
    analyst = facts(tmp_path, "analyst.csv", ["OpenAI,inference_cost,2024,4.6e9,0.05e9,An analyst"])
    both = run("check", "--format", "json", article, "--sources", analyst)
    assert both.returncode == 1 and verdicts(both)["$3.77 billion"] == "contradicted"
    claim = next(c for c in json.loads(both.stdout)["claims"] if c["value_text"] == "$3.77 billion")
    said = [(f["evidence"][0]["source"], f["verdict"]) for f in claim["findings"]]
    assert said == [("leak-2025-11", "supported"), ("analyst", "contradicted")]
    assert "inference_cost 2024 = 4.6 billion USD" in claim["findings"][1]["message"]

    leak_only = run("check", "--format", "json", article, "--sources", analyst, "--trust", "leak-2025-11")
    assert leak_only.returncode == 0 and verdicts(leak_only)["$3.77 billion"] == "supported"
    shown = next(c for c in json.loads(leak_only.stdout)["claims"] if c["value_text"] == "$3.77 billion")
    assert "Not counted in the verdict: analyst" in shown["findings"][1]["message"]

    analyst_only = run("check", "--format", "json", article, "--sources", analyst, "--trust", "analyst")
    assert analyst_only.returncode == 1 and verdicts(analyst_only)["$3.77 billion"] == "contradicted"


@pytest.mark.parametrize("args, message", [
    (["--sources", "{bad}"], "{bad}: row 3: metric: Value error, unknown metric 'revnue'"),
    (["--sources", "{missing}"], "{missing}: no such file"),
    (["--trust", "nobody"], "no source named 'nobody' to trust (loaded: leak-2025-11)"),
    (["--sources", "{huge}"], "{huge}: over 10 MB, too large for a reference data file"),
])
def test_bad_sources_fail_with_one_line_and_no_output(tmp_path, article, args, message):
    bad = facts(tmp_path, "bad.csv", ["Nvidia,revenue,2025-Q3,57e9,,", "Nvidia,revnue,2025-Q2,46.7e9,,"])
    huge = facts(tmp_path, "huge.csv", ["Nvidia,revenue,2025-Q3,57e9,,"])
    with huge.open("r+b") as fh:  # sparse: the size is on record, the disk is not filled
        fh.truncate(10 * 2**20 + 1)
    names = {"bad": bad, "missing": tmp_path / "missing.csv", "huge": huge}
    proc = run("check", article, *[a.format(**names) for a in args])
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.startswith("claimcheck: " + message.format(**names))
    assert len(proc.stderr.strip().splitlines()) == 1


def test_sources_list_and_show(tmp_path):
    mine = facts(tmp_path, "nvidia.csv", ["Nvidia,revenue,2025-Q3,57.006e9,0.0005e9,Nvidia 10-Q"])
    listed = run("sources", "list", "--sources", mine)
    assert listed.returncode == 0
    lines = listed.stdout.splitlines()
    assert lines[0].startswith("leak-2025-11: 21 facts · OpenAI inference spend")
    assert lines[1] == f"nvidia: 1 facts · {mine}"
    shown = run("sources", "show", "leak-2025-11")
    assert shown.returncode == 0
    assert "reported by: Ed Zitron" in shown.stdout
    assert "OpenAI       Microsoft    revenue_share        2025-Q3" in shown.stdout
    assert "implied-revenue: revenue (gte) = revenue_share / revenue_share_rate" in shown.stdout
    assert "inference_cost is part of cost_of_revenue" in shown.stdout
    mine_shown = run("sources", "show", "nvidia", "--sources", mine)
    assert "57.006 billion USD" in mine_shown.stdout
    unknown = run("sources", "show", "nvidia")
    assert unknown.returncode == 2 and unknown.stderr == "claimcheck: no source named 'nvidia' (loaded: leak-2025-11)\n"


def test_sources_validate(tmp_path):
    good = facts(tmp_path, "good.csv", ["Nvidia,revenue,2025-Q3,57e9,0.5e9,", "Nvidia,revenue,2025-Q2,46.7e9,0.05e9,"])
    proc = run("sources", "validate", good)
    assert proc.returncode == 0 and proc.stdout == f"{good}: ok, source good, 2 facts\n"
    bad = facts(tmp_path, "bad.csv", ["Nvidia,revenue,2025-Q9,57e9,,"])
    proc = run("sources", "validate", good, bad)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.startswith(f"claimcheck: {bad}: row 2: period")
    (tmp_path / "again").mkdir()
    clash = facts(tmp_path / "again", "good.csv", [])  # a second source with the same name
    proc = run("sources", "validate", good, clash)
    assert proc.returncode == 2 and "a source named 'good' is already loaded" in proc.stderr
