"""The NER stage: batching per language, label mapping, document offsets, real backends."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from pipeline.doc.errors import ConfigError
from pipeline.doc.records import Document, Section
from pipeline.doc.spans import Span
from pipeline.ner import backends
from pipeline.ner.registry import NerConfig, check, describe, resolve
from pipeline.stages.extract.entities import find_entities, find_entities_batch

# Three sentences and their entities, written for these tests; the tiny models learn them.
TRAIN = [
    ("Alice works at Acme Corp in Paris .", [("Alice", "PER"), ("Acme Corp", "ORG"),
                                              ("Paris", "LOC")]),
    ("Bob joined Globex in Berlin .", [("Bob", "PER"), ("Globex", "ORG"), ("Berlin", "LOC")]),
    ("Carol left Initech for Madrid .", [("Carol", "PER"), ("Initech", "ORG"),
                                         ("Madrid", "LOC")]),
]


def _spans(text: str, entities: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    return [(text.index(name), text.index(name) + len(name), label) for name, label in entities]


def make_doc(parts: list[tuple[str, str, str]]) -> Document:
    """A document of (kind, lang, text) sections separated by blank lines, after a header."""
    text, sections = "Journal of Tests, vol. 1\n\n", []
    for i, (kind, lang, part) in enumerate(parts):
        start = len(text)
        text += part + "\n\n"
        sections.append(Section(id=f"s{i}", kind=kind, start=start, end=start + len(part),
                                text=part, lang=lang))
    return Document(id="t", path="t.txt", sha256="", text=text, sections=tuple(sections))


def assert_round_trip(doc: Document, mentions) -> None:
    for m in mentions:
        assert doc.text[m.start:m.end] == m.text
        section = doc.section(m.section)
        assert section.start <= m.start < m.end <= section.end
        assert m.lang == section.lang and m.doc == doc.id


# --- the stage with a scripted backend: batching, labels, offsets ------------------------------

@pytest.fixture
def scripted(monkeypatch):
    """Replace model loading by a runner that tags fixed words; records each batch it gets."""
    calls: list[tuple[str, list[str]]] = []
    tags = {"Astana": "GPE", "Kazakhs": "NORP", "Halyk Bank": "ORG", "Ivan": "PERSON"}

    def runner(spec):
        def run(texts):
            calls.append((spec.lang, list(texts)))
            return [[Span(t.index(w), t.index(w) + len(w) + (w == "Ivan"), label)
                     for w, label in tags.items() if w in t] for t in texts]
        return run

    monkeypatch.setattr(backends, "runner", runner)
    return calls


def test_stage_batches_each_language_once(scripted, tmp_path: Path) -> None:
    doc = make_doc([("title", "en", "Halyk Bank in Astana"), ("abstract", "ru", "Ivan x"),
                    ("abstract", "en", "Kazakhs and Astana"), ("keywords", "other", "Astana"),
                    ("affiliation", "en", "   ")])
    config = NerConfig(backends=(("en", "spacy"), ("ru", "natasha")), models_dir=str(tmp_path))
    found = find_entities_batch(doc, list(doc.sections), config)
    assert scripted == [("en", ["Halyk Bank in Astana", "Kazakhs and Astana"]),
                        ("ru", ["Ivan x"])]
    assert [(m.section, m.text, m.label, m.source) for m in found] == [
        ("s0", "Halyk Bank", "ORG", (f"spacy:{tmp_path / 'en'}",)),
        ("s0", "Astana", "LOC", (f"spacy:{tmp_path / 'en'}",)),
        ("s1", "Ivan", "PER", ("natasha",)),  # the trailing space the backend kept is trimmed
        ("s2", "Astana", "LOC", (f"spacy:{tmp_path / 'en'}",)),  # NORP dropped
    ]
    assert_round_trip(doc, found)


def test_stage_skips_languages_without_backend(scripted) -> None:
    doc = make_doc([("abstract", "kk", "Astana"), ("abstract", "en", "Astana")])
    found = find_entities_batch(doc, list(doc.sections), NerConfig(backends=(("en", "spacy"),)))
    assert [(m.lang, m.text) for m in found] == [("en", "Astana")]


# --- Natasha through the stage -----------------------------------------------------------------

RU = ("Профессор Айгуль Сериковна Омарова из Карагандинского университета выступила "
      "в Москве.")


def test_stage_natasha_offsets_round_trip_mid_document() -> None:
    doc = make_doc([("title", "en", "A title"), ("abstract", "ru", RU)])
    config = NerConfig(backends=(("ru", "natasha"),))
    found = find_entities(doc, doc.sections[1], config)
    assert doc.sections[1].start > 0
    assert [(m.text, m.label) for m in found] == [
        ("Айгуль Сериковна Омарова", "PER"), ("Карагандинского университета", "ORG"),
        ("Москве", "LOC")]
    assert {m.source for m in found} == {("natasha",)}
    assert_round_trip(doc, found)


# --- a tiny spaCy pipeline trained here --------------------------------------------------------

def _train_spacy(rename: dict[str, str] | None = None):
    """A blank English pipeline whose NER learned TRAIN (labels renamed) in a few iterations."""
    import spacy
    from spacy.training import Example

    rename = rename or {}
    spacy.util.fix_random_seed(0)
    nlp = spacy.blank("en")
    nlp.add_pipe("ner")
    examples = [Example.from_dict(nlp.make_doc(t), {"entities": [
        (s, e, rename.get(label, label)) for s, e, label in _spans(t, ents)]})
        for t, ents in TRAIN]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(30):
        nlp.update(examples, sgd=optimizer, drop=0.0)
    return nlp


@pytest.fixture(scope="module")
def tiny_spacy(tmp_path_factory) -> Path:
    """A models folder whose en pipeline is a tiny NER trained here."""
    models = tmp_path_factory.mktemp("models")
    _train_spacy().to_disk(models / "en")
    return models


@pytest.fixture
def tiny_spacy_package(tmp_path: Path, monkeypatch) -> str:
    """An importable spaCy package (as `spacy package` builds) speaking OntoNotes labels."""
    nlp = _train_spacy({"PER": "PERSON", "LOC": "GPE"})
    nlp.meta.update(name="tilmash_tiny", version="0.0.1")
    package = tmp_path / "en_tilmash_tiny"
    package.mkdir()
    nlp.to_disk(package / "en_tilmash_tiny-0.0.1")
    shutil.copy(package / "en_tilmash_tiny-0.0.1" / "meta.json", package / "meta.json")
    (package / "__init__.py").write_text(
        "from spacy.util import load_model_from_init_py\n\n\n"
        "def load(**overrides):\n    return load_model_from_init_py(__file__, **overrides)\n",
        encoding="utf-8")
    info = tmp_path / "en_tilmash_tiny-0.0.1.dist-info"  # what pip would write
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: en_tilmash_tiny\n"
                                   "Version: 0.0.1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    return "en_tilmash_tiny"


@pytest.mark.slow
def test_stage_spacy_project_model(tiny_spacy: Path) -> None:
    config = NerConfig(backends=(("en", "spacy"),), models_dir=str(tiny_spacy))
    check(config)
    doc = make_doc([("title", "en", TRAIN[0][0]), ("abstract", "en", TRAIN[1][0]),
                    ("keywords", "en", TRAIN[2][0])])
    found = find_entities_batch(doc, list(doc.sections), config)
    expected = [(s.id, name, label) for s, (_, ents) in zip(doc.sections, TRAIN, strict=True)
                for name, label in ents]
    assert sorted((m.section, m.text, m.label) for m in found) == sorted(expected)
    assert {m.source for m in found} == {(f"spacy:{tiny_spacy / 'en'}",)}
    assert_round_trip(doc, found)
    assert describe(config)["en"]["labels"] == ["LOC", "ORG", "PER"]


@pytest.mark.slow
def test_stage_spacy_folder_backend(tiny_spacy: Path) -> None:
    config = NerConfig(backends=(("en", f"spacy:{tiny_spacy / 'en'}"),), models_dir="/nowhere")
    check(config)
    doc = make_doc([("abstract", "en", TRAIN[1][0])])
    assert [(m.text, m.label) for m in find_entities_batch(doc, list(doc.sections), config)] == [
        ("Bob", "PER"), ("Globex", "ORG"), ("Berlin", "LOC")]


@pytest.mark.slow
def test_stage_spacy_package_labels_unified(tiny_spacy_package: str) -> None:
    config = NerConfig(backends=(("en", f"spacy-package:{tiny_spacy_package}"),))
    check(config)
    doc = make_doc([("abstract", "en", TRAIN[2][0])])
    found = find_entities_batch(doc, list(doc.sections), config)
    assert [(m.text, m.label, m.source) for m in found] == [
        ("Carol", "PER", ("spacy-package:en_tilmash_tiny",)),  # trained as PERSON
        ("Initech", "ORG", ("spacy-package:en_tilmash_tiny",)),
        ("Madrid", "LOC", ("spacy-package:en_tilmash_tiny",))]  # trained as GPE
    assert_round_trip(doc, found)
    assert describe(config)["en"] == {
        "backend": "spacy-package", "source": "spacy-package:en_tilmash_tiny",
        "model": "en_tilmash_tiny", "version": "0.0.1", "spacy_version": ">=3.8.18,<3.9.0",
        "labels": ["GPE", "ORG", "PERSON"]}


# --- a tiny Stanza NER model trained here ------------------------------------------------------

@pytest.fixture(scope="module")
def torch_one_thread():
    """Tiny models train several times faster on one thread than on a busy shared machine."""
    torch = pytest.importorskip("torch")
    pytest.importorskip("stanza")
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


def _train_stanza(root: Path, *options: str) -> Path:
    """Train a Stanza NER model on TRAIN into ``root``/model with stanza.models.ner_tagger."""
    from stanza.models import ner_tagger

    data = [_bio(text, ents) for text, ents in TRAIN]
    for name in ("train.json", "dev.json"):
        (root / name).write_text(json.dumps(data), encoding="utf-8")
    ner_tagger.main([
        "--train_file", str(root / "train.json"), "--eval_file", str(root / "dev.json"),
        "--shorthand", "en_tiny", "--save_dir", str(root / "model"),
        "--save_name", "en_tiny_nertagger.pt", "--max_steps", "60", "--eval_interval", "20",
        "--hidden_dim", "16", "--char_hidden_dim", "16", "--char_emb_dim", "16", "--lr", "0.5",
        "--batch_size", "3", "--seed", "1", *options])
    return root / "model"


@pytest.fixture(scope="module")
def tiny_stanza(tmp_path_factory, torch_one_thread) -> Path:
    """A Stanza NER model trained on TRAIN without word vectors."""
    return _train_stanza(tmp_path_factory.mktemp("stanza"), "--no_pretrain",
                         "--word_emb_dim", "16")


@pytest.fixture(scope="module")
def tiny_stanza_pretrain(tmp_path_factory, torch_one_thread) -> Path:
    """A Stanza NER model trained on TRAIN with (random) pretrained word vectors beside it."""
    import random

    from stanza.models.common.pretrain import Pretrain

    root = tmp_path_factory.mktemp("stanza_pretrain")
    words = sorted({w for text, _ in TRAIN for w in text.split()})
    rng = random.Random(0)
    rows = [" ".join([w, *(f"{rng.uniform(-1, 1):.3f}" for _ in range(8))]) for w in words]
    (root / "vectors.txt").write_text(f"{len(words)} 8\n" + "\n".join(rows) + "\n",
                                      encoding="utf-8")
    (root / "model").mkdir()
    pretrain = root / "model" / "en_tiny.pretrain.pt"
    Pretrain(str(pretrain), str(root / "vectors.txt"), save_to_file=True).load()
    return _train_stanza(root, "--wordvec_pretrain_file", str(pretrain))


@pytest.fixture(scope="module")
def stanza_resources(tmp_path_factory, tiny_stanza: Path) -> Path:
    """A folder laid out as stanza.download writes it, with a tiny tokenizer and the NER."""
    from stanza.models import tokenizer

    root, work = tmp_path_factory.mktemp("stanza_resources"), tmp_path_factory.mktemp("tok")
    texts = [t.replace(" .", ".") for t, _ in TRAIN]
    txt, labels = work / "train.txt", work / "train.toklabels"
    txt.write_text("\n\n".join([" ".join(texts)] * 4) + "\n", encoding="utf-8")
    labels.write_text("\n\n".join(["0".join(_token_labels(t) for t in texts)] * 4) + "\n",
                      encoding="utf-8")
    (work / "mwt.json").write_text("[]", encoding="utf-8")
    tokenizer.main([
        "--txt_file", str(txt), "--label_file", str(labels), "--dev_txt_file", str(txt),
        "--dev_label_file", str(labels), "--mwt_json_file", str(work / "mwt.json"),
        "--lang", "en", "--shorthand", "en_tiny", "--save_dir", str(root / "en" / "tokenize"),
        "--save_name", "tiny.pt", "--steps", "100", "--eval_steps", "100", "--lr0", "0.02",
        "--emb_dim", "8", "--hidden_dim", "16", "--batch_size", "4", "--max_seqlen", "50",
        "--dropout", "0", "--unit_dropout", "0", "--tok_noise", "0", "--sent_drop_prob", "0",
        "--last_char_drop_prob", "0", "--seed", "1"])
    (root / "en" / "ner").mkdir()
    shutil.copy(tiny_stanza / "en_tiny_nertagger.pt", root / "en" / "ner" / "tiny.pt")
    resources = {"en": {"lang_name": "English", "tokenize": {"tiny": {}}, "ner": {"tiny": {}},
                        "packages": {"default": {"tokenize": "tiny", "ner": "tiny"}}}}
    (root / "resources.json").write_text(json.dumps(resources), encoding="utf-8")
    return root


def _token_labels(sentence: str) -> str:
    """Stanza's character labels: 1 ends a token, 2 ends the sentence, 0 elsewhere."""
    labels = ["0"] * len(sentence)
    tokens = list(re.finditer(r"\w+|[^\w\s]", sentence))
    for i, token in enumerate(tokens):
        labels[token.end() - 1] = "2" if i == len(tokens) - 1 else "1"
    return "".join(labels)


