"""The scorer's figures (shared/eval/score.py), computed in-process so the test
suite needs nothing outside this repository: claims are matched to gold claims
by overlapping spans; recall, precision, value, normal, verdict, contradiction
recall and false alarms are micro-averaged over claims."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from pipeline import ArticleInput, check_article

KEYS = ["gold", "found", "value", "normal", "verdict", "pred", "pred_ok", "gold_contra", "pred_contra",
        "contra_hit", "false_alarm"]


def as_list(x):
    return x if isinstance(x, list) else [x]


def gold_span(text: str, value_text: str, occurrence: int):
    hits = [m.span() for m in re.finditer(r"(?<![\d.,])" + re.escape(value_text), text)]
    return hits[occurrence - 1] if len(hits) >= occurrence else None


def overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def period_key(p):
    if p is None:
        return None
    if isinstance(p, dict):
        return f"{p.get('start')}..{p.get('end')}"
    return str(p)


def close(a, b, rel=1e-3) -> bool:
    if a is None or b is None:
        return a is b
    return abs(float(a) - float(b)) <= rel * max(abs(float(b)), 1e-9)


def score_article(entry: dict, text: str, doc: dict) -> dict:
    preds = doc.get("claims", [])
    used: set[int] = set()
    s = dict.fromkeys(KEYS, 0)
    s.update(pred=len(preds), misses=[], wrong=[])
    ignore = [m.span() for ig in entry.get("ignore", []) for m in re.finditer(re.escape(ig), text)]
    not_spans = [m.span() for nc in entry.get("not_claims", []) for m in re.finditer(re.escape(nc), text)]
    gold_spans = []
    for g in entry["claims"]:
        span = gold_span(text, g["value_text"], g.get("occurrence", 1))
        assert span is not None, f"{entry['article']}: gold value_text not found: {g['value_text']!r}"
        gold_spans.append(span)
        optional, verdicts = g.get("optional", False), as_list(g["verdict"])
        must_contra = verdicts == ["contradicted"]
        if not optional:
            s["gold"] += 1
            s["gold_contra"] += must_contra
        match = next((i for i, p in enumerate(preds) if i not in used and overlaps(tuple(p["span"]), span)), None)
        if match is None:
            if not optional:
                s["misses"].append(g["value_text"])
            continue
        used.add(match)
        p = preds[match]
        if optional:
            if p.get("verdict") == "contradicted" and "contradicted" not in verdicts:
                s["false_alarm"] += 1
                s["wrong"].append(f"{g['value_text']}: contradicted (optional claim)")
            continue
        s["found"] += 1
        value_ok = close(p.get("value"), g["value"]) and (p.get("unit") == g.get("unit") or g.get("unit") is None)
        s["value"] += value_ok
        checks = {
            "entity": p.get("entity") in as_list(g["entity"]),
            "metric": p.get("metric") in as_list(g["metric"]),
            "period": period_key(p.get("period")) in [period_key(x) for x in as_list(g["period"])],
            "bound": p.get("bound") in as_list(g["bound"]),
        }
        s["normal"] += all(checks.values())
        verdict_ok = p.get("verdict") in verdicts
        s["verdict"] += verdict_ok
        if p.get("verdict") == "contradicted":
            if must_contra:
                s["contra_hit"] += 1
            elif not verdict_ok:
                s["false_alarm"] += 1
        bad = [k for k, ok in checks.items() if not ok] + ([] if value_ok else ["value"]) + \
              ([] if verdict_ok else ["verdict"])
        if bad:
            s["wrong"].append(f"{g['value_text']}: {', '.join(bad)}")
    for i, p in enumerate(preds):
        s["pred_contra"] += p.get("verdict") == "contradicted"
        if i in used or any(overlaps(tuple(p["span"]), x) for x in gold_spans + ignore):
            s["pred_ok"] += 1
            continue
        if p.get("verdict") == "contradicted":
            s["false_alarm"] += 1
        s["wrong"].append(f"extra claim {p.get('value_text')!r} ({p.get('verdict')})")
    del not_spans  # a claim on a not_claims span is an extra claim, counted above
    return s


def ratio(a, b):
    return a / b if b else 1.0


def score_corpus(gold_file: Path, articles: Path) -> tuple[dict, list[str]]:
    gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
    total = dict.fromkeys(KEYS, 0)
    notes = []
    for entry in gold:
        path = articles / entry["article"]
        text = path.read_text(encoding="utf-8")
        result = check_article(text, ArticleInput(id=path.stem, path=str(path)))
        s = score_article(entry, text, result.contract())
        for k in KEYS:
            total[k] += s[k]
        notes += [f"{entry['article']}: missed {m}" for m in s["misses"]]
        notes += [f"{entry['article']}: {w}" for w in s["wrong"]]
    res = {
        "recall": round(ratio(total["found"], total["gold"]), 3),
        "precision": round(ratio(total["pred_ok"], total["pred"]), 3),
        "value_acc": round(ratio(total["value"], total["gold"]), 3),
        "normal_acc": round(ratio(total["normal"], total["gold"]), 3),
        "verdict_acc": round(ratio(total["verdict"], total["gold"]), 3),
        "contra_recall": round(ratio(total["contra_hit"], total["gold_contra"]), 3),
        "contra_precision": round(ratio(total["contra_hit"], total["pred_contra"]), 3),
        "false_alarms": total["false_alarm"],
    }
    return res, notes


def total_line(res: dict) -> str:
    """The scorer's closing line: TOTAL recall=... false_alarms=..."""
    return "TOTAL " + " ".join(f"{k}={v}" for k, v in res.items())
