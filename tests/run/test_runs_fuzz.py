"""Generated documents through the whole per-document chain, the merge and the writing:
no internal error, whatever the text (slices and splices of the papers, many scripts,
combining marks, right-to-left text, digit runs, very long words and lines)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from pipeline.run.assemble import merge_isolated, write_set
from pipeline.run.document import RunConfig
from pipeline.run.outputs import verify
from pipeline.run.worker import process_one, warm
from tests.conftest import REPO

ALLOWED = {"empty", "binary", "non-finite", "too-large"}  # refusals by design, with a reason
RANGES = [(0x20, 0x7E), (0x400, 0x4FF), (0x4E00, 0x4E80), (0x1F300, 0x1F64F), (0x300, 0x36F),
          (0x590, 0x5FF), (0x600, 0x6FF), (0xA0, 0x24F)]
KAZAKH = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
PIECES = ["Kazakh ___ University", "Қазақ ъ университеті", "Казахский ь университет",
          "Abstract\n\n", "Аңдатпа\n\n", "Аннотация\n\n", "Key words: ", "Түйін сөздер: ",
          "«Нұрлы жол» бағдарламасы", "1 234,5 млрд теңге", "12.5%", "2020–2025 жж.",
          "$" + "9" * 400, "0" * 50 + "." + "1" * 50, "\u200f\u202e", "\ufeff"]


def _texts() -> list[str]:
    from tests.conftest import SHARED

    folders = [REPO / "corpora", SHARED / "corpora" / "seeds"]
    paths = sorted(p for f in folders if f.is_dir() for p in f.iterdir()
                   if p.suffix in (".txt", ".md"))
    return [p.read_text(encoding="utf-8") for p in paths]


TEXTS = _texts()
RULES = replace(RunConfig(), extract=replace(RunConfig().extract, entities=False))
alphabet = st.one_of(*(st.characters(min_codepoint=a, max_codepoint=b) for a, b in RANGES),
                     st.sampled_from(KAZAKH))
noise = st.one_of(
    st.text(alphabet, min_size=1, max_size=60),
    st.sampled_from(PIECES),
    st.from_regex(r"[0-9 .,%$€₸+\-–/()]{1,40}", fullmatch=True),
    st.builds(lambda c, n: c * n, st.sampled_from("aжқ9_-"), st.integers(200, 5000)),
    st.builds(lambda w, n: " ".join([w] * n), st.sampled_from(["word", "сөз", "слово"]),
              st.integers(100, 2000)),
)


@st.composite
def documents(draw) -> str:
    """A slice of a paper with pieces of others and noise spliced in at random places."""
    text = draw(st.sampled_from(TEXTS))
    start = draw(st.integers(0, max(0, len(text) - 1)))
    out = text[start:start + draw(st.integers(0, 4000))]
    for _ in range(draw(st.integers(0, 6))):
        other = draw(st.sampled_from(TEXTS))
        at = draw(st.integers(0, len(out)))
        if draw(st.booleans()):
            s = draw(st.integers(0, max(0, len(other) - 1)))
            piece = other[s:s + draw(st.integers(1, 1500))]
        else:
            piece = draw(noise)
        out = out[:at] + piece + out[at:]
    return out


@pytest.fixture(scope="module")
def config() -> RunConfig:
    """The default configuration, NER models loaded once for the module."""
    config = RunConfig()
    warm(config)
    return config


# No shrinking: a failure is reported as drawn, so CI time stays bounded.
FUZZ = settings(deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large])


@pytest.mark.models
@settings(FUZZ, max_examples=10)
@given(texts=st.lists(documents(), min_size=1, max_size=2))
def test_generated_documents_never_cause_an_internal_error(tmp_path_factory, config,
                                                           texts: list[str]) -> None:
    _chain(tmp_path_factory.mktemp("fuzz"), config, texts)


@settings(FUZZ, max_examples=40)
@given(texts=st.lists(documents(), min_size=1, max_size=3))
def test_generated_documents_without_ner_never_cause_an_internal_error(
        tmp_path_factory, texts: list[str]) -> None:
    _chain(tmp_path_factory.mktemp("fuzz"), RULES, texts)


def _chain(work: Path, config: RunConfig, texts: list[str]) -> None:
    """Every per-document stage, the merge across documents and the writing of the set."""
    outcomes = []
    for i, text in enumerate(texts):
        path = work / f"doc{i}.txt"
        path.write_text(text, encoding="utf-8")
        outcome = process_one(path, f"doc{i}", work / ".cache", config)
        assert outcome.error is None or outcome.error.code in ALLOWED, outcome.error
        outcomes.append(outcome)
    good, _, merge_errors = merge_isolated(outcomes)
    assert merge_errors == []
    counts = write_set(work, outcomes, [], _manifest())
    assert counts["documents"] == len(good)
    if good:
        assert verify(work) == []


def _manifest() -> dict:
    return {"tilmash_version": "0", "started": "2026-01-01T00:00:00+00:00",
            "finished": "2026-01-01T00:00:00+00:00", "inputs": [], "output": "", "versions": {},
            "models": {}, "config": {}, "timings": {}}
