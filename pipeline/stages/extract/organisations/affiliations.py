"""Affiliation lines: the institutions they name, as organisation mentions with registry ids.

A line of an affiliation or author-info section ("¹Dept. of Economics, Al-Farabi KazNU,
Almaty, Kazakhstan") is matched as a whole against the registry
(``pipeline.registry.match``): each registered institution it names is one mention whose
span is the institution's name alone. Names the registry does not hold come from the
head-word rules (``pipeline.stages.extract.organisations.names.find_in_text``), minus
departments, faculties and places. A line's leading number (¹, 1, 1,2) is its ``marker``;
the authors printed with that number in the paper's author line are its ``authors``. Other
organisation mentions (in abstracts, titles) get the registry id their whole name matches
(``link_mentions``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from functools import cache

from pipeline.doc.records import Document, Mention, OrgMention, Section
from pipeline.doc.spans import Span, overlaps_any, shift, to_mention
from pipeline.lang import LANGUAGES, data
from pipeline.registry.index import Index, get_index, line_places
from pipeline.registry.match import Match, match_line
from pipeline.registry.normalise import name_key, script_lang, word_keys, words
from pipeline.stages.extract.organisations.names import find_in_text

SOURCE = "rules:affiliations"
KINDS = ("affiliation", "author-info")
SUPERSCRIPTS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")
MARKER = re.compile(r"^[ \t]*((?:[¹²³⁴⁵⁶⁷⁸⁹⁰]|\d{1,2})(?:[ \t]*,[ \t]*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]|\d{1,2}))*)"
                    r"[*)]?(?=[ \t]*[^\W\d_«\"“])")
CUT = re.compile(r"\(?[ \t]*(?:e-?mail|е-?mail|email|электрон|orcid)\b|\S+@\S+", re.IGNORECASE)
AUTHOR = re.compile(r"([^\W\d_][^,;\n¹²³⁴⁵⁶⁷⁸⁹⁰\d]*?[^\W\d_])[ \t]?"
                    r"((?:[¹²³⁴⁵⁶⁷⁸⁹⁰]|\d{1,2})(?:[ \t]*,[ \t]*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]|\d{1,2}))*)"
                    r"(?=[*\s,;]|$)")
COVER = 0.7  # share of a mention's letters a registry name must cover to give it its id


@dataclass(frozen=True)
class RegistryOptions:
    """Whether organisations are matched against the registry, and which index."""

    enabled: bool = True
    index: str = ""  # "" = the index shipped in pipeline/registry/data/


def _index(options: RegistryOptions) -> Index | None:
    return get_index(options.index or None) if options.enabled else None


def find_affiliations(doc: Document, section: Section, options: RegistryOptions
                      ) -> list[OrgMention]:
    """The institutions of every line of an affiliation or author-info ``section``."""
    index = _index(options)
    hint = frozenset(document_places(doc, index)) if index else frozenset()
    markers = author_markers(doc, section)
    out: list[OrgMention] = []
    start = section.start
    for line in section.text.split("\n"):
        out += _line(doc, section, line, start, index, hint, markers)
        start += len(line) + 1
    return out


def _line(doc: Document, section: Section, line: str, offset: int, index: Index | None,
          hint: frozenset[str], markers: dict[str, tuple[str, ...]]) -> list[OrgMention]:
    number = MARKER.match(line)
    marker = ",".join(p.strip() for p in number.group(1).translate(SUPERSCRIPTS).split(",")) \
        if number else None
    begin = number.end() if number else 0
    cut = CUT.search(line, begin)
    text = line[: cut.start()] if cut else line
    found = [m for m in (match_line(text, index, hint) if index else []) if m.start >= begin]
    spans: list[Span[Match]] = [Span(m.start, m.end, score=m.score, payload=m) for m in found]
    lang = section.lang if section.lang in LANGUAGES else script_lang(text)
    for name in find_in_text(text, lang):
        name = Span(max(name.start, begin), name.end)
        if name.start < name.end and not overlaps_any(name, spans) \
                and not _subunit_or_place(text[name.start:name.end], index):
            spans.append(name)
    authors = _authors_of(marker, markers)
    out = []
    for s in sorted(spans, key=lambda x: x.start):
        lang = _lang(text[s.start:s.end], section.lang)
        at = replace(shift(s, offset - section.start), label="ORG", source=(SOURCE,), lang=lang)
        out.append(to_mention(at, doc, section, OrgMention, marker=marker, authors=authors,
                              ror=ror_of(s.payload) if s.payload else None))
    return out


def _authors_of(marker: str | None, markers: dict[str, tuple[str, ...]]
                ) -> tuple[str, ...] | None:
    if not marker:
        return None
    names = [a for n in marker.split(",") for a in markers.get(n, ())]
    return tuple(dict.fromkeys(names)) or None


def ror_of(m: Match) -> dict:
    """The ``ror`` field of a matched mention."""
    return {"id": m.record.id, "name": m.record.name, "score": m.score, "matched": m.matched}


def _lang(text: str, section_lang: str) -> str:
    """The language of the string itself: Latin letters are English on any page, Cyrillic
    takes the section's language (Kazakh and Russian share letters)."""
    script = script_lang(text)
    if script == "en" or section_lang not in LANGUAGES or section_lang == "en":
        return script
    return section_lang


