"""Number parsing per language: separators, scale words, currencies, percentages,
precision, and the numbers that are not quantities."""
import pytest

from claims.numbers import parse_numeral
from pipeline import read_numbers


@pytest.mark.parametrize("raw, sep, value, decimals", [
    ("8,67", ",", "8.67", 2),
    ("8.67", ".", "8.67", 2),
    ("1.467", ",", "1467", 0),      # German/Norwegian thousands point
    ("1,467", ",", "1.467", 3),     # ... but a decimal comma
    ("1,467", ".", "1467", 0),      # English thousands comma
    ("1.467", ".", "1.467", 3),
    ("0,547", ".", "0.547", 3),     # a leading zero is never a thousands group
    ("1 467", ",", "1467", 0),
    ("1\u00a0467\u00a0000", ",", "1467000", 0),
    ("1.234.567,89", ",", "1234567.89", 2),
    ("1,234,567.89", ".", "1234567.89", 2),
    ("12,5", ".", "12.5", 1),
    ("4,30", ".", "4.30", 2),
])
def test_parse_numeral(raw, sep, value, decimals):
    got, d = parse_numeral(raw, sep)
    assert str(got) == value or float(got) == float(value)
    assert d == decimals


@pytest.mark.parametrize("lang, text, value_text, value, unit, kind, precision", [
    ("en", "revenue of $4.3B in the half", "$4.3B", 4.3e9, "USD", "money", 5e7),
    ("en", "spent $8.67bn on inference", "$8.67bn", 8.67e9, "USD", "money", 5e6),
    ("en", "costs of USD 4.3 billion", "USD 4.3 billion", 4.3e9, "USD", "money", 5e7),
    ("en", "a $250m deal", "$250m", 250e6, "USD", "money", 5e5),
    ("en", "paid €10 million", "€10 million", 10e6, "EUR", "money", 5e5),
    ("en", "grew 27 % last year", "27 %", 27.0, "%", "percent", 0.5),
    ("en", "a 12.5 percent share", "12.5 percent", 12.5, "%", "percent", 0.05),
    ("en", "about 1,467 staff", "1,467", 1467.0, None, "number", 0.5),
    # "us" in cased text is the pronoun; set all in lower case it is the country.
    ("en", "OpenAI paid us $500m last quarter", "$500m", 500e6, "USD", "money", 5e5),
    ("en", "russia took a us $ 150 million loan", "us $ 150 million", 150e6, "USD", "money", 5e5),
    ("en", "Russia took a US $150 million loan", "US $150 million", 150e6, "USD", "money", 5e5),
    ("nb", "brukte over 8,6 milliarder dollar på", "8,6 milliarder dollar", 8.6e9, "USD", "money", 5e7),
    ("nb", "hele 1 467 millioner kroner", "1 467 millioner kroner", 1467e6, "NOK", "money", 5e5),
    ("nb", "omtrent 3 mrd. kroner", "3 mrd. kroner", 3e9, "NOK", "money", 5e8),
    ("nb", "5,5 mill. kr i fjor", "5,5 mill. kr", 5.5e6, "NOK", "money", 5e4),
    ("nb", "en eierandel på 27 %", "27 %", 27.0, "%", "percent", 0.5),
    ("nb", "12 prosent av inntektene", "12 prosent", 12.0, "%", "percent", 0.5),
    ("de", "rund 493,8 Millionen US\u2011Dollar an", "493,8 Millionen US\u2011Dollar", 493.8e6, "USD", "money", 5e4),
    ("de", "von 1.467 Millionen Euro", "1.467 Millionen Euro", 1467e6, "EUR", "money", 5e5),
    ("de", "2,5 Mrd. Euro Umsatz", "2,5 Mrd. Euro", 2.5e9, "EUR", "money", 5e7),
    ("de", "7 Mio. US-Dollar", "7 Mio. US-Dollar", 7e6, "USD", "money", 5e5),
    ("de", "einer 20\u2011Prozent\u2011Umsatzbeteiligung", "20\u2011Prozent", 20.0, "%", "percent", 0.5),
    ("de", "etwa 20 Prozent der Einnahmen", "20 Prozent", 20.0, "%", "percent", 0.5),
    ("de", "| Q1 2024 | 0,547 |", "0,547", 0.547, None, "number", 5e-4),
])
def test_mentions(read, lang, text, value_text, value, unit, kind, precision):
    found = [m for m in read(text, lang) if m.role is None]
    assert len(found) == 1, found
    m = found[0]
    assert (m.text, m.unit, m.kind) == (value_text, unit, kind)
    assert m.value == pytest.approx(value, rel=1e-12)
    assert m.precision == pytest.approx(precision, rel=1e-9)


