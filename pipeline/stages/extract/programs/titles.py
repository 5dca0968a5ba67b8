"""Unquoted official titles: laws named by their subject, and concepts and plans with years.

- A law named after its cue and the state ("Law of the Republic of Kazakhstan On Public
  Procurement", "Закон Республики Казахстан об образовании") or with a capitalised title
  word ("Law On Education", "Закон Об образовании"): the mention is the title alone
  ("On Public Procurement", "об образовании"), as the quoted form would be.
- A concept, strategy, plan or programme dated after its complement ("Концепция развития
  высшего образования и науки на 2023–2029 годы") or, where names precede their cue,
  before it ("... дамытудың 2023 – 2029 жылдарға арналған тұжырымдамасы"): the name keeps
  its head and years, and the state's name that opens it ("Қазақстан Республикасының").

Per-language data (``pipeline/lang/<code>/programs.py``): ``STATE_AFTER`` / ``STATE_BEFORE``
(the state's name next to a cue), ``TITLE_WORD`` (the word that opens a law's title),
``YEARS_AFTER`` / ``YEARS_BEFORE`` (a dating phrase after a name / right before the cue),
``DATED_KINDS``.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.doc.spans import Span
from pipeline.lang import data
from pipeline.stages.extract.programs.lexicon import Candidate, Cue, Lexicon
from pipeline.stages.extract.programs.words import Words, sentence_initial

MAX_BACK = 8  # words a dated name may run back over before its years


@cache
def _patterns(lang: str) -> dict[str, re.Pattern[str] | None]:
    d = data(lang, "programs")

    def rx(name: str, flags: int = 0) -> re.Pattern[str] | None:
        value = getattr(d, name, "")
        return re.compile(value, flags) if value else None

    return {"state_after": rx("STATE_AFTER"), "state_before": rx("STATE_BEFORE"),
            "title": rx("TITLE_WORD"), "years_after": rx("YEARS_AFTER"),
            "years_before": rx("YEARS_BEFORE")}


def skip_state(text: str, pos: int, lex: Lexicon) -> int:
    """``pos`` moved past the state's name that follows a cue there ("Республики Казахстан")."""
    state = _patterns(lex.lang)["state_after"]
    m = state.match(text, pos) if state else None
    return m.end() if m else pos


def law_title(words: Words, cue: Cue, lex: Lexicon, complement) -> Candidate | None:
    """A law's unquoted title after its cue (see the module docstring); ``complement`` is
    the rules' reader of a lower-case complement, ``(words, pos, lex) -> span | None``."""
    title = _patterns(lex.lang)["title"]
    if cue.kind != "law" or title is None:
        return None
    text = words.text
    pos = skip_state(text, cue.end, lex)
    m = title.match(text, pos)
    if m is None or (pos == cue.end and not m.group(1)[:1].isupper()):
        return None  # "Law on Science", "закон о науке": the fixed name keeps its cue
    start = m.start(1)
    rest = _capitalised(words, m.end(1), lex) or complement(words, m.end(1), lex)
    if rest is None:
        return None
    return Candidate(start, rest.end, start, rest.end, "law", cue, False, "law-title")


def _capitalised(words: Words, pos: int, lex: Lexicon) -> Span[None] | None:
    """Capitalised name words (and joiners inside) right after ``pos``: "| Public Procurement"."""
    taken: list[Span[None]] = []
    for span in words.after(pos):
        w = words.word(span)
        if (lex.name_word.match(w) and not w.isdigit()) or (taken and lex.joiner.match(w)):
            taken.append(span)
        else:
            break
    while taken and lex.joiner.match(words.word(taken[-1])):
        taken.pop()
    return Span(taken[0].start, taken[-1].end) if taken else None


def years_after(text: str, end: int, lex: Lexicon) -> int:
    """``end`` moved past a dating phrase right after it ("| на 2023–2029 годы")."""
    years = _patterns(lex.lang)["years_after"]
    m = years.match(text, end) if years else None
    return m.end() if m else end


def dated_opening(words: Words, cue: Cue, lex: Lexicon, complement) -> Candidate | None:
    """A capitalised cue opening its sentence with a complement and years ("Концепция
    развития ... на 2023–2029 годы утверждена")."""
    text = words.text
    if cue.kind not in getattr(data(lex.lang, "programs"), "DATED_KINDS", ()) \
            or not text[cue.start].isupper() or not sentence_initial(text, cue.start):
        return None
    comp = complement(words, cue.end, lex)
    end = years_after(text, comp.end, lex) if comp else cue.end
    if comp is None or end == comp.end:
        return None
    return Candidate(cue.start, end, cue.start, end, cue.kind, cue, False, "dated")


def dated_before(words: Words, start: int, cue: Cue, lex: Lexicon, alone: bool = True
                 ) -> int | None:
    """Where a name dated right before ``start`` begins ("Қазақстан Республикасының жоғары
    білім ... | 2023 – 2029 жылдарға арналған | тұжырымдамасы"): back over lower-case content
    words and the state's name; None when no dating phrase ends at ``start``, or when
    ``alone`` is off and no word names the dated thing ("Үкімет | 2023 – 2029 жылдарға
    арналған тұжырымдаманы" is "the concept for 2023-2029", not a name)."""
    p = _patterns(lex.lang)
    if p["years_before"] is None:
        return None
    m = p["years_before"].search(words.text, max(0, start - 60), start)
    if m is None or m.end() != start:
        return None
    first = m.start()
    taken = 0
    for span in words.before(first):
        w = words.word(span)
        if taken >= MAX_BACK or (w.casefold() in lex.stop_words and not lex.joiner.match(w)) \
                or not w.islower():
            break
        first, taken = span.start, taken + 1
    state = p["state_before"]
    before = state.search(words.text, max(0, first - 40), first) if state else None
    if before and words.text[before.end():first].strip() == "":
        first, taken = before.start(), taken + 1
    return first if taken or alone else None