def _bio(text: str, ents: list[tuple[str, str]]) -> list[dict[str, str]]:
    """Stanza's NER training format: whitespace tokens with BIO tags."""
    spans = _spans(text, ents)
    rows = []
    for token in re.finditer(r"\S+", text):
        tag = next(((("B-" if token.start() == s else "I-") + label)
                    for s, e, label in spans if s <= token.start() < e), "O")
        rows.append({"text": token.group(), "ner": tag})
    return rows


@pytest.mark.slow
def test_stage_stanza_model_folder(tiny_stanza: Path) -> None:
    config = NerConfig(backends=(("en", f"stanza:{tiny_stanza}"),))
    check(config)
    # the model was trained on space-separated tokens; here the full stop sticks to the word
    texts = [t.replace(" .", ".") for t, _ in TRAIN]
    doc = make_doc([("title", "en", "x"), ("abstract", "en", " ".join(texts[:2])),
                    ("keywords", "en", ""), ("abstract", "en", texts[2])])
    found = find_entities_batch(doc, list(doc.sections), config)
    assert [(m.section, m.text, m.label) for m in found] == [
        ("s1", "Alice", "PER"), ("s1", "Acme Corp", "ORG"), ("s1", "Paris", "LOC"),
        ("s1", "Bob", "PER"), ("s1", "Globex", "ORG"), ("s1", "Berlin", "LOC"),
        ("s3", "Carol", "PER"), ("s3", "Initech", "ORG"), ("s3", "Madrid", "LOC")]
    assert {m.source for m in found} == {(f"stanza:{tiny_stanza}",)}
    assert_round_trip(doc, found)
    assert describe(config)["en"]["files"] == {"ner_model_path": "en_tiny_nertagger.pt"}


