"""Build the compact registry index from ROR records (a .jsonl[.gz] of records, or ROR's data
dump: a zip holding one JSON array). Schema v1 and v2 records are both read.

The index keeps, per organisation, what matching needs: the id, the display name, the
country and city, Latin and Cyrillic names and acronyms, and the parent ids. Names in
other scripts (Chinese, Arabic, ...) are dropped: the papers are written in en, kk and ru.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import re
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROR_PREFIX = "https://ror.org/"
FORMAT = "tilmash-registry/1"
KEYS_VERSION = 9  # raise when pipeline.registry.normalise changes what a key is
LATIN_OR_CYRILLIC = re.compile(r"^[\s\W\dA-Za-z\u00c0-\u024f\u0400-\u04ff\u1e00-\u1eff]+$")
DEFAULT_SOURCE = {
    "name": "ROR (Research Organization Registry), ror-community/ror-records",
    "commit": "d93fc667872f8ef9386896bd6c68bd3c6103603e",
    "release": "v2.9 (2026-06-23); release folders merged, newest copy of each id",
    "licence": "CC0 1.0",
}


def read_records(path: Path) -> Iterator[dict[str, Any]]:
    """ROR records from a .jsonl / .jsonl.gz file or a ROR data-dump zip (one JSON array)."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            inner = [n for n in z.namelist() if n.endswith(".json")]
            if not inner:
                raise ValueError(f"{path}: no .json file inside the zip")
            # newer dumps hold a v1 and a v2 file; the v2 one ("..._schema_v2.json") is preferred
            name = max(inner, key=lambda n: ("v2" in n, -len(n)))
            with z.open(name) as f:
                yield from json.load(io.TextIOWrapper(f, encoding="utf-8"))
        return
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def _usable(name: str | None) -> bool:
    return bool(name and LATIN_OR_CYRILLIC.match(name))


def compact(record: dict[str, Any]) -> list[Any] | None:
    """One record as [id, display, country, city, names, acronyms, parents, status, types]; status
    0 active, 1 inactive, 2 withdrawn (kept so that every id is known, never matched);
    names from ``first_variant`` on (counting the display name as 0) are ``_variants``."""
    if "names" in record:  # schema v2
        names = record["names"]
        display = next((n["value"] for n in names if "ror_display" in n["types"]), None)
        others = [n["value"] for n in names if "acronym" not in n["types"]]
        acronyms = [n["value"] for n in names if "acronym" in n["types"]]
        geo = (record.get("locations") or [{}])[0].get("geonames_details", {})
        country, city = geo.get("country_code"), geo.get("name")
    else:  # schema v1
        display = record.get("name")
        others = [display, *record.get("aliases", []),
                  *(lb["label"] for lb in record.get("labels", []))]
        acronyms = list(record.get("acronyms", []))
        country = (record.get("country") or {}).get("country_code")
        city = next((a.get("city") for a in record.get("addresses", []) if a.get("city")), None)
    if not display:
        return None
    country_name = _country(record)[1]
    originals = [n for n in dict.fromkeys(others) if _usable(n) and n != display]
    made = [v for n in (display, *originals) for v in _variants(n, city, country_name)]
    names = originals + [v for v in dict.fromkeys(made) if v not in originals and v != display]
    parents = [r["id"].removeprefix(ROR_PREFIX) for r in record.get("relationships", [])
               if r.get("type", "").lower() == "parent"]
    status = {"active": 0, "inactive": 1}.get(record.get("status", ""), 2)  # 2: withdrawn
    types = [t.lower() for t in record.get("types", [])]
    return [record["id"].removeprefix(ROR_PREFIX), display, country or "", city or "",
            names, [a for a in dict.fromkeys(acronyms) if _usable(a)], parents, status, types,
            len(originals) + 1]


QUALIFIER = re.compile(r"\s*\(([^()]*)\)\s*$")


def _variants(name: str, city: str | None, country: str | None) -> list[str]:
    """A name without the qualifier ROR adds to tell records apart: "(United States)", an
    acronym in brackets, ", Mesra", a trailing city ("National Institute of Technology
    Silchar"). A variant must still end on a capitalised word ("University of" is none)."""
    out = []
    bare, qualifier = name, QUALIFIER.search(name)
    if qualifier and (qualifier.group(1) in (city, country) or qualifier.group(1).isupper()):
        bare = name[: qualifier.start()].strip()
        out.append(bare)
    if city:
        for sep in (", ", " – ", " - ", " "):
            if bare.endswith(sep + city):
                out.append(bare[: -len(city) - len(sep)].strip())
    head, sep, tail = bare.rpartition(", ")
    if sep and head and len(tail.split()) <= 2:  # "..., Mesra", "..., Los Angeles"
        out.append(head)
    return [v for v in out if len(v.split()) >= 2 and v.split()[-1][:1].isupper()]


def build_index(source: Path, countries: set[str] | None = None,
                provenance: dict[str, str] | None = None) -> dict[str, Any]:
    """The index of every record of ``source`` (only ``countries`` when given)."""
    rows: list[list[Any]] = []
    versions: Counter[str] = Counter()
    countries_seen: dict[str, str] = {}
    for record in read_records(source):
        versions["v2" if "names" in record else "v1"] += 1
        code, name = _country(record)
        if code and name:
            countries_seen.setdefault(code, name)
        row = compact(record)
        if row and (countries is None or row[2] in countries):
            rows.append(row)
    rows.sort(key=lambda r: r[0])
    from pipeline.registry.keys import lookups
    by_country = Counter(r[2] for r in rows)
    return {
        "format": FORMAT,
        "provenance": {**(provenance or DEFAULT_SOURCE), "file": source.name,
                       "built": dt.date.today().isoformat(),
                       "records_read": dict(versions), "records_kept": len(rows),
                       "kept_kz_cn_ru": {c: by_country[c] for c in ("KZ", "CN", "RU")},
                       "countries": len(by_country)},
        "fields": ["id", "display", "country", "city", "names", "acronyms", "parents",
                   "status", "types", "first_variant"],
        "keys_version": KEYS_VERSION,
        "countries": dict(sorted(countries_seen.items())),
        # one JSON text per record: parsed when a match needs it, not at load
        "records": [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in rows],
        **lookups(rows, countries_seen),
    }


def _country(record: dict[str, Any]) -> tuple[str | None, str | None]:
    """(code, English name) of a record's country, in either schema."""
    if "names" in record:
        geo = (record.get("locations") or [{}])[0].get("geonames_details", {})
        return geo.get("country_code"), geo.get("country_name")
    country = record.get("country") or {}
    return country.get("country_code"), country.get("country_name")


def write_index(index: dict[str, Any], out: Path) -> None:
    """Write the index as compact gzipped JSON (stable bytes for one input and date)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(index, ensure_ascii=False, separators=(",", ":")).encode()
    tmp = out.with_name(out.name + ".tmp")
    with open(tmp, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:
        f.write(data)
    tmp.replace(out)
