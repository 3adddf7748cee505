"""Find every numeric expression in a text: plain numbers, money, percentages,
with the value in base units, the unit, and the rounding the digits imply.

The regular expression comes from the language's word lists (claims/lexicon.py);
this module decides what the matched pieces mean.
"""
from __future__ import annotations

import math
import re
from decimal import Decimal, InvalidOperation

from claims.lang import common
from claims.lexicon import SPACES, VULGAR_FRACTIONS, Lexicon, fold
from models import NumberMention

GROUPING_SPACES = SPACES + "'’"
# Numbers written one after another with the same separator: an address or a list.
DIGITS = re.compile(r"\d+")
LIST_RE = re.compile(r"\d+([.,])\d+(?:\1\d+)+")
GLUED_WORD_RE = re.compile(r"[^\W\d_]+")
# Numbers inside a web address are not the article's numbers ("...%2020%...").
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"]+", re.IGNORECASE)


def _with_exponent(value: Decimal, exp: str) -> Decimal:
    """"1e10", "1.3x10^6": times a power of ten; "1.1^23", "2.5^-1": a power
    (two minus signs cancel: "1.1^--23")."""
    exp = exp.strip()
    power = exp.split("^")[-1] if "^" in exp else exp[1:]
    sign = -1 if power.count("-") % 2 else 1
    n = sign * int(power.lstrip("+-"))
    if exp[0] in "eE" or "10^" in exp:
        return value * Decimal(10) ** n
    return Decimal(repr(float(value) ** n))


def parse_numeral(raw: str, decimal_sep: str) -> tuple[Decimal, int]:
    """Digits as written -> (value, digits after the decimal separator).

    Both separators present: the last one is the decimal separator. One
    separator written once with exactly three digits after it ("1,467") is
    ambiguous: the language decides (a thousands separator in English, a
    decimal comma in German and Norwegian).
    """
    s = raw
    for ch in GROUPING_SPACES:
        s = s.replace(ch, "")
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        s = s.replace("," if dec == "." else ".", "")
    elif dots or commas:
        sep = "." if dots else ","
        head, _, tail = s.rpartition(sep)
        if s.count(sep) > 1:
            dec = None
        elif len(tail) == 3 and 1 <= len(head) <= 3 and head.lstrip("-−") not in ("0", ""):
            dec = sep if sep == decimal_sep else None
        else:
            dec = sep
        if dec is None:
            s = s.replace(sep, "")
    else:
        dec = None
    if dec:
        s = s.replace(dec, ".")
    s = s.replace("−", "-")
    try:
        value = Decimal(s)
    except InvalidOperation:  # pragma: no cover - the regex only admits digits
        raise ValueError(f"not a number: {raw!r}") from None
    decimals = len(s.split(".")[1]) if "." in s else 0
    return value, decimals


def well_formed(raw: str) -> bool:
    """Digits that some language writes: a decimal separator, when both kinds appear, comes last and once."""
    s = "".join(ch for ch in raw if ch not in GROUPING_SPACES)
    if "." in s and "," in s:
        last = "." if s.rfind(".") > s.rfind(",") else ","
        other = "," if last == "." else "."
        return s.count(last) == 1 and s.rfind(other) < s.rfind(last)
    return True


AMBIGUOUS_GROUP = re.compile(r"\d{1,3}[.,]\d{3}")
YEAR_LIKE = re.compile(r"(?:19|20)\d{2}")


def _other_separator_reading(raw: str, value: Decimal) -> Decimal | None:
    """"2.947" read as 2947 (a thousands point) may be 2.947 (a decimal point) in translated
    text, and "2,947" the other way round. Only the grouped reading of a scaled amount is
    doubted: nobody writes 2 947 milliarder, but translation moves separators."""
    if not AMBIGUOUS_GROUP.fullmatch(raw):
        return None
    decimal = Decimal(raw.replace(",", "."))
    return decimal if decimal != value else None


