"""Russian programme cue words with their case forms, name words and generic-phrase stops."""


def _forms(stem: str, endings: str) -> str:
    """A regex of ``stem`` with any of the space-separated ``endings`` ("-" is no ending)."""
    alts = sorted((e if e != "-" else "" for e in endings.split()), key=len, reverse=True)
    return f"{stem}(?:{'|'.join(alts)})"


_FEM_A = "а ы е у ой ою ам ами ах -"  # программа, инициатива, карта
_FEM_IA = "я и ю ей ею й ям ями ях"  # стратегия, концепция
_MASC = "- а у ом е ы ов ам ами ах"  # план, закон, проект, кодекс

# (kind, lemma, regex of the surface forms, capitalised only)
CUES = (
    ("programme", "программа", _forms("программ", _FEM_A), False),
    ("strategy", "стратегия", _forms("стратеги", _FEM_IA), False),
    ("initiative", "инициатива", _forms("инициатив", _FEM_A), False),
    ("plan", "план", _forms("план", _MASC), False),
    ("plan", "дорожная карта", r"дорожн(?:ая|ой|ую|ые|ых)\s+карт(?:а|ы|е|у|ой)", False),
    ("law", "закон", _forms("закон", _MASC), False),
    ("law", "кодекс", _forms("кодекс", _MASC), False),
    ("law", "указ", _forms("указ", _MASC), True),
    ("law", "конституция", _forms("конституци", _FEM_IA), False),
    ("concept", "концепция", _forms("концепци", _FEM_IA), False),
    ("concept", "доктрина", _forms("доктрин", _FEM_A), False),
    ("project", "проект", _forms("проект", _MASC), False),
    ("strategy", "политика", _forms("политик", "а и е у ой ою"), False),
    # codes cited by their abbreviation: УК РФ (Criminal Code), ГК, НК, ТК, КоАП, УПК ...
    # (not АПК: in economics it is the agro-industrial complex far more often)
    ("law", "кодекс", r"(?:УК|ГК|НК|ТК|ЖК|БК|ЗК|КоАП|УПК|ГПК)(?:\s+(?:РФ|РК))?", True),
)
# Capitalised cues that name one law by themselves ("Конституции").
# Cues that name a programme only next to a quoted name ("сыртқы саясаты" is just policy).
QUOTED_ONLY = ("политика",)
SELF_NAMED = ("конституция", "кодекс")
# Article and part references that belong to a cited law ("ч. 2 ст. 112 УК РФ").
LAW_PARTS_BEFORE = (r"(?:(?:п\.|пункт\w*|ч\.|част\w+)\s*(?:«\w»|\d+(?:\.\d+)?)\s*)*"
                    r"(?:ст\.|стать\w+)\s*\d+(?:\.\d+)?\s*$")
LAW_PARTS_AFTER = r"$^"
# Grammatical gender of each lemma, for putting a modifier in the nominative.
GENDER = {"программа": "f", "стратегия": "f", "инициатива": "f", "план": "m",
          "дорожная карта": "f", "закон": "m", "кодекс": "m", "указ": "m", "конституция": "f",
          "концепция": "f", "доктрина": "f", "проект": "m", "политика": "f"}
ADJECTIVE_ENDINGS = r"(?:ая|ой|ую|ые|ых|ым|ыми|ый|ий|ое|ого|ому|ом|ей|ее|их|им|ими|яя|юю)$"
NOMINATIVE = {"f": "ая", "m": "ый", "n": "ое"}  # the endings' fallback where AGREE has no reading


def AGREE(word: str, gender: str) -> str | None:
    """A modifier in the nominative of the cue's gender, by pymorphy3 (lazy, once per process)."""
    from pipeline.lang.ru.morph import nominative_adjective

    return nominative_adjective(word, gender)

MODIFIERS = (r"государственн\w*|национальн\w*|федеральн\w*|президентск\w*|правительственн\w*|"
             r"республиканск\w*|отраслев\w*|комплексн\w*|стратегическ\w*|нов\w+|"
             r"уголовн\w*|гражданск\w*|трудов\w*|налогов\w*|бюджетн\w*|земельн\w*|"
             r"административн\w*|семейн\w*|предпринимательск\w*|экологическ\w*|"
             r"экономическ\w*|социальн\w*|промышленн\w*|инновационн\w*")
NAMING = r"под\s+названием|с\s+названием|именуем\w+|так\s+называем\w+|так\w*\s+как"
COORDINATION = r"и|или|,"
ARTICLES: tuple[str, ...] = ()

NAME_WORD = r"(?:[А-ЯЁA-Z][\w’'.&]*(?:-[\w’']+)*|\d{1,4}(?:[-–−]\d{2,4})?)"
NAME_JOINERS = r"и|для|по|до"
NAME_JOINERS_BEFORE = NAME_JOINERS
NAME_LOWER_WORDS = 0
NAME_BEFORE = False  # Russian names follow their cue ("программа «...»", "Закон о науке")
POSSESSIVE = r"$^"  # Russian marks possession with the genitive after the noun

