"""English section markers and layout cue words (matched case-insensitively)."""

ABSTRACT = ("abstract", "summary", "annotation")
KEYWORDS = ("key words", "keywords", "key-words", "key terms", "tags")
REFERENCES = ("references", "bibliography", "list of references", "literature", "sources")
AUTHOR_INFO = (
    "information about the authors",
    "information about the author",
    "information about authors",
    "about the authors",
    "about the author",
    "author information",
    "author biography",
    "author biographies",
    "authors' biographies",
    "written by",
)
TABLE = ("table",)
TABLE_END = ("source", "sources", "note", "notes")
BODY_HEADINGS = (
    "introduction", "conclusion", "conclusions", "discussion", "results", "the results",
    "methods", "methodology", "materials and methods", "literature review", "acknowledgements",
    "acknowledgments", "results and discussion",
)
AFFILIATION_CUES = (
    "university", "institute", "academy", "college", "school", "department", "faculty",
    "ministry", "centre", "center", "laboratory", "e-mail", "email", "named after",
)
# Page furniture: lines that are neither front matter nor body (codes, identifiers, counters,
# citation hints, running heads). Regular expressions matched at a line start, case-blind.
FURNITURE = (
    r"doi\b", r"https?://doi\.org/", r"udc\b", r"irsti\b", r"jel\b", r"issn\b", r"e-?issn\b",
    r"orcid\b", r"how to cite\b", r"cite this article\b", r"views?\s*:", r"downloads?\s*:",
    r"received\s*:", r"accepted\s*:", r"published\s*:", r"vol(?:ume)?\.?\s*\d",
)
# Words of a journal's running head ("Вестник КазНУ, № 3, 2021"): a short line with one of
# them and a number is page furniture.
JOURNAL_WORDS = ("journal", "bulletin", "herald", "proceedings", "vestnik", "habarshy", "series")