def test_range_gives_min_and_max(read):
    m = read("prices of 10 - 20 euro", "en")[0]
    assert (m.text, m.min, m.max, m.value, m.unit) == ("10 - 20 euro", 10.0, 20.0, None, "EUR")
    m = read("a $10-20 million round", "en")[0]
    assert (m.min, m.max, m.unit) == (10e6, 20e6, "USD")


def test_from_to_is_not_a_range(read):
    found = read("vokste fra 3,77 milliarder dollar for hele 2024 til 8,67 milliarder dollar", "nb")
    money = [m for m in found if m.kind == "money"]
    assert [m.value for m in money] == [3.77e9, 8.67e9]
    found = read("from 3 to 8 billion dollars", "en")
    assert [m.value for m in found] == [3.0, 8e9]


@pytest.mark.parametrize("lang, text, role", [
    ("en", "OpenAI launched GPT-5 in August", "name"),
    ("en", "runs on Windows 11 machines", "name"),
    ("en", "sales in 2024 were", "year"),
    ("en", "finished 12th in the league", "ordinal"),
    ("en", "on November 12, 2025 the", "date"),
    ("nb", "Publisert 12. november viser", "date"),
    ("nb", "kom på 3. plass", "ordinal"),
    ("de", "am 12. November 2025", "date"),
])
def test_numbers_that_are_not_quantities(read, lang, text, role):
    roles = [m.role for m in read(text, lang)]
    assert role in roles


def test_letters_glued_to_digits_are_names_not_numbers(read):
    assert read("Nvidia H100 and A100 chips", "en") == []


def test_score_is_two_plain_numbers(read):
    found = read("Rosenborg vant 3-1 over Molde", "nb")
    assert [(m.value, m.kind, m.min) for m in found] == [(3.0, "number", None), (1.0, "number", None)]


def test_one_letter_scale_needs_a_currency(read):
    m = read("a 5m run", "en")[0]
    assert (m.text, m.value, m.unit) == ("5", 5.0, None)


def test_negative_number(read):
    m = read("a change of -3.5 % on the day", "en")[0]
    assert (m.text, m.value, m.unit) == ("-3.5 %", -3.5, "%")


@pytest.mark.parametrize("lang, text, value_text, value, unit", [
    ("en", "just need minus five percent", "minus five percent", -5.0, "%"),
    ("de", "ein Ergebnis von minus 5 Prozent", "minus 5 Prozent", -5.0, "%"),
    ("nb", "en margin på minus 12 prosent", "minus 12 prosent", -12.0, "%"),
    ("en", "a loss of negative $3 million", "negative $3 million", -3e6, "USD"),
    ("en", "a change of -$3 million", "-$3 million", -3e6, "USD"),
    ("de", "Saldo: −€5 Mio.", "−€5 Mio.", -5e6, "EUR"),
])
def test_a_sign_word_belongs_to_the_figure(read, lang, text, value_text, value, unit):
    m = read(text, lang)[-1]
    assert (text[m.start:m.end], m.text, m.value, m.unit) == (value_text, value_text, value, unit)


def test_a_code_glued_to_a_number_opens_it(read):
    """'3 USD50 cards': USD belongs to the 50 it touches, not to the 3 before it."""
    found = read("we are giving away 3 USD50 cards", "en")
    assert [(m.text, m.value, m.unit) for m in found] == [("3", 3.0, None), ("USD50", 50.0, "USD")]


@pytest.mark.parametrize("lang, text, value_text, value, unit, kind", [
    ("en", "paid two billion dollars for it", "two billion dollars", 2e9, "USD", "money"),
    ("en", "about twenty percent of sales", "twenty percent", 20.0, "%", "percent"),
    ("en", "it cost $20 and 43c", "$20 and 43c", 20.43, "USD", "money"),
    ("en", "a 5 lakh rupees loan", "5 lakh rupees", 5e5, "INR", "money"),
    ("en", "won 30 MUSD", "30 MUSD", 30e6, "USD", "money"),
    ("nb", "koster to kroner og 23 øre", "to kroner og 23 øre", 2.23, "NOK", "money"),
    ("nb", "ti svenske kroner", "ti svenske kroner", 10.0, "SEK", "money"),
    ("nb", "tjue rupees 43", "tjue rupees 43", 20.43, "INR", "money"),
    ("de", "eine Milliarde Dollar", "eine Milliarde Dollar", 1e9, "USD", "money"),
    ("de", "dreizehn Euro und fünfundvierzig Cent.", "dreizehn Euro und fünfundvierzig Cent", 13.45, "EUR", "money"),
    ("de", "einhundertneunundneunzig Prozent", "einhundertneunundneunzig Prozent", 199.0, "%", "percent"),
])
def test_spelled_out_amounts(read, lang, text, value_text, value, unit, kind):
    found = [m for m in read(text, lang) if m.kind == kind]
    assert [(m.text, m.unit) for m in found] == [(value_text, unit)]
    assert found[0].value == pytest.approx(value, rel=1e-12)
    assert found[0].role is None


