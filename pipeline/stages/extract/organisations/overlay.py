"""Head-anchored organisation names laid over a model's entities, and states as places.

A name found by the rules of ``pipeline.stages.extract.organisations.names`` replaces the NER spans
it overlaps, except where a model's organisation goes on past it into lowercase words the
rules do not know; a model's organisation that names a state is a place.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.doc.records import Mention
from pipeline.lang import LANGUAGES
from pipeline.stages.extract.organisations.names import SOURCE, TOKEN, find_in_text, rules

REPLACED = ("ORG", "PER", "LOC")  # NER labels a head-anchored name overrides
MAX_TAIL = 40  # characters a model's organisation may run past a name (по изучению рака)


def with_organisations(entities: list[Mention], names: list[Mention]) -> list[Mention]:
    """NER entities with head-anchored names laid over them (see ``lay_over``); a name that
    an NER model also found as ORG at the same offsets keeps both sources."""
    kept, added = lay_over([(m.start, m.end, m.label) for m in entities],
                           [(n.start, n.end) for n in names],
                           [may_go_on(m.text, m.lang) for m in entities])
    out = [entities[i] for i in kept]
    for i in added:
        n = names[i]
        same = next((m.source for m in entities if m.label == "ORG"
                     and (m.start, m.end) == (n.start, n.end)), None)
        out.append(n if same is None else replace(n, source=f"{same}+{SOURCE}"))
    return out


def with_organisation_spans(spans: list[tuple[int, int, str]], text: str, lang: str
                            ) -> list[tuple[int, int, str]]:
    """``states_as_places`` and ``with_organisations`` on plain (start, end, label) spans of
    one text (for scoring)."""
    spans = [(s, e, "LOC") if label == "ORG" and names_a_state(text[s:e], lang) else (s, e, label)
             for s, e, label in spans]
    names = find_in_text(text, lang, [(s, e) for s, e, label in spans if label == "PER"])
    kept, added = lay_over(spans, names, [may_go_on(text[s:e], lang) for s, e, _ in spans])
    return [spans[i] for i in kept] + [(*names[i], "ORG") for i in added]


def lay_over(spans: list[tuple[int, int, str]], names: list[tuple[int, int]],
             may_go_on: list[bool] | None = None) -> tuple[list[int], list[int]]:
    """Which NER ``spans`` stay and which ``names`` join them (indices). A name replaces
    the ORG/PER/LOC spans it overlaps, except an organisation that starts with the name and
    goes on (the rules stop at words they do not know: "Международное агентство по
    изучению рака"), which stays instead of the name where ``may_go_on`` allows it."""
    go_on = {(s[0], s[1]) for s, ok in zip(spans, may_go_on or [True] * len(spans),
                                           strict=True) if ok}

    def longer(start: int, end: int, label: str, s: int, e: int) -> bool:
        return label == "ORG" and start == s and e < end <= e + MAX_TAIL \
            and (start, end) in go_on

    kept = [i for i, (start, end, label) in enumerate(spans)
            if label not in REPLACED or not any(
                start < e and s < end and not longer(start, end, label, s, e)
                for s, e in names)]
    added = [j for j, (s, e) in enumerate(names)
             if not any(longer(*spans[i], s, e) for i in kept)]
    return kept, added


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
    return [replace(m, label="LOC") if m.label == "ORG" and not m.source.startswith("rules:")
            and names_a_state(m.text, m.lang) else m for m in entities]


def names_a_state(text: str, lang: str) -> bool:
    """Whether ``text`` has a word of a state's name and no organisation head word."""
    if lang not in LANGUAGES:
        return False
    r = rules(lang)
    words = [t.group() for t in TOKEN.finditer(text)]
    return any(r.state.fullmatch(w) for w in words) and not any(
        r.head.fullmatch(w) for w in words)
