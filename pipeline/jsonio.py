"""JSON in and out, in one place: atomic writes, stable key order, schemas."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

SCHEMA_VERSION = "1.0"


def dumps(data: Any) -> str:
    """Stable, readable JSON: sorted keys, real UTF-8 letters."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file and a rename, so readers never see half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
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
    lines = (json.dumps(r, ensure_ascii=False, sort_keys=True) for r in rows)
    write_atomic(path, "".join(line + "\n" for line in lines))


def read_json(path: Path) -> Any:
    with path.open(encoding="utf-8") as f:
        return json.load(f)


@cache
def schema(name: str) -> dict[str, Any]:
    """The JSON Schema of an output file, e.g. ``schema("documents")``."""
    text = resources.files("pipeline.schemas").joinpath(f"{name}.schema.json").read_text("utf-8")
    return json.loads(text)


def validate(name: str, data: Any) -> None:
    """Raise ``jsonschema.ValidationError`` if ``data`` does not match schema ``name``."""
    import jsonschema

    jsonschema.validate(data, schema(name), cls=jsonschema.Draft202012Validator)
