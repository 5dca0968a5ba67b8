"""English organisation names: head words, and which words may stand on each side of them.

A name is a run of capitalised words around a head ("Al-Farabi Kazakh National
University", "Ministry of Education and Science of the Republic of Kazakhstan").
Read by ``pipeline.stages.extract.organisations.names``; every language's file has the same
names (checked by ``pipeline.lang.schema.Organisations``). Patterns are regular expressions
matched on whole words; ``(?!)`` matches nothing.
"""

# Singular head words, matched case-insensitively on a whole token.
HEADS = (
    r"university|institute|ministry|academy|bank|fund|foundation|committee|agency|council"
    r"|association|union|organi[sz]ation|company|corporation|holding|cent(?:er|re)|school"
    r"|college|laboratory|department|commission|authority|parliament|government|forum"
    r"|society|party|office|administration|chamber|exchange|consortium|museum|library"
    r"|hospital|clinic|observatory|service|bureau|inc|ltd|llp|jsc|plc"
)
# Heads that also make generic phrases ("German company", "Russian government"): they
# need two name words or a quoted name.
WEAK_HEADS = (r"company|council|cent(?:er|re)|school|department|government|forum|society"
              r"|party|office|administration|chamber|service|union")
HEAD_CAPITALISED = True  # "the university" is no name
NAME_AFTER_HEAD = False  # "... University Mukhambetkali Burkitbaev" is an apposition
# Lowercase words that may stand in a name left / right of the head (none in English),
# and joining words that may stand inside it but never end it.
# A name printed partly in lower case ("Al-Farabi Kazakh national University", "Institute
# of economics of the Republic of Kazakhstan") keeps its institution adjectives before the
# head and its field nouns after it.
LEFT_WORDS = (r"state|national|international|technical|technological|pedagogical|medical"
              r"|agrarian|agricultural|economic|humanitarian|innovative|research|polytechnic"
              r"|industrial|financial|scientific|regional|federal|public|private")
_FIELDS = (r"economics|economy|education|science|sciences|law|medicine|history|philosophy"
           r"|technology|technologies|agriculture|finance|culture|sport|health|healthcare"
           r"|justice|energy|ecology|industry|trade|defence|defense|labour|labor|statistics"
           r"|management|linguistics|literature|art|arts|informatics|mathematics|physics"
           r"|chemistry|biology|geography|geology|sociology|engineering|business")
RIGHT_WORDS = _FIELDS
CLOSING_WORDS = _FIELDS
# A head printed in lower case is still a name's head after this many capitalised words
# ("Zhansyugyurov Zhetysyu state university"); 0: never.
LOWER_HEAD_AFTER = 2
JOIN_LEFT = r"and|&"
JOIN_RIGHT = r"of|the|and|for|&|on|de|named|after"
NAMED_AFTER = r"after"  # a person's name next to it is part of the name
LEFT_CONCEPTS = False  # lowercase lexicon words (pipeline/lang/en/lexicon.py) before the head
COORDINATORS = r"and|&"  # where two coordinated names part ("... Bank and Silk Road Fund")
LEFT_NAME_SHAPE = r".+"  # any capitalised word may stand before the head
FIRST_WORD_NOT_NAME = r"(?!)"  # a sentence's first word is judged like any other
# Capitalised words that start a sentence or clause, never a name ("In", "The", "Our").
NOT_NAME_WORDS = frozenset({
    "the", "a", "an", "in", "at", "on", "by", "from", "with", "to", "for", "of", "and", "as",
    "this", "these", "that", "those", "our", "its", "their", "according", "since", "while",
    "both", "each", "every", "some", "many", "most", "such", "within", "between", "under",
})
NOT_NAME_ENDINGS = r"(?!)"
# Words of a state's name ("People's Republic of China"): a model's ORG with one of them
# and no head word is a place.
STATE_WORDS = r"republic|kingdom|federation|emirates|confederation|commonwealth"
LOWERCASE_TAIL = False  # may an organisation's name end on lowercase words

# A single word shaped like an institution's own name: an inner capital (KazMunayGas,
# KazNU) or a news agency's ending (Tengrinews, Kazinform). A model ORG of this shape stays.
INSTITUTION_SHAPE = (r"[A-Z][a-z]+(?:[A-Z][a-z]*)+(?:-[A-Z]\w*)?|[A-Z]\w*(?:news|inform|press)"
                     r"|[A-Z][a-z]+-[A-Z][a-z]+")
# Words that never stand in a person's name: a model's person holding one is part of an
# organisation's name ("Akhmet Yassawi International Kazakh" of "... Kazakh-Turkish University").
NOT_PERSON_WORDS = (r"international|national|state|federal|eurasian|kazakh|russian|turkish"
                    r"|chinese|american|european|asian|technical|pedagogical|medical|agrarian"
                    r"|economic|scientific|research|north|south|east|west|central|republic")
# Legal-form words before a company's name ("JSC NC “KazMunayGas”"): the name without
# them is established too (``pipeline.stages.extract.organisations.established``).
LEGAL_FORMS = r"jsc|llp|ltd|inc|plc|nc|llc"
# The same written out; either, in capitals or written out, next to a quoted name makes
# it a company's (``pipeline.stages.extract.organisations.quoted``).
LEGAL_FORM_PHRASES = r"joint[- ]stock company|limited liability (?:partnership|company)"
# A name in this language printed in another language's section ("Maqsut Narikbayev
# University" in a Kazakh affiliation) is found with these rules when it fullmatches this.
OWN_STRING = r"[^\u0400-\u04ff]*[A-Za-z][^\u0400-\u04ff]*"
# One word that is an organisation by its shape alone, whatever a model says: a news
# agency (Tengrinews, Kazinform, Тенгриньюс).
AGENCY_SHAPE = r"[A-Z][a-z]{2,}(?:news|inform)"
# Lowercase words that may open a name written all in lower case before its head
# (``pipeline.stages.extract.organisations.lowercase``); English capitalises a name.
LOWERCASE_OPENERS = r"(?!)"

# Bare acronyms (``pipeline.stages.extract.organisations.acronyms``): capitalised
# abbreviations that are never an organisation's name (codes of papers and of accounts,
# degrees, the field's terms, states), checked in every language's list.
NOT_ORG_ACRONYMS = frozenset({
    "UDC", "DOI", "ORCID", "ISSN", "ISBN", "IRSTI", "JEL", "URL", "HTML", "PDF", "LLM", "PHD",
    "MBA", "MSC", "BSC", "CEO", "CFO", "CTO", "GDP", "GNP", "GRP", "GVA", "FDI", "SME", "SMES",
    "ICT", "COVID", "SARS", "HIV", "AIDS", "IPO", "VAT", "IFRS", "GAAP", "ESG", "SDG", "SDGS",
    "KPI", "SWOT", "PEST", "GIS", "GPS", "NGO", "NGOS", "USA", "USSR", "UAE", "PRC",
    "THE", "AND", "FOR", "BIN", "IIN", "IIC", "BIC", "SWIFT", "IBAN", "CPI",
})
# A word right before or after an acronym that makes it a company's name ("the company
# KMG", "KMG shareholders"); a legal form in capitals (LEGAL_FORMS) does the same.
ACRONYM_CUES = r"compan(?:y|ies)|corporation|shareholders?|subsidiar(?:y|ies)|holding|operator"
