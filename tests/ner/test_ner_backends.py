"""NER backends: configuration, checks with install hints, label mapping, the Natasha adapter."""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from importlib import metadata
from pathlib import Path

import pytest

from pipeline.doc.errors import ConfigError
from pipeline.ner import backends
from pipeline.ner.backends import labels, stanza_dir
from pipeline.ner.registry import NerConfig, check, describe, resolve, with_backends


def _blank_pipeline(path: Path, lang: str = "en", ner: bool = True) -> Path:
    """An untrained spaCy pipeline saved to ``path`` (loadable, finds nothing)."""
    import spacy

    nlp = spacy.blank(lang)
    if ner:
        nlp.add_pipe("ner").add_label("ORG")
    nlp.initialize()
    nlp.to_disk(path)
    return path


# --- configuration -----------------------------------------------------------------------------

def test_ner_config_defaults_hashable_and_serialisable(tmp_path: Path) -> None:
    config = NerConfig(models_dir=str(tmp_path))
    assert dict(config.backends) == {"en": "spacy", "ru": "spacy", "kk": "spacy"}
    assert hash(config) == hash(NerConfig(models_dir=str(tmp_path)))
    assert json.loads(json.dumps(asdict(config)))["models_dir"] == str(tmp_path)
    assert repr(config) == repr(NerConfig(models_dir=str(tmp_path)))


