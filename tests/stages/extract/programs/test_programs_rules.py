"""Programme rules on sentences written for these tests: cue words, inflections, quote styles."""

import pytest

from pipeline.stages.extract.programs import find_in_text
from pipeline.stages.extract.programs.lexicon import lexicon
from pipeline.stages.extract.programs.names import canonical, key


def _found(lang: str, text: str) -> list[tuple[str, str, str]]:
    lex = lexicon(lang)
    out = []
    for f in find_in_text(text, lex):
        c = f.cand
        out.append((text[c.start:c.end], c.kind,
                    canonical(text, c.name_start, c.name_end, c.cue, lex)))
    return out


KAZAKH = [
    # бағдарлама in the nominative, accusative, locative, genitive with possessive
    ("«Цифрлық Қазақстан» бағдарламасы 2017 жылы қабылданды.",
     [("«Цифрлық Қазақстан» бағдарламасы", "programme", "Цифрлық Қазақстан")]),
    ("Үкімет «Цифрлық Қазақстан» бағдарламасын іске асыруда.",
     [("«Цифрлық Қазақстан» бағдарламасын", "programme", "Цифрлық Қазақстан")]),
    ("«Нұрлы жол» мемлекеттік бағдарламасында көлік жобалары бар.",
     [("«Нұрлы жол» мемлекеттік бағдарламасында", "programme", "Нұрлы жол")]),
    ("Біз «Рухани жаңғыру» бағдарламасының нәтижелерін талдадық.",
     [("«Рухани жаңғыру» бағдарламасының", "programme", "Рухани жаңғыру")]),
    ("Жиында Нұрлы жол бағдарламасының нәтижелері талқыланды.",
     [("Нұрлы жол бағдарламасының", "programme", "Нұрлы жол")]),
    ("«Мәңгілік ел» бағдарламасына сәйкес жұмыс жүрді.",
     [("«Мәңгілік ел» бағдарламасына", "programme", "Мәңгілік ел")]),
    # стратегия, бастама, жоспар, заң, тұжырымдама, жоба
    ("Ел Қазақстан-2050 стратегиясы бойынша дамиды.",
     [("Қазақстан-2050 стратегиясы", "strategy", "Қазақстан-2050")]),
    ("Жұмыс «Қазақстан-2050» стратегиясына сәйкес жүргізілді.",
     [("«Қазақстан-2050» стратегиясына", "strategy", "Қазақстан-2050")]),
    ("Қытай «Бір белдеу, бір жол» бастамасымен көп жоба бастады.",
     [("«Бір белдеу, бір жол» бастамасымен", "initiative", "Бір белдеу, бір жол")]),
    ("Биыл «Жол картасы-2020» жоспары орындалды.",
     [("«Жол картасы-2020» жоспары", "plan", "Жол картасы-2020")]),
    ("Парламент ғылым туралы заңға өзгерістер енгізді.",
     [("ғылым туралы заңға", "law", "ғылым туралы заң")]),
    ("Ол кезде Ғылым туралы заңы әлі қабылданбаған еді.",
     [("Ғылым туралы заңы", "law", "Ғылым туралы заң")]),
    ("Осы жылы Құқықтық саясат тұжырымдамасы бекітілді.",
     [("Құқықтық саясат тұжырымдамасы", "concept", "Құқықтық саясат")]),
    ("Университет «Жасыл көпір» жобасын ұсынды.",
     [("«Жасыл көпір» жобасын", "project", "Жасыл көпір")]),
    # a cited law with its article, the Constitution, a named policy, a quote inside a quote
    ("Ол Қылмыстық кодекстің 190-бабы бойынша сотталды.",
     [("Қылмыстық кодекстің 190-бабы", "law", "Қылмыстық кодекс")]),
    ("Президент Ата Заңды сақтауға шақырды.", [("Ата Заңды", "law", "Ата Заң")]),
    ("Еліміздің «Нұрлы жол» жаңа экономикалық саясаты іске асты.",
     [("«Нұрлы жол» жаңа экономикалық саясаты", "strategy", "Нұрлы жол")]),
    ("«Биыл көп отбасы «Бақытты отбасы» бағдарламасы арқылы үй алады», — деді ол.",
     [("«Бақытты отбасы» бағдарламасы", "programme", "Бақытты отбасы")]),
    # a quote joined to the cue by "атты" (named)
    ("Министрлік «Ғылым қоры» атты бағдарлама әзірледі.",
     [("«Ғылым қоры» атты бағдарлама", "programme", "Ғылым қоры")]),
]

