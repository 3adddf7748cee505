"""spaCy side of mention finding: sentences, company names (EntityRuler plus
rapidfuzz for damaged spellings) and metric words (one regex over the
paragraph for stems inside compounds, PhraseMatcher for phrases and generic
words), all built from the language's word lists.

Works on `spacy.blank(lang)`; a trained pipeline plugged in by the user keeps
its own sentence boundaries and gets the same rulers added.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional

import numpy
import yaml
from rapidfuzz import fuzz, process
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex, compile_prefix_regex, filter_spans

from claims.lang import common
from claims.lexicon import Lexicon, fold
from claims.lexicon import get as get_lexicon

GAZETTEER = Path(__file__).with_name("gazetteer.yaml")
# Glued punctuation in machine-translated text ('nylig,”OpenAIs', 'er’godt mer’enn')
# and compounds joined by any hyphen ('OpenAI‑sjef') are split into tokens.
# A full stop glued between two sentences ('for OpenAI.I tredje kvartal') after a word of two
# letters or more, before a capitalised word ("U.S.", "e.g." and "ASP.NET" keep theirs).
EXTRA_INFIXES = [r"[”“’‘«»„\"]", r"(?<=[^\W\d_])[-‐‑‒–](?=[^\W_])", r"(?<=[^\W\d_]),(?=\S)", r"(?<=\d)[-‐‑‒–](?=[^\W\d_])",
                 r"(?<=[^\W\d_][^\W\d_])\.(?=[A-ZÆØÅÄÖÜ](?:[a-zæøåäöüß]|$))"]
# A full stop glued to the next sentence's first word ("Dollar .Für das erste Halbjahr").
EXTRA_PREFIXES = [r"\.(?=[A-ZÆØÅÄÖÜ][a-zæøåäöüß])"]
POSSESSIVE_ENDINGS = ("", "s", "'s", "’s", "'", "’")
FUZZY_CUTOFF = 88
FUZZY_MEMORY = 50_000  # words whose fuzzy reading is remembered before the memory starts over
YEAR_STOP = re.compile(r"^(?:19|20)\d{2}\.$")
SIGN_STOP = re.compile(r"\d[\d.,]{0,20}[¢€$£¥]\.")  # "Bought NO at 36¢. Payments …": the tokenizer keeps "36¢." whole
# A heading on its own line, not a hard-wrapped line of prose: at the start of the block or after a
# line that ended a sentence, at most eight words and 60 characters, no closing mark, and a
# capital opening the next line ("Die Erlöse: nur eine Untergrenze\nIm vierten Quartal …").
HEADING_LINE = re.compile(r"(?:^|(?<=[.!?:;»“\"]\n))[^\S\n]*(?=[^\n]{1,60}\n[^\S\n]*[A-ZÆØÅÄÖÜ])"
                          r"(?:[^\s.!?;\d]+[^\S\n]+){0,7}[^\s.!?;\d]+[^\S\n]*\n[^\S\n]*")  # (no digit: not "09:21 GMT")
# A numbered list's item, one per line: "1. Q1 2025: $2.075B\n2. Q2 2025: $2.947B" (each line a sentence, its number
# part of it).
ITEM_NUMBER = re.compile(r"[ \t]{0,8}\d{1,2}")
NUMBERED_LINE = re.compile(r"\n[ \t]{0,8}(?=\d{1,2}[.)][ \t]+[A-ZÆØÅÄÖÜ$€£])")
TWO_DIGITS_STOP = re.compile(r"\d{2}\.")  # "24." after a dash the tokenizer split off
# A line that ends in a figure, then a line opening with a capital ("… in 2024... more than $3.7B\nOpenAI's
# inference bill in Q3 2025... over $3.6B"): lines of a list without bullets, each a sentence. So is a line that
# ends in a currency sign, then a line opening with a capital or a figure: a profile box's "key: value" lines
# ("Kalenderjahr 2024: 3,77 Mrd. $\n3. Quartal 2025: 3.648 Mio. $\n01.01.–30.09.2025: 8,67 Mrd. $").
FIGURE_LINE_END = re.compile(r"(?:\d(?:[A-Za-z]{1,3}|[ \t]?%)?[ \t]*\n[ \t]*(?=[A-ZÆØÅÄÖÜ])"
                             r"|(?<=\d)[ \t]?(?:[A-Za-z]{1,4}\.?[ \t])?[$€£¥][ \t]*\n[ \t]*(?=[A-ZÆØÅÄÖÜ\d]))")
# A line opening with a time stamp ("09:41:07 *OPENAI PAID …", "[14:32] …", "Kl. 14.32 Regjeringen …"): a live
# blog's or a news wire's entries, each a sentence of its own (their capitals and missing stops say nothing).
TIME_LINE = re.compile(r"\n[ \t]{0,8}(?=(?:\[|(?i:kl)\.?[ \t]?)?[0-2]?\d[:.][0-5]\d(?:[:.][0-5]\d)?\]?[ \t])")
# A time stamp alone on its line heads a caption cue ("0:39\nfor all of last year it was uh three point seven seven
# billion\n0:44\n…"): auto-generated captions have no stops, so each cue is read as a sentence (the stamp one too).
FIRST_WORD = re.compile(r"[^\s.,;:!?]+")
CUE_LINE = re.compile(r"(?:(?<=\n)|\A)(?:\d{1,2}:)?\d{1,2}:[0-5]\d[ \t]*\n")
# A line opening with a lettered or bracketed item mark is an item of its own too, as a paragraph is: "(a) Inference.
# … (c) Revenue share. The payments were …": the item before's figures are not what a bare "payments" refers to.
# A chat's emoji code ends what was said before it: "… the 7 and the 4 :upside_down_face: yours doesn't add up …"
EMOJI_CODE = re.compile(r"(?<=\s):[a-z][a-z0-9_+-]{1,30}:[ \t]+(?=\S)")
# So is a numbered section ("… økte den med om lag 24 pst.\n3.3 OpenAI betaler 20 pst. …": a tender's or a report's
# "3.3", then a capital and a small letter; not "3.2 Milliarden" run on from the line before).
ITEM_LINE = re.compile(r"\n[ \t]{0,8}(?=\(?[a-hA-H]\)[ \t]|\([1-9]\d?\)[ \t]|\((?:i|ii|iii|iv|v|vi)\)[ \t]"
                       rf"|\d{{1,2}}\.\d{{1,2}}(?:\.\d{{1,2}})?[ \t]+(?!{'|'.join(common.CAPITALISED_SCALE_STARTS)})"
                       r"[A-ZÆØÅÄÖÜ][a-zæøåäöüß])")
YEAR_TOKEN = re.compile(r"(?:19|20)\d{2}[.,:;]?")
GLUED_SCALE_STOP = re.compile(r"(?<![\d.,])[~≈$€£]{0,2}\d[\d.,]*([A-Za-z]{1,3})\.")  # "4.33B.", "865.9m.", "3.6bn." (one try per run)
PERIOD_ABBREVIATIONS = frozenset(common.PERIOD_ABBREVIATIONS)
COMPANY_ABBREVIATIONS = frozenset(common.COMPANY_ABBREVIATIONS)
CODE_STOP = re.compile(r"[-–'’]\d{2}\.|[A-Za-z]{1,2}\d\.")  # a period code's end: "H2 -24.", "i kv3.", "in Q3."


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    label: str  # canonical company, or metric name
    text: str
    person: Optional[str] = None
    bound: Optional[str] = None
    generic: str = ""  # "cost" or "share": a word whose metric the text around it says


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


@functools.lru_cache(maxsize=1)
def gazetteer() -> dict:
    """Companies: their other names, people and products (read-only: it is shared)."""
    return {name: {**{key: list(v.get(key, [])) for key in ("aliases", "people", "products")},
                   "fiscal_year_end": str(v.get("fiscal_year_end", "12-31"))}
            for name, v in _gazetteer_file().items() if not name.startswith("_")}


@functools.lru_cache(maxsize=1)
def company_metric_phrases() -> dict[str, str]:
    """Phrases that name a metric through a company ("payments to Microsoft" are revenue share),
    written with each of its short names too ("paid to MSFT")."""
    out = {}
    for name, entry in _gazetteer_file().items():
        if not isinstance(entry, dict):
            continue
        tickers = [a for a in entry.get("aliases", []) if a.isupper() and a != name]
        for metric, phrases in (entry.get("metric_phrases") or {}).items():
            for p in phrases:
                out.update({fold(p.replace(name, alias)): metric for alias in [name, *tickers]})
    return out


@functools.lru_cache(maxsize=None)
def paid_metrics(company: str) -> frozenset:
    """The metrics the gazetteer says are paid to this company (Microsoft: revenue_share)."""
    entry = _gazetteer_file().get(company)
    return frozenset((entry.get("metric_phrases") or {}) if isinstance(entry, dict) else ())


@functools.lru_cache(maxsize=None)
def supplied_metrics(company: str) -> frozenset:
    """The metrics the gazetteer says this company sells (Microsoft: inference_cost, on Azure)."""
    entry = _gazetteer_file().get(company)
    return frozenset((entry.get("supplies") or ()) if isinstance(entry, dict) else ())


@functools.lru_cache(maxsize=1)
def supplied_anywhere() -> frozenset:
    return frozenset(m for name in gazetteer() for m in supplied_metrics(name))


@functools.lru_cache(maxsize=1)
def lowercase_names() -> frozenset:
    """Names written with a small first letter ("xAI"): one may open a sentence."""
    names = [n for e in gazetteer().values() for key in ("aliases", "people", "products") for n in e[key]]
    return frozenset(n.split()[0] for n in names if n[:1].islower())


@functools.lru_cache(maxsize=1)
def known_names() -> frozenset:
    """Every name the gazetteer knows, lower-cased word by word: companies, people,
    products, and the reporters and outlets that are not companies."""
    names = [n for e in gazetteer().values() for key in ("aliases", "people", "products") for n in e[key]]
    names += _gazetteer_file().get("_not_companies", [])
    return frozenset(w.lower() for n in names for w in n.split())


NAME_HYPHENS = "-‐‑"  # the hyphens a company name may be written with ("ChatGPT‑selskapet")


def _name_phrases(name: str, make_doc) -> list[str]:
    """The spellings of a name the ruler matches, as phrases: every hyphen ("ChatGPT‑selskapet")
    and every possessive that the tokenizer keeps inside the last word ("OpenAIs", and
    "OpenAI's" where it is one token). An ending the tokenizer splits off ("OpenAI" + "'s")
    needs no phrase: the bare name matches the tokens before it. Phrases, not token
    patterns: the PhraseMatcher finds them in one pass over a paragraph, where a token
    pattern per name would be tried at every token."""
    spellings = {re.sub(f"[{NAME_HYPHENS}]", h, name) for h in NAME_HYPHENS}
    out = []
    for spelling in sorted(spellings):
        tokens = len(make_doc(spelling))
        out += [spelling + ending for ending in POSSESSIVE_ENDINGS
                if not ending or len(make_doc(spelling + ending)) == tokens]
    return out


def entity_patterns(make_doc) -> list[dict]:
    patterns = []
    for company, entry in gazetteer().items():
        for label, names, ident in (("ORG", entry["aliases"], lambda n: company),
                                    ("PERSON", entry["people"], lambda n: f"{company}|{n}")):
            for name in names:
                patterns += [{"label": label, "pattern": phrase, "id": ident(name)}
                             for phrase in _name_phrases(name, make_doc)]
    return patterns


@dataclass
class Layout:
    """A Doc's text and each token's start and end character, read once from the Doc's
    arrays: `doc.text` and a walk over the tokens both build a Python object per token."""

    text: str
    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, doc: Doc) -> "Layout":
        """Worked out once per Doc and kept in its user_data (a later component that
        changed the tokens would have to drop it)."""
        if "claimcheck_layout" not in doc.user_data:
            starts, lengths = doc.to_array([IDX, LENGTH]).T.tolist() if len(doc) else ([], [])
            doc.user_data["claimcheck_layout"] = cls(doc.user_data.get("claimcheck_text") or doc.text, starts,
                                                     [a + n for a, n in zip(starts, lengths)])
        return doc.user_data["claimcheck_layout"]


# spaCy's tokenizer looks for a suffix over the whole of a chunk with no space in it, once
# per suffix it splits off: a run of 10,000 commas takes seconds, twice as long takes four
# times that. No word or figure is that long, so such a run is tokenized with a space put in
# every RUN_STEP characters (a substitution: every offset still indexes the original text).
LONG_RUN = re.compile(r"\S{256,}")
RUN_STEP = 64


# A reference mark glued to a word or a full stop ("… für Inferenz aus.[1] Im ersten Quartal"): the
# tokenizer would keep "aus.[1" whole, and the sentence would run on into the next.
CITATION = re.compile(r"(?<=[^\W\d_]|[.,;:!?)\"”])\[\d{1,3}\]")


# A line break inside a sentence of hard-wrapped text ("revenue\nshare", "Inference\ncosts"): the tokenizer
# would keep it as a token of its own, and no phrase of two words matches across it. A line that goes on
# in lower case continues the line before; one that opens with a capital, a figure or a mark may be a
# heading, a list item or a time stamp, and keeps its break; so does a name in camel case ("eBay", "xAI",
# "iPhone"), which opens a sentence in lower case.
GOES_ON = "[a-zæøåäöüßéè](?![A-ZÆØÅÄÖÜ])"
WRAPPED = re.compile(rf"(?<=\S)\n(?={GOES_ON})")
LINE_END = re.compile(rf"\n(?!{GOES_ON})")  # a line break that is not a wrap


def tokenizable(text: str) -> str:
    """The text as spaCy's tokenizer gets it: the same length, long runs broken up, reference
    marks ("[1]") blanked, the line breaks of hard-wrapped sentences made spaces."""
    if "[" in text:
        text = CITATION.sub(lambda m: " " * len(m[0]), text)
    if "\n" in text:
        text = WRAPPED.sub(" ", text)
    if LONG_RUN.search(text) is None:
        return text
    return LONG_RUN.sub(_broken_run, text)


def _broken_run(match: re.Match) -> str:
    chars = list(match[0])
    chars[RUN_STEP - 1::RUN_STEP] = " " * len(chars[RUN_STEP - 1::RUN_STEP])
    return "".join(chars)


def _within(mentions: list["Mention"], starts: list[int], start: int, end: int) -> list["Mention"]:
    """The mentions (sorted by start) that start in [start, end)."""
    return mentions[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]


def _code_year_stop(text: str, start: int, end: int) -> bool:
    """"… fra H2 -24. MSFT tar …": a period code's two-digit year ending a sentence, not an ordinal."""
    token = text[start:end]
    if CODE_STOP.fullmatch(token):  # "-24.", "kv3.", "Q3.": a code, then a capital
        return True
    return TWO_DIGITS_STOP.fullmatch(token) is not None and text[max(0, start - 2):start].strip() in ("-", "–", "'", "’")


