"""The registry index: building it from ROR records (v1, v2, a dump zip), loading it, and
matching names and affiliation lines in English, Kazakh and Russian. The records here are
made up for the tests (invented organisations), except where the shipped index is used."""

from __future__ import annotations

import gzip
import json
import zipfile
from pathlib import Path

import pytest

from pipeline.registry.build import build_index, write_index
from pipeline.registry.index import RegistryError, get_index, line_places, load_index
from pipeline.registry.match import match_line
from pipeline.registry.normalise import acronym_like, name_key, script_lang

ROR = "https://ror.org/"


def _v2(rid: str, names: list[tuple[str, str | None, str]], country: str, city: str,
        status: str = "active", parent: str | None = None) -> dict:
    return {"id": ROR + rid, "status": status, "types": ["education"],
            "names": [{"value": v, "lang": lang, "types": [t] + (["label"] if t == "ror_display"
                                                                  else [])}
                      for v, lang, t in names],
            "locations": [{"geonames_details": {"country_code": country,
                                                "country_name": {"KZ": "Kazakhstan",
                                                                 "RU": "Russia"}.get(country, "X"),
                                                "name": city}}],
            "relationships": [{"id": ROR + parent, "type": "parent"}] if parent else []}


RECORDS = [
    _v2("0aaaaaa01", [("Zhetisu Steppe National University", "en", "ror_display"),
                      ("Жетісу дала ұлттық университеті", "kk", "label"),
                      ("Жетысуский степной национальный университет", "ru", "label"),
                      ("ZhSNU", None, "acronym")], "KZ", "Taldykorgan"),
    _v2("0aaaaaa02", [("Abay Saryarka Institute of Geology", "en", "ror_display"),
                      ("Институт геологии имени Абая Сарыарки", "ru", "label")], "KZ", "Karaganda"),
    _v2("0aaaaaa03", [("Northern Lake University", "en", "ror_display")], "KZ", "Kokshetau"),
    _v2("0aaaaaa04", [("Northern Lake University", "en", "ror_display")], "RU", "Petrozavodsk"),
    _v2("0aaaaaa05", [("Old Steppe College", "en", "ror_display")], "KZ", "Taraz",
        status="withdrawn"),
    # a schema v1 record
    {"id": ROR + "0aaaaaa06", "status": "active", "name": "Caspian Institute of Fisheries",
     "aliases": ["Caspian Fisheries Institute"], "acronyms": ["CIF"],
     "labels": [{"label": "Каспийский институт рыбного хозяйства", "iso639": "ru"}],
     "country": {"country_code": "KZ", "country_name": "Kazakhstan"},
     "addresses": [{"city": "Atyrau"}], "relationships": [], "types": ["Facility"]},
]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("ror")
    source = folder / "records.jsonl.gz"
    with gzip.open(source, "wt", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS)
    out = folder / "index.json.gz"
    write_index(build_index(source), out)
    return load_index(out)


