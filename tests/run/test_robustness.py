"""Any stretch of a real paper goes through every per-document stage without a crash."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.doc.errors import InputError
from pipeline.run.document import RunConfig, analyse
from pipeline.stages.extract.document import ExtractConfig
from tests.conftest import REPO

CONFIG = RunConfig(extract=ExtractConfig(entities=False))  # the rules and layout code


@pytest.fixture(scope="module")
def papers(seeds_dir) -> list[str]:
    corpora = REPO / "corpora"
    paths = [*sorted(seeds_dir.glob("*.txt")), *sorted(corpora.glob("*.*"))]
    return [p.read_text(encoding="utf-8") for p in paths if p.suffix in (".txt", ".md")]


@pytest.mark.seeds
@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_slice_of_a_paper_is_analysed_or_refused_with_an_input_error(
        papers, tmp_path, data) -> None:
    text = data.draw(st.sampled_from(papers))
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start, min(len(text), start + 6000)))
    path = tmp_path / "slice.txt"
    path.write_text(text[start:end], encoding="utf-8")
    try:
        doc = analyse(path, CONFIG)
    except InputError:
        return  # empty or blank: refused with a reason, as designed
    for m in doc.mentions:
        assert doc.text[m.start:m.end] == m.text
    for s in doc.sections:
        assert doc.text[s.start:s.end] == s.text
