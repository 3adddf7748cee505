"""Read spelled-out numbers from a language's word lists: "twenty-one thousand
and twelve", "zweihundertsechsundfünfzig", "tjueto", "two thirds", "fem tusen
og tjue", "one and a half million", "nought point nought three".

The words come from claims/lang/<code>.py (NUMBER_UNITS, NUMBER_TEENS, ...);
this module is the grammar they share:

    number   := [minus] cardinal [point digits] [and fraction] [scale]
    cardinal := group (scale+ [and] group)*      scales fall ("million ... thousand")
    group    := [small] hundred [and] [small] | small | small denominator
    small    := unit | teen | tens [unit] | unit and tens      ("einundzwanzig")

A run of words that is not one number ("one twenty two", "three-nought-four")
is read as the longest number at its start; the finder reads on from there.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from types import ModuleType
from typing import Optional

from claims.lexicon import HYPHEN_CLASS, alternation, fold, trie_alternation

# Token kinds.
UNIT, TEEN, TENS, HUNDRED, SCALE, ARTICLE, AND, POINT, FRACTION, PLUS_HALF, PHRASE, ORDINAL = (
    "unit", "teen", "tens", "hundred", "scale", "article", "and", "point", "fraction", "plus_half", "phrase",
    "ordinal")
SPOKEN_ZERO = "spoken_zero"  # "oh" in "five point oh two": a zero among decimals only
SMALL_START = (UNIT, TEEN, TENS, PHRASE)


# No number is spelled with more words than this; it keeps a run of "a a a ..." linear.
MAX_WORDS = 16


@dataclass(frozen=True)
class Token:
    kind: str
    value: float
    start: int
    end: int
    glued: bool  # written in one word with the token after it ("dreihundert")
    singular: bool = False  # a denominator that takes only "one" or "a" ("a fifth", not "two fifth")


@dataclass(frozen=True)
class Reading:
    value: float
    end: int          # characters of the run that make up the number
    scaled: bool      # a scale word of the language's SCALES was read ("two billion")
    step: float = 1.0  # the unit of the last place written: "four point three billion" 1e8, as "4.3 billion"


def word_table(lang: ModuleType) -> dict[str, tuple[str, float]]:
    """Every number word of the language, folded, with its kind and value."""
    table: dict[str, tuple[str, float]] = {}
    for kind, words in ((UNIT, lang.NUMBER_UNITS), (TEEN, lang.NUMBER_TEENS), (TENS, lang.NUMBER_TENS),
                        (HUNDRED, lang.NUMBER_HUNDREDS), (SCALE, lang.NUMBER_SCALES),
                        (FRACTION, lang.NUMBER_FRACTIONS), (PLUS_HALF, lang.NUMBER_PLUS_HALF),
                        (PHRASE, lang.NUMBER_PHRASES), (ORDINAL, lang.NUMBER_COMPOUND_ORDINALS)):
        for word, value in words.items():
            table[fold(word)] = (kind, float(value))
    for word in lang.NUMBER_ARTICLES:
        table[fold(word)] = (ARTICLE, 1.0)
    for word in lang.NUMBER_AND:
        table[fold(word)] = (AND, 0.0)
    for word in lang.NUMBER_POINT:
        table[fold(word)] = (POINT, 0.0)
    for word in lang.NUMBER_SPOKEN_ZERO:
        table[fold(word)] = (SPOKEN_ZERO, 0.0)
    return table


class NumberWords:
    """One language's spelled-out numbers: a regex for runs of number words, and
    the reader that turns a run into a value."""

    def __init__(self, lang: ModuleType, money_scales: dict):
        self._entries: dict[str, tuple] = {}
        self.table = word_table(lang)
        self.money_scales = {fold(w) for w in money_scales}
        self.singular = {fold(w) for w in lang.NUMBER_FRACTIONS_SINGULAR}
        joins = [w for w, (k, _) in self.table.items() if k == AND]
        morphemes = [w for w, (k, _) in self.table.items() if k != AND]
        morph = trie_alternation(morphemes)
        join = alternation(joins)
        self._any = trie_alternation(morphemes + joins)  # one list, longest first: "and" is not "an" + "d"
        self._token_re = re.compile(rf"(?:{self._any})", re.IGNORECASE)
        self._gap_re = re.compile(rf"\s*{HYPHEN_CLASS}\s*|\s+")
        self._morph, self._join = morph, join
        self._articles = alternation([w for w, (k, _) in self.table.items() if k == ARTICLE]) or "(?!)"

    def pattern(self, name: str) -> str:
        """A run of number words, for embedding in a bigger regex (group names
        start with `name`). Each word is matched atomically (a lookahead capture,
        then the captured text), so ambiguous splits such as "seksti" = "seks" +
        "ti" are never retried: no backtracking blow-up."""
        body = rf"(?:{self._morph})(?:{self._any})*"

        def word(group: str) -> str:
            return rf"(?=(?P<{group}>{body}))(?P={group})(?![^\W\d_])"
        gap = rf"(?:\s*{HYPHEN_CLASS}\s*|\s+)(?:(?:{self._join})(?:\s+|{HYPHEN_CLASS}))?"  # "eight-and-a-half"
        # a word followed by an article and another article ends the run: "a a a …" stays one word each
        stop = rf"(?!(?:{self._articles})(?![^\W\d_]){gap}(?:{self._articles})(?![^\W\d_]))"
        return rf"{word(name + '_first')}(?:{gap}{stop}{word(name + '_next')}){{0,{MAX_WORDS - 1}}}"

    def _entry(self, word: str) -> tuple:
        """(kind, value, singular) of a word as written; cached, words repeat."""
        hit = self._entries.get(word)
        if hit is None:
            kind, value = self.table[fold(re.sub(r"\s+", " ", word))]
            hit = self._entries[word] = (kind, value, fold(word) in self.singular)
        return hit

    def tokens(self, run: str) -> list[Token]:
        out: list[Token] = []
        pos = 0
        while pos < len(run) and len(out) < MAX_WORDS:
            gap = self._gap_re.match(run, pos)
            if gap and gap.end() > pos:
                pos = gap.end()
                continue
            m = self._token_re.match(run, pos)
            if m is None:
                break
            kind, value, singular = self._entry(m.group(0))
            if kind == ARTICLE and out and out[-1].kind == ARTICLE:
                break  # "a a": no number has two articles in a row (and a run of them stays cheap)
            glued = m.end() < len(run) and run[m.end()].isalpha()
            out.append(Token(kind, value, m.start(), m.end(), glued, singular))
            pos = m.end()
        return out

    def read(self, run: str) -> Optional[Reading]:
        toks = self.tokens(run)
        parsed = Parser(toks).number()
        if parsed is None:
            return None
        value, n, step = parsed
        used = toks[:n]
        if n == 1 and used[0].kind == ARTICLE:
            return None  # "a" or "en" alone is an article, not the number one
        if used[-1].glued:  # the number would end inside a word ("Tito" is not "ti" + "to")
            return None
        scaled = any(t.kind == SCALE and fold(run[t.start:t.end]) in self.money_scales for t in used)
        return Reading(value=value, end=used[-1].end, scaled=scaled, step=_last_place(value, step))


def _last_place(value: float, step: float) -> float:
    """The unit of the last place of a number read from words, as if written in digits:
    "zwei Milliarden" 1e9 (as "2 Mrd."), "zweieinhalb Milliarden" 1e8 (as "2,5 Mrd."),
    "eine halbe Milliarde" 1e8 (as "0,5 Mrd.")."""
    for _ in range(6):  # a fraction or a half moves the last place down
        if step <= 1 or abs(value / step - round(value / step)) < 1e-6:
            break
        step /= 10
    return max(step, 1e-9)


class Parser:
    """Recursive descent over the tokens of one run; each method returns
    (value, next index) or None and never consumes on failure."""

    def __init__(self, toks: list[Token]):
        self.t = toks

    def kind(self, i: int) -> Optional[str]:
        return self.t[i].kind if i < len(self.t) else None

    def number(self) -> Optional[tuple[float, int, float]]:
        """(value, next index, the unit of the last place written)."""
        got = self.cardinal(0)
        article_only = got is None
        if article_only:
            if self.kind(0) != ARTICLE:
                return None
            got = (1.0, 1, 1.0)  # "a twenty-first"
        value, i, last_scale = got
        step = last_scale if last_scale != float("inf") else 1.0
        f = i
        while self.kind(f) in (UNIT, TEEN, TENS, HUNDRED, SCALE):  # "one twenty-fifth": a compound denominator
            f += 1
        if self.kind(f) in (FRACTION, ORDINAL):  # "two thirds", "a hundred thousand trillionths"
            over = self.fraction(f)
            if over is not None:
                value, i = over, f + 1
        if article_only and i == 1:
            return None
        ands = [k for k in range(i) if self.t[k].kind == AND and any(t.kind == SCALE for t in self.t[:k])]
        if self.kind(i) == POINT and ands:
            # "fire milliarder og to komma fem milliarder": two amounts, not 4 000 000 002.5 milliarder
            end = ands[-1]
            got = Parser(self.t[:end]).cardinal(0)
            return (got[0], end, got[2]) if got is not None and got[1] == end else None
        if self.kind(i) == POINT:
            dec = self.decimals(i + 1)
            if dec is not None:
                digits, i = dec
                value = float(f"{int(value)}.{digits}")
                scale, i = self.scale_after(1.0, i)
                value, step = value * scale, scale / 10 ** len(digits)
        frac = self.and_fraction(i)
        if frac is not None:
            part, i = frac
            if last_scale == 1:  # "five and a half million"
                value, i = self.scale_after(value + part, i)
            elif self.kind(i) == SCALE:  # "one billion and a half million"
                part, i = self.scale_after(part, i)
                value += part
            else:  # "one million and a half"
                value += part * last_scale
        return value, i, step

    def fraction(self, i: int) -> Optional[float]:
        """The tokens before i over the denominator at i. A denominator written
        as a compound ordinal takes the tens, hundred or thousand before it:
        "one twenty-fifth" = 1/25, "one one hundred fifth" = 1/105, but "twenty
        fifths" = 20/5 and "one hundred and thirty fifths" = 130/5."""
        denominator = self.t[i].value
        before = i - 1 if self.kind(i - 1) == AND and self.kind(i - 2) == HUNDRED else i
        if self.kind(before - 1) in (TENS, HUNDRED, SCALE):
            for k in range(before - 1, 0, -1):
                if self.kind(k) in (HUNDRED, SCALE, AND) or self.kind(k - 1) == AND \
                        or (self.kind(k - 1) == TENS and self.kind(k) == UNIT):
                    continue
                top, base = self.whole(0, k), self.whole(k, i)
                if top is not None and base is not None:
                    return top / (base + denominator)
        if self.kind(i) == ORDINAL:  # "first" is a denominator only in a compound
            return None
        top = self.whole(0, i)
        if top is None or (top != 1 and self.t[i].singular):  # "the two millionth visitor" is an ordinal
            return None
        return top / denominator

    def whole(self, start: int, end: int) -> Optional[float]:
        """The value of tokens[start:end] if they are exactly one cardinal."""
        if end - start == 1 and self.kind(start) == ARTICLE:
            return 1.0
        if end - start > 1 and self.kind(end - 1) == AND:  # "one hundred and fifth"
            end -= 1
        got = Parser(self.t[start:end]).cardinal(0)
        return got[0] if got is not None and got[1] == end - start else None

    def scale_after(self, value: float, i: int) -> tuple[float, int]:
        while self.kind(i) == SCALE:
            value *= self.t[i].value
            i += 1
        return value, i

    def cardinal(self, i: int) -> Optional[tuple[float, int, float]]:
        """Groups times falling scales; returns (value, next, last scale)."""
        total, last_scale, start, end = 0.0, float("inf"), i, i
        while True:
            g = self.group(i)
            if g is None and i == start:
                g = self.opening(i)
            if g is None:
                break
            value, j = g
            mult = 1.0
            while self.kind(j) == SCALE:
                mult *= self.t[j].value
                j += 1
            if mult >= last_scale:
                break
            total, end, last_scale = total + value * mult, j, mult
            if mult == 1:
                break
            i = j + 1 if self.kind(j) == AND and self.plain_group(j + 1) else j
        if end == start:
            return None
        return total, end, last_scale

    def plain_group(self, i: int) -> bool:
        """A group with no fraction in it starts at i (so "million and a half" stays a fraction)."""
        g = self.group(i)
        return g is not None and self.kind(i) in SMALL_START + (HUNDRED,) and self.kind(g[1]) not in (FRACTION, ORDINAL) \
            and not any(t.kind in (FRACTION, PLUS_HALF) for t in self.t[i:g[1]])

    def opening(self, i: int) -> Optional[tuple[float, int]]:
        """What only a number's first word may be: "a hundred", "a million", and
        a scale opening a compound ("tausendachthundert")."""
        if self.kind(i) == ARTICLE and self.kind(i + 1) == HUNDRED:
            return self.group(i + 1)
        if self.kind(i) == ARTICLE and self.kind(i + 1) == SCALE:
            return 1.0, i + 1
        if self.kind(i) == SCALE and self.t[i].glued:
            return 1.0, i
        return None

    def group(self, i: int) -> Optional[tuple[float, int]]:
        small = self.small(i)
        if self.kind(small[1] if small else i) == HUNDRED:
            j = small[1] if small else i
            if small is None and self.kind(i) != HUNDRED:
                return None
            value = (small[0] if small else 1.0) * self.t[j].value
            j += 1
            k = j + 1 if self.kind(j) == AND else j
            rest, had_and = self.small(k), k > j
            if rest is not None and not (had_and and self.proper_fraction(rest)):
                value, j = value + rest[0], rest[1]
                if had_and and self.kind(j) == SCALE and self.t[j].value < 100:  # "three hundred and two dozens"
                    value, j = value + rest[0] * (self.t[j].value - 1), j + 1
            return self.fraction_of(value, j)
        if small is None:
            if self.kind(i) == ARTICLE and self.kind(i + 1) == FRACTION:
                return self.fraction_of(1.0, i + 1)
            if self.kind(i) == FRACTION and self.kind(i + 1) == ARTICLE and self.kind(i + 2) == SCALE:
                return 1 / self.t[i].value, i + 2  # "half a million", "half a dozen"
            if self.kind(i) == FRACTION and (self.t[i].value == 2 or self.kind(i + 1) == SCALE):
                return 1 / self.t[i].value, i + 1  # "half", "quarter million"
            return None
        return self.fraction_of(*small)

    def proper_fraction(self, small: tuple[float, int]) -> bool:
        """"and three quarters" after a hundred is a fraction of one; "and thirty
        fifths" makes the whole number the numerator (130/5)."""
        value, j = small
        return self.kind(j) == FRACTION and value < self.t[j].value

    def fraction_of(self, value: float, i: int) -> tuple[float, int]:
        """"three quarters billion", "ein halbes Dutzend", "zweieinhalb": a
        fraction inside a group only before a scale; otherwise it divides the
        whole number (see `fraction`)."""
        if self.kind(i) == FRACTION and self.kind(i + 1) == SCALE:
            return value / self.t[i].value, i + 1
        if self.kind(i) == PLUS_HALF:
            return value + self.t[i].value, i + 1
        return value, i

    def small(self, i: int) -> Optional[tuple[float, int]]:
        k = self.kind(i)
        if k in (UNIT, TEEN, PHRASE):
            if k == UNIT and self.kind(i + 1) == AND and self.kind(i + 2) == TENS and self.t[i + 1].glued:
                return self.t[i].value + self.t[i + 2].value, i + 3  # "einundzwanzig"
            return self.t[i].value, i + 1
        if k == TENS:
            if self.kind(i + 1) == UNIT and self.t[i + 1].value > 0:
                return self.t[i].value + self.t[i + 1].value, i + 2
            return self.t[i].value, i + 1
        return None

    def decimals(self, i: int) -> Optional[tuple[str, int]]:
        """"point zero three" -> "03"; "point oh two" -> "02"; "point seventy-one" -> "71"."""
        digits = ""
        while self.kind(i) in (UNIT, SPOKEN_ZERO):
            digits += str(int(self.t[i].value))
            i += 1
        if not digits:
            small = self.small(i)
            if small is None:
                return None
            digits, i = str(int(small[0])), small[1]
        return digits, i

    def and_fraction(self, i: int) -> Optional[tuple[float, int]]:
        """"and a half", "and three quarters", "und zwei Drittel"."""
        if self.kind(i) != AND:
            return None
        j = i + 1
        if self.kind(j) == ARTICLE and self.kind(j + 1) == FRACTION:
            return 1.0 / self.t[j + 1].value, j + 2
        if self.kind(j) == FRACTION and self.t[j].value == 2:
            return 0.5, j + 1
        small = self.small(j)
        if small is not None and self.kind(small[1]) == FRACTION:
            return small[0] / self.t[small[1]].value, small[1] + 1
        return None
