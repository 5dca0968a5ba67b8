"""Organisation names written all in lower case: "халықаралық еңбек ұйымы".

Kazakh prints some names without capitals. Such a name is found when a lowercase word that
opens names (``LOWERCASE_OPENERS``: халықаралық, ұлттық, мемлекеттік) stands before one to
three words that may stand in a name before its head (the language's ``LEFT_WORDS`` or
words of the field's lexicon), and then a head word: "ұлттық статистика бюросы". A word
that places the body ("деңгейдегі") breaks it; an opener and a head alone ("халықаралық
ұйымы", an international organisation) are no name; a quoted name right before the opener
is part of it. Languages that capitalise names have no openers.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.doc.spans import Span
from pipeline.lang import data
from pipeline.lang.schema import Organisations
from pipeline.merge.lexicon import concept_of
from pipeline.stages.extract.organisations.rules import rules

MAX_BETWEEN = 3  # words between the opener and the head
_WORD = re.compile(r"[^\W\d_][\w‐‑-]*")


@cache
def _opener(lang: str) -> re.Pattern[str]:
    return re.compile(f"(?:{data(lang, Organisations).lowercase_openers})")


def lowercase_names(text: str, lang: str) -> list[Span[None]]:
    """Spans of lowercase organisation names of ``text`` (see the module)."""
    r, opener = rules(lang), _opener(lang)
    words = list(_WORD.finditer(text))
    out: list[Span[None]] = []
    for i, w in enumerate(words):
        if not opener.fullmatch(w.group()) or (i and _joined(text, words[i - 1], w)
                                               and w.group()[:1].isupper()):
            continue
        for j in range(i + 1, min(i + MAX_BETWEEN + 2, len(words))):
            word = words[j].group()
            if not word.islower() or not _joined(text, words[j - 1], words[j]):
                break
            if j > i + 1 and r.head.fullmatch(word):
                out.append(Span(_quoted_start(text, w.start()), words[j].end()))
                break
            if r.not_name_ending.fullmatch(word) or not (
                    r.left.fullmatch(word) or concept_of(word, lang) is not None):
                break
    return out


def _quoted_start(text: str, start: int) -> int:
    """Where the name starts: at a quoted name right before it, as the head rules take it
    («Самұрық-Қазына» ұлттық әл-ауқат қоры), else at its opener."""
    from pipeline.stages.extract.organisations.names import QUOTED_BEFORE  # names imports us

    before = QUOTED_BEFORE.search(text, max(0, start - 100), start)
    return before.start(1) if before and before.group(1)[1:2].isupper() else start


def _joined(text: str, a: re.Match[str], b: re.Match[str]) -> bool:
    """Two words with only spaces between them, on one line."""
    return re.fullmatch(r"[ \t\u00a0]+", text[a.end():b.start()]) is not None
