"""Round seventeen of held-out leftovers: written after round sixteen's sealed measurement, before tuning on it.

The same kinds again (credits of an agency beside a word of the picture, brackets of a name and an agency,
embargo lines, country lists, notices of outlets, machine-translation notes in the issue's languages) in
wordings of this round's own. Round sixteen (``leftover_round16.py``) was measured sealed and then tuned on;
this round is the estimate after that, measured at first sight and at the end, never read in between.

    python benchmarks/eval_leftovers.py --articles 0 --unseen 0 --round17 700 --untouched 0 --seed 2026
"""

from __future__ import annotations

import random

from leftover_injection import Family
from leftover_round7 import IN_PARAGRAPH, person_agency_day, picker
from leftover_round14 import places_joined
from leftover_unseen import INLINE4

NAMES_17 = (
    "Nasrin Sultana,Khamphet Vongsa,Adnan Hasic,Usman Tariq,Farah Hanim,Vu Thi Lan,Zarghona Amiri,"
    "Kwesi Appiah,Katarzyna Lis,Timo Salonen,Niamh Doyle,Rafael Ortiz"
).split(",")
AGENCIES_17 = (
    "AFP,Reuters,AP,EPA,Xinhua,Anadolu,dpa,Getty Images,Jiji Press,Yonhap,ANSA,ANP,Sipa,EFE,Bernama,Antara,"
    "VNA,BSS,KPL,FENA,APP,Pajhwok,IRNA,WAM,QNA,KUNA,SPA,MENA,MAP,TAP,NAN,GNA,ENA,Kazinform,Armenpress,BelTA,"
    "Ukrinform,MTI,CTK,STA,HINA,BTA,Tanjug,LETA,ELTA,Prensa Latina,Notimex,Telam,Andina,Newsis,PTI,ANI,IANS"
).split(",")
PLACES_17 = (
    "NORWAY,SWEDEN,FINLAND,DENMARK,ICELAND,BELGIUM,NETHERLANDS,LUXEMBOURG,CZECH REPUBLIC,SLOVAKIA,HUNGARY,"
    "ROMANIA,BULGARIA,SERBIA,CROATIA,ISRAEL,EGYPT,MOROCCO,NIGERIA,KENYA,SOUTH AFRICA,CHILE,PERU,COLOMBIA,US,UAE"
).split(",")


def times_and_places(rng: random.Random, places: list[str]) -> dict[str, str]:
    """A time, zone and date for embargo lines, and lists of ``places`` for country restrictions."""
    return {
        "time": rng.choice(("0001", "0200", "0900", "2100", "00:01", "15:30", "12.00", "10am", "7pm")),
        "zone": rng.choice(("GMT", "UTC", "CET", "EET", "ET", "PST", "SGT", "NZDT")),
        "date": rng.choice(("June 2", "30 October", "Aug. 19", "5 January 2027", "Feb 11")),
        "slashes": places_joined(rng, rng.choice(("/", " / ")), False, places, (2, 3, 5)),
        "ors": places_joined(rng, rng.choice((" OR ", " AND ", ", ")), False, places, (2, 3)),
        "places": places_joined(rng, rng.choice((", ", " or ", " and ")), True, places, (1, 2, 3)),
    }


def _rest17(rng: random.Random) -> dict[str, str]:
    return times_and_places(rng, PLACES_17)


_pick17 = picker(person_agency_day(NAMES_17, list(AGENCIES_17)), _rest17)

