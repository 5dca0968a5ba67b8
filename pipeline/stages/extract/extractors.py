"""The extractors, registered by (stage, language) with what each needs, checked at build.

Like Stanza's processors, every extractor declares its requirements: the language's data
(``pipeline/lang/<code>/<topic>.py``), an NER backend for the language, labels another
stage provides ("PER from entities"), or the organisation registry's index. ``build(config)``
picks, for every language, the extractor of each stage the configuration switches on (one
registered for that language, else the one for ``"*"``) and checks what it needs before any
text is read. A hard requirement that is missing raises ``ConfigError`` naming the
extractor and the requirement; an optional one that is switched off (``--no-entities``,
``--no-registry``) leaves the extractor running without it, as it always has, and is
listed in ``Plan.degraded``. Which section kinds an extractor reads:
``pipeline.stages.extract.routing``.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from pipeline.doc.errors import ConfigError, TilmashError
from pipeline.doc.records import LANGS
from pipeline.lang import LanguageDataError
from pipeline.lang import data as lang_data
from pipeline.lang.schema import TOPICS

if TYPE_CHECKING:
    from pipeline.stages.extract.document import ExtractConfig

ANY = "*"  # an extractor for every language that has none of its own
NER_LABELS = ("ORG", "PER", "LOC", "PROGRAM", "MONEY", "PERCENT", "DATE", "CARDINAL")


@dataclass(frozen=True)
class Need:
    """One requirement: a data topic, the language's NER backend, a stage's label, the index."""

    kind: Literal["data", "ner", "stage", "index"]
    what: str = ""  # the data topic, or the stage whose ``label`` is needed
    label: str = ""
    optional: bool = False  # without it the extractor runs with less instead of failing

    def __str__(self) -> str:
        if self.kind == "data":
            return f"the language's {self.what} data"
        if self.kind == "ner":
            return "an NER backend for the language"
        if self.kind == "stage":
            return f"{self.label} from {self.what}" if self.label else f"the {self.what} stage"
        return "the organisation registry's index"


def data(topic: str) -> Need:
    """Needs ``pipeline/lang/<code>/<topic>.py``."""
    return Need("data", topic)


def stage(name: str, label: str = "", optional: bool = True) -> Need:
    """Needs what stage ``name`` finds (its ``label`` mentions, when given)."""
    return Need("stage", name, label, optional)


NER = Need("ner")
INDEX = Need("index", optional=True)  # no index (--no-registry): names without ROR ids


@dataclass(frozen=True)
class Extractor:
    """One stage's implementation for one language (or ``"*"``), with what it needs."""

    stage: str
    lang: str
    function: str | Callable[..., Any]  # or "module:function", imported when first called
    needs: tuple[Need, ...] = ()
    provides: tuple[str, ...] = ()  # mention labels it finds

    def load(self) -> Callable[..., Any]:
        """The extractor's function."""
        return _load(self.function) if isinstance(self.function, str) else self.function


@cache
def _load(path: str) -> Callable[..., Any]:
    module, _, name = path.partition(":")
    found: Callable[..., Any] = getattr(importlib.import_module(module), name)
    return found


@dataclass
class Registry:
    """Extractors by (stage, language), in the order they were registered."""

    extractors: dict[tuple[str, str], Extractor] = field(default_factory=dict)

    def register(self, extractor: Extractor) -> Extractor:
        """Add ``extractor``; a second one for the same (stage, language) is an error."""
        key = (extractor.stage, extractor.lang)
        if key in self.extractors:
            raise ValueError(f"an extractor is already registered for {key}")
        self.extractors[key] = extractor
        return extractor

    def stages(self) -> list[str]:
        """Every stage with an extractor, in registration order."""
        return list(dict.fromkeys(stage for stage, _ in self.extractors))

    def lookup(self, stage_name: str, lang: str) -> Extractor | None:
        """The extractor of ``stage_name`` for ``lang``: its own, else the ``"*"`` one."""
        found = self.extractors.get((stage_name, lang))
        return found or self.extractors.get((stage_name, ANY))

    def copy(self) -> Registry:
        """A registry holding the same extractors (to register more without touching this)."""
        return Registry(dict(self.extractors))


REGISTRY = Registry()
_EXTRACT = "pipeline.stages.extract"
for _extractor in (  # flow order; the stages run by ``pipeline.stages.extract.document.extract``
    Extractor("entities", ANY, f"{_EXTRACT}.entities:find_entities_batch", (NER,), NER_LABELS),
    Extractor("gate", ANY, f"{_EXTRACT}.gate:gate", (stage("entities"),)),
    Extractor("organisations", ANY, f"{_EXTRACT}.organisations.names:find_organisations",
              (data("organisations"), stage("entities", "PER")), ("ORG", "LOC")),
    Extractor("affiliations", ANY, f"{_EXTRACT}.organisations.affiliations:find_affiliations",
              (data("registry"), data("organisations"), INDEX), ("ORG",)),
    Extractor("programs", ANY, f"{_EXTRACT}.programs:find_programs",
              (data("programs"), data("organisations"), stage("entities", "PROGRAM")),
              ("PROGRAM",)),
    Extractor("figures", ANY, f"{_EXTRACT}.figures:find_figures", (data("numbers"),),
              ("MONEY", "PERCENT", "DATE", "CARDINAL", "QUANTITY")),
    Extractor("established", ANY, f"{_EXTRACT}.organisations.established:find_established",
              (data("organisations"), stage("organisations", "ORG", optional=False)),
              ("ORG",)),
    Extractor("linking", ANY, f"{_EXTRACT}.organisations.affiliations:link_mentions",
              (stage("organisations", "ORG", optional=False), INDEX)),
    Extractor("project", ANY, f"{_EXTRACT}.project:project", (data("programs"), data("lexicon")),
              ("ORG", "PROGRAM")),
):
    REGISTRY.register(_extractor)


