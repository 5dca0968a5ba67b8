"""Keep a model's span only where other evidence agrees with it.

The NER models are trained on news and encyclopaedia text; on journal front matter they
call keyword acronyms (ICT, JEL, UDC), bank codes and sentence openers organisations, cut
affiliations with person spans ("Akhmet Yassawi International Kazakh") and call bank names
programmes. Measured on ../shared/corpora/real (``python -m benchmarks.ner_real``), raw
model ORG spans cost more precision than they add recall. So a model's span stays when:

- ORG: it holds an organisation head word and a name word beside it ("Turkish
  University"; not "the Agency"), or has the shape of an institution's own name
  (``INSTITUTION_SHAPE``: KazMunayGas, ҚазМұнайГаз, Tengrinews), or a rule found the same
  name in another language's section of the document; a state's name is a place;
- PER: it has no word that never stands in a person's name (``NOT_PERSON_WORDS``:
  International, Kazakh, университеті), since it would cut an organisation's name;
- PROGRAM: it has a programme cue word, or is quoted, and no organisation head word;
- other labels pass (LOC bounds nothing; figures have their own rules).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from pipeline.doc.records import Mention, by_rule
from pipeline.lang import LANGUAGES, data
from pipeline.stages.extract.organisations.names import TOKEN, rules
from pipeline.stages.extract.organisations.overlay import names_a_state

QUOTE_MARKS = "\"«»“”„'"


@cache
def _shapes(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    d = data(lang, "organisations")
    return re.compile(f"(?:{d.INSTITUTION_SHAPE})"), re.compile(f"(?:{d.NOT_PERSON_WORDS})",
                                                              re.IGNORECASE)


def gate(entities: list[Mention], rule_names: list[Mention], text: str = "",
         labels: tuple[str, ...] = ("ORG", "PER", "PROGRAM", "LOC")) -> list[Mention]:
    """The model ``entities`` of a document that other evidence supports (see the module
    docstring), judging only ``labels``; ``rule_names`` are the head-anchored names of every
    section, ``text`` the document's text (for the quotes around a programme)."""
    known = {_norm(n.text): n.lang for n in rule_names}
    out = []
    for m in entities:
        if m.lang not in LANGUAGES or by_rule(m) or m.label not in labels:
            out.append(m)
        elif m.label == "ORG":
            if names_a_state(m.text, m.lang):
                out.append(replace(m, label="LOC"))
            elif org_supported(m, known):
                out.append(m)
        elif m.label == "LOC" and _one_shaped(m):  # KazMunayGas read as a place
            out.append(replace(m, label="ORG"))
        elif m.label == "PER":
            if person_supported(m.text, m.lang):
                out.append(m)
        elif m.label == "PROGRAM":
            if program_supported(m, text):
                out.append(m)
        else:
            out.append(m)
    return out


def org_supported(m: Mention, known: dict[str, str]) -> bool:
    """A model ORG with a head and a name word, an institution's shape, or a rule name of
    another language with the same text."""
    words = TOKEN.findall(m.text)
    r = rules(m.lang)
    heads = [w for w in words if r.head.fullmatch(w)]
    named = [w for w in words if w[:1].isupper() and not r.head.fullmatch(w)
             and w.casefold() not in r.not_name]
    if heads and named:
        return True
    shape, _ = _shapes(m.lang)
    if shape.fullmatch(words[0]) if words else False:  # KazMunayGas, КазНУ имени аль-Фараби
        return True
    other = known.get(_norm(m.text))
    return other is not None and other != m.lang


def _one_shaped(m: Mention) -> bool:
    words = TOKEN.findall(m.text)
    return len(words) == 1 and bool(_shapes(m.lang)[0].fullmatch(words[0]))


def person_supported(text: str, lang: str) -> bool:
    """A model PER whose words may all stand in a person's name."""
    _, not_person = _shapes(lang)
    return not any(not_person.fullmatch(w) for w in TOKEN.findall(text))


def program_supported(m: Mention, text: str) -> bool:
    """A model PROGRAM with a cue word or quotes, and no organisation head word."""
    from pipeline.stages.extract.programs.lexicon import find_cues, lexicon

    if any(rules(m.lang).head.fullmatch(w) for w in TOKEN.findall(m.text)):
        return False
    if find_cues(m.text, lexicon(m.lang)):
        return True
    before = text[max(0, m.start - 1):m.start]
    after = text[m.end:m.end + 1]
    return bool(before and after and before in QUOTE_MARKS and after in QUOTE_MARKS)


def _norm(text: str) -> str:
    return " ".join(TOKEN.findall(text.casefold()))
