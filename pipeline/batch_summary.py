"""What an archive says, across articles: counts by verdict, language, entity
and metric, the contradicted claims seen most often, and cross-article
conflicts — articles stating different values for the same entity, metric and
period. Built by streaming the output once; memory grows with the number of
distinct claims, not with the text."""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from typing import Iterable

TOP = 20  # contradicted claims and conflicts listed
EXAMPLES = 5  # articles named per value
STATED = ("eq", "approx", "nearly")  # bounds that state a value (not "over", "under")


def period_key(period) -> str:
    return f"{period['start']}..{period['end']}" if period else "?"


def scaled(value: float) -> str:
    for factor, word in ((1e9, "bn"), (1e6, "m")):
        if abs(value) >= factor:
            return f"{value / factor:.4g} {word}"
    return f"{value:.4g}"


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


class ArchiveSummary:
    def __init__(self):
        self.articles = 0
        self.failed = 0
        self.verdicts: Counter = Counter()
        self.languages: Counter = Counter()
        self.entities: Counter = Counter()
        self.metrics: Counter = Counter()
        self.contradicted: Counter = Counter()
        self.contradicted_example: dict = {}
        # (entity, metric, period, unit) -> (value, precision) -> [articles, first few ids]
        self.stated: dict = defaultdict(dict)

    def add(self, doc: dict) -> None:
        self.articles += 1
        self.languages[doc["article"]["language"]] += 1
        article_id = doc["article"]["id"]
        for claim in doc["claims"]:
            self._add_claim(article_id, claim)

    def _add_claim(self, article_id: str, c: dict) -> None:
        self.verdicts[c["verdict"]] += 1
        self.entities[c["entity"] or "(none)"] += 1
        self.metrics[c["metric"] or "(none)"] += 1
        key = (c["entity"], c["metric"], period_key(c["period"]), c["unit"])
        if c["verdict"] == "contradicted":
            self.contradicted[key + (c["value"],)] += 1
            self.contradicted_example.setdefault(key + (c["value"],), (c["value_text"], c["sentence"], article_id))
        if c["entity"] and c["metric"] and c["period"] and c["bound"] in STATED:
            seen = self.stated[key].setdefault((c["value"], c["precision"]), [0, []])
            seen[0] += 1
            if len(seen[1]) < EXAMPLES and article_id not in seen[1]:
                seen[1].append(article_id)

    def conflicts(self) -> list[dict]:
        """Values that no rounding reconciles, per entity, metric and period, most articles first."""
        out = []
        for (entity, metric, period, unit), values in self.stated.items():
            groups = _value_groups(values)
            if len(groups) < 2:
                continue
            out.append({"entity": entity, "metric": metric, "period": period, "unit": unit,
                        "articles": sum(g["count"] for g in groups),
                        "values": [{"value": g["value"], "articles": g["count"], "examples": g["examples"]}
                                   for g in groups]})
        return sorted(out, key=lambda c: (-c["articles"], c["entity"], c["metric"], c["period"]))

    def to_dict(self) -> dict:
        top = [{"entity": k[0], "metric": k[1], "period": k[2], "unit": k[3], "value": k[4], "count": n,
                "value_text": self.contradicted_example[k][0], "sentence": self.contradicted_example[k][1],
                "article": self.contradicted_example[k][2]}
               for k, n in sorted(self.contradicted.items(), key=lambda kv: (-kv[1], str(kv[0])))[:TOP]]
        return {"articles": self.articles, "failed": self.failed, "claims": sum(self.verdicts.values()),
                "verdicts": dict(self.verdicts.most_common()), "languages": dict(self.languages.most_common()),
                "entities": dict(self.entities.most_common()), "metrics": dict(self.metrics.most_common()),
                "top_contradicted": top, "conflicts": self.conflicts()[:TOP]}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    def to_markdown(self) -> str:
        d = self.to_dict()
        out = ["# Archive summary", "",
               f"{d['articles']} articles checked, {d['failed']} failed; {d['claims']} claims.", ""]
        for title, counts in (("Verdicts", d["verdicts"]), ("Languages", d["languages"]),
                              ("Entities", d["entities"]), ("Metrics", d["metrics"])):
            out += [f"## {title}", "", "| | count |", "|---|---|"]
            out += [f"| {name} | {n} |" for name, n in counts.items()] + [""]
        out += ["## Most frequent contradicted claims", "", "| count | entity | metric | period | value | example |",
                "|---|---|---|---|---|---|"]
        out += [f"| {t['count']} | {t['entity']} | {t['metric']} | {t['period']} | {t['value_text']} | "
                f"{t['article']} |" for t in d["top_contradicted"]]
        out += ["", "## Cross-article conflicts", "",
                "Articles stating different values for the same entity, metric and period "
                "(values that no rounding reconciles).", ""]
        for c in d["conflicts"]:
            out.append(f"- **{c['entity']} · {c['metric']} · {c['period']}** ({c['articles']} articles)")
            out += [f"  - {scaled(v['value'])} {c['unit']}: {plural(v['articles'], 'article')}, "
                    f"e.g. {', '.join(v['examples'])}" for v in c["values"]]
        return "\n".join(out) + "\n"


def _value_groups(values: dict) -> list[dict]:
    """Values whose rounding intervals overlap are one statement; the rest differ."""
    groups: list[dict] = []
    for (value, precision), (count, examples) in sorted(values.items()):
        last = groups[-1] if groups else None
        if last is not None and value - precision <= last["high"]:
            last["high"] = max(last["high"], value + precision)
            last["count"] += count
            last["examples"] = (last["examples"] + [e for e in examples if e not in last["examples"]])[:EXAMPLES]
            last["weights"][value] += count
        else:
            groups.append({"high": value + precision, "count": count, "examples": list(examples),
                           "weights": Counter({value: count})})
    for g in groups:
        g["value"] = g["weights"].most_common(1)[0][0]  # the value most articles wrote
    return groups


def summarise(docs: Iterable[dict], failed: int) -> ArchiveSummary:
    summary = ArchiveSummary()
    for doc in docs:
        summary.add(doc)
    summary.failed = failed
    return summary
