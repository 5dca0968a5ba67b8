"""Languages that share a script with ours and must come out as ``other``.

Each profile is a :class:`~pipeline.lang.schema.Langid`, as our languages'
``pipeline/lang/<code>/langid.py`` are: the alphabet, letters that point to it, and
frequent words. They let the language identifier say "this is Kyrgyz, not Kazakh" instead
of picking the nearest language it knows.
"""

from pipeline.lang.load import check
from pipeline.lang.schema import Langid

_RU = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"


def _profile(alphabet: str, telling: str, words: str, patterns: tuple[str, ...] = (),
             suffixes: str = "") -> Langid:
    return Langid(script="cyrillic", alphabet=alphabet, telling=telling,
                  words=frozenset(words.split()), patterns=patterns,
                  suffixes=tuple(suffixes.split()))


PROFILES = {
    "ky": _profile(_RU + "ңөү", "ңөү", """
        жана менен үчүн бул ал анын деп эле эмес болуп болгон бир эки дагы бирок керек биз
        алар ошол ушул жөнүндө боюнча аркылуу кийин чейин жылы кыргыз өз болот экен элек жок
        бар бардык ар көп мындай андан кылып берген турган деген тууралуу мындан ошондой
        анда мында эч кандай бүгүн азыр жылдын өлкө кыргызстан кыргызстандын тарабынан учурда
        министрлиги маалымат ылайык бойдон дейт экенин болушу""",
        ("оо", "өө", "үү", "уу", "аа", "ээ", "ыы"),
        """дын дин нын нин тын тин дун нун тун дүн нүн түн ышты иште ушту уучу үүчү луу лүү
        дуу дүү туу түү дык дик тык тик лык лик ыш ып уп үп ка ке го гө ган ген кан кен
        ды ди ты ти ду дү ту тү ыл ил ул үл"""),
    "tt": _profile(_RU + "әөүҗңһ", "әҗһ", """
        һәм белән бу ул аның өчен дә тә иде икән инде дип булып булган бер ике шул мин син без
        алар юк бар генә кенә әле хәзер соң кебек татар буенча турында аша ләкин әмма тиеш
        мөмкин яңа зур күп икенче шулай ук үз эченә бик дигән була булды торган итеп""",
        ("ә", "ү"),
        """ның нең ган гән кан кән лар ләр нар нәр дан дән тан тән нда ндә ырга ергә"""),
    "uk": _profile("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'’", "іїєґ", """
        і й та що не на в у з із до як це для від про але або його її їх був була було були
        також який яка які якщо тому при ще вже між після року може бути є все цей ця ці"""),
    "be": _profile("абвгдеёжзійклмнопрстуўфхцчшыьэюя'’", "ўі", """
        і у на з не што да як гэта для ад па але яго яе іх быў была было былі таксама які
        якая якія калі таму пры яшчэ ужо паміж пасля год можа быць ёсць усе гэты гэтая""",
        ("дз", "ў", "цц"),
        """ага ага ння цца цы ці ых ай ае"""),
    "bg": _profile("абвгдежзийклмнопрстуфхцчшщъьюяѝ", "ъѝ", """
        и на в да се от за с не е че по са това този тази тези как но или който която които
        което беше бяха има няма ще вече след между година може бъде му ги си ли към при още
        също във със"""),
}

# Cyrillic letters of neighbouring languages that none of ours has (Belarusian ў, Ukrainian
# ї є ґ, Tatar җ): a Latin "i" beside one of them is a Cyrillic "і" too.
OTHER_CYRILLIC = "ўїєґҗ"

for _code, _profile_data in PROFILES.items():
    check(_profile_data, _code)
