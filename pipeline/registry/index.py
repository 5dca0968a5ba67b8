"""The registry index in memory, loaded once per process and path, lazily (the first
affiliation line that needs it). The file holds its lookups already inverted (name key ->
records, acronym -> records, place -> countries), so loading is one JSON parse."""

from __future__ import annotations

import gzip
import json
import threading
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path

from pipeline.doc.errors import TilmashError
from pipeline.registry.build import FORMAT, KEYS_VERSION
from pipeline.registry.normalise import words

DEFAULT_INDEX = "ror.json.gz"
ROR = "https://ror.org/"


@dataclass(frozen=True)
class Record:
    """One registry organisation."""

    id: str  # full ROR id, https://ror.org/...
    name: str  # the registry's display name
    country: str
    city: str
    parents: tuple[str, ...]
    status: int  # 0 active, 1 inactive, 2 withdrawn
    names: tuple[str, ...]  # display name first, then labels and aliases
    acronyms: tuple[str, ...]
    types: tuple[str, ...] = ()  # education, healthcare, facility, company, ...
    first_variant: int = 0  # names from here on are the registry's names minus a qualifier


class RegistryError(TilmashError):
    """The registry index is missing or not an index."""


class Index:
    """An index file's records and lookups."""

    def __init__(self, raw: dict) -> None:
        self.provenance: dict = raw.get("provenance", {})
        self.rows: list[str] = raw["records"]  # each a JSON list, read by ``record``
        self.by_key: dict[str, list[int]] = raw["by_key"]  # key -> [record, name, ...]
        self.by_acronym: dict[str, list[int]] = raw["by_acronym"]  # -> [record, made, ...]
        self.places: dict[str, list[str]] = raw["places"]  # key -> countries
        self.max_words: int = raw["max_words"]
        self.generic: frozenset[str] = frozenset(raw["generic"])
        self._records: dict[int, Record] = {}
        self._blocks: dict[str, str] = raw["made"]  # country -> "acronym record ..." lines

    def record(self, i: int) -> Record:
        """Record number ``i``."""
        if i not in self._records:
            rid, display, country, city, names, acronyms, parents, status, types, variant = \
                json.loads(self.rows[i])
            self._records[i] = Record(ROR + rid, display, country, city,
                                      tuple(ROR + p for p in parents), status,
                                      (display, *names), tuple(acronyms), tuple(types), variant)
        return self._records[i]

    def names(self, key: str) -> list[tuple[int, str]]:
        """(record, the name of it) for every name with this key; names the registry
        spells so come before variants made from them, which count only when no record
        has the key as its own name."""
        flat = self.by_key.get(key, ())
        hits = [(flat[j], flat[j + 1]) for j in range(0, len(flat), 2)]
        own = [(r, j) for r, j in hits if j < self.record(r).first_variant]
        return [(r, self.record(r).names[j]) for r, j in own or hits]

    def acronyms(self, token: str, countries: frozenset[str] = frozenset()
                 ) -> list[tuple[int, int]]:
        """(record, how) for every record this acronym stands for; how: 0 the registry's
        own, 2 from the project's acronym data, 1 made from a name of a record in one of
        ``countries`` (KazNU, ЕНУ)."""
        flat = self.by_acronym.get(token.casefold(), ())
        found = [(flat[j], flat[j + 1]) for j in range(0, len(flat), 2)]
        for country in sorted(countries):
            found += [(r, 1) for r in self.made(country, token.casefold())]
        return found

    def made(self, country: str, acronym: str) -> list[int]:
        """The records of ``country`` whose names make ``acronym``: its line of the
        country's block, found by a plain text search (nothing is parsed up front)."""
        block = self._blocks.get(country, "")
        start = 0 if block.startswith(acronym + " ") else block.find("\n" + acronym + " ") + 1
        if start == 0 and not block.startswith(acronym + " "):
            return []
        end = block.find("\n", start)
        line = block[start: end if end >= 0 else len(block)]
        return [int(r) for r in line.split(" ")[1:]]

    @cached_property
    def by_id(self) -> dict[str, int]:
        return {self.record(i).id: i for i in range(len(self.rows))}

    def __len__(self) -> int:
        return len(self.rows)


_LOCK = threading.Lock()
_LOADED: dict[str, Index] = {}


def default_path() -> Path:
    """The index shipped with the package."""
    return Path(str(resources.files("pipeline.registry") / "data" / DEFAULT_INDEX))


def get_index(path: str | Path | None = None) -> Index:
    """The index at ``path`` (default: the shipped one), loaded once per process."""
    where = str(path or default_path())
    with _LOCK:
        if where not in _LOADED:
            _LOADED[where] = load_index(Path(where))
        return _LOADED[where]


def load_index(path: Path) -> Index:
    """Read an index file written by ``pipeline.registry.build``."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            raw = json.load(f)
    except (OSError, ValueError, EOFError) as e:
        raise RegistryError(f"cannot read the registry index {path}: {e}; rebuild it with "
                            "`tilmash registry build --ror ROR_FILE --out PATH`") from e
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise RegistryError(f"{path} is not a {FORMAT} index; rebuild it with "
                            "`tilmash registry build --ror ROR_FILE --out PATH`")
    if raw.get("keys_version") != KEYS_VERSION:
        raise RegistryError(f"{path} was built by another version of Tilmash's name keys; "
                            "rebuild it with `tilmash registry build --ror ROR_FILE --out PATH`")
    return Index(raw)


def line_places(index: Index, text: str) -> set[str]:
    """Countries a line names: a part of it (between commas) that is, begins or ends with
    a country's or city's name, where that name points to one country (a city of several
    countries says nothing). Numbers (postcodes) are left out."""
    parts: dict[tuple[int, bool], list[str]] = {}
    for w in words(text):
        parts.setdefault((w.chunk, False), []).extend(k for k in w.keys if not k.isdigit())
        if w.keys and not w.raw.isdigit():  # Астана, not the stem "аста"
            parts.setdefault((w.chunk, True), []).append(w.raw)
    found: set[str] = set()
    for keys in parts.values():
        for size in range(1, min(3, len(keys)) + 1):
            for stretch in {tuple(keys[:size]), tuple(keys[-size:])}:
                codes = index.places.get(" ".join(sorted(stretch)), ())
                if len(codes) == 1:
                    found.update(codes)
    return found
