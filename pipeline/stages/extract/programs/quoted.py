"""Quoted names in every quote style, with a cue word beside them or at their own edge."""

from __future__ import annotations

import re

from pipeline.lang import LANGUAGES, data
from pipeline.stages.extract.programs.lexicon import Candidate, Cue, Lexicon, Quote, find_quotes
from pipeline.stages.extract.programs.words import Words

MAX_QUOTED_WORDS = 20
MAX_EDGE_WORDS = 15  # a longer quotation with a cue word inside is a sentence, not a name
STATE_GAP = {lang: re.compile(gap) for lang in LANGUAGES
             if (gap := getattr(data(lang, "programs"), "STATE_AFTER", ""))}
YEARS_END = re.compile(r"\b(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)?\d\d)?\W*$")


def quoted_candidates(words: Words, lex: Lexicon, cues: list[Cue]) -> list[Candidate]:
    """Quoted names with a cue word just before or after them, or at their own edge."""
    text = words.text
    quotes = find_quotes(text, lex)
    found: list[Candidate] = []
    inherited: Candidate | None = None
    for quote in reversed(quotes):  # right to left: "A" and "B" programmes gives A the cue of B
        cand = _quoted(words, lex, quote, cues)
        if cand is None and inherited is not None and \
                lex.coordination.match(text[quote.end:inherited.start].replace(" the ", " ")):
            cand = Candidate(quote.start, quote.end, quote.inner_start, quote.inner_end,
                             inherited.kind, None, True, "quoted-coordinated")
        if cand is not None and _plausible_quote(text, quote):
            found.append(cand)
            inherited = cand
        else:
            inherited = None
    return found[::-1]


def _quoted(words: Words, lex: Lexicon, quote: Quote, cues: list[Cue]) -> Candidate | None:
    text = words.text
    after = [c for c in cues if c.start >= quote.end and _gap_to_cue(text[quote.end:c.start], lex)]
    before = [c for c in cues if c.end <= quote.start and lex.quote_after_cue
              and _gap_to_name(text[c.end:quote.start], lex)]
    name = (quote.inner_start, quote.inner_end)
    if after:
        cue = after[0]
        start = before[-1].start if before else quote.start
        return Candidate(start, cue.end, *name, cue.kind, cue, True, "quoted+cue")
    if before:
        cue = before[-1]
        start = modifiers_before(words, cue.start, lex)
        return Candidate(start, quote.end, *name, cue.kind, cue, True, "cue+quoted")
    inner = [c for c in cues if quote.inner_start <= c.start and c.end <= quote.inner_end]
    edge = [c for c in inner if _at_edge(text, quote, c, lex)]
    if edge:
        cue = edge[-1] if edge[-1].end >= quote.inner_end - 12 else edge[0]
        return Candidate(quote.start, quote.end, *name, cue.kind, cue, True, "quoted-cue")
    return None


def _plausible_quote(text: str, quote: Quote) -> bool:
    inner = text[quote.inner_start:quote.inner_end]
    return len(inner.split()) <= MAX_QUOTED_WORDS and any(ch.isalpha() for ch in inner)


def _gap_to_cue(gap: str, lex: Lexicon) -> bool:
    """Only spaces, a naming word and modifiers between a quoted name and the cue after it."""
    words = gap.split()
    if len(gap) > 60 or any(ch in gap for ch in ".,;:()\n"):
        return False
    while words and lex.naming.match(words[0]):
        words = words[1:]
    if words and lex.naming.match(" ".join(words[:3])):
        words = words[3:]
    return all(lex.modifier.match(w) for w in words)


def _gap_to_name(gap: str, lex: Lexicon) -> bool:
    """Only spaces, modifiers, a naming word and an article between a cue and a quoted name."""
    gap = STATE_GAP.get(lex.lang, re.compile("$^")).sub(" ", gap)  # Закон РК «Об образовании»
    if len(gap) > 40 or any(ch in gap for ch in ".;()\n"):
        return False
    words = [w for w in gap.replace(",", " ").split() if w.casefold() not in lex.articles]
    if not words:
        return "," not in gap
    rest = " ".join(w for w in words if not lex.modifier.match(w))
    return not rest or bool(lex.naming.match(rest))


def _at_edge(text: str, quote: Quote, cue: Cue, lex: Lexicon) -> bool:
    """A cue opening the quoted words after modifiers only ("State Program on ..."), or
    closing them where names stand before their cue (numbers and years may follow it)."""
    head = text[quote.inner_start:cue.start].split()
    tail = text[cue.end:quote.inner_end].split()
    inner = text[quote.inner_start:quote.inner_end]
    dated = bool(tail) and bool(YEARS_END.search(inner))  # "... for 2011-2020": a title
    limit = MAX_QUOTED_WORDS if dated else MAX_EDGE_WORDS
    if len(head) + len(tail) >= limit or ". " in inner or not inner[0].isupper():
        return False
    head = [w for w in head if w.casefold() not in lex.articles]
    if lex.cue_opens_quote and all(lex.modifier.match(w) for w in head):
        return True
    return lex.cue_ends_quote and all(any(ch.isdigit() for ch in w) for w in tail)


def modifiers_before(words: Words, pos: int, lex: Lexicon) -> int:
    """Where the modifiers right before ``pos`` begin ("State | Programme")."""
    start = pos
    for span in words.before(pos):
        if not lex.modifier.match(words.word(span)):
            break
        start = span.start
    return start
