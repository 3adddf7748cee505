"""Properties of the number finder and of the whole way through (extract, normalise,
rules) over generated text in en, nb and de: never an exception, every span indexes
its own text, every value finite, every period starts before it ends, and the same
input always gives the same output.

The text is made of the languages' own words (scales, currencies, qualifiers,
periods, metric words, anaphors, clause breaks), company names, numbers in every
format, table and Markdown punctuation, and arbitrary Unicode; or it is a window
of a real corpus article with such pieces spliced in.

Settings: tests/hypothesis_support.py (200 derandomized examples per test in CI).
"""
import math
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from claims.annotate import gazetteer
from claims.lang import load
from models import VERDICTS
from pipeline import ArticleInput, check_article
from pipeline.read import clean
from tests.hypothesis_support import LANGUAGES, languages, written_numbers

DATA = Path(__file__).parent / "data"
ARTICLES = sorted((DATA / "corpus").glob("*.txt")) + sorted((DATA / "articles").glob("*.txt"))
PUNCTUATION = [".", ",", ";", ":", " – ", " — ", "(", ")", "«", "»", "„", "“", "\"", "'", "\n", "\n\n", "\r\n",
               "|", "| --- | --- |", "|---|", "# ", "**", "*", "- ", "%", "$", "€", "-", "\u2011", "/", "&amp;",
               "<p>", "</p>", "\u00a0", "\u202f", "\t"]


def vocabulary(lang: str) -> list[str]:
    """Every word the language's lists give the reader something to do with."""
    data = load(lang)
    words = []
    for name in ("SCALES", "SHORT_SCALES", "CURRENCIES", "QUALIFIERS", "MONTHS", "METRIC_WORDS", "METRIC_PHRASES",
                 "COUNT_WORDS", "ORDINAL_WORDS", "RATIO_WORDS", "NUMBER_UNITS", "NUMBER_TENS", "NUMBER_SCALES"):
        words += list(getattr(data, name, {}))
    for name in ("PERCENT_WORDS", "CLAUSE_BREAKS", "PERIOD_ANAPHORA", "ENTITY_ANAPHORA", "GROWTH_BEFORE",
                 "GROWTH_AFTER", "GENERIC_COST_WORDS", "RANGE_WORDS", "RANGE_FROM", "BASIS_WORDS"):
        words += list(getattr(data, name, []))
    words += sorted(data.STOP_WORDS)
    for company, entry in gazetteer().items():
        words += [company] + list(entry["aliases"]) + list(entry["people"])
    return sorted(set(words)) + ["Q1", "Q3", "H1", "2024", "2025", "1H25", "GPT-5", "12.", "3x", "1,5", "1.5"]


VOCABULARY = {lang: vocabulary(lang) for lang in LANGUAGES}


@st.composite
def articles(draw):
    """(language, text): a jumble of the language's words, numbers and punctuation, or a
    window of a real article with such pieces spliced in."""
    lang = draw(languages)
    piece = st.one_of(
        st.sampled_from(VOCABULARY[lang]),
        written_numbers(lang).map(lambda w: w[0]),
        st.sampled_from(PUNCTUATION),
        st.text(max_size=6),
    )
    pieces = draw(st.lists(piece, max_size=40))
    if draw(st.booleans()):
        return lang, draw(st.sampled_from([" ", "", "\n"])).join(pieces)
    real = [p for p in ARTICLES if p.name.startswith(lang)] or ARTICLES
    text = draw(st.sampled_from(real)).read_text(encoding="utf-8")
    start = draw(st.integers(0, max(0, len(text) - 1)))
    text = text[start:start + draw(st.integers(0, 800))]
    for p in pieces[:8]:
        at = draw(st.integers(0, len(text)))
        text = text[:at] + p + text[at:]
    return lang, text


def finite(x) -> bool:
    return x is None or math.isfinite(x)


@given(article=articles())
def test_every_number_found_indexes_its_text_and_is_finite(finder, article):
    lang, text = article
    found = finder(lang).find(text)
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert finite(m.value) and finite(m.min) and finite(m.max) and math.isfinite(m.precision)
        assert m.precision >= 0
        assert (m.value is None) == (m.min is not None and m.max is not None)
    assert finder(lang).find(text) == found


@given(articles())
def test_check_article_never_fails_and_gives_the_same_answer_twice(article):
    lang, text = article
    meta = ArticleInput(language=lang)
    result = check_article(text, meta)
    checked = clean(text)  # spans index the text as checked: HTML reduced to its visible text
    for c in result.claims:
        assert checked[c.span[0]:c.span[1]] == c.value_text
        assert finite(c.value) and math.isfinite(c.precision)
        assert c.period is None or c.period.start <= c.period.end
        assert c.verdict in VERDICTS and all(f.verdict in VERDICTS for f in c.findings)
        for f in c.findings:
            assert all(finite(e.value) for e in f.evidence)
    assert result.summary.claims == len(result.claims)
    assert check_article(text, meta).model_dump() == result.model_dump()
