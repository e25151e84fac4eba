"""Round eighteen of held-out leftovers: written after round seventeen's sealed measurement, before tuning on it.

The same kinds again (credits of an agency beside a word of the picture, brackets of a name and an agency,
embargo lines, country lists, notices of outlets, machine-translation notes in the issue's languages) in
wordings of this round's own. Round seventeen (``leftover_round17.py``) was measured sealed and then tuned on;
this round is the estimate after that, measured at first sight and at the end, never read in between.

    python benchmarks/eval_leftovers.py --articles 0 --unseen 0 --round18 700 --untouched 0 --seed 2026
"""

from __future__ import annotations

import random

from leftover_injection import Family
from leftover_round7 import IN_PARAGRAPH, person_agency_day, picker
from leftover_round17 import times_and_places
from leftover_unseen import INLINE4

NAMES_18 = (
    "Shirin Haque,Phonsavanh Inthavong,Edin Dzeko Jr,Saima Butt,Nur Izzati,Do Van Thanh,Hamid Sahak,"
    "Efua Mensah,Pawel Kaczmarek,Sanna Heikkinen,Aoife Brennan,Camila Torres"
).split(",")
AGENCIES_18 = (
    "AFP,Reuters,AP,EPA,Xinhua,Anadolu,dpa,Getty Images,Jiji Press,Yonhap,ANSA,ANP,Sipa,EFE,Bernama,Antara,"
    "VNA,BSS,KPL,FENA,APP,Pajhwok,IRNA,WAM,QNA,KUNA,SPA,MENA,MAP,TAP,NAN,GNA,ENA,Kazinform,Armenpress,BelTA,"
    "Ukrinform,MTI,CTK,STA,HINA,BTA,Tanjug,LETA,ELTA,Prensa Latina,Notimex,Telam,Andina,Newsis,PTI,ANI,IANS"
).split(",")
PLACES_18 = (
    "GERMANY,FRANCE,ITALY,SPAIN,JAPAN,CHINA,INDIA,BRAZIL,CANADA,MEXICO,AUSTRALIA,TURKEY,GREECE,POLAND,"
    "NORWAY,DENMARK,IRELAND,AUSTRIA,BELGIUM,SWITZERLAND,SOUTH KOREA,NEW ZEALAND,HONG KONG,TAIWAN,UK,USA"
).split(",")


def _rest18(rng: random.Random) -> dict[str, str]:
    return times_and_places(rng, PLACES_18)


_pick18 = picker(person_agency_day(NAMES_18, list(AGENCIES_18)), _rest18)

