"""The counted noun of a count: "40 countries", "17 өңірін", "5 странах".

The annotation contract puts the counted noun in a count's text; a count's span is
therefore widened over the next word when it is a lowercase word that is not one of the
language's function words (``COUNT_NOT_NOUNS`` in ``pipeline/lang/<code>/numbers.py``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from pipeline.doc.spans import Span
from pipeline.lang import data
from pipeline.stages.extract.figures.read import Reading

_NEXT_WORD = re.compile(r"[ \t\u00a0]+([^\W\d_][^\W\d_'’-]*(?:-[^\W\d_]+)?)(?![\w.]\d)")


@cache
def _not_nouns(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in data(lang, "numbers").COUNT_NOT_NOUNS)


def with_counted_noun(fig: Span[Reading], text: str, lang: str) -> Span[Reading]:
    """``fig`` widened over its counted noun when it is a count followed by one."""
    r = fig.payload
    if r.kind != "count" or r.unit != "count" or not text[fig.end - 1:fig.end].isdigit():
        return fig
    m = _NEXT_WORD.match(text, fig.end)
    if m is None:
        return fig
    word = m.group(1)
    if not word[0].islower() or word.lower() in _not_nouns(lang) or len(word) < 2:
        return fig
    return replace(fig, end=m.end(1))
