"""Head-anchored organisation names laid over a model's entities, and states as places.

A name found by the rules of ``pipeline.stages.extract.organisations.names`` replaces the
NER spans it overlaps, except where a model's organisation goes on past it into lowercase words the
rules do not know; a model's organisation that names a state is a place.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.doc.records import Mention, by_rule
from pipeline.doc.spans import overlaps
from pipeline.lang import LANGUAGES
from pipeline.stages.extract.organisations.names import TOKEN, rules

REPLACED = ("ORG", "PER", "LOC")  # NER labels a head-anchored name overrides
MAX_TAIL = 40  # characters a model's organisation may run past a name (по изучению рака)


def with_organisations(entities: list[Mention], names: list[Mention]) -> list[Mention]:
    """NER entities with head-anchored names laid over them. A name replaces the ORG/PER/LOC
    entities it overlaps, except a model's organisation that starts with the name and goes
    on (the rules stop at words they do not know: "Международное агентство по изучению
    рака"), which stays instead of the name where ``may_go_on`` allows it. A name that a
    model also found as ORG at the same offsets keeps both sources."""
    def longer(m: Mention, n: Mention) -> bool:
        return m.label == "ORG" and m.start == n.start and n.end < m.end <= n.end + MAX_TAIL \
            and may_go_on(m.text, m.lang)

    kept = [m for m in entities if m.label not in REPLACED
            or not any(overlaps(m, n) and not longer(m, n) for n in names)]
    out = list(kept)
    for n in names:
        if any(longer(m, n) for m in kept):
            continue
        same = next((m.source for m in entities if m.label == "ORG"
                     and (m.start, m.end) == (n.start, n.end)), None)
        out.append(n if same is None else replace(n, source=(*same, *n.source)))
    return out


def may_go_on(text: str, lang: str) -> bool:
    """Whether a model's organisation may run past a name into lowercase words: in Russian
    and Kazakh ("... агентство по изучению рака"), not in English, where a name ends on a
    capitalised word ("High Level Strategic Council between" ends on "Council")."""
    if lang not in LANGUAGES:
        return True
    words = TOKEN.findall(text)
    return rules(lang).lowercase_tail or bool(words and words[-1][:1].isupper())


def states_as_places(entities: list[Mention]) -> list[Mention]:
    """Model ORG mentions that name a state ("People's Republic of China", "Қытай Халық
    Республикасы") relabelled LOC, as the NER datasets label countries."""
    return [replace(m, label="LOC") if m.label == "ORG" and not by_rule(m)
            and names_a_state(m.text, m.lang) else m for m in entities]


def names_a_state(text: str, lang: str) -> bool:
    """Whether ``text`` has a word of a state's name and no organisation head word."""
    if lang not in LANGUAGES:
        return False
    r = rules(lang)
    words = [t.group() for t in TOKEN.finditer(text)]
    return any(r.state.fullmatch(w) for w in words) and not any(
        r.head.fullmatch(w) for w in words)
