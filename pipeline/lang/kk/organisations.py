"""Kazakh organisation names: head words with possessive and case endings, the words before.

The head closes the name and everything else stands before it ("Әл-Фараби атындағы
Қазақ ұлттық университеті", "Қазақстан Республикасы Білім және ғылым министрлігі").
Read by ``pipeline.stages.extract.organisations.names``.
"""

_CASE = r"(?:ның|нің|на|не|ын|ін|н|нда|нде|нан|нен|мен|ға|ге|да|де|дан|ден)?"
# Endings stacked before the case ending, as printed, even where a spelling is odd:
# институтындағы ("at the institute"), институтығының.
_STACK = r"(?:ғы|гі|н?дағы|н?дегі)?"
# Head words with possessive/case endings, matched case-insensitively on a whole token.
HEADS = (
    rf"(?:университет[іi]|институт[ыі]|министрліг[іi]|академиясы|банк[іi]|қоры|комитет[іi]"
    rf"|агенттіг[іi]|кеңес[іi]|қауымдастығы|одағы|ұйымы|компаниясы|корпорациясы|холдинг[іi]"
    rf"|орталығы|мектеб[іi]|колледж[іi]|зертханасы|департамент[іi]|комиссиясы"
    rf"|парламент[іi]|үкімет[іi]|форумы|қоғамы|партиясы|басқармасы|палатасы|биржасы"
    rf"|мұражайы|кітапханасы|ауруханасы|бюросы){_STACK}{_CASE}"
    r"|(?:университет|институт|академия|банк|қор|комитет|колледж|форум|бюро)"
    r"|одақ(?:тың|қа|та|тан|пен|ты)?"
)
# Heads that also make generic phrases ("Германия компаниясы", "Ресей үкіметі"): they
# need two name words or a quoted name.
WEAK_HEADS = (r"(?:компаниясы|кеңес[іi]|орталығы|мектеб[іi]|департамент[іi]|үкімет[іi]"
              r"|форумы|қоғамы|партиясы|басқармасы|палатасы|одағы|одақ)\w*")
HEAD_CAPITALISED = False
NAME_AFTER_HEAD = False  # the head closes a Kazakh name
# Lowercase words allowed before the head (adjectives, field nouns), none after it, and
# joining words ("named after", "at", "and") that may stand inside a name but never end it.
LEFT_WORDS = (r"(?:\w+[-‐‑])*(?:ғылым|білім|ғылыми|жоғары|табиғи"  # and ғылыми-зерттеу
              r"|\w+(?:тық|тік|дық|дік|лық|лік|лы|лі|ды|ді|ты|ті|ғы|гі|қы|кі)"
              # the nouns a ministry's enumeration is made of: "Экология, геология және
              # табиғи ресурстар", "Еңбек және халықты әлеуметтік қорғау"
              r"|\w+(?:лар|лер|тар|тер|дар|дер|ия|ны|ні|у))")
RIGHT_WORDS = r"(?!)"
CLOSING_WORDS = r"(?!)"
JOIN_LEFT = r"атындағы|жанындағы|және|мен|бен|пен"
JOIN_RIGHT = r"(?!)"
NAMED_AFTER = r"атындағы"  # a person's name next to it is part of the name
LEFT_CONCEPTS = True  # lowercase lexicon words (pipeline/lang/kk/lexicon.py) before the head
COORDINATORS = r"және|мен|бен|пен"
# A Kazakh name before a lower-case head is in Cyrillic (Latin acronyms aside: KIMEP): it
# does not run back into a Latin name printed before it ("... University Senior Lecturer,").
LEFT_NAME_SHAPE = r"[^A-Za-z]+|[A-Z][A-Z\d]+"
# A sentence's first word in a place, direction or source case ("Кездесуде", "Әлемге")
# is capitalised for the sentence, not for a name.
# A genitive there is a possessor ("Қоғамның Директорлар кеңесі": the Company's board).
FIRST_WORD_NOT_NAME = (r"\w+(?:да|де|та|те|ға|ге|қа|ке|дан|ден|(?<!с)тан|тен|нан|нен"
                       r"|мен|бен|пен|ның|нің|дың|дің|тың|тің)")  # -стан: Қазақстан
