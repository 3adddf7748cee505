"""claims.regex_gate: the words a regex's matches need, read from the pattern itself. A gate
may let through a text the regex then finds nothing in, never hold back one it would match."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.lang import LANGUAGES
from claims.lexicon import get
from claims.regex_gate import Gated, required_words
from tests import hypothesis_support  # noqa: F401  (profile)

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("pattern, words", [
    (r"\bin\s+the\s+(?:first|second)\s+quarter\b", {"quarter"}),
    (r"\b(?:first|second)\s+half", {"first", "second"}),  # the longest word of each alternative: "half" is shorter
    (r"\b(?:jan(?:uary)?|feb)\s+\d{4}", {"jan", "january", "feb"}),
    (r"\bH(?P<ord>[12])\s+\d{4}", None),  # "h": too short to be worth a check
    (r"\b(?:19|20)\d{2}\b", None),
    (r"(?:quarter)?\s*\d+", None),  # optional: no match needs it
    (r"(?:Quartal|Quartalen)\s+(?P<year>\d{4})", {"quartal", "quartalen"}),
    (r"(?:total|sum)+\s+of", {"total", "sum"}),  # a repeat of at least one
    (r"\bSIDEN\b", {"siden"}),  # case-folded
])
def test_required_words(pattern, words):
    found = required_words(re.compile(pattern, re.IGNORECASE))
    assert (set(found) if found is not None else None) == words


def test_spellings_stop_at_a_bound():
    many = "|".join(f"w{n:03d}" for n in range(200))  # 200 spellings: too many to list, still one gate of the run's rest
    assert required_words(re.compile(rf"(?:{many})\s+quarter", re.I)) == {"quarter"}


def every_text() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*/*.txt"))]


TEXTS = every_text()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_gated_patterns_find_what_the_patterns_find_in_every_article(lang):
    lex = get(lang)
    gated = [g for g, _ in lex.period_res] + list(lex.dateline_res)
    assert sum(g.words is not None for g in gated) > len(gated) // 2  # most are gated, or the gate is pointless
    assert len(TEXTS) > 300
    for text in TEXTS:
        for variant in (text, text.upper()):
            folded = variant.casefold()
            for g in gated:
                assert [m.span() for m in g.finditer(variant, folded)] == \
                       [m.span() for m in g.pattern.finditer(variant)], (g.pattern.pattern, variant[:80])


@given(st.text(alphabet="quarterQUARTERmonthsMonateKvartalkvartalhalvår første 2024 Q1HJFjanFebruary.,-",
               max_size=60))
def test_gate_never_holds_back_a_match(text):
    for lang in LANGUAGES:
        for g, _ in get(lang).period_res:
            if g.pattern.search(text):
                assert g.passes(text.casefold()), (g.pattern.pattern, text)


def test_a_text_without_the_words_is_not_searched():
    g = Gated.of(re.compile(r"\bthe\s+(?P<ord>first|second)\s+quarter", re.I))
    assert g.words == frozenset({"quarter"})
    assert list(g.finditer("the first half", "the first half")) == []
    assert [m.group("ord") for m in g.finditer("The First Quarter", "the first quarter")] == ["First"]
    assert g.search("no such words", "no such words") is None