STOP_WORDS = frozenset("""
этот эта это эти этой этого этих данный данная данной наш наша нашей их его ее её такой такая
каждый другой новый новая новой первый первая второй вторая государственная государственной
национальная национальной федеральная китайская китайской казахстанская казахстанской российская
российской в на по для до и с о об от из к при за
""".split())
NOT_AFTER = r"$^"
GENERIC_CUE = r"$^"  # "программы" is also the singular genitive

# "закон о науке", "закона об образовании": a law named by its subject in lower case.
ABOUT_AFTER = r"об?"
ABOUT_BEFORE = ""
# Words of a lower-case genitive complement after a capitalised cue ("Программа развития ...").
COMPLEMENT_WORD = r"[а-яё][а-яё]+(?:-[а-яё]+)*"
# Complement words that end a name: verbs, conjunctions, prepositions of the sentence.
COMPLEMENT_STOP = frozenset("""
был была было были будет будут является являются стал стала стало стали принят принята принято
приняты утвержден утверждена утверждено который которая которое которые что как а но или
и в во на с со к ко у от из за при через после перед между также уже еще ещё не это этот эта
такой такая такое такого таких такие пока мы вы он она они оно я ты мне нам им его её ее их
""".split())
COMPLEMENT_VERB = (r"(?:ла|ло|ли|ет|ют|ит|ат|ят|ть|ться|ся|сь|лся|лась|лось|лись|ена|ено|ены|"
                   r"ана|ано|аны|ята|ято|яты)$")
COMPLEMENT_PREPOSITIONS = frozenset(("о", "об", "по", "для", "до", "и"))  # inside only
COMPLEMENT_MAX = 5

KEY_ENDINGS = ("ого", "его", "ому", "ему", "ыми", "ими", "ами", "ями", "ой", "ей", "ая", "яя",
               "ую", "юю", "ые", "ие", "ых", "их", "ым", "им", "ый", "ий", "ое", "ее", "ом", "ем",
               "ам", "ям", "ах", "ях", "ов", "ев", "ия", "ии", "ию", "а", "я", "ы", "и", "у", "ю",
               "е", "о", "ь", "й")

# Where a name may stand relative to its cue: a quoted name after the cue ("programme «X»"),
# name words after a lower-case cue ("project Nurly Zhol"), and a cue closing a quoted name.
QUOTE_AFTER_CUE = True
NAME_AFTER_LOWER_CUE = False
CUE_OPENS_QUOTE = True
CUE_ENDS_QUOTE = False
ABOUT_KINDS = ("law",)  # kinds named by their subject ("закон о науке", "ғылым туралы заң")
# A word in a case that cannot stand inside a name before its cue ("Еуропаға шығу жоспары").
NAME_BREAK = r"$^"

# Quote pairs a name can be printed in (opening, closing); ASCII quotes open and close alike.
QUOTES = (("“", "”"), ("«", "»"), ("„", "“"), ("„", "”"), ('"', '"'), ("‘", "’"), ("”", "”"))

# Programmes known by name alone (pipeline.stages.extract.programs.listed): (canonical name, kind,
# regex). General knowledge of the best known Kazakhstani and Chinese programmes, with the
# spellings in use; a name matches as whole words, case-insensitively only in capitals.
LISTED = (
    ("Один пояс – один путь", "initiative",
     r"Один\s+пояс\w*\s*(?:[–—-]|,|/|и)?\s*(?:один|одн\w+)\s+(?:пут\w+|дорог\w+)"
     r"|Пояс\w*\s+и\s+пут\w+"),
    ("ОПОП", "initiative", r"ОПОП"),
    ("Нурлы жол", "programme", r"Нурлы\s+[Жж]ол\w*"),
    ("Цифровой Казахстан", "programme", r"Цифров\w+\s+Казахстан\w*"),
    ("Рухани жангыру", "programme", r"Рухани\s+[Жж]ангыру"),
    ("ГПИИР", "programme", r"ГПИИР"),
)

# Unquoted titles (pipeline.stages.extract.programs.titles): the state's name after a cue, the word
# that opens a law's title, a dating phrase after a name, and the kinds that are dated.
STATE_AFTER = (r"\s+(?:Республики\s+Казахстан|Российской\s+Федерации|Кыргызской\s+Республики"
               r"|РК|РФ)(?![\w-])")
TITLE_WORD = r"\s+(Об?|об?)(?=\s)"
YEARS_AFTER = (r"\s+(?:на|до)\s+(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)?\d\d)?"
               r"\s+(?:годы|года|год|гг\.?|г\.)")
YEARS_BEFORE = ""
STATE_BEFORE = ""
DATED_KINDS = ("concept", "strategy", "plan", "programme")
