"""The Kazakh spaCy language class: registration and tokenizer rules."""

from __future__ import annotations

import pytest
import spacy

from pipeline.lang.kk.spacy_lang import Kazakh
from pipeline.lang.kk.tokenizer import ABBREVIATIONS


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("kk")


def test_kk_tokenizer_entry_point_registered():
    assert spacy.util.get_lang_class("kk") is Kazakh


@pytest.mark.parametrize(("text", "tokens"), [
    ("Әл-Фараби атындағы университет", ["Әл-Фараби", "атындағы", "университет"]),
    ("ғылыми-зерттеу институты", ["ғылыми-зерттеу", "институты"]),
    ("1,3 млрд теңге", ["1,3", "млрд", "теңге"]),
    ("«Цифрлық Қазақстан» бағдарламасы", ["«", "Цифрлық", "Қазақстан", "»", "бағдарламасы"]),
    ("(«Болашақ»)", ["(", "«", "Болашақ", "»", ")"]),
    ("2020 ж. қабылданды", ["2020", "ж.", "қабылданды"]),
    ("Алматы қ., Абай көш.", ["Алматы", "қ.", ",", "Абай", "көш."]),
    ("кітаптар, т.б. заттар", ["кітаптар", ",", "т.б.", "заттар"]),
    ("5 млн. адам", ["5", "млн.", "адам"]),
    ("Ж. Баласағұн", ["Ж.", "Баласағұн"]),
    ("ф.ғ.к., доцент", ["ф.ғ.к.", ",", "доцент"]),
    ("12,5% өсті.", ["12,5", "%", "өсті", "."]),
    ("2015-2020 жылдар", ["2015", "-", "2020", "жылдар"]),
    ("Ол келді. Біз кеттік.", ["Ол", "келді", ".", "Біз", "кеттік", "."]),
])
def test_kk_tokenizer_splits(nlp, text, tokens):
    assert [t.text for t in nlp(text)] == tokens


@pytest.mark.parametrize("abbreviation", sorted(ABBREVIATIONS))
def test_kk_tokenizer_abbreviation_is_one_token(nlp, abbreviation):
    assert [t.text for t in nlp(f"сөз {abbreviation} сөз")] == ["сөз", abbreviation, "сөз"]


def test_kk_tokenizer_offsets_round_trip(nlp):
    text = "«Нұрлы жол» 2015–2019 жж. 1,3 трлн теңге (Әл-Фараби)."
    doc = nlp(text)
    assert all(text[t.idx:t.idx + len(t)] == t.text for t in doc)
    assert "".join(t.text_with_ws for t in doc) == text