RUSSIAN = [
    ("Программа «Цифровой Казахстан» была принята в 2017 году.",
     [("Программа «Цифровой Казахстан»", "programme", "Цифровой Казахстан")]),
    ("В рамках программы «Цифровой Казахстан» создан технопарк.",
     [("программы «Цифровой Казахстан»", "programme", "Цифровой Казахстан")]),
    ("Средства выделены по программе «Нурлы жол».",
     [("программе «Нурлы жол»", "programme", "Нурлы жол")]),
    ("Проект реализуется в соответствии с программой «Дорожная карта бизнеса 2020».",
     [("программой «Дорожная карта бизнеса 2020»", "programme", "Дорожная карта бизнеса 2020")]),
    ("Казахстан поддерживает инициативу «Один пояс, один путь».",
     [("инициативу «Один пояс, один путь»", "initiative", "Один пояс, один путь")]),
    ("Стратегия «Казахстан-2050» определяет цели развития.",
     [("Стратегия «Казахстан-2050»", "strategy", "Казахстан-2050")]),
    ("Согласно стратегии „Казахстан-2030“, приоритетом является экономика.",
     [("стратегии „Казахстан-2030“", "strategy", "Казахстан-2030")]),
    ("В 2011 году был принят Закон о науке.",
     [("Закон о науке", "law", "Закон о науке")]),
    ("Поправки в закон об образовании внесены в мае.",
     [("закон об образовании", "law", "закон об образовании")]),
    ("Суд сослался на положения закона «О науке».",
     [("закона «О науке»", "law", "О науке")]),
    ("Правительство утвердило Государственную программу индустриально-инновационного развития.",
     [("Государственную программу индустриально-инновационного развития", "programme",
       "Государственная программа индустриально-инновационного развития")]),
    ("Эксперты обсудили план «Нация 100 шагов».",
     [("план «Нация 100 шагов»", "plan", "Нация 100 шагов")]),
    ("Он напомнил о концепции «Мәңгілік ел».",
     [("концепции «Мәңгілік ел»", "concept", "Мәңгілік ел")]),
    ("Компания участвует в проекте \"Зелёный мост\".",
     [("проекте \"Зелёный мост\"", "project", "Зелёный мост")]),
    # a cited code with its article and part
    ("Его обвинили по ч. 2 ст. 112 УК РФ.", [("ч. 2 ст. 112 УК РФ", "law", "УК РФ")]),
    ("Суд сослался на нормы Конституции.", [("Конституции", "law", "Конституция")]),
    ("Эксперты обсудили политику «Нурлы жол».",
     [("политику «Нурлы жол»", "strategy", "Нурлы жол")]),
]

