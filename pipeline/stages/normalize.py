"""Text normalisation: the text every later offset refers to.

Unicode NFC, line endings, hyphenation across line breaks, and Markdown/HTML
residue (``**bold**``, ``\\*``, ``\\$``, ``<u>…</u>``, ``[text](url)``,
``<https://…>``, ``## headings``). Heading lines are reported separately so
the segmenter can use them as layout cues after the ``#`` marks are gone.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from pipeline.doc.spans import Span

# Markdown escapes are swapped for private-use characters while markup is
# stripped, so an escaped "\*" never reads as emphasis; they are restored last.
_ESCAPABLE = "\\`*_{}[]()#+-.!$|<>~"
_PRIVATE = {ch: chr(0xE000 + i) for i, ch in enumerate(_ESCAPABLE)}
_RESTORE = str.maketrans({v: k for k, v in _PRIVATE.items()})
_ESCAPE = re.compile(r"\\([" + re.escape(_ESCAPABLE) + r"])")

_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$", re.M)
_LINK = re.compile(r"!?\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))+(?:\s+\"[^\"\n]*\")?\)")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>")
_TAG = re.compile(r"</?(?:u|b|i|em|strong|sup|sub|span|small|mark|s|del|ins|font)\b[^>\n]*>", re.I)
_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.S)
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_STRAY_STRONG = re.compile(r"\*\*")
_HYPHENATED = re.compile(r"(\w)-[ \t]*\n[ \t]*(?=[^\W\d_A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])")
_SOFT_HYPHEN = "\u00ad"
_TRAILING_SPACES = re.compile(r" +$", re.M)


@dataclass(frozen=True)
class Normalized:
    """Normalised text and the spans of lines that were headings."""

    text: str
    headings: tuple[Span[None], ...]


def normalize(raw: str) -> Normalized:
    """Normalise a document's text and find its Markdown heading lines."""
    text = unicodedata.normalize("NFC", raw.lstrip("\ufeff"))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace(_SOFT_HYPHEN, "")
    text = _ESCAPE.sub(lambda m: _PRIVATE[m.group(1)], text)
    text = _strip_markup(text)
    text = _HYPHENATED.sub(r"\1", text)
    text = _TRAILING_SPACES.sub("", text)
    text, headings = _strip_headings(text)
    return Normalized(text.translate(_RESTORE), headings)


def _strip_markup(text: str) -> str:
    text = _LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _BREAK_TAG.sub("\n", text)
    text = _TAG.sub("", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(r"\1", text)
    text = _STRAY_STRONG.sub("", text)
    # Entities only after tags are gone, so "&lt;u&gt;" stays literal text.
    return html.unescape(text)


def _strip_headings(text: str) -> tuple[str, tuple[Span[None], ...]]:
    parts: list[str] = []
    headings: list[Span[None]] = []
    pos = 0
    out_len = 0
    for m in _HEADING.finditer(text):
        parts.append(text[pos : m.start()])
        out_len += m.start() - pos
        title = m.group(2)
        headings.append(Span(out_len, out_len + len(title)))
        parts.append(title)
        out_len += len(title)
        pos = m.end()
    parts.append(text[pos:])
    return "".join(parts), tuple(headings)
