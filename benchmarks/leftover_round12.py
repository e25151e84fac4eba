"""Round twelve of held-out leftovers: written after the fourth pass's tuning on round eleven, measured once.

Round eleven was measured at first sight and then tuned on, so round twelve, written afterwards with
wordings no earlier round used (other embargo heads such as ``Timed release:`` and ``Publish after``,
end marks such as ``END STORY`` and ``{ENDS}``, sign-offs with a capital ``By`` or commas, stock credits
in other orders, labels in other scripts, notices and country restrictions in other words, notes in
new wordings of the issue's languages and in Albanian, Tagalog and Urdu, other run-ons) is the estimate
for the rules as they land. Not to be tuned on without writing a fresh round.
"""

from __future__ import annotations

import random

from leftover_injection import POSITIONS, Family
from leftover_round7 import AT_THE_END, IN_PARAGRAPH, person_agency_day, picker, place_list
from leftover_unseen import INLINE4

NAMES_12 = (
    "Rosa Ferreira,Kwabena Owusu,Liesel Braun,Amir Hosseini,Saoirse Walsh,Tran Minh Duc,Ingrid van Dijk,"
    "Oleksandr Bondar,Mei Lin,Rafael dos Santos,Hanna Nieminen,Kofi Mensah"
).split(",")
AGENCIES_12 = (
    "AFP,Reuters,AP,EPA,dpa,ANP,Xinhua,Kyodo,Yonhap,Anadolu,TASS,Lusa,MTI,CTK,PAP,Belga,Ritzau,APA,SNA,IRNA"
).split(",")
STOCK_12 = ("Shutterstock", "Getty Images/iStockphoto", "Alamy", "Freepik", "123RF", "Depositphotos", "Pexels")
PLACES_12 = (
    "Ireland,Scotland,Wales,Norway,Sweden,Finland,Iceland,Greece,Cyprus,Malta,Chile,Peru,Uruguay,Nigeria,Ghana,"
    "the Middle East"
).split(",")
CITIES_12 = ("Accra", "Riga", "Porto", "Tunis", "Osaka", "Perth", "Montreal", "Kampala")


def _rest12(rng: random.Random) -> dict[str, str]:
    return {
        "name2": rng.choice(NAMES_12),
        "name3": rng.choice(NAMES_12),
        "stock": rng.choice(STOCK_12),
        "city": rng.choice(CITIES_12),
        "time": rng.choice(("0001", "0930", "1700", "20:45", "08.15", "9am", "6pm")),
        "zone": rng.choice(("GMT", "BST", "CDT", "UTC", "WAT", "NZST", "MSK")),
        "date": rng.choice(("March 9", "9 March", "Aug. 1", "1 August 2027")),
        "places": place_list(rng, PLACES_12),
        "PLACES": place_list(rng, PLACES_12).upper(),
        "language": rng.choice(("Finnish", "Portuguese", "Ukrainian", "Japanese", "Turkish")),
    }


_pick12 = picker(person_agency_day(NAMES_12, AGENCIES_12), _rest12)