def switched_on(config: ExtractConfig, lang: str) -> dict[str, bool]:
    """Stage -> whether ``config`` runs it for ``lang`` (the ``--no-...`` switches)."""
    from pipeline.ner.registry import resolve

    entities = config.entities and resolve(config.ner, lang) is not None
    return {"entities": entities, "gate": config.ner_gate,
            "organisations": config.organisations, "affiliations": config.organisations,
            "programs": config.programs, "figures": config.figures,
            "established": config.organisations, "linking": config.organisations,
            "project": config.project}


@dataclass(frozen=True)
class Plan:
    """The extractor each stage runs per language, checked; what runs without a need."""

    steps: dict[tuple[str, str], Extractor]
    degraded: tuple[str, ...] = ()  # "organisations (kk) needs PER from entities: ..."

    def runs(self, stage_name: str, lang: str) -> bool:
        """Whether ``stage_name`` runs for ``lang``."""
        return (stage_name, lang) in self.steps

    def function(self, stage_name: str, lang: str) -> Callable[..., Any]:
        """The function of the extractor ``stage_name`` runs for ``lang``."""
        return self.steps[(stage_name, lang)].load()


def build(config: ExtractConfig, registry: Registry = REGISTRY,
          langs: Iterable[str] = LANGS) -> Plan:
    """The checked plan of ``config``: raise ConfigError naming the extractor and what it
    lacks, before any text is read."""
    langs = tuple(langs)
    steps: dict[tuple[str, str], Extractor] = {}
    for lang in langs:
        on = switched_on(config, lang)
        for name in registry.stages():
            extractor = registry.lookup(name, lang)
            if extractor is not None and on.get(name, True):
                steps[(name, lang)] = extractor
    problems: dict[tuple[str, str], dict[str, list[str]]] = {}  # (need, why) -> stage -> langs
    degraded: list[str] = []
    for (_, lang), extractor in steps.items():
        for need in extractor.needs:
            missing = _missing(need, lang, steps, config)
            if missing is None:
                continue
            reason, off = missing
            if need.optional and off:
                degraded.append(f"{extractor.stage} ({lang}) needs {need}: {reason}")
            else:
                who = problems.setdefault((str(need), reason), {})
                who.setdefault(extractor.stage, []).append(lang)
    if problems:
        raise ConfigError("the extract stage cannot be built:\n  " + "\n  ".join(
            f"{_names(who)} need{'s' if len(who) == 1 else ''} {need}: {reason}"
            for (need, reason), who in problems.items()))
    return Plan(steps, tuple(degraded))


def _names(who: dict[str, list[str]]) -> str:
    """``{"affiliations": ["en", "kk"]}`` -> "affiliations (en, kk)"."""
    return " and ".join(f"{stage_name} ({', '.join(langs)})" for stage_name, langs in who.items())


def _missing(need: Need, lang: str, steps: dict[tuple[str, str], Extractor],
             config: ExtractConfig) -> tuple[str, bool] | None:
    """Why ``need`` is not met for ``lang``, and whether only because it is switched off
    (None: it is met)."""
    if need.kind == "data":
        return _data_missing(lang, need.what)
    if need.kind == "ner":
        return _ner_missing(config, lang)
    if need.kind == "stage":
        provider = steps.get((need.what, lang))
        if provider is None:
            return f"{need.what} is switched off", True
        if need.label and need.label not in provider.provides:
            return f"{need.what} ({provider.lang}) finds no {need.label}", False
        return None
    return _index_missing(config.registry.enabled, config.registry.index)


def _data_missing(lang: str, topic: str) -> tuple[str, bool] | None:
    """Why language ``lang`` has no usable ``topic`` data (loaded and checked by its schema)."""
    schema = {t.topic: t for t in TOPICS}.get(topic)
    if schema is None:
        return f"no language data topic {topic!r}", False
    try:
        lang_data(lang, schema)
    except (KeyError, LanguageDataError) as e:
        return str(e).strip("'\""), False
    return None


def _ner_missing(config: ExtractConfig, lang: str) -> tuple[str, bool] | None:
    """Why the NER backend of ``lang`` cannot be loaded (the backend's own fix)."""
    from pipeline.ner import backends
    from pipeline.ner.registry import resolve

    spec = resolve(config.ner, lang)
    if spec is None:
        return "none is configured (--ner LANG=none)", True
    try:
        backends.check(spec)
    except ConfigError as e:
        return str(e), False
    return None


@cache
def _index_missing(enabled: bool, index: str) -> tuple[str, bool] | None:
    """Why the registry's index cannot be read (a chosen index is read once, here)."""
    from pipeline.registry.index import default_path, get_index

    if not enabled:
        return "the registry is switched off", True
    if not index:
        shipped = default_path()
        return None if shipped.is_file() else (f"{shipped} is missing", False)
    try:
        get_index(index)
    except TilmashError as e:
        return str(e), False
    return None


@cache
def planned(config: ExtractConfig) -> Plan:
    """``build(config)`` with the default registry, once per configuration and process."""
    return build(config)