@pytest.mark.parametrize("lang, text, value", [
    ("nb", "en av to ansatte", [1.0, 2.0]),
    ("de", "ein Unternehmen mit zwei Standorten", [1.0, 2.0]),
    ("en", "one of the three labs", [1.0, 3.0]),
])
def test_lone_number_words_are_plain_numbers(read, lang, text, value):
    found = read(text, lang)
    assert [(m.value, m.kind, m.role) for m in found] == [(v, "number", "words") for v in value]


def test_one_after_a_determiner_is_a_pronoun(read):
    assert read("Which one do you prefer?", "en") == []


def test_minor_units_count_minor_units(read):
    m = read("shares fell 50 cents", "en")[0]
    assert (m.text, m.value, m.kind, m.role) == ("50 cents", 50.0, "money", "minor_unit")
    m = read("10 øre", "nb")[0]
    assert (m.value, m.unit, m.role) == (10.0, "NOK", "minor_unit")


@pytest.mark.parametrize("lang, text, value", [
    ("en", "100k", 1e5), ("en", "3M", 3e6), ("nb", ",0012G", 1.2e6), ("en", "1.3e6", 1.3e6),
    ("en", "3/4", 0.75), ("en", "2  1/4", 2.25), ("en", "322 hundred", 32200), ("en", "3 dozens", 36),
    ("en", "1 234 567", 1234567), ("en", "1 point 1", 1.1), ("de", "1 komma 1", 1.1),
])
def test_other_written_numbers(read, lang, text, value):
    found = read(text, lang)
    assert len(found) == 1 and found[0].text == text.strip()
    assert found[0].value == pytest.approx(value, rel=1e-12)
    assert not found[0].scaled  # metric suffixes and dozens are not money scales


def test_lists_and_addresses_are_separate_numbers(read):
    assert [m.value for m in read("192.168.1.2", "en")] == [192, 168, 1, 2]
    assert [m.value for m in read("Exercises nrs. 22,24,26,31.", "en")] == [22, 24, 26, 31]
    assert [m.value for m in read("on 5/17/2018", "en")] == [5, 17, 2018]


def test_numbers_in_web_addresses_are_skipped(read):
    assert read("see https://example.com/q=30%25%2020% now", "en") == []


def test_numbers_glued_to_a_unit_are_measures(read):
    assert [(m.value, m.role) for m in read("the 180ml bottle", "en")] == [(180.0, "measure")]
    assert [m.role for m in read("a 10x return", "en")] == [None]  # ratio suffixes stay claims


def test_fractions_and_neighbours_that_make_one_number(read):
    assert [(m.text, m.value) for m in read("one in five adults", "en")] == [("one in five", 0.2)]
    assert [(m.text, m.value) for m in read("4 thousand 3 hundred and 21 units", "en")] == \
        [("4 thousand 3 hundred and 21", 4321.0)]
    m = read("between 10 dollars and 20 dollars", "en")[0]
    assert (m.min, m.max, m.unit) == (10.0, 20.0, "USD")


@pytest.mark.parametrize("lang, text, claims", [
    ("nb", "En av to ansatte sier at OpenAI hadde inntekter på to milliarder dollar i 2024.",
     [("to milliarder dollar", 2e9, "USD")]),
    ("de", "Ein Unternehmen mit zwei Standorten: OpenAI setzte 2024 eine Milliarde Dollar um.",
     [("eine Milliarde Dollar", 1e9, "USD")]),
    ("en", "One of the three labs, OpenAI, had revenue of two billion dollars in 2024.",
     [("two billion dollars", 2e9, "USD")]),
])
def test_number_words_are_claims_only_with_a_unit(lang, text, claims):
    from pipeline.check import ArticleInput, check_article
    found = check_article(text, ArticleInput(language=lang)).claims
    assert [(c.value_text, c.value, c.unit) for c in found] == claims


@pytest.mark.parametrize("lang, text, value_text, value", [
    ("de", "OpenAI zahlte im Q3'25 411 Mio. Dollar an Microsoft.", "411 Mio. Dollar", 411e6),
    ("nb", "OpenAI betalte i Q4'24 168 millioner dollar til Microsoft.", "168 millioner dollar", 168e6),
    ("de", "OpenAI überwies in 9M'25 865,9 Mio. Dollar an Microsoft.", "865,9 Mio. Dollar", 865.9e6),
    ("de", "OpenAI zahlte im Q3/25 411 Mio. Dollar.", "411 Mio. Dollar", 411e6),
])
def test_the_year_of_a_period_code_never_starts_a_grouped_number(lang, text, value_text, value):
    """"Q3'25 411 Mio.": "25 411" would be a thousands group; the "25" ends the code."""
    found = [(m.text, m.value) for m in read_numbers(text, lang) if m.kind == "money"]
    assert found == [(value_text, value)]
