"""Tilmash: organisations, programmes and figures from trilingual academic papers."""

from pipeline.records import (
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
