"""Round sixteen of held-out leftovers: written after round fifteen's sealed measurement, before tuning on it.

Round fifteen (``leftover_round15.py``) was measured sealed at the end of the seventh pass's first part and then
read and tuned on; this round, in wordings of its own for the same kinds (credits of an agency beside a word of
the picture, brackets of a name and an agency, national agencies, embargo lines, country lists, notices of
outlets, machine-translation notes in the issue's languages), is the estimate for the rules after that tuning.
Measured at first sight (before the tuning) and at the end, never read in between.

    python benchmarks/eval_leftovers.py --articles 0 --unseen 0 --round16 700 --untouched 0 --seed 2026
"""

from __future__ import annotations

import random

from leftover_injection import Family
from leftover_round7 import IN_PARAGRAPH, person_agency_day, picker
from leftover_round14 import places_joined
from leftover_unseen import INLINE4

NAMES_16 = (
    "Tahmina Akhtar,Bounmy Phommachanh,Selma Mujic,Bilal Chaudhry,Siti Aminah,Pham Quang Huy,Fawad Rahimi,"
    "Yaw Mensah,Agnieszka Wrobel,Juha Nieminen,Orla Kennedy,Diego Salazar"
).split(",")
WIDE_16 = "AFP,Reuters,AP,EPA-EFE,Xinhua,Anadolu,dpa,Getty Images,Kyodo,Yonhap,ANSA,Belga,TASS,Lusa".split(",")
NATIONAL_16 = (
    "Pajhwok Afghan News,BSS,UNB,KPL,FENA,SRNA,APP,PPI,Bernama,VNA,PNA,Antara,Thai News Agency,"
    "Myanmar News Agency,RSS,Lanka Puvath,Montsame,Kabar,Khovar,UzA,Azertac,Armenpress,BelTA,Ukrinform,"
    "MTI,CTK,TASR,STA,HINA,BTA,Agerpres,ANA-MPA,ATA,MIA,Tanjug,Kosovapress,LETA,ELTA,BNS,IRNA,ISNA,Mehr,"
    "SANA,INA,KUNA,QNA,WAM,SPA,ONA,BNA,Petra News Agency,NNA,MENA,MAP,APS,TAP,LANA,SUNA,ENA,NAN,GNA,ANGOP,"
    "AIM,NAMPA,ZANIS,Prensa Latina,Notimex,Telam,Agencia Brasil,Andina,ABI,Colprensa,Newsis,CNA"
).split(",")
AGENCIES_16 = (*WIDE_16, *NATIONAL_16)
PLACES_16 = (
    "FRANCE,SPAIN,PORTUGAL,GERMANY,AUSTRIA,SWITZERLAND,ITALY,GREECE,TURKEY,JAPAN,SOUTH KOREA,CHINA,TAIWAN,"
    "HONG KONG,INDIA,PAKISTAN,CANADA,USA,MEXICO,BRAZIL,ARGENTINA,AUSTRALIA,NEW ZEALAND,UK,IRELAND,POLAND"
).split(",")


def _rest16(rng: random.Random) -> dict[str, str]:
    national = rng.choice(NATIONAL_16)
    return {
        "national": national,
        "NATIONAL": national.upper(),
        "time": rng.choice(("0001", "0300", "1000", "2200", "00:01", "17:00", "11.15", "9am", "8.30pm")),
        "zone": rng.choice(("GMT", "BST", "UTC", "CET", "EST", "PDT", "HKT", "AEDT")),
        "date": rng.choice(("April 4", "21 May", "Nov. 14", "3 March 2026", "Sept 8")),
        "slashes": places_joined(rng, rng.choice(("/", " / ")), False, PLACES_16, (2, 3, 4)),
        "ors": places_joined(rng, rng.choice((" OR ", ", ", " AND ")), False, PLACES_16, (2, 3)),
        "places": places_joined(rng, rng.choice((", ", " or ", " and ")), True, PLACES_16, (1, 2, 3)),
    }


_pick16 = picker(person_agency_day(NAMES_16, list(AGENCIES_16)), _rest16)

