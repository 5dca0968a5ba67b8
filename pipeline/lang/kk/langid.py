"""Kazakh evidence for language identification: alphabet, telling letters, frequent words."""

SCRIPT = "cyrillic"  # which identifier weighs the language (pipeline.stages.language.identify)
# Russian Cyrillic plus the nine Kazakh letters.
ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя" + "әғқңөұүһі"
# Letters that point to Kazakh rather than Kyrgyz or Tatar (which share ә ң ө ү һ).
TELLING = "ғқұі"
# Letter sequences typical of the language (none for Kazakh beyond its letters).
PATTERNS = ()
SUFFIXES: tuple[str, ...] = ()
WORDS = frozenset("""
және мен бен пен бұл осы ол оның олар үшін деп да де та те бойынша туралы арқылы кейін бірақ
болып болды болады болған бар жоқ емес еді екен керек тағы сондай сол бір екі жылы жыл қазақ
қазақстан қазақстанның қазақстанда ретінде дейін арасында барлық өз мұнда қатар көп әр біз
сіз жаңа ең алады тиіс мүмкін негізгі жұмыс зерттеу соң сияқты яғни ал ғана қана қазіргі
елдің елде ел мемлекеттік мақалада нәтижесінде себебі кезде кезінде бізде
""".split())
