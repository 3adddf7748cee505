"""Per-language word lists and patterns. A new language is a new module here
with the same names (see en.py); nothing else changes."""
from __future__ import annotations

import importlib
from types import ModuleType

LANGUAGES = ("en", "nb", "de")


def load(code: str) -> ModuleType:
    if code not in LANGUAGES:
        raise ValueError(f"unsupported language {code!r} (supported: {', '.join(LANGUAGES)})")
    return importlib.import_module(f"claims.lang.{code}")