def ids(text: str, index, hint: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(matched span, id suffix) of a line."""
    return [(text[m.start:m.end], m.record.id.removeprefix(ROR))
            for m in match_line(text, index, hint)]


def test_build_reads_both_schemas_and_keeps_provenance(index) -> None:
    prov = index.provenance
    assert prov["records_read"] == {"v2": 5, "v1": 1} and prov["records_kept"] == 6
    assert prov["licence"] == "CC0 1.0" and prov["built"]
    caspian = index.record(index.by_id[ROR + "0aaaaaa06"])
    assert caspian.country == "KZ" and caspian.city == "Atyrau" and "CIF" in caspian.acronyms


def test_build_reads_a_ror_dump_zip_of_one_json_array(tmp_path: Path) -> None:
    dump = tmp_path / "v9.9-ror-data.zip"
    with zipfile.ZipFile(dump, "w") as z:
        z.writestr("v9.9-ror-data_schema_v2.json", json.dumps(RECORDS[:3]))
    built = build_index(dump)
    assert built["provenance"]["records_kept"] == 3


@pytest.mark.parametrize(("lang", "line", "span"), [
    ("en", "Department of Geology, Zhetisu Steppe National University, Taldykorgan, Kazakhstan",
     "Zhetisu Steppe National University"),
    ("kk", "Жетісу дала ұлттық университетінің геология факультеті, Талдықорған",
     "Жетісу дала ұлттық университетінің"),
    ("ru", "кафедра геологии Жетысуского степного национального университета, Талдыкорган",
     "Жетысуского степного национального университета"),
    ("en", "ZhSNU, Taldykorgan", "ZhSNU"),
    ("ru", "Институт геологии им. Абая Сарыарки, Караганда", "Институт геологии им. Абая Сарыарки"),
    ("en", "Saryarka Institute of Geology named after Abay, Karaganda",
     "Saryarka Institute of Geology named after Abay"),
])
def test_a_name_matches_in_its_inflected_and_named_after_forms(index, lang: str, line: str,
                                                               span: str) -> None:
    found = ids(line, index)
    assert len(found) == 1 and found[0][0] == span, found


def test_a_made_up_acronym_needs_its_country_in_the_line_or_the_document(index) -> None:
    assert ids("ЖДҰУ, Талдықорған, Қазақстан", index) == [("ЖДҰУ", "0aaaaaa01")]
    assert ids("ЖетДҰУ, Талдықорған", index) == [("ЖетДҰУ", "0aaaaaa01")]
    assert ids("ЖСНУ", index) == []
    assert ids("ЖСНУ", index, frozenset({"KZ"})) == [("ЖСНУ", "0aaaaaa01")]
    assert ids("ЖСНУ, Россия", index) == []  # the line names another country


def test_a_name_of_two_records_is_settled_by_the_country_or_left_alone(index) -> None:
    assert ids("Northern Lake University, Kokshetau, Kazakhstan", index)[0][1] == "0aaaaaa03"
    assert ids("Northern Lake University, Petrozavodsk, Russia", index)[0][1] == "0aaaaaa04"
    assert ids("Northern Lake University", index) == []


def test_withdrawn_records_and_other_countries_never_match(index) -> None:
    assert ids("Old Steppe College, Taraz", index) == []
    assert ids("Zhetisu Steppe National University, Moscow, Russia", index) == []


def test_a_name_inside_a_longer_capitalised_name_is_not_that_name(index) -> None:
    assert ids("Great Northern Lake University, Kokshetau, Kazakhstan", index) == []


def test_a_line_with_two_institutions_gives_two_matches(index) -> None:
    line = "Caspian Institute of Fisheries, Atyrau; Zhetisu Steppe National University, Kazakhstan"
    assert [i for _, i in ids(line, index)] == ["0aaaaaa06", "0aaaaaa01"]


@pytest.mark.parametrize(("text", "lang"), [("Қазақ ұлттық университеті", "kk"),
                                            ("Казахский университет", "ru"),
                                            ("Kazakh University", "en")])
def test_script_language(text: str, lang: str) -> None:
    assert script_lang(text) == lang


@pytest.mark.parametrize(("word", "expected"), [("KazNU", True), ("ҚазҰУ", True),
                                                ("ЕНУ", True), ("Kazakh", False),
                                                ("University", False)])
def test_acronym_shapes(word: str, expected: bool) -> None:
    assert acronym_like(word) is expected


def test_name_keys_are_order_free_and_ignore_named_after_words() -> None:
    assert name_key("Al-Farabi Kazakh National University") == \
        name_key("Kazakh National University named after al-Farabi")
    assert name_key("Әл-Фараби атындағы Қазақ ұлттық университетінің") == \
        name_key("Әл-Фараби атындағы Қазақ ұлттық университеті")
    assert name_key("Казахского национального университета им. аль-Фараби") == \
        name_key("Казахский национальный университет имени аль-Фараби")


def test_places_of_a_line(index) -> None:
    assert line_places(index, "Zhetisu Steppe National University, Taldykorgan") == {"KZ"}
    assert line_places(index, "Some Institute, Qazaqstan-nowhere") == set()


def test_a_bad_index_fails_with_the_command_that_fixes_it(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json.gz"
    bad.write_bytes(b"not gzip")
    with pytest.raises(RegistryError, match="tilmash registry build"):
        load_index(bad)


# The shipped index (built from ../shared/datasets/ror/ror_records.jsonl.gz)
@pytest.mark.parametrize(("line", "rid"), [
    ("1Dept. of Economics, Al-Farabi KazNU, Almaty, Kazakhstan", "03q0vrn42"),
    ("ҚазҰУ, Алматы", "03q0vrn42"),
    ("КазНУ им. аль-Фараби, г. Алматы", "03q0vrn42"),
    ("ЕНУ им. Л.Н. Гумилева, Астана", "0242cby63"),
    ("ENU, Astana, Kazakhstan", "0242cby63"),
    ("Назарбаев Университетінің, Астана", "052bx8q98"),
])
def test_the_shipped_index_holds_the_kazakhstani_universities(line: str, rid: str) -> None:
    assert [m.record.id for m in match_line(line, get_index())] == [ROR + rid]


def test_the_shipped_index_holds_every_kz_cn_ru_record() -> None:
    kept = get_index().provenance["kept_kz_cn_ru"]
    assert kept == {"KZ": 110, "CN": 2263, "RU": 564}


def test_the_command_line_builds_and_describes_an_index(tmp_path: Path, capsys) -> None:
    from pipeline.run.cli import main

    source = tmp_path / "records.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in RECORDS), encoding="utf-8")
    out = tmp_path / "small.json.gz"
    assert main(["registry", "build", "--ror", str(source), "--out", str(out),
                 "--countries", "RU"]) == 0
    assert main(["registry", "info", "--index", str(out)]) == 0
    assert '"records_kept": 1' in capsys.readouterr().out
    assert main(["registry", "build", "--ror", str(tmp_path / "missing.zip")]) == 2


def test_a_run_with_an_unusable_registry_stops_before_reading_any_text(tmp_path: Path) -> None:
    from pipeline.run.cli import main

    bad = tmp_path / "bad.json.gz"
    bad.write_text("{}", encoding="utf-8")
    assert main(["run", str(tmp_path), "--out", str(tmp_path / "out"),
                 "--registry", str(bad)]) == 2
    assert not (tmp_path / "out").exists()
