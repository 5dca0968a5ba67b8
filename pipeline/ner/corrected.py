"""Training examples from a linguist's corrections (``tilmash train LANG --corrections``).

Each corrected sentence (the ``context`` the view stores with every correction) becomes a
spaCy Doc in which the confirmed, added, relabelled and re-bounded spans are entities, the
rejected spans are explicitly outside any entity, and every other token is missing: the
model is not told that a name nobody looked at is not a name.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from pipeline.corrections.gold import judged
from pipeline.corrections.read import Correction


def _contexts(corrections: Sequence[Correction], lang: str
              ) -> dict[tuple[str, int, str], tuple[list, list]]:
    """(doc, context start, context text) -> (gold spans, rejected spans) in context offsets."""
    mine = [c for c in corrections if c.lang == lang and c.context.get("text")]
    where = {(c.doc, c.start, c.end): c.context for c in mine}
    where.update({(c.doc, *c.old_key[:2]): c.context for c in mine})
    found: dict[tuple[str, int, str], tuple[list, list]] = {}
    for doc, j in judged(mine).items():
        for keys, slot in ((j.gold, 0), (j.wrong, 1)):
            for start, end, label in keys:
                ctx = where.get((doc, start, end))
                if ctx is None:
                    continue
                base, text = int(ctx.get("start", 0)), str(ctx["text"])
                spans = found.setdefault((doc, base, text), ([], []))
                spans[slot].append((start - base, end - base, label))
    return found


def corrected_docs(nlp: Any, corrections: Sequence[Correction], lang: str) -> Iterator[Any]:
    """spaCy Docs of the corrected sentences of ``lang``, partially annotated."""
    from spacy.util import filter_spans

    for (_, _, text), (gold, wrong) in sorted(_contexts(corrections, lang).items()):
        doc = nlp.make_doc(text)
        ents = filter_spans([s for s in (doc.char_span(a, b, label, alignment_mode="contract")
                                         for a, b, label in gold if 0 <= a < b <= len(text))
                             if s is not None and len(s)])
        taken = {i for e in ents for i in range(e.start, e.end)}
        outside = [s for s in (doc.char_span(a, b, alignment_mode="contract")
                               for a, b, _ in wrong if 0 <= a < b <= len(text))
                   if s is not None and len(s) and not taken & set(range(s.start, s.end))]
        doc.set_ents(ents, outside=filter_spans(outside), default="missing")
        yield doc