def make_docs(nlp: Language, texts: Iterable[str]) -> Iterator[Doc]:
    """Tokenized Docs that remember the text they were made from (`Doc.text` joins
    every token again each time it is read)."""
    for text in texts:
        doc = nlp.make_doc(tokenizable(text))
        doc.user_data["claimcheck_text"] = text
        yield doc


@Language.component("claimcheck_sentence_guard")
def sentence_guard(doc: Doc) -> Doc:
    """A sentence does not start with a lower-case word ('Publisert 12. november viser').
    Both cases follow a token that ends in a full stop, so only those are looked at."""
    layout = Layout.of(doc)
    text, starts, ends = layout.text, layout.starts, layout.ends
    dot = text.find(".")
    while dot >= 0:
        prev = bisect.bisect_right(starts, dot) - 1
        if ends[prev] == dot + 1 and prev + 1 < len(starts):
            # the first word after the full stop, past a line break the tokenizer kept as a token ("2024.\nIm")
            word = prev + 2 if text[starts[prev + 1]:ends[prev + 1]].isspace() and prev + 2 < len(starts) else prev + 1
            first = text[starts[word]]
            name = text[starts[word]:ends[word]] in lowercase_names()  # "xAI" may open a sentence
            if first.islower() and not name:
                doc[prev + 1].is_sent_start = False
            elif (first.isupper() or name) and (YEAR_STOP.match(text[starts[prev]:ends[prev]])
                                                or SIGN_STOP.fullmatch(text[starts[prev]:ends[prev]]) or _code_year_stop(
                    text, starts[prev], ends[prev])):
                doc[prev + 1].is_sent_start = True  # "im Jahr 2025. Laut ...": the tokenizer keeps "2025." whole
            elif _abbreviation_before(text, starts, ends, prev) in _abbreviations(doc.lang_):
                doc[prev + 1].is_sent_start = False  # "insg. 8,67 Mrd.", "Im ges. Jahr 2024": an abbreviation's stop
            elif first.isdigit() and _abbreviation_before(text, starts, ends, prev) in PERIOD_ABBREVIATIONS \
                    and YEAR_TOKEN.fullmatch(text[starts[word]:ends[word]]):
                doc[prev + 1].is_sent_start = False  # "I 1.–3. kv. 2025 betalte …": the year of the abbreviated quarter
            elif first == "(" and _abbreviation_before(text, starts, ends, prev) in COMPANY_ABBREVIATIONS:
                for at in range(prev + 1, min(word + 2, len(doc))):  # (the sentencizer opens after the bracket)
                    doc[at].is_sent_start = False  # "der Microsoft Corp. (Juli 2024 bis Juni 2025)"
            elif _item_number_before(text, dot):
                doc[prev + 1].is_sent_start = False  # "1. Q1 2025: $2.075B": a list item's number, not a sentence
            elif _scale_ends_sentence(doc, prev, text[starts[prev]:ends[prev]], text[starts[word]:ends[word]]):
                doc[prev + 1].is_sent_start = True  # "added up to $865.9m. Because …"
        dot = text.find(".", dot + 1)
    if "\n" in text:
        # "• Inference, Q3/25: …" opens a sentence of its own. Set through the array in one pass: each
        # Token.is_sent_start write scans the whole Doc, which a list of thousands of items makes quadratic.
        items = [i for m in BULLET.finditer(text)
                 if 0 < (i := bisect.bisect_left(starts, m.start(1))) < len(starts) and starts[i] == m.start(1)]
        items += [i for pattern in (HEADING_LINE, LIST_LEAD, FIGURE_LINE_END, TIME_LINE, ITEM_LINE, NUMBERED_LINE, EMOJI_CODE)
                  for m in pattern.finditer(text)
                  if 0 < (i := bisect.bisect_left(starts, m.end())) < len(starts) and starts[i] == m.end()]
        items += [i for at in _cue_starts(text, doc.lang_)
                  if 0 < (i := bisect.bisect_left(starts, at)) < len(starts) and starts[i] == at]
        if items:
            sent_starts = doc.to_array([SENT_START])
            sent_starts[items] = 1
            doc.from_array([SENT_START], sent_starts)
    return doc


