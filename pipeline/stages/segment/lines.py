"""Line shapes of a page: furniture, script and language of the letters, list items, capitals.

Journal pages print front matter line by line with no blank lines between a title, its
authors, their affiliations and the abstract, and often the three languages' copies one
after another. ``pipeline.stages.segment.blocks`` uses these shapes to cut such runs into blocks;
the knowledge behind them (alphabets, furniture codes) is per-language data.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.lang import LANGUAGES, data

PROSE_LINE = 60  # a line this long after an address line is the text, not the address
MIN_WORDS_FOR_LETTERS = 5  # a line this long tells its alphabet; shorter ones are neutral
RUNNING_HEAD = 120  # a running head is no longer than this
_WORD = re.compile(r"[^\W\d_]+")
_LIST_ITEM = re.compile(r"^\s*(?:[•▪●◦·*]|[-–—]\s|\d{1,2}(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«\"])|[¹²³⁴⁵⁶⁷⁸⁹])")
_CODE_VALUE = re.compile(r"\s*[:№]?\s*\d[\d.,()/+\-–]*(?:\s+\d[\d.,()/+\-–]*)*(?=\s+[^\W\d_])")
_EMAIL_LINE = re.compile(r"^\s*(?:\*?\s*e-?mail|е-?mail|электронная почта)\b|^\S+@\S+$", re.I)


@cache
def _furniture() -> re.Pattern[str]:
    words = [w for lang in LANGUAGES for w in getattr(data(lang, "markers"), "FURNITURE", ())]
    return re.compile(r"^\s*\*?\s*(?:" + "|".join(words) + ")", re.I)


_NOT_AFTER_LETTER = r"(?<![^\W\d_¹²³⁴⁵⁶⁷⁸⁹⁰])"  # a word start, also after "1" or "¹"


def word_starts(topic: str, ending: str = "") -> re.Pattern[str]:
    """Any of the words of marker data ``topic`` (all languages) at a word start, followed
    by ``ending`` (a regular expression), matched case-blind."""
    words = {w for lang in LANGUAGES for w in getattr(data(lang, "markers"), topic, ())}
    alternation = "|".join(map(re.escape, sorted(words)))
    return re.compile(rf"(?i:{_NOT_AFTER_LETTER}(?:{alternation}){ending})")


@cache
def affiliation_cues() -> re.Pattern[str]:
    """A cue word at the start of a word, with at most a short ending (университетінің,
    not центральный)."""
    return word_starts("AFFILIATION_CUES", r"\w{0,4}(?!\w)")


@cache
def _journal_words() -> re.Pattern[str]:
    return word_starts("JOURNAL_WORDS")


def is_running_head(line: str) -> bool:
    """A journal's running head: a short line with a journal word and an issue or year."""
    stripped = line.strip()
    return len(stripped) <= RUNNING_HEAD and bool(_journal_words().search(stripped)) \
        and bool(re.search(r"\d", stripped)) and not stripped.endswith((".", "?", "!"))


def is_furniture(line: str) -> bool:
    """A DOI, classification code, ISSN, ORCID, e-mail, counter, citation-hint line or a
    journal's running head."""
    return bool(_furniture().match(line) or _EMAIL_LINE.match(line)) or is_running_head(line)


def furniture_code_end(line: str) -> int | None:
    """Where a classification code printed before other text on its line ends
    ("ҒТАМР 11.25.91 ЕУРАЗИЯЛЫҚ …" -> after "11.25.91"), or None."""
    m = _furniture().match(line)
    if m is None:
        return None
    code = _CODE_VALUE.match(line, m.end())
    if code is None or not _WORD.search(line[code.end():]):
        return None
    return code.end()


def is_address_line(line: str) -> bool:
    """A short line naming an institution, not ending like a sentence or a wrapped line."""
    stripped = line.strip()
    return len(stripped) < 100 and bool(affiliation_cues().search(stripped)) \
        and not stripped.endswith(("-", ",", "–", ".", ";", ":")) and len(stripped.split()) >= 2


@cache
def _alphabets() -> dict[str, frozenset[str]]:
    return {lang: frozenset(data(lang, "langid").ALPHABET) for lang in LANGUAGES}


def letter_languages(line: str, min_words: int = MIN_WORDS_FOR_LETTERS) -> frozenset[str]:
    """Languages whose alphabet covers at least 95% of the line's letters (empty if short)."""
    words = _WORD.findall(line.lower())
    if len(words) < min_words:
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


def letters_language(text: str) -> str | None:
    """The language whose alphabet fits the text's letters most narrowly (Russian text fits
    the Kazakh alphabet too, but Russian's better), or None when none or none better fits."""
    fitting = letter_languages(text)
    if not fitting:
        return None
    sizes = sorted((len(_alphabets()[lang]), lang) for lang in fitting)
    if len(sizes) > 1 and sizes[0][0] == sizes[1][0]:
        return None
    return sizes[0][1]


def script_language(text: str, context: str) -> str:
    """The language a string's own letters allow: ``context`` when its alphabet fits them,
    else the fitting language with the smallest alphabet ("Scopus" in Kazakh text is en)."""
    fitting = letter_languages(text, min_words=1)
    if not fitting or context in fitting:
        return context
    return min(sorted(fitting), key=lambda lang: len(_alphabets()[lang]))
