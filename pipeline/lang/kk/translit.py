"""Kazakh Cyrillic -> Latin, as Kazakh names are usually spelt in English-language papers.

The Kazakh letters take their most frequent plain-Latin spelling (ә a, ғ g, қ k, ң n,
ө o, ұ u, ү u, һ h, і i); the alternatives (gh, q, ng, ü) are folded together by the
comparison key in ``pipeline.merge.translit``, not here.
"""

TABLE = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e",
    "ё": "yo", "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "қ": "k", "л": "l",
    "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e",
    "ю": "yu", "я": "ya",
}
