"""English acronyms of the field: surface -> shared id, and each id's full name in English.

The same ids are used by ``pipeline/lang/ru/acronyms.py`` and ``pipeline/lang/kk/acronyms.py``,
so KazNU, КазНУ and ҚазҰУ meet at "kaznu".
"""

ACRONYMS = {
    "KazNU": "kaznu", "KAZNU": "kaznu", "ENU": "enu",
    "NU": "nu", "KBTU": "kbtu", "KazNPU": "kaznpu", "KazNTU": "satbayev", "KazNITU": "satbayev",
    "KazNAU": "kaznau", "KazNARU": "kaznau", "KazNMU": "kaznmu", "SKU": "sku",
    "PRC": "prc", "BRI": "bri", "OBOR": "bri", "SREB": "sreb", "USA": "usa", "US": "usa",
    "EU": "eu", "UN": "un", "SCO": "sco", "CIS": "cis", "EAEU": "eaeu", "EEU": "eaeu",
    "CSTO": "csto", "WTO": "wto", "IMF": "imf", "ADB": "adb", "AIIB": "aiib", "EBRD": "ebrd",
    "OECD": "oecd", "UNESCO": "unesco", "NASA": "nasa", "RK": "rk", "RF": "rf", "CA": "ca",
    "MSHE RK": "mshe", "MES RK": "mes"
}

EXPANSIONS = {
    "kaznu": "Al-Farabi Kazakh National University",
    "enu": "L.N. Gumilyov Eurasian National University",
    "nu": "Nazarbayev University",
    "kbtu": "Kazakh-British Technical University",
    "kaznpu": "Abai Kazakh National Pedagogical University",
    "satbayev": "Satbayev Kazakh National Research Technical University",
    "kaznau": "Kazakh National Agrarian University",
    "kaznmu": "Asfendiyarov Kazakh National Medical University",
    "prc": "People's Republic of China",
    "bri": "Belt and Road Initiative",
    "sreb": "Silk Road Economic Belt",
    "usa": "United States",
    "eu": "European Union",
    "un": "United Nations",
    "sco": "Shanghai Cooperation Organisation",
    "cis": "Commonwealth of Independent States",
    "eaeu": "Eurasian Economic Union",
    "csto": "Collective Security Treaty Organization",
    "wto": "World Trade Organization",
    "imf": "International Monetary Fund",
    "adb": "Asian Development Bank",
    "aiib": "Asian Infrastructure Investment Bank",
    "ebrd": "European Bank for Reconstruction and Development",
    "rk": "Republic of Kazakhstan",
    "rf": "Russian Federation",
    "ca": "Central Asia",
    "mshe": "Ministry of Science and Higher Education of the Republic of Kazakhstan",
    "mes": "Ministry of Education and Science of the Republic of Kazakhstan",
}
