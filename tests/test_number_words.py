"""Spelled-out numbers: the shared grammar (claims/number_words.py) over each
language's word lists, and the guards that keep ordinary words ordinary."""
import pytest

from claims.lexicon import get


@pytest.mark.parametrize("lang, run, value", [
    ("en", "twenty-one thousand and twelve", 21012),
    ("en", "one hundred and five", 105),
    ("en", "thirty-one million two hundred fifty-six thousand seven hundred twenty-one", 31256721),
    ("en", "three thousand millions", 3e9),
    ("en", "three crore twelve lakh fifty-six thousand seven hundred twenty-one", 31256721),
    ("en", "two point two million", 2.2e6),
    ("en", "nought point nought three", 0.03),
    ("en", "five point oh two billion", 5.02e9),  # a spoken zero among decimals
    ("en", "two thirds", 2 / 3),
    ("en", "five and a half million", 5.5e6),
    ("en", "one billion and a half million", 1.0005e9),
    ("en", "one million and a half", 1.5e6),
    ("en", "half a dozen", 6),
    ("en", "a hundred thousand trillionths", 1e-7),
    ("en", "one twenty-fifth", 1 / 25),
    ("en", "one hundred and three quarters", 100.75),
    ("en", "one hundred and thirty fifths", 26),
    ("nb", "tjueto", 22),
    ("nb", "sekstiseks", 66),
    ("nb", "fem tusen og tjue", 5020),
    ("nb", "fire hundre og elleve kvadrillioner", 4.11e26),
    ("de", "zweiundzwanzig", 22),
    ("de", "achtzehnhundertzweiundfünfzig", 1852),
    ("de", "tausendachthundertzweiundfünfzig", 1852),
    ("de", "siebenhunderteinundzwanzigtausendundzwölf", 721012),
    ("de", "zweieinhalb", 2.5),
    ("de", "fünf und drei Viertel Milliarde", 5.75e9),
    ("de", "tausendvierhundertsechzehn Komma fünfzehn", 1416.15),
    ("en", "eight-and-a-half billion", 8.5e9),  # "and" between hyphens
    ("en", "two-and-a-half", 2.5),
])
def test_reads_the_whole_run(lang, run, value):
    reading = get(lang).number_words.read(run)
    assert reading is not None and reading.end == len(run)
    assert reading.value == pytest.approx(value, rel=1e-12)


@pytest.mark.parametrize("lang, run, prefix", [
    ("en", "one twenty two", "one"),          # two numbers, read one at a time
    ("en", "three-nought-four", "three"),
    ("en", "two millionth", "two"),           # an ordinal ("the two millionth visitor"), not 2e-6
])
def test_reads_only_the_number_at_the_start(lang, run, prefix):
    reading = get(lang).number_words.read(run)
    assert run[:reading.end] == prefix


@pytest.mark.parametrize("lang, run, prefix", [
    # two amounts joined by "and", the second with a decimal: not 4 000 000 002.5 milliarder
    ("nb", "fire milliarder og to komma fem milliarder", "fire milliarder"),
    ("en", "four billion and two point five billion", "four billion"),
])
def test_an_and_before_a_decimal_ends_the_number(lang, run, prefix):
    reading = get(lang).number_words.read(run)
    assert run[:reading.end] == prefix


@pytest.mark.parametrize("lang, text, value_text, precision", [
    # as precise as the same number in digits: "2 Mrd." ±0.5 bn, "3,65 Mrd." ±5 m
    ("de", "kostete zwei Milliarden Dollar", "zwei Milliarden Dollar", 0.5e9),
    ("de", "kostete drei Komma sechs fünf Milliarden Dollar", "drei Komma sechs fünf Milliarden Dollar", 5e6),
    ("de", "zahlte vierhundertelf Millionen Dollar", "vierhundertelf Millionen Dollar", 0.5e6),
    ("de", "rund eine halbe Milliarde Dollar", "eine halbe Milliarde Dollar", 5e7),  # as "0,5 Mrd."
    ("de", "zweieinhalb Milliarden Dollar", "zweieinhalb Milliarden Dollar", 5e7),
    ("en", "four point three billion dollars", "four point three billion dollars", 5e7),
    ("en", "twenty percent", "twenty percent", 0.5),
    ("nb", "to komma fem milliarder dollar", "to komma fem milliarder dollar", 5e7),
])
def test_a_spelled_number_is_as_precise_as_its_digits(read, lang, text, value_text, precision):
    [m] = [m for m in read(text, lang) if m.role is None]
    assert m.text == value_text
    assert m.precision == pytest.approx(precision, rel=1e-9)


@pytest.mark.parametrize("lang, run", [
    ("nb", "Tito"),         # "ti" + "to" inside one word is not a number
    ("en", "a"),            # "a" is one only before hundred, a scale or a fraction
    ("en", "a first"),      # "first" is a denominator only in a compound
    ("en", "thousands"),    # a scale word alone is not a number
    ("en", "oh"),           # a spoken zero only among decimals
    ("en", "oh two"),
])
def test_words_that_are_not_numbers(lang, run):
    assert get(lang).number_words.read(run) is None


def test_scale_words_mark_the_number_scaled():
    assert get("en").number_words.read("two billion").scaled
    assert not get("en").number_words.read("two dozen").scaled


@pytest.mark.parametrize("lang, text", [
    ("nb", "seksti" * 60 + "x"),      # "seksti" = "seks" + "ti" too: 2^60 splits if the regex retried them
    ("nb", "femti" * 60 + " " + "to " * 200 + "x"),
    ("de", "einundzwanzig" * 40 + "er"),
    ("en", "one " * 500 + "and " * 500),
])
def test_ambiguous_runs_do_not_backtrack(finder, lang, text):
    finder(lang).find(text)  # returns at once; an exponential regex would never return
