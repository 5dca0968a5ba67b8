"""The project's exceptions. Each message says what went wrong and how to fix it."""

from __future__ import annotations


class TilmashError(Exception):
    """Base class of every error Tilmash raises on purpose."""


class InputError(TilmashError):
    """A document cannot be read or is not a paper we can process."""

    def __init__(self, path: str, reason: str, code: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.code = code  # stable, greppable: "empty", "binary", "encoding", ...


class ConfigError(TilmashError):
    """The configuration asks for something that is not available."""
