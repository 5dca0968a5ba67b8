"""Line shapes of a page: furniture, script and language of the letters, list items, capitals.

Journal pages print front matter line by line with no blank lines between a title, its
authors, their affiliations and the abstract, and often the three languages' copies one
after another. ``pipeline.layout`` uses these shapes to cut such runs into blocks; the
knowledge behind them (alphabets, furniture codes) is per-language data.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.lang import LANGUAGES, data

PROSE_LINE = 60  # a line this long after an address line is the text, not the address
MIN_WORDS_FOR_LETTERS = 5  # a line this long tells its alphabet; shorter ones are neutral
_WORD = re.compile(r"[^\W\d_]+")
_LIST_ITEM = re.compile(r"^\s*(?:[•▪●◦·*]|[-–—]\s|\d{1,2}(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«\"])|[¹²³⁴⁵⁶⁷⁸⁹])")
_EMAIL_LINE = re.compile(r"^\s*(?:\*?\s*e-?mail|е-?mail|электронная почта)\b|^\S+@\S+$", re.I)


@cache
def _furniture() -> re.Pattern[str]:
    words = [w for lang in LANGUAGES for w in getattr(data(lang, "markers"), "FURNITURE", ())]
    return re.compile(r"^\s*\*?\s*(?:" + "|".join(words) + ")", re.I)


def is_furniture(line: str) -> bool:
    """A DOI, classification code, ISSN, ORCID, e-mail, counter or citation-hint line."""
    return bool(_furniture().match(line) or _EMAIL_LINE.match(line))


@cache
def _cues() -> re.Pattern[str]:
    words = {w for lang in LANGUAGES for w in data(lang, "markers").AFFILIATION_CUES}
    return re.compile(r"(?i:(?<!\w)(?:" + "|".join(map(re.escape, sorted(words))) + r"))")


def is_address_line(line: str) -> bool:
    """A short line naming an institution, not ending like a sentence or a wrapped line."""
    stripped = line.strip()
    return len(stripped) < 100 and bool(_cues().search(stripped)) \
        and not stripped.endswith(("-", ",", "–", ".", ";", ":")) and len(stripped.split()) >= 2


@cache
def _alphabets() -> dict[str, frozenset[str]]:
    return {lang: frozenset(data(lang, "langid").ALPHABET) for lang in LANGUAGES}


def letter_languages(line: str) -> frozenset[str]:
    """Languages whose alphabet covers at least 95% of the line's letters (empty if short)."""
    words = _WORD.findall(line.lower())
    if len(words) < MIN_WORDS_FOR_LETTERS:
        return frozenset()
    letters = "".join(words)
    return frozenset(
        lang for lang, alphabet in _alphabets().items()
        if sum(ch in alphabet for ch in letters) >= 0.95 * len(letters)
    )


def mostly_capitals(line: str) -> bool:
    """A line of at least two words written in capitals (a title or a name in capitals)."""
    words = _WORD.findall(line)
    letters = "".join(words)
    return len(words) >= 2 and len(letters) >= 6 and \
        sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


def is_list_item(line: str) -> bool:
    """A bulleted or dashed line, or one opened by an affiliation's number ("1Institute")."""
    return bool(_LIST_ITEM.match(line))


def starts_new_line_block(prev: str, line: str, letters: frozenset[str] = frozenset()) -> bool:
    """Whether ``line`` opens a new block after ``prev`` in a run of lines with no blank line.

    A page changes block where furniture starts or ends, where the letters change language
    (an English abstract followed by the Kazakh one; ``letters`` are those of the block's
    last line long enough to tell), where a list item starts, after an address line, and
    where capitals start or stop (a title in capitals after its authors).
    """
    if is_furniture(prev) or is_furniture(line):
        return True
    if is_address_line(prev) and len(line.strip()) >= PROSE_LINE:
        return True  # an affiliation printed right above the abstract
    before, after = letter_languages(prev) or letters, letter_languages(line)
    if before and after and before != after:
        return True
    if is_list_item(line) and len(prev.strip()) < 120:
        return True
    return mostly_capitals(prev) != mostly_capitals(line)
