"""`check_article(text, meta) -> ArticleResult`: the one way through."""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import hashlib
import re
import time
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from pydantic import BaseModel

from claims.annotate import CUE_LINE, ITEM_LINE, LINE_END, TIME_LINE, Annotator, Sentence, make_docs
from claims.extract import Draft, DraftMaker
from claims.lexicon import get as get_lexicon
from claims.normalize import ArticleReader, settle_separators, to_claims
from claims.numbers import NumberFinder
from claims.periods import PeriodResolver, dateline_date, dateline_match
from claims.tables import Table, TableReader, find_tables
from claims.trigger import ClaimTrigger
from models import ArticleMeta, ArticleResult, NumberMention
from pipeline.nlp import get_nlp
from pipeline.read import InputError, clean, decode, detect_language, read_input, without_lone_surrogates
from rules.engine import evaluate
from sources.store import ReferenceStore, bundled_store


class ArticleInput(BaseModel):
    id: str = "article"
    path: Optional[str] = None
    language: Optional[str] = None
    published: Optional[dt.date] = None
    spacy_model: Optional[str] = None
    # True when the text was already reduced from HTML (load_article): cleaning twice could
    # strip tags an article quotes as text ("&lt;p&gt;" becomes "<p>" after the first pass).
    text_is_clean: bool = False


@dataclass
class Tools:
    """Everything one language needs, built once per process."""

    lex: object
    nlp: object
    annotator: Annotator
    finder: NumberFinder
    drafter: DraftMaker
    trigger: ClaimTrigger


@functools.lru_cache(maxsize=None)
def tools(lang: str, model: Optional[str] = None) -> Tools:
    lex = get_lexicon(lang)
    nlp = get_nlp(lang, model)
    return Tools(lex, nlp, Annotator(nlp, lex), NumberFinder(lex), DraftMaker(lex), ClaimTrigger(lex.data))


# Hostile input: a paragraph or sentence this long is a dump, not prose. Reading it
# in pieces keeps spaCy under its own limit (1,000,000 characters) and keeps the
# per-figure context work, which grows with the sentence, from turning quadratic.
LONG_BLOCK = 100_000
LONG_SENTENCE = 2_000
CLAUSE_CUT = re.compile(r"[,;:.]\s+")
SPACE_CUT = re.compile(r"(?<!\d)\s+(?!\d)")  # not inside "1 234", nor between "$3.7" and "billion"


