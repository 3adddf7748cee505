"""Compile one language's word lists (claims/lang/<code>.py) into the regular
expressions and lookup tables the language-free code uses."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from types import ModuleType

from claims.lang import common, load

HYPHENS = "-\u2010\u2011\u2012\u2013\u2212"
HYPHEN_CLASS = f"[{HYPHENS}]"
SPACES = " \u00a0\u202f\u2009"


def word_regex(word: str) -> str:
    """A word or phrase from a list as a regex: any hyphen, any run of spaces."""
    out = []
    for ch in word:
        if ch in HYPHENS:
            out.append(HYPHEN_CLASS)
        elif ch == " ":
            out.append(r"\s+")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def alternation(words) -> str:
    """Longest first, so "milliarder" wins over "mill"."""
    return "|".join(word_regex(w) for w in sorted(set(words), key=len, reverse=True))


def fold(text: str) -> str:
    """Lower-case and fold every hyphen and quote to plain ones (for word lookups)."""
    text = text.lower()
    for h in HYPHENS:
        text = text.replace(h, "-")
    return text


@dataclass(frozen=True)
class Lexicon:
    code: str
    data: ModuleType
    number_re: re.Pattern
    period_res: tuple
    date_res: tuple
    model_res: tuple
    qualifiers: tuple  # (folded phrase, bound), longest first
    currency_words: dict
    scales: dict

    def count_word(self, word: str) -> int | None:
        word = word.lower()
        if word.isdigit():
            return int(word)
        return self.data.COUNT_WORDS.get(word, self.data.ORDINAL_WORDS.get(word))

    def month(self, word: str) -> int | None:
        return self.data.MONTHS.get(word.lower())


def _number_regex(lang: ModuleType) -> re.Pattern:
    group = "".join(re.escape(g) for g in lang.GROUP if g.strip()) + ".,"
    spaced = any(not g.strip() for g in lang.GROUP)
    group_cls = f"[{group}{''.join(c for c in SPACES) if spaced else ''}]"
    num = rf"(?:\d{{1,3}}(?:{group_cls}\d{{3}})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?|[.,]\d+)"
    symbols = alternation(common.CURRENCY_SYMBOLS)
    codes = "|".join(common.ISO_CODES)
    prefix = rf"(?:{symbols}|(?-i:{codes}|kr\.?)(?=[\s\d]))"
    suffix_words = alternation(list(lang.CURRENCIES) + list(common.CURRENCY_SYMBOLS))
    suffix = rf"(?:{suffix_words}|(?-i:{codes})(?![A-Za-z]))"
    scales = alternation(lang.SCALES)
    short = alternation(list(lang.SHORT_SCALES) + ["bn", "mn"])
    percent = alternation(common.PERCENT_SIGNS + lang.PERCENT_WORDS)
    range_words = r"(?:\s?[-–—]\s?|\s+(?:to|til|bis)\s+)"
    pattern = rf"""
        (?<![^\W_])
        (?:(?P<prefix>{prefix})\s?)?
        (?:(?<![^\W_.,])(?P<sign>[-−])(?=\d))?
        (?P<num>{num})
        (?:(?P<rangesep>{range_words})(?P<prefix2>{prefix})?\s?(?P<num2>{num}))?
        (?:
            (?:\s?(?P<scale>{scales})(?![^\W\d_])|(?P<shortsep>\s?)(?P<short>{short})(?![^\W\d_]))
        )?
        (?:
            (?P<pctsep>\s?|{HYPHEN_CLASS})(?P<percent>{percent})(?![^\W\d_])
          | \s?(?P<suffix>{suffix})(?![^\W\d_])
        )?
    """
    return re.compile(pattern, re.VERBOSE | re.IGNORECASE)


def _period_regexes(lang: ModuleType) -> tuple:
    fill = {
        "YEAR": r"(?P<year>(?:19|20)\d{2})",
        "MONTH": rf"(?P<month>{alternation(lang.MONTHS)})",
        "MONTH2": rf"(?P<month2>{alternation(lang.MONTHS)})",
        "NUM": rf"(?P<num>\d{{1,2}}|{alternation(lang.COUNT_WORDS)})",
        "ORD": rf"(?P<ord>{alternation(lang.ORDINAL_WORDS)})",
    }
    out = []
    for template, shape in lang.PERIODS:
        pattern = template
        for key, value in fill.items():
            pattern = pattern.replace("{" + key + "}", value)
        out.append((re.compile(pattern, re.IGNORECASE), shape))
    return tuple(out)


@functools.lru_cache(maxsize=None)
def get(code: str) -> Lexicon:
    lang = load(code)
    month = alternation(lang.MONTHS)
    dates = tuple(re.compile(p.replace("{MONTH}", f"(?:{month})"), re.IGNORECASE) for p in lang.DATE_PATTERNS)
    qualifiers = tuple(sorted(((fold(k), v) for k, v in lang.QUALIFIERS.items()), key=lambda kv: -len(kv[0])))
    currency_words = {fold(k): v for k, v in lang.CURRENCIES.items()}
    currency_words.update({fold(k): v for k, v in common.CURRENCY_SYMBOLS.items()})
    currency_words.update({c.lower(): c for c in common.ISO_CODES})
    currency_words.update({"kr": "NOK", "kr.": "NOK"})
    scales = {fold(k): v for k, v in lang.SCALES.items()}
    scales.update({k: v for k, v in lang.SHORT_SCALES.items()})
    scales.update({"bn": 1e9, "mn": 1e6})
    return Lexicon(
        code=code, data=lang, number_re=_number_regex(lang), period_res=_period_regexes(lang),
        date_res=dates, model_res=tuple(re.compile(p) for p in common.MODEL_NAME_PATTERNS),
        qualifiers=qualifiers, currency_words=currency_words, scales=scales,
    )
