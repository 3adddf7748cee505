"""From numeric expressions to claim drafts: which numbers are claims (money,
percentages, changes, multiples), and how the words around them bound them."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Optional

from claims.annotate import Mention, Sentence
from claims.lexicon import HYPHENS, Lexicon, fold, word_regex
from claims.lang.common import SIGN_QUALIFIERS
from models import Basis, NumberMention, Period

WINDOW = 40  # characters read before a number for its qualifier
CHANGE_REACH = 64  # ... and for a change verb some words before "by" ("økte OpenAIs kvartalsvise betalinger til Microsoft med")


@dataclass
class Draft:
    """A claim while it is being read: value and bound first, then who, what, when."""

    start: int
    end: int
    text: str
    kind: str
    value: float
    unit: Optional[str]
    precision: float
    sentence: Sentence
    bound: str = "eq"
    bound_stated: bool = False
    currency_inferred: bool = False
    entity: Optional[str] = None
    metric: Optional[str] = None
    metric_bound: Optional[str] = None
    period: Optional[Period] = None
    speaker: Optional[str] = None
    passage: Optional[int] = None
    months_named: Optional[tuple[int, int]] = None  # Claim.months_named
    basis: Optional[Basis] = None
    reading: dict = field(default_factory=dict)
    column: Optional[object] = None  # the table column a cell sits in
    alt_value: Optional[float] = None  # the value under the other reading of a separator


# Not a word: besides punctuation, a footnote's superscript digits glued to one ("lagen um 277 % höher.⁸⁸").
NOT_WORD_RUN = re.compile(r"(?:[^\w.%$€£-]|[⁰¹²³⁴⁵⁶⁷⁸⁹])+")


def normalise_words(text: str) -> str:
    """Lower-case words separated by single spaces: quotes and dashes become spaces."""
    text = fold(text)
    text = NOT_WORD_RUN.sub(" ", text)
    text = re.sub(r"\.(?=\s|$)", " ", text)
    return f" {text.strip()} "


def without_last_qualifier(words: str, qualifiers) -> str:
    """Normalised words (see normalise_words) without a qualifier at their end: " rose by about " -> " rose by "."""
    return next((words[:-len(q) - 1] for q, _ in qualifiers if words.endswith(f" {q} ")), words)


SIGN_BOUNDS = sorted(((s, b) for s, b in SIGN_QUALIFIERS.items() if not s[0].isalpha()), key=lambda sb: -len(sb[0]))
# "USD 4.3bn+": that much or more (not "5+3", a sum).
OR_MORE = re.compile(r"\+(?![\d+])")
# "+24%", "−3 %": a percentage written with its sign is a change (not "10-24%", a range).
SIGNED = re.compile(r"(?:^|[\s(:;,])[+−]\s?$")

# "could not have been below $3.7bn" is at least $3.7bn: a negation a few words before a
# qualifier turns its bound over.
NEGATION_REACH = 3
NEGATED = {"lt": "gte", "lte": "gt", "gt": "lte", "gte": "lt", "approx": "approx", "nearly": "nearly", "eq": "eq"}


def qualifier_bound(lex: Lexicon, before: str) -> Optional[str]:
    """The bound a qualifier right before the number gives ("over", "rund", "nesten", "≥", "~")."""
    sign = next((b for s, b in SIGN_BOUNDS if before.rstrip().endswith(s)), None)
    if sign is not None:
        return sign
    words = normalise_words(before[-WINDOW:])
    if any(words.endswith(f" {fold(v)} ") for v in lex.data.QUALIFIER_VERBS):
        return None
    for phrase, bound in lex.qualifiers:
        if words.endswith(f" {phrase} "):
            lead = words[:-len(phrase) - 1].split()[-NEGATION_REACH:]
            negated = any(w in lex.data.NEGATIONS for w in lead) and not any(
                w in lex.data.NOT_ONLY for w in lead)  # "not only more than $3.5 billion": still more than
            if negated and phrase in lex.data.NEAR_WORDS:
                return "lt"  # "did not pay anything like $1bn": well under it
            return NEGATED[bound] if negated else bound
    return None


YEAR_NEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


class DraftMaker:
    """Turns the numeric expressions of one sentence into claim drafts."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        data = lex.data
        self.growth_before = [f" {fold(w)} " for w in data.GROWTH_BEFORE]
        self.not_growth_before = tuple(f" {fold(w)} " for w in data.NOT_GROWTH_BEFORE)
        self.growth_after = [normalise_words(w) for w in data.GROWTH_AFTER]  # "q/q" is read as " q q "
        # "økte betalingene med 23 prosent": a change verb, at most five words with no figure, then CHANGE_BY
        verbs = "|".join(re.escape(fold(v)) for v in data.CHANGE_VERBS)
        by = "|".join(re.escape(fold(w)) for w in data.CHANGE_BY)
        # (the verb nearest "by": "did not fall but rose by 66%" rose; no other change verb in between)
        self.change_by = re.compile(rf" (?P<verb>{verbs})(?: (?!(?:{verbs}) )[^ \d]+){{0,5}} (?:{by}) $")
        self.fall_verbs = {fold(v) for v in data.FALL_VERBS}
        self.change_verb = re.compile(rf"(?<= )(?:{verbs})(?= )")
        self.level_after = {w.lower() for w in data.LEVEL_AFTER_CHANGE}
        suffixes = "|".join(word_regex(s) for s in data.RATIO_SUFFIXES)
        self.quarter_nouns = tuple(fold(w) for w in data.QUARTER_NOUNS)
        # what may follow an amount written in shorthand ("8.67b", "206k"): no noun it counts
        after = "|".join(word_regex(w) for w in data.SHORTHAND_AMOUNT_AFTER) or "(?!)"
        # (not a period's code: "9M'25", "9M 2025", "9M/25")
        self.shorthand_after = re.compile(rf"(?<!\s)(?![ \t]?['’/-]?[ \t]?\d)(?:\s*+(?:[^\w\s]|$)|\s++(?:{after})\b)", re.IGNORECASE)
        self.share_of = re.compile(rf"\s(?:{'|'.join(word_regex(w) for w in data.FRACTION_OF)})\s", re.IGNORECASE)
        self.ratio_suffix = re.compile(rf"\s?[{HYPHENS}]?(?:{suffixes})(?![^\W\d_])", re.IGNORECASE)
        articles = "|".join(word_regex(a) for a in data.RATIO_ARTICLES) or "(?!)"
        self.ratio_article = re.compile(rf"(?<![^\W\d_])(?:{articles})\s+$", re.IGNORECASE)
        words = sorted(data.RATIO_WORDS, key=len, reverse=True)
        self.ratio_words = re.compile(rf"(?<![^\W\d_])(?:{'|'.join(word_regex(w) for w in words)})(?![^\W\d_])",
                                      re.IGNORECASE)

    def drafts(self, text: str, sentence: Sentence, mentions: list[NumberMention]) -> list[Draft]:
        out = []
        for m in mentions:
            draft = self._draft(text, sentence, m)
            if draft is not None:
                out.append(draft)
        out += self._ratio_words(text, sentence, out)
        out.sort(key=lambda d: d.start)
        self._elided_changes(text, sentence, out)
        return out

    def _elided_changes(self, text: str, sentence: Sentence, drafts: list[Draft]) -> None:
        """"inference costs rose 23.8% to $3.648 billion and its payments 65.7% to $411 million": a per cent
        right before "to" and an amount is a change, of the verb named earlier in the sentence."""
        for d, level in zip(drafts, drafts[1:]):
            if d.kind != "percent" or level.kind != "amount" or \
                    text[d.end - sentence.start:level.start - sentence.start].strip().lower() not in self.level_after:
                continue
            verbs = self.change_verb.findall(normalise_words(text[:d.start - sentence.start]))
            if verbs:
                d.kind = "growth"
                if verbs[-1] in self.fall_verbs and d.value > 0:
                    d.value = -d.value

    def _draft(self, text: str, sentence: Sentence, m: NumberMention) -> Optional[Draft]:
        ranged = m.value is None and m.min is not None and m.max is not None
        if ranged:  # "between $2 and $2.5 billion": its middle, give or take half its width
            m = m.model_copy(update={"value": (m.min + m.max) / 2, "precision": (m.max - m.min) / 2})
        if self._share_in_words(text, m):  # "ein Fünftel der Erlöse", "a fifth of its revenue": 20 %
            m = m.model_copy(update={"kind": "percent", "value": m.value * 100, "precision": 0.5, "role": None})  # as "20 %"
        if m.role or m.value is None:
            return None
        draft = self._draft_of(text, sentence, m)
        if draft is not None and ranged:
            draft.reading["value"] = "range: read as the middle of its two ends, give or take half the distance"
        return draft

    def _share_in_words(self, text: str, m: NumberMention) -> bool:
        """A fraction written in words before "of" ("a fifth of", "en femtedel av"): a share, as a percentage.
        Not a bare "half" or "quarter" ("the second half of the match", "the first quarter of 2025")."""
        return m.kind == "number" and m.role == "words" and m.value is not None and 0 < m.value < 1 \
            and len(m.text.replace("-", " ").split()) > 1 and self.share_of.match(text, m.end) is not None \
            and not YEAR_NEAR.search(text, m.end, m.end + 30) \
            and not fold(m.text.split()[-1]).startswith(self.quarter_nouns)  # "the first three quarters of the year"

    def _draft_of(self, text: str, sentence: Sentence, m: NumberMention) -> Optional[Draft]:
        # Only a window each side is read: slicing to the ends would make a sentence of
        # thousands of figures quadratic.
        before, after = text[max(0, m.start - WINDOW):m.start], text[m.end:m.end + WINDOW]
        if m.kind == "money":
            kind, unit = "amount", m.unit
        elif m.kind == "percent":
            wide = text[max(0, m.start - CHANGE_REACH):m.start]
            kind, unit = ("growth" if self._is_growth(wide, after) else "percent"), "%"
            if kind == "growth" and self._is_fall(wide, after) and m.value > 0:
                m = m.model_copy(update={"value": -m.value})  # "down 20 %", "ned 20 %", "ein Minus von 20 Prozent"
        else:
            ratio = self.ratio_suffix.match(after)
            if ratio:
                return self._make(sentence, m.start, m.end + ratio.end(), text, "ratio", m.value, "x",
                                  m.precision, before)
            if not m.scaled and not (m.shorthand and self.shorthand_after.match(after)):
                return None  # ("38k pageviews": a count; "8.67b for 1Q-3Q25", "206k, Q3'25": an amount)
            kind, unit = "amount", None  # "20 Milliarden": the currency comes from the article
        draft = self._make(sentence, m.start, m.end, text, kind, m.value, unit, m.precision, before)
        if not draft.bound_stated and OR_MORE.match(after):
            draft.bound, draft.bound_stated = "gte", True
        draft.currency_inferred = unit is None
        draft.alt_value = m.alt_value if kind == "amount" else None
        return draft

    def _make(self, sentence, start, end, text, kind, value, unit, precision, before) -> Draft:
        bound = qualifier_bound(self.lex, before)
        return Draft(start=start + sentence.start, end=end + sentence.start, text=text[start:end], kind=kind,
                     value=value, unit=unit, precision=precision, sentence=sentence,
                     bound=bound or "eq", bound_stated=bound is not None)

    def _is_fall(self, before: str, after: str) -> bool:
        head = normalise_words(before[-WINDOW:])
        changed = self._changed_by(before)
        if changed is not None and changed.group("verb") in self.fall_verbs:
            return True
        return any(head.endswith(f" {fold(w)} ") or f" {fold(w)} " in head[-25:] for w in self.lex.data.FALL_WORDS)

    def _is_growth(self, before: str, after: str) -> bool:
        head = normalise_words(before[-WINDOW:])
        tail = normalise_words(after[:WINDOW])
        bare = without_last_qualifier(head, self.lex.qualifiers)
        return any(h.endswith(w) for h in (head, bare) if not h.endswith(self.not_growth_before) for w in self.growth_before) or any(tail.startswith(w) for w in self.growth_after) \
            or SIGNED.search(before) is not None or self._changed_by(before) is not None

    def _changed_by(self, before: str) -> Optional[re.Match]:
        """"økte OpenAIs kvartalsvise betalinger til Microsoft med": a change verb a few words before "med" (and a
        qualifier after it: "økte den med om lag", "rose by about")."""
        return self.change_by.search(without_last_qualifier(normalise_words(before[-CHANGE_REACH:]), self.lex.qualifiers))


    def _ratio_words(self, text: str, sentence: Sentence, taken: list[Draft]) -> list[Draft]:
        out = []
        taken = sorted(taken, key=lambda d: d.start)
        ends = [d.end for d in taken]  # the drafts of distinct numbers do not overlap
        for hit in self.ratio_words.finditer(text):
            start, end = hit.start() + sentence.start, hit.end() + sentence.start
            i = bisect.bisect_right(ends, start)  # the first draft ending after this word starts
            if i < len(taken) and taken[i].start < end:
                continue
            value = self.lex.data.RATIO_WORDS[next(k for k in self.lex.data.RATIO_WORDS
                                                   if fold(k) == fold(re.sub(r"\s+", " ", hit.group(0))))]
            before = self.ratio_article.sub(" ", text[max(0, hit.start() - WINDOW):hit.start()])
            out.append(self._make(sentence, hit.start(), hit.end(), text, "ratio", value, "x", 0.0, before))
        return out


def bound_of_metric(metric: Optional[Mention]) -> Optional[str]:
    return metric.bound if metric is not None else None
