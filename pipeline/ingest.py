"""Ingest: find input files, read them safely, normalise, give them an id and a hash."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import InputError
from pipeline.normalize import normalize
from pipeline.pdf import PdfConfig, read_pdf
from pipeline.records import Document

SUFFIXES = (".txt", ".md", ".markdown", ".pdf")
# Formats read by an adapter instead of as text: suffix -> reader(path, config, doc_id).
READERS = {".pdf": lambda path, config, doc_id: read_pdf(path, config.pdf, doc_id)}


@dataclass(frozen=True)
class IngestConfig:
    """Limits on what ingest accepts."""

    max_bytes: int = 20_000_000
    suffixes: tuple[str, ...] = SUFFIXES
    pdf: PdfConfig = field(default_factory=PdfConfig)


def discover(
    inputs: Iterable[str | Path], config: IngestConfig = IngestConfig()
) -> Iterator[Path | InputError]:
    """Yield input files (folders searched recursively) or an error for each bad input."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in config.suffixes
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                kinds = ", ".join(config.suffixes)
                yield InputError(str(path), f"folder holds no documents ({kinds})", "no-documents")
            yield from found
        elif path.is_file():
            yield path
        else:
            yield InputError(str(path), "no such file or folder", "missing")


def read_document(path: Path, config: IngestConfig = IngestConfig(),
                  doc_id: str | None = None) -> Document:
    """Read, check and normalise one file; raise InputError with the reason if it is unusable."""
    if path.suffix.lower() not in config.suffixes:
        supported = ", ".join(config.suffixes)
        raise InputError(str(path), f"unsupported format {path.suffix!r} (supported: {supported})",
                         "format")
    if path.suffix.lower() in READERS:
        return READERS[path.suffix.lower()](path, config, doc_id)
    try:
        size = path.stat().st_size
        if size > config.max_bytes:
            raise InputError(str(path), f"file is {size} bytes, over the limit of "
                             f"{config.max_bytes} (IngestConfig.max_bytes)", "too-large")
        raw = path.read_bytes()
    except OSError as e:
        raise InputError(str(path), f"cannot read file: {e.strerror or e}", "unreadable") from e
    text = decode(raw, str(path))
    normalized = normalize(text)
    if not normalized.text.strip():
        raise InputError(str(path), "document is empty (no text after normalisation)", "empty")
    return Document(
        id=doc_id or path.stem,
        path=str(path),
        sha256=hashlib.sha256(raw).hexdigest(),
        text=normalized.text,
        headings=normalized.headings,
    )


def decode(raw: bytes, name: str) -> str:
    """Decode UTF-8 bytes, telling binary files and other encodings apart."""
    if not raw.strip():
        raise InputError(name, "document is empty (0 bytes of text)", "empty")
    if looks_binary(raw):
        raise InputError(name, "binary file, not text (NUL or control bytes)", "binary")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(
            name,
            f"not valid UTF-8 (byte 0x{raw[e.start]:02x} at offset {e.start}); "
            "convert it with e.g. `iconv -f CP1251 -t UTF-8`",
            "encoding",
        ) from e


def looks_binary(raw: bytes, sample: int = 8192) -> bool:
    """True for data with NUL bytes or many control characters."""
    head = raw[:sample]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(head) * 0.05


def assign_ids(paths: Iterable[Path]) -> dict[Path, str]:
    """Document id = file stem; stems seen twice get a suffix from their path to stay unique."""
    paths = list(dict.fromkeys(paths))
    stems: dict[str, int] = {}
    for p in paths:
        stems[p.stem] = stems.get(p.stem, 0) + 1
    return {
        p: p.stem if stems[p.stem] == 1
        else f"{p.stem}~{hashlib.sha256(str(p.resolve()).encode()).hexdigest()[:8]}"
        for p in paths
    }