HELD_OUT_18 = (
    Family(
        "credit-kinds-18",
        "WL101",
        _pick18(
            "{agency} pool image via Reuters",
            "Pool picture: {agency}",
            "Photo from {agency} archive",
            "{agency} archive picture",
            "Archive image: {agency}",
            "Frame grab: {agency} video",
            "Still taken from {agency} footage",
            "Screenshot of {agency} video",
            "[{agency} pool photo]",
            "[{AGENCY}/HANDOUT]",
            "Picture taken by {name} of {agency}",
            "Photo by {name} for {agency}",
            "Handout photo released by {agency}",
            "Image supplied by {agency}",
            "{agency} handout image",
            "Photo: {agency} photographer {name}",
        ),
        stage="held-out-18",
        positions=INLINE4,
    ),
    Family(
        "paren-18",
        "WL101",
        _pick18(
            "({name}, {agency})",
            "({name}; {agency} photo)",
            "({NAME} - {AGENCY})",
            "({name}, {agency}/Handout)",
            "({name} / {agency} via Getty Images)",
            "[{name} / {agency}]",
            "({name}, {agency} file photo)",
            "({name} for {agency})",
        ),
        stage="held-out-18",
        positions=INLINE4,
    ),
    Family(
        "embargo-18",
        "WL106",
        _pick18(
            "EMBARGOED TO {time} {zone}",
            "HOLD FOR RELEASE UNTIL {time} {zone} {DAY}",
            "Embargoed until {time} {zone} on {date}",
            "EMBARGO UNTIL {DAY} {date} {time} {zone}",
            "Not for release until {time} {zone}",
            "HOLD FOR RELEASE: {DAY} {time} {zone}",
        ),
        stage="held-out-18",
        positions=IN_PARAGRAPH,
    ),
    Family(
        "country-18",
        "WL101",
        _pick18(
            "{slashes} OUT",
            "{ors} OUT",
            "NO USE IN {ors}",
            "NOT FOR USE IN {slashes}",
            "NO SALES IN {slashes}",
            "{slashes} RIGHTS OUT",
            "NO {slashes} SALES",
            "Not for use in {places}.",
            "No sales in {places}.",
            "OUT: {slashes}",
        ),
        stage="held-out-18",
        positions=IN_PARAGRAPH,
    ),
    Family(
        "notice-18",
        "WL101",
        _pick18(
            "NO BOOKS",
            "NO TV",
            "NO MOBILE USE",
            "NOT FOR COMMERCIAL DISTRIBUTION",
            "NO BOOKS OR CALENDARS",
            "NO TV, NO ONLINE",
            "NO MOBILE OR TABLET USE",
            "NOT FOR RESALE",
            "NO MAGAZINES",
            "No books. No TV.",
            "Not for commercial distribution or sale.",
            "NO INTERNET OR MOBILE USE",
        ),
        stage="held-out-18",
        positions=INLINE4,
    ),
    Family(
        "translation-18",
        "WL102",
        _pick18(
            "Przekład automatyczny.",
            "Tekst przetłumaczony przez AI.",
            "Konekäännetty artikkeli.",
            "Suomennettu koneellisesti.",
            "Maschinell übersetzter Beitrag.",
            "Article traduit par une IA.",
            "Artículo traducido automáticamente.",
            "Articolo tradotto automaticamente.",
            "Artigo traduzido automaticamente.",
            "Automatisch vertaald artikel.",
            "Artikeln är maskinöversatt.",
            "Artiklen er maskinoversat.",
            "Masintõlgitud artikkel.",
            "Automātiski tulkots raksts.",
            "Mašininiu būdu išverstas straipsnis.",
            "Gépi fordítású szöveg.",
            "Articol tradus automat.",
            "Článek byl přeložen strojově.",
            "Článok bol preložený strojovo.",
            "Članek je strojno preveden.",
            "Članak je strojno preveden.",
            "Статията е машинно преведена.",
            "Το άρθρο μεταφράστηκε αυτόματα.",
            "Aistríodh an t-alt go huathoibríoch.",
            "L-artiklu ġie tradott awtomatikament.",
            "تمت ترجمة هذا المقال آليا",
            "Bu makale otomatik olarak çevrildi.",
            "Статья переведена автоматически.",
            "Статтю перекладено автоматично.",
            "本文为自动翻译",
            "この記事はAIで翻訳されました",
            "Auto-translated article.",
        ),
        stage="held-out-18",
        positions=INLINE4,
    ),
)

CONTROLS_18 = (
    "The pool of candidates was narrowed to three on {Day}.",
    "Archive pictures of the town were shown at the exhibition.",
    "The footage was shared widely, {agency} reported.",
    "A handout of £50 was promised to each family.",
    "The mayor (Jan Kowalski, 61) opened the bridge.",
    "The vote (held in Lyon, France) was close.",
    "The coach ({name}, Ajax) praised the team.",
    "No books were sold at the fair, organisers said.",
    "No TV coverage was allowed inside the court.",
    "The embargo on exports to Canada or Mexico was lifted.",
    "The film will be released at 0600 GMT on {Day}, the studio said.",
    "The photographer {name} won the prize for a picture of the floods.",
    "The article was translated by volunteers into French.",
    "Sales in Norway and Denmark were out of line with forecasts.",
    "{agency} photographers were among those hurt.",
    "The picture was taken by {name} of the local paper.",
)
"""News sentences that use a leftover's words; a WL1 or WL501 finding on one is false."""


def control18(rng: random.Random) -> str:
    return _pick18(*CONTROLS_18)(rng)