@cache
def _subunits(lang: str) -> frozenset[str]:
    return frozenset(k for w in data(lang, "registry").SUBUNIT_WORDS for k in word_keys(w, lang))


def _subunit_or_place(text: str, index: Index | None) -> bool:
    """A department or faculty ("Кафедра экономики", "экономика факультеті"), or a place."""
    ws = words(text)
    lang = script_lang(text)
    if any(k in _subunits(lang) for w in ws for k in w.keys):
        return True
    return index is not None and " ".join(name_key(text)) in index.places


_PLACES: dict[tuple[str, int, int], set[str]] = {}


def document_places(doc: Document, index: Index) -> set[str]:
    """Countries the document's affiliation lines name (computed once per document)."""
    key = (doc.id, hash(tuple(s.text for s in doc.sections if s.kind in KINDS)), id(index))
    if key not in _PLACES:
        if len(_PLACES) > 256:
            _PLACES.clear()
        _PLACES[key] = _document_places(doc, index)
    return _PLACES[key]


def _document_places(doc: Document, index: Index) -> set[str]:
    found: set[str] = set()
    for s in doc.sections:
        if s.kind in KINDS:
            for line in s.text.split("\n"):
                found |= line_places(index, line)
    return found


def author_markers(doc: Document, section: Section) -> dict[str, tuple[str, ...]]:
    """Number -> the authors printed with it, from the author lines of the section's
    front-matter group (or of the whole document when sections have no group)."""
    out: dict[str, list[str]] = {}
    for s in doc.sections:
        if s.kind == "authors" and (section.group is None or s.group == section.group):
            for m in AUTHOR.finditer(s.text):
                for n in m.group(2).translate(SUPERSCRIPTS).split(","):
                    out.setdefault(n.strip(), []).append(m.group(1).strip())
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def link_mentions(doc: Document, mentions: list[Mention], options: RegistryOptions
                  ) -> list[Mention]:
    """Organisation mentions outside affiliation lines, with the registry id of the name
    they are (a registry name covering most of the mention)."""
    index = _index(options)
    if index is None:
        return mentions
    hint = frozenset(document_places(doc, index))
    return [_linked(m, index, hint) if m.label == "ORG" and not isinstance(m, OrgMention)
            else m for m in mentions]


def _linked(m: Mention, index: Index, hint: frozenset[str]) -> Mention:
    """The mention with the id of a registry name that is most of it and leaves no other
    name word out ("Science Committee of | the Ministry of ..." is the committee, not the
    ministry)."""
    letters = sum(c.isalpha() for c in m.text) or 1
    for match in match_line(m.text, index, hint, placed_acronyms=True):
        rest = m.text[:match.start] + " " + m.text[match.end:]
        named = any(w.keys and w.text[:1].isupper() for w in words(rest))
        if not named and sum(c.isalpha() for c in m.text[match.start:match.end]) / letters \
                >= COVER:
            base = {f.name: getattr(m, f.name) for f in fields(Mention)}
            return OrgMention(**base, ror=ror_of(match))
    return m


__all__ = ["KINDS", "RegistryOptions", "find_affiliations", "link_mentions"]
