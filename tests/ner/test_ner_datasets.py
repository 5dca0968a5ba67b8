"""Dataset readers and label mapping: hand-made files, then the real ../shared datasets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.ner.datasets import (
    SPLITS,
    UD_LANGID,
    Example,
    detokenise,
    from_tokens,
    load,
    path,
    read_brat,
    read_conllu_texts,
    read_docred,
    read_factrueval,
    read_iob2,
    sliced,
    ud_texts,
    with_labels,
)
from pipeline.ner.labels import MAPPINGS, UNIFIED, covered, outermost, unified, unify


def spans_text(example: Example) -> list[tuple[str, str]]:
    return [(example.text[s:e], label) for s, e, label in example.spans]


@pytest.mark.parametrize(("tokens", "tags", "text", "expected"), [
    (["Астана", "қаласы"], ["B-GPE", "O"], "Астана қаласы", [("Астана", "GPE")]),
    (["New", "York", "Times"], ["B-ORG", "I-ORG", "I-ORG"], "New York Times",
     [("New York Times", "ORG")]),
    (["a", "b", "c"], ["B-X", "B-X", "O"], "a b c", [("a", "X"), ("b", "X")]),
    (["a", "b"], ["I-X", "I-Y"], "a b", [("a", "X"), ("b", "Y")]),  # stray I- starts a span
    (["a", "b"], ["O", "B-X"], "a b", [("b", "X")]),
    (["«", "Нұрлы", "жол", "»", "бағдарламасы", "."],
     ["O", "B-PROJECT", "I-PROJECT", "O", "O", "O"], "«Нұрлы жол» бағдарламасы.",
     [("Нұрлы жол", "PROJECT")]),
    (["рост", "на", "20", ",", "7", "%"], ["O", "O", "B-PERCENT", "I-PERCENT", "I-PERCENT",
                                        "I-PERCENT"], "рост на 20,7%", [("20,7%", "PERCENT")]),
    (["(", "Astana", ")", "is", "n't", "far"], ["O", "B-LOC", "O", "O", "O", "O"],
     "(Astana) isn't far", [("Astana", "LOC")]),
])
def test_datasets_from_tokens(tokens, tags, text, expected):
    example = from_tokens(tokens, tags)
    assert example.text == text
    assert spans_text(example) == expected


# One set of spacing rules for every token-based dataset (training, evaluation, benchmarks).
@pytest.mark.parametrize(("tokens", "text"), [
    (["20", ",", "7", "пайызы"], "20,7 пайызы"),
    (["70", "%-ы"], "70%-ы"),
    (["(", "2015", ")", "."], "(2015)."),
    (["in", "2016", ",", "43", "168"], "in 2016, 43 168"),
    (["March", "5", ",", "1921"], "March 5, 1921"),
    (["«", "Нұр", "»", "жобасы"], "«Нұр» жобасы"),
    (["„", "Цифровой", "Казахстан", "”", "принят"], "„Цифровой Казахстан” принят"),
    (["$", "5", "million", ";", "the", "firm", "'s"], "$5 million; the firm's"),
    (["В", "1992", "г", ".", "было", "3", ".", "5", "млн"], "В 1992 г. было 3.5 млн"),
])
def test_datasets_detokenise(tokens, text):
    joined, offsets = detokenise(tokens)
    assert joined == text
    assert [joined[s:e] for s, e in offsets] == tokens


@pytest.mark.parametrize(("every", "keep", "expected"), [
    (1, (0,), [0, 1, 2, 3, 4, 5]),
    (2, (0,), [0, 2, 4]),
    (2, (1,), [1, 3, 5]),
    (3, (1, 2), [1, 2, 4, 5]),
])
def test_datasets_sliced(every, keep, expected):
    assert list(sliced(range(6), every, keep)) == expected


def test_datasets_with_labels():
    example = Example("Әл-Фараби атындағы ҚазҰУ", ((0, 9, "PERSON"), (19, 24, "ORGANISATION")))
    assert with_labels(example, ["ORGANISATION"]).spans == ((19, 24, "ORGANISATION"),)


@pytest.mark.parametrize(("content", "sep", "expected"), [
    ("Әл-Фараби B-PERSON\nатындағы O\n\nҚР B-GPE\n", None,
     [[("Әл-Фараби", "PERSON")], [("ҚР", "GPE")]]),
    ("Paris\tB-location\nis\tO\n", "\t", [[("Paris", "location")]]),
    ("# text = in tampa bay\n1\tin\tO\t-\t-\n2\ttampa\tB-LOC\t-\tx\n3\tbay\tI-LOC\t-\tx\n", None,
     [[("tampa bay", "LOC")]]),
])
def test_datasets_read_iob2(tmp_path, content, sep, expected):
    path = tmp_path / "f.iob2"
    path.write_text(content, encoding="utf-8")
    assert [spans_text(e) for e in read_iob2(path, sep)] == expected


def test_datasets_read_brat_nested_and_discontinuous(tmp_path):
    text = "\ufeffОрганы Киргизии заявили.\nВторая строка 5 августа."
    body = text.lstrip("\ufeff")
    (tmp_path / "001.txt").write_text(text, encoding="utf-8")
    date, other = body.index("5 августа"), body.index("Вторая")
    ann = ["T1\tORGANIZATION 0 15\tx", "T2\tCOUNTRY 7 15\tx",
           f"T3\tDATE {date} {date + 8};{other} {other + 6}\tx", "R1\tX Arg1:T1 Arg2:T2"]
    (tmp_path / "001.ann").write_text("\n".join(ann) + "\n", encoding="utf-8")
    first, second = read_brat(tmp_path)
    assert spans_text(first) == [("Органы Киргизии", "ORGANIZATION"), ("Киргизии", "COUNTRY")]
    assert spans_text(second) == [("5 август", "DATE")]  # first fragment only


def test_datasets_read_factrueval(tmp_path):
    text = "Посол Италии в миде Грузии.\nДругое."
    (tmp_path / "book_1.txt").write_text(text, encoding="utf-8")
    tokens = ["1 0 5 Посол", "2 6 6 Италии", "3 13 1 в", "4 15 4 миде", "5 20 6 Грузии",
              "6 26 1 .", "", "7 28 6 Другое", "8 34 1 ."]
    (tmp_path / "book_1.tokens").write_text("\n".join(tokens) + "\n", encoding="utf-8")
    spans = ["10 loc_name 6 6 2 1  # 2 Италии", "11 org_name 15 4 4 1  # 4 миде",
             "12 loc_name 20 6 5 1  # 5 Грузии"]
    (tmp_path / "book_1.spans").write_text("\n".join(spans) + "\n", encoding="utf-8")
    objects = ["20 LocOrg 10 # Италии", "21 Org 11 12 # миде Грузии", "22 LocOrg 12 # Грузии"]
    (tmp_path / "book_1.objects").write_text("\n".join(objects) + "\n", encoding="utf-8")
    first, second = read_factrueval(tmp_path)
    assert first.text == "Посол Италии в миде Грузии."
    assert spans_text(first) == [("Италии", "LocOrg"), ("миде Грузии", "Org"),
                                 ("Грузии", "LocOrg")]
    assert second == Example("Другое.", ())


def test_datasets_read_factrueval_names_only(tmp_path):
    text = "Стартовал национальный проект Здоровье."
    (tmp_path / "book_2.txt").write_text(text, encoding="utf-8")
    tokens = ["1 0 9 Стартовал", "2 10 12 национальный", "3 23 6 проект", "4 30 8 Здоровье",
              "5 38 1 ."]
    (tmp_path / "book_2.tokens").write_text("\n".join(tokens) + "\n", encoding="utf-8")
    spans = ["10 prj_descr 10 19 2 2  # 2 3 национальный проект",
             "11 prj_name 30 8 4 1  # 4 Здоровье", "12 org_descr 0 9 1 1  # 1 Стартовал"]
    (tmp_path / "book_2.spans").write_text("\n".join(spans) + "\n", encoding="utf-8")
    objects = ["5 Project 10 11 # Здоровье", "6 Org 12 # no name part"]
    (tmp_path / "book_2.objects").write_text("\n".join(objects) + "\n", encoding="utf-8")
    (whole,) = read_factrueval(tmp_path)
    (named,) = read_factrueval(tmp_path, names_only=True)
    assert spans_text(whole) == [("Стартовал", "Org"), ("национальный проект Здоровье", "Project")]
    assert spans_text(named) == [("Стартовал", "Org"), ("Здоровье", "Project")]


def test_datasets_path_and_ud_texts(tmp_path):
    (tmp_path / "kaznerd").mkdir()
    (tmp_path / "kaznerd" / "IOB2_test.txt").write_text("Астана B-GPE\n", encoding="utf-8")
    assert path("kaznerd", "test", tmp_path) == tmp_path / "kaznerd" / "IOB2_test.txt"
    with pytest.raises(FileNotFoundError, match="TILMASH_DATASETS"):
        path("kaznerd", "valid", tmp_path)
    ud = tmp_path / "ud_langid" / UD_LANGID["kk"]
    ud.parent.mkdir(parents=True)
    ud.write_text("# text = Ол келді.\n1\tОл\n\n# text =Мен де.\n1\tМен\n", encoding="utf-8")
    assert ud_texts("kk", tmp_path) == ["Ол келді.", "Мен де."]
    with pytest.raises(KeyError):
        ud_texts("xx", tmp_path)


def test_datasets_read_docred(tmp_path):
    doc = {"title": "t", "sents": [["Ann", "joined", "ACME", "in", "1999", "."], ["She", "left"]],
           "vertexSet": [[{"name": "Ann", "sent_id": 0, "pos": [0, 1], "type": "PER"},
                          {"name": "She", "sent_id": 1, "pos": [0, 1], "type": "PER"}],
                         [{"name": "ACME", "sent_id": 0, "pos": [2, 3], "type": "ORG"}],
                         [{"name": "1999", "sent_id": 0, "pos": [4, 5], "type": "TIME"}]]}
    path = tmp_path / "d.json"
    path.write_text(json.dumps([doc]), encoding="utf-8")
    first, second = read_docred(path)
    assert spans_text(first) == [("Ann", "PER"), ("ACME", "ORG"), ("1999", "TIME")]
    assert spans_text(second) == [("She", "PER")]


def test_datasets_read_conllu_texts(tmp_path):
    path = tmp_path / "t.conllu"
    path.write_text("# sent_id = 1\n# text = Сәлем, әлем!\n1\tСәлем\t_\n\n", encoding="utf-8")
    assert list(read_conllu_texts(path)) == ["Сәлем, әлем!"]


@pytest.mark.parametrize(("dataset", "label", "expected"), [
    ("kaznerd", "ORGANISATION", "ORG"), ("kaznerd", "PROJECT", "PROGRAM"),
    ("kaznerd", "QUANTITY", "CARDINAL"), ("kaznerd", "POSITION", None),
    ("kaznerd", "ORDINAL", None), ("nerel", "STATE_OR_PROVINCE", "LOC"),
    ("nerel", "LAW", "PROGRAM"), ("nerel", "AGE", None), ("factrueval", "LocOrg", "LOC"),
    ("crossner_politics", "politicalparty", "ORG"), ("crossner_ai", "researcher", "PER"),
    ("crossner_science", "academicjournal", None), ("re_docred", "NUM", "CARDINAL"),
    ("re_docred", "MISC", None), ("conll2003", "misc", None),
])
def test_labels_unify(dataset, label, expected):
    assert unify(dataset, label) == expected


def test_labels_tables_map_into_unified_set():
    assert all(v in UNIFIED for table in MAPPINGS.values() for v in table.values())
    assert covered("uner_ewt") == ("ORG", "PER", "LOC")


@pytest.mark.parametrize(("spans", "expected"), [
    ([(0, 16, "ORG"), (7, 16, "LOC")], [(0, 16, "ORG")]),
    ([(7, 16, "LOC"), (0, 5, "PER")], [(0, 5, "PER"), (7, 16, "LOC")]),
    ([(0, 4, "A"), (2, 6, "B")], [(0, 4, "A")]),  # same length, overlapping: earlier wins
    ([(3, 5, "X"), (3, 5, "X")], [(3, 5, "X")]),
])
def test_labels_outermost(spans, expected):
    assert list(outermost(spans)) == expected


def test_labels_unified_drops_unmapped_outer_span():
    example = Example("Саммит ООН в Риме", ((0, 17, "EVENT"), (7, 10, "ORGANIZATION"),
                                            (13, 17, "CITY")))
    assert unified("nerel", example).spans == ((7, 10, "ORG"), (13, 17, "LOC"))


# The real datasets: counts from ../shared/datasets/README.md.
@pytest.mark.datasets
@pytest.mark.parametrize(("name", "split", "texts", "spans"), [
    ("kaznerd", "valid", 11167, 13483),
    ("kaznerd", "test", 11307, 13508),
    ("nerel", "dev", None, 5590),
    ("nerel", "test", None, 5827),
    ("factrueval", "dev", 1769, None),
    ("uner_ewt", "test", 2077, 1088),
    ("conll2003", "test", 3453, 5628),
    ("crossner_science", "train", 200, 1075),
])
def test_datasets_load_real(datasets_dir: Path, monkeypatch, name, split, texts, spans):
    monkeypatch.setattr("pipeline.ner.datasets.DATASETS_DIR", datasets_dir)
    examples = list(load(name, split))
    if texts is not None:
        assert len(examples) == texts
    if spans is not None:
        assert sum(len(e.spans) for e in examples) == spans
    for e in examples:
        assert all(0 <= s < t <= len(e.text) and e.text[s:t].strip() for s, t, _ in e.spans)


@pytest.mark.datasets
def test_datasets_factrueval_offsets_match_tokens(datasets_dir: Path, monkeypatch):
    monkeypatch.setattr("pipeline.ner.datasets.DATASETS_DIR", datasets_dir)
    examples = list(load("factrueval", "test"))
    found = [e.text[s:t] for e in examples for s, t, _ in e.spans]
    assert len(found) > 4000  # objects within one sentence
    assert all(f == f.strip() and f for f in found)


def test_datasets_load_unknown():
    with pytest.raises(KeyError):
        load("nope", "test")
    with pytest.raises(KeyError):
        load("kaznerd", "train")  # not in ../shared (see its README)
    assert "re_docred" in SPLITS


def test_datasets_to_docs_keeps_offsets_and_contracts_partial_tokens():
    import spacy

    from pipeline.ner.train import to_docs

    text = "«Болашақ» бағдарламасы Астанада."
    spans = ((1, 8, "PROGRAM"), (23, 31, "LOC"), (23, 26, "X"))
    (doc,) = to_docs(spacy.blank("kk"), [Example(text, spans[:2])])
    assert [(e.text, e.label_) for e in doc.ents] == [("Болашақ", "PROGRAM"), ("Астанада", "LOC")]
    (doc,) = to_docs(spacy.blank("kk"), [Example(text, spans[2:])])
    assert doc.ents == ()  # "Аст" is inside one token: contracted to nothing, dropped


@pytest.mark.datasets
def test_datasets_training_dev_slices_are_disjoint(datasets_dir: Path, monkeypatch):
    from pipeline.ner.train import TRAINING

    monkeypatch.setattr("pipeline.ner.datasets.DATASETS_DIR", datasets_dir)
    (train_part,), (dev_part,) = TRAINING["kk"]
    train, dev = list(train_part.examples()), list(dev_part.examples())
    assert (len(train), len(dev)) == (10050, 1117)
    assert all(part.split != "test" for parts in TRAINING.values() for ps in parts for part in ps)
