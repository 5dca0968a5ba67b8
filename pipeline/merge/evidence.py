"""Evidence that two entity mentions, in the same or different languages, name one thing.

A mention's text is read into units (``pipeline.merge.lexicon``): concepts of the field's
lexicon ("university", "national", ...) and name tokens (Әл-Фараби, Жекенов). Two mentions
agree as much as their units do — a weighted, soft Jaccard overlap where concepts agree by
id and names by transliteration (``pipeline.merge.translit``) — or as an acronym agrees
with a full name (``pipeline/lang/<code>/acronyms.py``, or the initials of the words).

``link_score`` returns the score and its named parts so a linguist can see why a link was
made: ``overlap`` (all units), ``lexicon`` (concepts only), ``translit`` (names only),
``acronym`` and ``label``.

THRESHOLD = 0.7 was tuned on the tables of ``tests/test_align_evidence.py``: the 66 true
pairs across en/ru/kk (organisations, programmes, places, persons, acronyms) score
0.746-1.0, the 28 different pairs 0.0-0.67; the closest are Kazakh National Agrarian
University vs Kazakh National University (0.67, different) and Karaganda Buketov University
vs Е.А. Бөкетов атындағы Қарағанды университеті (0.746, same). Generic words weigh less
(``CONCEPT_WEIGHTS``), so names sharing only "national university" stay apart (Eurasian vs
Kazakh National University: 0.33). Known false links: one extra word of four (Ministry of
Education and Science vs Министерство науки и высшего образования, 0.75) and look-alike
place names (Turkestan vs Туркменистан, 0.75).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pipeline.doc.records import Mention, ProgramMention
from pipeline.lang import FALLBACK, LANGUAGES, data, letters
from pipeline.lang.common import QUOTE_MARKS
from pipeline.lang.schema import Acronyms
from pipeline.merge.kinds import RELATED, kinds_clash
from pipeline.merge.lexicon import Unit, concept_of, concepts, content_words
from pipeline.merge.translit import plain, similarity, to_latin

THRESHOLD = 0.7
NAME_MIN = 0.75  # below this transliteration similarity two names do not agree at all
NAME_WEIGHT = 1.5  # a proper name says more than any word of the field
INITIAL_WEIGHT = 0.3  # a lone initial (the L. of L.N. Gumilyov) says little
INITIALS_SCORE = 0.9  # an acronym spelled by the initials of the other's words
TAIL_FACTOR = 0.3  # words after a comma (an address: "..., Almaty") count this much
# Words shared by many different organisations count less.
CONCEPT_WEIGHTS = {
    "university": 0.5, "national": 0.5, "state": 0.5, "institute": 0.5, "academy": 0.5,
    "republic": 0.5, "named-after": 0.3, "one": 0.3, "international": 0.7, "center": 0.7,
    # the kind of a programme is often said in one language only ("BRI" / "the Belt and Road")
    "programme": 0.3, "strategy": 0.3, "initiative": 0.3, "plan": 0.3, "concept": 0.3,
    "project": 0.3, "law": 0.3,
}
# Concept words an acronym may leave out at either end: "named after" always; whose it is
# only for acronyms the tables do not know (NATD = Kazakh National Agency for Technological
# Development), since a known one has its own full name (NU is not Kazakh National University).
STRICT_SKIPPABLE = frozenset({"named-after"})
SKIPPABLE = STRICT_SKIPPABLE | {"kazakh", "kazakhstan", "china", "russia", "usa", "europe",
                                "britain", "turkey"}


def _text(m: Mention) -> str:
    return m.canonical if isinstance(m, ProgramMention) and m.canonical else m.text


NO_SWITCHES: frozenset[str] = frozenset()


def link_score(a: Mention, b: Mention, off: frozenset[str] = NO_SWITCHES
               ) -> tuple[float, dict[str, float]]:
    """Score in [0, 1] that two mentions name the same thing, with its named parts;
    ``off`` names evidence kinds not to use ("lexicon", "translit", "acronym")."""
    if a.label != b.label:
        return 0.0, {"label": 0.0}
    return text_score(_text(a), a.lang, _text(b), b.lang, off)


@lru_cache(maxsize=1 << 16)  # bounded: cross-document merge compares many pairs once
def text_score(a: str, lang_a: str, b: str, lang_b: str, off: frozenset[str] = NO_SWITCHES
               ) -> tuple[float, dict[str, float]]:
    """``link_score`` on two texts of the same label."""
    if "acronym" not in off:
        a_full, b_full = expand_acronyms(a, lang_a), expand_acronyms(b, lang_b)
    else:
        a_full, b_full = a, b
    parts = unit_overlap(concepts(a_full, lang_a).units, concepts(b_full, lang_b).units, off)
    parts["acronym"] = 0.0 if "acronym" in off else acronym_score(a, lang_a, b, lang_b)
    parts = {k: round(v, 4) for k, v in sorted(parts.items())}
    parts["label"] = 1.0
    if "lexicon" not in off and kinds_clash(concepts(a_full, lang_a).concepts,
                                            concepts(b_full, lang_b).concepts):
        return 0.0, {**parts, "kind": 0.0}
    return max(parts["overlap"], parts["acronym"]), parts


def _weight(u: Unit) -> float:
    if u.kind == "concept":
        weight = CONCEPT_WEIGHTS.get(u.id, 1.0)
    else:
        weight = INITIAL_WEIGHT if len(u.id) <= 1 else NAME_WEIGHT
    return weight * TAIL_FACTOR if u.tail else weight


def _credit(u: Unit, v: Unit, off: frozenset[str] = NO_SWITCHES) -> float:
    """How far two units agree: concepts by id, anything else by transliteration (or,
    with either switched off, only as the same written word)."""
    if u.kind == v.kind == "concept" and "lexicon" not in off:
        return 1.0 if u.id == v.id else RELATED.get(frozenset((u.id, v.id)), 0.0)
    if ("lexicon" in off and "concept" in (u.kind, v.kind)) or "translit" in off:
        return 1.0 if u.surface and u.surface == v.surface else 0.0
    if any(k.isdigit() for k in u.keys + v.keys):  # 2050 is no spelling of 2030
        return 1.0 if set(u.keys) & set(v.keys) else 0.0
    if _initial_of(u, v) or _initial_of(v, u):
        return 1.0
    return max(similarity(x, y, NAME_MIN) for x in u.keys for y in v.keys)


def _initial_of(u: Unit, v: Unit) -> bool:
    """``u`` is a lone initial and ``v`` a name starting with it (Д. ~ Duman)."""
    return _is_initial(u) and v.kind == "name" and len(v.id) > 1 and v.id.startswith(u.id)


def _pairs(left: tuple[Unit, ...], right: tuple[Unit, ...], off: frozenset[str] = NO_SWITCHES
           ) -> list[tuple[float, Unit, Unit]]:
    """Best one-to-one agreeing pairs of units, greedily by credit."""
    scored = sorted(((c, i, j) for i, u in enumerate(left) for j, v in enumerate(right)
                     if (c := _credit(u, v, off)) > 0), key=lambda t: (-t[0], t[1], t[2]))
    used_l: set[int] = set()
    used_r: set[int] = set()
    pairs = []
    for c, i, j in scored:
        if i not in used_l and j not in used_r:
            used_l.add(i)
            used_r.add(j)
            pairs.append((c, left[i], right[j]))
    return pairs


def _jaccard(pairs: list[tuple[float, Unit, Unit]], left: list[Unit], right: list[Unit]
             ) -> float:
    shared = sum(c * (_weight(u) + _weight(v)) / 2 for c, u, v in pairs)
    union = sum(map(_weight, left)) + sum(map(_weight, right)) - shared
    return shared / union if union > 0 else 0.0


def unit_overlap(left: tuple[Unit, ...], right: tuple[Unit, ...],
                 off: frozenset[str] = NO_SWITCHES) -> dict[str, float]:
    """Weighted soft Jaccard of two unit sets: overall, concepts only, names only.

    For the names-only part a concept matched by transliteration to a name (жол ~ Zhol)
    counts as a name.
    """
    left, right = _initials_if_both(left, right)
    pairs = _pairs(left, right, off)
    concept_pairs = [p for p in pairs if p[1].kind == p[2].kind == "concept"]
    name_pairs = [p for p in pairs if "name" in (p[1].kind, p[2].kind)]
    as_names = {id(u) for _, a, b in name_pairs for u in (a, b)}
    return {
        "overlap": _jaccard(pairs, list(left), list(right)),
        "lexicon": _jaccard(concept_pairs, [u for u in left if u.kind == "concept"],
                            [v for v in right if v.kind == "concept"]),
        "translit": _jaccard(name_pairs,
                             [u for u in left if u.kind == "name" or id(u) in as_names],
                             [v for v in right if v.kind == "name" or id(v) in as_names]),
    }


def _is_initial(u: Unit) -> bool:
    return u.kind == "name" and len(u.id) == 1


def _initials_if_both(left: tuple[Unit, ...], right: tuple[Unit, ...]
                      ) -> tuple[tuple[Unit, ...], tuple[Unit, ...]]:
    """Initials count when both sides have some, or when they begin a name of the other
    side (Д. ~ Duman); else they are left out: "Е.А. Бөкетов атындағы ..." is not less like
    "Buketov University" for naming Buketov in full."""
    if any(map(_is_initial, left)) and any(map(_is_initial, right)):
        return left, right

    def keep(units: tuple[Unit, ...], other: tuple[Unit, ...]) -> tuple[Unit, ...]:
        return tuple(u for u in units
                     if not _is_initial(u) or any(_initial_of(u, v) for v in other))

    return keep(left, right), keep(right, left)


def expand_acronyms(text: str, lang: str) -> str:
    """A longer name with the known acronyms in it spelled out in the same language
    ("ЕНУ им. Л.Н. Гумилева", "Министерство образования РК")."""
    words = text.split()
    if len(words) < 2:
        return text
    table = _acronyms(lang)
    spelled = [table.expansions.get(acronym_id(w, lang) or "", w) if looks_like_acronym(w)
               else w for w in words]
    return " ".join(spelled)


def _surface(text: str) -> str:
    return text.strip(QUOTE_MARKS + " .,;:()")


@cache
def looks_like_acronym(text: str) -> bool:
    """One short word with two or more capitals (KazNU, ҚХР, BRI)."""
    word = _surface(text)
    letters = [ch for ch in word if ch.isalpha()]
    return (" " not in word and 2 <= len(letters) <= 8
            and sum(ch.isupper() for ch in letters) >= 2)


def acronym_id(text: str, lang: str) -> str | None:
    """The shared id of a known acronym (own language's table first)."""
    word = _surface(text)
    for table_lang in (lang, *LANGUAGES):
        found = _acronyms(table_lang).acronyms.get(word)
        if found:
            return found
    return None


@cache
def _acronyms(lang: str) -> Acronyms:
    return data(lang if lang in LANGUAGES else FALLBACK, Acronyms)


_UPPER = letters(upper=True)
_CAMEL_JOINT = re.compile(rf"(?<=[^\W\d_{_UPPER}])(?=[{_UPPER}][^\W\d_{_UPPER}])")


def _latin(word: str, lang: str) -> str:
    return "".join(ch for ch in plain(to_latin(word, lang)) if ch.isalnum())


def initials_match(acronym: str, lang_a: str, name: str, lang_b: str,
                   skippable: frozenset[str] = SKIPPABLE) -> bool:
    """The acronym is spelled by word beginnings of a contiguous run of the name's words;
    the words left out before or after the run are names or ``skippable`` concepts."""
    letters = _latin(acronym, lang_a)
    # A word in CamelCase spells its acronym by its parts: KazMunayGas, ҚазМұнайГаз -> KMG.
    words = content_words(_CAMEL_JOINT.sub(" ", name), lang_b)
    latin = [_latin(w, lang_b) for w in words]
    may_skip = [concept_of(w, lang_b) in (None, *skippable) for w in words]
    for start in range(len(words)):
        for end in range(start + 2, len(words) + 1):
            if all(may_skip[:start]) and all(may_skip[end:]) and _spells(letters,
                                                                         latin[start:end]):
                return True
    return False


def _spells(letters: str, words: list[str]) -> bool:
    """Each word in order gives a non-empty prefix, together making exactly ``letters``."""
    if not words:
        return not letters
    head = words[0]
    return any(letters[:k] == head[:k] and _spells(letters[k:], words[1:])
               for k in range(1, min(len(head), len(letters)) + 1))


def acronym_score(a: str, lang_a: str, b: str, lang_b: str) -> float:
    """1.0 for the same known acronym; else how well an acronym fits the other full name."""
    id_a, id_b = acronym_id(a, lang_a), acronym_id(b, lang_b)
    if id_a and id_a == id_b:
        return 1.0
    best = 0.0
    for short, ls, full, lf in ((a, lang_a, b, lang_b), (b, lang_b, a, lang_a)):
        if not looks_like_acronym(_compact(short)) or looks_like_acronym(full):
            continue
        known = acronym_id(short, ls)
        if initials_match(_compact(short), ls, full, lf,
                          STRICT_SKIPPABLE if known else SKIPPABLE):
            best = max(best, INITIALS_SCORE)
        expansion, le = _expansion(known, lf) if known else (None, lf)
        if expansion:
            units = concepts(expansion, le).units
            best = max(best, unit_overlap(units, concepts(full, lf).units)["overlap"])
    return best


def _compact(text: str) -> str:
    """An acronym of two or three parts in capitals as one word ("ҚМГ БӨ" -> "ҚМГБӨ"); the
    parts are short (an uppercase title's words, НУРЛЫ ЖОЛ, are no acronym's parts)."""
    parts = _surface(text).split()
    if 1 < len(parts) <= 3 and all(p.isupper() and p.isalpha() for p in parts) \
            and 2 <= len(parts[0]) <= 4 and all(2 <= len(p) <= 3 for p in parts[1:]):
        return "".join(parts)
    return text


def _expansion(acronym: str, lang: str) -> tuple[str | None, str]:
    """The full name of a known acronym in ``lang``, else in the fallback language."""
    for table_lang in (lang, FALLBACK):
        found = _acronyms(table_lang).expansions.get(acronym)
        if found:
            return found, table_lang
    return None, lang
