import pytest

from claims.lexicon import get
from claims.numbers import NumberFinder


@pytest.fixture(scope="session")
def finder():
    cache = {}

    def make(lang: str) -> NumberFinder:
        if lang not in cache:
            cache[lang] = NumberFinder(get(lang))
        return cache[lang]
    return make


@pytest.fixture
def read(finder):
    """All numeric expressions of a text, each checked to index its own text."""
    def run(text: str, lang: str):
        found = finder(lang).find(text)
        for m in found:
            assert text[m.start:m.end] == m.text
        return found
    return run
