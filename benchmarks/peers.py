"""Accuracy and speed against the extractors a user might pick instead.

    python3 -m pip install -e '.[bench]'
    python3 benchmarks/peers.py [--runs 5] [--json out.json]

Runs claimcheck's number finder (the `claimcheck numbers` reader) and the peers
that cover the language — quantulum3 (English) and Microsoft Recognizers-Text
(ms-recognizers-text-number / -number-with-unit: English and German; nothing for
Norwegian) — on the same inputs:

* the peer cases (tests/data/peer/peer_cases.jsonl: duckling's and
  Recognizers-Text's own test corpora, see its README), and
* the figures of the gold corpus (tests/data/gold/*.yaml over tests/data/articles
  and tests/data/corpus) that carry their own unit or scale; bare table cells,
  whose unit and scale come from the table header, are left out because no
  number extractor reads headers.

An expected expression counts as right when the extractor returns one that
counts for its kind (tests/peer_scoring.py: money and percent items for money
and percent cases; for number cases any numeric expression the extractor does
not itself mark as an ordinal or a measure, as in tests/test_peer.py) with the
same value (relative tolerance 1e-9;
min and max for ranges), the same currency when the case names one, and a span
that overlaps it (gold corpus). A case that expects nothing of its kind is right
when nothing of that kind is returned. Throughput: every extractor reads the
same texts (all inputs of the language), median of --runs runs, in characters
per second. A peer that is not installed is reported as such; the script never
fails because of one.
"""
from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.lexicon import get as get_lexicon  # noqa: E402
from claims.numbers import NumberFinder  # noqa: E402
from tests.peer_scoring import NOT_NUMBERS, counts_for_kind  # noqa: E402

PEER_CASES = ROOT / "tests" / "data" / "peer" / "peer_cases.jsonl"
GOLD = ROOT / "tests" / "data" / "gold"
ARTICLE_DIRS = [ROOT / "tests" / "data" / "articles", ROOT / "tests" / "data" / "corpus"]
LANGS = ("en", "de", "nb")
KINDS = ("money", "percent", "number")


@dataclass
class Found:
    """One expression an extractor returned, in the shape every extractor is scored in."""

    kind: str
    start: int
    end: int
    value: Optional[float] = None
    lo: Optional[float] = None
    hi: Optional[float] = None
    unit: Optional[str] = None
    role: Optional[str] = None  # "ordinal" or "measure": read, but not a plain number


@dataclass
class Case:
    source: str  # "peer" or "gold"
    lang: str
    kind: str
    text: str
    expected: list = field(default_factory=list)  # dicts: value|min,max, unit, start/end (gold)


# -- the extractors ------------------------------------------------------------------------
def ours(lang: str) -> Callable[[str], list[Found]]:
    finder = NumberFinder(get_lexicon(lang))

    def run(text: str) -> list[Found]:
        return [Found(m.kind, m.start, m.end, m.value, m.min, m.max, None if m.kind == "percent" else m.unit,
                      m.role if m.role in NOT_NUMBERS else None)
                for m in finder.find(text)]
    return run


def quantulum(lang: str) -> Callable[[str], list[Found]] | str:
    if lang != "en":
        return "no model for this language"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return "not installed (pip install -e '.[bench]')"

    def run(text: str) -> list[Found]:
        out = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            quantities = parser.parse(text)
        for q in quantities:
            role = None
            if q.unit.entity.name == "currency":
                kind, unit = "money", getattr(q.unit, "currency_code", None)
            elif q.unit.name in ("percentage", "percent"):
                kind, unit = "percent", None
            else:  # a quantity with a physical unit ("180 ml") is quantulum's own measure
                kind, unit, role = "number", None, None if q.unit.name == "dimensionless" else "measure"
            out.append(Found(kind, q.span[0], q.span[1], float(q.value), unit=unit, role=role))
        return out
    return run


def recognizers(lang: str) -> Callable[[str], list[Found]] | str:
    try:
        from ms_recognizers_number import Culture, recognize_number, recognize_percentage
        from ms_recognizers_number_with_unit import recognize_currency
    except ImportError:
        return "not installed (pip install -e '.[bench]')"
    culture = {"en": Culture.English, "de": Culture.German}.get(lang)
    if culture is None:
        return "no model for this language"

    def number(value) -> Optional[float]:
        try:
            return float(str(value).rstrip("%").replace(",", ""))
        except (TypeError, ValueError):
            return None

    def run(text: str) -> list[Found]:
        out = []
        for kind, recognise in (("number", recognize_number), ("percent", recognize_percentage),
                                ("money", recognize_currency)):
            for r in recognise(text, culture):
                res = r.resolution or {}
                out.append(Found(kind, r.start, r.end + 1, number(res.get("value")),
                                 unit=res.get("isoCurrency") if kind == "money" else None))
        return out
    return run


EXTRACTORS = {"claimcheck": ours, "quantulum3": quantulum, "recognizers-text": recognizers}


