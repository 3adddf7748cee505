"""Whose number, what it measures, for when: entity, metric and period for each
draft, read from its sentence first and carried from context when the sentence
does not say (shared/CONTRACT.md: period.how says which)."""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import re
from collections import Counter
from types import SimpleNamespace
from typing import Optional

from claims.annotate import BULLET_MARK, Mention, Sentence
from claims.extract import Draft, normalise_words, without_last_qualifier
from claims.lang import common
from claims.lexicon import Lexicon, fold
from claims.lexicon import get as get_lexicon
from claims.periods import STEP_BACK, STEPS, PeriodPhrase, PeriodResolver, fiscal_period, part_of_year, same_span, shift
from claims.annotate import (company_metric_phrases, gazetteer, known_names, paid_metrics, supplied_anywhere,
                             supplied_metrics)
from models import AMOUNT_OF, months, CARRIED_ARTICLE_COMPANY, LEANING_METRICS, LEANING_PERIODS, PARAGRAPH_PERIOD, PERCENT_OF, PUBLISHED_NO_YEAR, RATE_METRICS, SENTENCE_PERIOD, Basis, Claim, Period

YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# Analysts' period codes ("Q3", "H1", "FY25", "FQ1", "9M"): never a company's name.
# A period code ("Q3", "H2", "3Q", "9M", "FY24"): a capitalised word that is no company, and in a sentence a
# period the resolver may not read (with no year), so no period is carried over it
PERIOD_CODE = re.compile(r"(?<![^\W_])(?:(?:[QH][1-4]|[1-4][QH]|(?:[1-9]|1[01])M)\d{0,4}|F[YQ]\d*)(?![^\W_])")
BULLET_ITEM = re.compile(rf"\s{{0,8}}{BULLET_MARK}\s")
POSSESSIVE_GAP = re.compile(r"(?:['’]?s)?[\s‐‑-]{0,3}")
BARE_WORDS = 3  # a figure with at most this many words besides its period stands bare ("for 2024: $3.77bn")
ASIDE_BETWEEN_COMMAS = re.compile(r",[^,;:.()\d$€£]{2,80},")  # ", a specialised GPU cloud provider,"
# A currency pair right after a figure: "Bei 1,16 $/€ sind die Zahlungen …", "10.15 NOK/USD": an exchange rate
_CURRENCY = "|".join(re.escape(c) for c in sorted([*common.CURRENCY_SYMBOLS, *common.MORE_CURRENCY_SYMBOLS, *common.ISO_CODES],
                                                   key=len, reverse=True))
EXCHANGE_RATE_AFTER = re.compile(rf"[ \t]?/[ \t]?(?:{_CURRENCY})(?![^\W\d_]|[ \t]?\d)")  # (not "$411m/$3.65bn")
# A list's item opening a line: "1. Q1 2025: …", "2) …", "• …", "- …"
LIST_ITEM_OPENING = re.compile(r"\s{0,8}(?:\d{1,2}[.)]|[•▪◦‣*–-])[ \t]")
# An aside right after a metric word, its subject: "Inference alone, only one component of cost of revenue, amounted to …"
SUBJECT_ASIDE = re.compile(r"(?:\s++[^\W\d_]++){0,2}+(,[^,;:.()\d$€£]{2,80},)")  # (matched at a metric word's end only)
HARD_BREAK = re.compile(r"[;:–—]")  # marks that end a clause whatever words follow
DIGIT = re.compile(r"\d")
POSSESSED_FIGURE = re.compile(r"['’]s[ \t]+(?=[$€£]?\d)")  # "Q2's $2.947B": a period's own figure right after it
DIGIT_AFTER = "<digit>"  # in a language's DEMONSTRATIVE_BREAKS: not a break before a figure or a year
FIGURE_NEXT = re.compile(r"(?<![ \t])[ \t]*+[$€£]?\d")  # a figure right after a period phrase
GLOSS_GAP_WORDS = 4  # "inferens, altså regnekraften": a gloss comes right after what it explains
MULTIPLE_GAP_WORDS = 5  # "15x its revenue-share", "7,6-mal so viel wie die Zahlungen an": a multiple's words up to its basis
QUOTE_MARK = re.compile(r"[\"“”„«»]")
POSSESSIVE_START = re.compile(r"['’]?s\s")  # a gap opening with a possessive: "OpenAI's cloud partner", "OpenAIs Partner"
# How far back (sentences) the owner of a metric word is looked for.
OWNER_LOOKBACK = 40
COUNTERFACTUAL_REACH = 12  # words from the sentence's start within which a counterfactual verb follows its condition
# A label opening a sentence ("Erstes Gedankenspiel: Hätte …"): a few words and a colon.
LABEL_OPENING = re.compile(r"\A[^:.!?\d]{1,40}:\s")
CAPITALISED = re.compile(r"(?<![\w'’-])[A-ZÆØÅÄÖÜ][\w&’'-]*")
# Who speaks, opening a line of a transcript or interview: "[00:01:35] MARCUS OYELARAN:", "Q:".
SPEAKER_LABEL = re.compile(r"^\s{0,3}(?:\[[\d:.]{1,12}\]\s{0,3})?[^\W\d_]{1,30}(?:(?:\.\s?|[ '’-])[^\W\d_]{1,30}){0,4}"
                           r"(?: \([^()\n]{1,40}\))?:\s")  # "[00:00:21] DEV RAMASWAMY (guest): ", "Abg. Sina Okafor (GRÜNE): "
# A turn of a transcript, not a heading with a colon ("Die Erlöse: nur eine Untergrenze"): a timestamp,
# or a name in capitals ("MAYA:", "DEV RAMASWAMY (guest):").
TURN_LABEL = re.compile(r"^\s{0,3}(?:\[[\d:.]{1,12}\]\s{0,3}[^\n:]{1,40}|[A-ZÆØÅÄÖÜ][A-ZÆØÅÄÖÜ .'’-]{1,40}"
                        r"(?: \([^()\n]{1,20}\))?):\s")
# A chat export's message header on a line of its own: "maya.k  9:02 AM", "↳ dgreen  9:09 AM  (reply in thread)",
# "Ingrid  kl. 08:31"
CHAT_HEADER = re.compile(r"^\s{0,8}(?:↳\s{0,3})?@?[\w.-]{2,30}[ \t]{1,4}(?:(?i:kl|um)\.?[ \t]?)?\d{1,2}[:.]\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[^\n]{0,40}\n")
# A line of two to four capitalised words and nothing else: a person's name over what they wrote ("Ole-Martin Hagen")
NAME_LINE = re.compile(r"(?m)^[ \t]*(?:[A-ZÆØÅÄÖÜ][^\W\d_]+(?:-[A-ZÆØÅÄÖÜ][^\W\d_]+)?[ \t]+){1,3}[A-ZÆØÅÄÖÜ][^\W\d_]+[ \t]*$")
AT_MENTION = re.compile(r"@[A-ZÆØÅÄÖÜ][\w-]*+(?:[ \t][A-ZÆØÅÄÖÜ][\w-]*+){0,2}")  # "@Tore Lykke nei.": a person addressed
LETTER = re.compile(r"[^\W\d_]")
PERIOD_POSSESSIVE = {"'s", "’s"}  # "NEARLY 4X 1H 2024'S $1.295B": the period is the figure's after it
LIST_MARK = re.compile(r"(?<!\s)\s*+\(?[A-Za-z0-9]{1,3}[.)]\s*+")  # "a) ", "(ii) ", "3. ": an item's mark
# A term a filing defines for a thing: '(the "Documents")', '(die „Unterlagen“)'. Its capital is no organisation.
DEFINED_TERM = re.compile(r"\((?P<det>[^\W\d_]+)\s+[\"“„«‘'](?P<term>[A-ZÆØÅÄÖÜ][\w-]*)[\"”“»’']\)")
ACRONYM = re.compile(r"^[A-ZÆØÅÄÖÜ][A-ZÆØÅÄÖÜ0-9&]{1,4}$")  # at most five: tickers, not a tabloid's "GANZEN"
COST_METRICS = ("inference_cost", "cost_of_revenue", "compute_spend", "training_cost", "capex")
# What a generic word ("costs", "andelen") may mean: the nearest such metric named around it.
GENERIC_MEANINGS = {"cost": COST_METRICS, "share": ("revenue_share", "revenue_share_rate", "equity_stake")}
RECEIVED_METRICS = ("revenue", "annualized_revenue")
# The reading of an answer's part that its question names ("Q: How much did OpenAI spend on inference in 2024?
# A: $4.77 billion."): as good as stated, so not leaning on context (rules.engine).
ASKED = "asked: the question it answers"
NO_DATE = "(no date to resolve it against)"  # a period relative to the date ("årets", "this year") in an undated text
ANSWER_LEAD = 3  # words an answer may put before the figure it gives ("A: about $3.8 billion", "Den Presseberichten zufolge 3,77 Mrd.")
NUMBERED_QUESTION = re.compile(r"\s{0,3}(?:\d{1,2}[.)]|[^\W\d_]{1,12}\s\d{1,2}[.:)])\s")  # "1. Wie hoch …?", "Frage 2: …?"
FAR_WORDS = 6  # a period phrase this many words after a figure, past another metric word, is not its own
# What may stand between a company and its fiscal year: "Microsoft's fiscal 2025", "von Microsoft".
POSSESSIVE_GAPS = ("'s ", "’s ", "s ", " ", "' ", "’ ")
OWNER_WORDS = ("of", "von", "til", "av")
TOPIC_SENTENCES = 3  # how far back a generic cost word looks for the cost it means
OTHER_CLAUSE = 1000
GENERIC_PENALTY = 60  # "spent $3.6 billion on inference": the specific word wins over the generic one  # a metric word in another clause counts as this many characters further away


def clause_spans(text: str, lex: Lexicon) -> tuple[tuple[int, int], ...]:
    """Clause boundaries: the language's conjunctions plus comma, colon and semicolon; not the "og"
    inside a number written in words ("fire hundre og elleve millioner dollar til Microsoft")."""
    demonstratives = tuple((b, tuple(after)) for b, after in lex.data.DEMONSTRATIVE_BREAKS.items())
    return _clause_spans(text, _clause_breaks(tuple(lex.data.CLAUSE_BREAKS), demonstratives, _pronoun_breaks(lex)),
                         _and_in_numbers(lex.code))


def _pronoun_breaks(lex: Lexicon) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((b, tuple(before)) for b, before in lex.data.PRONOUN_BREAKS.items())


@functools.lru_cache(maxsize=None)
def _and_in_numbers(code: str) -> re.Pattern:
    """"hundre og elleve", "hundred and eleven": the language's "and" after a hundred, before a number
    word ("én og ni analytikere" is two numbers)."""
    data = get_lexicon(code).data
    words = sorted({fold(w) for table in (data.NUMBER_UNITS, data.NUMBER_TEENS, data.NUMBER_TENS, data.NUMBER_HUNDREDS)
                    for w in table}, key=len, reverse=True)
    number = "|".join(re.escape(w) for w in words)
    hundreds = "|".join(re.escape(fold(w)) for w in sorted(data.NUMBER_HUNDREDS, key=len, reverse=True))
    ands = "|".join(re.escape(fold(w)) for w in data.NUMBER_AND)
    return re.compile(rf"(?<!\w)(?:{hundreds}) (?:{ands}) (?=(?:{number})(?!\w))", re.IGNORECASE)


