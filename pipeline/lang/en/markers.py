"""English section markers and layout cue words (matched case-insensitively)."""

ABSTRACT = ("abstract", "summary")
KEYWORDS = ("key words", "keywords", "key-words", "key terms")
REFERENCES = ("references", "bibliography", "list of references", "literature", "sources")
AUTHOR_INFO = (
    "information about the authors",
    "information about the author",
    "information about authors",
    "about the authors",
    "about the author",
    "author information",
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
    "ministry", "centre", "center", "laboratory", "e-mail", "email",
)
