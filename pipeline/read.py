"""Bytes in, article text out: decode, refuse what is not an article, strip
HTML, detect the language. Every refusal is an InputError with one line that
names the input and the reason."""
from __future__ import annotations

import codecs
import re
import sys
import html.parser
from html.parser import HTMLParser
from pathlib import Path

from claims.lang import LANGUAGES, load

MAX_BYTES = 20 * 1024 * 1024  # a news article is kilobytes; past this it is not one
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
HTML_HINT = re.compile(r"<\s*(?:html|body|p|div|article|span|br|script|head|!doctype)\b", re.IGNORECASE)
WORD = re.compile(r"[^\W\d_]+")


class InputError(Exception):
    """Input that cannot be checked; str() is the one line shown to the user."""


def read_input(name: str, max_bytes: int = MAX_BYTES) -> tuple[str, bytes]:
    """The raw bytes of a file, or of standard input for '-'."""
    if name == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        label = "<stdin>"
    else:
        path = Path(name)
        if path.is_dir():
            raise InputError(f"{name}: is a directory, not an article file")
        if not path.exists():
            raise InputError(f"{name}: no such file")
        try:
            with path.open("rb") as fh:
                data = fh.read(max_bytes + 1)
        except OSError as exc:
            raise InputError(f"{name}: cannot be read ({exc.strerror or exc})") from None
        label = name
    if len(data) > max_bytes:
        raise InputError(f"{label}: larger than {max_bytes // (1024 * 1024)} MB; not a news article")
    return label, data


LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def without_lone_surrogates(text: str) -> str:
    """A lone surrogate (a JSON escape can make one) is not a character spaCy or UTF-8 can take:
    it becomes U+FFFD, one character for one, so every span still indexes the text."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return LONE_SURROGATE.sub("\ufffd", text)


# A letter beyond ASCII as UTF-8 writes it (a lead byte and its continuation bytes): Windows-1252 text has
# these pairs almost never ("Ã¥" is how UTF-8's "å" looks in it).
UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def decode(data: bytes, label: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 when it reads as text."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{label}: has a UTF-16 byte order mark but is not valid UTF-16") from None
    elif b"\x00" in data:
        raise InputError(f"{label}: binary data, not text")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            if UTF8_MULTIBYTE.search(data) is not None:  # UTF-8 with a few damaged bytes: as Windows-1252 every
                raise InputError(f"{label}: not valid UTF-8 at byte {exc.start} "  # letter beyond ASCII is mangled
                                 f"(the rest reads as UTF-8: a damaged file?)") from None
            text = data.decode("cp1252", errors="replace")
            if text.count("\ufffd") > max(3, len(text) // 200):
                raise InputError(f"{label}: not UTF-8 text (and not Windows-1252 either)") from None
    if len(CONTROL.findall(text)) > max(3, len(text) // 100):
        raise InputError(f"{label}: binary data, not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{label}: empty: no text to check")
    return text


class _TextOfHtml(HTMLParser):
    SKIP = {"script", "style", "noscript", "template", "head"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section", "table",
             "blockquote", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


# A "<" with another "<" before the next ">" cannot open a tag. html.parser rescans
# such an unfinished tag from its start on every step, which is quadratic ("<a<a<a...").
STRAY_LT = re.compile(r"<(?=[^<>]*(?:<|$))")


# A start tag whose quoted values hide every ">" ("<a b='>' <a b='>' …") never ends: html.parser
# then scans from each "<" to the end of the text, which is quadratic. A "tag" that its own
# pattern runs on past MAX_TAG characters is text, every "<" in it escaped.
START_TAG_END = getattr(html.parser, "locatestarttagend_tolerant", None)
TAG_OPEN = re.compile(r"<[a-zA-Z]")
MAX_TAG = 5000


def _without_runaway_tags(text: str) -> str:
    if START_TAG_END is None:
        return text
    out, pos = [], 0
    for m in TAG_OPEN.finditer(text):
        if m.start() < pos:
            continue  # inside a runaway tag already escaped
        end = START_TAG_END.match(text, m.start()).end()
        if end - m.start() > MAX_TAG:
            out += [text[pos:m.start()], text[m.start():end].replace("<", "&lt;")]
            pos = end
    return "".join(out) + text[pos:]


def _without_comments(text: str) -> str:
    out, pos = [], 0
    while (start := text.find("<!--", pos)) >= 0:
        out.append(text[pos:start])
        end = text.find("-->", start + 4)
        if end < 0:
            return "".join(out)
        pos = end + 3
    return "".join(out) + text[pos:]


def clean(text: str) -> str:
    """HTML becomes its visible text (spans then index that text); other text is kept as is."""
    if len(HTML_HINT.findall(text[:5000])) < 2:
        return text
    parser = _TextOfHtml()
    parser.feed(_without_runaway_tags(STRAY_LT.sub("&lt;", _without_comments(text))))
    parser.close()
    out = "".join(parser.parts)  # the parser decodes entities itself (convert_charrefs): once, not twice
    out = "\n".join(line.rstrip(" \t\u00a0") for line in out.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", out).strip() + "\n"


def detect_language(text: str) -> str:
    """The language whose frequent words are most frequent here (en, nb or de)."""
    words = [w.lower() for w in WORD.findall(text[:20000])]
    scores = {code: sum(w in load(code).STOP_WORDS for w in words) for code in LANGUAGES}
    return max(LANGUAGES, key=lambda code: (scores[code], code == "en"))
