"""Within one document, a company's acronym in two languages: KMG EP ~ ҚМГ БӨ.

A subsidiary's acronym keeps its parent's name and spells the rest in each language's own
words (KazMunayGas Exploration Production, ҚазМұнайГаз Барлау Өндіру), so only its first
part agrees by transliteration. Two acronyms of as many parts, in different languages, whose
first parts agree (three letters or more) and whose other parts are as long, are one name.
Only within one document: across papers, KMG EP and ҚМГ БӨ could be two subsidiaries.
"""

from __future__ import annotations

import re

from pipeline.lang import letters
from pipeline.merge.translit import key

ACRONYM_PARTS_SCORE = 0.8  # the score of such a pair (a link needs 0.7)
PART = re.compile(rf"[{letters(upper=True)}]{{2,6}}")


def acronym_parts_score(a: str, lang_a: str, b: str, lang_b: str) -> float:
    """``ACRONYM_PARTS_SCORE`` when ``a`` and ``b`` are such acronyms (see the module), else 0."""
    pa, pb = a.split(), b.split()
    if lang_a == lang_b or len(pa) < 2 or len(pa) != len(pb) \
            or not all(PART.fullmatch(p) for p in pa + pb):
        return 0.0
    first = key(pa[0], lang_a)
    if len(first) < 3 or first != key(pb[0], lang_b) or pa[1:] == pb[1:]:
        return 0.0  # the same later parts are the same acronym: same-name or translit says so
    return ACRONYM_PARTS_SCORE if all(len(x) == len(y) for x, y in zip(pa[1:], pb[1:],
                                                                       strict=True)) else 0.0
