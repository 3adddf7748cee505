"""Throughput, memory and recall of `claimcheck batch` on a synthetic archive.

    python3 benchmarks/batch.py --articles 1000,10000 --repeats 3 [--finance-share 0.35,0.02]

For each archive size and share of articles about the reference data (built by
benchmarks/make_archive.py, JSON Lines) it measures, in one run and on the same input:
  - `claimcheck batch --jobs 1` and `--jobs <all cores>` as whole processes:
    wall time -> articles/s and MB/s (medians of --repeats runs);
  - peak RSS: of the largest single process (per worker) and of the whole
    process tree, sampled every 20 ms with psutil;
  - the floor: the time spacy.blank(lang) takes to tokenize the same texts
    (nothing else; spaCy loaded beforehand), median of --repeats; and the same
    as a whole process (start Python, import spaCy, build the three blank
    pipelines, read the JSON Lines, tokenize), to set beside the whole-process
    batch figures;
  - the record minimum: what plain Python spends per record with no reading at
    all (parse the JSON line, hash the text, write an empty contract document),
    the part of the per-article budget no pre-filter can save;
  - recall of the planted contradictions (manifest.jsonl) and the number of
    contradicted claims that were not planted (false alarms);
  - past start-up: with two archive sizes of one share, the extra articles over the
    extra seconds, so the start-up both runs pay cancels out (what a long run sees).
Prints a Markdown table; --json writes the figures too.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_archive import FINANCE_SHARE, write_archive  # noqa: E402


def run_batch(archive: Path, out: Path, jobs: int) -> dict:
    """Wall time and peak RSS (largest process, whole tree) of one batch run."""
    cmd = [sys.executable, "-m", "cli", "batch", str(archive), "--out", str(out), "--jobs", str(jobs), "--quiet"]
    started = time.perf_counter()
    proc = psutil.Popen(cmd, cwd=Path(__file__).resolve().parent.parent)
    peak_one = peak_tree = 0
    while proc.poll() is None:
        try:
            tree = [proc] + proc.children(recursive=True)
            rss = [p.memory_info().rss for p in tree]
        except psutil.Error:
            continue
        peak_one, peak_tree = max(peak_one, max(rss)), max(peak_tree, sum(rss))
        time.sleep(0.02)
    seconds = time.perf_counter() - started
    if proc.returncode not in (0, 1):
        raise SystemExit(f"batch failed with exit status {proc.returncode}")
    return {"seconds": seconds, "peak_process_mb": peak_one / 2**20, "peak_tree_mb": peak_tree / 2**20}


def tokenize_floor(archive: Path, repeats: int) -> float:
    """Seconds spacy.blank needs to tokenize every text of the archive (median)."""
    import spacy
    records = [json.loads(line) for line in archive.open(encoding="utf-8")]
    times = []
    for _ in range(repeats):
        nlp = {lang: spacy.blank(lang) for lang in ("en", "nb", "de")}  # a fresh tokenizer cache each run
        started = time.perf_counter()
        for r in records:
            nlp[r["lang"]](r["text"])
        times.append(time.perf_counter() - started)
    return statistics.median(times)


FLOOR_PROCESS = """
import json, sys, spacy
nlp = {lang: spacy.blank(lang) for lang in ("en", "nb", "de")}
for line in open(sys.argv[1], encoding="utf-8"):
    record = json.loads(line)
    nlp[record["lang"]](record["text"])
"""


def floor_process(archive: Path, repeats: int) -> float:
    """Wall seconds of a whole process that only tokenizes the archive with spacy.blank (median)."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", FLOOR_PROCESS, str(archive)], check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def record_minimum(archive: Path, repeats: int) -> float:
    """Seconds plain Python needs per archive for the work every record costs whatever is
    read from it: parse the line, hash the text, serialise a contract document with no claims."""
    lines = archive.read_bytes().splitlines()
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        for line in lines:
            r = json.loads(line)
            sha = hashlib.sha256(r["text"].encode("utf-8")).hexdigest()
            doc = {"article": {"id": r["id"], "language": r["lang"], "published": r.get("published"),
                               "sha256": sha, "url": r.get("url"), "title": r.get("title")},
                   "claims": [], "summary": dict.fromkeys(("claims", "supported", "consistent",
                                                           "contradicted", "unverifiable"), 0)}
            json.dumps(doc, ensure_ascii=False)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def recall(output: Path, manifest: Path) -> tuple[float, int]:
    planted = {(m["id"], m["value_text"]) for m in map(json.loads, manifest.open(encoding="utf-8")) if m["planted"]}
    flagged = set()
    for line in output.open(encoding="utf-8"):
        doc = json.loads(line)
        flagged |= {(doc["article"]["id"], c["value_text"]) for c in doc["claims"] if c["verdict"] == "contradicted"}
    return len(planted & flagged) / max(1, len(planted)), len(flagged - planted)


