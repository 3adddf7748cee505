"""The review store: checked articles, their claims and the editors' decisions in one SQLite file.

Embedded, nothing to start. Opened in WAL mode with a busy timeout, one short
connection per operation, every write one `BEGIN IMMEDIATE` transaction: a batch
writing while the review app reads neither blocks the reader nor corrupts the file.

Claims are replaced whenever an article is checked again; decisions live in their
own table keyed by (article sha256, span, value), so a re-run that finds the same
claim finds its decision, correction and notes again.

    store = ReviewStore(path)
    store.save_result(result, text)       # after check_article(text, meta) -> result
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional, Union

from models import ArticleResult, Claim
from pipeline.read import clean
from review.correct import apply_correction, correction_of
from review.records import (AuditEntry, ClaimKey, ClaimRecord, Correction, Decision, QueueFilter, QueueRow,
                            SaveReport, StoredArticle, period_label)
from sources.store import ReferenceStore

SCHEMA_VERSION = 1
STORE_TABLES = {"articles", "claims", "decisions", "audit"}  # a store has these (user_version alone proves nothing)
BUSY_TIMEOUT_MS = 15000
FACETS = ("verdict", "language", "entity", "metric", "source", "decision")

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    sha256      TEXT PRIMARY KEY,
    article_id  TEXT NOT NULL,
    path        TEXT,
    language    TEXT NOT NULL,
    published   TEXT,
    text        TEXT NOT NULL,
    first_seen  TEXT NOT NULL,
    checked_at  TEXT NOT NULL,
    superseded  INTEGER NOT NULL DEFAULT 0   -- a newer text was checked under the same path
);
CREATE TABLE IF NOT EXISTS claims (
    sha256      TEXT NOT NULL REFERENCES articles(sha256) ON DELETE CASCADE,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    value       REAL NOT NULL,
    position    INTEGER NOT NULL,
    value_text  TEXT NOT NULL,
    sentence    TEXT NOT NULL,
    entity      TEXT,
    metric      TEXT,
    period      TEXT NOT NULL,
    verdict     TEXT NOT NULL,
    sources     TEXT NOT NULL,                -- '|leak-2025-11|': the reference sources of its findings
    claim_json  TEXT NOT NULL,
    PRIMARY KEY (sha256, span_start, span_end, value)
);
CREATE TABLE IF NOT EXISTS decisions (
    sha256      TEXT NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    value       REAL NOT NULL,
    state       TEXT CHECK (state IN ('confirmed', 'dismissed')),
    reason      TEXT,
    correction_json TEXT,                     -- the editor's reading (entity, metric, period, bound)
    corrected_json  TEXT,                     -- the claim checked again under that reading
    entity      TEXT,
    metric      TEXT,
    period      TEXT,
    verdict     TEXT,
    sources     TEXT,
    reviewer    TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (sha256, span_start, span_end, value)
);
CREATE TABLE IF NOT EXISTS audit (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    sha256      TEXT NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    value       REAL NOT NULL,
    action      TEXT NOT NULL,
    detail      TEXT NOT NULL DEFAULT '',
    reviewer    TEXT NOT NULL,
    at          TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_by_claim ON audit (sha256, span_start, span_end, value);
CREATE INDEX IF NOT EXISTS articles_by_path ON articles (path);
CREATE VIEW IF NOT EXISTS queue AS
SELECT c.sha256, c.span_start, c.span_end, c.value, c.position, c.value_text, c.sentence,
       a.article_id, a.path, a.language, a.published, a.first_seen,
       CASE WHEN d.corrected_json IS NULL THEN c.entity ELSE d.entity END AS entity,
       CASE WHEN d.corrected_json IS NULL THEN c.metric ELSE d.metric END AS metric,
       CASE WHEN d.corrected_json IS NULL THEN c.period ELSE d.period END AS period,
       CASE WHEN d.corrected_json IS NULL THEN c.verdict ELSE d.verdict END AS verdict,
       CASE WHEN d.corrected_json IS NULL THEN c.sources ELSE d.sources END AS sources,
       c.verdict AS original_verdict,
       COALESCE(d.state, 'open') AS state,
       d.corrected_json IS NOT NULL AS corrected,
       d.reviewer
FROM claims c
JOIN articles a ON a.sha256 = c.sha256
LEFT JOIN decisions d ON d.sha256 = c.sha256 AND d.span_start = c.span_start
                     AND d.span_end = c.span_end AND d.value = c.value
WHERE a.superseded = 0;
"""

