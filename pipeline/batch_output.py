"""Finishing a batch run atomically: the journal becomes the JSON Lines output
(a rename) or three Parquet tables (built next to the target, then renamed
into place); the errors file and the summaries appear the same way. Until a
run finishes, its outputs do not exist under their final names."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Iterator

from pipeline.batch_summary import ArchiveSummary, summarise
from pipeline.read import InputError

ROWS_PER_GROUP = 2000  # articles per Parquet row group: bounded memory while converting


def finish(opts, tally) -> None:
    summary = None
    if opts.summaries:
        summary = summarise(journal_docs(opts.journal), tally.failed)
    if opts.format == "parquet":
        write_parquet(opts.journal, opts.out)
        opts.journal.unlink()
    else:
        _fsync(opts.journal)
        os.replace(opts.journal, opts.out)
    errors_partial = opts.errors_path.with_name(opts.errors_path.name + ".partial")
    if tally.failed:
        _fsync(errors_partial)
        os.replace(errors_partial, opts.errors_path)
    else:
        errors_partial.unlink(missing_ok=True)
        opts.errors_path.unlink(missing_ok=True)  # a stale list from an earlier run would mislead
    for path in opts.summaries:
        write_atomic(path, render_summary(summary, path))


def render_summary(summary: ArchiveSummary, path: Path) -> str:
    return summary.to_json() if path.suffix.lower() == ".json" else summary.to_markdown()


def journal_docs(path: Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    _fsync(tmp)
    os.replace(tmp, path)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


# -- Parquet ------------------------------------------------------------------------------------------
def require_pyarrow():
    try:
        import pyarrow  # noqa: F401
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise InputError("--format parquet needs the batch extra: pip install 'claimcheck[batch]'") from None
    return pyarrow


def schemas():
    pa = require_pyarrow()
    s, f, i, d = pa.string(), pa.float64(), pa.int64(), pa.date32()
    return {
        "articles": pa.schema([("id", s), ("path", s), ("url", s), ("title", s), ("language", s),
                               ("published", d), ("sha256", s), ("claims", i), ("supported", i),
                               ("consistent", i), ("contradicted", i), ("unverifiable", i)]),
        "claims": pa.schema([("article_id", s), ("claim_id", s), ("span_start", i), ("span_end", i),
                             ("value_text", s), ("sentence", s), ("kind", s), ("entity", s), ("metric", s),
                             ("period_start", d), ("period_end", d), ("period_how", s), ("value", f),
                             ("unit", s), ("bound", s), ("precision", f), ("verdict", s), ("speaker", s)]),
        "findings": pa.schema([("article_id", s), ("claim_id", s), ("rule", s), ("verdict", s), ("message", s),
                               ("arithmetic", s), ("evidence", s)]),
    }


def rows_of(doc: dict) -> dict[str, list[dict]]:
    a = doc["article"]
    article = {k: a.get(k) for k in ("id", "path", "url", "title", "language", "published", "sha256")}
    article.update(doc["summary"])
    claims, findings = [], []
    for c in doc["claims"]:
        period = c["period"] or {}
        claims.append({"article_id": a["id"], "claim_id": c["id"], "span_start": c["span"][0],
                       "span_end": c["span"][1], "period_start": period.get("start"),
                       "period_end": period.get("end"), "period_how": period.get("how"),
                       **{k: c.get(k) for k in ("value_text", "sentence", "kind", "entity", "metric", "value",
                                                "unit", "bound", "precision", "verdict", "speaker")}})
        findings += [{"article_id": a["id"], "claim_id": c["id"], "rule": x["rule"], "verdict": x["verdict"],
                      "message": x["message"], "arithmetic": x.get("arithmetic"),
                      "evidence": json.dumps(x.get("evidence", []), ensure_ascii=False)} for x in c["findings"]]
    return {"articles": [article], "claims": claims, "findings": findings}


def write_parquet(journal: Path, out: Path) -> None:
    """articles.parquet, claims.parquet, findings.parquet in the folder OUT, replaced as a whole."""
    import datetime as dt

    import pyarrow as pa
    import pyarrow.parquet as pq
    tables = schemas()
    building = out.with_name(f".{out.name}.building")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir()
    writers = {name: pq.ParquetWriter(building / f"{name}.parquet", schema) for name, schema in tables.items()}
    batch: dict[str, list] = {name: [] for name in tables}

    def flush():
        for name, rows in batch.items():
            for row in rows:
                for key in ("published", "period_start", "period_end"):
                    if row.get(key):
                        row[key] = dt.date.fromisoformat(row[key])
            writers[name].write_table(pa.Table.from_pylist(rows, schema=tables[name]))
            rows.clear()

    count = 0
    for doc in journal_docs(journal):
        for name, rows in rows_of(doc).items():
            batch[name] += rows
        count += 1
        if count % ROWS_PER_GROUP == 0:
            flush()
    flush()
    for w in writers.values():
        w.close()
    _replace_folder(building, out)


def _replace_folder(new: Path, out: Path) -> None:
    old = out.with_name(f".{out.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if out.exists():
        os.replace(out, old)
    os.replace(new, out)
    shutil.rmtree(old, ignore_errors=True)
