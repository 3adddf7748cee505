"""A cheap necessary condition for a regex: words one of which any match must contain.

Python's `re` tries a pattern that opens with `\\b` or a group at every position of the
text; sixty period patterns over a sentence cost more than spaCy's tokenizer on it. Most
of them need a word ("quarter", "months", "Quartal", "første") that a given sentence
does not have, and `word in text` is a C loop over the text, far cheaper than a regex
try at every position. `required_words` reads that word list out of the compiled
pattern's syntax tree (never from a hand-kept list that could drift from the pattern):
a literal run, or a branch each of whose alternatives needs one, that every match
contains. `Gated.finditer` skips the regex when the text holds none of the words.

Words and text are compared case-folded: the patterns are case-insensitive.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Optional

try:  # Python 3.11+
    from re import _constants as sre_constants, _parser as sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

LITERAL, SUBPATTERN, BRANCH = sre_constants.LITERAL, sre_constants.SUBPATTERN, sre_constants.BRANCH
REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, getattr(sre_constants, "POSSESSIVE_REPEAT", None))
ATOMIC = getattr(sre_constants, "ATOMIC_GROUP", None)
SHORTEST_USEFUL = 3  # a gate of "q" or "to" passes nearly every sentence: not worth the check
MAX_OPTIONS = 64  # a literal part with more spellings than this is not worth spelling out


def _alternatives(items) -> list[frozenset[str]]:
    """Word sets, one word of each set in every match of the sequence `items`."""
    found: list[frozenset[str]] = []
    run: set[str] = {""}  # the spellings of the literal stretch read so far

    def close_run() -> None:
        nonlocal run
        if run != {""}:
            found.append(frozenset(run))
        run = {""}

    for op, av in items:
        spellings = _spellings([(op, av)])
        if spellings is not None and len(run) * len(spellings) <= MAX_OPTIONS:
            run = {a + b for a in run for b in spellings}
            continue
        close_run()
        if op is SUBPATTERN:
            found += _alternatives(av[-1])
        elif op is ATOMIC:
            found += _alternatives(av)
        elif op in REPEATS and av[0] >= 1:
            found += _alternatives(av[2])
        elif op is BRANCH:
            branch = _branch(av[1])
            if branch:
                found.append(branch)
    close_run()
    return found


def _spellings(items) -> Optional[set[str]]:
    """Every string the sequence can match when it is literals only ("a(?:pr(?:il)?|ug)":
    apr, april, aug); None when it holds anything else or too many."""
    out = {""}
    for op, av in items:
        if op is LITERAL:
            options = {chr(av)}
        elif op is SUBPATTERN:
            options = _spellings(av[-1])
        elif op is BRANCH:
            options = set()
            for option in av[1]:
                sub = _spellings(option)
                if sub is None:
                    return None
                options |= sub
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            sub = _spellings(av[2])
            options = None if sub is None else sub | {""}
        else:
            return None
        if options is None or len(out) * len(options) > MAX_OPTIONS:
            return None
        out = {a + b for a in out for b in options}
    return out


def _branch(options) -> Optional[frozenset[str]]:
    """One word per alternative that every match of that alternative holds (None if one has none)."""
    words: set[str] = set()
    for option in options:
        best = _best(_alternatives(option))
        if best is None:
            return None
        words |= best
    return frozenset(words)


def _best(sets: list[frozenset[str]]) -> Optional[frozenset[str]]:
    """The most telling set: the one whose shortest word is longest."""
    sets = [s for s in sets if s and all(w.strip() for w in s)]  # "" or a space: no gate
    return max(sets, key=lambda s: (min(map(len, s)), -len(s)), default=None)


def required_words(pattern: re.Pattern) -> Optional[frozenset[str]]:
    """Case-folded words one of which every match of `pattern` contains; None when the
    pattern needs no word of SHORTEST_USEFUL letters or more."""
    best = _best(_alternatives(sre_parse.parse(pattern.pattern, pattern.flags)))
    if best is None or min(map(len, best)) < SHORTEST_USEFUL:
        return None
    return frozenset(w.casefold() for w in best)


@dataclass(frozen=True)
class Gated:
    """A compiled pattern with its gate words."""

    pattern: re.Pattern
    words: Optional[frozenset[str]]

    @classmethod
    def of(cls, pattern: re.Pattern) -> "Gated":
        return cls(pattern, required_words(pattern))

    def passes(self, folded: str) -> bool:
        return self.words is None or any(w in folded for w in self.words)

    def search(self, text: str, folded: str) -> Optional[re.Match]:
        """`pattern.search(text)`, or None when `folded` (text.casefold()) lacks every gate word."""
        return self.pattern.search(text) if self.passes(folded) else None

    def finditer(self, text: str, folded: str) -> Iterator[re.Match]:
        """`pattern.finditer(text)`, or nothing when `folded` (text.casefold()) lacks every gate word."""
        return self.pattern.finditer(text) if self.passes(folded) else iter(())