KEY_WHERE = "sha256 = ? AND span_start = ? AND span_end = ? AND value = ?"


class StoreError(Exception):
    """The store file cannot be used (not a SQLite database, not ours, not writable)."""


def default_store_path() -> Path:
    """$CLAIMCHECK_STORE, else review.sqlite in the user's data directory."""
    if os.environ.get("CLAIMCHECK_STORE"):
        return Path(os.environ["CLAIMCHECK_STORE"]).expanduser()
    try:
        import platformdirs
        base = Path(platformdirs.user_data_dir("claimcheck", appauthor=False))
    except ImportError:  # platformdirs is in the `review` extra; check --store works without it
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "claimcheck"
    return base / "review.sqlite"


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def key_args(key: ClaimKey) -> tuple:
    return (key.sha256, key.start, key.end, key.value)


def sources_of(claim: Claim) -> str:
    names = sorted({e.source for f in claim.findings for e in f.evidence if e.source != "article"})
    return "|" + "|".join(names) + "|" if names else ""


class ReviewStore:
    def __init__(self, path: Union[str, Path], create: bool = True, references: Optional[ReferenceStore] = None):
        self.path = Path(path).expanduser()
        # What an editor's correction is checked against (None: the bundled leak).
        self.references = references
        if not create and not self.path.is_file():
            raise StoreError(f"{self.path}: no review store here (run check --store {self.path} first)")
        try:
            new = self._check_is_a_store(create)  # before anything is written (WAL mode is a write too)
            if new:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._connect() as con:
                if new:  # one transaction: a schema half made is never left behind
                    con.executescript(f"BEGIN;{SCHEMA}PRAGMA user_version = {SCHEMA_VERSION};COMMIT;")
        except (sqlite3.DatabaseError, OSError) as exc:
            raise StoreError(f"{self.path}: not a usable review store ({exc})") from None

    def _check_is_a_store(self, create: bool) -> bool:
        """Whether the store is still to be made (no file, or an empty one); StoreError for a database
        that is another program's, or a newer claimcheck's. Reads only."""
        if not self.path.exists():
            return True
        con = sqlite3.connect(self.path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            version = con.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                      if not r[0].startswith("sqlite_")}
        finally:
            con.close()
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: made by a newer claimcheck (schema {version})")
        if version == SCHEMA_VERSION and STORE_TABLES <= tables:
            return False
        if tables:
            raise StoreError(f"{self.path}: a SQLite database, but not a claimcheck review store "
                             f"(it has the tables {', '.join(sorted(tables)[:5])})")
        if not create:
            raise StoreError(f"{self.path}: no review store here (run check --store {self.path} first)")
        return True

    # -- connections ------------------------------------------------------------
    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        con = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            con.row_factory = sqlite3.Row
            con.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            con.execute("PRAGMA journal_mode = WAL")
            con.execute("PRAGMA foreign_keys = ON")
            yield con
        finally:
            con.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction that takes the write lock at once (no upgrade deadlock between writers)."""
        with self._connect() as con:
            con.execute("BEGIN IMMEDIATE")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")

    # -- writing what check found -----------------------------------------------
    def save_result(self, result: ArticleResult, text: str) -> SaveReport:
        """Store an article and its claims, replacing the claims of an earlier check of the same text.
        Decisions on claims found again are kept; corrected readings are checked again.
        `text` is what was given to check_article, which cleans it first: spans index the cleaned text."""
        a, stamp, text = result.article, now(), clean(text)
        with self._write() as con:
            con.execute(
                "INSERT INTO articles (sha256, article_id, path, language, published, text, first_seen, checked_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO UPDATE SET article_id = excluded.article_id,"
                " path = excluded.path, language = excluded.language, published = excluded.published,"
                " text = excluded.text, checked_at = excluded.checked_at, superseded = 0",
                (a.sha256, a.id, a.path, a.language, a.published and a.published.isoformat(), text, stamp, stamp))
            if a.path:
                con.execute("UPDATE articles SET superseded = 1 WHERE path = ? AND sha256 <> ?", (a.path, a.sha256))
            con.execute("DELETE FROM claims WHERE sha256 = ?", (a.sha256,))
            con.executemany(
                "INSERT OR REPLACE INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(a.sha256, c.span[0], c.span[1], c.value, n, c.value_text, c.sentence, c.entity, c.metric,
                  period_label(c.period), c.verdict, sources_of(c), c.model_dump_json())
                 for n, c in enumerate(result.claims)])
            kept = self._recheck_corrections(con, a.sha256)
        return SaveReport(sha256=a.sha256, claims=len(result.claims), decisions_kept=kept)

    def _recheck_corrections(self, con: sqlite3.Connection, sha256: str) -> int:
        """Decisions whose claim was found again; their corrections run through today's rules."""
        rows = con.execute(
            "SELECT d.span_start, d.span_end, d.value, d.correction_json, c.claim_json FROM decisions d"
            " JOIN claims c USING (sha256, span_start, span_end, value) WHERE d.sha256 = ?", (sha256,)).fetchall()
        for r in rows:
            if r["correction_json"]:
                key = ClaimKey(sha256=sha256, start=r["span_start"], end=r["span_end"], value=r["value"])
                correction = Correction.model_validate_json(r["correction_json"])
                corrected = apply_correction(Claim.model_validate_json(r["claim_json"]), correction, self.references)
                con.execute(f"UPDATE decisions SET {CORRECTED_SET} WHERE {KEY_WHERE}",
                            (*corrected_columns(correction, corrected), *key_args(key)))
        return len(rows)

    # -- the queue --------------------------------------------------------------
    def queue(self, filters: QueueFilter = QueueFilter(), limit: int = 500) -> list[QueueRow]:
        """Claims across articles, newest article first, then in text order."""
        where, args = filter_sql(filters)
        with self._connect() as con:
            rows = con.execute(
                f"SELECT * FROM queue WHERE {where} ORDER BY COALESCE(published, substr(first_seen, 1, 10)) DESC,"
                f" first_seen DESC, sha256, position LIMIT ?", (*args, limit)).fetchall()
        return [queue_row(r) for r in rows]

    def count(self, filters: QueueFilter = QueueFilter()) -> int:
        where, args = filter_sql(filters)
        with self._connect() as con:
            return con.execute(f"SELECT COUNT(*) FROM queue WHERE {where}", args).fetchone()[0]

    def facets(self, filters: QueueFilter = QueueFilter()) -> dict[str, list[tuple[str, int]]]:
        """For each filter, its values and how many claims each would show, the other filters applied."""
        out: dict[str, list[tuple[str, int]]] = {}
        with self._connect() as con:
            for facet in FACETS:
                where, args = filter_sql(filters.model_copy(update={facet: None}))
                out[facet] = facet_counts(con, facet, where, args)
        return out

    # -- one article, one claim -------------------------------------------------
    def article(self, sha256: str) -> Optional[StoredArticle]:
        with self._connect() as con:
            a = con.execute("SELECT * FROM articles WHERE sha256 = ?", (sha256,)).fetchone()
            if a is None:
                return None
            rows = con.execute("SELECT * FROM claims WHERE sha256 = ? ORDER BY position", (sha256,)).fetchall()
            claims = [self._record(con, r) for r in rows]
        return StoredArticle(sha256=a["sha256"], id=a["article_id"], path=a["path"], language=a["language"],
                             published=a["published"], text=a["text"], first_seen=a["first_seen"],
                             checked_at=a["checked_at"], claims=claims)

    def claim(self, sha256: str, start: int, end: int) -> Optional[ClaimRecord]:
        """The claim at this span of the article (one claim per span)."""
        with self._connect() as con:
            row = con.execute("SELECT * FROM claims WHERE sha256 = ? AND span_start = ? AND span_end = ?",
                              (sha256, start, end)).fetchone()
            return self._record(con, row) if row else None

    def _record(self, con: sqlite3.Connection, row: sqlite3.Row) -> ClaimRecord:
        key = ClaimKey(sha256=row["sha256"], start=row["span_start"], end=row["span_end"], value=row["value"])
        d = con.execute(f"SELECT * FROM decisions WHERE {KEY_WHERE}", key_args(key)).fetchone()
        audit = con.execute(f"SELECT at, reviewer, action, detail FROM audit WHERE {KEY_WHERE} ORDER BY id",
                            key_args(key)).fetchall()
        return ClaimRecord(
            key=key, original=Claim.model_validate_json(row["claim_json"]),
            corrected=Claim.model_validate_json(d["corrected_json"]) if d and d["corrected_json"] else None,
            decision=decision_of(d), audit=[AuditEntry(**dict(a)) for a in audit])

    # -- decisions --------------------------------------------------------------
    def decide(self, key: ClaimKey, state: Optional[str], reviewer: str, reason: str = "") -> None:
        """confirmed, dismissed (with a reason), or None to reopen."""
        if state not in (None, "confirmed", "dismissed"):
            raise ValueError(f"not a decision: {state!r}")
        if state == "dismissed" and not reason.strip():
            raise ValueError("a dismissal needs a reason")
        action = {"confirmed": "confirm", "dismissed": "dismiss", None: "reopen"}[state]
        self.require(key)
        with self._write() as con:
            self._upsert(con, key, reviewer, "state = ?, reason = ?", (state, reason.strip() or None))
            self._log(con, key, reviewer, action, reason.strip())

    def correct(self, key: ClaimKey, correction: Correction, reviewer: str) -> ClaimRecord:
        """Replace the reading; the rules run again at once. The checker's own reading undoes a correction."""
        record = self.require(key)
        before = record.claim
        if correction == correction_of(record.original):
            columns, corrected = [None] * 7, record.original
        else:
            corrected = apply_correction(record.original, correction, self.references)
            columns = corrected_columns(correction, corrected)
        with self._write() as con:
            self._upsert(con, key, reviewer, CORRECTED_SET, tuple(columns))
            self._log(con, key, reviewer, "correct", describe_change(before, corrected))
        return self.claim(key.sha256, key.start, key.end)

    def note(self, key: ClaimKey, text: str, reviewer: str) -> None:
        if not text.strip():
            raise ValueError("the note is empty")
        self.require(key)
        with self._write() as con:
            self._upsert(con, key, reviewer, "", ())
            self._log(con, key, reviewer, "note", text.strip())

    def require(self, key: ClaimKey) -> ClaimRecord:
        """The claim under this key as the last check found it; KeyError when it is not there (any more)."""
        record = self.claim(key.sha256, key.start, key.end)
        if record is None or record.key != key:
            raise KeyError(f"no claim at {key.slug()} with value {key.value:g} in article {key.sha256[:12]}")
        return record

    def _upsert(self, con: sqlite3.Connection, key: ClaimKey, reviewer: str, set_sql: str, args: tuple) -> None:
        stamp = now()
        con.execute("INSERT INTO decisions (sha256, span_start, span_end, value, reviewer, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", (*key_args(key), reviewer, stamp))
        sets = ", ".join(filter(None, [set_sql, "reviewer = ?, updated_at = ?"]))
        con.execute(f"UPDATE decisions SET {sets} WHERE {KEY_WHERE}", (*args, reviewer, stamp, *key_args(key)))

    def _log(self, con: sqlite3.Connection, key: ClaimKey, reviewer: str, action: str, detail: str) -> None:
        con.execute("INSERT INTO audit (sha256, span_start, span_end, value, action, detail, reviewer, at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (*key_args(key), action, detail, reviewer, now()))

    # -- what export reads ------------------------------------------------------
    def decided(self) -> list[dict]:
        """Every claim an editor acted on, with its article; `current` is false when the last
        check of the article no longer found the claim."""
        with self._connect() as con:
            rows = con.execute(
                "SELECT d.*, a.article_id, a.path, a.language, a.published, c.claim_json,"
                " (SELECT group_concat(reviewer || ': ' || detail, ' | ') FROM audit n WHERE n.action = 'note'"
                "  AND n.sha256 = d.sha256 AND n.span_start = d.span_start AND n.span_end = d.span_end"
                "  AND n.value = d.value) AS notes"
                " FROM decisions d LEFT JOIN articles a ON a.sha256 = d.sha256"
                " LEFT JOIN claims c USING (sha256, span_start, span_end, value)"
                " ORDER BY d.updated_at, d.sha256, d.span_start").fetchall()
        return [dict(r) for r in rows]


CORRECTED_SET = ("correction_json = ?, corrected_json = ?, entity = ?, metric = ?, period = ?, verdict = ?,"
                 " sources = ?")


def corrected_columns(correction: Correction, corrected: Claim) -> list:
    return [correction.model_dump_json(), corrected.model_dump_json(), corrected.entity, corrected.metric,
            period_label(corrected.period), corrected.verdict, sources_of(corrected)]


def describe_change(before: Claim, after: Claim) -> str:
    """"period 2024 → 2025-Q1; verdict supported → contradicted"."""
    pairs = [("entity", before.entity, after.entity), ("metric", before.metric, after.metric),
             ("period", period_label(before.period), period_label(after.period)),
             ("bound", before.bound, after.bound), ("verdict", before.verdict, after.verdict)]
    changed = [f"{name} {old or '—'} → {new or '—'}" for name, old, new in pairs if old != new]
    return "; ".join(changed) or "no change"


def decision_of(row: Optional[sqlite3.Row]) -> Decision:
    if row is None:
        return Decision()
    correction = Correction.model_validate_json(row["correction_json"]) if row["correction_json"] else None
    return Decision(state=row["state"], reason=row["reason"], correction=correction, reviewer=row["reviewer"],
                    updated_at=row["updated_at"])


def filter_sql(filters: QueueFilter) -> tuple[str, tuple]:
    clauses, args = ["1"], []
    for field in ("verdict", "language", "entity", "metric"):
        if getattr(filters, field) is not None:
            clauses.append(f"{field} = ?")
            args.append(getattr(filters, field))
    if filters.source is not None:
        clauses.append("instr(sources, '|' || ? || '|') > 0")
        args.append(filters.source)
    if filters.decision == "corrected":
        clauses.append("corrected")
    elif filters.decision is not None:
        clauses.append("state = ?")
        args.append(filters.decision)
    return " AND ".join(clauses), tuple(args)


def facet_counts(con: sqlite3.Connection, facet: str, where: str, args: tuple) -> list[tuple[str, int]]:
    if facet == "source":
        counts: dict[str, int] = {}
        for r in con.execute(f"SELECT sources, COUNT(*) FROM queue WHERE {where} GROUP BY sources", args):
            for name in filter(None, r[0].split("|")):
                counts[name] = counts.get(name, 0) + r[1]
        return sorted(counts.items())
    if facet == "decision":
        rows = con.execute(f"SELECT state, COUNT(*) FROM queue WHERE {where} GROUP BY state", args).fetchall()
        corrected = con.execute(f"SELECT COUNT(*) FROM queue WHERE {where} AND corrected", args).fetchone()[0]
        return [(r[0], r[1]) for r in rows] + ([("corrected", corrected)] if corrected else [])
    rows = con.execute(f"SELECT {facet}, COUNT(*) FROM queue WHERE {where} AND {facet} IS NOT NULL"
                       f" GROUP BY {facet} ORDER BY COUNT(*) DESC, {facet}", args).fetchall()
    return [(r[0], r[1]) for r in rows]


def queue_row(r: sqlite3.Row) -> QueueRow:
    return QueueRow(
        key=ClaimKey(sha256=r["sha256"], start=r["span_start"], end=r["span_end"], value=r["value"]),
        article_id=r["article_id"], path=r["path"], language=r["language"], published=r["published"],
        first_seen=r["first_seen"], value_text=r["value_text"], sentence=r["sentence"], entity=r["entity"],
        metric=r["metric"], period=r["period"] or "", verdict=r["verdict"], original_verdict=r["original_verdict"],
        state=r["state"], corrected=bool(r["corrected"]), reviewer=r["reviewer"])


def save_results(path: Union[str, Path], results: list[tuple[ArticleResult, str]],
                 references: Optional[ReferenceStore] = None) -> list[SaveReport]:
    """Every (result, text) of a run into the store at `path` (check --store, batch); corrections
    already made are checked again against the run's reference data."""
    store = ReviewStore(path, references=references)
    try:
        return [store.save_result(result, text) for result, text in results]
    except sqlite3.Error as exc:
        raise StoreError(f"{store.path}: cannot write the review store ({exc})") from None
