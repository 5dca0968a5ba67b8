"""Ingest: read one input file safely, normalise it, give it an id and a hash.

Formats are a table, ``READERS``: a file suffix -> a function of (bytes, name) returning
the document's text. Adding a format (an adapter) is one entry there. Finding the files
under the inputs is ``pipeline.stages.ingest.files``.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.doc.errors import InputError
from pipeline.doc.records import Document
from pipeline.stages.ingest.encoding import decode
from pipeline.stages.ingest.pdf import PdfConfig, read_pdf
from pipeline.stages.normalize import normalize

Reader = Callable[[bytes, str], str]  # (raw bytes, display name) -> text; raises InputError

READERS: dict[str, Reader] = {".txt": decode, ".md": decode, ".markdown": decode}
# Formats read by an adapter that builds the document itself: suffix -> (path, config, id).
ADAPTERS: dict[str, Callable[[Path, IngestConfig, str | None], Document]] = {
    ".pdf": lambda path, config, doc_id: read_pdf(path, config.pdf, doc_id),
}
SUFFIXES = (*READERS, *ADAPTERS)


@dataclass(frozen=True)
class IngestConfig:
    """Limits on what ingest accepts."""

    max_bytes: int = 20_000_000
    suffixes: tuple[str, ...] = SUFFIXES
    pdf: PdfConfig = field(default_factory=PdfConfig)


def display(path: Path | str) -> str:
    """A path as text that any UTF-8 writer accepts: undecodable bytes shown as ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def read_document(path: Path, config: IngestConfig = IngestConfig(),
                  doc_id: str | None = None) -> Document:
    """Read, check and normalise one file; raise InputError with the reason if it is unusable."""
    name = display(path)
    suffix = path.suffix.lower()
    reader = READERS.get(suffix)
    if suffix not in config.suffixes or (reader is None and suffix not in ADAPTERS):
        supported = ", ".join(config.suffixes)
        raise InputError(name, f"unsupported format {display(path.suffix)!r} (supported: "
                         f"{supported})", "unsupported-format")
    if reader is None:
        return ADAPTERS[suffix](path, config, doc_id)
    raw = read_bytes(path, config)
    normalized = normalize(reader(raw, name))
    if not normalized.text.strip():
        raise InputError(name, "document is empty (no text after normalisation)", "empty")
    return Document(
        id=doc_id or safe_stem(path),
        path=name,
        sha256=hashlib.sha256(raw).hexdigest(),
        text=normalized.text,
        headings=normalized.headings,
    )


def read_bytes(path: Path, config: IngestConfig = IngestConfig()) -> bytes:
    """A file's bytes within ``config.max_bytes``, or InputError (too-large, unreadable)."""
    try:
        size = path.stat().st_size
        if size > config.max_bytes:
            raise InputError(display(path), f"file is {size} bytes, over the limit of "
                             f"{config.max_bytes} (IngestConfig.max_bytes)", "too-large")
        return path.read_bytes()
    except OSError as e:
        raise InputError(display(path), f"cannot read file: {e.strerror or e}",
                         "unreadable") from e


def safe_stem(path: Path) -> str:
    """The file stem as valid text (an undecodable byte becomes U+FFFD)."""
    return os.fsencode(path.stem).decode("utf-8", "replace")


def assign_ids(paths: Iterable[Path]) -> dict[Path, str]:
    """Document id = file stem; a stem seen twice, or not valid UTF-8, gets a suffix from its
    path so that every id stays unique."""
    paths = list(dict.fromkeys(paths))
    stems: dict[str, int] = {}
    for p in paths:
        stems[safe_stem(p)] = stems.get(safe_stem(p), 0) + 1
    return {p: safe_stem(p) if stems[safe_stem(p)] == 1 and safe_stem(p) == p.stem
            else f"{safe_stem(p)}~{_path_hash(p)}" for p in paths}


def _path_hash(path: Path) -> str:
    return hashlib.sha256(os.fsencode(path.resolve())).hexdigest()[:8]


def discover(inputs: Iterable[str | Path], config: IngestConfig = IngestConfig()
             ) -> Iterator[Path | InputError]:
    """Input files, and an error for each input that is not one (see
    ``pipeline.stages.ingest.files``)."""
    from pipeline.stages.ingest.files import discover as find

    return find(inputs, config.suffixes)