def paragraphs(text: str, skip: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Blank-line separated blocks when the text has them, else one paragraph per line (a line that
    goes on in lower case is the wrapped rest of the line before)."""
    # (a line opening with a time stamp is an entry of its own: a wire's headlines, a live blog's posts; so is a
    # lettered item: "(a) Inference. …\n(c) Revenue share. …")
    # (captions, a stamp alone on a line above each cue, run on as one block: their sentences are the cues)
    blocks = re.search(r"\n\s*\n", text) or len(CUE_LINE.findall(text, 0, 2000)) >= 3
    splitter = rf"\n\s*\n|{TIME_LINE.pattern}|{ITEM_LINE.pattern}" if blocks else LINE_END.pattern
    skip_ends = [b for _, b in skip]  # tables come in order and do not overlap
    out, pos = [], 0
    for m in list(re.finditer(splitter, text)) + [None]:
        end = m.start() if m else len(text)
        i = bisect.bisect_right(skip_ends, pos)
        if text[pos:end].strip() and not (i < len(skip) and skip[i][0] <= pos):
            lead = len(text[pos:end]) - len(text[pos:end].lstrip())
            out.append((pos + lead, end))
        pos = m.end() if m else end
    return out


def pieces(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """[start, end) cut into pieces of at most `limit` characters, each cut after the last
    clause break in its second half, else the last space, else at the limit."""
    out = []
    while end - start > limit:
        window = text[start + limit // 2:start + limit]
        hit = None
        for cut in (CLAUSE_CUT, SPACE_CUT):
            for hit in cut.finditer(window):
                pass
            if hit is not None:
                break
        stop = start + limit // 2 + hit.end() if hit is not None else start + limit
        out.append((start, stop))
        start = stop
    return out + [(start, end)]


def split_sentence(s: Sentence) -> list[Sentence]:
    if len(s.text) <= LONG_SENTENCE:
        return [s]
    return [Sentence(s.index, s.paragraph, s.start + a, s.start + b, s.text[a:b],
                     [e for e in s.entities if s.start + a <= e.start < s.start + b],
                     [m for m in s.metrics if s.start + a <= m.start < s.start + b])
            for a, b in pieces(s.text, 0, len(s.text), LONG_SENTENCE)]


def sentences_of(text: str, t: Tools, tables: list[Table]) -> list[Sentence]:
    skip = [(tb.start, tb.end) for tb in tables]
    blocks = [piece for a, b in paragraphs(text, skip) for piece in pieces(text, a, b, LONG_BLOCK)]
    out: list[Sentence] = []
    docs = t.nlp.pipe(make_docs(t.nlp, (text[a:b] for a, b in blocks)))
    for n, ((start, _), doc) in enumerate(zip(blocks, docs)):
        within_budget()
        out += t.annotator.sentences(doc, start, n, len(out))
    out = [piece for s in out for piece in split_sentence(s)]
    for i, s in enumerate(out):
        s.index = i
    return out


def annotate_fragment(t: Tools, text: str, offset: int) -> Sentence:
    if not text.strip():
        return Sentence(-1, -1, offset, offset, text)
    return t.annotator.sentences(next(t.nlp.pipe(make_docs(t.nlp, [text]))), offset, -1, -1)[0]


def may_hold_claims(text: str, t: Tools, tables: list[Table]) -> bool:
    """The pre-filter before spaCy. A claim needs a figure the draft maker takes (money, a
    percentage, a scaled number, a ratio) or a table; an article with none has no claims
    whatever its context says, so spaCy never reads it. Tested per paragraph, the unit spaCy reads,
    after the cheapest test: whether any word or sign such a figure needs is in the text at all."""
    if tables:
        return True
    if not t.trigger.may_fire(text):  # one scan of the whole text is cheaper than one per paragraph
        return False
    return any(drafts_of(text[a:b], Sentence(-1, -1, a, b, text[a:b]), t) for a, b in paragraphs(text, []))


# A multiple-choice option: "a) 3,77 Mrd. US-Dollar", "(b) $8.67 billion"
ANSWER_OPTION = re.compile(r"[ \t]{0,8}\(?[a-eA-E][).][ \t]")


def answer_options(sentences: list[Sentence]) -> set[int]:
    """The sentences that are a multiple-choice question's options ("Frage 1: Wie hoch …?\na) 3,77 Mrd. US-Dollar\n
    b) 8,67 Mrd. US-Dollar"): answers offered to choose from, which the text does not assert, so no claims."""
    out: set[int] = set()
    for before, s in zip(sentences, sentences[1:]):
        if ANSWER_OPTION.match(s.text) and (before.text.rstrip().endswith("?") or before.index in out):
            out.add(s.index)
    return out


def drafts_of(text: str, sentence: Sentence, t: Tools) -> list[Draft]:
    """The claim drafts of one sentence or paragraph; none, without reading a number, when
    the trigger finds no word or sign a draft needs."""
    if not t.trigger.may_fire(text):
        return []
    return t.drafter.drafts(text, sentence, t.finder.find(text, 0))


# A batch gives each record a time budget (`claimcheck batch --record-timeout`): reading checks it
# between blocks and sentences, so one hostile record costs its budget, not the night. A context
# variable, so it holds in a pool's worker process and in a Dask worker's thread alike.
READ_DEADLINE: ContextVar[Optional[tuple[float, float]]] = ContextVar("claimcheck_read_deadline", default=None)


def off_the_clock(make):
    """What `make()` returns, its time left off the record's budget: building a language's pipeline or loading
    the reference data is paid once per process, by whichever record comes first, not by that record."""
    budget = READ_DEADLINE.get()
    started = time.monotonic()
    made = make()
    if budget is not None:
        READ_DEADLINE.set((budget[0] + time.monotonic() - started, budget[1]))
    return made


