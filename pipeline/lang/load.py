"""Build a topic's dataclass from a data module's constants, checking every field.

A data module names its fields in UPPER_CASE (``HEADS`` for the field ``heads``); names
with a leading underscore are the module's own helpers. An unknown, missing or wrongly
typed field raises :class:`LanguageDataError` naming the language, the topic and the field.
"""

from __future__ import annotations

import importlib
import types
from collections.abc import Callable, Mapping
from dataclasses import MISSING, fields
from difflib import get_close_matches
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

from pipeline.lang.schema import Topic

T = TypeVar("T", bound=Topic)


class LanguageDataError(ValueError):
    """Language data that does not fit its topic's schema (the message names the field)."""


def load(module: str, lang: str, topic: type[T]) -> T:
    """The ``topic`` instance built from the constants of the data module ``module``."""
    try:
        constants = vars(importlib.import_module(module))
    except ModuleNotFoundError as e:
        if not e.name or not (module == e.name or module.startswith(e.name + ".")):
            raise  # the module is there but needs a package that is not installed
        raise LanguageDataError(f"language {lang!r}: no {topic.topic} data "
                                f"(add {module.replace('.', '/')}.py)") from e
    return build(topic, constants, lang)


def build(topic: type[T], constants: Mapping[str, object], lang: str) -> T:
    """An instance of ``topic`` from UPPER_CASE ``constants``, refusing unknown, missing and
    wrongly typed fields."""
    where = f"language {lang!r}, topic {topic.topic!r}"
    given = {name.lower(): value for name, value in constants.items()
             if name.isupper() and not name.startswith("_")}
    known = {f.name: f for f in fields(topic)}
    for name in sorted(set(given) - set(known)):
        close = get_close_matches(name, known, n=1)
        hint = f" (did you mean {close[0].upper()}?)" if close else ""
        raise LanguageDataError(f"{where}: unknown field {name.upper()}{hint}")
    for name, f in known.items():
        if name not in given and f.default is MISSING and f.default_factory is MISSING:
            raise LanguageDataError(f"{where}: missing field {name.upper()}")
    instance = topic(**given)
    check(instance, lang)
    return instance


def check(instance: Topic, lang: str) -> None:
    """Raise :class:`LanguageDataError` if a field of ``instance`` has the wrong type."""
    topic = type(instance)
    hints = get_type_hints(topic)
    for f in fields(instance):
        value = getattr(instance, f.name)
        if not fits(value, hints[f.name]):
            raise LanguageDataError(
                f"language {lang!r}, topic {topic.topic!r}: field {f.name.upper()} "
                f"should be {_name(hints[f.name])}, not {_shown(value)}")


def fits(value: object, hint: Any) -> bool:
    """Whether ``value`` has the type ``hint`` (the few shapes language data uses)."""
    origin, args = get_origin(hint), get_args(hint)
    if origin in (Union, types.UnionType):
        return any(fits(value, a) for a in args)
    if hint is None or hint is type(None):
        return value is None
    if hint in (int, float):  # a bool is no number here; an int is a float
        kinds = (int,) if hint is int else (int, float)
        return isinstance(value, kinds) and not isinstance(value, bool)
    if origin is None:
        return isinstance(value, hint)
    if origin is Callable:
        return callable(value)
    if origin is tuple:
        return isinstance(value, tuple) and _items_fit(value, args)
    if origin in (frozenset, set):
        return isinstance(value, origin) and all(fits(v, args[0]) for v in value)
    if origin in (Mapping, dict):
        return isinstance(value, Mapping) and all(
            fits(k, args[0]) and fits(v, args[1]) for k, v in value.items())
    raise TypeError(f"no check for {hint!r}")


def _items_fit(value: tuple, args: tuple) -> bool:
    if len(args) == 2 and args[1] is Ellipsis:
        return all(fits(v, args[0]) for v in value)
    return len(value) == len(args) and all(fits(v, a) for v, a in zip(value, args, strict=True))


def _name(hint: Any) -> str:
    return hint.__name__ if isinstance(hint, type) else str(hint).replace("collections.abc.", "")


def _shown(value: object) -> str:
    text = repr(value)
    return f"{type(value).__name__} {text[:60]}{'...' if len(text) > 60 else ''}"
