"""Russian word forms with pymorphy3: adjectives put in the nominative to agree with a noun.

The analyser (about 15 MB of dictionaries) is loaded on first use, once per process.
"""

from __future__ import annotations

from functools import cache
from typing import Any

GENDERS = {"m": "masc", "f": "femn", "n": "neut"}


@cache
def analyzer() -> Any:
    """The process's pymorphy3 analyser for Russian."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


def nominative_adjective(word: str, gender: str) -> str | None:
    """``word`` as a singular nominative adjective of ``gender`` ("m", "f", "n"), its
    capitalisation kept; None when no reading of it is an adjective."""
    grammemes = {"nomn", "sing", GENDERS[gender]}
    for parse in analyzer().parse(word):
        if parse.tag.POS in ("ADJF", "PRTF"):
            form = parse.inflect(grammemes)
            if form is not None:
                return _cased(form.word, word)
    return None


def _cased(form: str, like: str) -> str:
    """``form`` with the capitalisation of ``like`` (each hyphenated part alike)."""
    if like.isupper():
        return form.upper()
    parts, model = form.split("-"), like.split("-")
    out = [p[:1].upper() + p[1:] if m[:1].isupper() else p
           for p, m in zip(parts, model + model[-1:] * len(parts), strict=False)]
    return "-".join(out)
