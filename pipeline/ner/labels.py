"""Dataset labels -> Tilmash's unified NER labels, one table per dataset.

The tables follow the mapping table of ../shared/datasets/README.md. The
README's "optional" members are taken: FACILITY -> LOC and TIME -> DATE (KazNERD,
NEREL), Facility -> LOC (FactRuEval); the other optional ones (CrossNER
conference / academicjournal / magazine) are left out because they are
titles as often as organisations. A label missing from a table is dropped.

Nested spans (NEREL, FactRuEval) are flattened for a flat NER by keeping the
OUTERMOST mapped spans: after mapping (and dropping unmapped labels) a span is
kept unless it overlaps a longer kept span, longer first, then earlier first.
So "Правоохранительные органы Киргизии" stays one ORG and the COUNTRY inside
it is dropped, while an unmapped outer span (e.g. an EVENT) does not hide the
ORG inside it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from pipeline.ner.datasets import Example, Span

UNIFIED = ("ORG", "PER", "LOC", "PROGRAM", "MONEY", "PERCENT", "DATE", "CARDINAL")

_CROSSNER = {
    **dict.fromkeys(("organisation", "university", "politicalparty", "band"), "ORG"),
    **dict.fromkeys(("person", "politician", "scientist", "researcher", "writer",
                     "musicalartist"), "PER"),
    **dict.fromkeys(("location", "country"), "LOC"),
}

MAPPINGS: dict[str, dict[str, str]] = {
    "kaznerd": {
        "ORGANISATION": "ORG", "PERSON": "PER", "GPE": "LOC", "LOCATION": "LOC",
        "FACILITY": "LOC", "PROJECT": "PROGRAM", "LAW": "PROGRAM", "MONEY": "MONEY",
        "PERCENTAGE": "PERCENT", "DATE": "DATE", "TIME": "DATE", "CARDINAL": "CARDINAL",
        "QUANTITY": "CARDINAL",
    },
    "nerel": {
        "ORGANIZATION": "ORG", "PERSON": "PER", "COUNTRY": "LOC", "CITY": "LOC",
        "STATE_OR_PROVINCE": "LOC", "DISTRICT": "LOC", "LOCATION": "LOC", "FACILITY": "LOC",
        "LAW": "PROGRAM", "MONEY": "MONEY", "PERCENT": "PERCENT", "DATE": "DATE",
        "TIME": "DATE", "NUMBER": "CARDINAL",
    },
    "factrueval": {
        "Org": "ORG", "Person": "PER", "Location": "LOC", "LocOrg": "LOC",
        "Facility": "LOC", "Project": "PROGRAM",
    },
    "uner_ewt": {"ORG": "ORG", "PER": "PER", "LOC": "LOC"},
    "conll2003": {"organisation": "ORG", "person": "PER", "location": "LOC"},
    "re_docred": {"ORG": "ORG", "PER": "PER", "LOC": "LOC", "TIME": "DATE", "NUM": "CARDINAL"},
    "crossner": _CROSSNER,
}

# Which unified labels each dataset annotates at all: evaluating a model on a
# dataset scores only these (an en model's DATE is not "wrong" on UNER).
def covered(dataset: str) -> tuple[str, ...]:
    """The unified labels a dataset annotates, in UNIFIED order."""
    values = set(_table(dataset).values())
    return tuple(label for label in UNIFIED if label in values)


def _table(dataset: str) -> dict[str, str]:
    family = "crossner" if dataset.startswith("crossner") else dataset
    if family not in MAPPINGS:
        raise KeyError(f"no label mapping for dataset {dataset!r}; known: {sorted(MAPPINGS)}")
    return MAPPINGS[family]


def unify(dataset: str, label: str) -> str | None:
    """The unified label of a dataset label (None: not extracted)."""
    return _table(dataset).get(label)


def outermost(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Non-overlapping spans, longest first then earliest; sorted by start."""
    kept: list[Span] = []
    for span in sorted(set(spans), key=lambda s: (s[0] - s[1], s[0], s[2])):
        if all(span[1] <= k[0] or k[1] <= span[0] for k in kept):
            kept.append(span)
    return tuple(sorted(kept))


def unified(dataset: str, example: Example) -> Example:
    """``example`` with unified labels, unmapped spans dropped, nesting flattened."""
    table = _table(dataset)
    mapped = [(s, e, table[label]) for s, e, label in example.spans if label in table]
    return Example(example.text, outermost(mapped))


def unify_all(dataset: str, examples: Iterable[Example]) -> Iterator[Example]:
    """``unified`` over a stream."""
    for example in examples:
        yield unified(dataset, example)
