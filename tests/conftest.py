"""Shared fixtures: paths to the read-only ../shared data.

Outside CI a missing ../shared skips the tests that need it; in CI (CI=true)
it is an error, because CI always has it beside the clone.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TILMASH_SHARED", REPO.parent / "shared"))


def _shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"{path} is missing (the read-only ../shared folder beside the repository)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """../shared/corpora/seeds: the five real papers."""
    return _shared_path("corpora", "seeds")


@pytest.fixture(scope="session")
def datasets_dir() -> Path:
    """../shared/datasets: the open NER and language-id datasets."""
    return _shared_path("datasets")


def seed_path(seeds: Path, prefix: str) -> Path:
    """The seed file whose name starts with ``prefix`` (e.g. "003")."""
    (path,) = sorted(seeds.glob(f"{prefix}_*.txt"))
    return path


@pytest.fixture(scope="session")
def prefect_server():
    """A temporary Prefect server and database for the tests that run the real flow.

    Stopped at the end of the session, while pytest still owns the terminal.
    """
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


def document_of(*parts: tuple[str, str, str]):  # -> pipeline.doc.records.Document
    """A document of (kind, lang, text) sections, one blank line apart, for unit tests."""
    from pipeline.doc.records import Document, Section

    text, sections = "", []
    for i, (kind, lang, body) in enumerate(parts):
        start = len(text)
        text += body + "\n\n"
        sections.append(Section(id=f"s{i}", kind=kind, lang=lang, start=start,
                                end=start + len(body), text=body))
    return Document(id="t", path="t.txt", sha256="0", text=text, sections=tuple(sections))
