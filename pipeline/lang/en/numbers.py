"""English number knowledge: separators, number words, scales, currencies, units, dates.

Phrases are matched case-blind by ``pipeline.stages.extract.figures.patterns.phrase``: a space
matches any whitespace and a trailing ``*`` lets the word go on (inflected forms).
"""

# "1,300" is one thousand three hundred in English; "1,3" or "0,197" is a decimal comma
# (tables copied from Russian sources).
AMBIGUOUS_COMMA = "group"

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
HUNDRED_WORDS = {"hundred": 100}
# Scale words multiply what comes before them ("1.3 billion", "two million").
SCALES = {
    "thousand": 1e3, "thousands": 1e3, "thous.": 1e3,
    "million": 1e6, "millions": 1e6, "mln": 1e6, "mn": 1e6,
    "billion": 1e9, "billions": 1e9, "bln": 1e9, "bn": 1e9,
    "trillion": 1e12, "trillions": 1e12, "trn": 1e12, "tn": 1e12,
}
# Words that join number words ("one hundred and five").
NUMBER_JOINERS = ("and",)
# Inflection endings a number word may take (none in English).
NUMBER_ENDINGS: tuple[str, ...] = ()
# A lone number word that is too often not a figure ("one of the", "no one").
AMBIGUOUS_NUMBER_WORDS = ("one", "zero")

# Currency written before the number ("US$ 1.2 billion", "KZT 235 billion").
CURRENCY_BEFORE = {
    "US$": "USD", "USD": "USD", "US dollars": "USD", "KZT": "KZT", "RMB": "CNY", "CNY": "CNY",
    "EUR": "EUR", "RUB": "RUB", "PPP$": "USD-PPP",
}
# Currency written after the number ("1.3 billion US dollars", "6 billion yuan").
CURRENCY_AFTER = {
    "US dollars": "USD", "US dollar": "USD", "U.S. dollars": "USD", "USD": "USD",
    "dollars": "USD", "dollar": "USD", "tenge": "KZT", "KZT": "KZT", "yuan": "CNY",
    "renminbi": "CNY", "RMB": "CNY", "CNY": "CNY", "euros": "EUR", "euro": "EUR", "EUR": "EUR",
    "rubles": "RUB", "ruble": "RUB", "roubles": "RUB", "rouble": "RUB", "RUB": "RUB",
    "PPP dollars": "USD-PPP", "Hong Kong dollars": "HKD", "Canadian dollars": "CAD",
    "Australian dollars": "AUD", "pounds sterling": "GBP", "pounds": "GBP", "yen": "JPY",
    "rupees": "INR", "francs": "CHF", "cents": "USD", "tenges": "KZT", "tiyns": "KZT",
    "tiyn": "KZT", "tiyin": "KZT", "tiyins": "KZT",
}
CURRENCY_FACTORS = {"cents": 0.01, "tiyns": 0.01, "tiyn": 0.01, "tiyin": 0.01, "tiyins": 0.01}
PERCENT = ("percent", "per cent", "pct", "percentage points", "p.p.")
# Multipliers after a number ("2.2 times", "tenfold") and words that are multipliers.
MULTIPLIER_AFTER = ("times", "fold")
MULTIPLIER_BEFORE: tuple[str, ...] = ()
MULTIPLIER_WORDS = {
    "twice": 2, "double": 2, "doubled": 2, "threefold": 3, "triple": 3, "tripled": 3,
    "fourfold": 4, "fivefold": 5, "sixfold": 6, "tenfold": 10, "hundredfold": 100,
}
FRACTIONS = {
    "one-third": 1 / 3, "one third": 1 / 3, "a third": 1 / 3, "two-thirds": 2 / 3,
    "two thirds": 2 / 3, "one-quarter": 0.25, "one quarter": 0.25, "a quarter": 0.25,
    "three-quarters": 0.75, "three quarters": 0.75, "one-half": 0.5, "one half": 0.5,
    "one-fifth": 0.2, "one fifth": 0.2, "one-tenth": 0.1,
}
APPROX_BEFORE = (
    "about", "around", "approximately", "approx.", "nearly", "almost", "roughly", "some",
    "circa", "ca.", "more than", "over", "less than", "under", "up to", "at least", "at most",
    "fewer than", "above", "below", "close to", "as many as", "as much as", "an estimated",
    "estimated", "~",
)
APPROX_ENDINGS: tuple[str, ...] = ()
APPROX_AFTER = ("or so", "or more", "or less", "plus")
# Units of quantities (after the number): phrase -> unit code.
UNITS = {
    "tons": "t", "tonnes": "t", "ton": "t", "tonne": "t",
    "cubic meters": "m3", "cubic metres": "m3", "m3": "m3", "barrels": "bbl",
    "kilometers": "km", "kilometres": "km", "km": "km", "meters": "m", "metres": "m",
    "hectares": "ha", "ha": "ha", "square kilometers": "km2", "square kilometres": "km2",
    "km2": "km2", "km²": "km2", "square meters": "m2", "square metres": "m2", "miles": "mi",
    "mile": "mi", "cm": "cm", "centimeters": "cm", "feet": "ft", "°C": "degC",
    "kg": "kg", "kilograms": "kg", "MW": "MW", "GW": "GW", "kWh": "kWh",
    "years": "years", "year-long": "years", "quarters": "quarters", "months": "months",
    "month": "months", "weeks": "weeks", "week": "weeks", "days": "days", "day": "days",
    "hours": "hours", "hour": "hours", "minutes": "minutes",
    "people": "count", "persons": "count",
}
# Words after a count that are not the thing counted ("5 of the", "3 and 4").
COUNT_NOT_NOUNS = (
    "and", "or", "of", "to", "in", "on", "at", "for", "the", "a", "an", "by", "with", "from",
    "is", "are", "was", "were", "be", "been", "per", "than", "as", "into", "out", "over",
    "under", "up", "down", "more", "less", "fewer", "times", "each", "which", "that", "who",
    "were", "has", "have", "had", "will", "would", "can", "may", "among", "between", "during",
    "after", "before", "since", "until", "through", "about", "against", "respectively", "vs",
    "versus", "plus", "minus", "year", "years", "old",
)
# After "times": a period that makes the number a count of occasions ("8 times a year").
FREQUENCY_AFTER = ("a year", "a month", "a week", "a day", "a quarter", "per year",
                   "per annum", "per month", "per quarter", "each year", "every year",
                   "annually", "yearly")
