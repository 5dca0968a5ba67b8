"""The programme benchmark's private dataset readers and span scoring, on tiny hand-made files."""

import pytest

from benchmarks.programs import read_factrueval, read_kaznerd, read_nerel, score


def test_programs_benchmark_kaznerd_detokenises_and_keeps_offsets(tmp_path):
    path = tmp_path / "iob2.txt"
    path.write_text("« O\nНұрлы B-PROJECT\nжол I-PROJECT\n» O\nбағдарламасы O\n. O\n\n"
                    "Ата B-LAW\nЗаң I-LAW\nқабылданды O\n", encoding="utf-8")
    first, second = read_kaznerd(path)
    assert first.text == "«Нұрлы жол» бағдарламасы."
    assert [first.text[s:e] for s, e in first.spans] == ["Нұрлы жол"]
    assert [second.text[s:e] for s, e in second.spans] == ["Ата Заң"]


def test_programs_benchmark_nerel_keeps_outermost_law_spans(tmp_path):
    text = "Суд применил статью 105 УК РФ."
    (tmp_path / "1.txt").write_text(text, encoding="utf-8")
    (tmp_path / "1.ann").write_text("T1\tLAW 13 29\tстатью 105 УК РФ\nT2\tLAW 24 29\tУК РФ\n"
                                    "T3\tORGANIZATION 0 3\tСуд\n", encoding="utf-8")
    (example,) = read_nerel(tmp_path)
    assert [text[s:e] for s, e in example.spans] == ["статью 105 УК РФ"]


def test_programs_benchmark_factrueval_uses_name_spans(tmp_path):
    text = "национальный проект Здоровье"
    (tmp_path / "book_1.txt").write_text(text, encoding="utf-8")
    (tmp_path / "book_1.spans").write_text(
        "10 prj_descr 0 19 1 2  # 1 2 национальный проект\n"
        "11 prj_name 20 8 3 1  # 3 Здоровье\n", encoding="utf-8")
    (tmp_path / "book_1.objects").write_text("5 Project 10 11 # Здоровье\n", encoding="utf-8")
    (example,) = read_factrueval(tmp_path)
    assert [text[s:e] for s, e in example.spans] == ["Здоровье"]


@pytest.mark.parametrize(("gold", "pred", "overlap", "expected"), [
    ([(0, 5)], [(0, 5)], False, (1, 1, 1)),
    ([(0, 5)], [(0, 6)], False, (0, 1, 1)),
    ([(0, 5)], [(0, 6)], True, (1, 1, 1)),
    ([(0, 5), (3, 8)], [(0, 8)], True, (1, 1, 2)),  # one prediction counts once
    ([], [(0, 2)], True, (0, 1, 0)),
])
def test_programs_benchmark_score(gold, pred, overlap, expected):
    assert score(gold, pred, overlap) == expected