def measure(size: int, share: float, repeats: int, workdir: Path) -> dict:
    folder = workdir / f"archive-{size}-{share}"
    write_archive(folder, size, formats=("jsonl",), finance_share=share)
    archive = folder / "archive.jsonl"
    megabytes = sum(len(json.loads(line)["text"].encode("utf-8")) for line in archive.open(encoding="utf-8")) / 1e6
    cores = os.cpu_count() or 1
    figures = {"articles": size, "finance_share": share, "megabytes": megabytes, "cores": cores}
    for label, jobs in (("one_core", 1), ("all_cores", cores)):
        runs = [run_batch(archive, folder / f"out-{label}.jsonl", jobs) for _ in range(repeats)]
        seconds = statistics.median(r["seconds"] for r in runs)
        figures[label] = {"seconds": seconds, "articles_per_s": size / seconds, "mb_per_s": megabytes / seconds,
                          "peak_process_mb": statistics.median(r["peak_process_mb"] for r in runs),
                          "peak_tree_mb": statistics.median(r["peak_tree_mb"] for r in runs)}
    floor = tokenize_floor(archive, repeats)
    figures["floor"] = {"seconds": floor, "articles_per_s": size / floor, "mb_per_s": megabytes / floor}
    figures["one_core_vs_floor"] = figures["one_core"]["articles_per_s"] / figures["floor"]["articles_per_s"]
    whole = floor_process(archive, repeats)
    figures["floor_process"] = {"seconds": whole, "articles_per_s": size / whole}
    figures["one_core_vs_floor_process"] = whole / figures["one_core"]["seconds"]
    figures["record_minimum_us"] = record_minimum(archive, repeats) / size * 1e6
    figures["recall"], figures["false_alarms"] = recall(folder / "out-one_core.jsonl", folder / "manifest.jsonl")
    return figures


def table(results: list[dict]) -> str:
    rows = ["| articles | about the data | MB | one core: art/s, MB/s | all cores: art/s, MB/s | floor (spacy.blank): art/s, MB/s "
            "| one core / floor | peak RSS per process (1 core / all) | peak RSS tree (all) | recall | false alarms |",
            "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        one, every, floor = r["one_core"], r["all_cores"], r["floor"]
        rows.append(f"| {r['articles']} | {r['finance_share']:.0%} | {r['megabytes']:.1f} | {one['articles_per_s']:.0f}, {one['mb_per_s']:.2f} "
                    f"| {every['articles_per_s']:.0f}, {every['mb_per_s']:.2f} ({r['cores']} cores) "
                    f"| {floor['articles_per_s']:.0f}, {floor['mb_per_s']:.2f} | {r['one_core_vs_floor']:.3f}× "
                    f"| {one['peak_process_mb']:.0f} / {every['peak_process_mb']:.0f} MB "
                    f"| {every['peak_tree_mb']:.0f} MB | {r['recall']:.3f} | {r['false_alarms']} |")
    rows += ["", "| articles | about the data | floor, whole process: art/s | one core / floor, both whole process "
             "| floor: µs per article | 2× the floor: µs per article | record minimum: µs per article |",
             "|---|---|---|---|---|---|---|"]
    for r in results:
        floor_us = r["floor"]["seconds"] / r["articles"] * 1e6
        rows.append(f"| {r['articles']} | {r['finance_share']:.0%} | {r['floor_process']['articles_per_s']:.0f} "
                    f"| {r['one_core_vs_floor_process']:.3f}× | {floor_us:.1f} | {floor_us / 2:.1f} "
                    f"| {r['record_minimum_us']:.1f} |")
    marginal = past_start_up(results)
    if marginal:
        rows += ["", "| about the data | articles | one core past start-up: art/s | floor, whole process, past start-up: "
                 "art/s | floor (in-process): art/s | one core past start-up / floor |", "|---|---|---|---|---|---|"]
        rows += [f"| {m['finance_share']:.0%} | {m['from']} → {m['to']} | {m['one_core']:.0f} | {m['floor_process']:.0f} "
                 f"| {m['floor']:.0f} | {m['one_core'] / m['floor']:.3f}× |" for m in marginal]
    return "\n".join(rows)


def past_start_up(results: list[dict]) -> list[dict]:
    """Articles per second between the smallest and the largest archive of each share: the extra
    articles over the extra seconds, so the start-up (Python, spaCy, building the pipelines) that
    both runs pay cancels out. What a nightly run of millions of articles sees."""
    out = []
    for share in dict.fromkeys(r["finance_share"] for r in results):
        runs = sorted((r for r in results if r["finance_share"] == share), key=lambda r: r["articles"])
        if len(runs) < 2:
            continue
        small, large = runs[0], runs[-1]
        extra = large["articles"] - small["articles"]
        out.append({"finance_share": share, "from": small["articles"], "to": large["articles"],
                    "one_core": extra / (large["one_core"]["seconds"] - small["one_core"]["seconds"]),
                    "floor_process": extra / (large["floor_process"]["seconds"] - small["floor_process"]["seconds"]),
                    "floor": large["floor"]["articles_per_s"]})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", default="1000,10000", help="comma-separated archive sizes")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--finance-share", default=str(FINANCE_SHARE),
                        help="comma-separated shares of articles about the reference data")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="claimcheck-bench-") as tmp:
        results = [measure(int(n), float(share), args.repeats, Path(tmp))
                   for share in args.finance_share.split(",") for n in args.articles.split(",")]
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