@pytest.mark.slow
def test_stage_stanza_resources_folder(stanza_resources: Path) -> None:
    config = NerConfig(backends=(("en", f"stanza:{stanza_resources}"),))
    check(config)
    text = " ".join(t.replace(" .", ".") for t, _ in TRAIN[:2])
    doc = make_doc([("title", "en", "x"), ("abstract", "en", text)])
    found = find_entities_batch(doc, list(doc.sections), config)
    assert [(m.text, m.label) for m in found] == [
        ("Alice", "PER"), ("Acme Corp", "ORG"), ("Paris", "LOC"),
        ("Bob", "PER"), ("Globex", "ORG"), ("Berlin", "LOC")]
    assert_round_trip(doc, found)
    assert describe(config)["en"]["layout"] == "resources.json"


@pytest.mark.slow
def test_stage_stanza_model_with_pretrain(tiny_stanza_pretrain: Path, tmp_path: Path) -> None:
    config = NerConfig(backends=(("en", f"stanza:{tiny_stanza_pretrain}"),))
    check(config)
    assert describe(config)["en"]["files"] == {"ner_model_path": "en_tiny_nertagger.pt",
                                               "ner_pretrain_path": "en_tiny.pretrain.pt"}
    doc = make_doc([("abstract", "en", TRAIN[0][0])])
    assert [(m.text, m.label) for m in find_entities_batch(doc, list(doc.sections), config)] == [
        ("Alice", "PER"), ("Acme Corp", "ORG"), ("Paris", "LOC")]
    # without its word vectors Stanza would load the model anyway and tag nonsense
    shutil.copy(tiny_stanza_pretrain / "en_tiny_nertagger.pt", tmp_path)
    with pytest.raises(ConfigError, match=r"ner_pretrain_path \(en_tiny\.pretrain\.pt\)"):
        check(NerConfig(backends=(("en", f"stanza:{tmp_path}"),)))


