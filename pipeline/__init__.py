"""Orchestration: read and clean text, pick the language, run the spaCy
pipeline, extract and normalise claims, run the rules. Every entry point
(check, numbers, batch) goes through `check_article`."""
from pipeline.check import ArticleInput, LoadedArticle, check_article, load_article, read_numbers  # noqa: F401
from pipeline.read import InputError, read_input  # noqa: F401