def test_ner_config_models_dir_from_environment(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TILMASH_MODELS", str(tmp_path))
    assert NerConfig().models_dir == str(tmp_path)
    assert resolve(NerConfig(), "kk").target == str(tmp_path / "kk")


def test_with_backends_replaces_one_language(tmp_path: Path) -> None:
    config = with_backends(NerConfig(models_dir=str(tmp_path)), {"ru": "natasha"})
    assert config.backends == (("en", "spacy"), ("kk", "spacy"), ("ru", "natasha"))
    assert resolve(config, "ru") == backends.Spec("natasha", "ru", "", "")
    assert resolve(config, "other") is None


def test_ner_config_one_spelling_per_configuration() -> None:
    a = NerConfig(backends=(("ru", "natasha"), ("en", "spacy")), models_dir="m")
    b = NerConfig(backends=(("en", "spacy"), ("ru", "natasha")), models_dir="m")
    assert a == b and repr(a) == repr(b)
    assert a.backends == (("en", "spacy"), ("ru", "natasha"))


def test_none_switches_a_language_off(tmp_path: Path) -> None:
    config = with_backends(NerConfig(models_dir=str(tmp_path)), {"en": "none", "kk": "none",
                                                                  "ru": "natasha"})
    assert resolve(config, "en") is None
    check(config)  # the missing models/en and models/kk are not needed
    assert sorted(describe(config)) == ["ru"]


@pytest.mark.parametrize(("choices", "message"), [
    ({"ru": "flair"}, "unknown NER backend 'flair'"),
    ({"ru": "Natasha"}, "unknown NER backend 'Natasha'"),
    ({"en": "stanza"}, "needs a folder"),
    ({"en": "spacy-package:"}, "needs a package name"),
    ({"ru": "natasha:news"}, "natasha takes no argument"),
    ({"de": "spacy"}, "no NER for language de"),
])
def test_with_backends_rejects_bad_choices(choices: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        with_backends(NerConfig(), choices)


def test_unknown_backend_error_lists_known_backends() -> None:
    with pytest.raises(ConfigError) as e:
        with_backends(NerConfig(), {"kk": "bert"})
    for name in ("spacy", "spacy-package:", "natasha", "stanza:"):
        assert name in str(e.value)


# --- check: a missing backend fails before any text, saying how to get it ----------------------

def test_check_missing_project_models_says_how_to_train(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as e:
        check(NerConfig(models_dir=str(tmp_path)))
    message = str(e.value)
    for lang in ("en", "kk", "ru"):
        assert f"{tmp_path / lang} not found" in message
        assert f"tilmash train {lang}" in message


def test_check_passes_for_a_spacy_folder_with_ner(tmp_path: Path) -> None:
    _blank_pipeline(tmp_path / "en")
    config = NerConfig(backends=(("en", "spacy"), ("ru", "natasha")), models_dir=str(tmp_path))
    check(config)
    described = describe(config)
    assert sorted(described) == ["en", "ru"]
    assert described["en"]["source"] == f"spacy:{tmp_path / 'en'}"
    assert described["en"]["labels"] == ["ORG"]
    assert described["ru"]["source"] == "natasha"
    assert described["ru"]["version"] == metadata.version("natasha")


@pytest.mark.parametrize(("make", "message"), [
    (lambda p: p.mkdir(), "is not a spaCy pipeline folder (no config.cfg)"),
    (lambda p: _blank_pipeline(p, ner=False), "has no NER component"),
])
def test_check_rejects_broken_spacy_folders(tmp_path: Path, make, message: str) -> None:
    make(tmp_path / "en")
    with pytest.raises(ConfigError, match=re.escape(message)):
        check(NerConfig(backends=(("en", "spacy"),), models_dir=str(tmp_path)))


def test_check_accepts_a_renamed_ner_component(tmp_path: Path) -> None:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("ner", name="ner_news").add_label("ORG")
    nlp.initialize()
    nlp.to_disk(tmp_path / "en")
    check(NerConfig(backends=(("en", "spacy"),), models_dir=str(tmp_path)))


def test_check_spacy_folder_with_unknown_language(tmp_path: Path) -> None:
    cfg = _blank_pipeline(tmp_path / "kk") / "config.cfg"
    cfg.write_text(cfg.read_text(encoding="utf-8").replace('lang = "en"', 'lang = "zz"'),
                   encoding="utf-8")
    with pytest.raises(ConfigError, match="needs spaCy language 'zz', which cannot be loaded"):
        check(NerConfig(backends=(("kk", "spacy"),), models_dir=str(tmp_path)))


def test_check_kk_pipeline_uses_the_project_language_class(tmp_path: Path) -> None:
    pytest.importorskip("pipeline.lang.kk.spacy_lang")  # registered as spaCy's "kk"
    _blank_pipeline(tmp_path / "kk", lang="kk")
    check(NerConfig(backends=(("kk", "spacy"),), models_dir=str(tmp_path)))


@pytest.mark.parametrize(("backend", "message"), [
    ("spacy-package:xx_tilmash_no_such_pipeline", "pip install the xx_tilmash_no_such_pipeline"),
    ("spacy-package:pytest", "is installed but is not a spaCy pipeline package"),
    ("spacy:/nonexistent/pipeline", "/nonexistent/pipeline not found"),
])
def test_check_missing_backend_says_how_to_install(backend: str, message: str) -> None:
    config = NerConfig(backends=(("en", backend),))
    with pytest.raises(ConfigError, match=re.escape(message)):
        check(config)


def test_check_spacy_package_trf_hint_when_absent() -> None:
    import importlib.util

    if importlib.util.find_spec("en_core_web_trf") is not None:
        pytest.skip("en_core_web_trf is installed here")
    with pytest.raises(ConfigError, match="pip install the en_core_web_trf wheel"):
        check(NerConfig(backends=(("en", "spacy-package:en_core_web_trf"),)))


def test_check_stanza_not_installed_says_install_extra(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(stanza_dir.importlib.util, "find_spec",
                        lambda name, *a: None if name == "stanza" else object())
    with pytest.raises(ConfigError, match=r"pip install 'tilmash\[stanza\]'"):
        check(NerConfig(backends=(("kk", f"stanza:{tmp_path}"),)))


def test_check_stanza_folder_missing() -> None:
    pytest.importorskip("stanza")
    with pytest.raises(ConfigError, match="Stanza model folder /nonexistent/stanza_models not"):
        check(NerConfig(backends=(("kk", "stanza:/nonexistent/stanza_models"),)))


def test_check_stanza_folder_without_model(tmp_path: Path) -> None:
    pytest.importorskip("stanza")
    with pytest.raises(ConfigError, match=r"neither resources\.json nor a NER model"):
        check(NerConfig(backends=(("kk", f"stanza:{tmp_path}"),)))


def test_check_stanza_model_file_that_is_not_a_model(tmp_path: Path) -> None:
    pytest.importorskip("stanza")
    (tmp_path / "kk_nertagger.pt").write_bytes(b"not a checkpoint")
    with pytest.raises(ConfigError, match=r"kk_nertagger\.pt is not a Stanza NER model"):
        check(NerConfig(backends=(("kk", f"stanza:{tmp_path}"),)))


def test_check_natasha_is_russian_only() -> None:
    with pytest.raises(ConfigError, match="natasha tags ru only, not kk"):
        check(NerConfig(backends=(("kk", "natasha"),)))


@pytest.mark.parametrize(("files", "expected"), [
    (["kk_tiny_nertagger.pt"], {"ner_model_path": "kk_tiny_nertagger.pt"}),
    (["kk_pretrain_nertagger.pt", "zz_conll17.pretrain.pt", "notes.txt"],
     {"ner_model_path": "kk_pretrain_nertagger.pt", "ner_pretrain_path": "zz_conll17.pretrain.pt"}),
    (["ner/kaznerd.pt", "pretrain/conll17.pt", "kk_forward_charlm.pt", "kk_backward_charlm.pt"],
     {"ner_model_path": "ner/kaznerd.pt", "ner_pretrain_path": "pretrain/conll17.pt",
      "ner_forward_charlm_path": "kk_forward_charlm.pt",
      "ner_backward_charlm_path": "kk_backward_charlm.pt"}),
    (["tokenize/kk.pt"], {}),
])
def test_stanza_model_files(tmp_path: Path, files: list[str], expected: dict[str, str]) -> None:
    for name in files:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"")
    found = stanza_dir.model_files(tmp_path)
    assert {k: Path(v).relative_to(tmp_path).as_posix() for k, v in found.items()} == expected


# --- labels ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("label", "expected"), [
    ("ORG", "ORG"), ("PER", "PER"), ("LOC", "LOC"), ("PROGRAM", "PROGRAM"),
    ("PERSON", "PER"), ("GPE", "LOC"), ("FAC", "LOC"), ("LAW", "PROGRAM"), ("NORP", None),
    ("ORGANISATION", "ORG"), ("PROJECT", "PROGRAM"), ("PERCENTAGE", "PERCENT"),
    ("MONEY", "MONEY"), ("MISC", None), ("WORK_OF_ART", None), ("per", "PER"),
    ("TIME", "DATE"), ("QUANTITY", "CARDINAL"), ("LocOrg", "LOC"), ("SOMETHING_NEW", None),
])
def test_labels_unify(label: str, expected: str | None) -> None:
    assert labels.unify(label) == expected


def test_labels_agree_with_the_training_data_mapping() -> None:
    from pipeline.ner.labels import MAPPINGS

    disagree = {(dataset, label): (labels.LABELS[label.upper()], unified)
                for dataset, table in MAPPINGS.items() for label, unified in table.items()
                if label.upper() in labels.LABELS and labels.LABELS[label.upper()] != unified}
    assert disagree == {}


def test_labels_table_maps_only_into_the_unified_set() -> None:
    assert set(labels.LABELS.values()) - {None} <= set(labels.UNIFIED)


# --- Stanza's own tokenization (used for folders without a tokenizer) ---------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("", []),
    ("Acme Corp hired Bob.", [["Acme", "Corp", "hired", "Bob", "."]]),
    ("Ол ҚазҰУ-да оқиды. Бұл 2,5 млрд теңге!",
     [["Ол", "ҚазҰУ-да", "оқиды", "."], ["Бұл", "2", ",", "5", "млрд", "теңге", "!"]]),
    ("т.е. всё", [["т.е", ".", "всё"]]),
])
def test_stanza_tokenize(text: str, expected: list[list[str]]) -> None:
    sentences = stanza_dir.tokenize(text)
    assert [[text[t.start:t.end] for t in sentence] for sentence in sentences] == expected


# --- Natasha -----------------------------------------------------------------------------------

NATASHA_CASES = [
    ("Министерство образования и науки Республики Казахстан поддержало проект, сообщил "
     "Асхат Нурланов в Астане.",
     [("Министерство образования и науки", "ORG"), ("Асхат Нурланов", "PER"),
      ("Астане", "LOC")]),
    ("Профессор Айгуль Сериковна Омарова из Карагандинского университета выступила в Москве.",
     [("Айгуль Сериковна Омарова", "PER"), ("Карагандинского университета", "ORG"),
      ("Москве", "LOC")]),
    ("", []),
]


def test_natasha_backend_finds_org_per_loc() -> None:
    spec = resolve(NerConfig(backends=(("ru", "natasha"),)), "ru")
    found = backends.runner(spec)([text for text, _ in NATASHA_CASES])
    for (text, expected), spans in zip(NATASHA_CASES, found, strict=True):
        got = {(text[f.start:f.end], labels.unify(f.label)) for f in spans}
        assert set(expected) <= got, text