def _cue_starts(text: str, lang: str) -> list[int]:
    """Where caption cues open sentences (at the stamp, which heads its cue), unless the cue goes on with the one before
    ("…saying open ai spent\n1:18\n12 billion on inference", "…twelve point seven billion dollars\n2:32\nin
    revenue"): a cue opening with a figure, a number word, a preposition or a relative word is the rest of it."""
    out = []
    for m in CUE_LINE.finditer(text):
        first = FIRST_WORD.match(text, m.end())
        if not (first and (first.group(0)[0].isdigit() or first.group(0)[0] in "$€£"
                           or first.group(0).lower() in _cue_goes_on(lang))):
            out.append(m.start())
    return out


@functools.lru_cache(maxsize=None)
def _cue_goes_on(lang: str) -> frozenset:
    try:
        data = get_lexicon(lang).data
    except Exception:
        return frozenset()
    return frozenset(w.lower() for words in (data.CUE_GOES_ON, data.NUMBER_UNITS, data.NUMBER_TEENS, data.NUMBER_TENS)
                     for w in words)


def _item_number_before(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` closes a list item's number opening its line ("\n2. Q2 2025: …")."""
    line = text.rfind("\n", 0, dot) + 1
    return dot - line <= 10 and ITEM_NUMBER.fullmatch(text, line, dot) is not None


@functools.lru_cache(maxsize=None)
def _abbreviations(lang: str) -> frozenset:
    """The language's abbreviations whose full stop ends no sentence (none for a language claimcheck has no words for)."""
    try:
        return frozenset(get_lexicon(lang).data.ABBREVIATIONS)
    except Exception:
        return frozenset()


def _abbreviation_before(text: str, starts: list, ends: list, at: int) -> str:
    """The token ending in the full stop at `at`, with the word the tokenizer split off before it ("kv" ".")."""
    if text[starts[at]:ends[at]] == "." and at > 0 and ends[at - 1] == starts[at]:
        return text[starts[at - 1]:ends[at]]
    return text[starts[at]:ends[at]]


def _scale_ends_sentence(doc: Doc, at: int, token: str, following: str) -> bool:
    """A scale word with its full stop after a number ("865.9m.", "865,9 mill.") ends a sentence
    when a capitalised word follows, in a language whose nouns are not capitalised ("mill. Fordi",
    not "Mio. Dollar") and unless that word is all capitals ("mill. USD")."""
    if not (following[:1].isupper() and following[1:].islower()) or at < 1:
        return False
    glued = GLUED_SCALE_STOP.fullmatch(token)  # "$4.33B. That's …": the tokenizer keeps "4.33B." whole
    try:
        lex = get_lexicon(doc.lang_)
    except Exception:  # a trained pipeline for a language claimcheck has no words for
        return False
    if lex.data.CAPITALISED_NOUNS:
        return False
    # (a currency word's full stop after an amount too: "tilsvarer det om lag 8,8 mrd. kr. For Microsofts …")
    if fold(token) in lex.currency_words and at >= 2 and (doc[at - 1].like_num or (
            doc[at - 2].like_num and fold(doc[at - 1].text.removesuffix(".")) in lex.scales)):
        return True
    if not (glued or doc[at - 1].like_num):
        return False
    scale = glued.group(1) if glued else token[:-1]
    return fold(scale) in lex.scales or (glued is not None and scale.lower() in lex.data.SHORT_SCALES)


# A list item: a line opening with a bullet and a space; in social media posts the bullet is a
# pictograph ("🔹 Q1 2024: $547M", "💰 OpenAI paid …").
BULLET_MARKS = "•▪‣◦·*–—-"
PICTOGRAPH = "(?:[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]\uFE0F?|[0-9#*]\uFE0F?\u20E3)"  # and keycaps, "1️⃣"
BULLET_MARK = rf"(?:[{BULLET_MARKS}]|{PICTOGRAPH})"
BULLET = re.compile(rf"\n[ \t]{{0,8}}({BULLET_MARK})[ \t]")
# A list's lead line right after another list's last item ("🔹 Q3 2025: $3.648B\nAnd what OpenAI paid
# Microsoft:\n🔹 …"): a sentence of its own, not the end of that item.
LIST_LEAD = re.compile(rf"\n[ \t]{{0,8}}{BULLET_MARK}[ \t][^\n]*\n[ \t]*(?=[^\n]{{1,120}}:[ \t]*\n)")


def prepare(nlp: Language) -> Language:
    """Add claimcheck's tokenizer rules, sentence splitting and company ruler."""
    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + EXTRA_INFIXES).finditer
    nlp.tokenizer.prefix_search = compile_prefix_regex(EXTRA_PREFIXES + list(nlp.Defaults.prefixes)).search
    has_sents = any(name in nlp.pipe_names for name in ("parser", "senter", "sentencizer"))
    if not has_sents:
        nlp.add_pipe("claimcheck_sentence_guard")
        nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler", name="claimcheck_entities",
                         config={"overwrite_ents": True, "phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(entity_patterns(nlp.make_doc))
    return nlp


class Annotator:
    """Turns a paragraph Doc into Sentences with company and metric mentions."""

    def __init__(self, nlp: Language, lex: Lexicon):
        self.lex = lex
        data = lex.data
        self.metric_words = {fold(k): v for k, v in data.METRIC_WORDS.items()}
        self.generic_share = {fold(w): metric for w, metric in data.GENERIC_SHARE_WORDS.items()}
        self.bound_words = {fold(k): v for k, v in data.BOUND_WORDS.items()}
        self.stems = sorted(self.metric_words, key=len, reverse=True)
        # Metric stems are found in the paragraph's text by one regex and the tokens they
        # fall in are the matches: a REGEX token pattern would run the regex once per token.
        # Where the language has no compounds a stem must open its token.
        self.stem_re = re.compile("|".join(re.escape(s) for s in self.stems))
        self.stem_opens_token = not data.COMPOUNDS
        self.not_metric = [fold(w) for w in data.METRIC_NOT]
        self.phrase_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        # Generic words are one-word phrases: the PhraseMatcher looks each token up once.
        self.phrase_matcher.add("GENERIC_COST", [nlp.make_doc(fold(w)) for w in sorted(data.GENERIC_COST_WORDS)])
        self.phrase_matcher.add("GENERIC_SHARE", [nlp.make_doc(w) for w in sorted(self.generic_share)])
        self.phrases = {fold(k): v for k, v in data.METRIC_PHRASES.items()}
        # Quantities outside the vocabulary (users, margin) stop a figure borrowing a metric nearby.
        self.phrases.update({fold(k): "" for k in data.OTHER_METRICS})
        self.phrases.update(company_metric_phrases())
        for phrase in self.phrases:
            self.phrase_matcher.add(phrase, [nlp.make_doc(phrase)])
        self.generic_ids = {nlp.vocab.strings[f"GENERIC_{kind.upper()}"]: kind for kind in ("cost", "share")}
        self.aliases = {a.lower(): company for company, e in gazetteer().items() for a in e["aliases"]}
        self._alias_list = list(self.aliases)
        self._fuzzy_seen: dict[str, Optional[str]] = {}

    def sentences(self, doc: Doc, offset: int, paragraph: int, first_index: int) -> list[Sentence]:
        out = []
        layout = Layout.of(doc)
        entities = sorted(self._entities(doc, layout), key=lambda m: m.start)
        metrics = sorted(self._metrics(doc, layout), key=lambda m: m.start)
        entity_starts, metric_starts = [m.start for m in entities], [m.start for m in metrics]
        for i, (s, e) in enumerate(sentence_spans(doc, layout)):
            out.append(Sentence(  # each sentence's mentions by bisection: a block may hold thousands of sentences
                index=first_index + i, paragraph=paragraph, start=s + offset, end=e + offset, text=layout.text[s:e],
                entities=[_shift(m, offset) for m in _within(entities, entity_starts, s, e)],
                metrics=[_shift(m, offset) for m in _within(metrics, metric_starts, s, e)],
            ))
        return out

    def _entities(self, doc: Doc, layout: Layout) -> list[Mention]:
        found = []
        taken: set[int] = set()
        for ent in doc.ents:
            taken.update(range(ent.start, ent.end))
            if ent.label_ not in ("ORG", "PERSON") or not ent.ent_id_:
                continue
            company, _, person = ent.ent_id_.partition("|")
            after = doc[ent.end].text if ent.end < len(doc) else ""
            if not person and after in gazetteer().get(company, {}).get("products", []):
                continue  # "Microsoft Azure" names a product, not the company acting
            found.append(Mention(ent.start_char, ent.end_char, company, ent.text, person=person or None))
        text = layout.text
        for i, (a, b) in enumerate(zip(layout.starts, layout.ends)):  # damaged spellings: 'Anitthropic'
            if b - a < 6 or i in taken or not text[a].isupper():
                continue
            company = self._damaged_name(text[a:b].lower())
            if company:
                found.append(Mention(a, b, company, text[a:b]))
        return sorted(found, key=lambda m: m.start)

    def _damaged_name(self, word: str) -> Optional[str]:
        """The company a misspelt word most likely names; remembered, since the same
        capitalised words come back in every article."""
        if word not in self._fuzzy_seen:
            if len(self._fuzzy_seen) > FUZZY_MEMORY:
                self._fuzzy_seen.clear()
            hit = process.extractOne(word, self._alias_list, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
            self._fuzzy_seen[word] = self.aliases[hit[0]] if hit else None
        return self._fuzzy_seen[word]

    def _stem_tokens(self, doc: Doc, layout: Layout) -> list[Span]:
        """One-token spans labelled METRIC for every token whose lower-cased text holds a stem."""
        text = layout.text.lower()
        if len(text) != len(layout.text):  # lower-casing changed the length: read token by token
            return [doc[t.i:t.i + 1] for t in doc if self.stem_re.search(t.lower_) and
                    (not self.stem_opens_token or self.stem_re.match(t.lower_))]
        spans, pos = [], 0
        while (hit := self.stem_re.search(text, pos)) is not None:
            i = bisect.bisect_right(layout.starts, hit.start()) - 1
            if i < 0 or hit.end() > layout.ends[i] or (self.stem_opens_token and hit.start() != layout.starts[i]):
                pos = hit.start() + 1  # not this token's stem: look again from the next character
                continue
            spans.append(doc[i:i + 1])
            pos = layout.ends[i]  # one match per token
        return spans

    def _metrics(self, doc: Doc, layout: Layout) -> list[Mention]:
        spans = self._stem_tokens(doc, layout)
        for span in spans:
            span.label_ = "METRIC"
        for match_id, start, end in self.phrase_matcher(doc):
            span = doc[start:end]
            span.label_ = self.generic_ids.get(match_id, "PHRASE")
            spans.append(span)
        out = []
        for span in filter_spans(spans):
            text = fold(span.text)
            if any(w in text for w in self.not_metric):
                continue
            bound = next((b for w, b in self.bound_words.items() if w in text), None)
            if span.label_ == "PHRASE":
                metric, generic = self.phrases[text], ""
            elif span.label_ in ("cost", "share"):
                metric, generic = self.generic_share.get(text) if span.label_ == "share" else None, span.label_
            else:
                stem = next(s for s in self.stems if s in text)
                metric, generic = self.metric_words[stem], ""
            out.append(Mention(span.start_char, span.end_char, metric or "", span.text, bound=bound, generic=generic))
        return out


def sentence_spans(doc: Doc, layout: Layout) -> list[tuple[int, int]]:
    """(start, end) characters of each sentence, as doc.sents gives them, from the
    sentence-start array instead of a walk over every token."""
    if not len(doc) or "sents" in doc.user_hooks:
        return [(sent.start_char, sent.end_char) for sent in doc.sents]
    starts, ends = layout.starts, layout.ends
    firsts = [0] + [int(i) for i in numpy.flatnonzero(doc.to_array(SENT_START)[1:] == 1) + 1]
    return [(starts[f], ends[n - 1]) for f, n in zip(firsts, firsts[1:] + [len(doc)])]


def _shift(m: Mention, offset: int) -> Mention:
    return Mention(m.start + offset, m.end + offset, m.label, m.text, m.person, m.bound, m.generic)
