"""Export: records checked against their schemas and written as the JSON text of the files."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.doc.export import (
    ExportError,
    RunError,
    array_file,
    checked,
    document_parts,
    entity_to_json,
    figure_to_json,
    item_at,
    item_text,
    line_text,
    non_finite,
    write_by_language,
    write_documents,
    write_errors,
    write_records,
)
from pipeline.doc.jsonio import SCHEMA_VERSION, dumps, validate
from pipeline.doc.records import Document, Entity, Evidence, Figure, FigureMention, Mention
from pipeline.doc.serialize import document_to_json
from tests.conftest import document_of

EN = "In 2021 the grants of the Science Committee grew by 12%."
KK = "2021 жылы Ғылым комитетінің гранттары 12%-ға өсті."
RU = "В 2021 году гранты Комитета науки выросли на 12%."


def _doc() -> Document:
    doc = document_of(("title", "en", "Grants"), ("abstract", "en", EN), ("abstract", "kk", KK),
                      ("abstract", "ru", RU), ("body", "other", "Zusammenfassung folgt."))
    return replace(doc, sha256="0" * 64)


def _figure_mention(doc: Document, section: str, piece: str) -> FigureMention:
    s = doc.section(section)
    start = doc.text.index(piece, s.start)
    return FigureMention(doc=doc.id, section=section, lang=s.lang, start=start,
                         end=start + len(piece), text=piece, label="PERCENT",
                         source=("rules:figures",), value=12.0, unit="%", kind="percent")


def _figure(doc: Document) -> Figure:
    en, kk = _figure_mention(doc, "s1", "12%"), _figure_mention(doc, "s2", "12%-ға")
    return Figure("fig-00000000012a", 12.0, "%", "percent", (en, kk),
                  (Evidence(en, kk, "parallel", 0.9, {"value": 1.0}),))


def _org(doc: Document, section: str, piece: str) -> Mention:
    s = doc.section(section)
    start = doc.text.index(piece, s.start)
    return Mention(doc=doc.id, section=section, lang=s.lang, start=start, end=start + len(piece),
                   text=piece, label="ORG", source=("rules:organisations",), score=0.8)


@pytest.mark.parametrize("count", [0, 1, 2])
def test_export_array_file_prints_what_dumps_prints_of_the_whole_file(count: int) -> None:
    errors = [RunError(f"in{i}.txt", "binary", "not text", "ingest", f"d{i}") for i in
              range(count)]
    text = "".join(array_file("errors", (item_text(e.to_json()) for e in errors)))
    whole = {"errors": [e.to_json() for e in errors], "schema_version": SCHEMA_VERSION}
    assert text == dumps(whole) + "\n"
    assert json.loads(text) == whole


def test_export_line_text_is_one_strict_sorted_line() -> None:
    assert line_text({"b": "тіл", "a": 1}) == '{"a": 1, "b": "тіл"}'
    with pytest.raises(ValueError):
        line_text({"value": float("nan")})


def test_export_run_error_names_its_document_only_when_it_has_one() -> None:
    assert "doc" not in RunError("x.bin", "binary", "not text", "ingest").to_json()
    assert RunError("x.txt", "internal", "boom", "extract", "x").to_json()["doc"] == "x"


def test_export_document_parts_are_checked_pieces_of_each_file() -> None:
    doc = _doc()
    parts = document_parts(doc, [_figure(doc)])
    assert json.loads(parts.entry) == document_to_json(doc)
    rows = {lang: [json.loads(line) for line in lines] for lang, lines in parts.rows.items()}
    assert {lang: [r["section"] for r in found] for lang, found in rows.items()} == {
        "en": ["s0", "s1"], "ru": ["s3"], "kk": ["s2"]}  # the "other" section has no file
    for found in rows.values():
        for row in found:
            validate("section_row", row)
    ((fig_id, text),) = parts.figures
    assert fig_id == "fig-00000000012a" and json.loads(text) == figure_to_json(_figure(doc))


def test_export_an_invalid_record_is_an_export_error_naming_it() -> None:
    data = {**document_to_json(_doc()), "sha256": 64}
    with pytest.raises(ExportError) as err:
        checked("documents", "documents", data, "document t")
    assert err.value.code == "invalid-record" and err.value.reason.startswith("document t")


@pytest.mark.parametrize(("data", "path"), [
    ({"a": [1.0, {"b": float("inf")}]}, ".a[1].b"),
    ([0.5, float("nan")], "[1]"),
    ({"a": 1, "b": ["x", 2.5]}, None),
])
def test_export_non_finite_finds_the_first_nan_or_infinity(data, path) -> None:
    assert non_finite(data) == path
    if path is not None:
        assert item_at(data, path) in ("inf", "nan")


def test_export_entity_and_figure_json_keep_only_what_is_set() -> None:
    doc = _doc()
    org = Entity("org-0000000001ab", "ORG", {"en": "Science Committee"}, (_org(doc, "s1", "Science "
                                                                  "Committee"),))
    data = entity_to_json(org)
    assert "kind" not in data and "ror" not in data and data["evidence"] == []
    assert data["mentions"][0] == {k: v for k, v in org.mentions[0].to_json().items()
                                   if k != "score"}
    figure = figure_to_json(_figure(doc))
    assert "date" not in figure and "low" not in figure
    assert figure["evidence"][0]["a"]["text"] == "12%" and figure["mentions"][1]["unit"] == "%"


def test_export_writers_write_valid_files(tmp_path: Path) -> None:
    doc = _doc()
    org = Entity("org-0000000001ab", "ORG", {"en": "Science Committee", "ru": "Комитет науки"},
                 (_org(doc, "s1", "Science Committee"), _org(doc, "s3", "Комитета науки")))
    write_documents(tmp_path, [doc])
    write_errors(tmp_path, [RunError("x.bin", "binary", "not text", "ingest")])
    counts = write_by_language(tmp_path, [doc])
    write_records(tmp_path, [org], [], [_figure(doc)])
    assert counts == {"en": 2, "ru": 1, "kk": 1}
    for name in ("documents", "errors", "organisations", "programs", "figures"):
        data = json.loads((tmp_path / f"{name}.json").read_text(encoding="utf-8"))
        validate(name, data)
    assert json.loads((tmp_path / "programs.json").read_text())["programs"] == []
    lines = (tmp_path / "by_language" / "kk.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["text"] for line in lines] == [KK]
