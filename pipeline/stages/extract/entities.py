"""The NER stage: the configured backend per section language, adapted to Mention records."""

from __future__ import annotations

from dataclasses import replace
from itertools import groupby

from pipeline.doc.records import Document, Mention, Section, sort_mentions
from pipeline.doc.spans import Span, to_mention
from pipeline.ner import backends
from pipeline.ner.backends import Spec
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


def adapt(doc: Document, section: Section, spans: list[Span[None]], spec: Spec
          ) -> list[Mention]:
    """Backend spans in ``section.text`` -> unified mentions with document offsets."""
    source = (backends.source(spec),)
    mentions = []
    for found in spans:
        label = unify(found.label)
        span = _trim(section.text, Span(found.start, found.end, label or "", source,
                                        found.score))
        if label is None or span.start >= span.end \
                or not _wordlike(section.text[span.start:span.end]):
            continue
        mentions.append(to_mention(span, doc, section))
    return mentions


def _wordlike(text: str) -> bool:
    """A name has letters and is no e-mail address or URL (models tag those as LOC/ORG)."""
    return any(c.isalpha() for c in text) and "@" not in text and "://" not in text \
        and not text.startswith("www.")


def _trim(text: str, span: Span[None]) -> Span[None]:
    """``span`` without surrounding whitespace (some tokenizers keep it in a span)."""
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return replace(span, start=start, end=end)