MONTHS = {
    "january": 1, "jan.": 1, "february": 2, "feb.": 2, "march": 3, "mar.": 3, "april": 4,
    "apr.": 4, "may": 5, "june": 6, "jun.": 6, "july": 7, "jul.": 7, "august": 8, "aug.": 8,
    "september": 9, "sept.": 9, "sep.": 9, "october": 10, "oct.": 10, "november": 11,
    "nov.": 11, "december": 12, "dec.": 12,
}
# Words printed after a year ("2023 year").
# Decades: "1990s", "1990-х"; centuries: "19th century", "XIX век", "XX ғасыр".
DECADE_ENDINGS: tuple[str, ...] = ("s", "'s", "’s")
CENTURY_WORDS: tuple[str, ...] = ("century", "centuries")
# Words before a number that make an early year of it ("in 1465"); from 1800 no word is needed.
YEAR_BEFORE: tuple[str, ...] = ("in", "since", "from", "until", "till", "by", "before", "after",
                                "circa", "c.", "year", "(")
YEAR_AFTER = ("year",)
# Ordinal endings: "5th session" is a rank, not a figure.
ORDINAL_ENDINGS = ("st", "nd", "rd", "th")
# Words after which a number is a reference, not a figure ("Table 1", "pp. 12-15").
# Endings of ordinal words: "sixty-ninth", "үш жүз алпыс алтыншы" are ranks.
ORDINAL_WORD_ENDINGS = ("th",)
REFERENCE_WORDS = (
    "table", "tab.", "fig.", "figure", "vol.", "volume", "no.", "nos.", "issue", "pp.", "p.",
    "page", "pages", "chapter", "section", "appendix", "article", "art.", "part", "item",
    "grant", "project no.", "ref.", "step", "stage", "phase", "level", "model", "version",
    "top", "top-", "clause", "paragraph", "para.", "subparagraph", "sub-paragraph", "point",
    "subclause", "annex", "resolution no.", "order no.", "decree no.", "law no.", "minutes no.",
)
# Words after a house number: "19 Kabanbay Batyr Av." is an address.
ADDRESS_AFTER: tuple[str, ...] = ("Av.", "Ave.", "Avenue", "Street", "St.", "Str.", "Road",
                                  "Rd.", "Blvd.", "Boulevard", "Lane", "Square")
# Words introducing a document identifier whose digits are not figures.
# Words after a number that make it a reference ("1-кестеде": in Table 1).
REFERENCE_AFTER: tuple[str, ...] = ()
ID_WORDS = ("issn", "isbn", "doi", "udc", "irsti", "orcid", "grant no.", "iin", "bin")
# Caption words naming a table's unit column ("Units of measurement").
# Filler words inside a table's unit caption ("billions of US dollars").
UNIT_FILLERS: tuple[str, ...] = ("of",)
TABLE_UNIT_HEADERS = ("unit",)

# Words around a range: (before the low end, between the ends), e.g. "from 5 to 10".
RANGE_WORDS: tuple[tuple[str, str], ...] = (("from", "to"), ("between", "and"))
HALF_WORDS: tuple[str, ...] = ()
DECIMAL_POINT_WORDS: tuple[str, ...] = ()
EXCLUDED_NUMBER_FORMS: tuple[str, ...] = ()
# Month names are capitalised ("May 2018" but "may be"); a year before day and month.
MONTH_BEFORE_DAY = True  # "May 20, 2016"
MONTHS_CAPITALISED = True
YEAR_OF: tuple[str, ...] = ()
