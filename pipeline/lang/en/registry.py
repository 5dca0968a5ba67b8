"""English words for registry matching (see ``pipeline/registry``).

``ABBREVIATIONS``: shortened words of affiliation lines, lowercased, without their dot.
``NAMED_AFTER``: words that join an eponym to a name; they are left out of a name's key, so
"Kazakh National University named after al-Farabi" and "Al-Farabi Kazakh National
University" meet. ``MARK``: letters that say a word is written in this language's script.
"""

ABBREVIATIONS = {
    "univ": "university", "uni": "university", "universty": "university", "inst": "institute",
    "instit": "institute", "natl": "national", "nat": "national", "int": "international",
    "intl": "international", "acad": "academy", "sci": "sciences", "tech": "technology",
    "technol": "technology", "coll": "college", "med": "medical", "hosp": "hospital",
    "ctr": "center", "cent": "center", "centre": "center", "res": "research", "lab": "laboratory",
    "labs": "laboratories", "st": "state", "agric": "agricultural", "polytech": "polytechnic",
    "ped": "pedagogical", "assoc": "association", "co": "company", "corp": "corporation",
    "rk": "republic of kazakhstan",
}
NAMED_AFTER = ("named after", "n.a.", "n. a.")
MARK = "[A-Za-z\u00c0-\u024f]"
MARK_ORDER = 2  # languages sharing a script: the one with the most specific letters first

# Country names affiliation lines use besides the registry's own (ISO 3166 code -> names).
COUNTRIES = {
    "US": ("USA", "U.S.A.", "United States of America", "U.S."), "GB": ("UK", "U.K.",
    "United Kingdom", "England", "Scotland", "Wales", "Northern Ireland", "Great Britain"),
    "CN": ("PR China", "P.R. China", "People's Republic of China", "PRC"), "KR": (
    "South Korea", "Republic of Korea", "Korea"), "RU": ("Russian Federation", "Russia"),
    "KZ": ("Republic of Kazakhstan", "Kazakhstan"), "TR": ("Turkey", "Türkiye"),
    "VN": ("Vietnam", "Viet Nam"), "IR": ("Iran",), "CZ": ("Czech Republic", "Czechia"),
    "TW": ("Taiwan",), "NL": ("The Netherlands", "Holland"), "AE": ("UAE",),
}

# Words that open a unit of an organisation: a registry name followed by one of them is
# still that organisation ("University of Astana School of Law").
UNIT_WORDS = ("school", "college", "faculty", "department", "hospital", "institute", "center",
              "centre", "laboratory", "campus", "division", "graduate", "medical", "clinic")

# Heads of the parts of an institution an affiliation names before it (left out of the
# organisation's span: "Department of Economics, Al-Farabi KazNU").
SUBUNIT_WORDS = ("department", "dept", "faculty", "chair", "division", "section",
                 "laboratory", "lab", "unit", "program", "programme", "group", "office")

# Stopwords kept in a name's key: the bag of words is order-free, and "of" is what tells
# "University of Washington" from "Washington University".
KEPT = ("of",)
