"""ClaimTrigger, the cheap test before the number finder: it may say yes to a text
that holds no claim, but never no to one that does."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.annotate import Sentence
from claims.extract import DraftMaker
from claims.lang import LANGUAGES, load
from claims.lexicon import get
from claims.numbers import NumberFinder
from claims.trigger import CODE_LISTS, COMMON_LISTS, LANGUAGE_LISTS, LETTER_RUN, ClaimTrigger
from claims.lang import common
from pipeline.check import paragraphs
from tests import hypothesis_support  # noqa: F401  (profile)

DATA = Path(__file__).parent / "data"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from make_archive import articles as synthetic_articles  # noqa: E402


def drafts(text: str, lang: str) -> list:
    lex = get(lang)
    return DraftMaker(lex).drafts(text, Sentence(0, 0, 0, len(text), text), NumberFinder(lex).find(text))


def trigger(lang: str) -> ClaimTrigger:
    return ClaimTrigger(load(lang))


def texts_we_have() -> list[tuple[str, str]]:
    """(language, paragraph) of every article, peer case and a synthetic archive."""
    out = []
    for folder in ("articles", "corpus", "holdout", "holdout2", "holdout3", "holdout4"):
        for path in sorted((DATA / folder).glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            lang = path.name[:2] if path.name[:2] in LANGUAGES else ("nb" if path.name.startswith("000") else "de")
            out += [(lang, text[a:b]) for a, b in paragraphs(text, [])]
    for line in (DATA / "peer" / "peer_cases.jsonl").read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        out.append((case["lang"], case["text"]))
    for record, _ in synthetic_articles(300, seed=11):
        out += [(record["lang"], record["text"][a:b]) for a, b in paragraphs(record["text"], [])]
    return out


def test_never_says_no_to_a_text_with_a_claim():
    silent, missed = 0, []
    for lang, text in texts_we_have():
        if not trigger(lang).may_fire(text):
            silent += 1
            if drafts(text, lang):
                missed.append((lang, text[:80]))
    assert missed == []
    assert silent > 500  # and it does say no: the archive's sport and weather paragraphs


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_entry_of_the_lists_fires_it_wherever_it_makes_a_draft(lang):
    """Each entry before a number, after it and glued to it: where that makes a draft, the
    trigger fires ("L.E. 50" is an amount although "l" and "e" are one-letter runs)."""
    data = load(lang)
    entries = [str(e) for name in LANGUAGE_LISTS for e in getattr(data, name, {})]
    entries += [str(e) for name in COMMON_LISTS + CODE_LISTS for e in getattr(common, name)]
    forms = [form for e in entries for form in (f"costs {e} 50 now", f"costs 50 {e} now", f"costs 50{e} now")]
    assert sum(bool(drafts(f, lang)) for f in forms) > len(entries)  # most entries do make drafts
    quiet = [f for f in forms if drafts(f, lang) and not trigger(lang).may_fire(f)]
    assert quiet == []


@pytest.mark.parametrize("lang, text", [
    ("en", "The home side won 3-1 on Saturday in front of 31,000 fans."),
    ("nb", "Hjemmelaget vant 4-1 lørdag etter et mål i det 87. minutt."),
    ("de", "Am Wochenende fallen bis zu 20 Zentimeter Schnee, sagt der Wetterdienst."),
])
def test_says_no_to_sport_and_weather(lang, text):
    assert not trigger(lang).may_fire(text)
    assert drafts(text, lang) == []


@pytest.mark.parametrize("lang, text", [
    ("en", "OpenAI spent $8.67bn on inference."),
    ("en", "Revenue was 4.3bn in the half."),
    ("en", "Costs rose threefold, 3x the year before."),
    ("nb", "Inntektene var 4,3 mrd. i halvåret."),
    ("de", "Der Umsatz lag bei 4,3 Milliarden."),
    ("en", "They paid 50 TRY for it."),
])
def test_says_yes_to_figures_with_a_unit_or_scale(lang, text):
    assert trigger(lang).may_fire(text)


WORDS = {lang: sorted({str(e) for name in LANGUAGE_LISTS for e in getattr(load(lang), name, {})}
                      | {str(e) for name in COMMON_LISTS + CODE_LISTS for e in getattr(common, name)}
                      | {"the", "revenue", "won", "two", "billion", "twice", "doubled", "3-1", "minus"})
         for lang in LANGUAGES}


@given(st.sampled_from(LANGUAGES).flatmap(lambda lang: st.tuples(
    st.just(lang),
    st.lists(st.one_of(st.sampled_from(WORDS[lang]), st.integers(0, 10**9).map(str),
                       st.sampled_from([".", ",", "-", " ", "(", ")", "%", "'s"])), max_size=12))))
def test_no_means_no_drafts_on_generated_text(case):
    lang, parts = case
    text = " ".join(parts)
    if not trigger(lang).may_fire(text):
        assert drafts(text, lang) == []


def plain_runs_fire(t: ClaimTrigger, text: str) -> bool:
    """The specification `ClaimTrigger._runs_fire` implements faster: every letter run by the
    Unicode regex, a code as written, a word lowered, a one-letter suffix after a number."""
    runs = LETTER_RUN.findall(text)
    return (not t.codes.isdisjoint(runs) or not t.words.isdisjoint(map(str.lower, runs))
            or t.after_number.search(text) is not None)


AWKWARD = ["\udabc", "«", "»", "“", "”", "–", "…", "\u00a0", "\u202f", "’", "'", "ø", "å", "ü", "ß", "é", "İ", "\u212a",
           "\u0307", "µ", "×", "Ø", "Ü", "_", "٣", "\t", "\n", "/", "5", ",", "."]


@given(st.sampled_from(LANGUAGES).flatmap(lambda lang: st.tuples(
    st.just(lang),
    st.lists(st.one_of(st.sampled_from(WORDS[lang]), st.sampled_from(WORDS[lang]).map(str.upper),
                       st.sampled_from(AWKWARD), st.text(max_size=3), st.integers(0, 999).map(str)),
             max_size=10),
    st.sampled_from(["", " "]))))
def test_the_byte_reading_of_runs_agrees_with_the_regex_reading(case):
    """Never no where the regex reading says yes; the same answer unless lowering changes the
    text's length ("İ" lowers to "i" and a combining dot, which cuts the run in two)."""
    lang, parts, glue = case
    text = glue.join(parts)
    t = trigger(lang)
    fast, plain = t._runs_fire(text, text.lower()), plain_runs_fire(t, text)
    assert fast >= plain
    if len(text.lower()) == len(text):
        assert fast == plain


@pytest.mark.parametrize("text, fires", [
    ("«kroner»", True), ("“dollars”", True), ("5\u00a0m", True), ("frühjahr", False), ("større", False),
    ("på 5 år", False), ("\u212aRW 5", False), ("«USD»", True), ("we try", False), ("«TRY»", True), ("5 \u212a", True),
    ("\udabc kroner", True), ("\udabc", False),
])
def test_the_byte_reading_of_runs_on_text_that_is_not_ascii(text, fires):
    t = trigger("nb")
    assert t._runs_fire(text, text.lower()) is fires
    assert plain_runs_fire(t, text) is fires
