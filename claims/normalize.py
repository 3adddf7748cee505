"""Whose number, what it measures, for when: entity, metric and period for each
draft, read from its sentence first and carried from context when the sentence
does not say (shared/CONTRACT.md: period.how says which)."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Optional

from claims.annotate import Mention, Sentence
from claims.extract import Draft, normalise_words
from claims.lexicon import Lexicon, fold
from claims.periods import PeriodPhrase, PeriodResolver
from models import RATE_METRICS, Claim

COST_METRICS = ("inference_cost", "cost_of_revenue", "compute_spend", "training_cost", "capex")
# A percentage of these is the share rate ("20 % of revenue", "20 % inntektsdeling").
PERCENT_OF = {"revenue": "revenue_share_rate", "revenue_share": "revenue_share_rate"}
AMOUNT_OF = {"revenue_share_rate": "revenue_share"}
TOPIC_SENTENCES = 3  # how far back a generic cost word looks for the cost it means
OTHER_CLAUSE = 1000  # a metric word in another clause counts as this many characters further away


def clause_spans(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Clause boundaries: the language's conjunctions plus comma, colon and semicolon."""
    breaks = sorted(set(lex.data.CLAUSE_BREAKS) | {", ", ": ", "; "}, key=len, reverse=True)
    pattern = "|".join(re.escape(b) for b in breaks)
    cuts = [0] + [m.end() for m in re.finditer(pattern, text, re.IGNORECASE)] + [len(text)]
    return list(zip(cuts, cuts[1:]))


def parentheticals(text: str) -> list[tuple[int, int]]:
    """Asides between paired dashes or brackets ('die Inferenzkosten – also die ... Rechenkosten –')."""
    spans = [m.span() for m in re.finditer(r"\([^()]*\)", text)]
    spans += [m.span() for m in re.finditer(r"\s[–—]\s[^–—]*?\s[–—]\s", text)]
    return spans


def _inside(pos: int, spans) -> Optional[tuple[int, int]]:
    return next((s for s in spans if s[0] <= pos < s[1]), None)