HELD_OUT_12 = (
    Family(
        "embargo-12",
        "WL106",
        _pick12(
            "EMBARGO NOTICE: {time} {zone} {DAY}",
            "Not for release until {time} {zone}",
            "Embargo in force until {time} {zone} on {Day}",
            "Strictly not for publication before {time} {zone}",
            "HOLD: {time} {zone} {DAY}",
            "Timed release: {time} {zone} {Day}",
            "Embargo expires {Day} {time} {zone}",
            "Publish after {time} {zone} {Day}",
            "Do not run before {time} {zone}",
            "Releasable at {time} {zone} on {date}",
        ),
        stage="held-out-12",
        positions=IN_PARAGRAPH,
    ),
    Family(
        "end-12",
        "WL105",
        _pick12(
            "-END-", "(ENDE)", "— fin —", "[30]", ">>END<<", "END STORY", "-- end of story --", "_ENDS_", "{{ENDS}}"
        ),
        stage="held-out-12",
        positions=AT_THE_END,
    ),
    Family(
        "signoff-12",
        "WL105",
        _pick12(
            "(Reporting By {name}; Editing By {name2})",
            "(Additional reporting by {name} in {city})",
            "Reporting by {name}, editing by {name2}.",
            "(Reporting by {name}; Writing by {name2}; Editing by {name3})",
            "Compiled by {name}.",
            "(Editing by {name} and {name2})",
        ),
        stage="held-out-12",
        positions=AT_THE_END,
    ),
    Family(
        "stock-credit-12",
        "WL101",
        _pick12(
            "Photo: {name} - stock.adobe.com",
            "Image: Freepik",
            "Picture: Getty Images/iStockphoto",
            "Photo: 123RF/{name}",
            "{name} | Shutterstock",
            "(Credit: Alamy)",
            "Image credit: {name} via Unsplash",
            "Photo by {name} / Pexels",
            "Stock photo: {stock}",
            "Illustration: {name}/Shutterstock",
            "© {stock}",
        ),
        stage="held-out-12",
        positions=INLINE4,
    ),
    Family(
        "credit-12",
        "WL101",
        _pick12(
            "Photos courtesy of {agency}",
            "Image: Supplied",
            "Picture: Supplied by {agency}",
            "Photo / {agency}",
            "Photograph by {NAME} / {AGENCY}",
            "({agency} photo)",
            "Photo from {agency}",
            "Picture via {agency}",
            "Foto de {agency}",
            "Фото: {agency}",
            "사진: {agency}",
            "الصورة: {agency}",
            "Photo : {name} / {agency}",
            "Credit — {name}/{agency}",
        ),
        stage="held-out-12",
        positions=INLINE4,
    ),
    Family(
        "notice-12",
        "WL101",
        _pick12(
            "EDITORIAL USE ONLY. NOT FOR COMMERCIAL EXPLOITATION",
            "Usage: editorial only",
            "PHOTO MAY NOT BE ARCHIVED, SOLD OR LICENSED",
            "One-time use only, no reuse.",
            "NO WEB USE. NO MOBILE USE.",
            "Image for news use only; no advertising.",
            "NOT FOR PRINT PUBLICATION",
            "COPYRIGHT PROTECTED. NO UNAUTHORISED USE",
            "This handout photo is for editorial purposes only.",
            "DO NOT ARCHIVE. DO NOT RESELL.",
            "Strictly no resale or reuse",
            "USE RESTRICTED: NEWS REPORTING ONLY",
        ),
        stage="held-out-12",
        positions=INLINE4,
    ),
    Family(
        "country-12",
        "WL101",
        _pick12(
            "NOT FOR SALE IN {PLACES}",
            "No usage in {places}.",
            "Not for publication in {places} media.",
            "Banned from use in {places}.",
            "{PLACES} SUBSCRIBERS OUT",
            "No {places} clients.",
            "Available worldwide except {places}.",
            "Excludes {places}.",
        ),
        stage="held-out-12",
        positions=IN_PARAGRAPH,
    ),
    Family(
        "translation-12",
        "WL102",
        _pick12(
            "This story was translated by machine and reviewed by no one.",
            "Translated by software from {language}.",
            "Machine-made translation.",
            "An automated system produced this translation.",
            "Automatically generated English translation.",
            "Artículo traducido con inteligencia artificial.",
            "Article traduit automatiquement depuis l'anglais.",
            "Automatisch übersetzt von einer KI.",
            "Tradução realizada com IA.",
            "Tradotto dall'IA.",
            "Machinevertaling uit het Engels.",
            "Maskinöversatt text.",
            "Automaticky přeložený text.",
            "Automatycznie przetłumaczony artykuł.",
            "Автоматический машинный перевод.",
            "Машинний переклад статті.",
            "ترجمة بالذكاء الاصطناعي.",
            "Yapay zeka tarafından çevrildi.",
            "机器自动翻译，仅供参考。",
            "本記事はAI翻訳です。",
            "Αυτόματα μεταφρασμένο άρθρο.",
            "Automaattisesti käännetty artikkeli.",
            "Masintõlge inglise keelest.",
            "Gépi fordítású cikk.",
            "Преведено с изкуствен интелект.",
            "Strojno preveden članek.",
        ),
        stage="held-out-12",
        positions=INLINE4,
    ),
    Family(
        "translation-more-12",
        "WL102",
        _pick12(
            "Përkthim automatik.",
            "Awtomatikong isinalin.",
            "مشینی ترجمہ",
            "기계 번역된 기사입니다.",
            "Terjemahan mesin.",
        ),
        stage="held-out-12",
        positions=INLINE4,
    ),
    Family(
        "run-on-12",
        "WL501",
        _pick12(
            "He was jailed for 6 yrs.Appeal judges agreed.",
            "The talks were in Geneva (Switzerland).Nothing was agreed.",
            "He said it was 'over'.The minister agreed.",
            "She arrived at 9.15.Reporters waited outside.",
            "It now costs £4.99.Shoppers complained.",
            "The result was 3-3.Extra time followed.",
            "He was born in 1967.His father was a miner.",
            "The deal closed in Q3.Analysts expect more.",
        ),
        stage="held-out-12",
        positions=POSITIONS[1:],
    ),
)

CONTROLS_12 = (
    "Publish after the vote, the editor decided.",
    "The film ends with a long shot of the sea.",
    "End of story, the minister said.",
    "Reporting by phone from {city}, she described the damage.",
    "A Shutterstock photographer won the award in {city}.",
    "Freepik and Canva were named in the lawsuit.",
    "The sale of archives to a museum was approved.",
    "Clients in Ireland and Norway were not affected.",
    "Translated works made up 3% of sales last year.",
    "Machine tool exports fell 4% in March.",
    "The English translation of the novel won a prize.",
    "Use of the site is free, the council said.",
    "Available worldwide, the app costs nothing.",
    "Compiled by volunteers, the list runs to 40 pages.",
    "The No.1 seed lost in Osaka.",
    "Do not run before you can walk, the coach said.",
    "Photo from the scene showed a burning car, police said.",
    "The images were supplied by {agency} to the court.",
)
"""News sentences that use a leftover's words; a WL1 or WL501 finding on one is false."""


def control12(rng: random.Random) -> str:
    return _pick12(*CONTROLS_12)(rng)