# -- the inputs ----------------------------------------------------------------------------
def peer_cases() -> list[Case]:
    cases = []
    for line in PEER_CASES.read_text(encoding="utf-8").splitlines():
        if line.strip():
            c = json.loads(line)
            cases.append(Case("peer", c["lang"], c["kind"], c["text"], c["expected"]))
    return cases


def kind_of(claim: dict) -> str:
    if claim.get("unit") == "%" or claim.get("kind") in ("percent", "growth"):
        return "percent"
    return "money" if claim.get("unit") else "number"


def as_float(value) -> Optional[float]:
    """YAML reads "8.6e9" (no sign in the exponent) as a string."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def gold_cases() -> tuple[list[Case], int]:
    """One case per gold claim whose text carries its own unit or scale, over the whole article."""
    cases, skipped = [], 0
    for gold in sorted(GOLD.glob("*.yaml")):
        for article in yaml.safe_load(gold.read_text(encoding="utf-8")) or []:
            path = next((d / article["article"] for d in ARTICLE_DIRS if (d / article["article"]).exists()), None)
            if path is None:
                continue
            text = path.read_text(encoding="utf-8")
            pos = 0
            for claim in article.get("claims", []):
                vt, value = str(claim.get("value_text", "")), as_float(claim.get("value"))
                at = text.find(vt, pos) if vt else -1
                at = at if at >= 0 else text.find(vt)
                if at < 0 or value is None or vt.replace(",", "").replace(".", "").isdigit():
                    skipped += 1
                    continue
                pos = at + len(vt)
                unit = claim.get("unit") if kind_of(claim) == "money" else None
                cases.append(Case("gold", article.get("language", path.name[:2]), kind_of(claim), text,
                                  [{"value": value, "unit": unit, "start": at, "end": at + len(vt)}]))
    return cases, skipped


# -- scoring -------------------------------------------------------------------------------
def close(a: Optional[float], b: Optional[float]) -> bool:
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def matches(f: Found, e: dict, kind: str) -> bool:
    if not counts_for_kind(kind, f.kind, f.role):
        return False
    if "start" in e and not (f.start < e["end"] and e["start"] < f.end):
        return False
    if e.get("value") is None and e.get("min") is not None:
        ok = close(f.lo, e["min"]) and close(f.hi, e["max"])
    else:
        ok = close(f.value, e.get("value"))
    return ok and (not e.get("unit") or kind != "money" or f.unit == e["unit"])


def score(case: Case, found: list[Found]) -> tuple[int, int]:
    """(right, total) for one case: one per expected expression, or one for an empty case."""
    if not case.expected:
        return int(not any(counts_for_kind(case.kind, f.kind, f.role) for f in found)), 1
    return sum(any(matches(f, e, case.kind) for f in found) for e in case.expected), len(case.expected)


def evaluate(cases: list[Case], run: Callable[[str], list[Found]]) -> dict:
    totals: dict = {k: [0, 0] for k in KINDS}
    cache: dict = {}
    for case in cases:
        if case.text not in cache:
            try:
                cache[case.text] = run(case.text)
            except Exception:  # a peer that crashes on an input gets nothing right on it
                cache[case.text] = []
        right, total = score(case, cache[case.text])
        totals[case.kind][0] += right
        totals[case.kind][1] += total
    all_right = sum(r for r, _ in totals.values())
    all_total = sum(t for _, t in totals.values())
    return {"by_kind": totals, "right": all_right, "total": all_total}


def throughput(texts: list[str], run: Callable[[str], list[Found]], runs: int) -> float:
    chars = sum(len(t) for t in texts)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        for t in texts:
            try:
                run(t)
            except Exception:
                pass
        times.append(time.perf_counter() - started)
    return chars / statistics.median(times)


def pct(right: int, total: int) -> str:
    return f"{100 * right / total:.1f} % ({right}/{total})" if total else "–"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="timed runs per extractor and language (median)")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = ap.parse_args()
    gold, skipped = gold_cases()
    cases = peer_cases() + gold
    report = {}
    print(f"inputs: {len(cases) - len(gold)} peer cases, {len(gold)} gold-corpus figures "
          f"({skipped} bare table cells or unlocated figures left out); throughput: median of {args.runs} runs\n")
    print("| lang | extractor | money | percent | number | all | chars/s |")
    print("|---|---|---|---|---|---|---|")
    for lang in LANGS:
        here = [c for c in cases if c.lang == lang]
        texts = list(dict.fromkeys(c.text for c in here))
        for name, make in EXTRACTORS.items():
            run = make(lang)
            if isinstance(run, str):
                print(f"| {lang} | {name} | {run} | | | | |")
                continue
            res = evaluate(here, run)
            speed = throughput(texts, run, args.runs)
            report[f"{lang}/{name}"] = {**res, "chars_per_s": speed}
            k = res["by_kind"]
            print(f"| {lang} | {name} | {pct(*k['money'])} | {pct(*k['percent'])} | {pct(*k['number'])} | "
                  f"{pct(res['right'], res['total'])} | {speed:,.0f} |", flush=True)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
