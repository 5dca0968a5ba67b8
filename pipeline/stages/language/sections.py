"""Language stage: a language for every section and sentence, and the abstract set.

The text decides first (``pipeline.stages.language.identify``). Short front-matter sections
(author names, a one-line affiliation) carry little evidence, so inside a
front-matter group they take the language of the group's abstract: the
journals print each group in one language.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.doc.records import LANGS, Document, FigureMention, Section, Sentence
from pipeline.stages.language.identify import identify, identify_sentences
from pipeline.stages.segment.lines import letter_languages, script_language

SHORT_WORDS = 12  # below this many words a front-matter section follows its group
ABSTRACT_SET_KINDS = ("abstract", "title", "keywords")


def identify_sections(doc: Document) -> Document:
    """Set ``lang``, ``lang_score`` and ``sentences`` on every section of ``doc``."""
    sections = [_identify(s) for s in doc.sections]
    group_langs = {
        s.group: (s.lang, s.lang_score)
        for s in sections
        if s.kind == "abstract" and s.group is not None and s.lang != "other"
    }
    sections = [_follow_group(s, group_langs) for s in sections]
    doc = replace(doc, sections=tuple(sections))
    return replace(doc, abstract_set=abstract_set(doc))


def _identify(section: Section) -> Section:
    lang, score = identify(section.text)
    sentences = tuple(
        Sentence(s.start + section.start, s.end + section.start, s.lang, s.score)
        for s in identify_sentences(section.text)
    ) if section.kind not in ("table", "references") else ()
    return replace(section, lang=lang, lang_score=round(score, 4), sentences=sentences)


def _follow_group(section: Section, group_langs: dict[int, tuple[str, float]]) -> Section:
    if section.group is None or section.group not in group_langs or section.kind == "abstract":
        return section
    lang, score = group_langs[section.group]
    if section.lang == lang:
        return section
    fitting = letter_languages(section.text, min_words=2)
    if fitting and lang not in fitting and section.lang in fitting:
        return section  # a Russian affiliation on an English page stays Russian
    if len(section.text.split()) < SHORT_WORDS or section.lang == "other":
        return replace(section, lang=lang, lang_score=round(min(score, 0.9), 4))
    return section


def abstract_set(doc: Document) -> dict[str, dict[str, str]]:
    """For each language, the section ids of its abstract, title and keywords."""
    result: dict[str, dict[str, str]] = {}
    for group in sorted({s.group for s in doc.sections if s.group is not None}):
        members = [s for s in doc.sections if s.group == group]
        abstract = next((s for s in members if s.kind == "abstract"), None)
        if abstract is None or abstract.lang == "other" or abstract.lang in result:
            continue
        entry: dict[str, str] = {}
        for kind in ABSTRACT_SET_KINDS:
            found = next((s for s in members if s.kind == kind), None)
            if found is not None:
                entry[kind] = found.id
        result[abstract.lang] = entry
    return dict(sorted(result.items()))


def assign_mention_languages(doc: Document) -> Document:
    """A name's language is that of its own letters: a Latin-script name in a Kazakh
    sentence is English, a Cyrillic name in an English one Russian or Kazakh (figures keep
    their section's language)."""
    mentions = tuple(
        m if m.lang not in LANGS or isinstance(m, FigureMention)
        else replace(m, lang=script_language(m.text, m.lang))
        for m in doc.mentions
    )
    return replace(doc, mentions=mentions)
