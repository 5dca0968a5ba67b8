"""Rule candidates: quoted names beside cue words, and unquoted names built around a cue word.

Offsets are into the text given (a section's text). ``start:end`` is the whole mention
(modifiers, cue word, quotes); ``name_start:name_end`` is the name inside it: the quoted
words, or the words around the cue, without a lower-case cue that only describes the name
("«Нұрлы жол» бағдарламасы" -> "Нұрлы жол"; "Law on Science" keeps its capitalised cue).
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.doc.spans import Span
from pipeline.stages.extract.programs.lexicon import Candidate, Cue, Lexicon, find_cues
from pipeline.stages.extract.programs.quoted import modifiers_before, quoted_candidates
from pipeline.stages.extract.programs.titles import (
    dated_before,
    dated_opening,
    law_title,
    years_after,
)
from pipeline.stages.extract.programs.words import Words, sentence_initial


def find_candidates(text: str, lex: Lexicon) -> list[Candidate]:
    """All rule candidates of ``text``, overlapping ones included."""
    words = Words.of(text)
    cues = find_cues(text, lex)
    found = quoted_candidates(words, lex, cues)
    inside = list(found)
    for cue in cues:
        if any(c.start <= cue.start < c.end for c in inside):
            continue
        cand = phrase_candidate(words, cue, lex)
        if cand is not None:
            found.append(cand)
    return [_with_law_parts(text, c, lex) if c.kind == "law" else c for c in found]


def _with_law_parts(text: str, cand: Candidate, lex: Lexicon) -> Candidate:
    """A cited law with its article and part ("ч. 2 ст. 112 УК РФ", "... кодексінің 366-бабы")."""
    before = lex.law_parts_before.search(text, max(0, cand.start - 40), cand.start)
    after = lex.law_parts_after.match(text[cand.end:cand.end + 60])
    start = before.start() if before and before.end() == cand.start else cand.start
    end = cand.end + after.end() if after else cand.end
    return replace(cand, start=start, end=end)


def phrase_candidate(words: Words, cue: Cue, lex: Lexicon) -> Candidate | None:
    """An unquoted name around ``cue``: name words before it, after it, or a complement."""
    text = words.text
    capital = text[cue.start].isupper()
    if cue.lemma in lex.quoted_only or (
            not capital and lex.generic_cue.search(text[cue.start:cue.end])):
        return None
    titled = law_title(words, cue, lex, _complement) or dated_opening(words, cue, lex,
                                                                       _complement)
    if titled is not None:
        return titled
    start = modifiers_before(words, cue.start, lex)
    dated = dated_before(words, start, cue, lex, alone=False)
    if dated is not None:  # "... 2023 – 2029 жылдарға арналған тұжырымдамасы"
        return Candidate(dated, cue.end, dated, cue.end, cue.kind, cue, False, "dated")
    fwd = None
    if capital and not sentence_initial(text, start):
        fwd = _name_after(words, cue.end, lex) or _complement(words, cue.end, lex)
    elif not capital:
        fwd = _about_after(words, cue, lex) or (
            _name_after(words, cue.end, lex, strict=True) if lex.name_after_lower_cue else None)
    if fwd is not None and lex.not_after.match(text[cue.end:]):
        fwd = None
    # a head-first name ("Plan of the Nation") takes no "of the" from before its cue
    back = _about_before(words, start, cue, lex) or (
        _name_before(words, start, lex, fwd is None) if lex.name_before else None)
    name = back or fwd  # back's words name it when both are there
    if name is None:
        if capital and cue.lemma in lex.self_named:  # "the Constitution", "Ата Заңды"
            return Candidate(cue.start, cue.end, cue.start, cue.end, cue.kind, cue, False,
                             "self-named")
        return _capitalised_alone(words, cue, start, lex)
    if not capital and not any(ch.isalpha() for ch in text[name.start:name.end]):
        return None  # "7 жоба", "6 projects": a count, not a name
    first = back.start if back else start
    first = dated_before(words, first, cue, lex) or first  # "2025 жылға дейінгі | Стратегиялық"
    last = years_after(text, fwd.end, lex) if fwd else cue.end
    if capital or (back and back.payload) or (fwd and fwd.payload):  # the cue is in the name
        return Candidate(first, last, first, last, cue.kind, cue, False, "phrase")
    return Candidate(first, last, name.start, name.end, cue.kind, cue, False, "phrase")


def _capitalised_alone(words: Words, cue: Cue, start: int, lex: Lexicon) -> Candidate | None:
    """A capitalised modifier + cue mid-sentence, with its complement if any
    ("... Государственная программа развития образования", "... Налоговый кодекс")."""
    text = words.text
    if start == cue.start or not text[start].isupper() or (
            sentence_initial(text, start) and cue.kind not in lex.about_kinds):
        return None
    fwd = _complement(words, cue.end, lex)
    end = years_after(text, fwd.end, lex) if fwd else cue.end
    return Candidate(start, end, start, end, cue.kind, cue, False, "phrase")


def _content(word: str, lex: Lexicon) -> bool:
    """A word that names something: not a stop word, a joiner or a bare modifier."""
    folded = word.casefold().rstrip("-")
    return folded not in lex.stop_words and not lex.joiner_before.match(word)


def _name_before(words: Words, pos: int, lex: Lexicon, joiners: bool = True
                 ) -> Span[bool] | None:
    """Name words ending right before ``pos`` ("Kazakhstan 2050 | Strategy")."""
    before = words.before(pos)
    if not before or lex.possessive.search(words.word(before[0])):
        return None
    if lex.lower_words == 0 and lex.joiner_before.match(words.word(before[0])):
        return None  # "Samruk-Kazyna and project reports": the cue is no name's head
    taken: list[Span[None]] = []
    lower = 0
    seen_name = False
    for span in before:
        w = words.word(span)
        if lex.possessive.search(w) or lex.name_break.search(w):
            break
        if lex.name_word.match(w):
            taken.append(span)
            seen_name = True
        elif joiners and lex.joiner_before.match(w) and not lex.lower_words:
            taken.append(span)
        elif not seen_name and lower < lex.lower_words and w.islower() \
                and w not in lex.stop_words:
            taken.append(span)
            lower += 1
        else:
            break
    if lex.lower_words and len(taken) > 1 and sentence_initial(words.text, taken[-1].start) \
            and words.word(taken[-2])[:1].isupper():
        taken = taken[:-1]  # "Ел | Қазақстан-2050 стратегиясы": the sentence's first word
    if lex.lower_words and len(taken) > 1 and _weak_start(words, taken[-1], lex):
        return None
    return _trim_name(words, _after_other_cue(words, taken, pos, lex)[::-1], lex, pos)


def _after_other_cue(words: Words, taken: list[Span[None]], pos: int, lex: Lexicon
                     ) -> list[Span[None]]:
    """Name words (nearest first) after the last other cue word among them that a
    coordinator follows: "Kazakhstan 2050 Strategy and the | Belt and Road Initiative" are
    two names, "Business Road Map 2020 program" one."""
    if not taken:
        return taken
    first = taken[-1].start
    text = words.text
    cues = [c for c in _heading_cues(text[first:pos], lex) if first + c.end < pos
            and lex.coordination.match((text[first + c.end:pos].split() or [""])[0])]
    return [s for s in taken if s.start >= first + cues[-1].end] if cues else taken


def _heading_cues(text: str, lex: Lexicon) -> list[Cue]:
    """Cue words that head names of their own (not "саясат" of "Құқықтық саясат
    тұжырымдамасы", a cue only next to a quoted name)."""
    return [c for c in find_cues(text, lex) if c.lemma not in lex.quoted_only]


def _weak_start(words: Words, first: Span[None], lex: Lexicon) -> bool:
    """A name with lower-case words whose capital is a stop word or only the sentence's
    ("Сондықтан қатаңдатылған жаңа заң"); Kazakh names there are printed in quotes."""
    word = words.word(first)
    return word.casefold() in lex.stop_words or sentence_initial(words.text, first.start)


def _trim_name(words: Words, spans: list[Span[None]], lex: Lexicon, pos: int
               ) -> Span[bool] | None:
    """Drop articles and joiners at the edges; a name needs a capitalised or number word."""
    while spans and (words.word(spans[0]).casefold() in lex.articles
                     or not lex.name_word.match(words.word(spans[0]))
                     or _numbering(words, spans)):
        spans = spans[1:]
    while spans and lex.joiner_before.match(words.word(spans[-1])) and spans[-1].end <= pos \
            and lex.lower_words == 0:
        spans = spans[:-1]
    content = [s for s in spans if _content(words.word(s), lex)]
    if not content:
        return None
    if len(spans) == 1 and sentence_initial(words.text, spans[0].start) \
            and not any(ch.isdigit() for ch in words.word(spans[0])):
        return None  # "Development strategies", "Two programmes": a sentence's first word
    return Span(spans[0].start, spans[-1].end, payload=False)


def _numbering(words: Words, spans: list[Span[None]]) -> bool:
    """A bare number opening a heading ("1.1 Kazakhstan 2030 Strategy") or a list ("2017 and")."""
    if not words.word(spans[0]).isdigit() or len(spans) == 1:
        return False
    following = words.word(spans[1])
    return sentence_initial(words.text, spans[0].start) or not following[:1].isupper()


def _name_after(words: Words, pos: int, lex: Lexicon, strict: bool = False
                ) -> Span[bool] | None:
    """Name words right after ``pos`` ("Law | on Science", "project | Nurly Zhol")."""
    taken: list[Span[None]] = []
    for span in words.after(pos):
        w = words.word(span)
        joiner = lex.joiner.match(w)
        if (lex.name_word.match(w) and not joiner) or (joiner and not strict):
            taken.append(span)
        else:
            break
    while taken and lex.joiner.match(words.word(taken[-1])):
        taken = taken[:-1]
    if not taken:
        return None
    if strict and len(taken) < 2:  # "project Nurly Zhol", not "the plan China adopted"
        return None
    if not any(_content(words.word(s), lex) for s in taken):
        return None
    if _heading_cues(words.text[taken[0].start:taken[-1].end], lex):
        return None  # "Strategy | and the Belt and Road Initiative": the next name's words
    return Span(taken[0].start, _years_after(words.text, taken[-1].end), payload=False)


def _years_after(text: str, end: int) -> int:
    """Extend a name over a following "(2011-2020)"."""
    tail = text[end:end + 14]
    stripped = tail.lstrip(" ")
    if stripped[:1] == "(" and ")" in stripped:
        inner = stripped[1:stripped.index(")")]
        if inner and all(ch.isdigit() or ch in "-–− " for ch in inner):
            return end + len(tail) - len(stripped) + stripped.index(")") + 1
    return end


def _complement(words: Words, pos: int, lex: Lexicon) -> Span[bool] | None:
    """A lower-case genitive complement ("Программа | развития образования")."""
    if lex.complement_word is None:
        return None
    taken: list[Span[None]] = []
    for span in words.after(pos)[:lex.complement_max]:
        w = words.word(span)
        if w in lex.complement_prepositions:
            taken.append(span)
            continue
        ok = lex.complement_word.match(w) or lex.name_word.match(w)
        if not ok or w.casefold() in lex.complement_stop or lex.complement_verb.search(w):
            break
        taken.append(span)
    while taken and words.word(taken[-1]) in lex.complement_prepositions:
        taken = taken[:-1]
    return Span(taken[0].start, taken[-1].end, payload=True) if taken else None


def _about_after(words: Words, cue: Cue, lex: Lexicon) -> Span[bool] | None:
    """A law named by its subject after it ("закон | об образовании")."""
    after = words.after(cue.end)
    if lex.about_after is None or cue.kind not in lex.about_kinds or not after \
            or not lex.about_after.match(words.word(after[0])):
        return None
    rest = _complement(words, after[0].end, lex)
    return Span(after[0].start, rest.end, payload=True) if rest else None


def _about_before(words: Words, pos: int, cue: Cue, lex: Lexicon
                  ) -> Span[bool] | None:
    """A law named by its subject before it ("ғылым туралы | заңы")."""
    before = words.before(pos)
    if lex.about_before is None or cue.kind not in lex.about_kinds or not before \
            or not lex.about_before.match(words.word(before[0])):
        return None
    taken: list[Span[None]] = []
    for span in before[1:4]:
        w = words.word(span)
        if lex.possessive.search(w) or (w.casefold() in lex.stop_words
                                        and not lex.joiner.match(w)):
            break
        if taken and w[:1].isupper() and not lex.joiner.match(words.word(taken[-1])):
            break  # "Парламент | ғылым туралы заңға": a capital further back starts the clause
        taken.append(span)
        if w[:1].isupper():
            break  # "кезде | Ғылым туралы заңы": a capital starts the name
    while taken and lex.joiner.match(words.word(taken[-1])):
        taken = taken[:-1]
    return Span(taken[-1].start, before[0].end, payload=True) if taken else None
