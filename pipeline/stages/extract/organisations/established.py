"""Organisation names a document establishes once and then uses bare.

Official texts name an organisation in full once and then by its acronym or short name:
"Еуразиялық экономикалық одақ (ЕАЭО) ... ЕАЭО-ны кеңейту", "JSC NC “KazMunayGas” (KMG)
... KMG's Sole Shareholder". A name is established by an organisation mention of the
document: its own text (two words or more), the quoted name inside it (“KazMunayGas”), or
an acronym in brackets right after it whose letters follow the name's letters in order,
starting with its first (ЕАЭС < Евразийский экономический союз, KMG < KazMunayGas,
UNCTAD < United Nations Conference on Trade and Development). Every other occurrence in
the document, in any section, is then an organisation mention: a word ending may follow
(ЕАЭО-ға, одақтың, KMG's), and in an uppercase title the name is matched without case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from pipeline.doc.records import Document, Mention, Section
from pipeline.doc.spans import Located, Span, overlaps_any, to_mention
from pipeline.lang import LANGUAGES, data
from pipeline.stages.extract.organisations.names import TOKEN, mostly_capitals

SOURCE = "rules:organisations-established"
ACRONYM_AFTER = re.compile(r"[\"”»’]?\s*\(\s*([^\W\d_][\w&]{1,9})\s*\)")
QUOTED_INSIDE = re.compile(r"[\"“«„]([^\"“”«»„\n]{2,60})[\"”»]")
ENDING = r"(?:[-‐‑]?[^\W\d_]{1,6}|['’]s)?"  # ЕАЭО-ны, одақтың, KMG's
STEM_MIN = 4  # letters of a word kept when its ending may change (союз / союза)


def acronym_of(name: str, acronym: str) -> bool:
    """Whether ``acronym`` (mostly capitals) abbreviates ``name``: its letters follow the
    name's letters in order, the first letter being the name's first, and every word of
    the name that starts with a capital gives a letter."""
    letters = [c for c in acronym if c.isalpha()]
    if len(letters) < 2 or sum(c.isupper() for c in letters) < len(letters) - 1:
        return False
    words = TOKEN.findall(name)
    if not words or words[0][0].casefold() != letters[0].casefold():
        return False
    flat = "".join(words).casefold()
    pos = 0
    for c in letters:
        pos = flat.find(c.casefold(), pos)
        if pos < 0:
            return False
        pos += 1
    return len(letters) >= sum(w[0].isupper() for w in words) - 1


def established(doc: Document, orgs: Iterable[Mention]) -> list[str]:
    """The names that the organisation mentions ``orgs`` establish in ``doc``."""
    names: set[str] = set()
    for m in orgs:
        if len(TOKEN.findall(m.text)) >= 2 and not mostly_capitals(m.text):
            names.add(m.text)
            bare = _without_legal_form(m.text, m.lang)
            if bare != m.text and len(TOKEN.findall(bare)) >= 2:
                names.add(bare)
        for q in QUOTED_INSIDE.finditer(m.text):
            inner = q.group(1).strip()
            if inner[:1].isupper() and (not mostly_capitals(inner) or len(inner) <= 8):
                names.add(inner)
        after = ACRONYM_AFTER.match(doc.text, m.end)
        if after and acronym_of(_last_quote(m.text), after.group(1)):
            names.add(after.group(1))
    return sorted(names, key=len, reverse=True)


def _without_legal_form(text: str, lang: str) -> str:
    """``text`` without the legal-form words it opens with (JSC “National Company ...")."""
    if lang not in LANGUAGES:
        return text
    forms = re.compile(f"(?:{data(lang, 'organisations').LEGAL_FORMS})", re.IGNORECASE)
    words = list(TOKEN.finditer(text))
    i = 0
    while i < len(words) - 1 and forms.fullmatch(words[i].group()):
        i += 1
    return text[words[i].start():] if i else text


def _last_quote(text: str) -> str:
    """The quoted name of ``text`` when it ends on one (JSC NC “KazMunayGas” -> KazMunayGas)."""
    quoted = QUOTED_INSIDE.findall(text + "”")
    return quoted[-1].strip() if quoted else text


def find_established(doc: Document, section: Section, names: list[str],
                     taken: Sequence[Located]) -> list[Mention]:
    """ORG mentions of the established ``names`` in ``section`` outside the ``taken`` spans
    (document offsets), longest names first."""
    taken = list(taken)
    caps = mostly_capitals(section.text)
    out = []
    for name in names:
        flags = re.IGNORECASE if caps else 0
        for m in re.finditer(_pattern(name), section.text, flags):
            mention = to_mention(Span(m.start(), m.end(), "ORG", (SOURCE,)), doc, section)
            if overlaps_any(mention, taken):
                continue
            taken.append(mention)
            out.append(mention)
    return out


def _pattern(name: str) -> str:
    """A regex of ``name`` as a whole word sequence whose last word may change its ending."""
    words = TOKEN.findall(name)
    if len(words) == 1:
        return rf"(?<![\w-]){re.escape(words[0])}(?![\w]){ENDING}(?![\w-])"
    parts = [re.escape(w[:max(STEM_MIN, len(w) - 2)]) + r"\w*" for w in words]
    return r"(?<![\w-])" + r"[\s\u00a0\"“”«»„]+".join(parts) + r"(?![\w-])"
