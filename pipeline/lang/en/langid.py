"""English evidence for language identification: alphabet and frequent words."""

SCRIPT = "latin"  # which identifier weighs the language (pipeline.stages.language.identify)
ALPHABET = "abcdefghijklmnopqrstuvwxyz"
TELLING = ""
PATTERNS = ()
SUFFIXES: tuple[str, ...] = ()
WORDS = frozenset("""
the of and to in a is that for it as was with be by on not he i this are or his from at
which but have an had they you were their one all we can her has there been if more when
will would who so no our my me your do what about its these those such than into also
""".split())
