"""Matching an affiliation line against the registry: which stretches of it name which
registered organisations.

Every stretch of words within one comma-separated part of the line is looked up by its
key (``pipeline.registry.normalise``); the longest stretches win. A key that several
records share is settled by the countries and cities the line names, then by the
document's (``hint``). Words written as acronyms are looked up among the registry's
acronyms and those its names make (KazNU, ҚазҰУ, ЕНУ); a made-up acronym counts only when
the line or the document places it in its record's country and no other record there has it;
one that the project's language data spells out (``pipeline/lang/<code>/acronyms.py``)
counts unless the line names another country.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.merge.lexicon import lexicon_data
from pipeline.registry.index import Index, Record, get_index, line_places
from pipeline.registry.normalise import Word, acronym_like, script_lang, unit_word, words

WHOLE = 1.0  # score of a name that is a whole part of the line
PART = 0.9  # a name inside a longer part ("кафедра ... университетінің")
ACRONYM = 0.85
MADE_ACRONYM = 0.8
UNIT_REACH = 3  # "University of Almaty Abai School": a unit word this near ends the name
MIN_ACRONYM = 3  # two capitals are as often a state (MA, CA, ON) as an organisation


@dataclass(frozen=True)
class Match:
    """A stretch of a line that names a registry record."""

    start: int
    end: int
    record: Record
    score: float
    matched: str  # the registry's name (or acronym) that was matched


def match_line(text: str, index: Index | None = None, hint: frozenset[str] = frozenset(),
               placed_acronyms: bool = False) -> list[Match]:
    """Registry matches in one affiliation line (offsets into ``text``); ``hint``: countries
    the rest of the document names; ``placed_acronyms``: every acronym needs its record's
    country in the line or the document (outside affiliation lines, where IFRS is more
    often a standard than a Brazilian institute)."""
    index = index or get_index()
    ws = words(text)
    places = frozenset(line_places(index, text))
    line_keys = {k for w in ws for k in w.keys}
    taken: list[tuple[int, int]] = []
    found: list[Match] = []
    for i, j, hits, whole in _windows(ws, index):
        if any(i < b and a < j for a, b in taken):
            continue
        if _place(index, ws[i:j]) or not _plausible(ws, i, j, whole) or _generic(index, ws[i:j]):
            continue
        pick = _settle(index, hits, places, hint, line_keys)
        if pick is not None:
            taken.append((i, j))
            record, name = pick
            m = Match(ws[i].start, ws[j - 1].end, index.record(record),
                      WHOLE if whole else PART, name)
            found.append(_widened(text, ws, i, j - 1, m))
    for k, w in enumerate(ws):
        if not any(a <= k < b for a, b in taken) and acronym_like(w.text) \
                and not _place(index, [w]) and not _qualifies(ws, k):
            acronym = _acronym(index, w, places, hint | places, placed_acronyms)
            if acronym:
                found.append(_widened(text, ws, k, k, acronym))
    return sorted(found, key=lambda m: m.start)


def _windows(ws: list[Word], index: Index):
    """(first, end, hits, whole part?) of every stretch with a registry name, longest first."""
    out = []
    for i, first in enumerate(ws):
        if _edge(first):
            continue
        keys: list[str] = []
        for j in range(i, len(ws)):
            if ws[j].chunk != first.chunk or len(keys) > index.max_words:
                break
            keys.extend(ws[j].keys)
            if _edge(ws[j]):
                continue
            hits = index.names(" ".join(sorted(keys)))
            if hits:
                whole = _whole(ws, i, j + 1)
                out.append((i, j + 1, hits, whole))
    return sorted(out, key=lambda w: (-(w[1] - w[0]), w[0]))


def _whole(ws: list[Word], i: int, j: int) -> bool:
    chunk = [w for w in ws if w.chunk == ws[i].chunk and w.keys]
    return len(chunk) == sum(1 for w in ws[i:j] if w.keys)


def _plausible(ws: list[Word], i: int, j: int, whole: bool) -> bool:
    """Whether words i..j may be a whole name: not the tail or head of a longer capitalised
    name ("Karaganda | Univ. of Tech.", "Department of Economic | Sciences"), unless
    a unit of it follows ("University of Astana | School of Law"); a one-word name
    only as a whole part of the line, capitalised, or an acronym."""
    if not whole:
        before = ws[i - 1] if i > 0 and ws[i - 1].chunk == ws[i].chunk else None
        after = ws[j] if j < len(ws) and ws[j].chunk == ws[i].chunk else None
        if (before and _capitalised(before)) or (after and _capitalised(after) \
                and not any(unit_word(w.text) for w in ws[j: j + UNIT_REACH]
                            if w.chunk == ws[i].chunk)):
            return False
    content = [w for w in ws[i:j] if w.keys]
    if len(content) > 1 or len(content[0].keys) > 1:
        return True
    word = content[0].text
    if acronym_like(word):
        return len(word) >= MIN_ACRONYM
    return whole and word[:1].isupper() and len(word) >= 4


def _generic(index: Index, stretch: list[Word]) -> bool:
    """A one-word name that is a common word of names ("University", "Institute"): some
    registry record is called so once its initials are dropped (Q University)."""
    keys = [k for w in stretch for k in w.keys]
    return len(keys) == 1 and keys[0] in index.generic


def _initials_before(text: str, ws: list[Word], i: int) -> int:
    """The first word of a name with the initials printed before it ("L.N. Gumilyov ...")."""
    while i > 0 and ws[i - 1].chunk == ws[i].chunk and len(ws[i - 1].text) == 1 \
            and ws[i - 1].text.isupper() and text[ws[i - 1].end:ws[i].start].strip() in (".", ""):
        i -= 1
    return i


def _edge(w: Word) -> bool:
    """A word a name does not begin or end with: a stopword ("of", "и"), a named-after
    word, an initial."""
    return not w.keys or w.text.casefold() in lexicon_data(script_lang(w.text)).STOPWORDS


def _qualifies(ws: list[Word], k: int) -> bool:
    """An acronym opening a longer capitalised name qualifies that name ("MES Key
    Laboratory of ...", "NAS Center for Steppe Studies ..."): it is no affiliation itself."""
    after = [w for w in ws[k + 1: k + 3] if w.chunk == ws[k].chunk]
    return len(after) == 2 and all(_capitalised(w) and not acronym_like(w.text) for w in after)


def _capitalised(w: Word) -> bool:
    return w.text[:1].isupper() and bool(w.keys)


def _place(index: Index, stretch: list[Word]) -> bool:
    """A stretch whose key is a country's or a city's name ("L&T India" keyed "india")."""
    return " ".join(sorted(k for w in stretch for k in w.keys)) in index.places


def _settle(index: Index, hits: list[tuple[int, str]], places: frozenset[str],
            hint: frozenset[str], line_keys: set[str]) -> tuple[int, str] | None:
    """The one record of several sharing a name: in a country the line names, else the
    document; then in a city the line names; then active. None when still several."""
    live = [(r, n) for r, n in hits if index.record(r).status == 0] or hits
    if places:  # a line that names its country rules out the records elsewhere
        live = [(r, n) for r, n in live if index.record(r).country in places]
    elif hint:
        live = [(r, n) for r, n in live if index.record(r).country in hint] or live
    if len(live) > 1:
        in_city = [(r, n) for r, n in live if _city_named(index.record(r), line_keys)]
        live = in_city or live
    return live[0] if len(live) == 1 else None


def _city_named(record: Record, line_keys: set[str]) -> bool:
    from pipeline.registry.normalise import name_key

    city = name_key(record.city) if record.city else ()
    return bool(city) and set(city) <= line_keys


def _widened(text: str, ws: list[Word], k: int, end: int, m: Match) -> Match:
    """A match (words k..end) widened over the words of its record's names printed beside
    it: "Al-Farabi KazNU", "ЕНУ им. Л.Н. Гумилева", "Л.Н. Гумилев атындағы | Еуразия ұлттық
    университеті" (named-after words and initials between)."""
    from dataclasses import replace

    from pipeline.registry.normalise import name_key

    own = {key for name in m.record.names for key in name_key(name)}

    def fits(w: Word) -> bool:
        return w.chunk == ws[k].chunk and set(w.keys) <= own  # keyless: им., атындағы, L.

    first = k
    while first > 0 and fits(ws[first - 1]):
        first -= 1
    while first < k and _edge(ws[first]):
        first += 1
    last = end
    while last + 1 < len(ws) and fits(ws[last + 1]):
        last += 1
    while last > end and _edge(ws[last]):
        last -= 1
    first = _initials_before(text, ws, first)
    return replace(m, start=ws[first].start, end=ws[last].end)


def _acronym(index: Index, w: Word, places: frozenset[str], where: frozenset[str],
             placed: bool) -> Match | None:
    """The record an acronym stands for: the registry's own acronym of one record (in the
    line's country, when it names one), or a made-up one placed in its country."""
    if len(w.text) < MIN_ACRONYM:
        return None
    hits = index.acronyms(w.text, where)
    curated = [r for r, made in hits if made == 2 and (not places
                                                       or index.record(r).country in places)]
    if len(curated) == 1:
        return Match(w.start, w.end, index.record(curated[0]), ACRONYM, w.text)
    own = [r for r, made in hits if not made]
    if own:
        if places or placed:
            own = [r for r in own if index.record(r).country in (places or where)]
        if len(own) == 1:
            return Match(w.start, w.end, index.record(own[0]), ACRONYM, w.text)
        return None
    made = [r for r, m in hits if m == 1 and index.record(r).country in where]
    if len(made) == 1:
        return Match(w.start, w.end, index.record(made[0]), MADE_ACRONYM, w.text)
    return None
