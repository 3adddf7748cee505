"""spaCy side of mention finding: sentences, company names (EntityRuler plus
rapidfuzz for damaged spellings) and metric words (Matcher for compounds,
PhraseMatcher for phrases), all built from the language's word lists.

Works on `spacy.blank(lang)`; a trained pipeline plugged in by the user keeps
its own sentence boundaries and gets the same rulers added.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import yaml
from rapidfuzz import fuzz, process
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, filter_spans

from claims.lexicon import Lexicon, fold

GAZETTEER = Path(__file__).with_name("gazetteer.yaml")
# Glued punctuation in machine-translated text ('nylig,”OpenAIs', 'er’godt mer’enn')
# and compounds joined by any hyphen ('OpenAI‑sjef') are split into tokens.
EXTRA_INFIXES = [r"[”“’‘«»„\"]", r"(?<=[^\W\d_])[-‐‑‒–](?=[^\W_])", r"(?<=[^\W\d_]),(?=\S)", r"(?<=\d)[-‐‑‒–](?=[^\W\d_])"]
POSSESSIVE_ENDINGS = ("", "s", "'s", "’s", "'", "’")
FUZZY_CUTOFF = 88
YEAR_STOP = re.compile(r"^(?:19|20)\d{2}\.$")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    label: str  # canonical company, or metric name
    text: str
    person: Optional[str] = None
    bound: Optional[str] = None
    generic: bool = False


@dataclass
class Sentence:
    index: int
    paragraph: int
    start: int
    end: int
    text: str
    entities: list[Mention] = field(default_factory=list)
    metrics: list[Mention] = field(default_factory=list)


@functools.lru_cache(maxsize=1)
def _gazetteer_file() -> dict:
    return yaml.safe_load(GAZETTEER.read_text(encoding="utf-8"))


def gazetteer() -> dict:
    """Companies: their other names, people and products."""
    return {name: {**{key: list(v.get(key, [])) for key in ("aliases", "people", "products")},
                   "fiscal_year_end": str(v.get("fiscal_year_end", "12-31"))}
            for name, v in _gazetteer_file().items() if not name.startswith("_")}


def company_metric_phrases() -> dict[str, str]:
    """Phrases that name a metric through a company ("payments to Microsoft" are revenue share)."""
    return {fold(p): metric for entry in _gazetteer_file().values() if isinstance(entry, dict)
            for metric, phrases in (entry.get("metric_phrases") or {}).items() for p in phrases}


@functools.lru_cache(maxsize=1)
def known_names() -> frozenset:
    """Every name the gazetteer knows, lower-cased word by word: companies, people,
    products, and the reporters and outlets that are not companies."""
    names = [n for e in gazetteer().values() for key in ("aliases", "people", "products") for n in e[key]]
    names += _gazetteer_file().get("_not_companies", [])
    return frozenset(w.lower() for n in names for w in n.split())


def _name_pattern(name: str) -> list[dict]:
    """Token patterns for a name; hyphens are tokens of their own ("ChatGPT-selskapet")."""
    words = [p for w in name.split() for p in re.split(r"([-‑])", w) if p]
    tokens = [{"TEXT": {"REGEX": "^[-‐‑]$"}} if w in "-‑" else {"LOWER": w.lower()} for w in words[:-1]]
    last = words[-1].lower()
    # Possessives as plain strings, not a regex: the ruler runs on every token of every article.
    tokens.append({"LOWER": {"IN": [last + ending for ending in POSSESSIVE_ENDINGS]}})
    return tokens


def entity_patterns() -> list[dict]:
    patterns = []
    for company, entry in gazetteer().items():
        for alias in entry["aliases"]:
            patterns.append({"label": "ORG", "pattern": _name_pattern(alias), "id": company})
        for person in entry["people"]:
            patterns.append({"label": "PERSON", "pattern": _name_pattern(person), "id": f"{company}|{person}"})
    return patterns


@Language.component("claimcheck_sentence_guard")
def sentence_guard(doc: Doc) -> Doc:
    """A sentence does not start with a lower-case word ('Publisert 12. november viser')."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if tok.text[:1].islower() and prev.text.endswith("."):
            tok.is_sent_start = False
        elif YEAR_STOP.match(prev.text) and tok.text[:1].isupper():
            tok.is_sent_start = True  # "im Jahr 2025. Laut ...": the tokenizer keeps "2025." whole
    return doc


