"""Record ids are stable: adding an unrelated paper changes no existing record's id."""

from __future__ import annotations

from pipeline.merge.records import merge_all
from pipeline.run.document import RunConfig, analyse
from pipeline.stages.extract.document import ExtractConfig
from tests.conftest import REPO

CORPORA = REPO / "corpora"
CONFIG = RunConfig(extract=ExtractConfig(entities=False))  # rules only: fast, no models


def _ids(records) -> dict[str, set[str]]:
    """id -> the (doc, start) of its mentions, for every record kind."""
    return {r.id: {(m.doc, m.start) for m in r.mentions}
            for r in [*records.organisations, *records.programs, *records.figures]}


def test_adding_an_unrelated_paper_keeps_every_existing_id() -> None:
    docs = {p.stem: analyse(p, CONFIG) for p in sorted(CORPORA.glob("*.*"))
            if p.suffix in (".txt", ".md")}
    base = _ids(merge_all([docs["law-on-science-grants"], docs["digital-skills-graduates"]]))
    more = _ids(merge_all([docs["law-on-science-grants"], docs["digital-skills-graduates"],
                           docs["nurly-zhol-regions"]]))
    assert base, "the two papers yield records"
    unchanged = [i for i, members in base.items() if more.get(i, set()) >= members]
    assert len(unchanged) == len(base), sorted(set(base) - set(unchanged))


def test_a_record_shared_by_two_papers_keeps_the_id_it_had_in_one() -> None:
    docs = [analyse(CORPORA / name, CONFIG) for name in
            ("law-on-science-grants.txt", "digital-skills-graduates.md")]
    alone = merge_all(docs[:1]).organisations
    both = merge_all(docs).organisations
    ministry = [o for o in alone if o.names.get("en", "").startswith("Ministry of Science")]
    assert ministry, [o.names for o in alone]
    merged = [o for o in both if o.id == ministry[0].id]
    assert merged and {m.doc for m in merged[0].mentions} == {d.id for d in docs}
