"""Backend labels -> Tilmash's unified label set, as one table.

The project's own pipelines are trained on unified labels already; installed
spaCy packages and Stanza models speak OntoNotes (en), CoNLL/WikiNER (ru:
PER LOC ORG MISC), KazNERD (kk) or NEREL (ru); Natasha speaks PER LOC ORG.
Where a label also names a training-data label, it maps as the training data
does (``pipeline.ner.labels``: TIME -> DATE, QUANTITY -> CARDINAL), so every
backend means the same by each unified label. Labels that map to ``None`` (and
labels not in the table) are dropped: nationalities, works of art, ordinals
and the like are not extracted.
"""

from __future__ import annotations

from pipeline.ner.labels import UNIFIED

LABELS: dict[str, str | None] = {
    **{label: label for label in UNIFIED},
    # OntoNotes 5 (spaCy en_core_web_*, Stanza en)
    "PERSON": "PER",
    "GPE": "LOC",
    "FAC": "LOC",
    "LAW": "PROGRAM",
    "NORP": None,
    "PRODUCT": None,
    "EVENT": None,
    "WORK_OF_ART": None,
    "LANGUAGE": None,
    "TIME": "DATE",
    "QUANTITY": "CARDINAL",
    "ORDINAL": None,
    # CoNLL 2003, WikiNER (spaCy ru_core_news_*, xx_ent_wiki_sm, Stanza ru)
    "MISC": None,
    # KazNERD (Stanza kk)
    "ORGANISATION": "ORG",
    "LOCATION": "LOC",
    "FACILITY": "LOC",
    "PROJECT": "PROGRAM",
    "PERCENTAGE": "PERCENT",
    "ADAGE": None,
    "ART": None,
    "CONTACT": None,
    "DISEASE": None,
    "MISCELLANEOUS": None,
    "NON_HUMAN": None,
    "POSITION": None,
    # NEREL, FactRuEval, Re-DocRED (models trained on them keep their labels)
    "ORGANIZATION": "ORG",
    "COUNTRY": "LOC",
    "CITY": "LOC",
    "STATE_OR_PROVINCE": "LOC",
    "DISTRICT": "LOC",
    "NUMBER": "CARDINAL",
    "LOCORG": "LOC",
    "NUM": "CARDINAL",
}


def unify(label: str) -> str | None:
    """The unified label of a backend label (None: not extracted)."""
    return LABELS.get(label.upper())