class ArticleReader:
    """Reads the drafts of one article in order, carrying context forward."""

    def __init__(self, lex: Lexicon, sentences: list[Sentence], published: Optional[dt.date] = None,
                 also_named: tuple[str, ...] = ()):
        self.lex = lex
        self.periods = PeriodResolver(lex, published)
        self.sentences = sentences
        self.dominant = main_company([e.label for s in sentences for e in s.entities] + list(also_named))
        self.period_anaphora = [f" {fold(w)} " for w in lex.data.PERIOD_ANAPHORA]
        self.entity_anaphora = [fold(w) for w in lex.data.ENTITY_ANAPHORA]
        self._paragraph = -1
        self._para_period = None
        self._para_last: dict[str, Draft] = {}
        self._last_claim_sentence: Optional[list[Draft]] = None
        self._prev_sentence: Optional[Sentence] = None

    # -- one sentence ------------------------------------------------------------
    def read(self, sentence: Sentence, drafts: list[Draft]) -> None:
        if sentence.paragraph != self._paragraph:
            self._paragraph, self._para_period, self._para_last = sentence.paragraph, None, {}
            self._prev_sentence = None
        if drafts:
            for d in drafts:
                self._entity(sentence, d)
                self._metric(sentence, d)
            self._periods(sentence, drafts)
            for d in drafts:
                self._para_last[d.kind] = d
            self._last_claim_sentence = drafts
        self._prev_sentence = sentence

    # -- periods -------------------------------------------------------------------
    def _periods(self, sentence: Sentence, drafts: list[Draft]) -> None:
        phrases = self.periods.find(sentence.text, sentence.start)
        own = self._assign_phrases(sentence, drafts, phrases)
        words = normalise_words(sentence.text)
        anaphor = any(a in words for a in self.period_anaphora)
        antecedent = self._last_claim_sentence
        for d in drafts:
            phrase = own.get(id(d))
            if phrase is None and phrases:
                phrase = min(phrases, key=lambda p: _distance(p.start, p.end, d.start, d.end))
            if phrase is not None:
                d.period = phrase.period.with_how(phrase.period.how or "stated") if phrase.period else None
                d.reading["period"] = f"stated: {phrase.text!r}"
                if d.period:
                    self._para_period = d.period
                continue
            if d.metric in RATE_METRICS:
                continue
            if anaphor and antecedent:
                before = next((a for a in reversed(antecedent) if a.period is not None), None)
                if before is not None:
                    d.period = before.period.with_how("context")
                    d.reading["period"] = "context: refers back to the previous figures"
                else:
                    d.passage = antecedent[-1].passage
                    d.reading["period"] = "unresolved: refers back to figures with no stated period"
            elif self._para_period is not None:
                d.period = self._para_period.with_how("context")
                d.reading["period"] = "context: earlier in the paragraph"
            else:
                d.passage = sentence.index
        if any(d.period for d in drafts):
            self._para_period = next(d.period for d in reversed(drafts) if d.period)

    def _assign_phrases(self, sentence: Sentence, drafts: list[Draft], phrases: list[PeriodPhrase]) -> dict:
        """A phrase right after a number is that number's; one before every number is the sentence's."""
        own: dict = {}
        scope = None
        breaks = [b for b in self.lex.data.CLAUSE_BREAKS if b.strip()] + [", "]
        for p in phrases:
            before = [d for d in drafts if d.end <= p.start]
            after = [d for d in drafts if d.start >= p.end]
            if not before:
                scope = scope or p
                continue
            gap = sentence.text[before[-1].end - sentence.start:p.start - sentence.start]
            target = after[0] if after and any(b in gap for b in breaks) else before[-1]
            own.setdefault(id(target), p)
        if scope is not None:
            for d in drafts:
                own.setdefault(id(d), scope)
        return own

    # -- entities --------------------------------------------------------------------
    def _entity(self, sentence: Sentence, d: Draft) -> None:
        person = next((e for e in sentence.entities if e.person), None)
        if person is not None:
            d.speaker = person.person
        if d.entity:
            return
        mention = self._entity_in_sentence(sentence, d)
        if mention is not None:
            d.entity, d.reading["entity"] = mention.label, f"stated: {mention.text!r}"
            return
        words = normalise_words(sentence.text)
        if any(a in words for a in self.entity_anaphora):
            before = [e for s in self.sentences if s.index < sentence.index for e in s.entities]
            if before:
                d.entity, d.reading["entity"] = before[-1].label, f"context: the company last named ({before[-1].text!r})"
                return
        last = self._para_last.get(d.kind) or next(iter(self._para_last.values()), None)
        if last is not None and last.entity:
            d.entity, d.reading["entity"] = last.entity, "context: the previous figure in the paragraph"
        elif self._prev_sentence is not None and self._prev_sentence.entities:
            first = self._prev_sentence.entities[0]
            d.entity, d.reading["entity"] = first.label, f"context: previous sentence ({first.text!r})"
        elif self.dominant:
            d.entity, d.reading["entity"] = self.dominant, "article: the company the article is about"

    def _entity_in_sentence(self, sentence: Sentence, d: Draft) -> Optional[Mention]:
        if not sentence.entities:
            return None
        clause = self._clause(sentence, d)
        inside = [e for e in sentence.entities if clause[0] <= e.start and e.end <= clause[1]]
        left = [e for e in inside if e.end <= d.start]
        right = [e for e in inside if e.start >= d.end]
        if left:
            return left[-1]
        if right:
            return right[0]
        return sentence.entities[0]

    def _clause(self, sentence: Sentence, d: Draft) -> tuple[int, int]:
        for a, b in clause_spans(sentence.text, self.lex):
            if a <= d.start - sentence.start < b:
                return a + sentence.start, b + sentence.start
        return sentence.start, sentence.end

    # -- metrics -----------------------------------------------------------------------
    def _metric(self, sentence: Sentence, d: Draft) -> None:
        if d.metric is None:
            mention = self._metric_mention(sentence, d)
            if mention is not None:
                d.metric = self._resolve_generic(sentence, mention)
                d.metric_bound = mention.bound
                how = "stated" if not mention.generic else "context (generic word)"
                d.reading["metric"] = f"{how}: {mention.text!r}"
            else:
                last = self._para_last.get(d.kind)
                if last is not None and last.metric:
                    d.metric, d.reading["metric"] = last.metric, "context: the previous figure in the paragraph"
        if d.kind == "percent":
            d.metric = PERCENT_OF.get(d.metric, d.metric)
        elif d.kind == "amount":
            d.metric = AMOUNT_OF.get(d.metric, d.metric)
        if d.metric_bound and not d.bound_stated:
            d.bound = d.metric_bound

    def _metric_mention(self, sentence: Sentence, d: Draft) -> Optional[Mention]:
        asides = [(a + sentence.start, b + sentence.start) for a, b in parentheticals(sentence.text)]
        own_aside = _inside(d.start, asides)
        clause = self._clause(sentence, d)
        best, best_score = None, None
        for m in sentence.metrics:
            if _inside(m.start, asides) not in (None, own_aside):
                continue
            score = _distance(m.start, m.end, d.start, d.end)
            if not (clause[0] <= m.start < clause[1]):
                score += OTHER_CLAUSE
            if best_score is None or score < best_score:
                best, best_score = m, score
        return best

    def _resolve_generic(self, sentence: Sentence, mention: Mention) -> Optional[str]:
        """'costs', 'forbruk', 'Kosten' mean the specific cost named nearby."""
        if not mention.generic:
            return mention.label
        here = [m for m in sentence.metrics if m.label in COST_METRICS]
        if here:
            return min(here, key=lambda m: abs(m.start - mention.start)).label
        earlier = [s for s in self.sentences if sentence.index - TOPIC_SENTENCES <= s.index < sentence.index]
        for s in reversed(earlier):
            costs = [m for m in s.metrics if m.label in COST_METRICS]
            if costs:
                return costs[-1].label
        return None

    # -- the article ------------------------------------------------------------------
    def default_currency(self, drafts: list[Draft]) -> Optional[str]:
        units = Counter(d.unit for d in drafts if d.kind == "amount" and d.unit and not d.currency_inferred)
        return units.most_common(1)[0][0] if units else None


def main_company(names: list[str]) -> Optional[str]:
    """The company the article is about: named more often than any other."""
    top = Counter(names).most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def _distance(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    if a_end <= b_start:
        return b_start - a_end
    if b_end <= a_start:
        return a_start - b_end
    return 0


def to_claims(article_id: str, drafts: list[Draft], currency: Optional[str], dominant: Optional[str]) -> list[Claim]:
    """Finished drafts as contract claims; an amount with no currency anywhere is dropped."""
    out = []
    for d in drafts:
        unit = d.unit
        if d.currency_inferred:
            if currency is None or d.metric is None or d.metric in RATE_METRICS:
                continue
            unit = currency
            d.reading["unit"] = f"article: the currency the article uses ({currency})"
        if d.entity is None and d.column is not None and dominant:
            d.entity, d.reading["entity"] = dominant, "article: the company the article is about"
        out.append(Claim(
            id=f"{article_id}#{len(out) + 1}", span=(d.start, d.end), value_text=d.text,
            sentence=d.sentence.text.strip(), kind=d.kind, entity=d.entity, metric=d.metric, period=d.period,
            value=d.value, unit=unit, bound=d.bound, precision=d.precision, speaker=d.speaker,
            reading=d.reading, passage=d.passage,
        ))
    return out
