"""Organisation names anchored on a head word ("University", "министерство", "университеті").

Statistical NER trained on small open data misses or mis-cuts the long official names of
affiliations ("Al-Farabi Kazakh National University" read as a person, "Әл-Фараби" and
"Қазақ ұлттық университеті" as two mentions). A head word says "organisation" for sure; the
name is the run of capitalised words and allowed lowercase words around it, as each
language builds it (``pipeline/lang/<code>/organisations.py``). Where such a name overlaps
NER mentions, the name replaces them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise
from typing import Any

from pipeline.doc.records import Document, Mention, Section
from pipeline.doc.spans import Span, longest, overlaps, span_of, to_mention
from pipeline.lang import LANGUAGES, data
from pipeline.lang.schema import Organisations
from pipeline.merge.lexicon import concept_of
from pipeline.stages.extract.organisations import lowercase, quoted
from pipeline.stages.extract.organisations.rules import Rules, rules

SOURCE = "rules:organisations"
MAX_TOKENS = 15
_LETTER = r"[^\W\d_¹²³⁰⁴-⁹]"  # footnote marks (¹Harbin) are no part of a word
TOKEN = re.compile(rf"{_LETTER}\w*(?:[-‐‑'’]\w+)*|\d+")
SPACE = re.compile(r"[ \t\u00a0\u202f]+")  # a name never crosses a line break
INITIAL = re.compile(r"\W*[^\W\d_][^\W\d_]?\.")  # "G.", "Zh.", "А." opening a person's name
COMMA_GAP = re.compile(r",[ \t\u00a0]+")
INITIAL_GAP = re.compile(r"\.[ \t\u00a0\u202f]*")  # "Л.Н. Гумилева", "им. аль-Фараби"
# a quoted name: one quote pair, a nested opening (JSC “National Company “KazMunayGas”), or
# ASCII quotes around words only (not the stretch between two names' quotes)
_QUOTE = (r"(?:«[^»\n]{1,80}»|“[^”\"“\n]{1,40}“[^”\"“\n]{1,60}[”\"]{1,2}|“[^”\"“\n]{1,80}[”\"]"
          r"|„[^“”\n]{1,80}[“”]|\"(?=\w)[^\"“”«»\n]{1,80}\")")
QUOTED_BEFORE = re.compile(rf"({_QUOTE})[ \t]*$")  # ... or right before it
SENTENCE_GAP = re.compile(r"[.!?]\W*\s|\n")
CAPS_SHARE = 0.6  # a section this much in capitals (an uppercase title) has no case cues


@dataclass(frozen=True)
class Token:
    """A word of a text, with where it stands."""

    start: int
    end: int
    word: str
    opens_sentence: bool  # first word of the text, of a line or after . ! ?
    person: int  # words of the person's name (found by NER) this word is in, or 0
    initialled: bool = False  # that person's name opens with an initial ("G.A. Shadinova")


def tokenize(text: str, persons: Sequence[Span[Any]] = ()) -> list[Token]:
    """Word tokens of ``text`` with what the name rules need to know about each."""
    out: list[Token] = []
    for m in TOKEN.finditer(text):
        gap = text[out[-1].end if out else 0:m.start()]
        opens = not out or bool(SENTENCE_GAP.search(gap))
        span = next((p for p in persons if p.start <= m.start() < p.end), None)
        size = len(TOKEN.findall(text[span.start:span.end])) if span else 0
        initialled = bool(span and INITIAL.match(text, span.start))
        out.append(Token(m.start(), m.end(), m.group(), opens, size, initialled))
    return out


def find_organisations(doc: Document, section: Section, entities: Sequence[Mention] = ()
                       ) -> list[Mention]:
    """Head-anchored organisation names of ``section`` as ORG mentions (document offsets);
    the persons among ``entities`` (NER mentions of the section) bound the names."""
    if section.lang not in LANGUAGES:
        return []
    persons = [span_of(m, section) for m in entities
               if m.label == "PER" and m.section == section.id]
    return [to_mention(s, doc, section) for s in _languages(section.text, section.lang, persons)]


def _languages(text: str, lang: str, persons: Sequence[Span[Any]]) -> list[Span[Any]]:
    """Names of ``text`` with their language: the section's, or another language's where a
    name is printed in that language's letters (``OWN_STRING``: a Russian affiliation in a
    Kazakh section, "Maqsut Narikbayev University" in a Kazakh one) and its rules find it."""
    def own(code: str, span: str) -> bool:
        return bool(re.fullmatch(data(code, Organisations).own_string, span))

    spans = [replace(s, lang=lang) for s in find_in_text(text, lang, persons)]
    for other in LANGUAGES:
        if other == lang:
            continue
        for s in find_in_text(text, other, persons):
            if not own(other, text[s.start:s.end]):
                continue
            clash = [x for x in spans if overlaps(s, x)]
            if all(not own(x.lang or lang, text[x.start:x.end]) for x in clash):
                spans = [x for x in spans if x not in clash] + [replace(s, lang=other)]
    return sorted(spans, key=lambda x: (x.start, x.end, x.lang or ""))


def find_in_text(text: str, lang: str, persons: Sequence[Span[Any]] = ()
                 ) -> list[Span[Any]]:
    """ORG spans of organisation names in ``text``; coordinated names ("X Bank and Y
    Fund") are cut at the joining word, other overlaps keep the longest name. A person
    from ``persons`` ends a name (after the head; before it, a name of two words opening
    with an initial, as authors are printed, since a surname or a full name is an eponym:
    Nazarbayev University, Maqsut Narikbayev University), unless the person holds the head
    (a model calling "Al-Farabi Kazakh National University" a person)."""
    r = rules(lang)
    toks = _named_after(tokenize(text, persons), r)
    heads = [i for i, t in enumerate(toks)
             if r.head.fullmatch(t.word) and (t.word[0].isupper() or not r.head_capitalised
                                              or _named_before(text, toks, i, r))
             and not mostly_capitals(_line(text, t.start))]
    runs = [_run(text, toks, i, r, lang) for i in heads]
    for a, b in pairwise(runs):
        if a[2] >= b[0]:  # overlapping runs of two heads: split at a coordinator between
            cut = [c for c in range(a[1] + 1, b[1]) if r.coordinator.fullmatch(toks[c].word)]
            if cut:
                a[2], b[0] = cut[-1] - 1, cut[-1] + 1
    spans = [span for run in runs if (span := _name(text, toks, run, r))]
    spans += [_org(t.start, t.end) for t in toks if r.agency.fullmatch(t.word)]  # Tengrinews
    spans += [_org(s.start, s.end) for s in quoted.quoted_names(text, lang)
              + lowercase.lowercase_names(text, lang)]  # «KEGOC» АҚ, халықаралық еңбек ұйымы
    return longest(spans)


def _org(start: int, end: int) -> Span[Any]:
    return Span(start, end, "ORG", (SOURCE,))


def _named_before(text: str, toks: list[Token], head: int, r: Rules) -> bool:
    """A lower-case head after enough capitalised name words, lower-case institution
    adjectives between ("Zhansyugyurov Zhetysyu state university")."""
    names, i = 0, head - 1
    while r.lower_head_after and i >= 0 and _joined(text, toks[i], toks[i + 1]) \
            and names < r.lower_head_after:
        if _is_name(toks[i].word, r):  # an affiliation line opens with the name
            names += 1
        elif not r.left.fullmatch(toks[i].word):
            break
        i -= 1
    return bool(r.lower_head_after) and names >= r.lower_head_after


def _line(text: str, pos: int) -> str:
    """The line of ``text`` that ``pos`` is on (an uppercase title has no case cues)."""
    return text[text.rfind("\n", 0, pos) + 1:(text.find("\n", pos) + 1 or len(text) + 1) - 1]


def _named_after(toks: list[Token], r: Rules) -> list[Token]:
    """Persons next to a "named after" word are part of an organisation's name."""
    out = list(toks)
    for i, t in enumerate(toks):
        if r.named_after.fullmatch(t.word):
            for step in (-1, 1):
                j = i + step
                while 0 <= j < len(out) and out[j].person:
                    out[j] = replace(out[j], person=0)
                    j += step
    return out


def mostly_capitals(text: str) -> bool:
    """An uppercase title: no case cues for names, and NER models trained on mixed case
    read every word of it as a name."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > CAPS_SHARE


def _run(text: str, toks: list[Token], head: int, r: Rules, lang: str) -> list[int]:
    """[first, head, last] token indices of the words that may belong to the head's name."""
    outside = not toks[head].person
    proper = toks[head].word[0].isupper() and not toks[head].opens_sentence
    first = head
    while first > 0 and _joined(text, toks[first - 1], toks[first], not r.name_after_head) \
            and head - first < MAX_TOKENS and _left_fits(toks[first - 1], r, proper, lang) \
            and not (outside and toks[first - 1].person > 1 and toks[first - 1].initialled):
        first -= 1
    last = head
    while last + 1 < len(toks) and _joined(text, toks[last], toks[last + 1], last > head) \
            and last - first < MAX_TOKENS and _right_fits(toks, head, last + 1, r) \
            and not (outside and toks[last + 1].person):
        last += 1
    return [_enumeration_left(text, toks, first, head, r), head,
            _enumeration(text, toks, head, last, r)]


def _enumeration_left(text: str, toks: list[Token], first: int, head: int, r: Rules) -> int:
    """Before a head that closes its name, a comma only in an enumeration closed by "and"
    ("Экология, геология және табиғи ресурстар министрлігі"); else the name starts after it."""
    while True:
        commas = [i for i in range(first + 1, head + 1)
                  if "," in text[toks[i - 1].end:toks[i].start]]
        if not commas or any(r.coordinator.fullmatch(t.word) for t in toks[commas[0]:head]):
            return first
        first = commas[0]


def _enumeration(text: str, toks: list[Token], head: int, last: int, r: Rules) -> int:
    """A name runs through commas only in an enumeration closed by "and" ("Ministry of
    Ecology, Geology and Natural Resources"); a comma after the last "and" ends the name
    ("University of Almaty, Almaty, Kazakhstan")."""
    while True:
        commas = [i for i in range(head + 1, last + 1)
                  if "," in text[toks[i - 1].end:toks[i].start]]
        if not commas or any(r.coordinator.fullmatch(t.word) for t in toks[commas[-1]:last + 1]):
            return last
        last = commas[-1] - 1


def _left_fits(tok: Token, r: Rules, proper: bool, lang: str) -> bool:
    """Whether ``tok`` may stand before the head: a name word that does not just open the
    sentence, of the language's shape unless the head is capitalised mid-sentence
    ("Назарбаев Университет"); or an allowed lowercase word."""
    if _is_name(tok.word, r):
        return (proper or bool(r.left_name.fullmatch(tok.word))) \
            and not (tok.opens_sentence and r.first_word.fullmatch(tok.word))
    return bool(r.left.fullmatch(tok.word)) or (r.left_concepts and tok.word.islower()
                                                and concept_of(tok.word, lang) is not None)


def _right_fits(toks: list[Token], head: int, i: int, r: Rules) -> bool:
    """Whether token ``i`` continues the name after its head. A coordinator needs a
    complement before it ("Ministry of Education and Science", not "University and
    Huawei"); where ``NAME_AFTER_HEAD`` is off, a name word cannot follow the head bare
    ("... University Mukhambetkali Burkitbaev" is an apposition)."""
    word = toks[i].word
    if r.coordinator.fullmatch(word):
        return i - 1 > head
    if i == head + 1 and not r.name_after_head and not r.right.fullmatch(word):
        return False
    return _is_name(word, r) or bool(r.right.fullmatch(word))


def _name(text: str, toks: list[Token], run: list[int], r: Rules) -> Span[Any] | None:
    """The name of a run, trimmed to name words at its edges, with a quoted name next to a
    capitalised head ("Фонд «Самрук-Казына»"); None when too few name words stand by the
    head: one, two on one side for a weak head, and for a lowercase head one before it."""
    first, head, last = run
    while first < head and not _is_name(toks[first].word, r):
        first += 1
    last = _closing(toks, head, last, r)
    if last > head and toks[last].word in {t.word for t in toks[first:last]}:
        # the city printed after the name again: "Harbin Institute ... Harbin"
        last = _closing(toks, head, last - 1, r)
    start, end = toks[first].start, toks[last].end
    capital = toks[head].word[0].isupper()
    # a quoted name after a capitalised head, or a lower-case one where names follow their
    # head (компания «Самрук»); before the name where the head closes it («Тұран»
    # университеті, «ҚазМұнайГаз» Ұлттық компаниясы)
    after = _quoted_after(r).match(text, end) if capital or r.name_after_head else None
    before = QUOTED_BEFORE.search(text, max(0, start - 100), start) \
        if not r.name_after_head or (capital and first == head) else None
    if before and not before.group(1)[1:2].isupper():
        before = None  # a quoted word, not a name ("he said “yes” ...")
    left = sum(_is_name(t.word, r) for t in toks[first:head])
    right = sum(_is_name(t.word, r) for t in toks[head + 1:last + 1])
    if left and (not toks[first].opens_sentence  # "Евразийский экономический союз"
                 or r.institution.fullmatch(toks[first].word)):
        left += sum(not _is_name(t.word, r) and not r.coordinator.fullmatch(t.word)
                    for t in toks[first:head])
    enough = max(left, right) >= 2 if r.weak_head.fullmatch(toks[head].word) \
        else left + right >= 1
    if not (after or before) and (not enough or (first == head and not capital)):
        return None
    return _org(before.start(1) if before else start, after.end() if after else end)


@cache
def _quoted_after(r: Rules) -> re.Pattern[str]:
    """A quoted name after a head, legal-form words between ("JSC NC “KazMunayGas”")."""
    return re.compile(rf"[ \t]*(?:(?:{r.legal_forms})[ \t]+)*{_QUOTE}", re.IGNORECASE)


def _closing(toks: list[Token], head: int, last: int, r: Rules) -> int:
    """The last token at or before ``last`` that may end a name (not a joining word)."""
    while last > head and not (_is_name(toks[last].word, r)
                               or r.closing.fullmatch(toks[last].word)):
        last -= 1
    return last


def _joined(text: str, left: Token, right: Token, comma: bool = False) -> bool:
    """Whether two tokens are in one stretch of a name: a space, the dot of an initial, or
    (after the head's complement began, ``comma``) a comma of an enumeration."""
    gap = text[left.end:right.start]
    if SPACE.fullmatch(gap) or (comma and COMMA_GAP.fullmatch(gap)):
        return True
    return bool(INITIAL_GAP.fullmatch(gap)) and len(left.word) <= 2


def _is_name(word: str, r: Rules) -> bool:
    """A capitalised word (or a part after a hyphen: аль-Фараби) that is no clause opener."""
    capitalised = word[0].isupper() or any(p[:1].isupper() for p in re.split(r"[-‐‑'’]", word))
    return capitalised and word.casefold() not in r.not_name \
        and not r.not_name_ending.fullmatch(word)

