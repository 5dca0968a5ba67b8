"""Find the input files: every entry seen under an input is a document or a coded error.

Folders are searched recursively, symlinked folders included (each real folder once).
Names starting with ``.`` are skipped, as git and the shell do (the cache lives in one).
What is not processed is reported: ``unsupported-format`` (a suffix without a reader),
``special-file`` (FIFO, socket, device), ``dangling-link``, ``unreadable``; an input that
does not exist is ``missing``, a folder without documents ``no-documents``. The same file
reached by two paths (relative and absolute, a symlink, a hard link) is one input.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from pipeline.doc.errors import InputError
from pipeline.stages.ingest.read import SUFFIXES, display

Found = Path | InputError


def discover(inputs: Iterable[str | Path], suffixes: tuple[str, ...] = SUFFIXES
             ) -> Iterator[Found]:
    """Yield input files (each real file once) or an error for each input not processed."""
    seen: set[tuple[int, int]] = set()
    for item in inputs:
        for found in _input(Path(item), suffixes):
            if isinstance(found, Path):
                identity = _identity(found)
                if identity in seen:
                    continue
                seen.add(identity)
            yield found


def _identity(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_dev, st.st_ino


def _input(path: Path, suffixes: tuple[str, ...]) -> Iterator[Found]:
    problem = _problem(path)
    if problem is not None:
        yield problem
    elif path.is_dir():
        found = list(_walk(path, suffixes, set()))
        files = sorted(f for f in found if isinstance(f, Path))
        if not files:
            kinds = ", ".join(suffixes)
            yield InputError(display(path), f"folder holds no documents ({kinds})",
                             "no-documents")
        yield from (f for f in found if isinstance(f, InputError))
        yield from files
    else:
        yield path  # named explicitly: its format is checked when it is read


def _problem(path: Path) -> InputError | None:
    """Why ``path`` is no file or folder we can read, or None."""
    name = display(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            target = display(os.readlink(path))
            return InputError(name, f"symbolic link to {target!r}, which does not exist",
                              "dangling-link")
        return InputError(name, "no such file or folder", "missing")
    except OSError as e:
        return InputError(name, f"cannot read: {e.strerror or e}", "unreadable")
    if stat.S_ISDIR(st.st_mode) or stat.S_ISREG(st.st_mode):
        return None
    kind = ("named pipe (FIFO)" if stat.S_ISFIFO(st.st_mode) else
            "socket" if stat.S_ISSOCK(st.st_mode) else
            "device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else
            "special file")
    return InputError(name, f"{kind}, not a regular file", "special-file")


def _walk(folder: Path, suffixes: tuple[str, ...], visited: set[tuple[int, int]]
          ) -> Iterator[Found]:
    """Files under ``folder``, and errors for the entries that are not."""
    identity = _identity(folder)
    if identity in visited:
        return  # a symlink loop, or a folder already searched by another path
    visited.add(identity)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: os.fsencode(e.name))
    except OSError as e:
        yield InputError(display(folder), f"cannot list folder: {e.strerror or e}", "unreadable")
        return
    files: list[Found] = []
    folders: list[Path] = []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        problem = _problem(path)
        if problem is not None:
            files.append(problem)
        elif path.is_dir():
            folders.append(path)
        elif path.suffix.lower() in suffixes:
            files.append(path)
        else:
            files.append(_unsupported(path, suffixes))
    yield from files
    for sub in folders:
        yield from _walk(sub, suffixes, visited)


def _unsupported(path: Path, suffixes: tuple[str, ...]) -> InputError:
    suffix = display(path.suffix) or "(none)"
    return InputError(display(path), f"unsupported format {suffix!r} (supported: "
                      f"{', '.join(suffixes)})", "unsupported-format")

