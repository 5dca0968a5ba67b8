"""Kazakh programme cue words with their case and possessive forms, name words and stops."""

_CASES_V = "ға ге да де дан ден ның нің ны ні мен"  # after a vowel
_CASES_C = ("ға ге қа ке да де та те дан ден тан тен нан нен ның нің дың дің тың тің "
            "ны ні ды ді ты ті мен бен пен")  # after a consonant
_POSS_V = "сы сі сын сін сына сіне сында сінде сынан сінен сының сінің сымен сімен"
_POSS_C = "ы і ын ін ына іне ында інде ынан інен ының інің ымен імен"
_PLURAL = ("лар лер дар дер тар тер лары лері дары дері тары тері ларын лерін ларына леріне "
           "ларында лерінде ларынан лерінен ларының лерінің ларымен лерімен ларға лерге ларда "
           "лерде лардан лерден лардың лердің ларды лерді")


def _forms(stem: str, *groups: str, drop: str = "") -> str:
    """A regex of ``stem`` bare or with any ending of ``groups`` except those in ``drop``."""
    dropped = set(drop.split())
    endings = {e for g in groups for e in g.split()} - dropped
    alts = sorted(endings, key=len, reverse=True)
    return f"{stem}(?:{'|'.join(alts)})?"


def _vowel(stem: str) -> str:
    return _forms(stem, _CASES_V, _POSS_V, _PLURAL)


def _consonant(stem: str, drop: str = "") -> str:
    return _forms(stem, _CASES_C, _POSS_C, _PLURAL, drop=drop)


# (kind, lemma, regex of the surface forms, capitalised only)
CUES = (
    ("programme", "бағдарлама", _vowel("бағдарлама"), False),
    ("strategy", "стратегия", _vowel("стратегия"), False),
    ("initiative", "бастама", _vowel("бастама"), False),
    ("plan", "жоспар", _consonant("жоспар"), False),
    ("plan", "жол картасы", r"жол\s+карта(?:сы|сын|сына|сында|сынан|сының|сымен)", False),
    # "заңды" is also the adjective "lawful", "заңдар" the plural kept
    ("law", "заң", _consonant("заң", drop="ды ді ты ті"), False),
    ("law", "кодекс", _consonant("кодекс"), False),
    ("law", "Конституция", _vowel("Конституция"), True),
    ("concept", "тұжырымдама", _vowel("тұжырымдама"), False),
    ("concept", "концепция", _vowel("концепция"), False),
    ("concept", "доктрина", _vowel("доктрина"), False),
    ("project", "жоба", _vowel("жоба"), False),
    ("strategy", "саясат", _consonant("саясат"), False),  # «Нұрлы жол» жаңа экономикалық саясаты
    ("law", "Ата Заң", r"Ата\s+" + _consonant("Заң", drop="ты ті"), True),
)
# Capitalised cues that name one law by themselves ("Конституцияның", "Ата Заңды").
# Cues that name a programme only next to a quoted name ("сыртқы саясаты" is just policy).
QUOTED_ONLY = ("саясат",)
SELF_NAMED = ("Конституция", "Ата Заң")
# Article and part references that belong to a cited law ("... кодексінің 366-бабы 4-бөлігі").
LAW_PARTS_BEFORE = r"$^"
LAW_PARTS_AFTER = (r"^\s+\d+(?:-\w+)?\s*-?\s*ба[бп]\w*(?:,?\s+\d+(?:-\w+)?\s*-?\s*"
                   r"(?:бөлі|тармағ|тармақ)\w*)?")
GENDER: dict[str, str] = {}  # Kazakh has no grammatical gender

MODIFIERS = (r"мемлекеттік|ұлттық|республикалық|үкіметтік|президенттік|салалық|кешенді|"
             r"стратегиялық|жаңа|бағдарламалық|бірыңғай|экономикалық|әлеуметтік|индустриялық|"
             r"сыртқы|қылмыстық|азаматтық|салық|еңбек|жер|әкімшілік|бюджет|экологиялық")
NAMING = r"атты|деген|деп\s+аталатын|деп\s+аталған|сынды|сияқты|секілді"
COORDINATION = r"және|мен|бен|пен|немесе|,"
ARTICLES: tuple[str, ...] = ()

