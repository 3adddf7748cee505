"""Reading input: encodings, HTML, language detection, and refusals with one clear line."""
import codecs

import pytest

from pipeline import ArticleInput, InputError, check_article
from pipeline.read import clean, decode, detect_language

SENTENCE = "OpenAI brukte 3,77 milliarder dollar på inferens i 2024. Selskapet økte omsetningen."


@pytest.mark.parametrize("encoding, prefix", [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE), ("cp1252", b""),
])
def test_encodings(encoding, prefix):
    text = decode(prefix + SENTENCE.encode(encoding), "x")
    assert text == SENTENCE


def test_windows_newlines_become_plain():
    assert decode(b"a 5 %\r\nb\rc", "x") == "a 5 %\nb\nc"


@pytest.mark.parametrize("data, message", [
    (b"", "empty"), (b" \n\r\n\t", "empty"), (b"PK\x03\x04\x00\x00binary", "binary"),
    (bytes(range(1, 32)) * 20, "binary"), (b"\xff\xfe\x00\xd8\x00", "UTF-16"),
])
def test_refusals(data, message):
    with pytest.raises(InputError) as err:
        decode(data, "in.txt")
    assert str(err.value).startswith("in.txt: ") and message in str(err.value)


def test_html_is_reduced_to_visible_text():
    page = ("<html><head><title>T</title><script>var x = '$9.99B';</script></head><body>"
            "<p>OpenAI spent &dollar;3.77&nbsp;billion on inference in 2024.</p><style>p{}</style></body></html>")
    text = clean(page)
    assert "var x" not in text and "$3.77\u00a0billion" in text
    result = check_article(page, ArticleInput(language="en"))
    [claim] = result.claims
    assert (claim.value, claim.metric, claim.verdict) == (3.77e9, "inference_cost", "supported")


def test_plain_text_is_kept_as_is():
    assert clean(SENTENCE) == SENTENCE


@pytest.mark.parametrize("text, lang", [
    ("OpenAI said that the company spent more than it was expected to on the inference.", "en"),
    ("OpenAI har brukt mer enn det som var ventet, og selskapet er ikke lønnsomt.", "nb"),
    ("OpenAI hat mehr ausgegeben als erwartet, und das Unternehmen ist nicht profitabel.", "de"),
])
def test_language_detection(text, lang):
    assert detect_language(text) == lang


def test_a_lone_surrogate_does_not_stop_the_check():
    """A JSON escape ("\\udabc") can put a lone surrogate in a text; it becomes U+FFFD, one
    character for one, so the spans still index the text as given."""
    from pipeline import ArticleInput, check_article
    text = "OpenAI spent $3.77 billion on inference in 2024 \udabc and more."
    [c] = check_article(text, ArticleInput(language="en")).claims
    assert (text[c.span[0]:c.span[1]], c.verdict) == ("$3.77 billion", "supported")