def prepare(nlp: Language) -> Language:
    """Add claimcheck's tokenizer rules, sentence splitting and company ruler."""
    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + EXTRA_INFIXES).finditer
    has_sents = any(name in nlp.pipe_names for name in ("parser", "senter", "sentencizer"))
    if not has_sents:
        nlp.add_pipe("claimcheck_sentence_guard")
        nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler", name="claimcheck_entities", config={"overwrite_ents": True})
    ruler.add_patterns(entity_patterns())
    return nlp


class Annotator:
    """Turns a paragraph Doc into Sentences with company and metric mentions."""

    def __init__(self, nlp: Language, lex: Lexicon):
        self.lex = lex
        data = lex.data
        self.metric_words = {fold(k): v for k, v in data.METRIC_WORDS.items()}
        self.generic = {fold(w) for w in data.GENERIC_COST_WORDS}
        self.bound_words = {fold(k): v for k, v in data.BOUND_WORDS.items()}
        self.stems = sorted(self.metric_words, key=len, reverse=True)
        self.token_matcher = Matcher(nlp.vocab)
        union = "|".join(re.escape(s) for s in self.stems)
        anchor = "" if data.COMPOUNDS else "^"
        self.token_matcher.add("METRIC", [[{"LOWER": {"REGEX": f"{anchor}(?:{union})"}}]])
        self.not_metric = [fold(w) for w in data.METRIC_NOT]
        self.token_matcher.add("GENERIC", [[{"LOWER": {"IN": sorted(self.generic)}}]])
        self.phrase_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.phrases = {fold(k): v for k, v in data.METRIC_PHRASES.items()}
        # Quantities outside the vocabulary (users, margin) stop a figure borrowing a metric nearby.
        self.phrases.update({fold(k): "" for k in data.OTHER_METRICS})
        self.phrases.update(company_metric_phrases())
        for phrase in self.phrases:
            self.phrase_matcher.add(phrase, [nlp.make_doc(phrase)])
        self.aliases = {a.lower(): company for company, e in gazetteer().items() for a in e["aliases"]}

    def sentences(self, doc: Doc, offset: int, paragraph: int, first_index: int) -> list[Sentence]:
        out = []
        entities = self._entities(doc)
        metrics = self._metrics(doc)
        for i, sent in enumerate(doc.sents):
            s, e = sent.start_char, sent.end_char
            out.append(Sentence(
                index=first_index + i, paragraph=paragraph, start=s + offset, end=e + offset, text=sent.text,
                entities=[_shift(m, offset) for m in entities if s <= m.start < e],
                metrics=[_shift(m, offset) for m in metrics if s <= m.start < e],
            ))
        return out

    def _entities(self, doc: Doc) -> list[Mention]:
        found = []
        for ent in doc.ents:
            if ent.label_ not in ("ORG", "PERSON") or not ent.ent_id_:
                continue
            company, _, person = ent.ent_id_.partition("|")
            after = doc[ent.end].text if ent.end < len(doc) else ""
            if not person and after in gazetteer().get(company, {}).get("products", []):
                continue  # "Microsoft Azure" names a product, not the company acting
            found.append(Mention(ent.start_char, ent.end_char, company, ent.text, person=person or None))
        taken = {t.i for ent in doc.ents for t in ent}
        for tok in doc:  # damaged spellings: 'Anitthropic'
            if tok.i in taken or len(tok.text) < 6 or not tok.text[:1].isupper():
                continue
            hit = process.extractOne(tok.text.lower(), list(self.aliases), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
            if hit:
                found.append(Mention(tok.idx, tok.idx + len(tok.text), self.aliases[hit[0]], tok.text))
        return sorted(found, key=lambda m: m.start)

    def _metrics(self, doc: Doc) -> list[Mention]:
        spans = []
        for match_id, start, end in self.token_matcher(doc):
            span = doc[start:end]
            span.label_ = doc.vocab.strings[match_id]
            spans.append(span)
        for match_id, start, end in self.phrase_matcher(doc):
            span = doc[start:end]
            span.label_ = "PHRASE"
            spans.append(span)
        out = []
        for span in filter_spans(spans):
            text = fold(span.text)
            if any(w in text for w in self.not_metric):
                continue
            bound = next((b for w, b in self.bound_words.items() if w in text), None)
            if span.label_ == "PHRASE":
                metric, generic = self.phrases[text], False
            elif span.label_ == "GENERIC":
                metric, generic = None, True
            else:
                stem = next(s for s in self.stems if s in text)
                metric, generic = self.metric_words[stem], False
            out.append(Mention(span.start_char, span.end_char, metric or "", span.text, bound=bound, generic=generic))
        return out


def _shift(m: Mention, offset: int) -> Mention:
    return Mention(m.start + offset, m.end + offset, m.label, m.text, m.person, m.bound, m.generic)
