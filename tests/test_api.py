"""``pipeline`` is the API's table of contents: every name it lists resolves, cheaply."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import pipeline
from pipeline.doc.records import Document, Mention


@pytest.mark.parametrize("name", pipeline.__all__)
def test_api_every_exported_name_resolves(name: str) -> None:
    assert getattr(pipeline, name) is not None
    assert name in dir(pipeline)


@pytest.mark.parametrize(("name", "where"), sorted(pipeline._LAZY.items()))
def test_api_a_lazy_name_is_the_object_of_the_module_the_docstring_names(name: str,
                                                                         where: str) -> None:
    module, _, attribute = where.partition(":")
    assert getattr(pipeline, name) is getattr(importlib.import_module(module), attribute or name)
    assert module.removeprefix("pipeline.") in (pipeline.__doc__ or "")
    assert name in (pipeline.__doc__ or "")


def test_api_records_are_the_records() -> None:
    assert pipeline.Document is Document and pipeline.Mention is Mention


def test_api_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'find_everything'"):
        pipeline.find_everything  # noqa: B018  (the attribute access is the test)


def test_api_import_pipeline_loads_no_stage_nor_framework() -> None:
    code = ("import sys, pipeline; print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('prefect', 'spacy', 'stanza', 'torch') or m.startswith(('pipeline.stages', "
            "'pipeline.run', 'pipeline.merge', 'pipeline.ner'))))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True).stdout.strip()
    assert loaded == "[]"
