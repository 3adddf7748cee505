"""Orchestration: read and clean text, pick the language, run the spaCy
pipeline, extract and normalise claims, run the rules. Every entry point
(check, numbers, batch) goes through `check_article`."""
from pipeline.check import ArticleInput, LoadedArticle, check_article, load_article, read_numbers  # noqa: F401
from pipeline.read import InputError, read_input  # noqa: F401

# What the command line needs from the rooms below, so cli.py imports pipeline alone.
from claims.lang import LANGUAGES  # noqa: E402,F401
from sources.catalog import description, listing, validation  # noqa: E402,F401
from sources.store import SourceError, load_store, open_store  # noqa: E402,F401
