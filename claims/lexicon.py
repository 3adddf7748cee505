"""Compile one language's word lists (claims/lang/<code>.py) into the regular
expressions and lookup tables the language-free code uses."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from types import ModuleType

from claims.lang import common, load
from claims.regex_gate import Gated

HYPHENS = "-\u2010\u2011\u2012\u2013\u2212"
HYPHEN_CLASS = f"[{HYPHENS}]"
# After a scale or a percent sign, no letter; a footnote's superscript digit may follow ("$4.33bn³").
NO_LETTER = r"(?![^\W\d_⁰¹²³⁴⁵⁶⁷⁸⁹])"
SPACES = " \u00a0\u202f\u2009"
VULGAR_FRACTIONS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6,
                    "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}


@functools.lru_cache(maxsize=None)
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


@functools.lru_cache(maxsize=None)
def _lowered(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def alternation(words) -> str:
    """Longest first, so "milliarder" wins over "mill"."""
    return _alternation(frozenset(words))


@functools.lru_cache(maxsize=None)
def _alternation(words: frozenset) -> str:
    return "|".join(word_regex(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def trie_alternation(words) -> str:
    """Like `alternation`, for long case-folded word lists: shared beginnings are
    written once ("t(?:en|hree|w(?:elve|enty|o))"), so a position that starts no
    word is given up after a character or two instead of after every word."""
    trie: dict = {}
    for word in set(words):
        node = trie
        for ch in word.lower():
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    branches = [word_regex(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body  # greedy: the longer word first


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
    period_res: tuple  # (claims.regex_gate.Gated, shape), most specific first
    dateline_res: tuple  # claims.regex_gate.Gated
    date_res: tuple
    model_res: tuple
    qualifiers: tuple  # (folded phrase, bound), longest first
    currency_words: dict
    scales: dict
    # The number finder's tables (claims/numbers.py).
    no_range_re: re.Pattern      # number_re without the range
    plain_number_re: re.Pattern  # number_re without range, fraction and minor part
    number_words: object         # claims.number_words.NumberWords
    currency_adjectives: dict
    minor_units: dict
    count_scales: dict
    metric_suffixes: dict
    ordinal_re: re.Pattern  # an ordinal word ("first", "zweiten", "andre")

    def count_word(self, word: str) -> int | None:
        word = word.lower()
        if word.isdigit():
            return int(word)
        return self.data.COUNT_WORDS.get(word, self.data.ORDINAL_WORDS.get(word))

    def ordinal(self, word: str, parts: int) -> int | None:
        """Which of a year's `parts` (4 quarters, 2 halves) an ordinal names: "third" 3; "final",
        "siste", "letzten" the last one."""
        return parts if self.is_last_ordinal(word) else self.count_word(word)

    def is_last_ordinal(self, word: str) -> bool:
        return word.lower() in _lowered(tuple(self.data.LAST_ORDINALS))

    def is_latest_ordinal(self, word: str) -> bool:
        """"siste", "letzten": the last of the year, or the latest one."""
        return word.lower() in _lowered(tuple(self.data.LATEST_ORDINALS))

    def month(self, word: str) -> int | None:
        return self.data.MONTHS.get(word.lower())


def _currency_tables(lang: ModuleType) -> tuple[dict, dict, dict]:
    """Folded currency word -> ISO code; folded country adjective -> code;
    folded minor unit -> code of its currency (None when several use it)."""
    words = {fold(k): v for k, v in lang.CURRENCIES.items()}
    words.update({fold(k): v for k, v in lang.CURRENCY_NOUNS.items()})
    for symbols in (common.CURRENCY_SYMBOLS, common.MORE_CURRENCY_SYMBOLS):
        words.update({fold(k): v for k, v in symbols.items()})
    words.update({c.lower(): c for c in common.ISO_CODES + common.MORE_ISO_CODES})
    words.update({c.lower(): code for c, (code, _) in common.SCALED_CODES.items()})
    words.update({fold(k): code for k, (code, _) in lang.SCALED_CURRENCIES.items()})
    words.update({c: c.upper() for c in common.LOWERCASE_CODES if c != "rmb"})
    words.update({"kr": "NOK", "kr.": "NOK"})
    adjectives = {fold(k): v for k, v in lang.CURRENCY_ADJECTIVES.items()}
    minor = {fold(k): v for k, v in lang.MINOR_UNITS.items()}
    return words, adjectives, minor


def _number_regex(lang: ModuleType, spelled) -> re.Pattern:
    """One regex for every numeric expression: [[sign] currency] [sign] number
    [range] [scale] [percent | currency [scale] [minor part]]. The spelled-out
    number comes from claims.number_words; every other piece from word lists."""
    group = "".join(re.escape(g) for g in lang.GROUP if g.strip()) + ".,"
    spaced = any(not g.strip() for g in lang.GROUP)
    group_cls = f"[{group}{''.join(c for c in SPACES) if spaced else ''}]"
    num = rf"(?:\d{{1,3}}(?:{group_cls}\d{{3}})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)*|(?<!\d)[.,]\d+)"
    exponent = r"(?:[eE][+-]?\d+(?![^\W\d_])|\^[-+]{0,2}\d+|\s?[x×]\s?10\^[-+]?\d+)"
    symbols = alternation(list(common.CURRENCY_SYMBOLS) + list(common.MORE_CURRENCY_SYMBOLS))
    codes = "|".join(common.ISO_CODES + common.MORE_ISO_CODES)
    adjectives = alternation(lang.CURRENCY_ADJECTIVES)
    nouns = alternation(lang.CURRENCY_NOUNS)
    scaled_codes = "|".join(common.SCALED_CODES)
    lower_codes = "|".join(common.LOWERCASE_CODES)
    prefix = (rf"(?:{symbols}|(?-i:{scaled_codes}|{codes}|kr\.?)(?=[\s\d])"
              rf"|(?:(?:{adjectives})\s+)?(?:{nouns}|{lower_codes})(?=\s?\d))")
    suffix_words = alternation(list(lang.CURRENCIES) + list(lang.CURRENCY_NOUNS) + list(lang.MINOR_UNITS)
                               + common.LOWERCASE_CODES + list(lang.SCALED_CURRENCIES))
    # A sign followed by a number is that number's prefix: "$ 20 $ 37" is two amounts;
    # so is a code glued to one: "3 USD50 cards".
    suffix = (rf"(?:(?:(?P<curadj>{adjectives})\s+)?(?:{suffix_words})"
              rf"|(?:{symbols})(?![^\S\n]?\d)|(?-i:{scaled_codes}|{codes})(?![A-Za-z]))")  # (a digit on the next line is no amount's)
    scales = alternation(list(lang.SCALES) + list(lang.COUNT_SCALES))
    short = alternation(list(lang.SHORT_SCALES) + list(lang.METRIC_SUFFIXES) + ["bn", "mn"])
    percent = alternation(common.PERCENT_SIGNS + lang.PERCENT_WORDS)
    minus = alternation(lang.NUMBER_MINUS)
    joins = alternation(lang.NUMBER_AND)
    minor_units = alternation(lang.MINOR_UNITS)
    range_words = rf"(?:\s?[-–—]\s?|\s+(?P<rangeword>{alternation(lang.RANGE_WORDS + lang.NUMBER_AND)})\s+)"
    point = alternation(lang.NUMBER_POINT)
    pct_prefix = alternation(lang.PERCENT_PREFIXES) or "(?!)"
    vulgar = "".join(VULGAR_FRACTIONS)
    pattern = rf"""
        (?<![^\W_])
        (?:(?P<presign>(?<![^\W_.,])[-−]|(?:{minus})\s+)?(?P<prefix>{prefix})[^\S\n]?)?
        (?P<pctpre>(?:{pct_prefix})\s+)?
        (?P<sign>(?<![^\W_.,])[-−](?=[.,]?\d)|(?<![^\n])[-−]\s(?=[.,]?\d)|(?:{minus})\s+(?=[\d.,]|[^\W\d_]))?
        (?:
            (?P<spoken>(?:\d+\s+)?(?:{point})\s+\d+)
          | (?P<num>{num})(?P<exp>{exponent})?(?:(?P<mixed>\s{{1,2}}\d{{1,2}})?/(?P<den>\d+)(?![/\d]))?
          | (?P<vulgar>[{vulgar}])
          | (?P<words>{spelled.pattern("w")})
        )
        (?:(?P<rangesep>{range_words})(?P<prefix2>{prefix})?\s?(?P<num2>{num}))?
        (?:
            (?:\s?(?P<scale>{scales}){NO_LETTER}|(?P<shortsep>[ ]{{0,2}})(?P<short>{short}){NO_LETTER})
        )?
        (?:
            (?P<pctsep>\s?|{HYPHEN_CLASS})(?P<percent>{percent}){NO_LETTER}
          | (?:\s?|{HYPHEN_CLASS})(?P<suffix>{suffix})(?![^\W_])(?:\s?(?P<scale2>{scales})(?![^\W\d_]))?
        )?
        (?P<minor>
            \s*(?:(?:{joins})\s+)?
            (?:(?P<mnum>\d{{1,2}})(?!\d|[.,]\d)|(?P<mwords>{spelled.pattern("m")}))
            (?:\s?(?P<munit>{minor_units})(?![^\W\d_])|(?=\s*[.!?]?\s*$))
        )?
    """
    return re.compile(pattern, re.VERBOSE | re.IGNORECASE)


def _without(pattern: re.Pattern, *groups: str) -> re.Pattern:
    """The same regex with some optional parts switched off (a group that can never match)."""
    source = pattern.pattern
    for name in groups:
        source = source.replace(f"(?P<{name}>", f"(?P<{name}>(?!)")
    return re.compile(source, pattern.flags)


def _period_regexes(lang: ModuleType, patterns=None) -> tuple:
    # tries, not flat lists: these open patterns tried at every word of the text
    this_year, last_year = trie_alternation(lang.THIS_YEAR), trie_alternation(lang.LAST_YEAR)
    fill = {
        # A year, or "this year" or "last year" (resolved with the publication date, claims.periods).
        "YEAR": rf"(?:(?P<year>(?:19|20)\d{{2}})|(?P<thisyear>{this_year})|(?P<lastyear>{last_year}))",
        "THIS_YEAR": rf"(?P<thisyear>{this_year})",
        "MONTH": rf"(?P<month>{trie_alternation(lang.MONTHS)})",
        "MONTH2": rf"(?P<month2>{trie_alternation(lang.MONTHS)})",
        "NMONTH": r"(?P<nmonth>0?[1-9]|1[0-2])",  # a month in figures: "13.11.2025"
        "DAY2": r"(?P<day2>2[89]|3[01])",  # the last day of a month closing a stretch ("through June 30, 2025")
        # A place opening a date line: capitalised words ("OSLO", "Frankfurt am Main", "New York"),
        # so "Half-year figures, 30 June 2025" is not one.
        # ... for a language that capitalises nouns: in capitals ("BERLIN") or "X am/an (der) Y"
        "PLACE_CAPS": r"(?-i:[A-ZÆØÅÄÖÜ][A-ZÆØÅÄÖÜ .'’-]{1,30}|[A-ZÆØÅÄÖÜ][\wæøåäöüß.'’-]{0,30}\s(?:am|an\sder|an|im)"
                      r"\s[A-ZÆØÅÄÖÜ][\wæøåäöüß.'’-]{0,30})",
        "PLACE": r"(?-i:[A-ZÆØÅÄÖÜ][\wæøåäöüß.'’-]{0,30}(?:\s(?:am|an|der|de|i|on|[A-ZÆØÅÄÖÜ][\wæøåäöüß.'’-]{0,30})){0,3})",
        # the second year of "January 2024 to September 2025", "oktober i fjor til mars i år"
        "YEAR2": rf"(?:(?P<year2>(?:19|20)\d{{2}})|(?P<thisyear2>{this_year}))",
        # a year in two digits, 20YY, as analysts write it ("Q3/25", "FY24", "Jul'24")
        "YY": r"['’]?(?P<yy>\d{2})(?![\d'’])",
        "YY2": r"['’]?(?P<yy2>\d{2})(?![\d'’])",
        "NUM": rf"(?P<num>\d{{1,2}}|{trie_alternation(lang.COUNT_WORDS)})",
        "ORD": rf"(?P<ord>{trie_alternation(list(lang.ORDINAL_WORDS) + lang.LAST_ORDINALS)})",
        "ORD2": rf"(?P<ord2>{trie_alternation(list(lang.ORDINAL_WORDS) + lang.LAST_ORDINALS)})",
    }
    out = []
    for template, shape in (lang.PERIODS if patterns is None else patterns):
        pattern = template
        for key, value in fill.items():
            pattern = pattern.replace("{" + key + "}", value)
        out.append((re.compile(pattern, re.IGNORECASE), shape))
    return tuple(out)


def _gated(regexes: tuple) -> tuple:
    """(Gated pattern, shape) pairs: each pattern with the words its matches need (claims.regex_gate)."""
    return tuple((Gated.of(pattern), shape) for pattern, shape in regexes)


@functools.lru_cache(maxsize=None)
def get(code: str) -> Lexicon:
    lang = load(code)
    month = alternation(lang.MONTHS)
    dates = tuple(re.compile(p.replace("{MONTH}", f"(?:{month})"), re.IGNORECASE) for p in lang.DATE_PATTERNS)
    qualifiers = tuple(sorted(((fold(k), v) for k, v in lang.QUALIFIERS.items()), key=lambda kv: -len(kv[0])))
    currency_words, currency_adjectives, minor_units = _currency_tables(lang)
    scales = {fold(k): v for k, v in lang.SCALES.items()}
    scales.update({k: v for k, v in lang.SHORT_SCALES.items()})
    scales.update({"bn": 1e9, "mn": 1e6})
    from claims.number_words import NumberWords  # it imports this module's helpers
    spelled = NumberWords(lang, lang.SCALES)
    number_re = _number_regex(lang, spelled)
    return Lexicon(
        dateline_res=tuple(g for g, _ in _gated(_period_regexes(lang, [(p, "dateline") for p in lang.DATELINE_PATTERNS + common.DATELINE_PATTERNS]))),
        code=code, data=lang, number_re=number_re, period_res=_gated(_period_regexes(
            lang, common.SHORTHAND_FISCAL_PERIODS + list(lang.FISCAL_PATTERNS) + common.SHORTHAND_PERIODS + list(lang.PERIODS)
            + common.SHORTHAND_NOYEAR)),
        date_res=dates, model_res=tuple(re.compile(p) for p in common.MODEL_NAME_PATTERNS),
        qualifiers=qualifiers, currency_words=currency_words, scales=scales,
        no_range_re=_without(number_re, "rangesep"), plain_number_re=_without(number_re, "rangesep", "den", "minor"),
        number_words=spelled,
        currency_adjectives=currency_adjectives, minor_units=minor_units,
        count_scales={fold(k): v for k, v in lang.COUNT_SCALES.items()}, metric_suffixes=dict(lang.METRIC_SUFFIXES),
        ordinal_re=re.compile(rf"(?<!\w)(?:{alternation(list(lang.ORDINAL_WORDS))})(?!\w)", re.IGNORECASE),
    )
