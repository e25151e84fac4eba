"""Round seven of held-out leftovers: written and sealed before the third leftovers pass changed any rule.

Written for the shapes an outside check still found missing, and for credits, notices and
notes a newsroom may meet that no earlier round wrote: an embargo or hold-for-release line
pasted into a paragraph or run onto its end, end-of-story furniture appended to the last line
of a paragraph, a note in another script split by a Latin tool name (``本文由AI DeepL翻译``),
country restrictions in ordinary case, and new labels, agencies, notices and wordings in more
languages. Look-alike controls use the same words in news sentences.

Measured once with the rules before the pass (the first-sight figure), then after. A pass
that tunes on this round must write a fresh one for the next estimate.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from leftover_injection import Family
from leftover_unseen import INLINE4

NAMES_7 = (
    "Birgit Holm,Tariq Aziz Khan,Lucía Fernández,Oksana Melnyk,Chen Jiahui,Jonas Petrauskas,Aisha Bello,"
    "Mikko Laine,Daniela Rossi,Thabo Nkosi"
).split(",")
AGENCIES_7 = (
    "Scanpix,TT News Agency,Jiji Press,Antara,PA Media,PA Wire,Ukrinform,LETA,BNS,Pixsell,Imago,NurPhoto,"
    "Polaris,Alamy,AAP,Kyodo,AFP,Reuters,AP,EPA,dpa,ANP"
).split(",")
DAYS = ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
TIMES = ("0001", "0500", "1200", "2301", "00:01", "06:00", "14.30")
ZONES = ("GMT", "BST", "CET", "EST", "ET", "UTC", "HKT")
DATES = ("March 4", "12 June", "Nov. 3", "1 December 2025", "April 22, 2025")
COUNTRIES_7 = (
    "France,Germany,Italy,Spain,Belgium,the Netherlands,Austria,Switzerland,Japan,South Korea,Canada,Brazil,"
    "Australia,New Zealand,Norway,Denmark,Ireland,Portugal,Greece,Turkey"
).split(",")
LANGUAGES_7 = ("German", "Danish", "Lithuanian", "Indonesian", "Croatian", "Ukrainian", "Finnish")


def _countries(rng: random.Random, count: int) -> str:
    chosen = rng.sample(COUNTRIES_7, count)
    joiner = rng.choice((" or ", " and "))
    return ", ".join(chosen[:-1]) + joiner + chosen[-1] if count > 1 else chosen[0]


def place_list(rng: random.Random, places: list[str], counts: tuple[int, ...] = (1, 2, 3)) -> str:
    """One to three of ``places`` as a list ("France, Spain or Italy"), drawn in a fixed order for a seed."""
    chosen = rng.sample(places, rng.choice(counts))
    return ", ".join(chosen[:-1]) + rng.choice((" or ", " and ")) + chosen[-1] if len(chosen) > 1 else chosen[0]


def picker(
    first: Callable[[random.Random], dict[str, str]], rest: Callable[[random.Random], dict[str, str]]
) -> Callable[..., Callable[[random.Random], str]]:
    """A maker of families' leftovers: the ``first`` fields, then a template, then the ``rest`` (drawn in this
    order, so a seed gives the same leftovers)."""

    def pick(*templates: str) -> Callable[[random.Random], str]:
        def make(rng: random.Random) -> str:
            head = first(rng)
            return rng.choice(templates).format(**head, **rest(rng))

        return make

    return pick


def person_agency_day(names: tuple[str, ...] | list[str], agencies: list[str]) -> Callable[[random.Random], dict]:
    """The fields every round draws first: a photographer, an agency and a weekday, as written and in capitals."""

    def draw(rng: random.Random) -> dict[str, str]:
        person, agency, day = rng.choice(names), rng.choice(agencies), rng.choice(DAYS)
        return {"name": person, "NAME": person.upper(), "agency": agency, "AGENCY": agency.upper()} | {
            "DAY": day,
            "Day": day.title(),
        }

    return draw


def _rest7(rng: random.Random) -> dict[str, str]:
    return {
        "agency2": rng.choice(AGENCIES_7),
        "time": rng.choice(TIMES),
        "zone": rng.choice(ZONES),
        "date": rng.choice(DATES),
        "countries": _countries(rng, rng.choice((2, 3, 3, 4))),
        "COUNTRIES": _countries(rng, rng.choice((2, 3))).upper(),
        "language": rng.choice(LANGUAGES_7),
    }


_pick7 = picker(person_agency_day(NAMES_7, AGENCIES_7), _rest7)


IN_PARAGRAPH = ("own-line", "start", "middle", "end", "after-table")
AT_THE_END = ("own-line", "end", "after-table")

HELD_OUT_7 = (
    Family(
        "embargo-7",
        "WL106",
        _pick7(
            "EMBARGOED UNTIL {time} {zone} {DAY}",
            "Embargoed until {time} {zone} on {Day}, {date}",
            "HOLD FOR RELEASE UNTIL {time} {zone} {DAY}",
            "Under embargo until {time} {zone} {Day}",
            "STRICTLY EMBARGOED UNTIL {time} {zone}",
            "EMBARGO: {time} {zone} {DAY} {date}",
            "(Embargoed until {time} {zone}, {date})",
            "HOLD FOR RELEASE - NOT BEFORE {time} {zone}",
            "Not for publication before {time} {zone} on {Day}",
            "EMBARGOED FOR {time} {zone} {DAY}",
            "Hold for release until {Day} {date}",
            "*** EMBARGOED: NOT FOR BROADCAST OR PUBLICATION BEFORE {time} {zone} ***",
            "Embargo: {time} {zone}, {Day}",
            "UNDER STRICT EMBARGO UNTIL {DAY}",
        ),
        stage="held-out-7",
        positions=IN_PARAGRAPH,
    ),
    Family(
        "end-furniture-7",
        "WL105",
        _pick7(
            "-- END --",
            "ENDS",
            "(END)",
            "+++ ends +++",
            "- ends -",
            "— ENDS —",
            "((END))",
            "[ENDS]",
            "*** END ***",
            "-ENDS-",
            "= END =",
            "(ends)",
            "END OF STORY",
            "--30--",
            "/ENDS",
        ),
        stage="held-out-7",
        inline=True,
        positions=AT_THE_END,
    ),
    Family(
        "script-split-7",
        "WL102",
        _pick7(
            "本文由AI DeepL翻译",
            "本文使用Google翻译自动翻译",
            "この記事はDeepLで機械翻訳されました。",
            "本文经ChatGPT机器翻译。",
            "本記事はAI（ChatGPT）による自動翻訳です。",
            "이 기사는 DeepL 기계 번역으로 작성되었습니다.",
            "Статья переведена автоматически с помощью DeepL.",
            "ترجمة آلية بواسطة Google Translate",
            "Το κείμενο μεταφράστηκε αυτόματα με το DeepL.",
            "本文內容由AI翻譯。",
            "Перекладено автоматично за допомогою Google Translate.",
            "本文由 Microsoft Translator 机器翻译",
        ),
        stage="held-out-7",
        positions=INLINE4,
    ),
    Family(
        "country-list-7",
        "WL101",
        _pick7(
            "No use in {countries}.",
            "Not for use in {countries}.",
            "No sales in {countries}.",
            "{countries} out.",
            "Not for publication in {countries}.",
            "No use by media in {countries}.",
            "Editorial use only. No use in {countries}.",
            "No distribution in {countries}.",
            "NO USE IN {COUNTRIES}.",
        ),
        stage="held-out-7",
        positions=IN_PARAGRAPH,
    ),
    Family(
        "credit-7",
        "WL101",
        _pick7(
            "Photo credit should read {NAME}/{AGENCY}",
            "Picture credit: {name}/{agency}",
            "Foto: {agency} / {name}",
            "Bild: {agency}/{name}",
            "Image by {name} via {agency}",
            "Photos: {agency}",
            "(Credit: {name}/{agency})",
            "Photograph: {name}/{agency}/Alamy Live News",
            "Photo: {name}/{agency} via AP",
            "Handout photo released by the ministry via {agency}",
            "Image supplied by {agency}",
            "{name} for {agency}/Getty Images",
            "© {agency} {name}",
            "Copyright {agency}, all rights reserved",
            "Photo: {agency}/Scanpix",
            "PHOTO: {AGENCY}",
            "Video still: {agency}",
            "Illustration: {name}/{agency}",
        ),
        stage="held-out-7",
        positions=INLINE4,
    ),
    Family(
        "notice-7",
        "WL101",
        _pick7(
            "FOR EDITORIAL USE ONLY. NO BOOK COVERS.",
            "ONE TIME USE ONLY. NO ARCHIVING.",
            "Editorial use only; no use after 30 days.",
            "PICTURE MAY NOT BE ARCHIVED OR SOLD",
            "NO THIRD PARTY SALES. NOT FOR MARKETING OR ADVERTISING",
            "Strictly for editorial use. Not for resale.",
            "MUST CREDIT: {AGENCY}. NO ARCHIVES",
            "RESTRICTED TO EDITORIAL USE - MANDATORY MENTION OF THE PHOTOGRAPHER",
            "This handout image was provided by a third party and has not been independently verified.",
            "USE ONLY WITH A CREDIT TO {AGENCY}. NO RESALES",
            "Not for sale. Editorial use only",
            "NO ONLINE USE WITHOUT PERMISSION. EDITORIAL USE ONLY",
        ),
        stage="held-out-7",
        positions=INLINE4,
    ),
    Family(
        "translation-7",
        "WL102",
        _pick7(
            "This article was translated with the help of artificial intelligence.",
            "AI translation: original in {language}.",
            "Auto-translation provided by DeepL.",
            "This report was automatically translated from {language}.",
            "Translation generated by AI.",
            "[Machine-translated from the {language}]",
            "(Translated using Microsoft Translator)",
            "Text machine-translated by Google.",
            "Automatisch vertaald uit het Engels.",
            "Traduction automatique de l'anglais.",
            "Strojový překlad z angličtiny.",
            "Tłumaczenie maszynowe z języka angielskiego.",
            "Maschinell übersetzt aus dem Englischen.",
            "Makine çevirisi ile hazırlanmıştır.",
            "Automaattisesti käännetty englannista.",
            "Перевод выполнен нейросетью.",
        ),
        stage="held-out-7",
        positions=INLINE4,
    ),
)

CONTROLS_7 = (
    "The report, embargoed until Tuesday, was leaked to reporters.",
    "The embargo until 2030 on arms sales was lifted, officials said.",
    "Results were on hold for release of the audit, the firm said.",
    "The season ends in May, the league said.",
    "The story ends happily, she said.",
    "That is where the road ends, he told the inquiry.",
    "There is no use in France for such a tax, he said.",
    "It is no use in Spain or Portugal either, the minister said.",
    "Sales in France, Germany and Italy fell by a third.",
    "Japan, South Korea and China were left out of the deal.",
    "The drug is not approved for use in France, Germany or Italy.",
    "No one in Canada or Brazil voted against it, officials said.",
    "The app, known in China as 谷歌翻译, was blocked in 2017.",
    "The DeepL translation of the letter was read out in court.",
    "Photo credit disputes often end up in court, lawyers said.",
    "The photographer, {name} of {agency}, was hurt in the blast.",
    "Editors said the end of the story had been cut for space.",
    "The minister said the use of AI translation in courts must end.",
    "The handout, a map of the new routes, was given to commuters.",
    "Copyright holders won the case, the court said.",
    "He said the images had been verified by a third party.",
    "Hold the front page, the editor shouted.",
    "Not for the first time, the talks ended without a deal.",
    "The plan was dubbed Operation End Game by officials.",
    "Auto translation features were added to the app last year, the company said.",
)
"""News sentences that use a leftover's words; a WL1 finding on one is false."""


def control7(rng: random.Random) -> str:
    return _pick7(*CONTROLS_7)(rng)
