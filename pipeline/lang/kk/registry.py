"""Kazakh words for registry matching (see ``pipeline/lang/en/registry.py``); ``MARK`` holds
the letters Russian does not have, so a Cyrillic line with them is read as Kazakh."""

ABBREVIATIONS = {
    "ун-ті": "университеті", "мемл": "мемлекеттік", "ұлт": "ұлттық", "ин-ты": "институты",
    "қр": "қазақстан республикасы",
}
NAMED_AFTER = ("атындағы", "ат.", "атынд.")
MARK = "[ӘәҒғҚқҢңӨөҰұҮүҺһІі]"
MARK_ORDER = 0

# Country names (ISO 3166 code -> names); case forms are met by stemming.
COUNTRIES = {
    "KZ": ("Қазақстан", "Қазақстан Республикасы", "ҚР"), "RU": ("Ресей", "Ресей Федерациясы"),
    "CN": ("Қытай", "ҚХР", "Қытай Халық Республикасы"), "UZ": ("Өзбекстан",),
    "KG": ("Қырғызстан",), "TR": ("Түркия",), "US": ("АҚШ",), "GB": ("Ұлыбритания",),
}

UNIT_WORDS = ("факультет", "кафедра", "институт", "мектеп", "колледж", "орталық", "зертхана",
              "филиал", "клиника", "департамент", "бөлім")

SUBUNIT_WORDS = ("кафедра", "факультет", "бөлім", "бөлімше", "зертхана", "сектор",
                 "департамент", "бағдарлама", "топ")
KEPT: tuple[str, ...] = ()
