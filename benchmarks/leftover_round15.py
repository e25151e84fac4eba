"""Round fifteen of held-out leftovers: written with round fourteen, before any rule changed, and sealed.

The same kinds as round fourteen (``leftover_round14.py``) in other wordings, names and places, kept
apart from the tuning: round fourteen was read while the seventh pass changed the rules; this round was
measured at first sight and once more at the end, never read in between. Its look-alikes are its own.

    python benchmarks/eval_leftovers.py --articles 0 --unseen 0 --round15 700 --untouched 0 --seed 2026
"""

from __future__ import annotations

import random

from leftover_injection import Family
from leftover_round7 import IN_PARAGRAPH, person_agency_day, picker
from leftover_round14 import places_joined
from leftover_unseen import INLINE4

NAMES_15 = (
    "Sadia Akter,Vilayphone Sisouk,Amir Begic,Zainab Malik,Hafiz Rahman,Le Van Hung,Karim Noori,"
    "Abena Owusu,Piotr Zielinski,Aino Lahtinen,Ciara Byrne,Lucia Quispe"
).split(",")
WIDE_15 = "AFP,Reuters,AP,EPA,Xinhua,Anadolu Agency,Getty Images,Jiji Press,Belga,ANP,Sipa Press,Lusa".split(",")
NATIONAL_15 = (
    "Bakhtar News Agency,Bangladesh Sangbad Sangstha,Lao News Agency,Srna,Associated Press of Pakistan,"
    "Vietnam News Agency,Philippine News Agency,IRNA,Saudi Press Agency,Emirates News Agency,Oman News Agency,"
    "Jordan News Agency,Iraqi News Agency,Maghreb Arabe Presse,Tunis Afrique Presse,Algerie Presse Service,"
    "Ethiopian News Agency,Kenya News Agency,News Agency of Nigeria,Ghana News Agency,Zimpapers,Xinhua,"
    "MONTSAME,Kabar,Khovar,Turkmendoviethabarlary,UzA,Georgian Press,Interpressnews,Azertac,Belta,"
    "Rastriya Samachar Samiti,Lanka Puvath,Kuensel,Yonhap,Central News Agency,Antara,Bernama,ANTARA,"
    "Prensa Latina,AGN,ACAN-EFE,Agencia Andes,Telam,Cubadebate,Agencia Brasil,Anatolia,ATA,Beta,MINA"
).split(",")
AGENCIES_15 = (*WIDE_15, *NATIONAL_15)
PLACES_15 = (
    "PORTUGAL,GREECE,FINLAND,SWITZERLAND,TURKEY,ISRAEL,SOUTH AFRICA,ARGENTINA,CHILE,PERU,COLOMBIA,EGYPT,"
    "MALAYSIA,SINGAPORE,THAILAND,INDONESIA,THE PHILIPPINES,VIETNAM,RUSSIA,UKRAINE,USA,UK,UAE,SAUDI ARABIA"
).split(",")


def _places(rng: random.Random, joiner: str, title: bool = False) -> str:
    return places_joined(rng, joiner, title, PLACES_15, (2, 3, 3, 5))


def _rest15(rng: random.Random) -> dict[str, str]:
    national = rng.choice(NATIONAL_15)
    return {
        "national": national,
        "NATIONAL": national.upper(),
        "time": rng.choice(("0001", "0400", "1200", "2359", "00:01", "19:00", "08.30", "7am", "11pm")),
        "zone": rng.choice(("GMT", "UTC", "CEST", "EDT", "PT", "WAT", "IST", "JST")),
        "date": rng.choice(("May 2", "9 September", "Jan. 30", "4 August 2026", "Dec 1")),
        "slashes": _places(rng, rng.choice(("/", " / ", "/"))),
        "ors": _places(rng, rng.choice((" OR ", ", ", " AND "))),
        "places": _places(rng, rng.choice((", ", " or ", " and ")), title=True),
    }


_pick15 = picker(person_agency_day(NAMES_15, list(AGENCIES_15)), _rest15)