HELD_OUT_17 = (
    Family(
        "credit-kinds-17",
        "WL101",
        _pick17(
            "{agency} pool photo via AP",
            "POOL IMAGE: {AGENCY}",
            "Photo: {agency} / pool",
            "{agency} archival photo",
            "Archive: {agency}",
            "Video grab from {agency}",
            "Screengrab from {agency} footage",
            "TV grab: {agency}",
            "[{agency} photo / {name}]",
            "[{AGENCY} HANDOUT]",
            "Photographed by {name} of {agency}",
            "Photo by {name}, {agency} photographer",
            "Image from {agency} TV footage",
            "Handout from {agency}",
            "Photo released by {agency}",
            "{agency} photo/{name}",
        ),
        stage="held-out-17",
        positions=INLINE4,
    ),
    Family(
        "paren-17",
        "WL101",
        _pick17(
            "({name}, {agency})",
            "({NAME}, {AGENCY})",
            "({name} - {agency})",
            "({name}/{agency})",
            "({agency} photo by {name})",
            "({name}, {agency} pool)",
            "(Picture: {name}, {agency})",
            "({name} | {agency} | File)",
        ),
        stage="held-out-17",
        positions=INLINE4,
    ),
    Family(
        "embargo-17",
        "WL106",
        _pick17(
            "EMBARGOED UNTIL {time} {zone} {DAY} {date}",
            "UNDER EMBARGO UNTIL {time} {zone}",
            "Embargo: {time} {zone} {Day}",
            "HOLD FOR RELEASE AT {time} {zone}",
            "Not to be published before {time} {zone} {Day}",
            "EMBARGOED FOR {time} {zone}",
            "Strict embargo {time} {zone}",
            "HOLD UNTIL {time} {zone} {DAY}",
        ),
        stage="held-out-17",
        positions=IN_PARAGRAPH,
    ),
    Family(
        "country-17",
        "WL101",
        _pick17(
            "{slashes} OUT",
            "NO USE IN {slashes}",
            "{ors} OUT",
            "NOT FOR SALE IN {slashes}",
            "NO {slashes}",
            "OUT: {ors}",
            "NO ACCESS {slashes}",
            "{slashes} MEDIA OUT",
            "No use in {places}.",
            "Not for sale in {places}.",
            "EXCLUDING {slashes}",
            "NOT FOR DISTRIBUTION IN {slashes}",
        ),
        stage="held-out-17",
        positions=IN_PARAGRAPH,
    ),
    Family(
        "notice-17",
        "WL101",
        _pick17(
            "NO BOOKS",
            "NO TV",
            "NO MOBILE USE",
            "NOT FOR COMMERCIAL DISTRIBUTION",
            "NO MAGAZINE SALES",
            "NO USE IN BOOKS OR CALENDARS",
            "NOT FOR USE ON THE INTERNET",
            "NO ONLINE OR MOBILE USE",
            "No TV use.",
            "Not for use in advertising or books.",
            "NO MOBILE APPS",
            "NO POSTCARDS",
        ),
        stage="held-out-17",
        positions=INLINE4,
    ),
    Family(
        "translation-17",
        "WL102",
        _pick17(
            "Przekład maszynowy z języka angielskiego.",
            "Tłumaczenie wykonane automatycznie.",
            "Konekäännös.",
            "Tekoälyn avulla käännetty.",
            "Maschinell übersetzt.",
            "Traduit automatiquement.",
            "Traducción automática del inglés.",
            "Traduzione automatica dall'inglese.",
            "Traduzido por máquina.",
            "Machinaal vertaalde tekst.",
            "Maskinöversatt från engelska.",
            "Oversat automatisk.",
            "Automaattõlge inglise keelest.",
            "Mašīntulkojums no angļu valodas.",
            "Išversta mašininiu būdu.",
            "Gépi fordítás.",
            "Tradus automat din engleză.",
            "Strojový překlad z angličtiny.",
            "Strojovo preložený text.",
            "Strojno prevedeno iz angleščine.",
            "Strojni prijevod s engleskog.",
            "Машинен превод от английски.",
            "Αυτόματη μετάφραση από τα αγγλικά.",
            "Aistriúchán uathoibríoch ón mBéarla.",
            "Traduzzjoni awtomatika mill-Ingliż.",
            "ترجمة آلية من الإنجليزية",
            "İngilizceden makine çevirisi.",
            "Машинный перевод с английского.",
            "Машинний переклад з англійської.",
            "由机器翻译自英文",
            "英語からの機械翻訳",
            "Translated from English by machine.",
        ),
        stage="held-out-17",
        positions=INLINE4,
    ),
)

CONTROLS_17 = (
    "The swimming pool reopened on {Day} after repairs.",
    "The film archive was moved to a new building.",
    "Police released footage of the suspect on {Day}.",
    "The government handout was paid in March.",
    "The striker (Luis Gomez, 24) scored twice.",
    "The talks were held in the capital (Oslo, Norway).",
    "The deal (worth $2bn, analysts said) was approved.",
    "A still from the documentary was shown at the festival.",
    "No books or papers were found in the flat, police said.",
    "There is no TV signal in the valley, residents said.",
    "The embargo on arms sales to Chile and Peru was lifted.",
    "The photographer, {name}, said she was proud of the picture.",
    "Machine translation was used by the court, the judge said.",
    "No use was made of the funds, the audit found.",
    "Norway and Sweden were out of the running by then.",
    "The report was released by {agency} on {Day}.",
)
"""News sentences that use a leftover's words; a WL1 or WL501 finding on one is false."""


def control17(rng: random.Random) -> str:
    return _pick17(*CONTROLS_17)(rng)
