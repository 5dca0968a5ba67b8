"""Evidence that entity mentions name one thing: within a document, in every part.

Every pair of mentions of one label in a document is compared, whatever their sections: the
English title's organisation meets its Kazakh form in the Kazakh abstract, and parallel
body paragraphs of an official text meet each other. The evidence, strongest first:

* ``registry``: both carry the same research-organisation registry id (``registry_id``);
  two different ids are never one record (``merge`` enforces it);
* ``same-name``: one name in one language (``name_key``), in any document;
* a name comparison (``pipeline.merge.evidence.link_score``: lexicon, transliteration,
  acronyms), kept when it reaches ``AlignConfig.threshold``; its parts and the mentions'
  ``position`` in their language parts are recorded for linguists.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

from pipeline.doc.records import Document, Evidence, Mention, ProgramMention
from pipeline.lang.common import QUOTE_MARKS
from pipeline.merge.acronym_parts import acronym_parts_score
from pipeline.merge.config import AlignConfig
from pipeline.merge.evidence import link_score
from pipeline.merge.nested import nested_score
from pipeline.merge.parts import parts

NAME_SWITCHES = ("lexicon", "translit", "acronym")


def registry_id(m: Mention) -> str | None:
    """The registry id (ROR) a mention was resolved to, if the lookup set one: ``ror`` is
    the id itself or the registry record ({"id": ..., ...})."""
    found = getattr(m, "ror", None)
    if isinstance(found, dict):
        found = found.get("id")
    return str(found) if found else None


def name_key(m: Mention) -> str:
    """The name a mention gives, without case, quotes or case endings (programmes)."""
    text = m.canonical if isinstance(m, ProgramMention) else m.text
    return " ".join(text.casefold().strip(QUOTE_MARKS + " .,;:").split())


def _text(m: Mention) -> str:
    return m.canonical if isinstance(m, ProgramMention) and m.canonical else m.text


def switches(config: AlignConfig) -> frozenset[str]:
    """The name-comparison parts switched off in ``config``."""
    return frozenset(k for k in NAME_SWITCHES if not config.uses(k))


def registry_links(mentions: Sequence[Mention]) -> list[Evidence]:
    """Mentions with one registry id, in any language or document, tied to the first."""
    first: dict[str, Mention] = {}
    found = []
    for m in mentions:
        rid = registry_id(m)
        if rid is None:
            continue
        if rid in first:
            found.append(Evidence(first[rid], m, "registry", 1.0, {"registry": 1.0}))
        else:
            first[rid] = m
    return found


def same_name_links(mentions: Sequence[Mention]) -> list[Evidence]:
    """Mentions with the same name in the same language are the same thing."""
    first: dict[tuple[str, str], Mention] = {}
    found = []
    for m in mentions:
        key = (m.lang, name_key(m))
        if key in first:
            found.append(Evidence(first[key], m, "same-name", 1.0))
        else:
            first[key] = m
    return found


def document_links(doc: Document, mentions: Sequence[Mention], config: AlignConfig
                   ) -> list[Evidence]:
    """Name links between the mentions of one document, in every language and section.

    Each distinct (language, name) is compared once: its other mentions follow by name."""
    off, layout = switches(config), parts(doc)
    heads: dict[tuple[str, str], Mention] = {}
    for i, m in enumerate(mentions):
        heads.setdefault((m.lang, name_key(m) if config.uses("same-name") else str(i)), m)
    found = []
    for a, b in combinations(heads.values(), 2):
        score, found_parts = link_score(a, b, off)
        if "lexicon" not in off and score < config.threshold and a.label == b.label:
            nested = nested_score(_text(a), a.lang, _text(b), b.lang, off)
            score, found_parts = max(score, nested), {**found_parts, "nested": nested}
        if "acronym" not in off and score < config.threshold and a.label == b.label:
            spelt = acronym_parts_score(_text(a), a.lang, _text(b), b.lang)
            if spelt:
                score, found_parts = spelt, {**found_parts, "acronym-parts": spelt}
        if score < config.threshold:
            continue
        found_parts = {**found_parts, "position": layout.agreement(a, b)}
        rule = "parallel" if a.lang != b.lang else "same-document"
        found.append(Evidence(a, b, rule, round(score, 4), found_parts))
    return found