HELD_OUT_15 = (
    Family(
        "credit-kinds-15",
        "WL101",
        _pick15(
            "{agency} pool image",
            "POOL PHOTO VIA {AGENCY}",
            "Pool picture by {name}, {agency}",
            "Photo: {agency} pool",
            "Image: {agency} file",
            "From the {agency} archive",
            "Photo from {agency} archives",
            "Screen grab from {agency} footage",
            "Still image from {agency} video",
            "Video grab via {agency} TV",
            "[{agency} photo]",
            "[Handout photo via {agency}]",
            "[{agency}/{name}]",
            "Photo by {name} of the {agency} news agency",
            "Image: {name} of {agency}",
            "{agency} photographer {name}",
            "{agency} photo by {name}",
            "Grab from {agency} broadcast",
            "Handout image, {agency}",
            "Photo: courtesy {agency}",
        ),
        stage="held-out-15",
        positions=INLINE4,
    ),
    Family(
        "paren-15",
        "WL101",
        _pick15(
            "({name}, {national})",
            "({NAME}/{AGENCY})",
            "({name}, {agency}/File)",
            "({name} / {national})",
            "({name}, {agency} via Getty)",
            "({NAME}, {NATIONAL})",
            "(Photo {name}, {agency})",
        ),
        stage="held-out-15",
        positions=INLINE4,
    ),
    Family(
        "embargo-15",
        "WL106",
        _pick15(
            "EMBARGOED UNTIL {time} {zone}",
            "HOLD FOR RELEASE TO {time} {zone} {DAY}",
            "Hold for release: {date}, {time} {zone}",
            "EMBARGO {DAY} {time} {zone}",
            "Embargo until {Day} {date} at {time} {zone}",
            "STRICT EMBARGO UNTIL {time} {zone}",
            "NOT FOR PUBLICATION UNTIL {time} {zone} {DAY}",
            "Release at {time} {zone} on {date}",
            "UNDER EMBARGO UNTIL {time} {zone}",
            "Please hold until {time} {zone}",
        ),
        stage="held-out-15",
        positions=IN_PARAGRAPH,
    ),
    Family(
        "country-15",
        "WL101",
        _pick15(
            "NO USE IN {slashes}",
            "{slashes} OUT",
            "NOT FOR SALE IN {ors}",
            "NO BROADCAST IN {ors}",
            "{ors} MEDIA OUT",
            "RESTRICTED IN {slashes}",
            "EXCLUDING {slashes}",
            "No distribution in {places}.",
            "NO PUBLICATION IN {slashes}",
            "NOT FOR DISTRIBUTION IN {ors}",
        ),
        stage="held-out-15",
        positions=IN_PARAGRAPH,
    ),
    Family(
        "notice-15",
        "WL101",
        _pick15(
            "NO CALENDARS",
            "NO TV USE",
            "NO MOBILE OR INTERNET USE",
            "NOT FOR COMMERCIAL USE",
            "NO BOOKS OR MAGAZINES",
            "EDITORIAL USE ONLY - NO BOOK COVERS",
            "NO BROADCAST",
            "NO WEBSITES",
            "No TV, no internet.",
            "Not for distribution to third parties.",
            "NO USE IN ADVERTISING",
            "NOT FOR BROADCAST",
        ),
        stage="held-out-15",
        positions=INLINE4,
    ),
    Family(
        "translation-15",
        "WL102",
        _pick15(
            "Przekład: maszynowy.",
            "Artykuł przetłumaczony automatycznie.",
            "Konekäännös englannin kielestä.",
            "Käännetty koneellisesti.",
            "Maschinell übersetzter Text.",
            "Traduction automatisée.",
            "Traducido por inteligencia artificial.",
            "Traduzione generata automaticamente.",
            "Tradução por máquina.",
            "Automatisch vertaalde tekst.",
            "Maskinöversatt text.",
            "Automatisk oversat.",
            "Masintõlgitud tekst.",
            "Mašīntulkots teksts.",
            "Automatiškai išverstas tekstas.",
            "Gépi fordítású cikk.",
            "Automaticky preložené.",
            "Автоматичен превод.",
            "Αυτόματα μεταφρασμένο κείμενο.",
            "Traduzzjoni magna.",
            "ترجمة بالذكاء الاصطناعي",
            "Otomatik çeviri.",
            "Машинный перевод текста.",
            "Автоматичний переклад.",
            "机器翻译稿",
            "機械翻訳",
            "Machine translated text.",
            "Translation by machine; not edited.",
        ),
        stage="held-out-15",
        positions=INLINE4,
    ),
)

CONTROLS_15 = (
    "The pool was closed for repairs on {Day}.",
    "The archive was opened to researchers, {agency} reported.",
    "Police said the footage showed two men.",
    "The handout of food parcels began on {Day}.",
    "The president (Ana Lopez, 61) spoke first.",
    "The award went to {name} (Lisbon, Portugal).",
    "The coach ({name}, Benfica) was sent off.",
    "A still photo exhibition opened in the town hall.",
    "No TV channels carried the debate, the group said.",
    "No books have been banned, the minister said.",
    "The release was delayed until {date}, the studio said.",
    "The order was put on hold until {Day}.",
    "Exports to Chile, Peru and Colombia were suspended.",
    "Machine learning was used to translate the ancient texts, researchers said.",
    "The picture, taken by {name}, went viral.",
    "A frame grab from the video was shown in court.",
)
"""News sentences that use a leftover's words; a WL1 or WL501 finding on one is false."""


def control15(rng: random.Random) -> str:
    return _pick15(*CONTROLS_15)(rng)
