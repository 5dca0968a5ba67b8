"""An installed spaCy package (``spacy-package:en_core_web_trf``), where a user has one."""

from __future__ import annotations

import importlib.util
from importlib import metadata
from typing import Any

from pipeline.doc.errors import ConfigError
from pipeline.ner.backends import Runner, Spec
from pipeline.ner.backends.spacy_dir import check_nlp_config, make_runner

ARGUMENT = "package name"  # what follows "spacy-package:" in a backend string

def check(spec: Spec) -> None:
    """Raise ConfigError if the package is not installed or is not a spaCy pipeline with NER."""
    import spacy

    name = spec.target
    if not name.isidentifier() or importlib.util.find_spec(name) is None:
        raise ConfigError(
            f"spaCy package {name!r} is not installed: pip install the {name} wheel "
            f"(e.g. pip install ./{name}-<version>-py3-none-any.whl; Tilmash never downloads "
            "models at run time)")
    try:
        config = spacy.util.load_config_from_str(_package_config(name), interpolate=False)
    except Exception as e:
        raise ConfigError(f"{name} is installed but is not a spaCy pipeline package: {e}") from e
    check_nlp_config(dict(config), name)


def load(spec: Spec) -> Runner:
    """Import the package and call its load() (never a folder of the same name)."""
    import spacy

    try:
        nlp = spacy.util.load_model_from_package(spec.target)
    except Exception as e:
        raise ConfigError(f"cannot load spaCy package {spec.target}: {e}") from e
    return make_runner(nlp)


def describe(spec: Spec) -> dict[str, Any]:
    """Package name, version and NER labels."""
    import spacy

    if importlib.util.find_spec(spec.target) is None:
        return {"model": spec.target, "version": None}
    meta = spacy.util.get_model_meta(spacy.util.get_package_path(spec.target))
    version: str | None
    try:
        version = metadata.version(spec.target)
    except metadata.PackageNotFoundError:  # importable but not pip-installed
        version = meta.get("version")
    return {"model": spec.target, "version": version,
            "spacy_version": meta.get("spacy_version"),
            "labels": sorted(meta.get("labels", {}).get("ner", []))}


def source(spec: Spec) -> str:
    """``spacy-package:<name>``."""
    return f"spacy-package:{spec.target}"


def _package_config(name: str) -> str:
    """The config.cfg text of an installed pipeline package, without loading its weights."""
    import spacy

    path = spacy.util.get_package_path(name)
    folder = next((p for p in sorted(path.iterdir()) if (p / "config.cfg").is_file()), path)
    return (folder / "config.cfg").read_text(encoding="utf-8")
