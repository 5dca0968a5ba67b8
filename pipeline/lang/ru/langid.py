"""Russian evidence for language identification: alphabet, telling letters, frequent words."""

SCRIPT = "cyrillic"  # which identifier weighs the language (pipeline.stages.language.identify)
ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
TELLING = "щё"
PATTERNS = ()
# Word endings typical of the language.
SUFFIXES = tuple("""
ого его ому ему ыми ими ями ами ость ости ение ения ании ание ться тся ный ная ное ные ных
ской ский ских ского ую ой ий
""".split())
WORDS = frozenset("""
и в во не на что с со по для это как от из к о об а но он она они мы вы был была были было
также который которые которых которая которой при или же уже так только его её их до после
между год году года если может быть есть все всех этот эта эти этого более чем статье
является были где когда том том также однако под над через без
""".split())