ENGLISH = [
    ("The Kazakhstan 2050 Strategy was announced in 2012.",
     [("Kazakhstan 2050 Strategy", "strategy", "Kazakhstan 2050 Strategy")]),
    ("It was part of the 13th Five-Year Plan for 2016-2020 in China.",
     [("13th Five-Year Plan for 2016-2020", "plan", "13th Five-Year Plan for 2016-2020")]),
    ("In February 2011, Kazakhstan adopted the Law on Science.",
     [("Law on Science", "law", "Law on Science")]),
    ("The Belt and Road Initiative links Asia and Europe.",
     [("Belt and Road Initiative", "initiative", "Belt and Road Initiative")]),
    ("China launched the “Made in China 2025” programme in 2015.",
     [("“Made in China 2025” programme", "programme", "Made in China 2025")]),
    ("Kazakhstan supported the \"Digital Silk Road\" and the \"Digital Kazakhstan\" strategy.",
     [("\"Digital Silk Road\"", "strategy", "Digital Silk Road"),
      ("\"Digital Kazakhstan\" strategy", "strategy", "Digital Kazakhstan")]),
    ("The „Digital Kazakhstan“ programme was adopted in 2017.",
     [("„Digital Kazakhstan“ programme", "programme", "Digital Kazakhstan")]),
    ("China launched the Made in China 2025 plan.",
     [("Made in China 2025 plan", "plan", "Made in China 2025")]),
    ("They signed the joint project Nurly Zhol in 2015.",
     [("project Nurly Zhol", "project", "Nurly Zhol")]),
    ("Kazakhstan's 2050 Strategy sets targets.",
     [("2050 Strategy", "strategy", "2050 Strategy")]),
    ("The State Programme for Educational Development (2011−2014) was adopted.",
     [("State Programme for Educational Development (2011−2014)", "programme",
       "State Programme for Educational Development")]),
]

NOT_PROGRAMMES = [
    ("en", "This program supports farmers."),
    ("en", "The programme of the conference is online."),
    ("en", "Many research programmes were funded by the state."),
    ("en", "Kazakhstan also plans to set up nuclear power plants."),
    ("en", "Two programmes underpin the reform."),
    ("en", "China's plans were discussed."),
    ("en", "In 2017, 6 projects were implemented."),
    ("ru", "Программа исследования включает три этапа."),
    ("ru", "Эта программа поддерживает фермеров."),
    ("ru", "Программа конференции опубликована на сайте."),
    ("ru", "Он выступил с инициативой о выдвижении кандидата."),
    ("ru", "Это произошло в рамках проекта Иван Петров."),
    ("kk", "Бұл бағдарлама ауыл шаруашылығын қолдайды."),
    ("kk", "Зерттеу бағдарламасы бойынша жұмыс аяқталды."),
    ("kk", "Елбасының бастамасымен жаңа мектеп ашылды."),
    ("kk", "Жоба аясында зертхана салынды."),
    ("kk", "Өткен жылы 7 жоба іске қосылды."),
    ("kk", "Сондықтан қатаңдатылған жаңа заң қабылданды."),
    ("kk", "Облыста бірнеше жаңа жобалар бар."),
    ("kk", "Қытайдың сыртқы саясаты өзгерді."),
    ("kk", "Бүгінде 9 жоба іске асып жатыр."),
    ("kk", "Біз Еуропаға шығу жоспарын құрдық."),
    ("kk", "Мемлекеттік бағдарлама қабылданды."),
    ("en", "Chinese foreign policy changed."),
    ("en", "They spoke \"in theory and in the policy\" of the state."),
]


@pytest.mark.parametrize(("text", "expected"), KAZAKH)
def test_programs_kazakh_inflections(text, expected):
    assert _found("kk", text) == expected


@pytest.mark.parametrize(("text", "expected"), RUSSIAN)
def test_programs_russian_inflections(text, expected):
    assert _found("ru", text) == expected


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_programs_english_names(text, expected):
    assert _found("en", text) == expected


@pytest.mark.parametrize(("lang", "text"), NOT_PROGRAMMES)
def test_programs_generic_phrases_are_not_programmes(lang, text):
    assert _found(lang, text) == []


@pytest.mark.parametrize(("lang", "a", "b"), [
    ("ru", "Цифровой Казахстан", "Цифрового Казахстана"),
    ("ru", "Цифровой Шелковый путь", "Цифрового Шелкового пути"),
    ("kk", "Цифрлық Қазақстан", "Цифрлық Қазақстанның"),
    ("en", "the Belt and Road", "Belt and Road"),
])
def test_programs_grouping_key_ignores_case_endings(lang, a, b):
    lex = lexicon(lang)
    assert key(a, lex) == key(b, lex)
