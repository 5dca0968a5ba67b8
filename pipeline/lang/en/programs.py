"""English programme cue words, name words and generic-phrase stops.

Read by ``pipeline.stages.extract.programs``.
"""

# (kind, lemma, regex of the surface forms, capitalised only)
CUES = (
    ("programme", "programme", r"programmes?|programs?", False),
    ("strategy", "strategy", r"strateg(?:y|ies)", False),
    ("initiative", "initiative", r"initiatives?", False),
    ("plan", "plan", r"plans?", False),
    ("plan", "roadmap", r"road[- ]?maps?|roadmaps?", False),
    ("law", "law", r"laws?", False),
    ("law", "act", r"acts?", True),
    ("law", "code", r"codes?", True),
    ("law", "constitution", r"constitution", True),
    ("concept", "concept", r"concepts?", False),
    ("concept", "doctrine", r"doctrines?", True),
    ("project", "project", r"projects?", False),
    ("strategy", "policy", r"polic(?:y|ies)", False),  # a named policy: the "Bright Road" policy
)
# Capitalised cues that name one law by themselves ("the Constitution").
# Cues that name a programme only next to a quoted name ("сыртқы саясаты" is just policy).
QUOTED_ONLY = ("policy",)
SELF_NAMED = ("constitution",)
# Article and part references that belong to a cited law, before or after it.
LAW_PARTS_BEFORE = r"$^"
LAW_PARTS_AFTER = r"$^"
GENDER: dict[str, str] = {}  # English adjectives do not agree with the cue

# Words that may stand between a name and its cue, or before the cue ("state programme").
MODIFIERS = (r"state|national|government|governmental|federal|presidential|strategic|new|"
             r"economic|social|industrial|innovation|foreign|development")
# Words that introduce a name after the cue ("a programme called ...").
NAMING = r"called|named|entitled|titled|known\s+as|such\s+as|of"
# Words joining coordinated quoted names ("the "A" and the "B" strategies").
COORDINATION = r"and|or|,"
# Words that begin a name which are not part of it.
ARTICLES = ("the", "a", "an")

# A word that can be part of an unquoted name: capitalised, or a number (13th, 2050, 2016-2020).
NAME_WORD = r"(?:[A-Z][\w’'.&]*(?:-[\w’']+)*-?|\d{1,4}(?:st|nd|rd|th)?(?:[-–−]\d{2,4})?)"
# Lower-case words allowed inside an unquoted name ("Law on Science", "Plan of the Nation").
NAME_JOINERS = r"and|of|for|on|the|to|a"
# Before a cue a name may also hold "in" ("Made in China 2025 plan"); after it "in" ends it.
NAME_JOINERS_BEFORE = r"and|of|for|on|the|to|a|in"
NAME_LOWER_WORDS = 0  # English names are title case: no lower-case words before the cue
NAME_BEFORE = True  # "Kazakhstan 2050 Strategy", "Digital Kazakhstan programme"
POSSESSIVE = r"(?:'s|’s|s'|s’)$"  # "China's programme" is China's, not a name

# Capitalised words that never make a programme name on their own ("the Chinese programme").
STOP_WORDS = frozenset("""
this that these those our its their his her your my the a an such each every other another any
some all both first second third new old current previous national state government governmental
federal presidential strategic chinese kazakh kazakhstani russian american european western eastern
asian central northern southern soviet british french german indian japanese korean turkish
uzbek kyrgyz main major key
joint international regional local in on of for and to by at with from as confucian communist
one two three four five six seven eight nine ten several many few
""".split())

# Lower-case cue forms that speak of programmes in general ("CCP plans", "6 projects").
GENERIC_CUE = r"s$"
# After a cue, these make it a verb or a generic use ("plans to set up", "projects such as").
NOT_AFTER = r"\s+to\s+\w|\s+such\s+as\b"

# Law names with "about" complements written in lower case (Russian, Kazakh); none in English.
ABOUT_BEFORE = ""
ABOUT_AFTER = ""
# Sentence-initial or capitalised cue with a lower-case genitive complement (Russian); none here.
COMPLEMENT_WORD = ""
COMPLEMENT_STOP: frozenset[str] = frozenset()
COMPLEMENT_VERB = r"$^"
COMPLEMENT_PREPOSITIONS: frozenset[str] = frozenset()
COMPLEMENT_MAX = 0

# Case and number endings stripped for the grouping key (longest first is applied in code).
KEY_ENDINGS = ("'s", "’s", "es", "s")

# Where a name may stand relative to its cue: a quoted name after the cue ("programme «X»"),
# name words after a lower-case cue ("project Nurly Zhol"), and a cue closing a quoted name.
QUOTE_AFTER_CUE = True
NAME_AFTER_LOWER_CUE = True
CUE_OPENS_QUOTE = True
CUE_ENDS_QUOTE = True
ABOUT_KINDS = ("law",)  # kinds named by their subject ("закон о науке", "ғылым туралы заң")
# A word in a case that cannot stand inside a name before its cue ("Еуропаға шығу жоспары").
NAME_BREAK = r"$^"

# Quote pairs a name can be printed in (opening, closing); ASCII quotes open and close alike.
QUOTES = (("“", "”"), ("«", "»"), ("„", "“"), ("„", "”"), ('"', '"'), ("‘", "’"), ("”", "”"))

# Programmes known by name alone (pipeline.stages.extract.programs.listed): (canonical name, kind,
# regex). General knowledge of the best known Kazakhstani and Chinese programmes, with the
# spellings in use; a name matches as whole words, case-insensitively only in capitals.
LISTED = (
    ("Belt and Road", "initiative",
     r"(?:One\s*)?Belt\s*(?:and|&|/|,|–|-)\s*(?:One\s*)?Road"),
    ("BRI", "initiative", r"BRI"),
    ("OBOR", "initiative", r"OBOR"),
    ("Nurly Zhol", "programme", r"Nurly\s+(?:Zhol|Jol)"),
    ("Digital Kazakhstan", "programme", r"Digital\s+Kazakhstan"),
    ("Rukhani Zhangyru", "programme", r"Rukhani\s+Zhan?g(?:y|u)ru"),
    ("SPIID", "programme", r"SPIID"),
)

# Unquoted titles (pipeline.stages.extract.programs.titles): the state's name after a cue, the word
# that opens a law's title, a dating phrase after a name, and the kinds that are dated.
STATE_AFTER = r"\s+of\s+the\s+Republic\s+of\s+Kazakhstan|\s+of\s+the\s+RK"
TITLE_WORD = r"\s+(On|on)(?=\s)"
YEARS_AFTER = r"\s+(?:for|until|till|to)\s+(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)?\d\d)?"
YEARS_BEFORE = ""
STATE_BEFORE = ""
DATED_KINDS = ("concept", "strategy", "plan", "programme")
