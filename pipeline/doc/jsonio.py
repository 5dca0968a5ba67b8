"""JSON in and out, in one place: strict JSON, atomic writes, stable key order, schemas.

Strict: ``NaN`` and ``Infinity`` are not JSON, so writing one raises ``ValueError``
(``allow_nan=False``) instead of producing a file no parser accepts. Schemas are
compiled once per process (fastjsonschema), so checking every record costs little.
"""

from __future__ import annotations

import copy
import json
import os
import tempfile
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

SCHEMA_VERSION = "1.0"
TEMP_SUFFIX = ".tmp"  # every temporary file of ours ends so; stale ones are cleaned by name


class SchemaError(ValueError):
    """Data that does not match its JSON Schema."""


def dumps(data: Any) -> str:
    """Stable, readable, strict JSON: sorted keys, real UTF-8 letters, no NaN/Infinity."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1, allow_nan=False)


def dumps_line(data: Any) -> str:
    """One compact strict JSON line (no newline at the end)."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, allow_nan=False)


@cache
def _umask() -> int:
    # os.umask can only be read by setting it; done once per process, before any thread writes.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def file_mode() -> int:
    """The mode a new file gets under the process umask (mkstemp alone gives 0600)."""
    return 0o666 & ~_umask()


def temp_file(folder: Path, name: str) -> tuple[int, str]:
    """A new temporary file beside ``folder/name`` (open fd, path), mode set by the umask."""
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=TEMP_SUFFIX)
    os.fchmod(fd, file_mode())
    return fd, tmp


def write_atomic(path: Path, text: str | Iterable[str]) -> None:
    """Write ``text`` (or its pieces) via a temporary file and a rename: never half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = temp_file(path.parent, path.name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            for piece in [text] if isinstance(text, str) else text:
                f.write(piece)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_json(path: Path, data: Any) -> None:
    """Atomically write one JSON document."""
    write_atomic(path, dumps(data) + "\n")


def write_jsonl(path: Path, rows: Iterable[Any]) -> None:
    """Atomically write JSON lines (one compact object per line)."""
    write_atomic(path, (dumps_line(r) + "\n" for r in rows))


def read_json(path: Path) -> Any:
    with path.open(encoding="utf-8") as f:
        return json.load(f)


@cache
def schema(name: str) -> dict[str, Any]:
    """The JSON Schema of an output file, e.g. ``schema("documents")``."""
    schemas = resources.files("pipeline.doc.schemas")
    text = schemas.joinpath(f"{name}.schema.json").read_text("utf-8")
    return json.loads(text)


@cache
def validator(name: str, items_of: str | None = None) -> Callable[[Any], Any]:
    """A compiled check of schema ``name``, or of one item of its array ``items_of``."""
    import fastjsonschema

    full = _draft7(copy.deepcopy(schema(name)))  # compiling rewrites a schema's refs in place
    target = full
    if items_of is not None:
        target = {**full["properties"][items_of]["items"], "$defs": full.get("$defs", {})}
    return fastjsonschema.compile(target)


def _draft7(node: Any) -> Any:
    """The 2020-12 keywords our schemas use, in the draft-07 words fastjsonschema knows
    (``dependentRequired`` and ``dependentSchemas`` are draft-07's ``dependencies``)."""
    if isinstance(node, dict):
        deps = {**node.pop("dependentRequired", {}), **node.pop("dependentSchemas", {})}
        if deps:
            node["dependencies"] = deps
        for value in node.values():
            _draft7(value)
    elif isinstance(node, list):
        for value in node:
            _draft7(value)
    return node


def validate(name: str, data: Any, items_of: str | None = None) -> None:
    """Raise ``SchemaError`` if ``data`` does not match schema ``name`` (or one item of it)."""
    import fastjsonschema

    try:
        validator(name, items_of)(data)
    except fastjsonschema.JsonSchemaValueException as e:
        where = f"{name}.{items_of}[]" if items_of else name
        raise SchemaError(f"{where}: {e.message}") from e
