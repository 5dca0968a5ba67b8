"""Within one document, a name and the same name cut short are one thing.

"National Bank" / "the National Bank of the Republic of Kazakhstan", KazMunayGas / "Joint
Stock Company National Company KazMunayGas", Самұрық-Қазына / "Samruk-Kazyna National
Welfare Fund": the shorter name's units all agree with units of the longer, which adds no
other proper name and no other kind of body. Only within one document: across papers,
"National Bank" may be another country's.
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.merge.evidence import NO_SWITCHES, SKIPPABLE, _pairs, _weight
from pipeline.merge.kinds import kinds_clash
from pipeline.merge.lexicon import concepts

NESTED_SCORE = 0.8  # the score of a nested pair (a link needs 0.7)
NESTED_NAME_MIN = 0.85  # how alike the names of a nested pair must sound (Самұрық ~ Samruk)
# Words a name cut short may leave out within one document: whose it is and its legal form.
QUALIFIERS = SKIPPABLE | {"republic", "national", "state", "company", "corporation", "holding",
                          "joint-stock"}


@lru_cache(maxsize=1 << 14)
def nested_score(a: str, lang_a: str, b: str, lang_b: str, off: frozenset[str] = NO_SWITCHES
                 ) -> float:
    """``NESTED_SCORE`` when the shorter name is the longer one cut short, else 0."""
    ua, ub = concepts(a, lang_a).units, concepts(b, lang_b).units
    short, long_ = sorted((ua, ub), key=len)
    if not any(u.kind == "name" for u in short) and (
            len(short) < 2 or not any(_weight(u) >= 1.0 for u in short)):
        return 0.0  # "Bank" or "National University" alone names nothing in particular
    pairs = _pairs(short, long_, off)
    if len(pairs) < len(short) or any(c < (NESTED_NAME_MIN if "name" in (u.kind, v.kind)
                                           else 1.0) for c, u, v in pairs):
        return 0.0
    matched = {id(v) for _, _, v in pairs} | {id(u) for _, u, _ in pairs}
    # A proper name alone may drop any words of the field (Samruk-Kazyna of "Samruk-Kazyna
    # National Welfare Fund"); a name with words of the field only whose-it-is and legal form.
    proper = all(u.kind == "name" and len(u.id) > 1 for u in short)
    if any(u.kind == "name" or (not proper and u.id not in QUALIFIERS)
           for u in long_ if id(u) not in matched):
        return 0.0
    if kinds_clash(concepts(a, lang_a).concepts, concepts(b, lang_b).concepts):
        return 0.0
    return NESTED_SCORE