# Two digits, then a thousands group: "25 411" right after "Q3'".
CODE_YEAR = re.compile(r"\d{2}[\s\u00a0\u202f\u2009.,]\d")
# A quarter's code with its year glued on: "3Q25" (English, German), "3K25" (Norwegian "kvartal")
QUARTER_CODE_TEXT = r"[1-4][QK]\d{2}"
QUARTER_CODE = re.compile(rf"(?<![\w.,]){QUARTER_CODE_TEXT}(?![\w'’])")

LETTER_RE = re.compile(r"[^\W\d_]")

class NumberFinder:
    """Reads every numeric expression of one language from a text."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.words = lex.number_words
        self.joiner = Joiner(lex)

    def find(self, text: str, offset: int = 0) -> list[NumberMention]:
        out: list[tuple[NumberMention, float]] = []
        urls = [u.span() for u in URL_RE.finditer(text)] if ("://" in text or "www." in text) else []
        pos = 0
        while True:
            m = self.lex.number_re.search(text, pos)
            if m is None:
                break
            url = next((b for a, b in urls if a <= m.start() < b), None)
            if url is not None:
                pos = url
                continue
            if not well_formed(m.group("num") or "") or not well_formed(m.group("num2") or ""):
                pos = m.start() + 1  # "0.01,000,000": no number reads it; read what follows
                continue
            if self._code_year(text, m):
                pos = m.start("num") + 2  # "Q3'25 411 Mio.": "25" is the code's year, not "25 411"
                continue
            if (code := QUARTER_CODE.match(text, m.start())) is not None:
                pos = code.end()  # "3K25", "1Q25": a quarter's code, not 3,000 or 1
                continue
            if not self._parts_fit(text, m):
                m = self.lex.no_range_re.match(text, m.start())
                if not self._parts_fit(text, m):
                    m = self.lex.plain_number_re.match(text, m.start())
            if m.group("num") and LIST_RE.fullmatch(m.group("num")) and not self._grouped(m.group("num")):
                out += [(self._part(text, p, offset), 1.0)  # "192.168.1.2", "nrs. 22,24,26": one number each
                        for p in DIGITS.finditer(text, m.start("num"), m.end("num"))]  # (from the list on: not rescanned)
                pos = m.end("num")
                continue
            mention, end, scale = self._mention(text, m, offset)
            if mention is not None and not self._pronoun(text, m, mention, offset):
                out.append((mention, scale))
            pos = max(end, m.start() + 1)
        return self._joined(text, out, offset)

    @staticmethod
    def _code_year(text: str, m: re.Match) -> bool:
        """Whether the number opens with the two-digit year of a period code glued to it ("Q3'25",
        "H1/25", "9M'25") and goes on past it in thousands groups: the year ends the code."""
        at = m.start("num") if m.group("num") else -1
        return at >= 2 and text[at - 1] in "'’/" and text[at - 2].isalnum() and \
            CODE_YEAR.match(text, at) is not None

    def _pronoun(self, text: str, m: re.Match, mention: NumberMention, offset: int) -> bool:
        """"the one you mentioned": "one" after a determiner is a pronoun."""
        if mention.role != "words" or mention.value != 1 or " " in mention.text:
            return False
        before = text[max(0, m.start() - 12):mention.start - offset].lower().split()
        return bool(before) and before[-1] in self.lex.data.ONE_IS_PRONOUN_AFTER

    def _joined(self, text: str, found: list[tuple[NumberMention, float]], offset: int) -> list[NumberMention]:
        """Neighbours that make one number: "one over three", "3 hundred and 21",
        "forty-five (45)"."""
        out: list[tuple[NumberMention, float]] = []
        for mention, scale in found:
            if out:
                joined = self.joiner.join(text, out[-1], (mention, scale), offset)
                if joined is not None:
                    out[-1] = joined
                    continue
            out.append((mention, scale))
        # (a run of thousands of digits overflows a float: no figure a text states, and no JSON number)
        return [m for m, _ in out if m.value is None or math.isfinite(m.value)]

    def _parts_fit(self, text: str, m: re.Match) -> bool:
        """Whether the optional parts the regex took hold up: a range rises and is
        not "from X to Y"; "3/4" is not part of a date ("5/17/2018"); a minor part
        ("and 43 cents") follows a whole, unscaled amount in a currency."""
        if m.group("num2") and (not self._is_range(text, m) or (m.group("prefix2") and not m.group("prefix")
                                                                   and YEAR_LIKE.fullmatch(m.group("num") or ""))):
            return False  # (not "… of 2024 to $3,648 million": a year, then an amount; "850 to $870 million" is a range)
        if m.group("den") and (m.start() > 1 and text[m.start() - 1] == "/" or int(m.group("den")) == 0):
            return False
        if m.group("mixed") and not re.fullmatch(r"\d{1,3}", m.group("num")):
            return False
        if m.group("minor"):
            if not (m.group("prefix") or m.group("suffix")) or (m.group("prefix") and m.group("suffix")) or m.group("scale") or m.group("scale2") \
                    or m.group("short") or m.group("percent") or self._is_minor(m.group("suffix")):
                return False
            if m.group("num") and not re.fullmatch(r"\d+", m.group("num")):
                return False
        return True

    @staticmethod
    def _grouped(raw: str) -> bool:
        """"1,234,567" and "3.000.000" are one number; "192.168.1.2" and "22,24,26" are not."""
        return bool(re.fullmatch(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*(?:(?!\1)[.,]\d+)?", raw))

    @staticmethod
    def _part(text: str, part: re.Match, offset: int) -> NumberMention:
        return NumberMention(start=part.start() + offset, end=part.end() + offset, text=part.group(0),
                             value=float(part.group(0)), kind="number", precision=0.5)

    def _is_range(self, text: str, m: re.Match) -> bool:
        if not m.group("num") or m.group("exp") or m.group("den"):
            return False
        lo, _ = parse_numeral(m.group("num"), self.lex.data.DECIMAL)
        hi, _ = parse_numeral(m.group("num2"), self.lex.data.DECIMAL)
        before = text[max(0, m.start() - 12):m.start()].lower().split()
        word = before[-1] if before else ""
        if m.group("rangeword") and fold(m.group("rangeword")) in self.lex.data.NUMBER_AND:
            return lo < hi and word in self.lex.data.RANGE_BETWEEN
        return lo < hi and word not in self.lex.data.RANGE_FROM

    def _is_minor(self, word: str | None) -> bool:
        return bool(word) and fold(word).strip() in self.lex.minor_units and \
            fold(word).strip() not in self.lex.currency_words

    def _value(self, text: str, m: re.Match) -> tuple[Decimal, Decimal, int, bool] | None:
        """(value, the unit of its last place, end of the number, scaled) of the number itself."""
        if m.group("words"):
            reading = self.words.read(m.group("words"))
            if reading is None:
                return None
            return Decimal(repr(reading.value)), Decimal(repr(reading.step)), m.start("words") + reading.end, reading.scaled
        if m.group("vulgar"):
            return Decimal(repr(VULGAR_FRACTIONS[m.group("vulgar")])), Decimal("0.01"), m.end("vulgar"), False
        if m.group("spoken"):  # "1 point 1", "point 77", "1 komma 1"
            whole, *_, digits = m.group("spoken").split()
            whole = whole if whole.isdigit() else "0"
            return Decimal(f"{whole}.{digits}"), Decimal(1).scaleb(-len(digits)), m.end("spoken"), False
        value, decimals = parse_numeral(m.group("num"), self.lex.data.DECIMAL)
        end = m.end("num")
        if m.group("exp"):
            value, end = _with_exponent(value, m.group("exp")), m.end("exp")
        if m.group("den"):
            top = Decimal(m.group("mixed")) if m.group("mixed") else value
            value = (value if m.group("mixed") else 0) + top / Decimal(m.group("den"))
            end = m.end("den")
        return value, Decimal(1).scaleb(-decimals) if decimals else Decimal(1), end, False

    def _mention(self, text: str, m: re.Match, offset: int) -> tuple[NumberMention | None, int, float]:
        """The mention a match makes, where reading goes on, and the scale word's factor."""
        got = self._value(text, m)
        if got is None:
            return None, m.start() + 1, 1.0
        value, step, num_end, words_scaled = got
        if m.group("words") and num_end < m.end("words"):  # "one twenty two": read "one", then go on
            return self._plain(text, m, value, num_end, offset, step), num_end, 1.0
        currency, minor_only = self._currency(m)
        percent = bool(m.group("percent") or m.group("pctpre"))
        # A sign, written or as a word, belongs to the figure: "minus 5 Prozent" is -5 %,
        # as "-5 %" is; a fall word ("ned 5 %") is the drafter's to read.
        sign = -1 if m.group("sign") or m.group("presign") else 1
        scale, scaled, end = self._scale(m, currency)
        if percent:
            unit, kind = "%", "percent"
        elif currency:
            unit, kind = currency, "money"
        else:
            unit, kind = None, "number"
        start = self._start(text, m)
        if kind == "number" and (m.group("suffix") or m.group("percent")):
            end = self._end_before_unit(m)
        if m.group("minor") and kind == "money":
            value += self._minor_value(m) / 100
            end = m.end("minor")
        mention = NumberMention(
            start=start + offset, end=end + offset, text=text[start:end], unit=unit, kind=kind,
            precision=float(step / 2 * scale), scaled=scaled or words_scaled,
            shorthand=bool(kind == "number" and m.group("short") and m.group("short") in self.lex.metric_suffixes),
        )
        if m.group("num2"):
            hi, _ = parse_numeral(m.group("num2"), self.lex.data.DECIMAL)
            mention.min, mention.max = float(sign * value * scale), float(hi * scale)
        else:
            mention.value = float(sign * value * scale)
            other = _other_separator_reading(m.group("num") or "", value) if mention.scaled else None
            mention.alt_value = float(sign * other * scale) if other is not None else None
        if minor_only:
            mention.role = "minor_unit"
        elif m.group("words") and not mention.scaled and (kind == "number" or mention.value == 1):
            mention.role = "words"  # "en", "ein", "one": never a claim on its own; "10,1 kr for en dollar" a unit
        else:
            mention.role = self._role(text, m, mention, offset)
        if m.group("prefix") and m.group("suffix") and not m.group("minor") and not self._is_minor(m.group("suffix")) and not m.group("scale2"):
            return mention, m.start("suffix"), float(scale)  # "rmb 10 usd 20": the code opens the next amount
        return mention, m.end(), float(scale)

    @staticmethod
    def _start(text: str, m: re.Match) -> int:
        """Where the figure starts. A lower-case "us" before a dollar sign in text
        that has capitals is the pronoun ("paid us $500m"), not the country: the
        figure starts at the sign. In text set all in lower case it is the country."""
        prefix = m.group("prefix") or ""
        if prefix[:2] == "us" and prefix.endswith("$") and m.start("prefix") == m.start() \
                and any(ch.isupper() for ch in text[max(0, m.start() - 200):m.start()]):
            return m.start() + len(prefix) - 1
        return m.start()

    def _plain(self, text: str, m: re.Match, value: Decimal, end: int, offset: int,
               step: Decimal = Decimal(1)) -> NumberMention:
        start = m.start("words")
        sign = m.group("sign")
        if sign and not m.group("prefix"):
            start, value = m.start("sign"), -value
        return NumberMention(start=start + offset, end=end + offset, text=text[start:end],
                             value=float(value), kind="number", precision=float(step / 2), role="words")

    def _minor_value(self, m: re.Match) -> Decimal:
        if m.group("mnum"):
            return Decimal(m.group("mnum"))
        reading = self.words.read(m.group("mwords"))
        return Decimal(repr(reading.value)) if reading else Decimal(0)

    def _currency(self, m: re.Match) -> tuple[str | None, bool]:
        """The ISO code of the currency written, and whether the amount is in its
        minor unit ("10 øre", "50 cents"; the value then counts minor units)."""
        for group in ("prefix", "prefix2", "suffix"):
            word = m.group(group)
            if not word:
                continue
            folded = fold(word).strip()
            adjective = m.group("curadj") if group == "suffix" else None
            code = self._lookup(folded)
            if adjective:
                folded = fold(folded[len(adjective):]).strip()
                code = self.lex.currency_adjectives.get(fold(adjective)) or self._lookup(folded)
            if code is None and folded in self.lex.minor_units:
                return self.lex.minor_units[folded] or "XXX", True
            return code, False
        return None, False

    def _lookup(self, folded: str) -> str | None:
        words = self.lex.currency_words
        if folded in words:
            return words[folded]
        parts = folded.split()
        if len(parts) > 1 and parts[-1] in words:  # "malaysia ringgit": a prefix with its country
            return self.lex.currency_adjectives.get(" ".join(parts[:-1])) or words[parts[-1]]
        return None

    def _scale(self, m: re.Match, currency: str | None) -> tuple[Decimal, bool, int]:
        """The scale word's factor, whether it is a money scale, and where the
        mention ends. One-letter scales ("m", "B") count next to a currency;
        without one only the metric suffixes do ("100k", "3M", not "5m": metres)."""
        for group in ("prefix", "suffix"):
            word = m.group(group)
            if word and word.strip() in common.SCALED_CODES:  # "30 MUSD"
                return Decimal(str(common.SCALED_CODES[word.strip()][1])), True, m.end()
            if word and fold(word).strip() in self.lex.data.SCALED_CURRENCIES:  # "493.800 T USD"
                return Decimal(str(self.lex.data.SCALED_CURRENCIES[fold(word).strip()][1])), True, m.end()
        for group in ("scale", "scale2"):
            word = m.group(group)
            if word:
                folded = fold(word)
                if folded in self.lex.count_scales:
                    return Decimal(str(self.lex.count_scales[folded])), False, m.end()
                return Decimal(str(self.lex.scales[folded])), True, m.end()
        short = m.group("short")
        if short and (currency and (m.group("prefix") or not m.group("shortsep"))):
            return Decimal(str(self.lex.scales.get(short.lower(), self.lex.metric_suffixes.get(short, 1)))), True, m.end()
        if short and short in self.lex.metric_suffixes and not currency:
            return Decimal(str(self.lex.metric_suffixes[short])), False, m.end()
        if short:
            last = "num2" if m.group("num2") else "num"
            return Decimal(1), False, m.end(last) if m.group(last) else m.end()
        return Decimal(1), False, m.end()

    @staticmethod
    def _end_before_unit(m: re.Match) -> int:
        for group in ("scale", "short", "num2", "den", "exp", "num", "vulgar", "words"):
            if m.group(group):
                return m.end(group)
        return m.end()

    def _named_or_dated(self, text: str, start: int, end: int) -> str | None:
        for pattern in self.lex.model_res:
            for hit in pattern.finditer(text, max(0, start - 20), min(len(text), end + 4)):
                if hit.start() <= start and end <= hit.end():
                    return "name"
        if text[end:end + 2].lower() in ("st", "nd", "rd", "th") and not text[end + 2:end + 3].isalpha():
            return "ordinal"
        for pattern in self.lex.date_res:
            for hit in pattern.finditer(text, max(0, start - 20), min(len(text), end + 30)):
                if hit.start() <= start < hit.end():
                    return "date"
        return None

    def _role(self, text: str, m: re.Match, mention: NumberMention, offset: int) -> str | None:
        """Why a plain number is not a quantity: year, date, ordinal, model name."""
        if mention.kind != "number":
            return None
        start, end = mention.start - offset, mention.end - offset
        raw = m.group("num") or ""
        # model names and dates are written with letters ("GPT-5", "5 March"): none near, no need to look
        if LETTER_RE.search(text, max(0, start - 20), min(len(text), end + 30)) is not None:
            role = self._named_or_dated(text, start, end)
            if role:
                return role
        if re.fullmatch(r"(?:19|20)\d{2}", raw) and not mention.scaled:
            return "year"
        if end < len(text) and text[end] == "." and end + 1 < len(text) and text[end + 1:end + 2] == " " \
                and text[end + 2:end + 3].islower() and text[end - 1].isdigit():  # (not "12.44b. seven qtrs")
            return "ordinal"
        if start > 0 and text[start - 1] in "-‑" and start > 1 and text[start - 2].isalpha():
            return "name"
        glued = GLUED_WORD_RE.match(text, end)
        if glued and glued.group(0).lower() not in self.lex.data.RATIO_SUFFIXES:
            return "measure"  # "180ml", "29km", "1m": a quantity with a unit, not a plain number
        return None