# Words never part of a name, mostly sentence openers ("Тіпті Қаржы министрлігі ...").
NOT_NAME_WORDS = frozenset({
    "бұл", "осы", "сол", "біздің", "сондай-ақ", "жалпы", "елбасы", "тіпті", "себебі",
    "сондықтан", "алайда", "бірақ", "мысалы", "әрине", "сонымен", "қазір", "бүгін", "кеше",
    "енді", "ал", "сонда", "кейін", "бұған", "оның", "олардың", "зерттеу", "мақала", "жұмыс",
})
# Capitalised words that place the organisation rather than name it: "Алматыдағы".
NOT_NAME_ENDINGS = r"\w+(?:дағы|дегі|тағы|тегі)"
# Words of a state's name ("People's Republic of China"): a model's ORG with one of them
# and no head word is a place.
STATE_WORDS = r"республика\w*|корольдіг\w*|федерация\w*|әмірлігі\w*"
LOWERCASE_TAIL = True  # may an organisation's name end on lowercase words

# A single word shaped like an institution's own name: an inner capital (ҚазМұнайГаз,
# ҚазҰУ) or a news agency's ending (Tengrinews, Kazinform). A model ORG of this shape stays.
INSTITUTION_SHAPE = (r"[А-ЯӘҒҚҢӨҰҮҺІA-Z][а-яәғқңөұүһіa-z]+(?:[А-ЯӘҒҚҢӨҰҮҺІA-Z][а-яәғқңөұүһіa-z]*)+"
                     r"|[A-Z]\w*(?:news|inform|press)")
# Words that never stand in a person's name: a model's person holding one is part of an
# organisation's name.
NOT_PERSON_WORDS = (r"халықаралық|ұлттық|мемлекеттік|еуразиялық|қазақ|техникалық|педагогикалық"
                    r"|медициналық|аграрлық|экономикалық|ғылыми|зерттеу|республикасы\w*"
                    r"|университет\w*|институт\w*|академия\w*|international|national|state")
# Legal-form words before a company's name ("JSC NC “KazMunayGas”"): the name without
# them is established too (``pipeline.stages.extract.organisations.established``).
LEGAL_FORMS = r"ақ|жшс|ұк|ұәқ"
# The same written out; either, in capitals or written out, next to a quoted name makes
# it a company's (``pipeline.stages.extract.organisations.quoted``).
LEGAL_FORM_PHRASES = r"акционерлік қоғам\w*|жауапкершілігі шектеулі серіктестіг\w*"
# A name in this language printed in another language's section ("Maqsut Narikbayev
# University" in a Kazakh affiliation) is found with these rules when it fullmatches this.
OWN_STRING = r"[^A-Za-z]*[ӘәҒғҚқҢңӨөҰұҮүҺһІі][^A-Za-z]*"
# A head printed in lower case is still a name's head after this many capitalised words
# (0: the head may be lower case anyway, see HEAD_CAPITALISED).
LOWER_HEAD_AFTER = 0
# One word that is an organisation by its shape alone, whatever a model says: a news
# agency (Tengrinews, Kazinform, Тенгриньюс).
AGENCY_SHAPE = r"[A-Z][a-z]{2,}(?:news|inform)|[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]{2,}(?:ньюс|информ)"
# Lowercase words that may open a name written all in lower case before its head
# ("халықаралық еңбек ұйымы": ``pipeline.stages.extract.organisations.lowercase``).
LOWERCASE_OPENERS = (r"халықаралық|ұлттық|мемлекеттік|республикалық|еуразиялық|азиялық"
                     r"|еуропалық|дүниежүзілік")

# Bare acronyms (``pipeline.stages.extract.organisations.acronyms``): capitalised
# abbreviations that are never an organisation's name (codes of papers and of accounts,
# degrees, the field's terms, states), checked in every language's list.
NOT_ORG_ACRONYMS = frozenset({
    "ӘОЖ", "ХҒТАР", "ҒТАХР", "ҒТАМР", "МРНТИ", "ГРНТИ", "УДК", "ЖІӨ", "ІЖӨ", "ЖӨӨ", "АКТ",
    "ҚҚС", "ҚЕХС", "ЖОО", "ҰБТ", "ЕНТ", "ШОБ", "ШОК", "ЖСК", "БСН", "ЖСН", "ТМД", "АҚШ",
    "ҚХР", "КСРО", "БАҚ", "ҮЕҰ", "ТҮКІ", "ЖИ",
})
# A word right before or after an acronym that makes it a company's name ("the company
# KMG", "KMG shareholders"); a legal form in capitals (LEGAL_FORMS) does the same.
ACRONYM_CUES = r"компания\w*|корпорация\w*|акционер\w*|еншілес\w*|холдинг\w*"
