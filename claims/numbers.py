"""Find every numeric expression in a text: plain numbers, money, percentages,
with the value in base units, the unit, and the rounding the digits imply.

The regular expression comes from the language's word lists (claims/lexicon.py);
this module decides what the matched pieces mean.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from claims.lexicon import SPACES, Lexicon, fold
from models import NumberMention

GROUPING_SPACES = SPACES + "'’"
# Words in front of "X to Y" that make it a change, not a range ("from 3 to 8").
FROM_WORDS = ("from", "fra", "von")


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


class NumberFinder:
    """Reads every numeric expression of one language from a text."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        no_range = lex.number_re.pattern.replace("(?P<rangesep>", "(?P<rangesep>(?!)")
        self._single_re = re.compile(no_range, lex.number_re.flags)

    def find(self, text: str, offset: int = 0) -> list[NumberMention]:
        out: list[NumberMention] = []
        pos = 0
        while True:
            m = self.lex.number_re.search(text, pos)
            if m is None:
                break
            if m.group("num2") and not self._valid_range(text, m):
                m = self._single_re.match(text, m.start())
            mention = self._mention(text, m, offset)
            if mention is not None:
                out.append(mention)
            pos = max(m.end(), m.start() + 1)
        return out

    def _valid_range(self, text: str, m: re.Match) -> bool:
        lo, _ = parse_numeral(m.group("num"), self.lex.data.DECIMAL)
        hi, _ = parse_numeral(m.group("num2"), self.lex.data.DECIMAL)
        before = text[max(0, m.start() - 6):m.start()].lower().split()
        return lo < hi and not (before and before[-1] in FROM_WORDS)

    def _mention(self, text: str, m: re.Match, offset: int) -> NumberMention | None:
        decimal_sep = self.lex.data.DECIMAL
        value, decimals = parse_numeral(m.group("num"), decimal_sep)
        if m.group("sign"):
            value = -value
        currency = self._currency(m)
        scale, end = self._scale(m, currency)
        if m.group("percent"):
            unit, kind = "%", "percent"
        elif currency:
            unit, kind = currency, "money"
        else:
            unit, kind = None, "number"
        start = m.start()
        if kind == "number" and (m.group("suffix") or m.group("percent")):
            end = self._end_before_unit(m)
        step = Decimal(1).scaleb(-decimals) if decimals else Decimal(1)
        precision = float(step / 2 * scale)
        mention = NumberMention(
            start=start + offset, end=end + offset, text=text[start:end], unit=unit, kind=kind,
            precision=precision, scaled=scale != 1,
        )
        if m.group("num2"):
            hi, _ = parse_numeral(m.group("num2"), decimal_sep)
            mention.min, mention.max = float(value * scale), float(hi * scale)
        else:
            mention.value = float(value * scale)
        mention.role = self._role(text, m, mention, offset)
        return mention

    def _currency(self, m: re.Match) -> str | None:
        for group in ("prefix", "prefix2", "suffix"):
            word = m.group(group)
            if word:
                return self.lex.currency_words.get(fold(word).strip()) or self.lex.currency_words.get(word.strip())
        return None

    def _scale(self, m: re.Match, currency: str | None) -> tuple[Decimal, int]:
        """The scale word's factor, and where the mention ends.

        One-letter scales ("m", "B") only count when a currency is written: "5m"
        alone may be metres.
        """
        if m.group("scale"):
            return Decimal(str(self.lex.scales[fold(m.group("scale"))])), m.end()
        short = m.group("short")
        if short and (currency and (m.group("prefix") or not m.group("shortsep"))):
            return Decimal(str(self.lex.scales[short.lower()])), m.end()
        if short:
            last = "num2" if m.group("num2") else "num"
            return Decimal(1), m.end(last)
        return Decimal(1), m.end()

    @staticmethod
    def _end_before_unit(m: re.Match) -> int:
        for group in ("scale", "num2", "num"):
            if m.group(group):
                return m.end(group)
        return m.end()

    def _role(self, text: str, m: re.Match, mention: NumberMention, offset: int) -> str | None:
        """Why a plain number is not a quantity: year, date, ordinal, model name."""
        if mention.kind != "number":
            return None
        start, end = mention.start - offset, mention.end - offset
        raw = m.group("num")
        for pattern in self.lex.model_res:
            for hit in pattern.finditer(text, max(0, start - 20), min(len(text), end + 4)):
                if hit.start() <= start and end <= hit.end():
                    return "name"
        for pattern in self.lex.date_res:
            for hit in pattern.finditer(text, max(0, start - 20), min(len(text), end + 30)):
                if hit.start() <= start < hit.end():
                    return "date"
        if re.fullmatch(r"(?:19|20)\d{2}", raw) and not mention.scaled:
            return "year"
        if end < len(text) and text[end] == "." and end + 1 < len(text) and text[end + 1:end + 2] == " " \
                and text[end + 2:end + 3].islower():
            return "ordinal"
        if text[end:end + 2].lower() in ("st", "nd", "rd", "th") and not text[end + 2:end + 3].isalpha():
            return "ordinal"
        if start > 0 and text[start - 1] in "-‑" and start > 1 and text[start - 2].isalpha():
            return "name"
        return None