class Joiner:
    """Two neighbouring mentions that are one number."""

    def __init__(self, lex: Lexicon):
        data = lex.data
        self.and_words = {fold(w) for w in data.NUMBER_AND}
        self.fraction_words = {fold(w): smaller for w, smaller in data.NUMBER_FRACTION_WORDS.items()}
        self.between = {fold(w) for w in data.RANGE_BETWEEN}

    def join(self, text: str, left: tuple[NumberMention, float], right: tuple[NumberMention, float],
             offset: int) -> tuple[NumberMention, float] | None:
        a, scale = left
        b, b_scale = right
        if b.start - a.end > 12:
            return None
        gap = text[a.end - offset:b.start - offset]
        words = fold(gap).split()
        before = fold(text[max(0, a.start - offset - 12):a.start - offset]).split()
        one_and = len(words) == 1 and words[0] in self.and_words
        if one_and and before and before[-1] in self.between and a.kind == b.kind \
                and a.unit == b.unit and a.value is not None and b.value is not None and a.value < b.value:
            both = _spanning(text, a, b, None, offset)  # "between 10 dollars and 20 dollars"
            both.kind, both.unit, both.min, both.max = b.kind, b.unit, a.value, b.value
            return both, 1.0
        if not (_plain_number(a) and (_plain_number(b) or b.kind == "money" and b.role is None)):
            return None
        if b.kind == "money" and not (one_and and 1 < scale <= 1000):
            return None
        if len(words) <= 2 and " ".join(words) in self.fraction_words:  # "one over three", "1 in 21"
            if (self.fraction_words[" ".join(words)] and not a.value < b.value) or b.value == 0:
                return None
            return _spanning(text, a, b, a.value / b.value, offset), 1.0
        if gap.strip() in ("(", "") and text[b.end - offset:b.end - offset + 1] == ")" and a.value == b.value \
                and "(" in gap:  # "forty-five (45)"
            return _spanning(text, a, b, a.value, offset, end_extra=1), scale
        if len(words) == 1 and words[0] in self.and_words and 0 < b.value < 1 and scale > 1:  # "3 million and a half"
            return _spanning(text, a, b, a.value + b.value * scale, offset), 1.0
        spelled_rest = b.role == "words" and b.value < 1000  # "6 crore and two hundred"
        if (not words or one_and) and 1 < scale and \
                (scale <= 1000 or spelled_rest and words) and a.value % scale == 0 and 0 < b.value < scale \
                and b.role != "year":  # "3 hundred and 21"
            joined = _spanning(text, a, b, a.value + b.value, offset)
            joined.kind, joined.unit = b.kind, b.unit
            return joined, b_scale
        return None


def _plain_number(m: NumberMention) -> bool:
    return m.kind == "number" and m.value is not None and m.role in (None, "words")


def _spanning(text: str, a: NumberMention, b: NumberMention, value: float | None, offset: int,
              end_extra: int = 0) -> NumberMention:
    end = b.end + end_extra
    return NumberMention(start=a.start, end=end, text=text[a.start - offset:end - offset], value=value,
                         kind="number", precision=a.precision, role=a.role if a.role == b.role else None)
