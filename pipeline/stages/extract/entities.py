"""The NER stage: the configured backend per section language, adapted to Mention records."""

from __future__ import annotations

from itertools import groupby

from pipeline.doc.records import Document, Mention, Section, sort_mentions
from pipeline.ner import backends
from pipeline.ner.backends import Found, Spec
from pipeline.ner.backends.labels import unify
from pipeline.ner.registry import NerConfig, resolve


def find_entities_batch(doc: Document, sections: list[Section],
                        config: NerConfig) -> list[Mention]:
    """Entities of ``sections``: one batched backend call per language, document offsets."""
    mentions: list[Mention] = []
    todo = sorted((s for s in sections if s.text.strip()), key=lambda s: (s.lang, s.start))
    for lang, group in groupby(todo, key=lambda s: s.lang):
        spec = resolve(config, lang)
        if spec is None:  # no backend for this language ("other", or switched off)
            continue
        batch = list(group)
        found = backends.runner(spec)([s.text for s in batch])
        for section, spans in zip(batch, found, strict=True):
            mentions.extend(adapt(doc, section, spans, spec))
    return sort_mentions(mentions)


def find_entities(doc: Document, section: Section, config: NerConfig | None = None
                  ) -> list[Mention]:
    """Entities of one section (the extractor contract); prefer the batch form for many."""
    return find_entities_batch(doc, [section], config or NerConfig())


def adapt(doc: Document, section: Section, spans: list[Found], spec: Spec) -> list[Mention]:
    """Backend spans in ``section.text`` -> unified mentions with document offsets."""
    source = backends.source(spec)
    mentions = []
    for span in spans:
        label = unify(span.label)
        start, end = _trim(section.text, span.start, span.end)
        if label is None or start >= end or not _wordlike(section.text[start:end]):
            continue
        mentions.append(Mention(
            doc=doc.id, section=section.id, lang=section.lang,
            start=section.start + start, end=section.start + end,
            text=section.text[start:end], label=label, source=source, score=span.score))
    return mentions


def _wordlike(text: str) -> bool:
    """A name has letters and is no e-mail address or URL (models tag those as LOC/ORG)."""
    return any(c.isalpha() for c in text) and "@" not in text and "://" not in text \
        and not text.startswith("www.")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without surrounding whitespace (some tokenizers keep it in a span)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
