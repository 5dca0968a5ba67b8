"""The spaCy language class for Kazakh (``kk``), registered as a spaCy entry point.

spaCy 3.8 ships no Kazakh. This class takes spaCy's base punctuation rules
with two changes: a hyphen between letters does not split a word (Kazakh
names and compounds: "Әл-Фараби", "ғылыми-зерттеу"), and the abbreviations in
``pipeline.lang.kk.tokenizer`` keep their full stop. Quotes « » and a decimal
comma ("1,3") are handled by the base rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from re import Pattern

from spacy.lang.char_classes import ALPHA, HYPHENS
from spacy.lang.punctuation import TOKENIZER_INFIXES
from spacy.lang.tokenizer_exceptions import BASE_EXCEPTIONS
from spacy.language import BaseDefaults, Language
from spacy.symbols import ORTH
from spacy.util import update_exc

from pipeline.lang.kk.tokenizer import ABBREVIATIONS

_HYPHEN_INFIX = rf"(?<=[{ALPHA}])(?:{HYPHENS})(?=[{ALPHA}])"  # as in spaCy's base infixes
_INFIXES = [rule for rule in TOKENIZER_INFIXES if rule != _HYPHEN_INFIX]
_WRITING_SYSTEM = {"direction": "ltr", "has_case": True, "has_letters": True}


def _exceptions() -> dict[str, list[dict]]:
    exc: dict[str, list[dict]] = {}
    for abbr in ABBREVIATIONS:
        for form in {abbr, abbr[:1].upper() + abbr[1:]}:
            exc[form] = [{ORTH: form}]
    return update_exc(BASE_EXCEPTIONS, exc)


class KazakhDefaults(BaseDefaults):
    """Tokenizer settings of ``Kazakh``."""

    # the attributes' types are BaseDefaults' own (instance attributes there, so no ClassVar)
    tokenizer_exceptions: dict[str, list[dict]] = _exceptions()
    infixes: Sequence[str | Pattern] | None = _INFIXES
    writing_system = _WRITING_SYSTEM


class Kazakh(Language):
    """Kazakh (Cyrillic script)."""

    lang = "kk"
    Defaults = KazakhDefaults


__all__ = ["Kazakh"]