def within_budget() -> None:
    """InputError once the record's time budget is spent."""
    budget = READ_DEADLINE.get()
    if budget is not None and time.monotonic() > budget[0]:
        raise InputError(f"article: took longer than {budget[1]:g} s to read (--record-timeout); not read")


# read_claims has not looked for the publication line yet (check_article looks only when it needs the date)
NOT_SEARCHED = object()


def read_claims(text: str, lang: str, article_id: str, published: Optional[dt.date], t: Tools,
                line=NOT_SEARCHED):
    """The claims of one article; `line` is its publication line (a match or None) when already looked for."""
    tables = find_tables(text)
    if not may_hold_claims(text, t, tables):
        return []
    sentences = sentences_of(text, t, tables)
    table_reader = TableReader(t.lex, functools.partial(annotate_fragment, t), PeriodResolver(t.lex, published))
    table_drafts = [table_reader.drafts(table, 100000 * (n + 1), -(n + 2)) for n, table in enumerate(tables)]
    columns = {id(d.column): d.column for ds in table_drafts for d in ds}
    header_names = tuple(c.entity for c in columns.values() if c.entity)
    if line is NOT_SEARCHED:  # the date was given: look only now, past the pre-filter
        line = dateline_match(text, t.lex)
    table_metrics = tuple(sorted({(tb.end, d.column.metric) for tb, ds in zip(tables, table_drafts) for d in ds
                                  if d.column.metric}))
    reader = ArticleReader(t.lex, sentences, published, also_named=header_names, table_metrics=table_metrics,
                           dateline=line.span() if line else (0, 0), text=text)
    drafts: list[Draft] = [d for ds in table_drafts for d in ds]
    options = answer_options(sentences)
    for s in sentences:
        within_budget()
        found = [] if s.index in options else drafts_of(s.text, s, t)
        reader.read(s, found)
        drafts += found
    drafts.sort(key=lambda d: d.start)
    settle_separators(drafts, t.lex.data.DECIMAL)
    return to_claims(article_id, drafts, reader.default_currency(drafts), reader.dominant, reader.owner_of)


def check_article(text: str, meta: ArticleInput, store: Optional[ReferenceStore] = None,
                  raw: Optional[bytes] = None) -> ArticleResult:
    """Check one article. `text` is the article as decoded; HTML is reduced to its
    visible text first (spans then index that text)."""
    text = without_lone_surrogates(text)
    if not meta.text_is_clean:
        text = clean(text)
    lang = meta.language or detect_language(text)
    t = off_the_clock(lambda: tools(lang, meta.spacy_model))
    line = dateline_match(text, t.lex) if meta.published is None else NOT_SEARCHED
    published = meta.published or dateline_date(line, text, t.lex)
    claims = read_claims(text, lang, meta.id, published, t, line)
    within_budget()
    evaluate(claims, store or off_the_clock(bundled_store))
    article = ArticleMeta(id=meta.id, path=meta.path, language=lang, published=published,
                          sha256=hashlib.sha256(raw if raw is not None else text.encode("utf-8")).hexdigest())
    return ArticleResult.build(article, claims)


@dataclass
class LoadedArticle:
    meta: ArticleInput
    text: str
    raw: bytes


def load_article(name: str, language: Optional[str] = None, published: Optional[dt.date] = None,
                 spacy_model: Optional[str] = None) -> LoadedArticle:
    """Read, decode and clean one input ('-' for stdin); InputError when it is not an article."""
    label, raw = read_input(name)
    text = clean(decode(raw, label))
    article_id = "stdin" if name == "-" else Path(name).stem
    meta = ArticleInput(id=article_id, path=None if name == "-" else name, language=language,
                        published=published, spacy_model=spacy_model, text_is_clean=True)
    return LoadedArticle(meta, text, raw)


def read_numbers(text: str, lang: Optional[str] = None) -> list[NumberMention]:
    """Every numeric expression, claim or not (`claimcheck numbers`)."""
    lang = lang or detect_language(text)
    return NumberFinder(get_lexicon(lang)).find(text)
