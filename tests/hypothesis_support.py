"""Hypothesis settings for the property tests (tests/test_hypothesis*.py).

`ci` (chosen when the CI variable is set, as .ci/run's environment has it): 200
examples per test, derandomized so every run tries the same inputs, and no
example database written. `dev` (otherwise): 100 random examples, failures
remembered in .hypothesis/. HYPOTHESIS_PROFILE=ci|dev|thorough overrides.
No deadline: the first call of a test builds spaCy pipelines, and a slow input
is the regex tests' business (tests/test_hostile.py), not a timer's.
"""
import os

from hypothesis import HealthCheck, settings

COMMON = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("ci", max_examples=200, derandomize=True, database=None, print_blob=True, **COMMON)
settings.register_profile("dev", max_examples=100, **COMMON)
settings.register_profile("thorough", max_examples=2000, **COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))


# -- strategies shared by the property tests ----------------------------------------
from decimal import Decimal  # noqa: E402

from hypothesis import strategies as st  # noqa: E402

from claims.lang import LANGUAGES, common, load  # noqa: E402

languages = st.sampled_from(LANGUAGES)
# Carrier words no language reads as anything ("xqabc"): the number is the only thing to read.
nonsense = st.from_regex(r"xq[a-z]{2,6}", fullmatch=True)


@st.composite
def decimals(draw) -> tuple[Decimal, int]:
    """A non-negative number with 0-3 decimals, up to a trillion, and its number of decimals."""
    places = draw(st.integers(0, 3))
    units = draw(st.integers(0, 10 ** (12 + places)))
    return Decimal(units).scaleb(-places), places


def render(value: Decimal, places: int, decimal_sep: str, group_sep: str) -> str:
    """`value` as a writer of the language writes it: grouped thousands, decimal separator."""
    whole, _, frac = f"{value:.{places}f}".partition(".")
    groups = []
    while len(whole) > 3:
        whole, groups = whole[:-3], [whole[-3:]] + groups
    text = group_sep.join([whole] + groups)
    return f"{text}{decimal_sep}{frac}" if places else text


@st.composite
def written_numbers(draw, lang: str):
    """(expression, value, unit, kind): a number as the language writes it, maybe with a
    scale word and a currency or a percent sign; the value it must be read back as."""
    data = load(lang)
    value, places = draw(decimals())
    group = draw(st.sampled_from([""] + list(data.GROUP)))
    text = render(value, places, data.DECIMAL, group)
    factor, unit, kind = Decimal(1), None, "number"
    shape = draw(st.sampled_from(["plain", "scaled", "money", "percent"]))
    if shape in ("scaled", "money") and draw(st.booleans()):
        word, scale = draw(st.sampled_from(sorted(data.SCALES.items())))
        word = draw(st.sampled_from([word, word.capitalize(), word.upper()]))
        text, factor = f"{text}{draw(st.sampled_from([' ', chr(0xa0)]))}{word}", Decimal(repr(scale))
    if shape == "money":
        kind = "money"
        where = draw(st.sampled_from(["word", "symbol", "code-before", "code-after"]))
        if where == "word":
            word, unit = draw(st.sampled_from(sorted(data.CURRENCIES.items())))
            text = f"{text} {word}"
        elif where == "symbol":
            symbol = draw(st.sampled_from(["$", "€", "£", "US$"]))
            text, unit = f"{symbol}{text}", common.CURRENCY_SYMBOLS[symbol]
        else:
            unit = draw(st.sampled_from(["USD", "EUR", "NOK", "GBP", "CHF"]))
            text = f"{unit} {text}" if where == "code-before" else f"{text} {unit}"
    elif shape == "percent":
        kind, unit = "percent", "%"
        sign = draw(st.sampled_from(["%", " %", "\u00a0%"] + [f" {w}" for w in data.PERCENT_WORDS]))
        text = f"{text}{sign}"
    return text, float(value * factor), unit, kind