NAME_WORD = r"(?:[А-ЯЁӘҒҚҢӨҰҮҺІA-Z][\w’'.&]*(?:-[\w’']+)*|\d{1,4}(?:[-–−]\d{2,4})?)"
NAME_JOINERS = r"және"
NAME_JOINERS_BEFORE = NAME_JOINERS
# Kazakh names run in lower case after their first word ("Нұрлы жол бағдарламасы").
NAME_LOWER_WORDS = 3
NAME_BEFORE = True  # names stand before their cue ("Қазақстан-2050 стратегиясы")
# "Елбасының бастамасы" is the President's initiative, not a named one: a genitive before the cue.
POSSESSIVE = r"(?:ның|нің|дың|дің|тың|тің)$"

STOP_WORDS = frozenset("""
бұл осы сол ол мына мынау бұлар осылар олар біздің сіздің оның олардың әр барлық кейбір басқа
жаңа мемлекеттік ұлттық республикалық үкіметтік бірінші екінші үшінші қазақстандық қытайлық
ресейлік және мен бен пен үшін туралы бойынша арқылы ретінде сонымен қатар сондай-ақ алайда
мысалы атап заң қазіргі қолданыстағы дәл үкімет мемлекет елбасы президент министрлік әкімдік
""".split())
NOT_AFTER = r"$^"
# Plural cues speak of programmes in general ("жобалары", "бағдарламалар").
GENERIC_CUE = (r"(?:лар|лер|дар|дер|тар|тер)(?:ы|і|ын|ін|ына|іне|ында|інде|ынан|інен|ының|"
               r"інің|ымен|імен|ға|ге|да|де|дан|ден|дың|дің|ды|ді)?$")

# "ғылым туралы заң", "білім туралы заңы": a law named by its subject in lower case.
ABOUT_BEFORE = r"туралы"
ABOUT_AFTER = ""
COMPLEMENT_WORD = ""
COMPLEMENT_STOP: frozenset[str] = frozenset()
COMPLEMENT_VERB = r"$^"
COMPLEMENT_PREPOSITIONS: frozenset[str] = frozenset()
COMPLEMENT_MAX = 0

KEY_ENDINGS = tuple(sorted(
    {e for g in (_CASES_C, _POSS_C, _POSS_V, _PLURAL, "ы і сы сі") for e in g.split()},
    key=len, reverse=True))

# Where a name may stand relative to its cue: a quoted name after the cue ("programme «X»"),
# name words after a lower-case cue ("project Nurly Zhol"), and a cue closing a quoted name.
QUOTE_AFTER_CUE = False
NAME_AFTER_LOWER_CUE = False
CUE_OPENS_QUOTE = False
CUE_ENDS_QUOTE = True
ABOUT_KINDS = ("law",)  # kinds named by their subject ("закон о науке", "ғылым туралы заң")
# A word in a case that cannot stand inside a name before its cue ("Еуропаға шығу жоспары").
NAME_BREAK = r"\w{2,}(?:да|де|та|те|ға|ге|қа|ке)$"

# Quote pairs a name can be printed in (opening, closing); ASCII quotes open and close alike.
QUOTES = (("“", "”"), ("«", "»"), ("„", "“"), ("„", "”"), ('"', '"'), ("‘", "’"), ("”", "”"))

# Programmes known by name alone (pipeline.stages.extract.programs.listed): (canonical name, kind,
# regex). General knowledge of the best known Kazakhstani and Chinese programmes, with the
# spellings in use; a name matches as whole words, case-insensitively only in capitals.
LISTED = (
    ("Бір белдеу – бір жол", "initiative",
     r"Бір\s+белдеу\w*\s*(?:[–—-]|,|/)?\s*бір\s+жол\w*"),
    ("Нұрлы жол", "programme", r"Нұрлы\s+[Жж]ол\w*"),
    ("Цифрлық Қазақстан", "programme", r"Цифрлық\s+Қазақстан\w*"),
    ("Рухани жаңғыру", "programme", r"Рухани\s+[Жж]аңғыру\w*"),
    ("ҮИИДМБ", "programme", r"ҮИИДМБ(?:-\w+)?"),
)

# Unquoted titles (pipeline.stages.extract.programs.titles): the state's name before a name, and a
# dating phrase right before the cue ("2023 – 2029 жылдарға арналған | тұжырымдамасы").
STATE_AFTER = ""
TITLE_WORD = ""
YEARS_AFTER = ""
YEARS_BEFORE = (r"(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)?\d\d)?\s+(?:жылдарға|жылға)"
                r"\s+(?:арналған|дейінгі)\s+")
STATE_BEFORE = r"(?:Қазақстан\s+Республикасының|ҚР)\s*"
DATED_KINDS = ("concept", "strategy", "plan", "programme")