def _breaks(breaks, pronouns: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> str:
    """Break words as one regex, longest first. A comma glued to the next word counts as ", "
    ("8,7 mrd. dollar ,mens andelen": machine translation); a comma before a digit is a
    decimal comma, not a break; a break word after a preposition is a pronoun ("$411 million of
    that was …"), no break. (One space each, not runs: a run would make a page of spaces quadratic.)"""
    glued = r",(?:\s|(?=[^\W\d_]))"
    after = dict(pronouns)
    return "|".join("".join(rf"(?<!\b{re.escape(w)})" for w in after.get(b, ()))
                    + (glued + re.escape(b[2:]) if b.startswith(", ") else re.escape(b))
                    for b in sorted(set(breaks), key=lambda b: (-len(b), b)))


@functools.lru_cache(maxsize=None)
def _clause_breaks(words: tuple[str, ...], demonstratives: tuple[tuple[str, tuple[str, ...]], ...] = (),
                   pronouns: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> str:
    # "411 mill. til Microsoft = en omsetning på"; " | " parts the cells of a graphic written on one line
    # (" |\n": the end of a box's row, "| … +263 % |\n| Inntektsdeling …")
    # A break that is a demonstrative before a time word is none: "… which would put OpenAI's revenue that year at
    # no less than $2.47 billion" ("that year" points at a period, it does not open a clause).
    # (an entry "<digit>" in the list: a figure or a year after it, "since 2024", is no clause either)
    pointing = [f"{re.escape(b)}(?!(?:{'|'.join(re.escape(w) for w in after if w != DIGIT_AFTER)})\\b"
                + ("|\\d" if DIGIT_AFTER in after else "") + ")" for b, after in demonstratives]
    plain = _breaks([w for w in words if w not in dict(demonstratives)] + [", ", ": ", "; ", " – ", " — ", " = ", " | ", " |\n"],
                    pronouns)
    return "|".join(pointing + [plain])


@functools.lru_cache(maxsize=None)
def _phrase_breaks(words: tuple[str, ...], pronouns: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> re.Pattern:
    """What parts a period phrase from the figure before it: the language's conjunctions and a
    comma, glued or not (dashes are asides here, see `parentheticals`)."""
    return re.compile(_breaks([b for b in words if b.strip()] + [", ", " | "], pronouns), re.IGNORECASE)


# Cached because every figure of a sentence asks again, and one sentence may hold
# thousands of figures: recomputing would make a long sentence quadratic.
@functools.lru_cache(maxsize=64)
def _clause_spans(text: str, pattern: str, inside_numbers: re.Pattern) -> tuple[tuple[int, int], ...]:
    within = [m.span() for m in inside_numbers.finditer(text)]
    cuts = [0] + [m.end() for m in re.finditer(pattern, text, re.IGNORECASE)
                  if not any(a < m.end() <= b for a, b in within)] + [len(text)]
    return tuple(zip(cuts, cuts[1:]))


@functools.lru_cache(maxsize=64)
def parentheticals(text: str) -> tuple[tuple[int, int], ...]:
    """Asides between paired dashes or brackets ('die Inferenzkosten – also die ... Rechenkosten –')."""
    spans = [m.span() for m in re.finditer(r"\([^()]*\)", text)]
    # (spaced dashes, or em dashes set close as English does: "on inference—that is, the computing needed—in 2024")
    spans += [m.span() for m in re.finditer(r"(?:\s[–—]\s|(?<=\w)—)[^–—]{1,200}?(?:\s[–—]\s|—(?=\w))", text)]
    return tuple(spans)


def without_asides(text: str) -> str:
    """The text with its asides (`parentheticals`) blanked out."""
    for a, b in parentheticals(text):
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _owns_fiscal_phrase(sentence: Sentence, e: Mention, p: PeriodPhrase) -> bool:
    """Whether the company is the one whose fiscal year the phrase names: inside it, or right before it
    ("Microsoft's fiscal 2025")."""
    return p.start <= e.start < p.end or sentence.text[e.end - sentence.start:p.start - sentence.start] in POSSESSIVE_GAPS


def _block_heading(sentence: Sentence) -> bool:
    """A heading over a block of figures: a short line in capitals, with no figure ("ZAHLUNGEN AN MICROSOFT")."""
    text = sentence.text.strip()
    head = text.split("(")[0]
    return 0 < len(text) <= 80 and "\n" not in text and not DIGIT.search(text) and head.upper() == head \
        and LETTER.search(head) is not None


def _inside(pos: int, spans) -> Optional[tuple[int, int]]:
    return next((s for s in spans if s[0] <= pos < s[1]), None)




def _without_attribution(text: str) -> str:
    """A question without the quote marks and the asker after it: '"Did OpenAI …?" (Priya, Leeds)'."""
    text = text.rstrip()
    if text.endswith(")"):
        opened = text.rfind("(", max(0, len(text) - 62))
        if opened >= 0:
            text = text[:opened].rstrip()
    return text.rstrip("\"“”»«„' ")


def _twelve_months(period: Period) -> bool:
    """A year's span, calendar or fiscal (July 2024 - June 2025)."""
    return period.months() == 12 and period.start.day == 1


def _whole_year(period: Period) -> bool:
    return (period.start.month, period.start.day, period.end.month, period.end.day) == (1, 1, 12, 31) \
        and period.start.year == period.end.year


def _possessive(e: Mention) -> bool:
    """"OpenAI's", "OpenAIs", "Microsofts": the name written as a possessive."""
    return e.text.endswith(("'s", "’s")) or (e.text.endswith("s") and not e.label.endswith("s"))


def ends_with_word(normalised: str, words, articles: tuple[str, ...] = ()) -> bool:
    """Whether text made by normalise_words ends with one of the words, or with one of them and
    then an article ("than in the", "gegenüber dem")."""
    return any(normalised.endswith(f" {w} ") or any(normalised.endswith(f" {w} {a} ") for a in articles)
               for w in words)

def starts_with_word(normalised: str, words) -> bool:
    return any(normalised.startswith(f" {w} ") for w in words)


@functools.lru_cache(maxsize=None)
def reader_words(code: str) -> SimpleNamespace:
    """The word lists an ArticleReader uses, folded once per language, not once per article."""
    lex = get_lexicon(code)
    words = SimpleNamespace()
    words.period_anaphora = [f" {fold(w)} " for w in lex.data.PERIOD_ANAPHORA]
    words.entity_anaphora = [fold(w) for w in lex.data.ENTITY_ANAPHORA]
    words.entity_anaphor_re = re.compile(r"(?<!\w)(?:" + "|".join(
        r"\s+".join(re.escape(part) for part in w.split()) for w in lex.data.ENTITY_ANAPHORA) + r")(?!\w)", re.IGNORECASE)
    words.metric_back_reference = re.compile("|".join(lex.data.METRIC_BACK_REFERENCE), re.IGNORECASE)
    words.relative_words = {fold(w) for w in lex.data.RELATIVE_WORDS}
    words.time_clause_words = {fold(w) for w in lex.data.TIME_CLAUSE_WORDS}
    words.copulas = [fold(w) for w in lex.data.COPULAS]
    words.head_links = {"", *(fold(w) for w in lex.data.OF_WORDS), *(fold(w) for w in lex.data.HEAD_LINKS)}
    words.basis_words = [fold(w) for w in lex.data.BASIS_WORDS]
    words.from_level = [fold(w) for w in lex.data.FROM_LEVEL]
    words.stretch_comparisons = [fold(w) for w in lex.data.STRETCH_COMPARISONS]
    words.payment_nouns = [fold(w) for w in lex.data.PAYMENT_NOUNS + lex.data.RECEIPT_VERBS]
    words.group_revenue = [fold(w) for w in lex.data.GROUP_REVENUE_WORDS]
    words.span_from = [fold(w) for w in lex.data.SPAN_FROM]
    words.span_to = {fold(w) for w in lex.data.SPAN_TO}
    words.stretch_end = [fold(w) for w in lex.data.STRETCH_END_WORDS] + [fold(w) for w in lex.data.CHANGE_VERBS]
    # "fra Q2 til Q3", "fra andre til tredje kvartal", "from the second to the third quarter": two quarters
    # with no year of their own, the ends of a change
    ordinals = "|".join(re.escape(w) for w in sorted(lex.data.ORDINAL_WORDS, key=len, reverse=True))
    quarter = "|".join(re.escape(w) for w in lex.data.QUARTER_NOUNS)
    article = "|".join(re.escape(w) for w in lex.data.ARTICLES) or "(?!)"
    one = lambda n: rf"(?:(?:{article})\s+)?(?:Q(?P<q{n}>[1-4])|(?P<o{n}>{ordinals})(?=[\s.]))"
    words.quarter_stretch = re.compile(
        rf"(?<![^\W\d_])(?:{'|'.join(re.escape(w) for w in lex.data.SPAN_FROM)})\s+{one(1)}(?:\s+(?:{quarter}))?\s+"
        rf"(?:{'|'.join(re.escape(w) for w in lex.data.SPAN_TO)})\s+{one(2)}", re.IGNORECASE)
    words.purpose_words = [fold(w) for w in lex.data.PURPOSE_BEFORE]
    words.purpose_pronouns = [fold(w) for w in lex.data.PURPOSE_PRONOUNS]
    words.conversion_words = [normalise_words(w).strip() for w in lex.data.CONVERSION_WORDS]
    words.spent_on = {fold(w) for w in lex.data.SPENT_ON}
    words.ratio_of_words = {fold(w) for w in lex.data.RATIO_OF}
    words.coordinators = {fold(w) for w in lex.data.COORDINATORS}
    list_and = "|".join(re.escape(w) for w in lex.data.LIST_AND)
    words.list_gap = re.compile(rf"(?<!\s)\s*+(?:,|,?\s*+(?:{list_and}))\s*+\Z", re.IGNORECASE)  # between two items of a list
    # ... of a list of metrics, around head nouns and owners the metric words leave out ("inference costs and
    # revenue-share", "die Inferenzkosten und die Zahlungen von OpenAI an Microsoft")
    word = r"[^\W\d][\w'’-]*+"
    words.metric_list_gap = re.compile(rf"(?<!\s)(?:\s++{word}){{0,2}}\s*+(?:,|,?\s*+(?:{list_and}))(?:\s++{word}){{0,4}}\s*+\Z",
                                       re.IGNORECASE)
    words.other_payments = [fold(w) for w in lex.data.OTHER_PAYMENTS]
    words.payee_markers = tuple(fold(w) + " " for w in lex.data.PAYEE_MARKERS)
    words.payee_markers_bare = [fold(w) for w in lex.data.PAYEE_MARKERS if " " not in w]
    words.company_phrases = frozenset(company_metric_phrases())
    words.paid_anywhere = frozenset(company_metric_phrases().values())  # the metrics one company pays another
    # A year, a month or a period word ("Tredje kvartal alene") the resolver did not read.
    names = sorted(set(lex.data.PERIOD_WORDS) | set(lex.data.MONTHS), key=len, reverse=True)
    words.period_word_re = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|(?<![\w])(?:"
                                     + "|".join(re.escape(w) for w in names) + r")(?![\w])", re.IGNORECASE)
    words.agent_words = [fold(w) for w in lex.data.AGENT_WORDS]
    words.future_words = [fold(w) for w in lex.data.FUTURE_WORDS]
    words.conditional_openers = {fold(w) for w in lex.data.CONDITIONAL_OPENERS}
    words.negations = [fold(w) for w in lex.data.NEGATIONS]
    words.counterfactual_verbs = [fold(w) for w in lex.data.COUNTERFACTUAL_VERBS]
    words.condition_markers = [fold(w) for w in lex.data.CONDITION_MARKERS]
    words.total_words = [fold(w) for w in lex.data.TOTAL_WORDS]
    words.annual_words = [fold(w) for w in lex.data.ANNUAL_WORDS]
    words.now_words = [fold(w) for w in lex.data.NOW_WORDS]
    words.only_words = {fold(w) for w in lex.data.ONLY_WORDS}
    words.gloss_words = [normalise_words(w).strip() for w in lex.data.GLOSS_WORDS]
    words.caution_words = {key: [fold(w) for w in getattr(lex.data, name)] for key, name in (
        ("change", "CHANGE_BEFORE"), ("per", "PER_TIME_AFTER"), ("hypothetical", "HYPOTHETICAL"),
        ("segment", "SEGMENT_WORDS"), ("combined", "COMBINED_WORDS"), ("earlier_before", "EARLIER_BEFORE"),
        ("earlier_after", "EARLIER_AFTER"), ("pay", "PAY_VERBS"), ("supplier", "SUPPLIER_BEFORE"),
        ("per_unit", "PER_UNIT"), ("scenario", "SCENARIO_WORDS"), ("not_total", "NOT_A_TOTAL"),
        ("other_company", "OTHER_COMPANY_NOUNS"), ("rounding", "ROUNDING_BEFORE"), ("other_cost", "OTHER_COSTS"),
        ("keep", "KEEP_WORDS"), ("per_quarter", "PER_QUARTER"), ("difference", "DIFFERENCE_AFTER"),
        ("than", "DIFFERENCE_THAN"), ("exceed", "EXCEED_VERBS"), ("by", "CHANGE_BY"), ("negation", "NEGATIONS"),
        ("correction", "CORRECTION_AFTER"), ("not_only", "NOT_ONLY"))}
    words.growth_basis = [fold(w) for w in lex.data.GROWTH_BASIS_BEFORE]
    words.compared_links = [fold(w) for w in lex.data.COMPARED_LINKS]
    # "OpenAI's largest supplier, CoreWeave,": a possessive, a few words with no preposition, a comma
    prepositions = "|".join(re.escape(w) for w in lex.data.APPOSITION_BREAKS)
    words.anaphor_units = sorted(((fold(k), v) for k, v in lex.data.ANAPHOR_UNITS.items()), key=lambda kv: -len(kv[0]))
    words.level_after_change = [fold(w) for w in lex.data.LEVEL_AFTER_CHANGE]
    words.period_prepositions = [fold(w) for w in lex.data.PERIOD_PREPOSITIONS]
    verbs = "|".join(re.escape(fold(v)) for v in lex.data.PAY_VERBS)
    pronouns = "|".join(re.escape(fold(p)) for p in lex.data.PAYEE_PRONOUNS)
    # "paid it", and verb-second "betalte OpenAI selskapet": one word (the payer) may come between
    words.paid_pronoun = re.compile(rf" (?:{verbs})(?: [^ ]+)? (?:{pronouns}) $")
    words.qualifier_words = {fold(w) for w in lex.data.QUALIFIERS if " " not in w}
    words.articles = tuple(fold(w) for w in lex.data.ARTICLES)
    words.of_or_article = {fold(w) for w in lex.data.OF_WORDS} | set(words.articles)
    words.same_span = [fold(w) for w in lex.data.SAME_SPAN_WORDS]
    words.role_nouns = tuple(fold(w) for w in lex.data.ROLE_NOUNS)
    words.contrasts = [fold(w) for w in lex.data.CONTRAST_WORDS]
    words.spend_verbs = [fold(w) for w in lex.data.SPEND_VERBS]
    words.object_relatives = [fold(w) for w in lex.data.OBJECT_RELATIVES]
    # "… per cent of it", "… prosent av det", "… Prozent davon": at most two words between
    of_it = "|".join(re.escape(fold(w)) for w in lex.data.PERCENT_OF_IT)
    words.of_it = re.compile(rf" (?:[^ ]+ ){{0,2}}(?:{of_it}) ")
    # ... or before it: "hiervon entfielen rund 74 % auf …", "of which 20% came from …" (at most three words between)
    words.of_it_before = re.compile(rf" (?:{of_it})(?: [^ ]+){{0,3}} $")
    of_words = "|".join(re.escape(fold(w)) for w in lex.data.OF_WORDS)
    words.of_after = re.compile(rf"\A\s*(?:\S+\s+){{0,2}}?(?:{of_words})\b", re.IGNORECASE)
    # "Microsoft receives 20% of OpenAI's revenue": the metric word is the rate's base, the rate's own
    percents = "|".join(re.escape(w) for w in sorted(common.PERCENT_SIGNS + list(lex.data.PERCENT_WORDS), key=len, reverse=True))
    words.rate_base_after = re.compile(rf"(?<!\s)\s++(?:{of_words})\s++(?:\S++\s++){{0,2}}\S*+\Z", re.IGNORECASE)
    words.rate_base = re.compile(rf"(?:{percents})\s+(?:{of_words})\s+(?:\S+\s+){{0,2}}\S*\Z", re.IGNORECASE)
    words.apposition_gap = re.compile(rf"(?:['’]?s)?\s(?:(?!\b(?:{prepositions})\b)[^,.;:()]){{2,40}},?\s", re.IGNORECASE)
    words.basis_relative = {normalise_words(k).strip(): v for k, v in lex.data.BASIS_RELATIVE.items()}
    words.not_orgs = {w.lower() for w in lex.data.NOT_ORGANISATIONS} | {m.lower() for m in lex.data.MONTHS} \
        | {code.lower() for code in lex.currency_words.values()}  # "7,4 Mrd. EUR": a currency, not a company
    return words

# Periods of several quarters or months that a text names as one span (a total over it, unless compared over)
RANGE_SHAPES = ("quarter_range", "quarter_pair", "month_year_range", "month_range")

class ArticleReader:
    """Reads the drafts of one article in order, carrying context forward."""

    def __init__(self, lex: Lexicon, sentences: list[Sentence], published: Optional[dt.date] = None,
                 also_named: tuple[str, ...] = (), dateline: tuple[int, int] = (0, 0), text: str = "",
                 table_metrics: tuple[tuple[int, str], ...] = ()):
        self.lex = lex
        self.text = text  # the article, to see where a line ends
        self.periods = PeriodResolver(lex, published, dateline)
        self.sentences = sentences  # sentences[i].index == i
        self._first_of_paragraph = {s.paragraph: s for s in reversed(sentences)}
        self._named = [e.label for s in sentences for e in s.entities] + list(also_named)
        self.table_metrics = table_metrics  # (where a table ends, a metric its columns give)
        # the language's word lists, folded once (reader_words): self.period_anaphora, self.caution_words, …
        self.__dict__.update(vars(reader_words(lex.code)))
        self.dominant = article_company(sentences, also_named, self._is_payee)
        self.defined_terms = {m.group("term").lower() for m in DEFINED_TERM.finditer(text)
                              if fold(m.group("det")) in self.articles}
        self._paragraph = -1
        self._para_period = None
        self._para_entity: Optional[str] = None
        self._para_last: dict[str, Draft] = {}
        self._last_claim_sentence: Optional[list[Draft]] = None
        self._sentence_drafts: list[Draft] = []  # the figures of the sentence being read
        self._owner_cache: dict[int, dict[str, dict[str, Mention]]] = {}  # sentence index -> `_owners_named`
        self._phrase_cache: dict[int, list[PeriodPhrase]] = {}  # sentence start -> its period phrases
        self._named_since: Optional[Period] = None  # the one period a sentence with no figures named since the last figures
        self._turn_last: dict[str, Draft] = {}  # the last figures of the previous speaker's turn
        self._prev_sentence: Optional[Sentence] = None
        self._question: Optional[tuple[str, str]] = None  # (metric, word) a paragraph's closing question named
        self._heading: Optional[tuple[str, str]] = None  # ... or a question heading this paragraph
        self._para_paid: Optional[Draft] = None  # the paragraph's last figure of a payment (revenue share, a bill)
        self._article_paid: Optional[Draft] = None  # ... and the article's
        self._stated_periods: list[Period] = []  # the periods figures were stated for, in order
        self._converted: dict[int, Draft] = {}  # id of an amount in another currency -> the amount it restates
        self._para_heading: Optional[PeriodPhrase] = None  # a period alone on the paragraph's first line
        self._asked_here: Optional[Sentence] = None  # the question the sentence being read answers ("Q2. …?\nA: $3.77bn")
        self._metric_owners: dict[str, str] = {}  # metric -> the company last named for it in the figure's clause
        self._stated_owners: Counter = Counter()  # company -> figures its own clause gave it (not as the payee)
        self._current_drafts: list[Draft] = []  # the figures of the sentence being read
        self._last_dated: Optional[Draft] = None  # the article's last figure with a period named or dated
        self._periods_added: set[int] = set()  # starts of sentences whose periods a "combined" adds up (`_added_up`)
        # (paragraph, phrase) -> the period a phrase with no year was read as, and the sentence it was read in
        self._noyear_read: dict[tuple[int, str], tuple[Period, int]] = {}
        self._purposes: set[int] = set()  # metric words a payment's purpose clause names (`_purpose_clause_after`)
        self._scenario_paragraph = -1  # the paragraph of the scenario list's last item
        self._scenario_list = False  # the sentence is in a list whose lead names scenarios ("Scenarios for fiscal 2026:")

    # -- one sentence ------------------------------------------------------------
    def read(self, sentence: Sentence, drafts: list[Draft]) -> None:
        if sentence.paragraph != self._paragraph:
            self._question = self._asked(self._prev_sentence)
            # a conversation's turns ("[00:00:52] DEV: The second quarter was $2.95bn") keep its topic
            self._turn_last = ({k: d for k, d in self._para_last.items() if d.metric} or self._turn_last) \
                if self._turns(self._prev_sentence, sentence) else {}  # (a turn with no figures passes it on)
            # a list after a lead ending in a colon ("… the documents show $8.67 billion of inference:\n\n1. Q1 2025:
            # $2.075B") goes on with the lead's figures, a blank line between or not
            led = self._prev_sentence is not None and self._prev_sentence.text.rstrip().endswith(":") \
                and LIST_ITEM_OPENING.match(sentence.text) is not None
            self._paragraph, self._para_period = sentence.paragraph, None
            self._para_last = {k: d for k, d in self._para_last.items() if d.metric} if led else {}
            self._para_heading = None
            self._para_paid = None
            self._para_entity = None
            self._prev_sentence = None
            self._named_since = None
            if not BULLET_ITEM.match(sentence.text):  # a list's items, one per line, keep the list's lead
                self._heading = None
        self._scenario_list = self._in_scenario_list(sentence)
        if not drafts and (not self._para_last or self._after_list_item()) and self._is_heading_question(sentence):
            self._heading = self._named_metric(sentence)
            self._para_last = {}  # a new list's lead, right after another list's items: a topic of its own
        if not drafts and DIGIT.search(sentence.text):  # a period worth noting has a year (and costs a scan)
            self._periods_named_without_figures(sentence)
        if drafts:
            self._current_drafts = drafts
            self._asked_here = self._question_right_before(sentence)
            if self._asked_here is not None:
                self._question = self._asked(self._asked_here)
            for n, d in enumerate(drafts):
                self._metric(sentence, d, drafts[:n])
                self._entity(sentence, d)
                if not self._per_unit_after(sentence, d):  # (a rate "1,16 Dollar je Euro" is no figure to go on from)
                    self._para_last[d.kind] = d
                if d.metric in self.paid_anywhere:  # a payment to a company (the revenue share), not a bill
                    self._para_paid = self._article_paid = d
            self._periods(sentence, drafts)
            self._converted_periods(drafts)
            self._stated_periods += [d.period for d in drafts if d.period and d.period.how in ("stated", "published")]
            self._periods_in_turn(sentence, drafts)
            self._from_to_levels(sentence, drafts)
            self._change_to_level(sentence, drafts)
            self._relative_bases(sentence, drafts)
            self._year_named_after(sentence, drafts)
            self._sentence_drafts = drafts
            for d in drafts:
                self._caution(sentence, d)
            self._last_claim_sentence = drafts
            self._named_since = None
            self._last_dated = next((e for e in reversed(drafts) if e.period is not None and e.period.how != "context"
                                     and e.metric not in RATE_METRICS), self._last_dated)
        self._prev_sentence = sentence

    # -- periods -------------------------------------------------------------------
    def _periods(self, sentence: Sentence, drafts: list[Draft]) -> None:
        self._now_figures: set[int] = set()  # figures said to be so now, past the sentence's period
        found = self._phrases(sentence)
        phrases = [p for p in found if p.shape != "dated"]  # "documents dated November 2025": no figure's
        phrases, stretches = self._stretches(sentence, drafts, phrases)
        quarters = self._quarter_stretch(sentence, drafts)
        bases = [p for p in phrases if p not in stretches and (self._is_basis(sentence, p.start)
                 or self._ratio_of(sentence, drafts, p) or self._growth_on(sentence, drafts, p))]
        phrases = self._years_for_parts([self._year_of_same_span(sentence, p, drafts) for p in phrases
                                         if p not in bases], drafts)
        self._set_bases(sentence, drafts, bases)
        own = self._assign_phrases(sentence, drafts, phrases)
        self._owned_bases(sentence, drafts, bases, own)
        self._compared_figures(drafts, bases, phrases, own)
        scope = next((p for p in phrases if not any(d.end <= p.start for d in drafts)), None)
        anaphor = self._has_period_anaphor(sentence)
        carried, carried_entity = self._para_period, self._para_entity  # from earlier sentences only
        unparsed_year = any(not any(p.start <= m.start() + sentence.start < p.end for p in found)
                            for pattern in (self.period_word_re, PERIOD_CODE) for m in pattern.finditer(sentence.text))
        antecedent = self._antecedent_periods(len(drafts)) if anaphor else []
        for n, d in enumerate(drafts):
            phrase = own.get(id(d))
            grown = self._grown(d, drafts[:n])
            # (a step after a change or a multiple is its basis: "3.7 times what it got a year earlier")
            # (but a step forward before it is when it was reached: "…; a year later it was nearly four times that")
            forward = phrase is not None and phrase.shape.startswith("step_fwd") and phrase.end <= d.start
            if grown is not None and (phrase is None or phrase is scope or (phrase.shape in STEPS and not forward)) \
                    and grown.period is not None:
                d.period = grown.period.with_how("context")
                d.reading["period"] = f"context: the period of the figure that changed ({grown.text!r})"
                if grown.reading.get("period", "").startswith(LEANING_PERIODS):  # as weak as the figure's own reading
                    d.reading["period"] = f"{grown.reading['period']}, through the figure that changed ({grown.text!r})"
            elif phrase is not None and (phrase.shape in ("same_span", *STEPS) or phrase.shape.endswith("_noyear")):
                self._from_period_before(d, phrase, drafts[:n], carried)
                if forward and grown is not None and grown.period is not None and d.period is not None:
                    d.basis = Basis(period=grown.period.with_how("context"), text=grown.text)  # "four times that"
            elif phrase is not None and phrase.shape == "last_quarter" and phrase.period is not None and \
                    (named := next((e.period for e in reversed(drafts[:n]) if e.period), carried)) is not None \
                    and named.start == phrase.period.start:
                # "… $3.648 billion in the third quarter of 2025. Last quarter's figure was $2.947 billion", published
                # in November: the quarter just named again, or the one before it? Not a guess.
                d.passage = sentence.index
                d.reading["period"] = (f"unresolved: {phrase.text!r} is the quarter just named by the publication date, "
                                       f"or the one before it")
            elif phrase is not None and phrase.shape in RANGE_SHAPES and d.kind == "amount" \
                    and self._names(sentence.text, self.stretch_comparisons):
                # "In the second through fourth quarters of 2024, the bill peaked at $1.467 billion": one quarter's
                # figure, the extreme of those the range spans, not their total
                d.passage = sentence.index
                d.reading["period"] = f"unresolved: the one quarter of {phrase.text!r} a comparison picks out"
            elif phrase is not None and phrase.shape == "year" and phrase.end <= d.start and \
                    (part := self._part_after(d, phrases, own)) is not None:
                # "OpenAI's 2024 payments to Microsoft, $168 million, came in the fourth quarter": the year's figure,
                # or that quarter's? Not a guess (the data may tell, as for any figure with no period)
                d.passage = sentence.index
                d.reading["period"] = f"unresolved: {phrase.text.strip()!r} before it, {part.text!r} after it"
            elif phrase is not None:
                owner = self._fiscal_owner(sentence, phrase, d)
                period = phrase.period or self._fiscal(phrase, owner)
                d.period = period.with_how(period.how or "stated") if period else None
                d.reading["period"] = f"stated: {phrase.text!r}" + (f" (fiscal year of {owner})" if phrase.fiscal else "")
                if period is None and phrase.shape != "since":  # "i år" with no publication date
                    d.passage = sentence.index
                    d.reading["period"] = f"unresolved: {phrase.text!r} {NO_DATE}"
                    if phrase.span is not None:  # "i år, fram til september": its months, in some year
                        d.months_named = phrase.span
                    elif phrase.shape in ("year", "last_year") and not any(w in fold(sentence.text) for w in self.same_span):
                        d.months_named = (12, 12)  # a whole year, even if the text does not say which (not "im
                        # Vorjahr … im gleichen Zeitraum": those months of it)
                if d.period:
                    self._para_period, self._para_entity = d.period, d.entity
            elif id(d) in self._now_figures:
                self._period_now(sentence, d)
            elif d.metric in RATE_METRICS:
                # an agreement's rate is not "for a period" unless the text says so; one in a
                # sentence with no period word at all may be compared over every period (rules)
                timeless = not (unparsed_year or phrases or bases or self._looks_ahead(sentence))
                d.passage = sentence.index if timeless else None
            elif anaphor and any(e.period and e.period.how == "stated" for e in drafts[:n]):
                d.period = next(e.period for e in reversed(drafts[:n]) if e.period).with_how("context")
                d.reading["period"] = "context: the same period as the figure before it"
            elif anaphor and self._named_since is not None and not self._para_last_before(sentence) \
                    and self._fits_anaphor(sentence, self._named_since):
                d.period = self._named_since.with_how("context")
                d.reading["period"] = "context: the period the sentence before named"
            elif antecedent:
                before = antecedent[n] if len(antecedent) == len(drafts) else antecedent[-1]
                unit = self._anaphor_unit(sentence)
                fit = next((p for p in reversed(self._stated_periods) if p.months() == unit), None) if unit else None
                if before.period is not None and before.period.months() != unit and fit is not None:
                    # "over those nine months" after a figure of Microsoft's fiscal year: the last nine months named
                    d.period = fit.with_how("context")
                    d.reading["period"] = f"context: the last period of {unit} months the article named"
                elif before.period is not None:
                    d.period = before.period.with_how("context")
                    d.reading["period"] = "context: refers back to the previous figures"
                else:
                    d.passage = before.passage
                    d.reading["period"] = "unresolved: refers back to figures with no stated period"
            elif (before := self._stated_before(drafts[:n])) is not None and not unparsed_year \
                    and before.metric != d.metric \
                    and self._clause(sentence, before) == self._clause(sentence, d) \
                    and not set(normalise_words(self._between(sentence, before, d)).split()) & self.coordinators \
                    and not self._names(sentence.text, self.total_words):
                # "Aus den Zahlungen von 865,9 Mio. in den ersten drei Quartalen 2025 leitet sie einen
                # Mindestumsatz von 4,33 Mrd. ab": the sentence's period, not an older one of the paragraph
                # (a second figure of the same metric is another period's: "$411m of a $865.9m total")
                d.period = before.period.with_how("context")
                d.reading["period"] = f"{SENTENCE_PERIOD}: {before.text!r}"
            elif not unparsed_year and (asked := self._period_asked(sentence, d, drafts)) is not None:
                d.period = asked.period.with_how("context")
                d.reading["period"] = f"{ASKED}: {asked.text!r}"
            elif carried is not None and not unparsed_year and carried_entity == d.entity \
                    and not self._names(sentence.text, self.total_words) and not self._looks_ahead(sentence) \
                    and (_twelve_months(carried) or not self._names(sentence.text, self.annual_words, inside=True)):
                # ("Insgesamt hat OpenAI 1,36 Mrd. überwiesen": a total over periods, not the last one's)
                d.period = carried.with_how("context")
                d.reading["period"] = PARAGRAPH_PERIOD
            elif self._para_heading is not None and not unparsed_year:
                # "2024-01-01/2024-09-30\n  Nine months: inference $2.300B": a period on a line of its own heads the entry
                d.period = self._para_heading.period.with_how("context")
                d.reading["period"] = f"context: the period heading the paragraph ({self._para_heading.text!r})"
            else:
                d.passage = sentence.index
        if quarters is not None:
            self._apply_quarter_stretch(*quarters)
        for d in drafts:
            if d.period is not None and d.period.how == "published" and self._quoted_on_another_day(sentence, d):
                d.period, d.passage = None, sentence.index
                d.reading["period"] = "unresolved: 'last quarter' or the like in a quote dated otherwise than the article"

    def _quoted_on_another_day(self, sentence: Sentence, d: Draft) -> bool:
        """"In a memo dated 15 January 2025, … wrote that "last quarter OpenAI spent about $1.5bn"":
        a quote's relative period counts from the day it was said, which the sentence dates."""
        at = d.start - sentence.start
        marks = [m.start() for m in QUOTE_MARK.finditer(sentence.text)]
        opened = [m for m in marks if m < at]
        if len(opened) % 2 == 0:
            return False
        outside = sentence.text[:opened[0]]
        published = self.periods.published
        for pattern in self.lex.date_res:
            for m in pattern.finditer(outside):
                months = [n for w in re.findall(r"[^\W\d_]+", m.group(0)) if (n := self.lex.month(w))]
                year = YEAR.search(outside, m.start())
                if not months or year is None:
                    continue
                # said in the same quarter as the article appeared: "last quarter" is the same quarter either way
                if published is None or (int(year.group(0)), (months[0] - 1) // 3) != (published.year, (published.month - 1) // 3):
                    return True
        return False

    def _fits_anaphor(self, sentence: Sentence, period: Period) -> bool:
        """"In the same quarter" after a sentence that named 2024 does not point to 2024."""
        unit = self._anaphor_unit(sentence)
        return unit is None or unit == period.months()

    def _anaphor_unit(self, sentence: Sentence) -> Optional[int]:
        """How many months the sentence's period anaphor says its period is ("those nine months": 9), if it says."""
        words = normalise_words(sentence.text)
        found = next((a for a in self.period_anaphora if a in words), "")
        return next((months for word, months in self.anaphor_units if word in found), None)

    def _para_last_before(self, sentence: Sentence) -> bool:
        """Whether the paragraph had figures before this sentence."""
        return any(d.sentence.index < sentence.index for d in self._para_last.values())

    def _phrases(self, sentence: Sentence) -> list[PeriodPhrase]:
        """The period phrases of a sentence, found once (several readings ask for them)."""
        if sentence.start not in self._phrase_cache:
            self._phrase_cache[sentence.start] = self.periods.find(sentence.text, sentence.start)
        return list(self._phrase_cache[sentence.start])

    def _year_named_after(self, sentence: Sentence, drafts: list[Draft]) -> None:
        """"Im Gesamtjahr 2024 hat OpenAI 2,47 Milliarden Dollar … ausgegeben; in diesem Jahr ist es mehr, ja.": a
        year named after the sentence's last figure, past a hard break, is the paragraph's year from then on (as
        in a sentence with no figures)."""
        last = max(d.end for d in drafts)
        after = [p for p in self._phrases(sentence) if p.start >= last]
        if len(after) == 1 and after[0].shape in ("year", "last_year") and after[0].period is not None \
                and self.periods.published is not None \
                and HARD_BREAK.search(sentence.text[last - sentence.start:after[0].start - sentence.start]):
            self._para_period, self._para_entity = after[0].period.with_how("stated"), None

    def _periods_named_without_figures(self, sentence: Sentence) -> None:
        """A sentence with no figures that names one period: "OpenAI's inference spending in 2024
        started modestly. In the first quarter …" sets the paragraph's year for the parts of a year
        named after it (`_from_period_before` still weighs it against the date line); "The quarter is
        Microsoft's fiscal first quarter of 2026. In that quarter OpenAI paid …" is what "that
        quarter" points back to."""
        phrases = self._phrases(sentence)
        if len(phrases) == 1 and phrases[0].period is not None and self._para_last == {} \
                and sentence.text.strip(" \t\n:–—-") == phrases[0].text:
            self._para_heading = phrases[0]  # a line that is only a period, before the paragraph's figures
        if len(phrases) == 1 and phrases[0].shape == "year" and phrases[0].period is not None \
                and self.periods.published is not None:  # without a date line nothing checks the guess
            self._para_period, self._para_entity = phrases[0].period.with_how("stated"), None
        periods = {(q.start, q.end): q for p in phrases
                   if (q := p.period or self._fiscal(p, self._fiscal_owner(sentence, p, None))) is not None}
        if len(periods) == 1:
            self._named_since = next(iter(periods.values()))

    def _looks_ahead(self, sentence: Sentence) -> bool:
        """"the share will drop to 8 per cent": a forecast names no period but is not about the past."""
        words = normalise_words(sentence.text)
        return any(f" {w} " in words for w in self.future_words)

    def _from_period_before(self, d: Draft, phrase: PeriodPhrase, before: list[Draft],
                            carried: Optional[Period]) -> None:
        """A phrase that needs the period named before it: in the sentence, else the paragraph's
        (which counts as leaning on context). "up from $1.3 billion in the same stretch of 2024"
        takes its months, moved to 2024; "davon im zweiten Quartal" and "the three months to
        September" take its year. With neither, a phrase with no year is the latest such span
        begun by the publication date (see `_from_publication`); else there is no period. When
        the paragraph's year and the publication date's disagree, neither is taken."""
        # ("im vergangenen Jahr … und allein im Schlussquartal": a year the text names through the date counts)
        named = next((e for e in reversed(before) if e.period is not None and (
            e.period.how == "stated" or (e.period.how == "published" and (_whole_year(e.period) or e.reading.get(
                "period", "").startswith("stated")))  # ("i årets tre første kvartaler": the year named through the date)
            or e.reading.get("period", "").startswith(ASKED))), None)  # ("A: 3,77 Mrd., davon … im ersten Quartal")
        blocked = next((e for e in reversed(before) if named is None or e.start > named.start), None)
        if blocked is not None and blocked.period is None and blocked.reading.get("period", "").endswith(NO_DATE) \
                and phrase.shape not in STEPS:
            # ("493,8 mill. i 2024 og 0,87 mrd. i årets tre første kvartaler; i tredje kvartal alene 411 mill.", no date:
            # the quarter is of the year that could not be read, not of 2024)
            d.passage = d.sentence.index
            d.reading["period"] = f"unresolved: {phrase.text!r} after {blocked.text!r}, whose period could not be read"
            return
        source = named.period if named else carried
        if phrase.shape == "year_through_noyear":
            source = None  # "no less than $4.33 billion through September": this year's, not the year named before
        key = (d.sentence.paragraph, fold(phrase.text))
        again, said_in = self._noyear_read.get(key, (None, None))
        if named is None and phrase.shape not in STEPS and again is not None and said_in != d.sentence.index:
            # ("… in den ersten neun Monaten mindestens 4,33 Mrd. … Für 2024 … 2,47 Mrd. … Und die Umsatzkosten lagen
            # in den ersten neun Monaten über 8,6 Mrd.": the same words again, the same months, not the year between)
            d.period = again.with_how("context")
            d.reading["period"] = f"context: {phrase.text!r} again, as the paragraph read it before"
            return
        period = None
        if phrase.shape in STEPS:  # (from any period named before: "$248 million last quarter and $206 million in the quarter before")
            dated = [e for e in before if e.period is not None]
            # a period named, not one stepped to ("$411m in Q3 2025, after $248m in the previous quarter and
            # $139m a year earlier": a year before Q3, not before Q2)
            named = next((e for e in reversed(dated) if e.period.how != "context"), dated[-1] if dated else None)
            if named is None and carried is None and self._last_dated is not None:
                named = self._last_dated  # a paragraph opening "In the previous quarter, …": the figure before's
            self._step_from(d, phrase, named, named.period if named else carried)
            return
        if source is not None and phrase.shape == "same_span":
            year = source.end.year - 1 if phrase.year_before else phrase.year
            period = same_span(source, year) if year is not None else None
        elif source is not None:  # ("im dritten Quartal des Vorjahres": of the year before the one named)
            period = part_of_year(phrase.span, source.end.year - (1 if phrase.year_before else 0))
            dated = self._latest_begun(phrase) if named is None else None
            if period is not None and dated is not None and dated.end.year != period.end.year:
                d.passage = d.sentence.index  # the paragraph says one year, the date line another
                d.reading["period"] = (f"unresolved: {phrase.text!r} is {period.end.year} by the paragraph "
                                       f"but {dated.end.year} by the publication date")
                return
        if period is not None:
            d.period = period
            d.reading["period"] = (f"context: {phrase.text!r} after {named.text!r}" if named else
                                   f"{PARAGRAPH_PERIOD} ({phrase.text!r})")
        elif source is None and phrase.year_before:  # "im dritten Quartal des Vorjahres", nothing named before
            published = self.periods.published
            if published is not None and (period := part_of_year(phrase.span, published.year - 1)) is not None:
                d.period = period.with_how("published")
                d.reading["period"] = f"published: {phrase.text!r}, the year before {published.year}"
            else:
                d.passage = d.sentence.index
                d.reading["period"] = f"unresolved: {phrase.text!r} with no year named before it"
        elif source is None and (period := self._from_publication(d, phrase)) is not None:
            d.period = period
            d.reading["period"] = (f"{PUBLISHED_NO_YEAR}: {phrase.text!r} taken as the latest completed by "
                                   f"{self.periods.published.isoformat()}")
            self._noyear_read[key] = (period, d.sentence.index)
        else:
            # The text names the months ("the fourth quarter"), only not the year: a period inferred
            # from the data must be those months.
            d.passage, d.months_named = d.sentence.index, phrase.span
            d.reading["period"] = f"unresolved: {phrase.text!r} with no period named before it"

    def _from_to_levels(self, sentence: Sentence, drafts: list[Draft]) -> None:
        """"From Q2 to Q4 2024, payments rose from $110 million to $168 million": the first figure is where the
        stretch began, not in the period the second took; over a range ("ranged from $110 million to $168
        million a quarter") neither is the range's total."""
        amounts = [d for d in drafts if d.kind == "amount"]
        for a, b in zip(amounts, amounts[1:]):
            if not (self._led_by(sentence, a, self.from_level) and self._led_by(sentence, b, self.stretch_end)):
                continue
            if a.period is None or a.period != b.period:
                continue  # each with a period of its own ("fra 3,77 mrd. for hele 2024 til 8,67 mrd. på ni måneder")
            ranged = (a.period.end - a.period.start).days > 100
            for d in (a, b) if ranged else (a,):
                d.period, d.passage = None, sentence.index
                d.reading["period"] = "unresolved: one end of a rise from one figure to another"

    def _led_by(self, sentence: Sentence, d: Draft, words) -> bool:
        lead = normalise_words(sentence.text[max(0, d.start - sentence.start - 25):d.start - sentence.start])
        return ends_with_word(lead, words)

    def _step_from(self, d: Draft, phrase: PeriodPhrase, named: Optional[Draft], source: Optional[Period]) -> None:
        """"… $2.075 billion in the first quarter of 2025, against $1.467 billion in the previous quarter",
        "ein Jahr später 3,648 Milliarden": a quarter or a year on from the period named before. With none
        named, "the previous quarter" is the one before the publication date's; the others have no period."""
        unit, times = STEPS[phrase.shape]
        if source is not None and phrase.shape == "step_back_year_loose" and not _whole_year(source) \
                and not any(a in normalise_words(d.sentence.text) for a in self.period_anaphora):
            d.passage = d.sentence.index
            d.reading["period"] = f"unresolved: {phrase.text!r} after a part of a year may mean the whole year before"
            return
        if source is not None and (unit == "year" or (source.end - source.start).days < 100):
            d.period = shift(source, unit, times)
            d.reading["period"] = (f"context: {phrase.text!r} from {named.text!r}" if named else
                                   f"{PARAGRAPH_PERIOD} ({phrase.text!r})")
        elif source is None and phrase.shape == "step_back_quarter" and \
                (period := self.periods.relative_to_publication("last_quarter")) is not None:
            d.period = period
            d.reading["period"] = f"published: {phrase.text!r}, counted back from the publication date"
        else:
            d.passage = d.sentence.index
            d.reading["period"] = f"unresolved: {phrase.text!r} with no single quarter named before it"

    def _from_publication(self, d: Draft, phrase: PeriodPhrase) -> Optional[Period]:
        """"the third quarter", "between January and September" with no year and none named
        before: in an article of 12 November 2025 that is 2025's. Not for a company whose
        fiscal year is not the calendar year: its "third quarter" may be a fiscal one. (A payment
        made to it, "erhielt Microsoft 248 Mio.", is dated by the payer, not by its books.)"""
        calendar = gazetteer().get(d.entity or "", {}).get("fiscal_year_end", "12-31") == "12-31" \
            or d.metric in paid_metrics(d.entity or "")
        return self._latest_begun(phrase) if calendar else None

    def _latest_begun(self, phrase: PeriodPhrase) -> Optional[Period]:
        """The latest span of a phrase with no year completed by the publication date ("the third
        quarter" in November 2025 is 2025's; "the first three quarters" in March 2025 is 2024's).
        One still running then ("the fourth quarter" in November) is this year's so far or last
        year's whole: not a guess to make, so none."""
        published = self.periods.published
        if published is None or phrase.span is None:
            return None
        for year in (published.year, published.year - 1):
            period = part_of_year(phrase.span, year)
            if period is None:
                continue
            if period.end < published:
                return period.with_how("published")
            if period.start <= published:
                return None
        return None

    @staticmethod
    def _fiscal(phrase: PeriodPhrase, owner: Optional[str]):
        """"fiscal Q1 2026" for Microsoft (year ends 30 June) is July to September 2025."""
        if phrase.fiscal is None or owner not in gazetteer():
            return None
        return fiscal_period(gazetteer()[owner]["fiscal_year_end"], *phrase.fiscal)

    def _fiscal_owner(self, sentence: Sentence, phrase: PeriodPhrase, d: Optional[Draft]) -> Optional[str]:
        """Whose fiscal year: the company written by it (`_written_owner`), else the one written by
        an earlier fiscal phrase of the sentence ("… von Microsofts Geschäftsjahr 2025 …, im ersten
        Quartal des laufenden Geschäftsjahres 2026"), else the figure's own company. With no figure
        (a sentence that only names the period), the one company named whose year is not the calendar's."""
        owner = self._written_owner(sentence, phrase)
        if owner is not None:
            return owner
        for other in self._phrases(sentence):
            if other.fiscal is not None and other.end <= phrase.start and \
                    (owner := self._written_owner(sentence, other)) is not None:
                return owner
        if d is not None:
            return d.entity
        offset = {e.label for e in sentence.entities if gazetteer().get(e.label, {}).get("fiscal_year_end", "12-31") != "12-31"}
        return next(iter(offset)) if len(offset) == 1 else None

    @staticmethod
    def _written_owner(sentence: Sentence, phrase: PeriodPhrase) -> Optional[str]:
        """The company written right before a fiscal phrase ("Microsoft's fiscal 2025", "Microsofts
        regnskapsår 2025"), inside it ("im vierten Quartal von Microsofts Geschäftsjahr") or right
        after it ("Geschäftsjahr von Microsoft")."""
        for e in sentence.entities:
            if phrase.start <= e.start and e.end <= phrase.end:
                return e.label
        for e in sentence.entities:
            before = sentence.text[e.end - sentence.start:phrase.start - sentence.start]
            after = sentence.text[phrase.end - sentence.start:e.start - sentence.start]
            if (e.end <= phrase.start and before in POSSESSIVE_GAPS) or (
                    e.start >= phrase.end and fold(after).strip() in OWNER_WORDS):
                return e.label
        return None

    def _stretches(self, sentence: Sentence, drafts: list[Draft],
                   phrases: list[PeriodPhrase]) -> tuple[list[PeriodPhrase], list[PeriodPhrase]]:
        """"From the first quarter of 2024 to the third quarter of 2025, OpenAI paid $1.36 billion": one
        period from the first's start to the second's end (was read as the third quarter alone, a false
        contradiction). "Fra 3. kvartal 2024 til 3. kvartal 2025 økte kostnadene med 263 %": the change
        is measured from the first, for the second. Returns the phrases and the stretches made of them."""
        stretches = []
        for p1, p2 in zip(phrases, phrases[1:]):
            if p1.period is None or p2.period is None or p1.period.start >= p2.period.start or p1.end > p2.start:
                continue
            lead = normalise_words(sentence.text[max(0, p1.start - sentence.start - 16):p1.start - sentence.start])
            gap = normalise_words(sentence.text[p1.end - sentence.start:p2.start - sentence.start]).split()
            if gap and gap[-1] in self.articles:
                gap = gap[:-1]
            added = self._added_up(sentence, p1, p2)
            if not (ends_with_word(lead, self.span_from, self.articles) and " ".join(gap) in self.span_to) and not added:
                continue
            figure = self._stretch_figure(sentence, drafts, p1.start, p2.end)
            if figure is None:
                continue
            if figure.kind in ("growth", "ratio"):
                if figure.basis is None:
                    figure.basis = Basis(period=p1.period.with_how("stated"), text=p1.text)
                    phrases = [p for p in phrases if p is not p1]
            elif figure.kind == "amount" and figure.start < p1.start and (self._names(
                    sentence.text[figure.end - sentence.start:p1.start - sentence.start], self.stretch_comparisons)
                    or self._reached(sentence, p2.end, figure)):
                # "$411 million, the largest of any quarter between Q1 2024 and Q3 2025": the stretch a
                # comparison ranges over, not the figure's period ("spent $12.44 billion on inference from
                # 2024 through the third quarter of 2025" is its total)
                phrases = [p for p in phrases if p is not p1 and p is not p2]
            elif figure.kind == "amount" and not self._reached(sentence, p2.end, figure):
                whole = PeriodPhrase(p1.start, p2.end, sentence.text[p1.start - sentence.start:p2.end - sentence.start],
                                     Period(start=p1.period.start, end=p2.period.end), "month_year_range")
                phrases = [whole if p is p1 else p for p in phrases if p is not p2]
                stretches.append(whole)
                if added:
                    self._periods_added.add(sentence.start)
        return phrases, stretches

    def _added_up(self, sentence: Sentence, p1: PeriodPhrase, p2: PeriodPhrase) -> bool:
        """"CY24 + 1-3Q25 combined, 12.44b": two periods one after the other, joined and said to be added up, are
        one stretch (`_stretches`; "combined" then says so of the periods, not of another cost: `_other_costs`)."""
        joint = sentence.text[p1.end - sentence.start:p2.start - sentence.start].strip()
        return (p2.period.start - p1.period.end).days == 1 and (joint in ("+", "&") or fold(joint) in self.coordinators) \
            and self._names(sentence.text, self.caution_words["combined"])

    def _other_costs(self, sentence: Sentence) -> list[str]:
        """The words that name a cost other than inference ("inference and training combined"), without "combined"
        in a sentence whose periods it adds up."""
        words = self.caution_words["other_cost"]
        return [w for w in words if w not in self.caution_words["combined"]] if sentence.start in self._periods_added else words

    @staticmethod
    def _stretch_figure(sentence: Sentence, drafts: list[Draft], start: int, end: int) -> Optional[Draft]:
        """The figure a stretch of two periods is about: the first after it, else the last before it."""
        after, before = [d for d in drafts if d.start >= end], [d for d in drafts if d.end <= start]
        return after[0] if after else before[-1] if before else None

    def _reached(self, sentence: Sentence, end: int, figure: Draft) -> bool:
        """Whether the words from the stretch to the figure say the figure is where it ended ("climbed
        steadily, reaching $3.65 billion", "stiegen … auf 411 Millionen"), not its total; for a figure
        before the stretch, the words of its clause before it ("rose to $3.65 billion from the first …")."""
        if figure.start < end:
            clause = re.split(r"[,;:]", sentence.text[:figure.start - sentence.start])[-1]
            return any(f" {w} " in normalise_words(clause) for w in self.stretch_end)
        between = normalise_words(sentence.text[end - sentence.start:figure.start - sentence.start])
        return any(f" {w} " in between for w in self.stretch_end)

    def _quarter_stretch(self, sentence: Sentence, drafts: list[Draft]) -> Optional[tuple[Draft, int, int, str]]:
        """(the figure, first quarter, second quarter, the words) of "økte med 66 prosent fra andre til tredje
        kvartal" (a change) or "From the first to the third quarter of 2025, OpenAI paid $865.9 million" (a total)."""
        m = self.quarter_stretch.search(sentence.text)
        if m is None:
            return None
        q1, q2 = (int(m.group(f"q{n}")) if m.group(f"q{n}") else self.lex.ordinal(m.group(f"o{n}"), 4) for n in (1, 2))
        figure = self._stretch_figure(sentence, drafts, m.start() + sentence.start, m.end() + sentence.start)
        if figure is None or not q1 or not q2 or q1 == q2:
            return None
        if figure.kind == "amount" and (q1 > q2 or self._reached(sentence, m.end() + sentence.start, figure)):
            return None
        return (figure, q1, q2, m.group(0)) if figure.kind in ("growth", "ratio", "amount") else None

    @staticmethod
    def _apply_quarter_stretch(figure: Draft, q1: int, q2: int, text: str) -> None:
        """Once the figure's own period is the second quarter: a change's basis is the first; a total's period
        runs from the first to the second."""
        p = figure.period
        if p is None or p.end.month != q2 * 3 or p.start.month != q2 * 3 - 2 or p.start.year != p.end.year:
            return
        if figure.kind == "amount":
            figure.period = Period(start=dt.date(p.end.year, q1 * 3 - 2, 1), end=p.end, how=p.how)
            figure.reading["period"] = f"{figure.reading.get('period', 'stated').split(':')[0]}: {text!r}"
            return
        if figure.basis is not None:
            return
        year = p.end.year if q1 < q2 else p.end.year - 1
        start = dt.date(year, q1 * 3 - 2, 1)
        end = dt.date(year + (q1 == 4), q1 * 3 % 12 + 1, 1) - dt.timedelta(days=1)
        figure.basis = Basis(period=Period(start=start, end=end, how="context"), text=text)

    def _is_basis(self, sentence: Sentence, pos: int) -> bool:
        """A period after "from", "gegenüber", "fra" is what a change is measured against."""
        before = normalise_words(sentence.text[max(0, pos - sentence.start - 30):pos - sentence.start])
        return ends_with_word(before, self.basis_words, self.articles)

    def _growth_on(self, sentence: Sentence, drafts: list[Draft], p: PeriodPhrase) -> bool:
        """"up 41% on the final quarter of 2024": after a change, the period it is measured on."""
        before = [d for d in drafts if d.end <= p.start]
        if not before or before[-1].kind != "growth":
            return False
        lead = normalise_words(sentence.text[before[-1].end - sentence.start:p.start - sentence.start])
        return ends_with_word(lead, self.growth_basis, self.articles)

    def _ratio_of(self, sentence: Sentence, drafts: list[Draft], p: PeriodPhrase) -> bool:
        """"knapp das Vierfache des ersten Halbjahres 2024": the period a multiple is of is its basis."""
        before = [d for d in drafts if d.end <= p.start]
        if not before or before[-1].kind != "ratio":
            return False
        gap = normalise_words(sentence.text[before[-1].end - sentence.start:p.start - sentence.start]).strip()
        if gap == "":  # "three and a half times Q3 2024", but not "nearly 4x 1H 2024's $1.295B": that figure's
            later = next((d for d in drafts if d.start >= p.end), None)
            return later is None or bool(normalise_words(sentence.text[p.end - sentence.start:later.start - sentence.start]
                                                         ).strip(" 's’"))
        return gap in self.ratio_of_words

    @staticmethod
    def _part_after(d: Draft, phrases: list[PeriodPhrase], own: dict) -> Optional[PeriodPhrase]:
        """A part of a year with no year of its own ("the fourth quarter") after the figure, no figure's own."""
        owned = [id(p) for p in own.values()]
        return next((p for p in phrases if p.start >= d.end and p.shape.endswith("_noyear") and id(p) not in owned), None)

    @staticmethod
    def _years_for_parts(phrases: list[PeriodPhrase], drafts: list[Draft]) -> list[PeriodPhrase]:
        """"Looking back at last year: in the first three quarters, OpenAI paid …": a phrase with no
        year right after a year, both before the figures, is that year's part."""
        first = min((d.start for d in drafts), default=None)
        out: list[PeriodPhrase] = []
        for p in phrases:
            year = out[-1] if out else None
            if year is not None and first is not None and p.end <= first and p.shape.endswith("_noyear") \
                    and year.shape in ("year", "last_year") and year.period is not None \
                    and p.start - year.end <= 8:  # right after it: "last year: in the first three quarters"
                period = part_of_year(p.span, year.period.end.year)
                if period is not None:
                    out[-1] = dataclasses.replace(p, period=period.with_how(year.period.how), shape="part_of_year")
                    continue
            out.append(p)
        return out

    def _year_of_same_span(self, sentence: Sentence, p: PeriodPhrase, drafts: list[Draft]) -> PeriodPhrase:
        """"im Vorjahr waren es im gleichen Zeitraum 326 Mio.": a year followed, before any figure,
        by "the same period" is the same months of that year (`_from_period_before`)."""
        if p.shape not in ("year", "last_year") or p.period is None:
            return p
        earlier = [d for d in drafts if d.end <= p.start]
        if not earlier:  # "For 2024 as a whole, the same period in which …": no months named before to repeat
            return p
        nxt = min((d.start for d in drafts if d.start >= p.end), default=sentence.end)
        gap = normalise_words(sentence.text[p.end - sentence.start:nxt - sentence.start][:40])
        if not any(f" {w} " in gap for w in self.same_span):
            return p
        return dataclasses.replace(p, shape="same_span", period=None, year=p.period.end.year, year_before=False)

    def _compared_figures(self, drafts: list[Draft], bases: list[PeriodPhrase], phrases: list[PeriodPhrase],
                          own: dict) -> None:
        """"mehr … als im gesamten Jahr 2024, in dem die Rechnung 3,77 Mrd. Dollar betrug": an amount
        after the period it is compared with, with no other period between, is that period's."""
        for d in drafts:
            if d.kind != "amount" or (id(d) in own and own[id(d)].start > d.start):
                continue  # a period after the figure is its own ("… to $3.648 billion in the third quarter")
            basis = next((b for b in reversed(bases) if b.end <= d.start), None)
            between = normalise_words(d.sentence.text[basis.end - d.sentence.start:d.start - d.sentence.start]) \
                if basis is not None else ""
            if basis is not None and not any(basis.end <= p.start < d.start for p in phrases) and \
                    (d.sentence.text[basis.end - d.sentence.start:d.start - d.sentence.start].lstrip().startswith("(")
                     or any(f" {w} " in between for w in self.compared_links)):
                own[id(d)] = basis  # with no period ("i hele fjoråret", no date known): unresolved, not guessed

    def _set_bases(self, sentence: Sentence, drafts: list[Draft], bases: list[PeriodPhrase]) -> None:
        self._steps_back, self._bases_no_year = {}, {}
        for p in bases:
            before = [d for d in drafts if d.end <= p.start and d.kind in ("growth", "ratio")]
            after = next((d for d in drafts if d.start >= p.end), None)
            if not before and after is not None and after.kind in ("growth", "ratio") \
                    and not LETTER.search(sentence.text[p.end - sentence.start:after.start - sentence.start]):
                before = [after]  # "Inferenz Q3/25 ggü. Q3/24 +263 %": the change right after its basis
            if before and p.period is not None:
                before[-1].basis = Basis(period=p.period.with_how("stated"), text=p.text)
                if p.shape in STEP_BACK:
                    self._steps_back[id(before[-1])] = p
            elif before and p.shape.endswith("_noyear") and p.span is not None:
                self._bases_no_year[id(before[-1])] = p  # "up 66% on the second quarter": the year is the change's
            elif before and p.shape == "same_span" and (p.year is not None or (p.year_before and before[-1].kind == "ratio")):
                self._bases_no_year[id(before[-1])] = p  # "higher than in the same quarter of 2024": its months then

    def _has_period_anaphor(self, sentence: Sentence) -> bool:
        words = normalise_words(sentence.text)
        for a in self.period_anaphora:
            at = words.find(a)
            if at >= 0 and not any(words[:at + 1].endswith(f" {w} ") for w in self.basis_words):
                return True
        return False

    def _antecedent_periods(self, count: int) -> list[Draft]:
        """The figures "the same period" points back to: those of the last sentence with figures
        (one each when both sentences give as many: "... for those two periods")."""
        drafts = [d for d in (self._last_claim_sentence or []) if d.metric not in RATE_METRICS]
        if len(drafts) == count:
            return drafts
        dated = [d for d in drafts if d.period is not None]
        return [dated[-1]] if dated else drafts[-1:]

    @staticmethod
    def _restates(sentence: Sentence, p: PeriodPhrase, q: PeriodPhrase) -> bool:
        """Whether phrase q is a bracket right after p (at most three words between) that gives p's period again."""
        gap = sentence.text[p.end - sentence.start:q.start - sentence.start]
        return gap.rstrip().endswith("(") and len(gap.split()) <= 4

    def _assign_phrases(self, sentence: Sentence, drafts: list[Draft], phrases: list[PeriodPhrase]) -> dict:
        """A phrase right after a number is that number's; one before every number is the sentence's."""
        own: dict = {}
        scope = None
        breaks = _phrase_breaks(tuple(self.lex.data.CLAUSE_BREAKS), _pronoun_breaks(self.lex))
        for p in phrases:
            before = [d for d in drafts if d.end <= p.start]
            after = [d for d in drafts if d.start >= p.end]
            if before and not after and FIGURE_NEXT.match(sentence.text, p.end - sentence.start):
                continue  # "Q1'25 206k, Q3'25 411mm": the phrase heads a figure the reader did not take
            if not before:
                # of several before every figure, the first, or the nearest in the first figure's own clause
                # ("… in H1'25 already exceeded its 2024 total of $3.77bn")
                # ("In the next quarter, the July-to-September one, it was $411 million": the months named, not the step)
                if scope is None or (scope.shape in STEPS) > (p.shape in STEPS) or (p.shape in STEPS) <= (scope.shape in STEPS) and (
                        (drafts and self._clause(sentence, drafts[0])[0] <= p.start)
                        or p.start - scope.end <= 3):  # "fiscal Q3'25 (January to March 2025)": the plainer one
                    scope = p
                continue
            # (an aside between them does not part a figure from its period: "$3.77 billion on inference – that is,
            # the computing needed to answer users' queries – in calendar year 2024")
            gap = without_asides(sentence.text[before[-1].end - sentence.start:p.start - sentence.start])
            target = before[-1]
            # (a bracketed restatement right after it is the same period, not a nearer one: "im Geschäftsjahr 2025 der
            # Microsoft Corp. (Juli 2024 bis Juni 2025) waren es rund 761 Mio.")
            nearer = bool(after) and any(p.end <= q.start and q.end <= after[0].start and not self._restates(sentence, p, q)
                                         for q in phrases)
            if after and not nearer:
                # (not past another phrase: "… tripled between Q3 2024 and Q3 2025, and the fourth-quarter
                # 2024 bill alone, $1,467 million": the nearer phrase is the figure's)
                gap_after = self._without_qualifiers(sentence.text[p.end - sentence.start:after[0].start - sentence.start])
                # (a comma right before the phrase parts them too: "865,9 Mio. US$ ,im Vorjahreszeitraum")
                # (a step from the period named before is not the earlier figure's: "lagen im ersten Quartal bei
                # 2,075 Mrd. und stiegen im Folgequartal auf 2,947 Mrd.")
                if breaks.search(gap) or ";" in gap or gap.rstrip().endswith(",") or (not gap_after.split() and gap.split()) \
                        or (p.shape in STEPS and set(normalise_words(gap).split()) & self.coordinators) \
                        or self._coordinated_phrase(gap) or gap_after.strip().lower() in PERIOD_POSSESSIVE \
                        or (target.metric in RATE_METRICS and after[0].metric not in RATE_METRICS) \
                        or self._opens_time_clause(gap_after):
                    target = after[0]  # "... 110 Mio. und im dritten Quartal 2025 411 Mio.": the closer figure
                    if breaks.search(gap):  # "; by the fourth quarter its bill had tripled to $1.47bn": both
                        for later in self._rest_of_clause(sentence, after, phrases, p):
                            own.setdefault(id(later), p)
            elif scope is not None and self._names_another_quantity(sentence, gap, target):
                continue  # "in H2 2024 ... $2.47bn – the same as the revenue floor for 2024": the floor's
            elif scope is not None and len(gap.split()) >= 2 and \
                    len(sentence.text[scope.end - sentence.start:target.start - sentence.start].split()) <= 4:
                continue  # "OpenAI's 2024 inference bill of $3.77 billion was overtaken in H1'25": the bill's is 2024
            if id(target) in own and after and target is not after[0] and not nearer:
                target = after[0]  # "411 mill i kv3. H1 -25 fikk MSFT 454 mill": the figure before has its own
            if target.start >= p.end and self._in_bare_aside(sentence, p, drafts):
                continue  # "$2.47bn in 2024 (the same figure as the second-half inference bill) and $4.33bn …"
            own.setdefault(id(target), p)
        if scope is not None:
            leading = [p for p in phrases if any(own.get(id(d)) is p and d.start >= p.end for d in drafts)]
            with_own = {id(d) for d in drafts if id(d) in own}  # (before the sentence's phrase is handed out)
            for d in drafts:
                # "Im dritten Quartal 2025 … 411 Mio., im Jahr 2024 rund eine halbe Milliarde, genau 493,8
                # Millionen": past a phrase that opened a later figure's clause, that phrase, not the sentence's
                nearer = [p for p in leading if p.end <= d.start and p.start > scope.start]
                if not nearer and self._total_in_own_clause(sentence, d, scope) \
                        and not any(id(e) in with_own for e in drafts if e.start < d.start):
                    continue  # "In Q4 2024 it paid $168m, and in total it paid $493.8m over the year": not Q4's
                if not nearer and self._unread_period_past_break(sentence, d, scope, phrases):
                    continue  # "Schon 2024 hatte OpenAI … überwiesen; zuletzt brachte ein einzelnes Quartal … 411 Mio."
                if not nearer and d.metric not in RATE_METRICS and self._now_past_break(sentence, d, scope):
                    self._now_figures.add(id(d))
                    continue  # "I andre kvartal gikk det 2,749 mrd. til inferens, og nå er regningen på 3,648 mrd."
                own.setdefault(id(d), nearer[-1] if nearer else scope)
        return own

    @staticmethod
    def _owned_bases(sentence: Sentence, drafts: list[Draft], bases: list[PeriodPhrase], own: dict) -> None:
        """"up ~24% on Q2's $2.947B": a change's basis that owns the figure right after it is that figure's period too."""
        for p in bases:
            after = POSSESSED_FIGURE.match(sentence.text, p.end - sentence.start)
            figure = next((d for d in drafts if after and d.start == after.end() + sentence.start), None)
            if figure is not None:
                own[id(figure)] = p

    @staticmethod
    def _in_bare_aside(sentence: Sentence, p: PeriodPhrase, drafts: list[Draft]) -> bool:
        """Whether the phrase stands in brackets or dashes with no figure, in words about something else: an aside
        whose period is no figure's after it (not "… and – in the third quarter – $411 million")."""
        spans = [(a + sentence.start, b + sentence.start) for a, b in parentheticals(sentence.text)]
        aside = _inside(p.start, spans)
        if aside is None or any(aside[0] <= d.start < aside[1] for d in drafts):
            return False
        rest = sentence.text[aside[0] - sentence.start:p.start - sentence.start] + sentence.text[p.end - sentence.start:aside[1] - sentence.start]
        return len(rest.split()) > 3

    def _unread_period_past_break(self, sentence: Sentence, d: Draft, scope: PeriodPhrase,
                                  phrases: list[PeriodPhrase]) -> bool:
        """A figure past a semicolon or a dash from the sentence's period, in a clause that names a period of its
        own the reader could not read ("; zuletzt brachte ein einzelnes Quartal … 411 Mio."), is not of it."""
        between = sentence.text[scope.end - sentence.start:d.start - sentence.start]
        if not HARD_BREAK.search(between):
            return False
        clause = self._clause(sentence, d)
        span = scope.period.months() if scope.period is not None else None
        for m in self.period_word_re.finditer(sentence.text, clause[0] - sentence.start, clause[1] - sentence.start):
            if any(p.start <= m.start() + sentence.start < p.end for p in phrases):
                continue
            unit = self._months_of_word(m.group())
            if unit is None or unit != span:  # ("…; på ett kvartal", "for halvåret": the same span again, not another)
                return True
        return False

    def _months_of_word(self, word: str) -> Optional[int]:
        """How many months a period word names ("kvartalet": 3, "halvåret": 6), if it says."""
        return next((n for stem, n in self.anaphor_units if fold(word).startswith(stem)), None)

    def _now_past_break(self, sentence: Sentence, d: Draft, scope: PeriodPhrase) -> bool:
        """A figure in a later clause than the sentence's period, said to be so "now" ("…, og nå er regningen
        på …", "…, and now it runs at …"): the present, set against that period, not in it."""
        start, _ = self._clause(sentence, d)
        if start <= scope.start:
            return False
        return self._names(sentence.text[start - sentence.start:d.start - sentence.start], self.now_words)

    def _period_now(self, sentence: Sentence, d: Draft) -> None:
        """A figure said to be so now: the latest quarter before the publication date when its clause names
        a quarter ("nå … 3,648 mrd. dollar i kvartalet"), else no period the text gives."""
        a, b = self._clause(sentence, d)
        quarter = any(self._months_of_word(m.group()) == 3
                      for m in self.period_word_re.finditer(sentence.text, a - sentence.start, b - sentence.start))
        period = self.periods.relative_to_publication("last_quarter") if quarter else None
        if period is not None:
            d.period = period
            d.reading["period"] = "published: the quarter it is now, the last before the publication date"
        else:
            d.passage = sentence.index
            d.reading["period"] = "unresolved: said of now, not of the period the sentence opened with"

    def _opens_time_clause(self, gap_after: str) -> bool:
        """", when it spent $1.467 billion": a clause after the phrase that says when holds its figure, so the
        phrase is that figure's, not the one before it ("… of $3.77 billion fell in the fourth quarter, when …")."""
        lead, comma, rest = gap_after.partition(",")
        if not comma or len(lead.split()) > 1:  # (a verb's particle may stand before it: "fielen im vierten Quartal an, als")
            return False
        head = normalise_words(rest).split()[:1]
        return bool(head) and head[0] in self.time_clause_words

    def _coordinated_phrase(self, gap: str) -> bool:
        """"139 Mio. und im dritten Quartal 2025, einem starken Quartal, 411 Mio.": a phrase joined on with
        "und" after a figure opens the next item, and is the next figure's."""
        words = normalise_words(gap).split()  # "und im", "and in": not "and so in" (the figure before's)
        return 0 < len(words) <= 2 and words[0] in self.coordinators and words[1:] in ([], *([p] for p in self.period_prepositions))

    def _total_in_own_clause(self, sentence: Sentence, d: Draft, scope: PeriodPhrase) -> bool:
        """Whether the figure's clause, joined on with "and" and without the sentence's opening period, says
        it is a total ("…, and in total it paid $493.8m": not "In 2024, OpenAI paid $539.8m in total")."""
        a, b = self._clause(sentence, d)
        clause = sentence.text[a - sentence.start:b - sentence.start]
        first = normalise_words(clause).split()[:1]
        return not a <= scope.start < b and self._names(clause, self.total_words) and (
            self._coordinated(sentence, d) or bool(first) and first[0] in self.coordinators)

    def _without_qualifiers(self, gap: str) -> str:
        """"im Schlussquartal knapp 1,5 Mrd.": a qualifier between a phrase and its figure is the figure's."""
        words = gap.split()  # as written: a comma before the qualifier still parts them (", about $100m")
        while words and fold(words[-1]) in self.qualifier_words:
            words.pop()
        return " ".join(words)

    def _rest_of_clause(self, sentence: Sentence, after: list[Draft], phrases: list[PeriodPhrase],
                        p: PeriodPhrase) -> list[Draft]:
        """"; by the fourth quarter its bill had almost tripled to $1.47bn": the level a change right
        after a clause-opening phrase reached has that phrase's period too (not a figure it is set
        against: "… $411m against $248m three months earlier")."""
        if after[0].kind not in ("growth", "ratio") or len(after) < 2:
            return []
        if any(q.start > p.end and q.start < after[1].end for q in phrases):
            return []
        gap = normalise_words(sentence.text[after[0].end - sentence.start:after[1].start - sentence.start])
        return [after[1]] if ends_with_word(gap, self.level_after_change) and len(gap.split()) <= 3 else []

    @staticmethod
    def _names_another_quantity(sentence: Sentence, gap: str, d: Draft) -> bool:
        """Whether the words between a figure and a period phrase after it name a quantity of
        their own (a metric word, some way off): the phrase is that quantity's period."""
        start = d.end
        named = any(start <= m.start and m.end <= start + len(gap) for m in sentence.metrics)
        return named and len(gap.split()) >= FAR_WORDS

    # -- entities --------------------------------------------------------------------
    def _entity(self, sentence: Sentence, d: Draft) -> None:
        person = next((e for e in sentence.entities if e.person), None)
        if person is not None:
            d.speaker = person.person
        if d.entity:
            return
        if self._names(sentence.text[self._clause(sentence, d)[0] - sentence.start:d.start - sentence.start],
                       self.caution_words["other_company"]):
            d.reading["entity"] = "none: the clause is about a company it does not name (\"eine Bank mit …\")"
            return
        mention = self._entity_in_sentence(sentence, d)
        if mention is not None and self._in_clause(sentence, d, mention):
            d.entity, d.reading["entity"] = mention.label, f"stated: {mention.text!r}"
            if d.metric and d.metric not in paid_metrics(mention.label):  # the payer owns a payment, not the payee
                self._metric_owners[d.metric] = mention.label
                self._stated_owners[mention.label] += 1
            return
        usual = self._metric_owners.get(d.metric or "")
        if mention is not None and usual is not None and usual != mention.label \
                and d.metric not in paid_metrics(mention.label) and self._coordinated(sentence, d) \
                and (paid_metrics(mention.label) or supplied_metrics(mention.label)):
            # "Microsoft får 8 pst. av inntektene, og inferensregningen … var 2,1 mrd.": the subject of
            # another clause, against the company whose inference bill the article gave in a clause of its own
            d.entity = usual
            d.reading["entity"] = (f"context: the company the article gave this metric for ({usual!r}), "
                                   f"not {mention.text!r} of another clause")
            return
        if mention is not None and (owner := self._base_owner(sentence, d, mention)) is not None:
            d.entity = owner
            d.reading["entity"] = (f"context: {mention.text!r} of another clause receives a share of the {d.metric}; "
                                   f"the {d.metric} is the company's that pays it ({owner!r})")
            return
        if mention is not None:
            d.entity, d.reading["entity"] = mention.label, f"stated: {mention.text!r}"
            if d.metric and d.metric not in paid_metrics(mention.label):
                self._stated_owners[mention.label] += 1
            return
        stranger = self._unknown_organisation(sentence, d)
        if stranger is not None:
            d.entity, d.reading["entity"] = stranger, "an organisation claimcheck does not know"
            return
        words = normalise_words(sentence.text)
        if any(f" {a} " in words for a in self.entity_anaphora):
            # the company the anaphor points back to, in this sentence: "$1.3bn — what OpenAI spent
            # on inference, the cost of running its models", or in a sentence before
            anaphor = self.entity_anaphor_re.search(sentence.text)
            until = max(d.start, sentence.start + anaphor.start()) if anaphor and self._stands_alone(sentence, d) else d.start
            here = [e for e in sentence.entities if e.end <= until and not self._is_agent(sentence, e)]
            named = next((s.entities for s in reversed(self.sentences[:max(0, sentence.index)]) if s.entities), None)
            if here or named:
                first = here[0] if here else named[0]
                d.entity, d.reading["entity"] = first.label, f"context: the company named before ({first.text!r})"
                return
        last = self._para_last.get(d.kind) or self._para_last.get("amount") or next(iter(self._para_last.values()), None)
        named = self._acting_companies(self._prev_sentence)
        # a sentence with no figures in between that names only other companies moves the topic on
        latest = max(self._para_last.values(), key=lambda e: e.start, default=None)
        shifted = bool(named) and last is not None and latest is not None and \
            latest.sentence.index not in (self._prev_sentence.index, sentence.index) and last.entity not in named
        if shifted:  # "OpenAI … 3,648 Mrd. Auch Anthropic wächst rasant. Dessen Inferenzkosten …": not OpenAI's
            d.reading["entity"] = (f"not carried: the sentence before names {sorted(named)[0]!r}, "
                                   f"not the company of the figure before")
        elif last is not None and last.entity and (owner := self._other_owner_named(sentence, d, last)) is not None:
            # "Microsoft gets 20 % of OpenAI's revenue. … a floor for revenue: at least $4.3bn": the
            # company whose revenue the article named, not the company of a figure of another metric
            d.entity, d.reading["entity"] = owner.label, f"context: the company whose {d.metric} the article named ({owner.text!r})"
        elif last is not None and last.entity and (payer := self._payer_of(last, d)) is not None:
            # "Those payments were $493.8 million … Grossing them up gives a minimum revenue: at least $2.47 billion":
            # the revenue is the company's that pays, not the payee's the payments were read as
            d.entity = payer
            d.reading["entity"] = f"context: the company that pays {last.entity!r} (the previous figure's), whose {d.metric} it is"
        elif last is not None and last.entity:
            d.entity, d.reading["entity"] = last.entity, "context: the previous figure in the paragraph"
            if last.reading.get("entity", "").startswith("article"):  # a guess carried on is still a guess
                d.reading["entity"] = CARRIED_ARTICLE_COMPANY
        elif self._prev_sentence is not None and not self._prev_sentence.entities and \
                self._unknown_organisation(self._prev_sentence, None):
            d.reading["entity"] = "not carried: the previous sentence is about an unknown organisation"
        elif (first := self._company_of_prev_sentence()) is not None:
            how = ASKED if self._asked_here is self._prev_sentence and self._answered_bare(sentence, d) \
                else "context: previous sentence"
            d.entity, d.reading["entity"] = first.label, f"{how}: {first.text!r}"
        elif (owner := self._owner_named_before(sentence, d)) is not None and (
                not self.dominant or owner.label == self.dominant or paid_metrics(self.dominant)
                or supplied_metrics(self.dominant)):  # not against the company the article is about
            d.entity, d.reading["entity"] = owner.label, f"context: the company whose {d.metric} the article named ({owner.text!r})"
        elif self.dominant:  # (of a metric it is paid or sells, the company that pays or buys it: owner_of)
            d.entity, d.reading["entity"] = self._article_owner(d.metric), "article: the company the article is about"

    def _base_owner(self, sentence: Sentence, d: Draft, payee: Mention) -> Optional[str]:
        """"Microsoft kriegt 20 % vom Umsatz, also lag der Umsatz bei mindestens 2,055 Mrd.": a company named, in
        another clause, as the one a rate of the figure's metric is paid to does not own that metric: the company
        the article names most of the others (the payer) does, if it names another."""
        if not d.metric or not paid_metrics(payee.label) or d.metric in paid_metrics(payee.label):
            return None
        own = self._clause(sentence, d)
        if any(f" {w} " in normalise_words(sentence.text[own[0] - sentence.start:d.start - sentence.start])
               for w in self.entity_anaphora):
            return None  # ("…, and its own revenue rose to $77.7 billion": the company named, after all)
        a, b = self._clause_at(sentence, payee.start)
        rate = any(e is not d and e.kind == "percent" and e.entity == payee.label and e.metric == "revenue_share_rate"
                   and a <= e.start < b for e in self._current_drafts)
        return main_company([n for n in self._named if n != payee.label]) if rate else None

    def _payer_of(self, last: Draft, d: Draft) -> Optional[str]:
        """The company the article names most besides the payee, when the figure before was a payment read as
        the payee's and this figure is of a metric that company is not paid (its revenue, its costs)."""
        paid = paid_metrics(last.entity)
        if not d.metric or last.metric not in paid or d.metric in paid or d.metric in RATE_METRICS:
            return None
        return main_company([n for n in self._named if n != last.entity])

    def _company_of_prev_sentence(self) -> Optional[Mention]:
        """The first company the sentence before names, but not one named only as the owner of a fiscal year
        ("Microsoft's fiscal year 2025 ended June 30, 2025. For the four quarters …, $7,494 million")."""
        prev = self._prev_sentence
        if prev is None:
            return None
        fiscal = [p for p in self._phrases(prev) if p.fiscal is not None]
        return next((e for e in prev.entities if not any(_owns_fiscal_phrase(prev, e, p) for p in fiscal)), None)

    def _stands_alone(self, sentence: Sentence, d: Draft) -> bool:
        """Whether the figure's clause is the figure alone ("$1.3bn — what OpenAI spent …"): the
        clauses after it say what it is, and whose."""
        a, b = self._clause(sentence, d)
        rest = sentence.text[a - sentence.start:d.start - sentence.start] + sentence.text[d.end - sentence.start:b - sentence.start]
        return LETTER.search(rest) is None

    @staticmethod
    def _acting_companies(sentence: Optional[Sentence]) -> set[str]:
        """The companies a sentence names, except one inside a metric phrase ("Betalt til Microsoft")."""
        if sentence is None:
            return set()
        return {e.label for e in sentence.entities
                if not any(m.start <= e.start and e.end <= m.end for m in sentence.metrics)}

    def _coordinated(self, sentence: Sentence, d: Draft) -> bool:
        """Whether the figure's clause is one joined on with "and", "og", "und", "while" (a clause
        of its own, with its own subject), not the rest of the main clause after an aside."""
        start = self._clause(sentence, d)[0] - sentence.start
        around = normalise_words(sentence.text[max(0, start - 12):start + 12])
        lead = normalise_words(sentence.text[max(0, start - 12):start])
        first = normalise_words(sentence.text[start:start + 12]).split()[:1]
        return ends_with_word(lead, self.coordinators) or (
            bool(first) and first[0] in self.coordinators and f" {first[0]} " in around)

    def _owner_named_before(self, sentence: Sentence, d: Draft) -> Optional[Mention]:
        """"• Inference, FY24: USD 3.77bn" in a note on Microsoft: whose inference the article said
        before ("OpenAI's inference spend on Azure"), rather than the company the article is about.
        The nearest earlier sentence that names an owner right before the metric word wins."""
        if not d.metric:
            return None
        for s in reversed(self.sentences[max(0, sentence.index - OWNER_LOOKBACK):max(0, sentence.index)]):
            owners = self._owners_named(s).get(d.metric, {})
            if len(owners) == 1:
                return next(iter(owners.values()))
        return None

    def _other_owner_named(self, sentence: Sentence, d: Draft, last: Draft) -> Optional[Mention]:
        """The owner of the figure's metric named before, when the previous figure is of another
        metric and another company."""
        if not d.metric or last.metric == d.metric:
            return None
        owner = self._owner_named_before(sentence, d)
        # named in this sentence or the one before: not an owner named paragraphs back
        since = self.sentences[max(0, sentence.index - 1)].start
        return owner if owner is not None and owner.label != last.entity and owner.start >= since else None

    def _owners_named(self, s: Sentence) -> dict[str, dict[str, Mention]]:
        """metric -> {company: mention} written as a possessive right before its word, per sentence
        (worked out once: every figure after it may look back over it)."""
        if s.index not in self._owner_cache:
            found: dict[str, dict[str, Mention]] = {}
            for m in s.metrics:
                if m.label and (o := self._owner_of(s, m, True)) is not None:
                    found.setdefault(m.label, {})[o.label] = o
            self._owner_cache[s.index] = found
        return self._owner_cache[s.index]

    def _entity_in_sentence(self, sentence: Sentence, d: Draft) -> Optional[Mention]:
        """Left in the clause; the company a relative clause hangs on; the owner of the
        metric word ("OpenAI's revenue"); right in the clause; the main clause's subject."""
        if not sentence.entities:
            return None
        spans = clause_spans(sentence.text, self.lex)
        clause = self._clause(sentence, d)
        named = self._spender_after(sentence, d) or self._apposition(sentence, d)
        if named is not None:
            return named
        years_of = self._fiscal_possessors(sentence)
        inside = [e for e in sentence.entities if clause[0] <= e.start and e.end <= clause[1] and e not in years_of]
        left = [e for e in inside if e.end <= d.start and not self._is_agent(sentence, e)
                and not (self._is_payee(sentence, e) and self._subject_before(sentence, e))]
        if left:
            return left[0]  # the clause's subject: "OpenAI paid Microsoft $77 million"
        named = self._contrasted(sentence, d)
        if named is not None:
            return named
        owner = self._metric_owner(sentence, d)
        if owner is not None:
            return owner
        named = self._subject_before_aside(sentence, clause)
        if named is not None:
            return named
        lead = normalise_words(sentence.text[clause[0] - sentence.start:d.start - sentence.start])
        if any(f" {a} " in lead for a in self.entity_anaphora):
            return None  # "das Unternehmen gab ... auf Microsoft Azure aus": the company named before
        head = normalise_words(sentence.text[clause[0] - sentence.start:clause[1] - sentence.start]).split()[:1]
        if head and head[0] in self.relative_words:
            # (not the company paid: "OpenAI paid Microsoft $307m, which implies revenue of at least $1.53bn")
            before = [e for e in sentence.entities if e.end <= clause[0]
                      and not (self._is_payee(sentence, e) and self._subject_before(sentence, e))]
            if before:
                return before[-1]
        right = [e for e in inside if e.start >= d.end and not self._is_agent(sentence, e)]
        if right:
            return right[0]
        main_end = spans[0][1] + sentence.start if spans else sentence.end
        subject = [e for e in sentence.entities if e.start < main_end and e.end <= d.start
                   and not self._is_agent(sentence, e) and e not in years_of]
        if not subject:
            return self._owner_in_aside(sentence, d)
        lead = normalise_words(sentence.text[:subject[0].start - sentence.start])
        if any(f" {a} " in lead for a in self.entity_anaphora):
            return None  # "Demnach gab das Unternehmen ... auf Microsoft Azure aus": the company named before
        return subject[0]

    def _fiscal_possessors(self, sentence: Sentence) -> list[Mention]:
        """"Inference over Microsoft's fiscal 2025: $7.49bn": the company whose fiscal year it is
        names the period, not whose the figure is, when the phrase is an adverbial (after "in",
        "over", "im" …)."""
        fiscal = [p for p in self._phrases(sentence) if p.fiscal is not None]
        out = []
        for e in sentence.entities:
            for p in fiscal:
                if not _owns_fiscal_phrase(sentence, e, p):
                    continue
                lead = normalise_words(sentence.text[max(0, min(e.start, p.start) - sentence.start - 16):
                                                     min(e.start, p.start) - sentence.start])
                if ends_with_word(lead, self.period_prepositions, self.articles):  # "over Microsoft's fiscal 2025", not
                    out.append(e)  # "Microsoft's fiscal 2025 spending on inference came to about $5bn"
                    break
        return out

    def _spender_after(self, sentence: Sentence, d: Draft) -> Optional[Mention]:
        """"dwarfed the roughly $1bn Anthropic paid Amazon": a company right after the figure (or
        after "that"), then a verb of paying or spending, is whose the figure is."""
        for e in sentence.entities:
            if e.start < d.end:
                continue
            raw = sentence.text[d.end - sentence.start:e.start - sentence.start]
            gap = normalise_words(raw).strip() if raw.replace(" ", "").isalpha() or not raw.strip() else "-"
            follows = normalise_words(sentence.text[e.end - sentence.start:e.end - sentence.start + 20])
            if gap in ("", *self.object_relatives) and starts_with_word(follows, self.spend_verbs):
                return e
            return None
        return None

    def _contrasted(self, sentence: Sentence, d: Draft) -> Optional[Mention]:
        """"OpenAI paid Microsoft $411m, whereas Anthropic, which …, paid about $1bn": the nearest
        company before the figure that opens a contrasting clause is that clause's subject."""
        before = [e for e in sentence.entities if e.end <= d.start and not self._is_agent(sentence, e)
                  and not self._is_payee(sentence, e)]
        if not before or HARD_BREAK.search(sentence.text[before[-1].end - sentence.start:d.start - sentence.start]):
            return None  # "…, but OpenAI … was not mentioned; in Q3 Azure AI revenue was …": another clause's
        lead = normalise_words(sentence.text[max(0, before[-1].start - sentence.start - 16):before[-1].start - sentence.start])
        return before[-1] if ends_with_word(lead, self.contrasts) else None

    @staticmethod
    def _owner_in_aside(sentence: Sentence, d: Draft) -> Optional[Mention]:
        """"inferensregningen – det OpenAI betaler for å kjøre modellene – på 3 648 millioner": an
        aside right after the metric word, before the figure, names whose it is."""
        for a, b in parentheticals(sentence.text):
            start, end = a + sentence.start, b + sentence.start
            opens_on_metric = any(0 <= start - m.end <= 1 for m in sentence.metrics)
            inside = [e for e in sentence.entities if start <= e.start and e.end <= end]
            if opens_on_metric and inside and end <= d.start:
                return inside[0]
        return None

    def _unknown_organisation(self, sentence: Sentence, d: Optional[Draft]) -> Optional[str]:
        """A name the gazetteer does not know, before the figure in its clause (or anywhere in
        the sentence when d is None): "SAP will mehr als 20 Milliarden Euro ..." is not about OpenAI."""
        if d is None:
            text, base = sentence.text, sentence.start
        else:
            clause = self._clause(sentence, d)
            text, base = sentence.text[clause[0] - sentence.start:d.start - sentence.start], clause[0]
        found = None
        label = SPEAKER_LABEL.match(sentence.text)
        names = [(a + sentence.start, b + sentence.start) for pattern in (NAME_LINE, AT_MENTION)
                 for a, b in (n.span() for n in pattern.finditer(sentence.text))]
        for m in CAPITALISED.finditer(text):
            word = m.group(0).rstrip("'’s") if m.group(0).endswith(("'s", "’s")) else m.group(0)
            at = base + m.start()
            if label and at < sentence.start + label.end():
                continue  # "[00:01:35] MARCUS OYELARAN: ..." names who speaks, not an organisation
            if any(a <= at < b for a, b in names):
                continue  # "Tore Lykke\nlol de brente …": a commenter's name on its own line
            head = word.split("-")[0].lower()
            if head.endswith("s") and head[:-1] in known_names():
                head = head[:-1]  # "Microsofts", "OpenAIs": a known name's genitive
            if (at == sentence.start and not ACRONYM.match(word)) or head in self.not_orgs or head in known_names() \
                    or word.lower() in self.defined_terms \
                    or any(a in word.lower() for a in self.entity_anaphora):
                continue
            if sentence.text[:at - sentence.start].rstrip().endswith((":", ".", "«", "\"", "“", "(", ">")) \
                    or at - sentence.start <= 12 and LIST_MARK.fullmatch(sentence.text[:at - sentence.start]):
                continue  # (the first word after a list's mark, "a) Inferenskostnaden …", opens a sentence)
            if not ACRONYM.match(word) and not LETTER.search(sentence.text[:at - sentence.start]):
                continue  # the sentence's first word after a number or a mark ("«4/5 Samtidig var ...")
            if self.lex.data.CAPITALISED_NOUNS and not ACRONYM.match(word):
                continue
            if YEAR.match(word) or PERIOD_CODE.match(word) or len(word) < 2:  # (a lone capital: "resolves N/A")
                continue
            found = word  # the last one before the figure: "the Norwegian club Rosenborg spent"
        return found

    def _subject_before_aside(self, sentence: Sentence, clause: tuple[int, int]) -> Optional[Mention]:
        """"For comparison, CoreWeave, a specialised GPU cloud provider, reported revenue of USD 1.36 billion": a
        company set off from the figure's clause only by an aside between commas is that clause's subject."""
        before = [e for e in sentence.entities if e.end <= clause[0]]
        if not before or _possessive(before[-1]):
            return None
        gap = sentence.text[before[-1].end - sentence.start:clause[0] - sentence.start]
        return before[-1] if ASIDE_BETWEEN_COMMAS.fullmatch(gap.strip()) else None

    def _apposition(self, sentence: Sentence, d: Draft) -> Optional[Mention]:
        """"OpenAI's largest neocloud supplier, CoreWeave, reported revenue of $1.36bn", "OpenAIs
        Cloud-Partner CoreWeave meldete …": the company named after a possessive and a role (between
        commas, or after a role noun) is the subject, not the possessor. Only the company nearest the
        figure, in its clause ("Anthropic's rival OpenAI …, but Anthropic spent" is Anthropic's)."""
        before = [e for e in sentence.entities if e.end <= d.start]
        if len(before) < 2:
            return None
        e = before[-1]
        if _possessive(e) or HARD_BREAK.search(sentence.text[e.end - sentence.start:d.start - sentence.start]):
            return None
        after = sentence.text[e.end - sentence.start:e.end - sentence.start + 2]
        for o in reversed(before[:-1]):  # the possessor may come before another name in the role
            gap = sentence.text[o.end - sentence.start:e.start - sentence.start]  # ("… leverandør utenom Microsoft, CoreWeave,")
            if o.label == e.label or not self.apposition_gap.fullmatch(gap):
                continue
            role = normalise_words(gap).split()[-1:]
            if after.startswith(",") or ((POSSESSIVE_START.match(gap) or _possessive(o)) and role
                                         and role[0].endswith(self.role_nouns)):
                return e
        return None

    def _is_payee(self, sentence: Sentence, e: Mention) -> bool:
        """"OpenAI, whose …, paid Microsoft $1.3 billion": Microsoft is paid, it does not pay."""
        for m in sentence.metrics:
            if m.start <= e.start and e.end <= m.end and fold(m.text) in self.company_phrases:
                return any(fold(m.text).startswith(w) for w in self.payee_markers)
        return False

    def _subject_before(self, sentence: Sentence, e: Mention) -> bool:
        return any(o.end <= e.start and o.label != e.label and not self._is_agent(sentence, o) for o in sentence.entities)

    def _is_agent(self, sentence: Sentence, e: Mention) -> bool:
        """"a round led by SoftBank": the company after "by" acts on the figure, it does not own it."""
        before = normalise_words(sentence.text[max(0, e.start - sentence.start - 20):e.start - sentence.start])
        return ends_with_word(before, self.agent_words)

    def _metric_owner(self, sentence: Sentence, d: Draft) -> Optional[Mention]:
        """The company written right before a word for the claim's metric ("OpenAI's revenue")."""
        for m in sentence.metrics:
            if d.metric and m.label == d.metric and (owner := self._owner_of(sentence, m)) is not None:
                return owner
        return None

    @staticmethod
    def _owner_of(sentence: Sentence, m: Mention, possessive: bool = False) -> Optional[Mention]:
        """The company right before a metric word: one word apart at most ("OpenAI's revenue",
        "OpenAI Q3 revenue"), or with `possessive` nothing but a possessive or hyphen ("OpenAI's
        inference", "OpenAI-inferens"; not "til Microsoft for inferens")."""
        before = [e for e in sentence.entities if e.end <= m.start]
        if not before:
            return None
        gap = sentence.text[before[-1].end - sentence.start:m.start - sentence.start]
        if possessive:
            return before[-1] if POSSESSIVE_GAP.fullmatch(gap) else None
        if len(gap) <= 15 and len(gap.split()) <= 1 and not any(ch in gap for ch in ",.;:"):
            return before[-1]
        return None

    def _clause(self, sentence: Sentence, d: Draft) -> tuple[int, int]:
        return self._clause_at(sentence, d.start)

    def _clause_at(self, sentence: Sentence, pos: int) -> tuple[int, int]:
        spans = clause_spans(sentence.text, self.lex)
        i = bisect.bisect_right(spans, pos - sentence.start, key=lambda span: span[0]) - 1
        if i >= 0 and spans[i][0] <= pos - sentence.start < spans[i][1]:
            return spans[i][0] + sentence.start, spans[i][1] + sentence.start
        return sentence.start, sentence.end

    def _owned_elsewhere(self, sentence: Sentence, d: Draft, mention: Mention) -> bool:
        """"Microsofts Cloud-Umsatz stieg auf 49,1 Mrd.; OpenAI zahlte dem Konzern 411 Mio.": a metric
        word in another clause is said of the company named there; a payment another company makes
        in the figure's own clause is not that metric. (Without a payment the metric carries over:
        "Google venter kapitalutgifter på 91 milliarder, mens Meta har sagt opptil 72 milliarder".)"""
        here, there = self._clause(sentence, d), self._clause_at(sentence, mention.start)
        if here == there or mention.label in self.paid_anywhere or id(mention) in self._purposes:
            return False
        lead = normalise_words(sentence.text[max(0, mention.start - sentence.start - 16):mention.start - sentence.start])
        if ends_with_word(lead, self.purpose_words, self.articles):
            return False  # "Für die Inferenz … zahlte OpenAI … 1.467.000.000 US-Dollar": what the payment was for
        own = {e.label for e in sentence.entities if here[0] <= e.start and e.end <= d.start
               and not self._is_agent(sentence, e)}
        if not own:
            return False
        # "OpenAI paid it $411 million" next to "Microsoft's cut of OpenAI's revenue": a payment is not revenue
        return self._names(sentence.text[here[0] - sentence.start:d.start - sentence.start], self.caution_words["pay"])

    # -- metrics -----------------------------------------------------------------------
    def _turns(self, before: Optional[Sentence], sentence: Sentence) -> bool:
        """Whether two paragraphs are turns of one conversation: both open with a speaker's label
        (`TURN_LABEL`)."""
        if before is None:
            return False
        first = self._first_of_paragraph.get(before.paragraph, before)
        return all(TURN_LABEL.match(t) or CHAT_HEADER.match(t) or NAME_LINE.match(t) for t in (first.text, sentence.text))

    def _answers(self, sentence: Sentence, d: Draft) -> bool:
        """Whether the sentence's paragraph opens with a speaker's label ("A:", "Svar:",
        "[00:00:41] MARCUS OYELARAN:"): an answer, not prose after a rhetorical question; or is a
        list whose item gives the bare figure ("• … in the documents: $12.4bn from January 2024 to
        September 2025"), not a figure with a noun of its own ("• It ended Q2 with $17.5bn in the bank")."""
        first = self._first_of_paragraph.get(sentence.paragraph, sentence)
        return SPEAKER_LABEL.match(first.text) is not None or (
            BULLET_ITEM.match(first.text) is not None and self._bare(sentence, d))

    def _clause_text(self, sentence: Sentence, d: Draft) -> str:
        a, b = self._clause(sentence, d)
        return sentence.text[a - sentence.start:b - sentence.start]

    @staticmethod
    def _between(sentence: Sentence, a: Draft, b: Draft) -> str:
        return sentence.text[a.end - sentence.start:b.start - sentence.start]

    @staticmethod
    def _stated_before(before: list[Draft]) -> Optional[Draft]:
        """The last figure before in the sentence whose period the sentence states for it."""
        return next((e for e in reversed(before) if e.period is not None and e.period.how == "stated"
                     and e.kind == "amount"), None)

    def _answered_bare(self, sentence: Sentence, d: Draft, named: bool = True) -> bool:
        """Whether the answer opens with the figure, at most ANSWER_LEAD words after its label ("A: $3.77
        billion.", "A: Q3 2025, at $3.648 billion"; not "A: its smallest payment was $77 million"); with
        `named` False, also naming no company before it (then the question's metric is the figure's)."""
        label = SPEAKER_LABEL.match(sentence.text)
        start = label.end() if label else 0
        if not named and any(start <= e.start - sentence.start < d.start - sentence.start for e in sentence.entities):
            return False  # "jepp. openai betalte 865,9 mill dollar til ms": says what it is itself
        lead = sentence.text[start:d.start - sentence.start]
        for p in self._phrases(sentence):  # the period phrases do not count
            lead = lead.replace(p.text, " ")
        return len(normalise_words(lead).split()) <= ANSWER_LEAD

    def _question_right_before(self, sentence: Sentence) -> Optional[Sentence]:
        """The question a sentence opening with an answer's label answers: the sentence just before it,
        when that ends in a question mark ("Q2. How much did OpenAI spend on inference in 2024?\nA: $3.77
        billion.")."""
        before = self.sentences[sentence.index - 1] if sentence.index > 0 else None
        if before is None:
            return None
        labelled = SPEAKER_LABEL.match(sentence.text) is not None
        # "1. Wie hoch waren … im Jahr 2024?" as a paragraph of its own, the answer opening the next one
        numbered = NUMBERED_QUESTION.match(before.text) is not None and before.paragraph != sentence.paragraph \
            and self._first_of_paragraph.get(before.paragraph) is before \
            and self._first_of_paragraph.get(sentence.paragraph) is sentence
        if not (labelled or numbered):
            return None
        return before if _without_attribution(before.text.rstrip()).endswith("?") else None

    def _period_asked(self, sentence: Sentence, d: Draft, drafts: list[Draft]) -> Optional[PeriodPhrase]:
        """The one period the question a figure answers names, when nothing between the figures
        around it looks like a period ("$454 million ($206 million in Q1 plus …": the first only)."""
        if self._asked_here is None or not self._answered_bare(sentence, d):
            return None
        n = drafts.index(d)
        a = drafts[n - 1].end if n else sentence.start
        b = drafts[n + 1].start if n + 1 < len(drafts) else sentence.end
        around = self.text[a:b] if self.text else sentence.text  # (a reader given no article text: the sentence)
        if PERIOD_CODE.search(around):
            return None
        asked = [p for p in self._phrases(self._asked_here) if p.period is not None and p.shape not in ("dated", "since")]
        return asked[0] if len({(p.period.start, p.period.end) for p in asked}) == 1 else None

    def _in_scenario_list(self, sentence: Sentence) -> bool:
        """A list led by a line naming scenarios ("Scenarios for fiscal 2026:\n- Bull: … $331 billion\n- Bear:
        … $309 billion") is of alternatives, each a model's: its items, and their sentences, until the next
        paragraph that is not an item or the next lead."""
        if sentence.text.rstrip().endswith(":") and LIST_ITEM_OPENING.match(sentence.text) is None:
            return self._names(sentence.text, self.caution_words["scenario"])
        if LIST_ITEM_OPENING.match(sentence.text) is None and sentence.paragraph != self._scenario_paragraph:
            return False
        if self._scenario_list:
            self._scenario_paragraph = sentence.paragraph
        return self._scenario_list

    def _after_list_item(self) -> bool:
        return self._prev_sentence is not None and BULLET_ITEM.match(self._prev_sentence.text) is not None

    def _is_heading_question(self, sentence: Sentence) -> bool:
        """A question or a list's lead on a line of its own ("2. How big is the inference bill?",
        "OpenAI's inference spend on Azure:") heads what follows."""
        text = sentence.text.rstrip(" \t")  # (a line of a list keeps its line break)
        return _without_attribution(text.rstrip("\n")).endswith(("?", ":")) and (
            text.endswith("\n") or self.text[sentence.end:sentence.end + 4].lstrip(" \t").startswith("\n"))

    def _asked(self, sentence: Optional[Sentence]) -> Optional[tuple[str, str]]:
        """The metric a paragraph ending in a question names ("Start with the inference bill …
        Where does it begin?"): the answer's first figures are about it."""
        if sentence is None:
            return None
        first = self._first_of_paragraph.get(sentence.paragraph, sentence)
        if not _without_attribution(self.text[first.start:sentence.end] or sentence.text).endswith("?"):
            return None  # (the sentencizer may cut '… last year?" (Priya, Leeds)' in two)
        question = next((s for s in reversed(self.sentences[first.index:sentence.index + 1])
                         if any(m.label or m.generic for m in s.metrics)), None)
        return self._named_metric(question)

    def _named_metric(self, question: Optional[Sentence]) -> Optional[tuple[str, str]]:
        for m in (question.metrics if question else []):
            metric = self._resolve_generic(question, m)
            if metric:
                return metric, m.text
        return None

    def _metric(self, sentence: Sentence, d: Draft, earlier: list[Draft]) -> None:
        listed = self._metric_in_turn(sentence, d)
        if listed is not None:
            d.metric, d.metric_bound = listed.label, listed.bound
            d.reading["metric"] = f"stated: {listed.text!r}, in the order the figures are listed"
        grown = self._grown(d, earlier)
        if grown is not None and d.metric is None:
            mention = self._metric_mention(sentence, d)
            if mention is None or not self._in_clause(sentence, d, mention):
                d.metric, d.entity = grown.metric, grown.entity  # "3,65 mrd. – en økning på 24 %": what grew
                # (as sure as that figure's own reading: leaning on context only when it did)
                d.reading["metric"] = (f"context: the figure that changed ({grown.text!r})"
                                       if grown.reading.get("metric", "").startswith(LEANING_METRICS) else
                                       f"changed: the metric of the figure that changed ({grown.text!r})")
                return
        if d.metric is None and d.kind == "amount" and (source := self._converted_from(sentence, d, earlier)) is not None:
            d.metric, d.entity = source.metric, d.entity or source.entity
            d.reading["metric"] = f"context: {source.text!r} in another currency"
            self._converted[id(d)] = source
            return
        if d.metric is None and d.kind == "amount" and (named := self._purpose_named_before(sentence, d)) is not None:
            d.metric, d.reading["metric"] = named.label, f"context: paid for what the sentence before named ({named.text!r})"
        if d.metric is None:
            mention = self._metric_mention(sentence, d)
            last = self._para_last.get(d.kind)
            if mention is not None and mention.start >= self._clause(sentence, d)[1] and last is not None \
                    and last.metric:
                mention = None  # nothing named in this clause: the paragraph's last figure says what it is
            if not earlier and self._asked_here is not None and self._question is not None \
                    and self._answered_bare(sentence, d, named=False) \
                    and (mention is None or not self._in_clause(sentence, d, mention)):
                # "Q7. … the least revenue OpenAI can have had …?\nA: $4.33 billion, i.e. the $865.9 million it
                # paid Microsoft …": the answer's first figure is what was asked, not another clause's
                d.metric, d.reading["metric"] = self._question[0], f"{ASKED}: {self._question[1]!r}"
                mention = None
            elif mention is not None and self._owned_elsewhere(sentence, d, mention):
                d.reading["metric"] = f"none: {mention.text!r} is said of the company another clause names"
                mention = None
            elif mention is not None and self._payment_part(sentence, d, mention):
                # "inference costs rose to $2.947 billion and payments to $248 million": the payments' figure (of
                # the paragraph's last payment, or of none the text names: to whom, it does not say)
                paid = self._para_paid
                d.metric = paid.metric if paid is not None else None
                d.reading["metric"] = (f"context: the payments named, as {paid.text!r} before" if paid is not None
                                       else "none: payments, to a company the text does not name")
            elif mention is not None and not self._in_clause(sentence, d, mention) and self._points_back(sentence, d) \
                    and (named := self._metric_named_before(any_subject=True)) and named.label not in PERCENT_OF:
                # "Inferens er dyrt. For det betalte OpenAI 3,648 mrd. …, mens Microsoft fikk 411 mill. i inntektsdeling":
                # what its own clause points back to, not what another clause names
                d.metric, d.reading["metric"] = named.label, f"context: what the sentence before named ({named.text!r})"
            elif mention is not None and d.kind == "amount" and not self._in_clause(sentence, d, mention) \
                    and (rate := self._rate_of_mention(sentence, earlier)) is not None \
                    and HARD_BREAK.search(sentence.text[rate.end - sentence.start:d.start - sentence.start]):
                # (past a semicolon only: "20 Prozent vom Umsatz, der 2024 mindestens 2,47 Mrd. betrug" is the base)
                # "OpenAI hands over a fifth of its revenue; that came to $139m in …": what the rate comes to
                self._amount_of_rate(sentence, d, rate)
            elif mention is not None:
                d.metric = self._resolve_generic(sentence, mention) or None
                d.metric_bound = mention.bound
                how = "context (generic word)" if mention.generic else \
                    "stated" if self._in_clause(sentence, d, mention) else "nearby (another clause)"
                d.reading["metric"] = f"{how}: {mention.text!r}"
            elif self._paid_to_pronoun(sentence, d):  # "OpenAI paid it $248m": a payment, not the figure before's metric
                payee = self._payee_named_before(sentence, d)
                if payee is not None:
                    d.metric = next(iter(sorted(paid_metrics(payee.label))))
                    d.reading["metric"] = f"context: paid to the company named before ({payee.text!r})"
                else:
                    d.reading["metric"] = "none: paid to a company the text does not name before"
            else:
                last = self._para_last.get(d.kind)
                rate = self._para_last.get("percent") if d.kind == "amount" else None
                rate_here = next((e for e in reversed(earlier) if e.kind == "percent"), None) if d.kind == "amount" else None
                if rate_here is not None and self._relative_after(sentence, rate_here, d):
                    rate_here = None  # "20 prosent av OpenAIs inntekter, som i 2024 var minst 2,47 mrd.": the base's
                if last is not None and last.metric and last.metric not in AMOUNT_OF.values() \
                        and (last.metric in RECEIVED_METRICS or d.kind == "growth") \
                        and self._names(self._clause_text(sentence, d), self.payment_nouns, inside=True):
                    # ("stiegen die Zahlungen um 143 Prozent" after a change of the inference bill: the payments')
                    # "… OpenAI's revenue … was at least $4.33 billion. The payments went from $186 million …":
                    # a payment, not the revenue the figure before was
                    if self._para_paid is not None:
                        d.metric = self._para_paid.metric
                        d.reading["metric"] = f"context: the last payment in the paragraph ({self._para_paid.text!r})"
                    elif rate is not None and rate.metric in AMOUNT_OF:  # "Microsoft's cut is 20% … The payments …"
                        d.metric = AMOUNT_OF[rate.metric]
                        d.reading["metric"] = f"context: the amount of the rate before ({rate.text!r})"
                    else:
                        d.reading["metric"] = "none: a payment, and the paragraph names none before"
                elif rate_here is not None and rate_here.metric in AMOUNT_OF:
                    # "Microsoft receives 20% of OpenAI's revenue; those payments totalled $493.8 million":
                    # the amount the rate before it in the sentence comes to
                    self._amount_of_rate(sentence, d, rate_here)
                elif last is not None and last.metric and d.kind == "amount" \
                        and (named := self._metric_named_since(last)) is not None:
                    # "… and you get a floor for open ai's revenue\nso at least 4.33 billion dollars": the topic the
                    # sentence before named, not the metric of the figure before it
                    d.metric, d.reading["metric"] = named.label, f"context: the sentence before named it ({named.text!r})"
                elif last is not None and last.metric:
                    d.metric, d.reading["metric"] = last.metric, "context: the previous figure in the paragraph"
                elif d.kind == "growth" and (level := self._level_changed(sentence, d)) is not None:
                    # "$3.648B in Q3 2025. Year over year, Q3 was up ~263%.": a change of what the paragraph's last
                    # figure measured; "Dass die Zahlungen … um 66 Prozent über dem Vorquartal lagen": its last payment
                    d.metric, d.reading["metric"] = level.metric, f"context: the previous figure in the paragraph ({level.text!r})"
                elif rate is not None and rate.metric in AMOUNT_OF:
                    # "Microsoft erhält zwanzig Prozent von OpenAIs Umsatz. Im dritten Quartal 2025 waren das
                    # 411 Mio.": the amount the rate before comes to
                    self._amount_of_rate(sentence, d, rate)
                elif self._points_back(sentence, d) and (named := self._metric_named_before(any_subject=True)) \
                        and named.label not in PERCENT_OF:  # (paid "for" a share of revenue is the payment, not revenue)
                    # "Zuerst die Kosten für die Inferenz. Im ersten Halbjahr 2025 zahlte OpenAI dafür 5,02 Mrd."
                    d.metric, d.reading["metric"] = named.label, f"context: what the sentence before named ({named.text!r})"
                elif self._bare(sentence, d) and (named := self._metric_named_before()) is not None:
                    # "The big one is inference. January through September 2025: $8.67 billion."
                    d.metric, d.reading["metric"] = named.label, f"context: the sentence before named it ({named.text!r})"
                elif self._question is not None and self._answers(sentence, d):  # "Q: … the bill? A: … $2.9bn"
                    d.metric, d.reading["metric"] = self._question[0], f"context: the question before ({self._question[1]!r})"
                elif self._heading is not None:  # "2. How big is the inference bill?\nBig. … it came to $3.77bn"
                    d.metric, d.reading["metric"] = self._heading[0], f"context: the question heading it ({self._heading[1]!r})"
                elif (turn := self._turn_last.get(d.kind) or (self._turn_last.get("amount") if d.kind != "percent" else None)) is not None \
                        and _same_magnitude(d, turn):  # (not "2 slices for $7" after "3.648b")
                    d.metric, d.reading["metric"] = turn.metric, f"context: the figure of the turn before ({turn.text!r})"
                elif d.kind == "amount" and (paid := self._payment_as_before(sentence, d)) is not None:
                    # "III. REVENUE-SHARE PAYMENTS … 7. For the quarter ended June 30, 2025, the Documents show a payment
                    # of $284 million.": a payment, in an article whose payments were the revenue share
                    d.metric, d.reading["metric"] = paid.metric, f"context: the article's last payment ({paid.text!r})"
        if d.kind == "percent":
            d.metric = PERCENT_OF.get(d.metric, d.metric)
            if d.metric in AMOUNT_OF and (base := self._percent_of_another(sentence, d)) is not None:
                d.metric = None  # "Microsoft's share came to 11% of what OpenAI spent on inference": not of revenue
                d.reading["metric"] = f"none: a per cent of {base.text!r}, not of the revenue the rate is of"
            elif d.metric in AMOUNT_OF and (whole := self._part_of_figure_before(sentence, d)) is not None:
                d.metric = None  # "Umsatzerlöse von 41,7 Mio. EUR; hiervon entfielen rund 74 % auf …": a part of it
                d.reading["metric"] = f"none: a part of {whole.text!r}, the figure before, not the revenue share's rate"
            elif d.metric in AMOUNT_OF and self._percent_of_group_revenue(sentence, d):
                d.metric = None  # "well under 1% of group revenue": of the company's own total, not the share's base
                d.reading["metric"] = "none: a per cent of a group's own revenue, not of the revenue the rate is of"
            elif d.metric in AMOUNT_OF and self._percent_of_payments(sentence, d):
                d.metric = None  # "das sind rund 47 % der Zahlungen der ersten neun Monate": a part of the payments
                d.reading["metric"] = "none: a per cent of the payments, not of the revenue the rate is of"
            elif d.metric in AMOUNT_OF and (spent := self._share_spent_on(sentence, d)) is not None:
                d.metric = None  # "OpenAI spent two-thirds of its revenue on inference": not Microsoft's share
                d.reading["metric"] = f"none: the part of revenue that {spent.text!r} took, not the revenue share"
        elif d.kind == "amount":
            d.metric = AMOUNT_OF.get(d.metric, d.metric)
        if d.metric_bound and not d.bound_stated:
            d.bound = d.metric_bound

    def _listed(self, sentence: Sentence, d: Draft) -> list[Draft]:
        """The list of figures of one kind, joined by commas and "and", that the figure is one of
        ("$3.648 billion and $411 million"), or the figure alone."""
        drafts = self._current_drafts
        i = lo = hi = next(k for k, e in enumerate(drafts) if e is d)
        joined = lambda a, b: a.kind == b.kind and self.list_gap.match(self._between(sentence, a, b)) is not None
        while lo > 0 and joined(drafts[lo - 1], drafts[lo]):
            lo -= 1
        while hi + 1 < len(drafts) and joined(drafts[hi], drafts[hi + 1]):
            hi += 1
        return drafts[lo:hi + 1]

    def _metric_in_turn(self, sentence: Sentence, d: Draft) -> Optional[Mention]:
        """The figure's metric when a list of as many different metrics comes right before its list of figures
        ("inference costs and revenue-share payments rose to $3.648 billion and $411 million", "… were $411
        million and $3.648 billion respectively"): the nearest word would give both the second metric."""
        listed = self._listed(sentence, d)
        if len(listed) < 2:
            return None
        before = [m for m in sentence.metrics if m.end <= listed[0].start and not m.generic]
        if not before or any(e.start > before[-1].end for e in self._current_drafts if e.start < listed[0].start):
            return None
        run = [before[-1]]
        for m in reversed(before[:-1]):
            if self.metric_list_gap.match(sentence.text[m.end - sentence.start:run[0].start - sentence.start]) is None:
                break
            run.insert(0, m)
        if len(run) != len(listed) or len({m.label for m in run}) != len(run):
            return None
        return run[listed.index(d)]

    def _periods_in_turn(self, sentence: Sentence, drafts: list[Draft]) -> None:
        """A list of figures with a pair or range of quarters named as one ("$2.075 billion and $2.947 billion
        in the first and second quarters of 2025"): as many figures as quarters are one quarter each, in turn,
        not each the total of them."""
        spans = {p.period for p in self._phrases(sentence) if p.shape in ("quarter_pair", "quarter_range") and p.period}
        for listed in {id(g[0]): g for g in (self._listed(sentence, d) for d in drafts) if len(g) > 1}.values():
            period = next((e.period for e in listed if e.period in spans), None)  # (the others may have only a guess)
            if period is None or any(e.period not in (period, None) and e.period.how != "inferred" for e in listed):
                continue
            quarters = period.months() // 3
            if quarters != len(listed):
                continue
            for n, d in enumerate(listed):
                first = period.start.month + 3 * n
                d.period = months(period.start.year, first, first + 2, period.how)
                d.reading["period"] = f"stated: quarter {n + 1} of those listed with the figures, in turn"

    @staticmethod
    def _rate_of_mention(sentence: Sentence, earlier: list[Draft]) -> Optional[Draft]:
        """The rate of revenue the clause before ends on, with no figure between ("a fifth of its revenue; that came
        to …"), whose metric word is in that clause, not the figure's."""
        rate = earlier[-1] if earlier else None
        if rate is None or rate.kind != "percent" or rate.metric not in AMOUNT_OF:
            return None
        return rate if any(rate.end <= m.start <= rate.end + 30 and PERCENT_OF.get(m.label) == rate.metric
                           for m in sentence.metrics) else None

    def _amount_of_rate(self, sentence: Sentence, d: Draft, rate: Draft) -> None:
        """The amount a rate named before comes to ("20% of OpenAI's revenue … those payments totalled $493.8
        million"), or, when the figure's clause calls it a floor, the least the base of the rate can be ("… gives
        a floor for revenue. For the first nine months that floor is $4.33 billion"): not the payments."""
        # (up to the next figure: "The $454 million paid … implies revenue of at least $2.27 billion" is no floor)
        a, b = self._clause(sentence, d)
        b = min([b] + [e.start for e in self._current_drafts if e.start > d.end] + [m.start for m in sentence.metrics
                                                                                    if m.start > d.end])
        floor = next((bw for w, bw in self.lex.data.BOUND_WORDS.items() if bw == "gte"
                      and self._names(sentence.text[a - sentence.start:b - sentence.start], [fold(w)])), None)
        base = next((m for m, r in PERCENT_OF.items() if r == rate.metric and m not in AMOUNT_OF.values()), None)
        if floor and base:
            d.metric, d.metric_bound = base, floor
            d.reading["metric"] = f"context: the floor of what the rate before is of ({rate.text!r})"
            src = rate.sentence
            owner = next((o for m in src.metrics if m.label == base and m.start >= rate.end
                          and (o := self._owner_of(src, m)) is not None), None)
            if owner is not None:  # "20% of OpenAI's revenue": OpenAI's floor, not the payee's
                d.entity, d.reading["entity"] = owner.label, f"context: whose {base} the rate before is of ({owner.text!r})"
            return
        d.metric = AMOUNT_OF[rate.metric]
        d.reading["metric"] = f"context: the amount of the rate before ({rate.text!r})"

    def _percent_of_another(self, sentence: Sentence, d: Draft) -> Optional[Mention]:
        """The metric a per cent is "of", when the words right after it say so and it is not revenue ("11% of
        what OpenAI spent on inference")."""
        at = d.end - sentence.start
        if not self.of_after.match(sentence.text[at:at + 60]):
            return None
        base = self._metric_after(sentence, d, within=60)
        # (of the payments themselves, "47% of OpenAI's revenue-share payments": a part of them, not the rate)
        return base if base is not None and (base.label not in PERCENT_OF or base.label in AMOUNT_OF.values()) else None

    def _part_of_figure_before(self, sentence: Sentence, d: Draft) -> Optional[Draft]:
        """The amount before a per cent when the words between point to it ("hiervon", "of which", "av dette")."""
        whole = next((e for e in reversed(self._current_drafts) if e.end <= d.start and e.kind == "amount"), None)
        if whole is None:
            return None
        between = normalise_words(sentence.text[whole.end - sentence.start:d.start - sentence.start])
        return whole if self.of_it_before.search(between) else None

    def _of_what(self, sentence: Sentence, d: Draft) -> str:
        """The normalised words right after a per cent's "of" ("1% of group revenue" -> " group revenue "), or ""."""
        at = d.end - sentence.start
        of = self.of_after.match(sentence.text[at:at + 60])
        return normalise_words(sentence.text[at + of.end():at + of.end() + 40]) if of else ""

    def _percent_of_group_revenue(self, sentence: Sentence, d: Draft) -> bool:
        """Whether a per cent is of a group's own revenue ("1% of group revenue", "1 % des Konzernumsatzes")."""
        of = self._of_what(sentence, d)
        return any(f" {w} " in of for w in self.group_revenue)

    def _percent_of_payments(self, sentence: Sentence, d: Draft) -> bool:
        """Whether a per cent is of payments ("47 % der Zahlungen", "47% of the payments"): a part of an amount
        paid, which the rate of revenue is not."""
        return any(w in self.payment_nouns for w in self._of_what(sentence, d).split()[:2])

    def _share_spent_on(self, sentence: Sentence, d: Draft) -> Optional[Mention]:
        """Another metric named after a per cent of revenue in its clause: the part of revenue that went to it
        ("two-thirds of its revenue on inference"), a ratio the reference data do not give."""
        return self._metric_after(sentence, d, keep=lambda m: bool(m.label) and m.label not in PERCENT_OF)

    def _metric_after(self, sentence: Sentence, d: Draft, within: Optional[int] = None,
                      keep=lambda m: True) -> Optional[Mention]:
        """The first specific metric word after the figure in its clause (and `within` characters of it)."""
        end = self._clause(sentence, d)[1]
        end = min(end, d.end + within) if within is not None else end
        return next((m for m in sentence.metrics if d.end <= m.start < end and not m.generic and keep(m)), None)

    def _bare(self, sentence: Sentence, d: Draft) -> bool:
        """Whether the figure stands with little but its period: "January through September 2025:
        $8.67 billion.", "…: $12.4bn from January 2024 to September 2025" (from the last colon or
        the sentence's start, a bullet mark left out; at most BARE_WORDS other words)."""
        at = d.start - sentence.start
        start = sentence.text.rfind(":", 0, at) + 1
        stretch = [(start, at), (d.end - sentence.start, len(sentence.text))]
        phrases = [(p.start - sentence.start, p.end - sentence.start) for p in self._phrases(sentence)]
        words = 0
        for a, b in stretch:
            text = sentence.text[a:b]
            for pa, pb in phrases:  # the period phrases do not count
                if a <= pa and pb <= b:
                    text = text[:pa - a] + " " * (pb - pa) + text[pb - a:]
            words += len(normalise_words(BULLET_ITEM.sub(" ", text)).split())
        return words <= BARE_WORDS

    def _paid_to_pronoun(self, sentence: Sentence, d: Draft) -> bool:
        lead = normalise_words(sentence.text[max(0, d.start - sentence.start - 30):d.start - sentence.start])
        return self.paid_pronoun.search(lead) is not None

    def _payee_named_before(self, sentence: Sentence, d: Draft) -> Optional[Mention]:
        """"Microsoft … has not commented. In the same quarter, OpenAI paid it $248m": a payment to a
        pronoun right before the figure is to the last company named before it that is paid a metric."""
        for s in reversed(self.sentences[max(0, sentence.index - OWNER_LOOKBACK):sentence.index + 1]):
            named = [e for e in s.entities if e.end <= d.start and paid_metrics(e.label)]
            if named:
                return named[-1]
        return None

    def _points_back(self, sentence: Sentence, d: Draft) -> bool:
        """Whether the figure's clause points back to a thing named before ("dafür", "for it", "på det")."""
        start, end = self._clause(sentence, d)
        return self.metric_back_reference.search(sentence.text, start - sentence.start, end - sentence.start) is not None

    def _metric_named_before(self, any_subject: bool = False) -> Optional[Mention]:
        """The one metric the previous sentence of the paragraph names, when it has no figure and
        names a company (or, `any_subject`, when the figure's clause points back to it)."""
        prev = self._prev_sentence
        if prev is None or self._para_last or not (prev.entities or any_subject or _block_heading(prev)):
            return None  # (not "Europa hält dagegen"; but a box's heading: "INFERENZKOSTEN (Betrieb der Modelle)")
        return self._one_metric_named(prev)

    def _one_metric_named(self, sentence: Sentence, payees: bool = False) -> Optional[Mention]:
        """The one metric a sentence names, if it names exactly one (`payees`: "an Microsoft" counting as one too)."""
        named = {m.label: m for m in sentence.metrics
                 if m.label and not m.generic and (payees or fold(m.text) not in self.company_phrases)}
        return next(iter(named.values())) if len(named) == 1 else None

    def _metric_named_since(self, last: Draft) -> Optional[Mention]:
        """The one metric the previous sentence names when it has no figure and comes after the paragraph's
        last figure (a topic named between two figures)."""
        prev = self._prev_sentence
        if prev is None or last.sentence.index >= prev.index:
            return None
        named = self._one_metric_named(prev, payees=True)  # ("…, wie an Microsoft floss": two)
        return named if named is not None and named.label != last.metric else None

    def _grown(self, d: Draft, earlier: list[Draft]) -> Optional[Draft]:
        """The amount a change or a multiple in the same sentence refers to: the last one before it
        ("$206m, roughly 2.7 times what it got a year earlier") that is not the level it grew from
        ("$5.02bn, up from $1.3 billion …, close to a fourfold increase")."""
        if d.kind not in ("growth", "ratio"):
            return None
        amounts = [e for e in earlier if e.kind == "amount"]
        grown = [e for e in amounts if not ends_with_word(
            normalise_words(e.sentence.text[max(0, e.start - e.sentence.start - 25):e.start - e.sentence.start]),
            self.from_level, self.articles)]
        return (grown or amounts or [None])[-1]

    def _caution(self, sentence: Sentence, d: Draft) -> None:
        """Why a figure is not the level the reference data give, so it must never be judged
        against them (rules.engine says why). The checks run in turn and stop at the first hit."""
        if d.kind not in ("amount", "percent"):
            return
        text, at, end = sentence.text, d.start - sentence.start, d.end - sentence.start
        words = self.caution_words
        lead, after = normalise_words(text[max(0, at - 40):at]), normalise_words(text[end:end + 40])
        clause_start = self._clause(sentence, d)[0] - sentence.start
        checks = (
            # (not past a colon: "The curve keeps bending up: $547M in Q1 2024, …")
            ("a change, not a level", lambda: ends_with_word(normalise_words(re.split(r"[:;]", text[max(0, at - 40):at])[-1]),
                                                             words["change"])),
            ("a difference between two figures, not a level", lambda: self._difference(sentence, d)),
            ("a figure the text denies", lambda: d.bound in ("eq", "approx", "nearly") and self._denied(text, at)
             and (self._names(text[end:], words["correction"]) or self._after_the_right_one(sentence, d))),  # (not "Hätte OpenAI nicht 4,6 Milliarden ausgegeben": it did)
            ("the step of a rounding, not an amount", lambda: ends_with_word(lead, words["rounding"])),
            ("another cost than the inference bill (training, pay, marketing)", lambda: d.metric in COST_METRICS
             and self._names(text[:at] + self._object_of(sentence, d), self._other_costs(sentence), inside=True)),
            ("one quarter's figure set against a longer period", lambda: d.period is not None
             and (d.period.end - d.period.start).days > 100 and self._names(text, words["per_quarter"])),
            ("the share kept, not the share paid", lambda: self._names(
                text[clause_start:self._clause(sentence, d)[1] - sentence.start], words["keep"])),  # ("… behält OpenAI")
            ("a percentage of something other than the company's revenue", lambda: d.kind == "percent"
             and (d.value > 100 or self._of_payee(sentence, d))),
            ("a rate per month, week or day, not the period's total",
             lambda: starts_with_word(after, words["per"])),
            ("an amount per unit (per dollar, per user), not a total", lambda: self._per_unit(sentence, d)),
            ("an exchange rate, not an amount", lambda: EXCHANGE_RATE_AFTER.match(text, end) is not None),
            ("an average, a running total or a gross amount, not the period's level",
             lambda: self._names(text, words["not_total"])),
            ("a plan, an expectation or a hypothesis", lambda: self._names(
                text[clause_start:self._clause(sentence, d)[1] - sentence.start], words["hypothetical"])
             or self._conditional(text, at) or self._counterfactual(text, at)),
            ("a scenario or a model's projection", lambda: self._scenario_list or self._names(text, words["scenario"])),
            ("a part of the revenue", lambda: d.metric == "revenue" and self._names(text[:at], words["segment"], inside=True)),
            # ("Samlet ble regningen 3,77 mrd. i fjor, og i årets tre første kvartaler 8,67 mrd.": a figure for each)
            ("several periods added up", lambda: sentence.start not in self._periods_added and self._names(text, words["combined"])
             and self._periods_named(sentence) > 1 and self._coordinated_periods(sentence)),
            ("the earlier value of a comparison", lambda: ends_with_word(lead, words["earlier_before"])
             and any(after.startswith(f" {w} ") and w not in fold(d.reading.get("period", ""))
                     for w in words["earlier_after"])),
            ("a payment the other way", lambda: self._pays_the_other_way(sentence, d)),
            ("a purchase from another company than the reference data's", lambda: self._bought_elsewhere(sentence, d)),
        )
        if d.kind == "percent":  # a rate offered, modelled, kept or of another figure is not the rate agreed
            checks = tuple(c for c in checks if c[0].startswith(("a plan", "a scenario", "the share kept",
                                                                   "a percentage of", "a figure the text denies")))
        reason = next((why for why, hit in checks if hit()), None)
        if reason:
            d.reading["caution"] = reason

    def _per_unit(self, sentence: Sentence, d: Draft) -> bool:
        """A per-unit word in the sentence makes its figures amounts per unit ("for every dollar Microsoft got,
        OpenAI paid over seven"), unless it is another figure's own unit: in "411 mill. dollar – med en kurs på
        10,10 kroner per dollar om lag 4,15 milliarder kroner" it is the exchange rate's, and 411 is a total."""
        words = self.caution_words["per_unit"]
        if not self._names(sentence.text, words):
            return False  # (the usual case: no per-unit word at all, so no figure to look past)
        text = fold(sentence.text)
        for e in self._current_drafts:
            if e is d or not (sentence.start <= e.start and e.end <= sentence.end):
                continue
            after = normalise_words(text[e.end - sentence.start:e.end - sentence.start + 30])
            unit = next((w for w in words if after.startswith(f" {w} ")), None)
            if unit is not None and (at := text.find(unit, e.end - sentence.start)) >= 0:
                text = text[:at] + " " * len(unit) + text[at + len(unit):]
        return self._names(text, words)

    def _denied(self, text: str, at: int) -> bool:
        """"were not $5 billion, as rumoured, but …", "nicht, wie vermutet, 5 Milliarden": the negation right
        before the figure, or before an aside set off by commas (not "Had OpenAI not spent $4.6 billion",
        which presupposes it)."""
        lead = text[max(0, at - 40):at]
        hits = [m for m in re.finditer(r"[^\W\d_]+", lead) if fold(m.group(0)) in self.caution_words["negation"]]
        if not hits:
            return False
        rest = lead[hits[-1].end():].strip()  # ("nicht etwa 5 Milliarden", "nicht auf 5 Milliarden": one word between)
        if fold(rest) in self.caution_words["not_only"]:
            return False
        return len(rest.split()) <= 1 and "," not in rest or (rest.startswith(",") and rest.endswith(","))

    def _after_the_right_one(self, sentence: Sentence, d: Draft) -> bool:
        """"$3.65 billion, not $5 billion as rumoured": the denial right after a comma that follows a figure."""
        before = [e for e in self._current_drafts if e.end <= d.start]
        if not before:
            return False
        words = self._between(sentence, before[-1], d).split()
        return len(words) == 2 and words[0] == "," and fold(words[1]) in self.caution_words["negation"] \
            or len(words) == 1 and words[0].startswith(",") and fold(words[0][1:]) in self.caution_words["negation"]

    def _difference(self, sentence: Sentence, d: Draft) -> bool:
        """"$163 million more in the third quarter than in the second", "exceeded its payments by $3.24
        billion": how far apart two figures are, not either's level."""
        text, at, end = sentence.text, d.start - sentence.start, d.end - sentence.start
        words = self.caution_words
        first = normalise_words(text[end:end + 20].split(",")[0]).split()[:1]  # the word right after, no comma between
        if first and first[0] in words["difference"] and self._names(text[end:], words["than"]):
            return True
        clause = text[self._clause(sentence, d)[0] - sentence.start:at]
        return ends_with_word(normalise_words(text[max(0, at - 40):at]), words["by"]) \
            and self._names(clause, words["exceed"])

    @staticmethod
    def _opening(text: str, at: int) -> list[str]:
        """The sentence's words before the figure at `at`, past a label ("Erstes Gedankenspiel: …")."""
        label = LABEL_OPENING.match(text)
        start = label.end() if label else 0
        return normalise_words(text[start:max(start, at)]).split()

    def _conditional(self, text: str, at: int) -> bool:
        """A sentence that opens with a counterfactual ("Had OpenAI paid …, …", "Hätte OpenAI …
        bezahlt, wäre …", after a label such as "Erstes Gedankenspiel:"): its figures are a
        hypothesis, up to a semicolon ("…; in that quarter it actually paid $511m"), except one
        the condition negates, which it takes as fact ("Had OpenAI not spent $4.6bn, …")."""
        words = self._opening(text, at)
        if not words or words[0] not in self.conditional_openers or ";" in text[:at]:
            return False
        return not any(n in words[-3:] for n in self.negations)  # "nicht 3,77, sondern nur zwei …": not "nicht"'s

    def _counterfactual(self, text: str, at: int) -> bool:
        """"Bei einem Satz von 30 Prozent hätte Microsoft … 741 Millionen Dollar erhalten", "Med en andel på 30
        prosent hadde Microsoft fått 741 millioner": the sentence opens with a condition and a counterfactual
        verb follows within its first words, before the figure (not "With a share of 20%, Microsoft received
        $441m, more than analysts would have guessed", nor "… fikk 493,8 mill., og kostnaden hadde passert …")."""
        head = f" {' '.join(self._opening(text, at)[:COUNTERFACTUAL_REACH])} "
        return any(head.startswith(f" {c} ") for c in self.condition_markers) and \
            any(f" {v} " in head for v in self.counterfactual_verbs)

    def _object_of(self, sentence: Sentence, d: Draft) -> str:
        """What a figure was spent on, right after it: up to the clause's end, the next figure or
        the next comma ("$3bn on inference and training combined", "$2.5bn on stock-based
        compensation, roughly half of what it spent on inference")."""
        end = self._clause(sentence, d)[1] - sentence.start
        tail = sentence.text[d.end - sentence.start:end]
        return re.split(r"\d|[,;:–—]", tail, maxsplit=1)[0]

    def _figures_before(self, sentence: Sentence, d: Draft) -> list[Draft]:
        """The figures before this one in its sentence, else those of the last sentence with figures."""
        here = [e for e in self._sentence_drafts if e.end <= d.start]
        return here or [e for e in (self._last_claim_sentence or []) if e is not d and e.sentence is not sentence]

    def _of_payee(self, sentence: Sentence, d: Draft) -> bool:
        """"about 0.5 per cent of Microsoft's revenue": a percentage of the one paid, not of the payer;
        "made up about 0.5 per cent of it", after Microsoft's revenue: of a figure of the one paid."""
        after = sentence.text[d.end - sentence.start:d.end - sentence.start + 40]
        # (the one paid right after "of": not "20 percent of its revenue to Microsoft", which is the payer's)
        if any(d.end <= e.start <= d.end + 40 and paid_metrics(e.label) and set(normalise_words(
                sentence.text[d.end - sentence.start:e.start - sentence.start]).split()) <= self.of_or_article
               for e in sentence.entities) and self.of_after.match(after):
            return True
        if not self.of_it.match(normalise_words(after)):
            return False
        earlier = [e for e in self._figures_before(sentence, d) if e.kind == "amount"]
        return bool(earlier) and bool(paid_metrics(earlier[-1].entity or ""))

    def _names(self, text: str, words: list[str], inside: bool = False) -> bool:
        """Whether the text holds one of the words; with `inside`, also within compounds where
        the language writes them ("Firmenkundenumsatz", "abonnementsinntekter")."""
        folded = normalise_words(text)
        inside = inside and self.lex.data.COMPOUNDS
        return any((w in folded) if inside else (f" {w} " in folded) for w in words)

    def _periods_named(self, sentence: Sentence) -> int:
        """Period phrases and bare years outside them ("2024 und in den ersten drei Quartalen 2025")."""
        phrases = self._phrases(sentence)
        at = sentence.start
        years = [m for m in YEAR.finditer(sentence.text) if not any(p.start <= m.start() + at < p.end for p in phrases)]
        return len(phrases) + len(years)

    def _pays_the_other_way(self, sentence: Sentence, d: Draft) -> bool:
        """"Microsoft paid OpenAI $50 million in revenue share": the gazetteer has revenue share paid
        to Microsoft, so Microsoft paying is a flow the data do not give. So is "zahlte Microsoft
        100 Mio. Dollar an OpenAI zurück": German puts the verb before its subject."""
        if d.metric in self.paid_anywhere and self._paid_to_another(sentence, d):
            return True
        if d.entity is None or d.metric not in paid_metrics(d.entity):
            return False
        for e in sentence.entities:
            if e.label == d.entity and e.end <= d.start:
                follows = normalise_words(sentence.text[e.end - sentence.start:d.start - sentence.start])
                if starts_with_word(follows, self.caution_words["pay"]):
                    return True
        return False

    def _bought_elsewhere(self, sentence: Sentence, d: Draft) -> bool:
        """"$500 million on inference at Oracle and CoreWeave": the gazetteer names who sells what the
        data count (Microsoft: the inference, on Azure); bought from a company named in the figure's
        clause that does not sell it, the figure is another bill."""
        if d.metric not in supplied_anywhere():
            return False
        a, b = self._clause(sentence, d)
        for e in sentence.entities:
            if a <= e.start and e.end <= b and e.label != d.entity and d.metric not in supplied_metrics(e.label):
                lead = normalise_words(sentence.text[max(a, e.start - 16) - sentence.start:e.start - sentence.start])
                if ends_with_word(lead, self.caution_words["supplier"]):
                    return True
        return False

    def _paid_to_another(self, sentence: Sentence, d: Draft) -> bool:
        """After the figure, in its clause: "to/an/til" a company that is not the one paid."""
        end = self._clause(sentence, d)[1]
        for e in sentence.entities:
            if d.end <= e.start < end and not paid_metrics(e.label):
                lead = normalise_words(sentence.text[max(0, e.start - sentence.start - 8):e.start - sentence.start])
                if ends_with_word(lead, self.payee_markers_bare):
                    return True
        return False

    def _change_to_level(self, sentence: Sentence, drafts: list[Draft]) -> None:
        """"inference costs rose 23.8% from the previous quarter to $3.648 billion in the third quarter of 2025":
        a change with no period of its own has the period of the level it reached, named right after it."""
        changes = ("growth", "ratio")
        for i, change in enumerate(drafts):
            # ("rose 23.8% from the previous quarter and 263% year over year to $3.648 billion": both changes)
            j = next((k for k in range(i + 1, len(drafts)) if drafts[k].kind not in changes), len(drafts))
            if change.kind not in changes or change.period is not None or j == len(drafts):
                continue
            level = drafts[j]
            if level.kind != "amount" or level.period is None or level.period.how != "stated" \
                    or level.metric != change.metric:
                continue
            gap = normalise_words(sentence.text[drafts[j - 1].end - sentence.start:level.start - sentence.start])
            if ends_with_word(gap, self.level_after_change) and len(gap.split()) <= 5:
                change.period, change.passage = level.period.with_how("context"), None
                change.reading["period"] = f"context: the period of the level it reached ({level.text!r})"

    def _relative_bases(self, sentence: Sentence, drafts: list[Draft]) -> None:
        """"up 24 % from the quarter before", "fra år til år": the basis is the claim's own period
        moved back a quarter or a year."""
        words = normalise_words(sentence.text)
        for d in drafts:
            phrase = self._steps_back.get(id(d))
            if phrase is not None and d.period is not None and self._step_from_own(words, phrase, d.period):
                d.basis = Basis(period=shift(d.period, STEP_BACK[phrase.shape]), text=phrase.text)
            if d.kind == "ratio" and d.basis is None and (pair := self._metric_against(sentence, d)) is not None:
                own, other = pair  # "OpenAI's inference spend ran at 15x its revenue-share payments in 2024"
                d.metric = own.label
                d.reading["metric"] = f"stated: {own.text!r}, set against {other.text!r}"
                d.basis = Basis(metric=other.label, text=other.text)
                continue
            if d.kind not in ("growth", "ratio") or d.basis is not None or d.period is None:
                continue
            if (p := self._bases_no_year.get(id(d))) is not None and p.shape == "same_span":
                if p.year is None:  # "så mye som i samme kvartal i fjor": a year before the change's own
                    d.basis = Basis(period=shift(d.period, "year", 1), text=p.text)
                elif p.year < d.period.start.year:
                    d.basis = Basis(period=shift(d.period, "year", d.period.start.year - p.year), text=p.text)
                continue
            if (p := self._bases_no_year.get(id(d))) is not None and (basis := self._latest_before(p, d.period)):
                d.basis = Basis(period=basis, text=p.text)
                continue
            named = self._basis_named(sentence, d, drafts)
            if named is not None:
                d.basis = Basis(period=shift(d.period, named[1]), text=named[0])
            elif d.kind == "growth" and (level := self._level_just_before(sentence, d, drafts)) is not None:
                # "$2.075 billion in the first quarter, 42% more in the second": more than that quarter's
                d.basis = Basis(period=level.period, text=level.text)

    def _metric_against(self, sentence: Sentence, d: Draft) -> Optional[tuple[Mention, Mention]]:
        """A multiple between two metrics of one clause: the one named before it is what it measures, the
        one named a few words after it what that is set against ("inference spend ran at 15x its
        revenue-share payments", "Inferenzkosten vom 7,6-Fachen der Zahlungen")."""
        start, _ = self._clause(sentence, d)
        after = next((m for m in sentence.metrics if m.start >= d.end and not m.generic), None)
        if after is None:
            return None
        gap = sentence.text[d.end - sentence.start:after.start - sentence.start]
        if len(gap.split()) > MULTIPLE_GAP_WORDS or DIGIT.search(gap) or HARD_BREAK.search(gap) or "," in gap:
            return None
        before = next((m for m in reversed(sentence.metrics) if start <= m.start and m.end <= d.start and not m.generic), None)
        if before is None or before.label == after.label:
            return None
        return before, after

    def _level_just_before(self, sentence: Sentence, d: Draft, drafts: list[Draft]) -> Optional[Draft]:
        """The amount right before a change in its sentence, of its metric, whose period is the one just before
        the change's own (the quarter before, the half before): what the change, naming no basis, is on."""
        level = next((e for e in reversed(drafts) if e.end <= d.start), None)
        if level is None or level.kind != "amount" or level.metric != d.metric or level.period is None:
            return None
        months = d.period.months()
        before = shift(d.period, "quarter", months // 3) if months in (3, 6, 12) else None
        return level if before is not None and before.key() == level.period.key() else None

    @staticmethod
    def _latest_before(p: PeriodPhrase, own: Period) -> Optional[Period]:
        """The months a phrase with no year names ("the second quarter"), in the latest year that puts them before
        the change's own period: Q2 of the same year for a change in Q3, Q4 of the year before for one in Q1."""
        for year in (own.end.year, own.end.year - 1):
            period = part_of_year(p.span, year)
            if period is not None and period.end < own.start:
                return period.with_how("context")
        return None

    def _basis_named(self, sentence: Sentence, d: Draft, drafts: list[Draft]):
        """The basis phrase ("gegenüber dem Vorjahresquartal") nearest after the change, up to the next change; else
        one before it ("Year over year, payments rose 66%"). One after a later change is that change's: "um 23,8
        Prozent gegenüber dem Vorquartal und um 263 Prozent gegenüber dem Vorjahresquartal", "up 66% on the second
        quarter and nearly three times the figure for the same quarter last year"."""
        changes = [e for e in drafts if e.kind in ("growth", "ratio") and e is not d]
        end = min((e.start for e in changes if e.start > d.start), default=sentence.end) - sentence.start
        start = max((e.end for e in changes if e.end <= d.start), default=sentence.start) - sentence.start
        own_end = min(end, self._clause(sentence, d)[1] - sentence.start)
        # its own clause after it, then what comes before it (the phrase nearest it: "Compared with the previous
        # quarter, … rose 23.8% …, and compared with a year earlier, 263%"), then up to the next change
        for region, nearest in ((sentence.text[d.end - sentence.start:own_end], min),
                                (sentence.text[start:d.start - sentence.start], max),
                                (sentence.text[d.end - sentence.start:end], min)):
            words = normalise_words(region)
            hits = [(words.rfind(f" {phrase} ") if nearest is max else words.find(f" {phrase} "), phrase, step)
                    for phrase, step in self.basis_relative.items() if f" {phrase} " in words]
            # ("Nach einem Plus von 42 Prozent im Vorquartal": in that quarter, the change's period, not its basis)
            # (but "höher als im Vorjahresquartal" is the basis: a preposition after "als" / "than" compares)
            hits = [h for h in hits if not ends_with_word(words[:h[0] + 1], self.period_prepositions)
                    or ends_with_word(words[:h[0] + 1].rstrip().rsplit(" ", 1)[0] + " ", self.caution_words["than"])]
            if hits:
                return nearest(hits)[1:]
        return None

    def _step_from_own(self, words: str, phrase: PeriodPhrase, own: Period) -> bool:
        """"up 42% in the second quarter from the previous quarter": a change's basis named relative to
        now ("previous quarter", "letzten Quartal") is a step back from the figure's own period when it
        says so ("previous", "forrige") or when, counted from the publication date, it would not lie
        before the figure's period at all."""
        text = normalise_words(phrase.text).strip()
        said = any(text in key and f" {key} " in words for key in self.basis_relative)
        return said or phrase.period.end >= own.start

    def _relative_clauses(self, sentence: Sentence) -> list[tuple[int, int]]:
        """Clauses that describe something else (", of which inference is only one part,")."""
        out = []
        for a, b in clause_spans(sentence.text, self.lex):
            head = normalise_words(sentence.text[a:b]).split()[:2]
            if head and (head[0] in self.relative_words or (len(head) > 1 and head[1] in self.relative_words)):
                out.append((a + sentence.start, b + sentence.start))
        return out

    def _in_clause(self, sentence: Sentence, d: Draft, m: Mention) -> bool:
        clause = self._clause(sentence, d)
        return clause[0] <= m.start < clause[1]

    def _metric_mention(self, sentence: Sentence, d: Draft) -> Optional[Mention]:
        spent_on = self._spent_on(sentence, d)
        if spent_on is not None:
            return spent_on
        asides = [(a + sentence.start, b + sentence.start) for a, b in parentheticals(sentence.text)]
        own_aside = _inside(d.start, asides)
        clause = self._clause(sentence, d)
        best, best_score = None, None
        relative = [span for span in self._relative_clauses(sentence) if not span[0] <= d.start < span[1]]
        subject_asides = self._subject_asides(sentence)
        for m in sentence.metrics:
            if _inside(m.start, asides) not in (None, own_aside) or _inside(m.start, relative) \
                    or _inside(m.start, subject_asides) not in (None, _inside(d.start, subject_asides)):
                continue
            if not clause[0] <= m.start < clause[1] and self._rate_base(sentence, m) and not self._relative_to(sentence, m, d):
                continue  # "Microsoft receives 20% of OpenAI's revenue; those payments totalled $493.8m"
            if self._names_the_next_figure(sentence, m, d) or self._subject_of_its_own(sentence, m, d) \
                    or self._heads_the_next_figure(sentence, m, d):
                continue  # "inference costs were $2.075 billion and its revenue-share payments $206 million"
            score = _distance(m.start, m.end, d.start, d.end) + (GENERIC_PENALTY if m.generic else 0)
            if m.start < clause[0]:
                score += OTHER_CLAUSE
            elif m.start >= clause[1]:
                score += 2 * OTHER_CLAUSE  # a later clause ("..., which implies revenue of") says least
            if best_score is None or score < best_score:
                best, best_score = m, score
        if best is not None and fold(best.text) in self.company_phrases:
            own_word = next((m for m in sentence.metrics if not m.generic and fold(m.text) not in self.company_phrases
                             and 0 <= best.start - m.end <= 2), None)
            if own_word is not None:
                return own_word  # "OpenAIs inferenskostnader til Microsoft var …": the noun says what
            head = self._head_noun(sentence, d)
            if head is not None and best.end <= head.start:
                return head  # "OpenAI's largest payment to Microsoft was its Azure bill of $3.65 billion": the bill
            purpose = self._paid_for(sentence, d)
            if purpose is None and (self._paid_for_something_else(sentence, d) or self._bought_with(sentence, best)):
                return None  # "paid Microsoft $35 million in licence fees", "an Microsoft für Lizenzen"
            return purpose or best
        if best is not None and self._listed_with_other_metrics(sentence, best, d):
            return None
        return best

    def _spent_on(self, sentence: Sentence, d: Draft) -> Optional[Mention]:
        """"OpenAI burned $12.4B on inference": what an amount was spent on, named right after it, is its metric,
        whatever verb stands before it."""
        if d.kind != "amount":
            return None
        after = [m for m in sentence.metrics if m.start >= d.end]
        m = min(after, key=lambda m: m.start, default=None)
        if m is None or m.generic or fold(m.text) in self.company_phrases:
            return None
        if any(0 <= e.start - m.end <= 25 for e in self._current_drafts):
            return None  # ("a loss of $5 billion on revenue of $4.3 billion": that metric has its own figure)
        gap = normalise_words(sentence.text[d.end - sentence.start:m.start - sentence.start]).split()
        while gap and gap[0] in self.only_words:  # "brente 86 mrd dollar bare på inferens"
            gap.pop(0)
        return m if gap and gap[0] in self.spent_on and all(w in self.articles for w in gap[1:]) else None

    def _listed_with_other_metrics(self, sentence: Sentence, m: Mention, d: Draft) -> bool:
        """"OpenAI's inference, revenue share and compute, together, came to $9 billion": a metric word in a list
        of metrics before the sentence's one figure after it names a part of what the figure adds up, not the
        figure (with a figure for each, `_metric_in_turn` reads them in turn)."""
        if m.end > d.start or sum(1 for e in self._current_drafts if e.start >= m.end) != 1:
            return False
        for o in sentence.metrics:
            if o.generic or o.label == m.label or o.end > d.start:
                continue
            a, b = (o, m) if o.end <= m.start else (m, o)
            if b.start < a.end:
                continue
            gap = sentence.text[a.end - sentence.start:b.start - sentence.start]
            # (", og inferensregningen … var 2,1 mrd.": clauses joined, not a list; nor after a figure of its own)
            listed = gap.strip() == "," or (gap.strip() and "," not in gap and set(normalise_words(gap).split()) <= self.coordinators)
            if listed and not any(a.start - 12 <= e.end and e.start < d.start for e in self._current_drafts if e is not d):
                return True
        return False

    def _payment_as_before(self, sentence: Sentence, d: Draft) -> Optional[Draft]:
        """The article's last payment, when a payment noun leads the figure ("a payment of $284 million") and its
        clause names no company but those of that payment (its payer, a company it is paid to)."""
        paid = self._article_paid
        lead = " " + " ".join(normalise_words(sentence.text[max(0, d.start - sentence.start - 40):d.start - sentence.start]
                                              ).split()[-4:]) + " "
        if paid is None or not self._names(lead, self.payment_nouns, inside=True):
            return None  # (the figure is the payment's: "a payment of $284 million", not "… to its payment processor")
        a, b = self._clause(sentence, d)
        named = {e.label for e in sentence.entities if a <= e.start < b}
        payees = {c for c in gazetteer() if paid.metric in paid_metrics(c)}
        if not named <= {paid.entity, *payees} or self._unknown_organisation(sentence, d) is not None:
            return None  # ("eBay paid $120 million in fees to its payment processor": another company's payment)
        return paid

    def _level_changed(self, sentence: Sentence, d: Draft) -> Optional[Draft]:
        """The paragraph's figure a change with no metric word is a change of: its last payment when the change's
        clause names payments, else its last amount (not a rate's amount: which part of revenue, it does not say)."""
        if self._names(self._clause_text(sentence, d), self.payment_nouns, inside=True):
            return self._para_paid
        level = self._para_last.get("amount")
        return level if level is not None and level.metric and level.metric not in AMOUNT_OF.values() else None

    def _subject_asides(self, sentence: Sentence) -> list[tuple[int, int]]:
        """Asides between commas right after a metric word ("Inference alone, only one component of cost of
        revenue, amounted to $3,767 million"): a metric word inside one describes the subject, it is not the
        figure's. Not a list ("inference, revenue share and compute, together …")."""
        out = []
        for m in sentence.metrics:
            aside = SUBJECT_ASIDE.match(sentence.text, m.end - sentence.start)
            if aside and not set(normalise_words(aside.group(1)).split()) & self.coordinators:
                out.append((aside.start(1) + sentence.start, aside.end(1) + sentence.start))
        return out

    def _payment_part(self, sentence: Sentence, d: Draft, mention: Mention) -> bool:
        """Whether the figure's own part of the sentence, after "and" and past the metric word, names payments."""
        if mention.end > d.start:
            return False
        words = normalise_words(sentence.text[mention.end - sentence.start:d.start - sentence.start]).split()
        joins = [i for i, w in enumerate(words) if w in self.coordinators]
        return bool(joins) and self._names(" ".join(words[joins[-1]:]), self.payment_nouns, inside=True)

    def _subject_of_its_own(self, sentence: Sentence, m: Mention, d: Draft) -> bool:
        """Whether the figure's part of the sentence, after "and" past the metric word, has a company of its own
        ("inference costs hit $3.648 billion and Microsoft's take $411 million"): the word is the first part's."""
        if m.end > d.start:
            return False
        gap = sentence.text[m.end - sentence.start:d.start - sentence.start]
        words = [w.group(0) for w in re.finditer(r"[^\W\d_]+", gap)]
        joins = [i for i, w in enumerate(words) if fold(w) in self.coordinators]
        if not joins:
            return False
        at = m.end + gap.lower().rfind(f" {fold(words[joins[-1]])} ")  # where the last "and" stands
        if not any(m.end <= e.end <= at for e in self._current_drafts if e is not d):
            return False  # ("Betriebs- und Rechenkosten … bei OpenAI auf 3,77 Mrd.": no figure before the "und")
        return any(at <= e.start < d.start for e in sentence.entities)

    def _names_the_next_figure(self, sentence: Sentence, m: Mention, d: Draft) -> bool:
        """Whether a metric word after the figure opens the next figure's part of the sentence: after "and"
        ("und", "og") with the next figure after it and no copula or verb of the first between."""
        if m.start < d.end:
            return False
        later = [e for e in self._current_drafts if e.start >= m.end]
        if not later:
            return False
        gap = normalise_words(sentence.text[d.end - sentence.start:m.start - sentence.start]).split()
        return bool(gap) and gap[0] in self.coordinators and len(gap) <= 4

    def _heads_the_next_figure(self, sentence: Sentence, m: Mention, d: Draft) -> bool:
        """Whether a metric word after the figure is the next figure's, joined to it by "of" and qualifiers only:
        "The $454 million paid … implies OpenAI revenue of at least $2.27 billion", "aus den Zahlungen … von 307 Mio.
        US-Dollar leitet die Kandidatin einen Umsatz von mindestens 1,53 Mrd. ab"."""
        if m.start < d.end or d.kind != "amount":  # (a rate's base may come later: "At Microsoft's 20% cut, that
            return False                          # implies revenue of ≥ $2.47B")
        later = next((e for e in self._current_drafts if e.start >= m.end), None)
        if later is None:
            return False
        gap = without_last_qualifier(normalise_words(sentence.text[m.end - sentence.start:later.start - sentence.start]),
                                     self.lex.qualifiers)
        return bool(gap.split()) and all(w in self.of_or_article for w in gap.split())

    def _relative_after(self, sentence: Sentence, rate: Draft, d: Draft) -> bool:
        """Whether a relative clause saying what the rate's base amounts to stands between the rate and the figure."""
        between = normalise_words(self._between(sentence, rate, d))
        return bool(set(between.split()) & self.relative_words) and any(f" {c} " in between for c in self.copulas)

    def _relative_to(self, sentence: Sentence, m: Mention, d: Draft) -> bool:
        """Whether a relative word right after the metric word opens the figure's clause ("20% of OpenAI's
        revenue, which in 2024 was at least $2.47 billion"): the figure is that metric's."""
        between = normalise_words(sentence.text[m.end - sentence.start:d.start - sentence.start])
        head = between.split()
        return bool(head) and head[0] in self.relative_words and any(f" {c} " in between for c in self.copulas)

    def _coordinated_periods(self, sentence: Sentence) -> bool:
        """Whether two period phrases are joined by "and" alone ("Across 2024 and the first nine months of
        2025, … a combined $1.36 billion", "i 2024 og i årets tre første kvartaler"), not each in a clause of
        its own with its own figure ("Samlet ble regningen 3,77 mrd. i fjor, og i årets tre første kvartaler
        har den nådd 8,67 mrd.")."""
        phrases = [q for q in self._phrases(sentence) if q.shape not in ("dated", "since")]
        spans = sorted([(q.start - sentence.start, q.end - sentence.start) for q in phrases]
                       + [m.span() for m in YEAR.finditer(sentence.text)  # and bare years ("I perioden 2024 til …")
                          if not any(q.start <= m.start() + sentence.start < q.end for q in phrases)])
        for (_, a_end), (b_start, _) in zip(spans, spans[1:]):
            gap = normalise_words(sentence.text[a_end:b_start])
            joins = self.coordinators | self.span_to  # "2024 and 2025", "2024 til tredje kvartal 2025"
            if "," not in sentence.text[a_end:b_start] \
                    and (gap.strip() in joins or (set(gap.split()) <= joins | set(self.period_prepositions) | set(self.articles)
                                                  and set(gap.split()) & joins)):
                return True
        return False

    def _rate_base(self, sentence: Sentence, m: Mention) -> bool:
        """Whether the metric word is what a percentage is of ("20% of OpenAI's revenue", "a fifth of its revenue")."""
        if self.rate_base.search(sentence.text, max(0, m.start - sentence.start - 40), m.start - sentence.start):
            return True
        rates = [e for e in self._current_drafts if e.kind == "percent" and e.sentence is sentence and e.end <= m.start]
        return bool(rates) and self.rate_base_after.match(
            sentence.text[rates[-1].end - sentence.start:m.start - sentence.start]) is not None

    def _head_noun(self, sentence: Sentence, d: Draft) -> Optional[Mention]:
        """The metric word whose figure this is by the words between them alone ("bill of $3.65 billion",
        "Rechnung von 3,65 Mrd.", "regning på 3,65 mrd.")."""
        for m in sentence.metrics:
            if m.end <= d.start and fold(m.text) not in self.company_phrases \
                    and normalise_words(sentence.text[m.end - sentence.start:d.start - sentence.start]).strip() in self.head_links:
                return m
        return None

    def _bought_with(self, sentence: Sentence, phrase: Mention) -> bool:
        """"Inflection paid Microsoft for cloud capacity: $50 million": a purpose right after the
        payment phrase that names no metric."""
        follows = normalise_words(sentence.text[phrase.end - sentence.start:phrase.end - sentence.start + 40])
        hit = next((w for w in self.purpose_words if starts_with_word(follows, (w,))), None)
        if hit is not None and any(phrase.end < p.start <= phrase.end + len(hit) + 3 for p in self._phrases(sentence)):
            return False  # "til Microsoft for 1.–3. kvartal 2025": for a period, not for something bought
        return hit is not None and not any(phrase.end < m.start <= phrase.end + len(hit) + 24
                                           and fold(m.text) not in self.company_phrases for m in sentence.metrics)

    def _paid_for_something_else(self, sentence: Sentence, d: Draft) -> bool:
        """A payment whose clause says it bought something other than a metric: a purpose word
        after the figure with no metric word after it ("for Bing search API access"), or a word
        for another kind of payment ("licence fees", "Lizenzen", "trening")."""
        clause_end = self._clause(sentence, d)[1]
        tail = sentence.text[d.end - sentence.start:clause_end - sentence.start]
        words = normalise_words(tail)
        if self._names(sentence.text[self._clause(sentence, d)[0] - sentence.start:clause_end - sentence.start],
                       self.other_payments, inside=True):
            return True
        # ("paid Microsoft $865.9 million for January–September 2025": for a period, not for something bought)
        for_periods = [normalise_words(sentence.text[d.end - sentence.start:p.start - sentence.start])
                       for p in self._phrases(sentence) if d.end <= p.start < clause_end]
        for w in self.purpose_words:
            bought = words.count(f" {w} ") > sum(gap.endswith(f" {w} ") for gap in for_periods)
            if bought and not any(m.start >= d.end and m.start < clause_end and not fold(m.text) in self.company_phrases
                                  for m in sentence.metrics):
                return True
        return False

    def _paid_for(self, sentence: Sentence, d: Draft) -> Optional[Mention]:
        """"drei Milliarden Dollar an Microsoft gezahlt, nur für Inferenz": a payment to a company
        is what the gazetteer says it is paid for (revenue share) unless the text says what for,
        in the figure's clause or the one right after, before another figure."""
        digit = re.search(r"\d", sentence.text[d.end - sentence.start:])  # not past the next figure
        nxt = d.end + digit.start() if digit else sentence.end
        clause = self._clause(sentence, d)
        stop = min(self._clause_at(sentence, clause[1])[1], nxt)
        # ... or before the figure in its own clause: "überwies OpenAI für den Betrieb seiner KI 8,67 Mrd. an Microsoft"
        opening = clause[0]
        for a, b in parentheticals(sentence.text):  # "… seiner KI – Fachleute sagen „Inferenz“ – 8,67 Mrd.": past the aside
            if 0 <= opening - (b + sentence.start) <= 2 and a > 0:
                opening = self._clause_at(sentence, sentence.start + a - 1)[0]
        # (only for the clause's first figure: in "3,65 Mrd. für Inferenz und zahlte Microsoft 411 Mio." the
        # purpose is the figure before's)
        start = d.start if any(opening <= f.start < d.start for f in self._current_drafts) else opening
        for m in sentence.metrics:
            if m.generic or fold(m.text) in self.company_phrases or m.start < start or d.start <= m.start < d.end \
                    or m.start >= stop:
                continue
            lead = normalise_words(sentence.text[max(0, m.start - sentence.start - 12):m.start - sentence.start])
            if ends_with_word(lead, self.purpose_words, self.articles):  # "für Inferenz", "für den Betrieb …"
                return m
        return self._purpose_clause_after(sentence, clause[1])

    def _purpose_clause_after(self, sentence: Sentence, at: int) -> Optional[Mention]:
        """"… 8,67 Milliarden Dollar an Microsoft gezahlt, nur dafür, dass ChatGPT läuft – Fachleute nennen das
        Inferenz": a clause right after the payment's that opens with its purpose says what it paid for, and the
        one cost the rest of the sentence names (before another figure) is that."""
        nxt = min((e.start for e in self._current_drafts if e.start >= at), default=sentence.end)
        words = normalise_words(sentence.text[at - sentence.start:nxt - sentence.start]).split()
        while words and words[0] in self.qualifier_words | self.only_words:
            words.pop(0)
        head = " ".join(words[:2])
        if not any(head == w or head.startswith(f"{w} ") for w in self.purpose_words + self.purpose_pronouns):
            return None
        named = [m for m in sentence.metrics if at <= m.start < nxt]
        costs = {m.label: m for m in named if m.label in COST_METRICS and not m.generic and fold(m.text) not in self.company_phrases}
        if len(costs) != 1 or len(named) != 1:
            return None  # (not "…, for its share of revenue, while inference cost …")
        gap = normalise_words(sentence.text[at - sentence.start:named[0].start - sentence.start]).split()
        if set(gap) & (self.coordinators | set(self.contrasts)):
            return None  # (not "…, for access to its models, and inference alone cost …")
        self._purposes.add(id(named[0]))
        return named[0]

    def _converted_periods(self, drafts: list[Draft]) -> None:
        """An amount restated in another currency with no period of its own has the period of the amount it
        restates (or is inferred with it)."""
        for d in drafts:
            source = self._converted.get(id(d))
            if source is None or d.period is not None:
                continue
            d.passage, d.months_named = source.passage, source.months_named
            if source.period is not None:
                d.period = source.period.with_how("context")
                d.reading["period"] = f"context: the period of {source.text!r}, which it restates"

    def _converted_from(self, sentence: Sentence, d: Draft, earlier: list[Draft]) -> Optional[Draft]:
        """The amount this one restates in another currency ("$8.67 billion, or about €7.47 billion"): the amount
        right before it in the sentence, in another currency, with a word of converting between them."""
        if self._per_unit_after(sentence, d):
            return None  # the rate it is converted at ("bei einem Kurs von 0.80 Franken pro Dollar")
        source = next((e for e in reversed(earlier) if e.kind == "amount" and e.unit != d.unit), None)
        at = source.end if source is not None else sentence.start
        if source is None and not sentence.metrics and (last := self._para_last.get("amount")) is not None \
                and last.sentence.index == sentence.index - 1 and last.unit != d.unit:
            source = last  # "… 865,9 mill. USD for januar–september 2025. Omregnet … tilsvarer det om lag 8,8 mrd. kr"
        if source is None or not source.metric or not source.unit:
            return None
        between = normalise_words(sentence.text[at - sentence.start:d.start - sentence.start])
        return source if any(f" {w} " in between for w in self.conversion_words) else None

    def _per_unit_after(self, sentence: Sentence, d: Draft) -> bool:
        """"0.80 Franken pro Dollar", "1,16 Dollar je Euro": an amount per unit, right after the figure."""
        after = normalise_words(sentence.text[d.end - sentence.start:d.end - sentence.start + 30])
        return starts_with_word(after, self.caution_words["per_unit"])

    def _purpose_named_before(self, sentence: Sentence, d: Draft) -> Optional[Mention]:
        """"Diesen Betrieb der Modelle nennt man Inferenz … bezahlte OpenAI dafür … 8'670 Mio. Dollar an Microsoft":
        a payment "for that" is for the one metric the sentence before names."""
        a, _ = self._clause(sentence, d)
        lead = normalise_words(sentence.text[a - sentence.start:d.start - sentence.start])
        prev = self._prev_sentence
        # (a pronoun, not a determiner: "for det halvåret", "for that quarter" name a period, not a purpose)
        said = [lead[i + len(w) + 2:].split()[:1] for w in self.purpose_pronouns if (i := lead.find(f" {w} ")) >= 0]
        if not any(not nxt or len(nxt[0]) <= 3 or not nxt[0].isalpha() for nxt in said) or prev is None \
                or any(e.sentence.index == prev.index for e in self._para_last.values()):
            return None  # (after "Microsoft erhält 20 Prozent vom Umsatz", "dafür" is for that share, not revenue)
        named = self._one_metric_named(prev)
        # (paid "for" revenue is the share of it paid: "Die Erlöse … OpenAI dafür 493,8 Mio. an Microsoft abführte")
        return named if named is not None and named.label not in PERCENT_OF else None

    def _resolve_generic(self, sentence: Sentence, mention: Mention) -> Optional[str]:
        """'costs', 'forbruk', 'Kosten' mean the specific cost named nearby; 'share', 'andelen'
        the share named nearby (else the word's own default, if it has one)."""
        if not mention.generic:
            return mention.label
        if mention.generic == "share" and self._stake_in_company(sentence, mention):
            return "equity_stake"  # "seiner Beteiligung an OpenAI": a stake in a company
        meanings = GENERIC_MEANINGS[mention.generic]
        here = [m for m in sentence.metrics if m.label in meanings and not m.generic]
        if here:
            return min(here, key=lambda m: abs(m.start - mention.start)).label
        earlier = self.sentences[max(0, sentence.index - TOPIC_SENTENCES):max(0, sentence.index)]
        for s in reversed(earlier):
            named = self._not_glosses(s, [m for m in s.metrics if m.label in meanings and not m.generic])
            if named:
                return named[-1].label
        # "Inferenskostnader per kvartal, mill. dollar" over a chart, then "Samlet ble regningen 3,77 mrd.":
        # a table just before names the cost as well as a sentence would
        since = earlier[0].start if earlier else 0
        if self._names(sentence.text, self.total_words):
            return mention.label or None  # "Overall, OpenAI's costs came to $9 billion": all costs, not the table's
        tabled = [metric for end, metric in self.table_metrics if since <= end <= sentence.start and metric in meanings]
        return tabled[-1] if tabled else mention.label or None

    def _not_glosses(self, sentence: Sentence, named: list[Mention]) -> list[Mention]:
        """The metrics named, without one that glosses the one before it ("inferens, altså regnekraften som
        trengs …", "inference, that is, the computing power …"): the thing explained is the topic."""
        out: list[Mention] = []
        for m in named:
            gap = normalise_words(sentence.text[out[-1].end - sentence.start:m.start - sentence.start]) if out else ""
            if not (out and len(gap.split()) <= GLOSS_GAP_WORDS and any(f" {w} " in gap for w in self.gloss_words)):
                out.append(m)
        return out

    def _stake_in_company(self, sentence: Sentence, mention: Mention) -> bool:
        gap = normalise_words(sentence.text[mention.end - sentence.start:][:12])
        company = next((e for e in sentence.entities if e.start >= mention.end), None)
        return company is not None and company.start - mention.end <= 6 and any(
            gap.startswith(f" {w} ") for w in self.lex.data.STAKE_WORDS)

    # -- the article ------------------------------------------------------------------
    def _article_owner(self, metric: Optional[str]) -> Optional[str]:
        """The article's company for a figure nothing else names: `owner_of`, unless that is a company that is
        paid or sells (Microsoft, named most as the payee in a minister's answer) while the figures so far were
        mostly stated as another company's: then that one."""
        owner = self.owner_of(metric) or self.dominant
        if owner is None or not (paid_metrics(owner) or supplied_metrics(owner)) or not self._stated_owners:
            return owner
        (most, count), = self._stated_owners.most_common(1)
        return most if count > self._stated_owners[owner] and metric not in paid_metrics(most) else owner

    def owner_of(self, metric: Optional[str]) -> Optional[str]:
        """Whose a table column's figures are when its header names no company: the company the
        article is about, unless that company sells or is paid the metric (an explainer on "what
        OpenAI pays Microsoft" names Microsoft most); then the company named most of the others."""
        if not metric or not self.dominant or metric not in paid_metrics(self.dominant) | supplied_metrics(self.dominant):
            return self.dominant
        return main_company([n for n in self._named if metric not in paid_metrics(n) | supplied_metrics(n)])

    def default_currency(self, drafts: list[Draft]) -> Optional[str]:
        units = Counter(d.unit for d in drafts if d.kind == "amount" and d.unit and not d.currency_inferred)
        return units.most_common(1)[0][0] if units else None


# A numeral whose separator can only be a decimal one: "8,67", "1,3", "0,5" (one or two
# digits after it, or a leading zero), not "2,075" (a thousands group or a decimal).
ONLY_DECIMAL = {",": re.compile(r"(?<![\d.,])(?:\d+,\d{1,2}|0,\d+)(?![\d.,])"),
                ".": re.compile(r"(?<![\d.,])(?:\d+\.\d{1,2}|0\.\d+)(?![\d.,])")}


def _quoted(d: Draft) -> bool:
    """Whether the figure stands inside a quotation of its sentence („…“, «…», “…”, "…")."""
    before = d.sentence.text[:d.start - d.sentence.start]
    pairs = (("„", "“"), ("«", "»")) if "„" in before else (("«", "»"), ("“", "”"))  # "“" closes a German quote
    return any(before.count(o) > before.count(c) for o, c in pairs) or before.count('"') % 2 == 1


def settle_separators(drafts: list[Draft], decimal: str) -> None:
    """An article that writes decimals with the other language's mark ("8,67 billion dollars" in
    English, machine-translated from Norwegian) and never with its own means the same in its
    amounts that could be either: "2,075 billion dollars" is 2.075 billion, not 2 075 billion."""
    amounts = [d for d in drafts if d.kind == "amount" and not d.column]
    foreign = "," if decimal == "." else "."
    # evidence: at least two amounts with a scale word (so not a price, "€22,99"), outside quotes (a quote
    # may be in another language)
    evidence = [d for d in amounts if d.alt_value is None and d.precision >= 1000 and ONLY_DECIMAL[foreign].search(d.text)
                and not _quoted(d)]
    if len(evidence) < 2 or any(ONLY_DECIMAL[decimal].search(d.text) for d in amounts):
        return
    for d in amounts:
        if d.alt_value is not None:
            d.value, d.alt_value, d.precision = d.alt_value, d.value, d.precision / 1000
            d.reading["value"] = (f"article: the article writes decimals with {foreign!r} ({evidence[0].text!r}), "
                                  f"so {d.text!r} is read with a decimal {foreign!r} too")


def article_company(sentences: list[Sentence], also_named: tuple[str, ...] = (), is_payee=None) -> Optional[str]:
    """The company the article is about. A headline that names one company says so (news
    puts the subject there; the body may name a payee more often: "betaler Microsoft").
    Otherwise the headline and the lede count three and two times, the rest once, and a company
    named as the one paid ("Zahlungen an MS") not at all: the payer is the subject."""
    in_headline = {e.label for s in sentences if s.paragraph == 0 for e in s.entities}
    if len(in_headline) == 1:
        return in_headline.pop()
    weight = {0: 3, 1: 2}
    named = [e.label for s in sentences for e in s.entities if is_payee is None or not is_payee(s, e)
             for _ in range(weight.get(s.paragraph, 1))] + list(also_named)
    return main_company(named) or main_company([e.label for s in sentences for e in s.entities])


# Amounts more than this many times apart are not one quantity: a price or a per-unit amount beside a total.
MAGNITUDE_SPREAD = 1000


def _same_magnitude(d: Draft, other: Draft) -> bool:
    """Whether an amount could be another reading of the same kind of quantity as another one (a change or a
    rate has no magnitude to compare)."""
    if d.kind != "amount" or other.kind != "amount" or not d.value or not other.value:
        return True
    return 1 / MAGNITUDE_SPREAD <= abs(d.value / other.value) <= MAGNITUDE_SPREAD


def main_company(names: list[str]) -> Optional[str]:
    """The company the article is about: named most often; on a tie, the one named first."""
    counts = Counter(names)
    if not counts:
        return None
    best = max(counts.values())
    return next(n for n in names if counts[n] == best)


def _distance(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    if a_end <= b_start:
        return b_start - a_end
    if b_end <= a_start:
        return a_start - b_end
    return 0


def to_claims(article_id: str, drafts: list[Draft], currency: Optional[str], dominant: Optional[str],
              owner_of=None) -> list[Claim]:
    """Finished drafts as contract claims; an amount with no currency anywhere is dropped. A table
    cell with no company takes `owner_of(metric)` (else the dominant company)."""
    out = []
    for d in drafts:
        unit = d.unit
        if d.currency_inferred:
            if currency is None or d.metric is None or d.metric in RATE_METRICS:
                continue
            unit = currency
            d.reading["unit"] = f"article: the currency the article uses ({currency})"
        owner = (owner_of(d.metric) if owner_of is not None else dominant) \
            if d.entity is None and d.column is not None else None
        if owner:
            d.entity, d.reading["entity"] = owner, ("article: the company the article is about" if owner == dominant
                                                    else "article: the company named most that buys this, not "
                                                         f"{dominant!r}, which sells it or is paid it")
        out.append(Claim(
            id=f"{article_id}#{len(out) + 1}", span=(d.start, d.end), value_text=d.text,
            sentence=d.sentence.text.strip(), kind=d.kind, entity=d.entity, metric=d.metric, period=d.period,
            value=d.value, unit=unit, bound=d.bound, precision=d.precision, speaker=d.speaker,
            reading=d.reading, passage=d.passage, months_named=d.months_named, basis=d.basis, alt_value=d.alt_value,
        ))
    return out
