"""Language data is typed: every topic of every language loads into its dataclass, and a
data module with a missing, misspelt or wrongly typed field fails naming language, topic
and field; a fourth language is data that the same checks accept."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from pipeline.lang import (
    LANGUAGES,
    LanguageDataError,
    check_all,
    data,
    head_rank,
    letters,
    written_in,
)
from pipeline.lang.confusable import PROFILES
from pipeline.lang.load import build, check, fits, load
from pipeline.lang.schema import TOPICS, Langid, Markers, Numbers, Programs, Topic, Translit

MARKERS = {
    "ABSTRACT": ("tiivistelmä",), "KEYWORDS": ("avainsanat",), "REFERENCES": ("lähteet",),
    "AUTHOR_INFO": ("tietoa kirjoittajista",), "TABLE": ("taulukko",), "TABLE_END": ("lähde",),
    "BODY_HEADINGS": ("johdanto", "tulokset"), "AFFILIATION_CUES": ("yliopisto",),
    "FURNITURE": (r"doi\b",), "JOURNAL_WORDS": ("aikakauslehti",),
}


@pytest.mark.parametrize("topic", TOPICS, ids=lambda t: t.topic)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_lang_every_topic_loads_typed(lang: str, topic: type[Topic]) -> None:
    loaded = data(lang, topic)
    assert type(loaded) is topic
    check(loaded, lang)
    first = dataclasses.fields(loaded)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(loaded, first, getattr(loaded, first))


def test_lang_check_all_and_confusable_profiles() -> None:
    check_all()
    for code, profile in PROFILES.items():
        check(profile, code)
        assert profile.script == "cyrillic"


def _package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str,
             modules: dict[str, dict[str, object]]) -> str:
    """A package ``name`` (dotted) under ``tmp_path`` whose modules hold the constants."""
    root = tmp_path
    for part in name.split("."):
        root = root / part
        root.mkdir(exist_ok=True)
        (root / "__init__.py").write_text("")
    for module, constants in modules.items():
        lines = [f"{k} = {v!r}" for k, v in constants.items()]
        (root / f"{module}.py").write_text('"""Made-up data."""\n\n' + "\n".join(lines) + "\n",
                                           encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    top = name.split(".")[0]
    for cached in [m for m in sys.modules if m == top or m.startswith(top + ".")]:
        del sys.modules[cached]
    return name


def test_lang_missing_field_names_language_topic_field(tmp_path, monkeypatch) -> None:
    short = {k: v for k, v in MARKERS.items() if k != "KEYWORDS"}
    pkg = _package(tmp_path, monkeypatch, "missing_fi", {"markers": short})
    with pytest.raises(LanguageDataError, match=r"language 'fi', topic 'markers': missing field "
                                                r"KEYWORDS"):
        load(f"{pkg}.markers", "fi", Markers)


def test_lang_misspelt_field_is_refused_with_a_suggestion(tmp_path, monkeypatch) -> None:
    misspelt = {**{k: v for k, v in MARKERS.items() if k != "ABSTRACT"}, "ABSTRCT": ("x",)}
    pkg = _package(tmp_path, monkeypatch, "misspelt_fi", {"markers": misspelt})
    with pytest.raises(LanguageDataError, match=r"language 'fi', topic 'markers': unknown field "
                                                r"ABSTRCT \(did you mean ABSTRACT\?\)"):
        load(f"{pkg}.markers", "fi", Markers)


def test_lang_extra_field_beside_all_the_right_ones_is_refused() -> None:
    with pytest.raises(LanguageDataError, match="unknown field SUMMARY"):
        build(Markers, {**MARKERS, "SUMMARY": ("x",)}, "fi")


def test_lang_wrong_type_names_the_field() -> None:
    with pytest.raises(LanguageDataError, match=r"'fi', topic 'markers': field KEYWORDS should "
                                                r"be tuple\[str, \.\.\.\], not str 'avainsanat'"):
        build(Markers, {**MARKERS, "KEYWORDS": "avainsanat"}, "fi")


def test_lang_helpers_and_lowercase_names_are_not_fields() -> None:
    built = build(Markers, {**MARKERS, "_STEMS": ("x",), "re": object()}, "fi")
    assert built.abstract == ("tiivistelmä",)


def test_lang_missing_topic_module_says_which_file_to_add(tmp_path, monkeypatch) -> None:
    pkg = _package(tmp_path, monkeypatch, "notopic_fi", {})
    with pytest.raises(LanguageDataError, match=r"'fi': no translit data \(add notopic_fi/"):
        load(f"{pkg}.translit", "fi", Translit)


@pytest.mark.parametrize(("value", "hint", "expected"), [
    (("a", "b"), tuple[str, ...], True),
    (["a", "b"], tuple[str, ...], False),
    (("a", 1), tuple[str, ...], False),
    ((("from", "to"),), tuple[tuple[str, str], ...], True),
    ((("from",),), tuple[tuple[str, str], ...], False),
    ({"мың": 1e3, "жүз": 100}, Mapping[str, float], True),
    ({"мың": "1e3"}, Mapping[str, float], False),
    ({"one": True}, Mapping[str, int], False),  # a bool is no number
    (3, int, True),
    (3.0, int, False),
    (True, bool, True),
    (frozenset({"и"}), frozenset[str], True),
    ({"и"}, frozenset[str], False),
    (None, str | None, True),
    (len, Callable[[str, str], str | None] | None, True),
    ("len", Callable[[str, str], str | None] | None, False),
])
def test_lang_fits(value: object, hint: object, expected: bool) -> None:
    assert fits(value, hint) is expected


def _fields_of(instance: object) -> dict[str, object]:
    return {f.name.upper(): getattr(instance, f.name) for f in dataclasses.fields(instance)
            if getattr(instance, f.name) is not None and f.name != "agree"}


FOURTH = {  # a made-up Finnish: its own markers, letters, numbers; the rest English-shaped
    "markers": MARKERS,
    "langid": {"SCRIPT": "latin", "ALPHABET": "abcdefghijklmnopqrstuvwxyzäö", "TELLING": "äö",
               "PATTERNS": ("ää", "yy"), "SUFFIXES": ("ssa", "ssä"),
               "WORDS": frozenset({"ja", "on", "ei", "että"})},
    "translit": {"TABLE": {}},
}


def test_lang_fourth_language_passes_the_checks(tmp_path, monkeypatch) -> None:
    modules = {t.topic: _fields_of(data("en", t)) for t in TOPICS}
    modules.update(FOURTH)
    modules["numbers"] = {**modules["numbers"], "UNITS_WORDS": {"yksi": 1, "kaksi": 2},
                          "SCALES": {"tuhat": 1e3, "miljoona": 1e6}, "MONTH_BEFORE_DAY": False}
    pkg = _package(tmp_path, monkeypatch, "fourth.fi", modules)
    loaded = {t: load(f"{pkg}.{t.topic}", "fi", t) for t in TOPICS}
    assert loaded[Markers].abstract == ("tiivistelmä",)
    assert loaded[Langid].telling == "äö"
    assert loaded[Numbers].scales == {"tuhat": 1e3, "miljoona": 1e6}
    assert loaded[Programs].agree is None and loaded[Programs].nominative == {}


def test_lang_fourth_language_built_directly_is_checked() -> None:
    good = dataclasses.replace(data("en", Numbers), units_words={"yksi": 1, "kaksi": 2})
    check(good, "fi")
    bad = dataclasses.replace(good, scales={"tuhat": "1000"})
    with pytest.raises(LanguageDataError, match="'fi', topic 'numbers': field SCALES"):
        check(bad, "fi")


def test_lang_letters_come_from_the_alphabets() -> None:
    upper = letters(upper=True)
    assert {"Z", "Я", "Ё", "Ә", "Ғ", "Қ", "Ң", "Ө", "Ұ", "Ү", "Һ", "І"} <= set(upper)
    assert set(letters()) == {ch for lang in LANGUAGES for ch in data(lang, Langid).alphabet}
    assert written_in("latin") == ("en",)
    assert set(written_in("cyrillic")) == {"kk", "ru"}


def test_lang_head_preference_puts_english_first_and_keeps_the_rest_in_order() -> None:
    members = ["kk", "ru", "en", "ru"]
    assert min(range(len(members)), key=lambda i: head_rank(members[i])) == 2
    others = ["kk", "ru"]
    assert min(range(len(others)), key=lambda i: head_rank(others[i])) == 0
