"""The extractor registry: requirements checked when the extract stage is built."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.doc.errors import ConfigError
from pipeline.ner.registry import NerConfig
from pipeline.stages.extract.document import ExtractConfig
from pipeline.stages.extract.extractors import (
    ANY,
    REGISTRY,
    Extractor,
    Registry,
    build,
    data,
    stage,
)
from pipeline.stages.extract.organisations.affiliations import RegistryOptions

NO_NER = NerConfig(backends=(("en", "none"), ("kk", "none"), ("ru", "none")))


def _config(**changes: object) -> ExtractConfig:
    return replace(ExtractConfig(ner=NO_NER), **changes)


def test_extractors_a_missing_ner_model_fails_at_build_naming_extractor_and_model() -> None:
    ner = NerConfig(backends=(("en", "none"), ("kk", "spacy:/nonexistent/kk"), ("ru", "none")))
    with pytest.raises(ConfigError) as e:
        build(ExtractConfig(ner=ner))
    message = str(e.value)
    assert "entities (kk) needs an NER backend" in message and "/nonexistent/kk" in message
    assert "(en)" not in message and "(ru)" not in message


def test_extractors_a_language_without_data_fails_at_build_naming_the_data() -> None:
    with pytest.raises(ConfigError) as e:
        build(_config(), langs=("en", "xx"))
    message = str(e.value)
    assert "figures (xx) needs the language's numbers data: no language data for 'xx'" in message
    assert "programs (xx)" in message and "(en)" not in message


def test_extractors_a_hard_need_switched_off_fails_naming_both() -> None:
    registry = REGISTRY.copy()
    registry.register(Extractor("persons-index", ANY, lambda doc, section: [],
                                (stage("entities", "PER", optional=False),)))
    build(_config(entities=False))  # the shipped extractors only degrade without NER
    with pytest.raises(ConfigError, match=r"persons-index \(en, ru, kk\) needs PER from "
                                          r"entities: entities is switched off"):
        build(_config(entities=False), registry)


def test_extractors_a_need_nobody_provides_fails_even_when_optional() -> None:
    registry = REGISTRY.copy()
    registry.register(Extractor("rates", "kk", lambda doc, section: [],
                                (stage("figures", "PER"),)))
    with pytest.raises(ConfigError, match=r"rates \(kk\) needs PER from figures: figures "
                                          r"\(\*\) finds no PER"):
        build(_config(entities=False), registry)


def test_extractors_switching_off_ner_degrades_organisations_as_declared() -> None:
    plan = build(_config(entities=False))
    for lang in ("en", "kk", "ru"):
        assert not plan.runs("entities", lang) and plan.runs("organisations", lang)
        assert f"organisations ({lang}) needs PER from entities: entities is switched off" \
            in plan.degraded
        assert f"programs ({lang}) needs PROGRAM from entities: entities is switched off" \
            in plan.degraded


def test_extractors_no_registry_degrades_affiliations() -> None:
    plan = build(_config(registry=RegistryOptions(enabled=False)))
    assert plan.runs("affiliations", "kk")
    assert "affiliations (kk) needs the organisation registry's index: the registry is " \
        "switched off" in plan.degraded


def test_extractors_an_unreadable_index_fails_at_build(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json.gz"
    bad.write_text("{}", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"affiliations \(en, ru, kk\) and linking "
                                          r"\(en, ru, kk\) need the organisation registry"):
        build(_config(registry=RegistryOptions(index=str(bad))))


@pytest.mark.parametrize(("switch", "stages"), [
    ("figures", ["figures"]),
    ("programs", ["programs"]),
    ("organisations", ["organisations", "affiliations", "established", "linking"]),
    ("ner_gate", ["gate"]),
    ("project", ["project"]),
])
def test_extractors_the_switches_turn_stages_off(switch: str, stages: list[str]) -> None:
    on, off = build(_config()), build(_config(**{switch: False}))
    for name in stages:
        assert on.runs(name, "ru") and not off.runs(name, "ru")
    assert set(on.steps) - set(off.steps) == {(name, lang) for name in stages
                                              for lang in ("en", "ru", "kk")}


def test_extractors_a_language_of_its_own_wins_over_any() -> None:
    mine = Extractor("figures", "kk", lambda doc, section: [], (data("numbers"),))
    registry = Registry()
    registry.register(Extractor("figures", ANY, "pipeline.stages.extract.figures:find_figures"))
    registry.register(mine)
    plan = build(_config(), registry)
    assert plan.steps[("figures", "kk")] is mine
    assert plan.steps[("figures", "en")].lang == ANY
    with pytest.raises(ValueError, match="already registered"):
        registry.register(mine)


def test_extractors_tilmash_run_refuses_a_missing_model_before_reading_text(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pipeline.run.cli import main

    (tmp_path / "paper.txt").write_text("Abstract. Қазақстан 2020 жылы.", encoding="utf-8")
    out = tmp_path / "out"
    status = main(["run", str(tmp_path), "--out", str(out), "--ner", "en=none", "--ner",
                   "ru=none", "--ner", f"kk=spacy:{tmp_path / 'missing-model'}"])
    assert status == 2 and not out.exists()
    error = capsys.readouterr().err
    assert "entities (kk) needs an NER backend" in error and "missing-model" in error


def test_extractors_language_data_that_fails_its_schema_fails_at_build(monkeypatch) -> None:
    """The build loads each needed topic through its schema, so a bad field stops it."""
    from pipeline.lang import LanguageDataError
    from pipeline.stages.extract import extractors

    def broken(lang: str, topic: type) -> object:
        if lang == "kk" and topic.topic == "numbers":
            raise LanguageDataError("language 'kk', topic 'numbers': missing field SCALES")
        return None

    monkeypatch.setattr(extractors, "lang_data", broken)
    with pytest.raises(ConfigError) as e:
        build(_config())
    assert "figures (kk) needs the language's numbers data" in str(e.value)
    assert "missing field SCALES" in str(e.value)