HELD_OUT_16 = (
    Family(
        "credit-kinds-16",
        "WL101",
        _pick16(
            "Photo credit: {agency} pool",
            "({agency} pool)",
            "POOL/{AGENCY}",
            "{agency} archive photo",
            "From {agency} video",
            "Grab taken from {agency} TV",
            "Screenshot: {agency} footage",
            "[{agency} file photo]",
            "[Photo: {name}/{agency}]",
            "Photo taken by {name} of {agency}",
            "Image courtesy of {agency} archives",
            "Handout via {agency} TV",
            "Video frame: {agency}",
            "{AGENCY} POOL PICTURE",
            "Picture: {agency} pool via Reuters",
            "Still image taken from {agency} broadcast",
        ),
        stage="held-out-16",
        positions=INLINE4,
    ),
    Family(
        "paren-16",
        "WL101",
        _pick16(
            "({name}, {agency} news agency)",
            "({name} – {agency})",
            "[{name}, {agency}]",
            "({name}, {agency}, file)",
            "(photo: {name}, {agency})",
            "({NAME} / {AGENCY} PHOTO)",
            "({name} of {national})",
            "({national}/{name})",
        ),
        stage="held-out-16",
        positions=INLINE4,
    ),
    Family(
        "embargo-16",
        "WL106",
        _pick16(
            "EMBARGOED: NOT FOR PUBLICATION BEFORE {time} {zone}",
            "Strictly embargoed until {time} {zone} {Day}",
            "EMBARGO ENDS {time} {zone}",
            "Release: {time} {zone} {date}",
            "HOLD TILL {time} {zone}",
            "For release after {time} {zone} {DAY}",
            "EMBARGOED UNTIL {DAY}, {time} {zone}",
            "Hold for release at {time} {zone}",
        ),
        stage="held-out-16",
        positions=IN_PARAGRAPH,
    ),
    Family(
        "country-16",
        "WL101",
        _pick16(
            "{slashes} - OUT",
            "{ors} RIGHTS OUT",
            "ALL {slashes} MEDIA OUT",
            "NO USE {slashes}",
            "NOT FOR USE IN {slashes}",
            "Not for use in {places}.",
            "Not available in {places}.",
            "NO PUBLICATION IN {ors}",
            "NO SALES: {slashes}",
            "{slashes} CLIENTS OUT",
        ),
        stage="held-out-16",
        positions=IN_PARAGRAPH,
    ),
    Family(
        "notice-16",
        "WL101",
        _pick16(
            "NO PRINT",
            "NO NEWSPAPERS",
            "NO MERCHANDISE",
            "NOT FOR USE IN BOOKS",
            "NO ONLINE, NO MOBILE",
            "NO TV OR WEB USE",
            "EDITORIAL USE ONLY / NO MAGAZINES",
            "Not for use on mobile devices.",
            "NO SOCIAL MEDIA USE",
            "NOT FOR NEWSPAPER SALES",
            "No calendars or posters.",
            "NO BOOK, CALENDAR OR POSTER USE",
        ),
        stage="held-out-16",
        positions=INLINE4,
    ),
    Family(
        "translation-16",
        "WL102",
        _pick16(
            "Przekład automatyczny tekstu.",
            "Tekst przełożony maszynowo.",
            "Koneellisesti suomennettu.",
            "KI-gestützte Übersetzung.",
            "Traduction effectuée par une machine.",
            "Traducción hecha con IA.",
            "Traduzione effettuata con l'intelligenza artificiale.",
            "Tradução gerada por IA.",
            "Door AI vertaald.",
            "AI-översättning.",
            "Maskinoversat tekst.",
            "Masintõlkega.",
            "Automātiski iztulkots.",
            "Automatinis vertimas iš lietuvių kalbos.",
            "Gépi fordítás angolból.",
            "Traducere realizată automat.",
            "Strojově přeložený text.",
            "Automatický preklad textu.",
            "Strojno prevedeno besedilo.",
            "Automatski prevedeno.",
            "Автоматично преведено.",
            "Μετάφραση μέσω μηχανής.",
            "Aistriúchán meaisín.",
            "Tradott bil-magna.",
            "تُرجم آلياً",
            "Yapay zeka çevirisi.",
            "Текст переведён машиной.",
            "Перекладено автоматично.",
            "本文使用AI翻译",
            "この文章は自動翻訳です",
            "Machine-translated article.",
            "Translated automatically; not checked.",
        ),
        stage="held-out-16",
        positions=INLINE4,
    ),
)

CONTROLS_16 = (
    "The hotel pool was closed on {Day}, guests said.",
    "Archive documents were released by the ministry.",
    "Footage of the crash was shown on {agency} television.",
    "The handout was criticised as too small by the opposition.",
    "The leader (Pedro Gomez, 58) stepped down.",
    "The race was held in the capital (Lima, Peru) on {Day}.",
    "The manager (Ana Ruiz, Porto) was sent off.",
    "The still photo was used on the cover of the magazine.",
    "No newspapers were printed during the strike, the union said.",
    "No print run was planned, the publisher said.",
    "The embargo ends on {date}, officials said.",
    "The release was set for {date}, the label said.",
    "Exports to Spain and Portugal fell, the data showed.",
    "The machine was translated into a museum piece, curators joked.",
    "The photo was taken by {name}, a local resident.",
    "A frame from the video was shown in court on {Day}.",
)
"""News sentences that use a leftover's words; a WL1 or WL501 finding on one is false."""


def control16(rng: random.Random) -> str:
    return _pick16(*CONTROLS_16)(rng)
