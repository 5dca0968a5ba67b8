"""Kinds of body a name says it is (university, ministry, committee, bank, ...).

Two names that say different kinds are two bodies: the Science Committee of a Ministry is
not the Ministry, the Monetary Policy Committee of the National Bank is not the Bank. Kinds
that translators swap for the same organisation (Харбинский ... университет for the Harbin
Institute of Technology) are ``RELATED``, partly credited, and do not clash.
"""

from __future__ import annotations

# Concepts that translators swap for the same organisation (Харбинский ... университет
# for the Harbin Institute of Technology), partly credited.
RELATED = {
    frozenset({"university", "institute"}): 0.5,
    frozenset({"university", "academy"}): 0.5,
    frozenset({"institute", "academy"}): 0.5,
    frozenset({"kazakh", "kazakhstan"}): 0.5,
    frozenset({"zone", "region"}): 0.5,  # kk аймақ is both
    frozenset({"public", "society"}): 0.5,
}
# Concepts that say what kind of body a name is; two names of different kinds are two bodies
# (the Science Committee of a Ministry is not the Ministry), translators' swaps aside (RELATED).
TYPE_CONCEPTS = frozenset({
    "university", "institute", "academy", "ministry", "bank", "fund", "council", "committee",
    "agency", "association", "organization", "company", "corporation", "holding",
    "faculty", "department", "school", "college", "library", "museum", "bureau", "court",
    "chamber", "party", "exchange",
})


def kinds_clash(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both names say what kind of body they are, and the kinds differ (a kind the other
    side lacks, not a translator's swap of ``RELATED`` kinds)."""
    ka, kb = a & TYPE_CONCEPTS, b & TYPE_CONCEPTS
    if not ka or not kb or ka == kb:
        return False
    extra = (ka - kb) | (kb - ka)
    other = {x: kb if x in ka else ka for x in extra}
    return any(not any(frozenset((x, y)) in RELATED for y in other[x]) for x in extra)
