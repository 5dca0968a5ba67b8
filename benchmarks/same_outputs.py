"""Are two output sets the same? Every JSON and JSONL file compared, apart from run details.

``python -m benchmarks.same_outputs OLD NEW`` exits 0 when the two sets hold the same
records, and 1 with the first differences otherwise. Ignored, because they say how and
where a run happened rather than what it found: the manifest's versions, timings, dates,
hashes and model paths, and each document's input path. Used to check that a change of
structure changes no output (issue 10).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

# Keys whose values describe the run, not its results (anywhere in manifest.json; ``path``
# also in documents.json, since two checkouts read the same inputs from different places).
RUN_KEYS = {"manifest.json": {"versions", "library_versions", "timings", "started", "finished",
                              "seconds", "files", "models_dir", "path", "models", "created",
                              "duration", "hostname", "python", "tilmash", "output",
                              "inputs"},
            "documents.json": {"path"}}


def _load(path: Path) -> Any:
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    return json.loads(path.read_text("utf-8"))


def _strip(value: Any, keys: set[str]) -> Any:
    if isinstance(value, dict):
        return {k: _strip(v, keys) for k, v in value.items() if k not in keys}
    if isinstance(value, list):
        return [_strip(v, keys) for v in value]
    return value


def _first_difference(a: Any, b: Any, where: str) -> str | None:
    if type(a) is not type(b):
        return f"{where}: {type(a).__name__} vs {type(b).__name__}"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{where}.{key}: only in {'new' if key not in a else 'old'}"
            found = _first_difference(a[key], b[key], f"{where}.{key}")
            if found:
                return found
        return None
    if isinstance(a, list):
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            found = _first_difference(x, y, f"{where}[{i}]")
            if found:
                return found
        return f"{where}: {len(a)} vs {len(b)} items" if len(a) != len(b) else None
    return None if a == b else f"{where}: {a!r} vs {b!r}"


def differences(old: Path, new: Path) -> list[str]:
    """The first difference of each output file that differs between two sets."""
    names = {p.relative_to(root).as_posix() for root in (old, new)
             for p in root.rglob("*") if p.suffix in (".json", ".jsonl")
             and ".cache" not in p.relative_to(root).parts}
    found = []
    for name in sorted(names):
        if not (old / name).exists() or not (new / name).exists():
            found.append(f"{name}: only in {'new' if not (old / name).exists() else 'old'}")
            continue
        keys = RUN_KEYS.get(name, set())
        diff = _first_difference(_strip(_load(old / name), keys), _strip(_load(new / name), keys),
                                 name)
        if diff:
            found.append(diff)
    return found


def main(argv: list[str] | None = None) -> int:
    """Compare two output folders; print the differences and return 1 if any."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    found = differences(args.old, args.new)
    for line in found:
        print(line)
    print(f"{'identical' if not found else f'{len(found)} files differ'}: {args.old} vs {args.new}")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
