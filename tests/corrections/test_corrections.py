"""Corrections from the view applied to runs, training data and scores (hand-built docs)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.corrections import correct_documents, correct_records, read_corrections
from pipeline.corrections.gold import judged, score_run
from pipeline.corrections.read import from_json
from pipeline.doc.records import Document, Mention
from pipeline.merge.records import merge_all
from tests.view_docs import trilingual, write_outputs


def _find(doc: Document, text: str, label: str | None = None) -> Mention:
    return next(m for m in doc.mentions if m.text == text and label in (None, m.label))


def _record(doc: Document, m: Mention | None, action: str, **extra) -> dict:
    base = {"doc": doc.id, "sha256": doc.sha256, "action": action}
    if m is not None:
        base |= {"lang": m.lang, "section": m.section, "start": m.start, "end": m.end,
                 "text": m.text, "label": m.label}
    return base | extra


def _span(doc: Document, text: str, lang: str, label: str, action: str = "add") -> dict:
    section = next(s for s in doc.sections if s.lang == lang and text in s.text)
    start = section.start + section.text.index(text)
    return {"doc": doc.id, "sha256": doc.sha256, "lang": lang, "section": section.id,
            "start": start, "end": start + len(text), "text": text, "label": label,
            "action": action}


@pytest.mark.parametrize("lang,name", [("en", "Almaty"), ("kk", "Алматыда"), ("ru", "Алматы")])
def test_corrections_reject_removes_the_mention(lang: str, name: str) -> None:
    doc = trilingual()
    m = next(x for x in doc.mentions if x.text == name and x.lang == lang)
    (fixed,), report = correct_documents([doc], [from_json(_record(doc, m, "reject"))])
    assert m not in fixed.mentions and len(fixed.mentions) == len(doc.mentions) - 1
    assert (report.applied, report.skipped) == (1, 0)


@pytest.mark.parametrize("lang,text", [("en", "projects"), ("kk", "жобаны"), ("ru", "проектов")])
def test_corrections_add_keeps_a_missed_mention(lang: str, text: str) -> None:
    doc = trilingual()
    (fixed,), report = correct_documents([doc], [from_json(_span(doc, text, lang, "PROGRAM"))])
    added = _find(fixed, text)
    assert (added.label, added.source, added.lang) == ("PROGRAM", ("linguist",), lang)
    assert fixed.text[added.start:added.end] == text and report.applied == 1


def test_corrections_relabel_and_fix_boundaries() -> None:
    doc = trilingual()
    org = _find(doc, "Ministry of Science")
    wider = _span(doc, "The Ministry of Science", "en", "ORG", "fix")
    wider["from"] = {"start": org.start, "end": org.end, "text": org.text}
    place = _find(doc, "Алматы", "LOC")
    relabel = _record(doc, place, "relabel", label="ORG", **{"from": {"label": "LOC"}})
    (fixed,), report = correct_documents([doc], [from_json(wider), from_json(relabel)])
    assert _find(fixed, "The Ministry of Science").label == "ORG"
    assert _find(fixed, "Алматы").label == "ORG" and report.applied == 2
    number = _find(doc, "120")  # a figure relabelled to a non-figure label is a plain mention
    (fixed,), _ = correct_documents([doc], [from_json(_record(
        doc, number, "relabel", label="ORG", **{"from": {"label": "CARDINAL"}}))])
    assert all(type(m) is Mention for m in fixed.mentions if m.label == "ORG")


def test_corrections_of_a_changed_document_are_not_applied() -> None:
    doc = trilingual()
    stale = _record(doc, _find(doc, "Almaty"), "reject", sha256="b" * 64)
    (fixed,), report = correct_documents([doc], [from_json(stale)])
    assert fixed == doc and report.skipped == 1 and report.applied == 0
    assert "changed since it was corrected" in report.warnings[0]


def test_corrections_that_no_longer_match_the_text_warn() -> None:
    doc = trilingual()
    wrong = _span(doc, "Almaty", "en", "LOC", "reject") | {"text": "Astana"}
    (fixed,), report = correct_documents([doc], [from_json(wrong)])
    assert set(fixed.mentions) == set(doc.mentions) and report.skipped == 1
    assert "Astana" in report.warnings[0]


def test_corrections_bad_lines_are_skipped_with_a_warning(tmp_path: Path) -> None:
    doc = trilingual()
    good = _record(doc, _find(doc, "Almaty"), "reject")
    path = tmp_path / "corrections.jsonl"
    path.write_text("\n".join([json.dumps(good), "{not json", json.dumps({"doc": "x"}),
                               json.dumps(good | {"action": "delete"}), "[1]"]) + "\n")
    found, warnings = read_corrections(path)
    assert len(found) == 1 and len(warnings) == 4
    assert any("unknown action 'delete'" in w for w in warnings)


def test_corrections_break_and_make_links_in_the_records() -> None:
    doc = trilingual()
    (org,) = merge_all([doc]).organisations
    assert {m.lang for m in org.mentions} == {"en", "kk", "ru"}
    en, ru = _find(doc, "Ministry of Science"), _find(doc, "Министерство науки")
    target = {k: getattr(ru, k) for k in ("lang", "section", "start", "end", "text", "label")}
    unlink = from_json(_record(doc, en, "unlink", target=target))
    docs, report = correct_documents([doc], [unlink])
    records = correct_records(merge_all(docs), [unlink], docs, report)
    assert sorted(len(o.mentions) for o in records.organisations) == [1, 2]
    link = from_json(_record(doc, en, "link", target=target))
    records = correct_records(records, [link], docs, report)
    (joined,) = records.organisations
    assert len(joined.mentions) == 3 and any(e.rule == "linguist" for e in joined.evidence)
    assert joined.id == org.id  # the same members get the id merge gives them
    assert report.applied == 2


def test_corrections_gold_replays_changes_in_order() -> None:
    doc = trilingual()
    m = _find(doc, "Almaty")
    steps = [_record(doc, m, "reject"), _record(doc, m, "accept"),
             _record(doc, _find(doc, "120", "CARDINAL"), "relabel", label="MONEY",
                     **{"from": {"label": "CARDINAL"}})]
    j = judged([from_json(s) for s in steps])[doc.id]
    assert (m.start, m.end, "LOC") in j.gold
    assert any(k[2] == "CARDINAL" for k in j.wrong) and any(k[2] == "MONEY" for k in j.gold)


def test_corrections_score_a_run(tmp_path: Path) -> None:
    doc = trilingual()
    write_outputs(tmp_path, [doc])
    records = [_record(doc, _find(doc, "Almaty"), "reject"),           # a false positive
               _record(doc, _find(doc, "Ministry of Science"), "accept"),  # a true positive
               _span(doc, "projects", "en", "CARDINAL")]                # a miss
    report, extra = score_run(tmp_path, [from_json(r) for r in records], ["en"])
    assert (report.labels["LOC"].fp, report.labels["ORG"].tp, report.labels["CARDINAL"].fn) \
        == (1, 1, 1)
    assert extra["documents"] == 1 and extra["unjudged"] == 1  # the en "120" nobody judged
    stale = [from_json(r | {"sha256": "c" * 64}) for r in records]
    assert score_run(tmp_path, stale, ["en"])[1]["changed"] == 1


def test_corrections_make_partially_annotated_training_docs() -> None:
    spacy = pytest.importorskip("spacy")
    from pipeline.ner.corrected import corrected_docs

    doc = trilingual()
    section = next(s for s in doc.sections if s.lang == "ru" and s.kind == "abstract")
    ctx = {"start": section.start, "end": section.end, "text": section.text}
    rows = [_record(doc, _find(doc, "Министерство науки"), "accept", context=ctx),
            _record(doc, _find(doc, "Алматы", "LOC"), "reject", context=ctx)]
    (built,) = corrected_docs(spacy.blank("ru"), [from_json(r) for r in rows], "ru")
    iob = {t.text: t.ent_iob_ for t in built}
    assert [e.text for e in built.ents] == ["Министерство науки"]
    assert iob["Алматы"] == "O" and iob["проектов"] == ""  # rejected: outside; unjudged: missing
