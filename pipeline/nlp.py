"""The spaCy pipeline per language: `spacy.blank(lang)` with claimcheck's
tokenizer rules, sentencizer and company ruler, or a trained pipeline the user
names (`--spacy-model`, or CLAIMCHECK_SPACY_MODEL_<LANG> / CLAIMCHECK_SPACY_MODEL)."""
from __future__ import annotations

import functools
import os
from typing import Optional

import spacy
from spacy.language import Language

from claims.annotate import prepare


def model_name(lang: str, model: Optional[str] = None) -> Optional[str]:
    return model or os.environ.get(f"CLAIMCHECK_SPACY_MODEL_{lang.upper()}") or os.environ.get("CLAIMCHECK_SPACY_MODEL")


@functools.lru_cache(maxsize=None)
def get_nlp(lang: str, model: Optional[str] = None) -> Language:
    name = model_name(lang, model)
    if name:
        try:
            nlp = spacy.load(name, exclude=["lemmatizer"])
        except OSError as exc:
            raise ValueError(f"spaCy pipeline {name!r} is not installed ({_first_line(exc)})") from None
        except Exception as exc:  # a broken pipeline fails in many ways: a language spaCy lacks, a bad config or file
            raise ValueError(f"spaCy pipeline {name!r} cannot be loaded ({type(exc).__name__}: {_first_line(exc)})") from None
    else:
        nlp = spacy.blank(lang)
    return prepare(nlp)


def _first_line(exc: Exception) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[0][:200] if lines else "no message"
