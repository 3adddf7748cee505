"""Every qualifier the contract names, in each language, gives its bound."""
import pytest

from claims.extract import qualifier_bound
from claims.lexicon import get
from pipeline import ArticleInput, check_article

CONTRACT_WORDS = [
    ("en", "about", "approx"), ("de", "rund", "approx"), ("de", "etwa", "approx"),
    ("nb", "omtrent", "approx"), ("nb", "rundt", "approx"),
    ("en", "nearly", "nearly"), ("en", "almost", "nearly"), ("de", "fast", "nearly"), ("de", "knapp", "nearly"),
    ("nb", "nesten", "nearly"), ("nb", "nærmere", "nearly"),
    ("en", "over", "gt"), ("en", "more than", "gt"), ("de", "mehr als", "gt"), ("de", "über", "gt"),
    ("nb", "mer enn", "gt"), ("en", "well more than", "gt"), ("nb", "over", "gt"),
    ("en", "at least", "gte"), ("de", "mindestens", "gte"), ("nb", "minst", "gte"),
    ("en", "under", "lt"), ("en", "less than", "lt"), ("de", "weniger als", "lt"), ("nb", "under", "lt"),
    ("nb", "mindre enn", "lt"),
    ("en", "at most", "lte"), ("de", "höchstens", "lte"), ("nb", "maksimalt", "lte"),
]


@pytest.mark.parametrize("lang, word, bound", CONTRACT_WORDS)
def test_qualifier_words(lang, word, bound):
    assert qualifier_bound(get(lang), f"Die Firma meldete {word} ") == bound


def test_no_qualifier_is_none():
    assert qualifier_bound(get("en"), "revenue was ") is None
    assert qualifier_bound(get("nb"), "omsetning kun var ") is None


def test_quotes_glued_to_the_qualifier_still_count():
    # Machine translation glues quotes: "er’godt mer’enn 13 milliarder dollar"
    assert qualifier_bound(get("nb"), "OpenAIs inntekter er’godt mer’enn ") == "gt"


SENTENCES = [
    ("en", "OpenAI spent about $3.8 billion on inference in 2024.", "$3.8 billion", "approx"),
    ("en", "OpenAI spent nearly $3.8 billion on inference in 2024.", "$3.8 billion", "nearly"),
    ("en", "OpenAI spent more than $3.7 billion on inference in 2024.", "$3.7 billion", "gt"),
    ("en", "OpenAI spent at least $3.7 billion on inference in 2024.", "$3.7 billion", "gte"),
    ("en", "OpenAI spent less than $4 billion on inference in 2024.", "$4 billion", "lt"),
    ("en", "OpenAI spent at most $4 billion on inference in 2024.", "$4 billion", "lte"),
    ("de", "OpenAI gab im Jahr 2024 mehr als 3,7 Milliarden US-Dollar für Inferenz aus.", "3,7 Milliarden US-Dollar", "gt"),
    ("de", "OpenAI zahlte im Jahr 2024 höchstens 500 Millionen Euro.", "500 Millionen Euro", "lte"),
    ("nb", "OpenAI brukte nesten 3,8 milliarder dollar på inferens i 2024.", "3,8 milliarder dollar", "nearly"),
    ("nb", "OpenAI brukte minst 3,7 milliarder dollar på inferens i 2024.", "3,7 milliarder dollar", "gte"),
]


@pytest.mark.parametrize("lang, text, value_text, bound", SENTENCES)
def test_bound_end_to_end(lang, text, value_text, bound):
    claims = check_article(text, ArticleInput(language=lang)).claims
    claim = next(c for c in claims if c.value_text == value_text)
    assert text[claim.span[0]:claim.span[1]] == value_text
    assert claim.bound == bound


def test_minimum_in_a_compound_is_a_lower_bound():
    text = "Daraus lassen sich Mindestumsätze von 2,47 Milliarden US-Dollar im Jahr 2024 ableiten."
    claim = check_article(text, ArticleInput(language="de")).claims[0]
    assert (claim.metric, claim.bound) == ("revenue", "gte")
