"""The cheapest question first: could this text hold a claim at all?

Every claim draft needs a figure with a currency, a percentage, a scale word,
or a multiple (claims/extract.py); each of those is written with a word or sign
from the language's lists. `ClaimTrigger` keeps one piece of each such entry
(its longest run of letters, or a sign such as "$"; see `key_piece`) and says
whether any of them occurs in a text. Absent all of them, no draft can be
made and the text never needs the number finder, let alone spaCy. The test in
tests/test_trigger.py holds it to that on every article and peer case we have.
"""
from __future__ import annotations

import re
from types import ModuleType

from claims.lang import common

LETTER_RUN = re.compile(r"[^\W\d_]+")

# The word lists (per language, then shared) whose entries make a figure a draft.
LANGUAGE_LISTS = ("SCALES", "SHORT_SCALES", "COUNT_SCALES", "METRIC_SUFFIXES", "NUMBER_SCALES", "CURRENCIES", "SCALED_CURRENCIES",
                  "CURRENCY_NOUNS", "MINOR_UNITS", "PERCENT_WORDS", "PERCENT_PREFIXES", "RATIO_SUFFIXES",
                  "RATIO_WORDS", "NUMBER_FRACTIONS")  # fractions: "a fifth of its revenue" is 20 %
COMMON_LISTS = ("CURRENCY_SYMBOLS", "MORE_CURRENCY_SYMBOLS", "LOWERCASE_CODES", "PERCENT_SIGNS")
# ISO codes are read in capitals only ("TRY", not "try"), so they are looked for as written.
CODE_LISTS = ("ISO_CODES", "MORE_ISO_CODES", "SCALED_CODES")
EXTRA = ("bn", "mn", "kr", "kr.")  # short scales and the krone sign the number finder adds itself


def key_piece(entry: str) -> tuple[str, str]:
    """A piece that is in the text wherever the entry is:
    ("sign", "$") for an entry with a sign ("US$") or a one-character sign written with a
    letter ("元"); ("word", its longest run of letters) for a word; ("letter", "m") for a
    one-letter entry, a suffix only ever read right after a number ("5m", "3 x"); and
    ("exact", entry) for dotted letters ("L.E."), which are looked for as written."""
    signs = [c for c in entry if not c.isalnum() and not c.isspace() and c not in "-‐‑‒–—.'’"]
    if signs:
        return "sign", signs[0]
    runs = LETTER_RUN.findall(entry.lower())
    longest = max(runs, key=len, default="")
    if len(longest) == 1 and not longest.isascii():
        return "sign", longest  # "元" is a sign, written before or after the number
    if len(longest) == 1 and len(runs) > 1:
        return "exact", entry.lower()
    return ("word" if len(longest) > 1 else "letter"), longest


class ClaimTrigger:
    def __init__(self, lang: ModuleType):
        entries = [str(e) for name in LANGUAGE_LISTS for e in getattr(lang, name, {})]
        # (a fraction written as a phrase is a share too: "en femte del av inntekten")
        entries += [str(e) for e, value in getattr(lang, "NUMBER_PHRASES", {}).items() if value < 1]
        entries += [str(e) for name in COMMON_LISTS for e in getattr(common, name)] + list(EXTRA)
        pieces = {key_piece(e) for e in entries if e.strip()}
        self.words = frozenset(p for kind, p in pieces if kind == "word")
        self.signs = tuple(sorted(p for kind, p in pieces if kind == "sign"))
        self.codes = frozenset(str(c) for name in CODE_LISTS for c in getattr(common, name))
        # Spelled numbers are written as one word in German and Norwegian ("fünftausend"): a
        # scale word makes them a draft from inside the word, so it is looked for as a substring.
        inside_words = {str(w).lower() for w in lang.SCALES if str(w).isalpha() and len(str(w)) >= 5}
        self.substrings = _shortest(inside_words) + _shortest({p for kind, p in pieces if kind == "exact"})
        letters = "".join(sorted(re.escape(p) for kind, p in pieces if kind == "letter" and p))
        self.word_bytes = frozenset(w.encode("utf-8") for w in self.words)
        self.codes_lowered = frozenset(c.lower() for c in self.codes)
        self.code_bytes = frozenset(c.encode("utf-8") for c in self.codes)
        self.code_bytes_lowered = frozenset(c.lower().encode("utf-8") for c in self.codes)
        self.letters = frozenset(p.encode("utf-8") for kind, p in pieces if kind == "letter" and p)
        self.after_number = re.compile(rf"[\d.,]\s{{0,2}}[{letters}](?![^\W\d_])", re.IGNORECASE) if letters else None

    def may_fire(self, text: str) -> bool:
        """False only when no entry of the lists can occur in the text."""
        if any(sign in text for sign in self.signs):
            return True
        lowered = text.lower()
        if any(w in lowered for w in self.substrings):
            return True
        return self._runs_fire(text, lowered)

    def _runs_fire(self, text: str, lowered: str) -> bool:
        """Whether a letter run of the text is a code (as written), a word (lowered), or a
        one-letter suffix right after a number. bytes.translate and split (C, several times
        faster than a Unicode regex) cut the lowered text at every ASCII non-letter: a piece of
        ASCII letters only is a whole run, as its neighbours are not letters; a piece with other
        characters ("større", "«kroner»") is read again as text. (Lone surrogates, which a JSON
        escape can make, pass through the bytes and back.)"""
        pieces = set(lowered.encode("utf-8", "surrogatepass").translate(ASCII_NON_LETTERS_BLANK).split())
        if not self.word_bytes.isdisjoint(pieces):
            return True
        if not self.code_bytes_lowered.isdisjoint(pieces) and not self.code_bytes.isdisjoint(
                text.encode("utf-8", "surrogatepass").translate(ASCII_NON_LETTERS_BLANK).split()):
            return True
        one_letter = not self.letters.isdisjoint(pieces)
        if not lowered.isascii():
            runs = [run for piece in pieces if not piece.isascii() for run in _letter_runs(piece.decode("utf-8", "surrogatepass"))]
            if not self.words.isdisjoint(runs):
                return True
            if not self.codes_lowered.isdisjoint(runs) and not self.codes.isdisjoint(LETTER_RUN.findall(text)):
                return True
            one_letter = one_letter or any(len(run) == 1 for run in runs)
        return one_letter and self.after_number is not None and self.after_number.search(text) is not None


def _letter_runs(piece: str) -> list[str]:
    return [piece] if piece.isalpha() else LETTER_RUN.findall(piece)


# Every ASCII byte that is not a letter becomes a space; the bytes of other characters stay.
ASCII_NON_LETTERS_BLANK = bytes(c if c >= 128 or chr(c).isalpha() else 32 for c in range(256))


def _shortest(words: set[str]) -> tuple[str, ...]:
    """The words no shorter one of them is part of: where "billions" is, "billion" is too."""
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))
