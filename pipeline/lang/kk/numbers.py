"""Kazakh number knowledge: separators, number words, scales, currencies, units, dates.

Phrases are matched case-blind by ``pipeline.stages.extract.figures.patterns.phrase``: a space
matches any whitespace and a trailing ``*`` lets the word go on (case and possessive endings,
"теңгеге", "пайызы", "долларына").
"""

# Kazakh writes a decimal comma: "1,3 млрд" is 1.3 billion.
AMBIGUOUS_COMMA = "decimal"

UNITS_WORDS = {
    "нөл": 0, "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7,
    "сегіз": 8, "тоғыз": 9, "он": 10, "жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50,
    "алпыс": 60, "жетпіс": 70, "сексен": 80, "тоқсан": 90,
    # collective forms: "екеуі" (the two of them), "үшеуі", ...
    "екеу": 2, "үшеу": 3, "төртеу": 4, "бесеу": 5, "алтау": 6, "жетеу": 7,
}
HUNDRED_WORDS = {"жүз": 100}
# "екі бүтін оннан бір" is 2.1: whole part, "бүтін", denominator ("оннан"), numerator.
DECIMAL_POINT_WORDS = ("бүтін",)
# "жарым" adds a half: "үш жарым миллион" is 3.5 million.
HALF_WORDS = ("жарым",)
NUMBER_JOINERS: tuple[str, ...] = ()
# Case, possessive and collective endings a number or scale word may take
# ("мыңнан", "жүзге", "миллионға", "бесеуі"); no ending is tried first.
NUMBER_ENDINGS = (
    "ге", "ға", "ке", "қа", "не", "на", "е", "а", "де", "да", "те", "та", "нде", "нда",
    "ден", "дан", "тен", "тан", "нен", "нан", "ні", "ны", "ді", "ды", "ті", "ты", "н",
    "нің", "ның", "дің", "дың", "тің", "тың", "і", "ы", "сі", "сы", "сін", "сын", "іне",
    "ына", "сіне", "сына", "інде", "ында", "сінде", "сында", "інен", "ынан", "сінен",
    "сынан", "мен", "бен", "пен", "дай", "дей", "тай", "тей", "ақ", "ек", "дағы", "дегі",
    "тағы", "тегі", "даған", "деген", "таған", "теген",
)


def _inflected(stems: dict[str, float], endings: tuple[str, ...]) -> dict[str, float]:
    """Every form of the scale words: the stem, stem + ending, stem + "-" + ending."""
    return {form: value for stem, value in stems.items()
            for form in (stem, *(stem + e for e in endings), *(f"{stem}-{e}" for e in endings))}


# Words of time take the number endings, plural and adjective endings too ("жылдарға",
# "айлық"), but are not stems of other words: "айыппұл" (fine) and "жылқы" (horse) are no units.
TIME_ENDINGS = (*NUMBER_ENDINGS, "ын", "ына", "ында", "ынан", "ының", "дар", "лар", "тар",
                "дарға", "ларға", "тарға", "дарда", "ларда", "дардан", "лардан", "дардың",
                "лардың", "дары", "лары", "дық", "лық", "тық", "дік", "лік", "тік", "ғы", "гі",
                "қы", "кі", "дағы", "дегі", "дарғы", "ғы", "ына", "іне", "інде", "інен", "інің",
                "ке", "қа", "ге", "ға", "тей", "дай", "лап", "теп")
# Scale words take case and possessive endings: "8 мыңға" is 8 000, "5 млн-нан" 5e6,
# "3 миллиардқа" 3e9; the abbreviations take them after a hyphen.
SCALE_STEMS = {"мың": 1e3, "млн": 1e6, "миллион": 1e6, "млрд": 1e9, "миллиард": 1e9,
               "миллард": 1e9, "трлн": 1e12, "трл": 1e12, "триллион": 1e12}
SCALES = {"мың.": 1e3, "млн.": 1e6, "млрд.": 1e9, "трлн.": 1e12, "трл.": 1e12,
          **_inflected(SCALE_STEMS, NUMBER_ENDINGS)}
# A lone number word that is too often not a figure: "бір" is also the article "a",
# "он" starts "оны", "оның" (its).
AMBIGUOUS_NUMBER_WORDS = ("бір", "біреу", "он")
EXCLUDED_NUMBER_FORMS = ("оны", "оның", "онда", "онан", "бірі", "біріне", "бірін", "бірде",
                         "бірақ", "бірге", "жүзеге", "жүзі", "жүзін", "жүзіне", "жүзінде",
                         "жүзінен", "бесін", "алтын", "елуі", "үшін", "ондай", "бірдей")

CURRENCY_BEFORE = {"US$": "USD", "USD": "USD", "KZT": "KZT", "EUR": "EUR", "CNY": "CNY"}
CURRENCY_AFTER = {
    "АҚШ доллар*": "USD", "АҚШ долл.": "USD", "доллар*": "USD", "долл.": "USD", "USD": "USD",
    "теңге*": "KZT", "тенге*": "KZT", "тг": "KZT", "KZT": "KZT", "юан*": "CNY", "юань*": "CNY",
    "CNY": "CNY", "еуро*": "EUR", "евро*": "EUR", "EUR": "EUR", "рубль*": "RUB", "рубл*": "RUB",
    "сом*": "KGS", "тиын*": "KZT", "рупи*": "INR", "фунт*": "GBP", "иен*": "JPY",
}
# Currency words that name a fraction of the unit: "50 тиын" is 0.5 KZT.
CURRENCY_FACTORS = {"тиын*": 0.01}
PERCENT = ("пайыз*", "процент*")
MULTIPLIER_AFTER = ("есе*", "еселе*")
MULTIPLIER_BEFORE: tuple[str, ...] = ()
MULTIPLIER_WORDS: dict[str, float] = {}
FRACTIONS = {"үштен бір*": 1 / 3, "үштен екі*": 2 / 3, "төрттен бір*": 0.25,
             "бестен бір*": 0.2, "оннан бір*": 0.1, "жарты*": 0.5}
