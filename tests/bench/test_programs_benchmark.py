"""The programme benchmark: its datasets read through ``pipeline.ner.datasets`` (hand-made
files under a temporary datasets folder), and its span scoring."""

import pytest

from benchmarks.programs import datasets, gold_spans, programmes, score
from pipeline.ner.datasets import Example


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def root(tmp_path, monkeypatch):
    """A datasets folder with one tiny KazNERD, NEREL and FactRuEval test split."""
    monkeypatch.setattr("pipeline.ner.datasets.DATASETS_DIR", tmp_path)
    _write(tmp_path / "kaznerd" / "IOB2_test.txt",
           "« O\nНұрлы B-PROJECT\nжол I-PROJECT\n» O\nбағдарламасы O\n. O\n\n"
           "Ата B-LAW\nЗаң I-LAW\nқабылданды O\nАстанада B-GPE\n")
    nerel = tmp_path / "nerel" / "NEREL-v1.1" / "test"
    text = "Суд применил статью 105 УК РФ."
    _write(nerel / "1.txt", text)
    _write(nerel / "1.ann", "T1\tLAW 13 29\tстатью 105 УК РФ\nT2\tLAW 24 29\tУК РФ\n"
                           "T3\tORGANIZATION 0 3\tСуд\n")
    fre = tmp_path / "factrueval2016" / "testset"
    _write(fre / "book_1.txt", "Стартовал национальный проект Здоровье.")
    _write(fre / "book_1.tokens", "1 0 9 Стартовал\n2 10 12 национальный\n3 23 6 проект\n"
                                  "4 30 8 Здоровье\n5 38 1 .\n")
    _write(fre / "book_1.spans", "10 prj_descr 10 19 2 2  # 2 3 национальный проект\n"
                                 "11 prj_name 30 8 4 1  # 4 Здоровье\n")
    _write(fre / "book_1.objects", "5 Project 10 11 # Здоровье\n")
    return tmp_path


def test_programs_benchmark_reads_every_dataset_through_the_shared_readers(root):
    found = {title: (lang, examples) for title, lang, examples in datasets("test")}
    assert set(found) == {"KazNERD test PROJECT+LAW", "NEREL test LAW", "FactRuEval test Project"}
    lang, (first, second) = found["KazNERD test PROJECT+LAW"]
    assert lang == "kk"
    assert first.text == "«Нұрлы жол» бағдарламасы."  # detokenised by pipeline.ner.datasets
    assert [first.text[s:e] for s, e in gold_spans(first)] == ["Нұрлы жол"]
    assert [second.text[s:e] for s, e in gold_spans(second)] == ["Ата Заң"]  # GPE left out
    lang, (nerel,) = found["NEREL test LAW"]
    assert [nerel.text[s:e] for s, e in gold_spans(nerel)] == ["статью 105 УК РФ"]
    lang, (fre,) = found["FactRuEval test Project"]
    assert [fre.text[s:e] for s, e in gold_spans(fre)] == ["Здоровье"]  # the name, not "проект"


def test_programs_benchmark_leaves_out_a_missing_split(root):
    assert datasets("dev") == []  # no dev files in the temporary folder


def test_programs_benchmark_keeps_outermost_spans_of_the_labels():
    example = Example("The Law on Science of 2011 was passed.",
                      ((4, 26, "LAW"), (11, 18, "LAW"), (0, 3, "X")))
    (kept,) = programmes([example], ("LAW",))
    assert kept.spans == ((4, 26, "LAW"),)


@pytest.mark.parametrize(("gold", "pred", "overlap", "expected"), [
    ([(0, 5)], [(0, 5)], False, (1, 1, 1)),
    ([(0, 5)], [(0, 6)], False, (0, 1, 1)),
    ([(0, 5)], [(0, 6)], True, (1, 1, 1)),
    ([(0, 5), (3, 8)], [(0, 8)], True, (1, 1, 2)),  # one prediction counts once
    ([], [(0, 2)], True, (0, 1, 0)),
])
def test_programs_benchmark_score(gold, pred, overlap, expected):
    assert score(gold, pred, overlap) == expected