@pytest.mark.slow
@pytest.mark.parametrize("fixture", ["tiny_stanza", "tiny_stanza_pretrain", "stanza_resources"])
def test_stanza_runner_handles_blank_texts(fixture: str, request) -> None:
    folder = request.getfixturevalue(fixture)
    spec = resolve(NerConfig(backends=(("en", f"stanza:{folder}"),)), "en")
    found = backends.runner(spec)(["", "  ", "Bob joined Globex in Berlin."])
    assert found[:2] == [[], []]
    assert [(f.start, f.end, f.label) for f in found[2]] == [
        (0, 3, "PER"), (11, 17, "ORG"), (21, 27, "LOC")]


# --- the project's trained models (models/<lang>), once they exist ------------------------------

# Affiliation lines written for this test (the commonest place of an organisation in a paper).
PROJECT_CASES = [
    ("en", "L.N. Gumilyov Eurasian National University, Astana, Kazakhstan", "University"),
    ("ru", "Евразийский национальный университет имени Л.Н. Гумилева, Астана, Казахстан",
     "университет"),
    ("kk", "Л.Н. Гумилев атындағы Еуразия ұлттық университеті, Астана, Қазақстан",
     "университеті"),
]


@pytest.mark.models
@pytest.mark.parametrize(("lang", "text", "org_word"), PROJECT_CASES)
def test_project_model_finds_an_organisation(lang: str, text: str, org_word: str) -> None:
    models = NerConfig().models_dir  # $TILMASH_MODELS or <repo>/models
    if not (Path(models) / lang / "config.cfg").is_file():
        pytest.skip(f"{models}/{lang} is not trained yet")
    config = NerConfig(backends=((lang, "spacy"),), models_dir=models)
    check(config)
    doc = make_doc([("title", "en", "A title"), ("abstract", lang, text)])
    found = find_entities_batch(doc, list(doc.sections), config)
    assert any(m.label == "ORG" and org_word in m.text for m in found), found
    assert {m.source for m in found} == {(backends.source(resolve(config, lang)),)}
    assert_round_trip(doc, found)
