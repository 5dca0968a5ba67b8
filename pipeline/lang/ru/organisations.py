"""Russian organisation names: head words with their case endings, and the words around them.

Adjectives stand left of the head ("Казахский национальный университет"), genitive
nouns and "имени ..." right of it ("Министерство образования и науки Республики Казахстан",
"... университет имени аль-Фараби"). Read by ``pipeline.stages.extract.organisations.names``.
"""

_ADJ = r"ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ую|юю|ом|ей|ых|их|ыми|ими"
# Singular head words with case endings, matched case-insensitively on a whole token.
HEADS = (
    r"(?:университет|институт|банк|фонд|комитет|центр|колледж|департамент|форум|холдинг"
    r"|консорциум|музей)(?:а|у|ом|е)?"
    r"|(?:министерств|агентств|обществ|правительств|управлени|объединени|учреждени"
    r"|предприяти)(?:о|а|у|ом|е|и)"
    r"|(?:академи|ассоциаци|организаци|корпораци|комисси|лаборатори|парти)(?:я|и|ю|ей)"
    r"|(?:компани|палат|школ|служб|бирж|библиотек|больниц|обсерватори)(?:а|я|ы|и|е|у|ю|ой|ей)"
    r"|совет(?:а|у|ом|е)?|союз(?:а|у|ом|е)?|парламент(?:а|у|ом|е)?|бюро"
)
# Heads that also make generic phrases ("американская компания", "правительства Мали"):
# they need two name words or a quoted name.
WEAK_HEADS = (r"(?:компани|палат|школ|служб|парти)\w*|центр\w*|совет\w*|союз\w*|форум\w*"
              r"|департамент\w*|правительств\w*|управлени\w*|обществ\w*")
HEAD_CAPITALISED = False
NAME_AFTER_HEAD = True  # "Министерство образования ... Республики Казахстан"
# Lowercase words allowed left of the head (adjectives) and right of it (genitive nouns
# and adjectives), and joining words that may stand inside a name but never end it.
LEFT_WORDS = rf"(?:\w+[-‐‑])*\w+(?:{_ADJ})"  # and compounds: научно-исследовательский
_GENITIVE = (r"ия|ии|ний|ния|ства|ки|ги|ти|ды|ры|ов|ев|ей|ики|ования|ения|вли|ты|да|ны|цы|ка"
             r"|са|рий|гий|ций")  # комплекса, территорий, технологий, инноваций
# and the dative after "по" ("Агентство по стратегическому планированию и реформам")
_DATIVE = r"ию|ам|ям|ке|ге|те|ию|нию|ству"
RIGHT_WORDS = rf"\w+(?:{_GENITIVE}|{_DATIVE}|ых|их|ого|его|ой|ому|ему)"
CLOSING_WORDS = rf"\w+(?:{_GENITIVE}|{_DATIVE})"  # a name ends on a noun, not on an adjective
JOIN_LEFT = r"и"
JOIN_RIGHT = r"и|имени|им|при|по"
NAMED_AFTER = r"имени|им"  # a person's name next to it is part of the name
LEFT_CONCEPTS = False  # lowercase lexicon words (pipeline/lang/ru/lexicon.py) before the head
COORDINATORS = r"и"
# Before the head only adjectives and acronyms ("Евразийский", "КазНУ"), so a capitalised
# sentence opener ("Член", "После") is no part of the name.
LEFT_NAME_SHAPE = rf"(?:\w+[-‐‑])*\w+(?:{_ADJ})|\w*[А-ЯЁA-Z]\w*[А-ЯЁA-Z]\w*"
FIRST_WORD_NOT_NAME = r"(?!)"
NOT_NAME_WORDS = frozenset({
    "в", "во", "на", "по", "для", "при", "с", "со", "о", "об", "и", "из", "от", "к", "у",
    "этот", "эта", "это", "эти", "наш", "наша", "согласно", "также",
})
NOT_NAME_ENDINGS = r"(?!)"
# Words of a state's name ("People's Republic of China"): a model's ORG with one of them
# and no head word is a place.
STATE_WORDS = r"республик\w*|королевств\w*|федераци\w*|эмират\w*"
LOWERCASE_TAIL = True  # may an organisation's name end on lowercase words

# A single word shaped like an institution's own name: an inner capital (КазМунайГаз,
# КазНУ) or a news agency's ending (Tengrinews, Kazinform). A model ORG of this shape stays.
INSTITUTION_SHAPE = (r"[А-ЯЁA-Z][а-яёa-z]+(?:[А-ЯЁA-Z][а-яёa-z]*)+|[A-Z]\w*(?:news|inform|press)")
# Words that never stand in a person's name: a model's person holding one is part of an
# organisation's name.
NOT_PERSON_WORDS = (r"международн\w*|национальн\w*|государственн\w*|евразийск\w*|казахск\w*"
                    r"|технич\w*|педагогич\w*|медицинск\w*|аграрн\w*|экономическ\w*|научн\w*"
                    r"|республик\w*|университет\w*|институт\w*|академи\w*")
# Legal-form words before a company's name ("JSC NC “KazMunayGas”"): the name without
# them is established too (``pipeline.stages.extract.organisations.established``).
LEGAL_FORMS = r"ао|тоо|ооо|пао|нк"
# The same written out; either, in capitals or written out, next to a quoted name makes
# it a company's (``pipeline.stages.extract.organisations.quoted``).
LEGAL_FORM_PHRASES = r"акционерн\w+ обществ\w*|товариществ\w+ с ограниченной ответственностью"
# A name in this language printed in another language's section ("Maqsut Narikbayev
# University" in a Kazakh affiliation) is found with these rules when it fullmatches this.
OWN_STRING = r"[^A-Za-zӘәҒғҚқҢңӨөҰұҮүҺһІі]*"
# A head printed in lower case is still a name's head after this many capitalised words
# (0: the head may be lower case anyway, see HEAD_CAPITALISED).
LOWER_HEAD_AFTER = 0
# One word that is an organisation by its shape alone, whatever a model says: a news
# agency (Tengrinews, Kazinform, Тенгриньюс).
AGENCY_SHAPE = r"[A-Z][a-z]{2,}(?:news|inform)|[А-ЯЁ][а-яё]{2,}(?:ньюс|информ)"
# Lowercase words that may open a name written all in lower case before its head
# (``pipeline.stages.extract.organisations.lowercase``); Russian capitalises a name.
LOWERCASE_OPENERS = r"(?!)"

# Bare acronyms (``pipeline.stages.extract.organisations.acronyms``): capitalised
# abbreviations that are never an organisation's name (codes of papers and of accounts,
# degrees, the field's terms, states), checked in every language's list.
NOT_ORG_ACRONYMS = frozenset({
    "УДК", "МРНТИ", "ГРНТИ", "ББК", "ВВП", "ВРП", "ВНП", "ИКТ", "МСБ", "МСП", "НДС", "МСФО",
    "ВУЗ", "ВУЗЫ", "ЕНТ", "СССР", "США", "КНР", "ОАЭ", "СМИ", "НИОКР", "НИР", "ЦУР", "ГЧП",
    "ПИИ", "ЖКХ", "ВИЧ", "СПИД", "НПО", "БИН", "ИИН", "ИПЦ",
})
# A word right before or after an acronym that makes it a company's name ("the company
# KMG", "KMG shareholders"); a legal form in capitals (LEGAL_FORMS) does the same.
ACRONYM_CUES = r"компани\w*|корпораци\w*|акционер\w*|дочерн\w*|холдинг\w*"
