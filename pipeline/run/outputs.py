"""The output folder: checked before work, locked while written, its set replaced as one.

A run writes every file of the new set into a staging folder inside the output folder
(same file system), then switches: it writes a journal naming the staged files, moves each
into place (``os.replace``) with ``manifest.json`` last, and removes the journal. The
manifest names the sha256 of every other file of its set, so ``verify`` tells a complete
set from a mixed one; a switch cut short (kill, power) is finished by the next run that
locks the folder (``recover``), before anything else. A run that produced nothing switches
nothing. The lock is an advisory ``flock`` on ``.lock``: it goes with the process, even on
``kill -9``.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from pipeline.doc.errors import TilmashError
from pipeline.doc.jsonio import TEMP_SUFFIX, dumps, file_mode, read_json, temp_file, write_atomic
from pipeline.stages.ingest.read import display

LOCK = ".lock"
JOURNAL = ".switch.json"
STAGING_PREFIX = ".staging-"
MANIFEST = "manifest.json"
_held: dict[str, int] = {}  # output folders this process has locked: real path -> fd


class OutputError(TilmashError):
    """The output folder cannot be used; the message is one line saying why."""


class OutputBusy(OutputError):
    """Another run is writing the output folder."""


def check_writable(out: Path, cache: str = ".cache") -> None:
    """Create ``out`` (and its cache) and prove a file can be written there; else OutputError."""
    for folder in (out, out / cache):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = temp_file(folder, "write-test")
            try:
                os.write(fd, b"tilmash")
                os.fsync(fd)
            finally:
                os.close(fd)
                os.unlink(tmp)
        except OSError as e:
            raise OutputError(f"cannot write to {display(folder)}: {e.strerror or e}") from e


@contextmanager
def locked(out: Path) -> Iterator[None]:
    """Hold the output folder's lock (re-entrant within a process); OutputBusy if taken."""
    key = os.path.realpath(out)
    if key in _held:
        yield
        return
    fd = os.open(out / LOCK, os.O_RDWR | os.O_CREAT, file_mode())
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "unknown"
        os.close(fd)
        raise OutputBusy(f"{display(out)} is being written by another run ({holder}); wait "
                         "for it to finish or choose another --out") from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"pid {os.getpid()} since {time.strftime('%Y-%m-%d %H:%M:%S')}\n".encode(), 0)
    _held[key] = fd
    try:
        recover(out)
        clean_stale(out)
        yield
    finally:
        del _held[key]
        os.close(fd)


def recover(out: Path) -> bool:
    """Finish a switch that was cut short; True if there was one."""
    journal = out / JOURNAL
    if not journal.exists():
        return False
    data = read_json(journal)
    staging = out / data["staging"]
    _move_all(staging, out, data["files"])
    journal.unlink()
    shutil.rmtree(staging, ignore_errors=True)
    return True


def clean_stale(out: Path) -> list[Path]:
    """Remove staging folders and temporary files left by runs that died; returns them."""
    removed = [p for p in out.glob(f"{STAGING_PREFIX}*") if p.is_dir()]
    for p in removed:
        shutil.rmtree(p, ignore_errors=True)
    for folder in (out, out / "by_language", out / ".cache"):
        for p in folder.glob(f".*{TEMP_SUFFIX}") if folder.is_dir() else ():
            p.unlink(missing_ok=True)
            removed.append(p)
    return removed


class Staging:
    """A new output set being written beside the current one; as a context manager it is
    discarded when the block fails before ``commit``."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.dir = Path(tempfile.mkdtemp(dir=out, prefix=STAGING_PREFIX))
        self.hashes: dict[str, str] = {}

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if kind is not None:
            self.discard()

    def files(self) -> dict[str, str]:
        """The staged files' sha256, by name, for the manifest."""
        return dict(sorted(self.hashes.items()))

    def write(self, name: str, pieces: Iterable[str]) -> None:
        """Write the staged file ``name`` (e.g. ``by_language/kk.jsonl``) from text pieces."""
        with self.open(name) as f:
            for piece in pieces:
                f.write(piece)

    @contextmanager
    def open(self, name: str) -> Iterator:
        """An open text file for the staged ``name``; hashed and synced when closed."""
        path = self.dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, file_mode())
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        self.hashes[name] = _sha256(path)

    def commit(self, manifest_text: str) -> None:
        """Write the manifest (last) and switch the output folder to this set."""
        self.write(MANIFEST, [manifest_text])
        names = [n for n in sorted(self.hashes) if n != MANIFEST] + [MANIFEST]
        write_atomic(self.out / JOURNAL, dumps({"staging": self.dir.name, "files": names}))
        _move_all(self.dir, self.out, names)
        (self.out / JOURNAL).unlink()
        shutil.rmtree(self.dir, ignore_errors=True)

    def discard(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


def _move_all(staging: Path, out: Path, names: list[str]) -> None:
    for name in names:
        src = staging / name
        if src.exists():  # after a crash some were moved already
            (out / name).parent.mkdir(parents=True, exist_ok=True)
            os.replace(src, out / name)
    for folder in {out, *((out / n).parent for n in names)}:
        _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify(out: Path) -> list[str]:
    """What is wrong with the output set in ``out`` (empty: one complete set)."""
    if (out / JOURNAL).exists():
        return [f"a switch to a new set is unfinished ({JOURNAL}); the next run completes it"]
    try:
        files = read_json(out / MANIFEST)["files"]
    except (OSError, ValueError, KeyError) as e:
        return [f"no usable {MANIFEST}: {e}"]
    problems = []
    for name, sha in sorted(files.items()):
        path = out / name
        if not path.exists():
            problems.append(f"{name} is missing")
        elif _sha256(path) != sha:
            problems.append(f"{name} is not the file {MANIFEST} names (another set's?)")
    return problems