APPROX_BEFORE = ("шамамен", "шамасы", "жуық", "кемінде", "көбі", "таяу", "тарта", "~")
APPROX_AFTER = ("астам", "артық", "жуық", "шамасында", "шамасы", "кем", "кемі",
                "тарта", "қарай", "шақты", "шамалы")
# Endings that make a number approximate: "600-дей" (about 600).
APPROX_ENDINGS = ("-дай", "-дей", "-тай", "-тей", "-дайы", "-дейі")
UNITS = {
    "тонна*": "t", "тонн*": "t", "т.": "t", "текше метр*": "m3", "куб*": "m3",
    "шаршы метр*": "m2", "шаршы шақырым*": "km2", "сантиметр*": "cm", "см": "cm",
    "келі*": "kg", "мегаватт*": "MW", "айлық есептік көрсеткіш*": "MCI",
    "баррель*": "bbl", "шақырым*": "km", "километр*": "km", "км": "km", "метр*": "m",
    "гектар*": "ha", "га": "ha", "кг": "kg", "килограмм*": "kg", "МВт": "MW", "ГВт": "GW",
    "градус*": "deg", "жыл бойы": "years", "ай бойы": "months", "адам*": "count",
    **{form: unit for stem, unit in (("ай", "months"), ("тоқсан", "quarters"), ("күн", "days"),
                                     ("тәулік", "days"), ("апта", "weeks"), ("сағат", "hours"),
                                     ("минут", "minutes"))
       for form in _inflected({stem: 0}, TIME_ENDINGS)},
}
# Words after a count that are not the thing counted ("100-ге тең", "5 және 6").
COUNT_NOT_NOUNS = (
    "және", "мен", "бен", "пен", "немесе", "не", "дейін", "бойынша", "ішінде", "арасында",
    "тең", "болды", "болып", "болса", "деп", "қарай", "кейін", "бұрын", "бастап", "астам",
    "артық", "кем", "жуық", "шамасында", "тарта", "құрады", "құрайды", "жетті", "дейінгі",
    "жыл", "жылы", "жылға", "жылдан", "жылдың", "жылғы", "үшін", "сайын", "рет-рет", "ғана",
    "да", "де", "та", "те", "әрі", "яғни", "есе", "есеге",
)
# After "есе": a period that makes the number a count of occasions (none: Kazakh says "рет").
FREQUENCY_AFTER: tuple[str, ...] = ()
MONTHS = {
    "қаңтар*": 1, "ақпан*": 2, "наурыз*": 3, "сәуір*": 4, "мамыр*": 5, "маусым*": 6,
    "шілде*": 7, "тамыз*": 8, "қыркүйек*": 9, "қазан*": 10, "қараша*": 11, "желтоқсан*": 12,
}
# Decades: "1990s", "1990-х"; centuries: "19th century", "XIX век", "XX ғасыр".
DECADE_ENDINGS: tuple[str, ...] = ()
CENTURY_WORDS: tuple[str, ...] = ("ғасыр*",)
# Words before a number that make an early year of it ("in 1465"); from 1800 no word is needed.
YEAR_BEFORE: tuple[str, ...] = ("(",)
YEAR_AFTER = (*_inflected({"жыл": 0}, TIME_ENDINGS), "жж.", "ж.", "жж", "ж")
ORDINAL_ENDINGS = ("-ші", "-шы", "-інші", "-ыншы", "-нші", "-ншы", "-шi", "-сыншы", "-сінші")
# Endings of ordinal words: "sixty-ninth", "үш жүз алпыс алтыншы" are ranks.
ORDINAL_WORD_ENDINGS = ("ншы", "нші", "ыншы", "інші", "ншысы", "ншісі", "ншыға", "ншіге")
REFERENCE_WORDS = (
    "кесте", "кестеде", "кестесі", "сурет", "суретте", "б.", "бб.", "т.", "№", "бап", "бабы",
    "тарау", "бөлім", "кезең", "деңгей", "топ",
)
# Words after a number that make it a reference ("1-кестеде": in Table 1).
REFERENCE_AFTER: tuple[str, ...] = ("кесте*", "сурет*", "бет*", "тарау*", "бөлім*", "қосымша*",
                                    "тармақ*", "тармағ*", "бап*", "баб*", "тармақша*", "үй",
                                    "үйі*", "пәтер*", "бөлме*", "қаулы*", "бұйрық*", "хаттама*")
# Words after a house number: "5 Абай даңғылы" is an address.
ADDRESS_AFTER: tuple[str, ...] = ("көшесі*", "даңғылы*", "д-лы", "көш.", "ш.а.")
ID_WORDS = ("issn", "isbn", "doi", "әож", "ғтамр", "мрнти", "orcid", "жсн", "бсн")
# Filler words inside a table's unit caption ("billions of US dollars").
UNIT_FILLERS: tuple[str, ...] = ()
TABLE_UNIT_HEADERS = ("өлшем",)

# Words around a range: (before the low end, between the ends), e.g. "from 5 to 10".
RANGE_WORDS: tuple[tuple[str, str], ...] = ()
# Month names are capitalised ("May 2018" but "may be"); a year before day and month.
MONTH_BEFORE_DAY = False  # "May 20, 2016"
MONTHS_CAPITALISED = False
YEAR_OF: tuple[str, ...] = ("жылғы", "жылдың")
