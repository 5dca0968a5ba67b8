"""Tilmash: organisations, programmes and figures from trilingual academic papers."""

import os

# Prefect reads its settings when first imported. A run needs no telemetry (the machines
# have no internet, and a failed upload prints an error line); users can still override.
for _name, _value in (("DO_NOT_TRACK", "1"), ("PREFECT_SERVER_ANALYTICS_ENABLED", "false")):
    os.environ.setdefault(_name, _value)

from pipeline.doc.records import (  # noqa: E402  (after the Prefect settings above)
    Document,
    FigureMention,
    Mention,
    ProgramMention,
    Section,
    Sentence,
)

__version__ = "0.1.0"

__all__ = [
    "Document",
    "FigureMention",
    "Mention",
    "ProgramMention",
    "Section",
    "Sentence",
    "__version__",
]
