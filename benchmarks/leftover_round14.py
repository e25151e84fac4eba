"""Round fourteen of held-out leftovers: written before the seventh leftovers pass changed any rule.

Written from the shapes the lead's outside evaluation still missed, in wordings of this round's own:
credits where an agency sits beside a word of the picture with no slash (``AGENCY pool photo``,
``Frame grab from AGENCY footage``, ``[AGENCY handout]``, ``Picture by NAME of AGENCY``), a bare
parenthesis ``(NAME, AGENCY)`` anywhere in a paragraph, credits naming national news agencies of
smaller countries, machine-translation notes with the other nouns and compounds of each language of
issue 14, embargo and hold-for-release lines with a time, country restrictions joined by slashes or OR,
and notices of what may not be done with a picture (no books, no TV, no mobile use). Each is put on a
line of its own, at the start, middle and end of a paragraph, inside a sentence and after a table row.
Look-alike controls are news sentences using the same words ("pool", "archive", "footage", "handout",
"(Name, Title)").

The national agencies here were written by the same author as the pack's list of agencies (both from
general knowledge), so the ``national-14`` family is no independent estimate of that list's reach.

    python benchmarks/eval_leftovers.py --articles 0 --unseen 0 --round14 700 --untouched 0 --seed 2026
"""

from __future__ import annotations

import random

from leftover_injection import Family
from leftover_round7 import IN_PARAGRAPH, person_agency_day, picker
from leftover_unseen import INLINE4

NAMES_14 = (
    "Rahim Uddin,Somphone Keo,Emina Hadzic,Imran Qureshi,Nurul Aina,Tran Thi Mai,Ahmad Zia Wardak,"
    "Kofi Boateng,Marta Nowicka,Ilkka Virtanen,Siobhan Walsh,Jorge Medina"
).split(",")
WIDE_14 = "AFP,Reuters,AP,EPA-EFE,Xinhua,Anadolu,dpa,Getty Images,Kyodo,Yonhap,Sipa,ANSA".split(",")
NATIONAL_14 = (
    "Pajhwok,Bakhtar,BSS,KPL,Fena,SRNA,APP,Bernama,VNA,PNA,Tasnim,Mehr,ISNA,Fars,Kuna,QNA,WAM,SPA,BNA,ONA,"
    "Petra,NNA,INA,MAP,TAP,APS,ENA,KNA,NAN,GNA,Angop,AIM,Montsame,Kazinform,Armenpress,BelTA,Moldpres,"
    "Agerpres,Tanjug,MIA,ATA,HINA,STA,TASR,CTK,MTI,BTA,LETA,ELTA,ERR,Notimex,Andina,Telam,Prensa Latina,"
    "Agencia Brasil,ABI,Colprensa,RSS,Lehtikuva,Ritzau,NTB,TT,Keystone-SDA,APA,Newsis,News1,CNA,Antara"
).split(",")
AGENCIES_14 = (*WIDE_14, *NATIONAL_14)
PLACES_14 = (
    "FRANCE,GERMANY,ITALY,SPAIN,JAPAN,CHINA,CANADA,BRAZIL,MEXICO,INDIA,POLAND,SWEDEN,NORWAY,DENMARK,AUSTRIA,"
    "BELGIUM,SOUTH KOREA,HONG KONG,TAIWAN,NEW ZEALAND,AUSTRALIA,IRELAND,THE UK,THE NETHERLANDS"
).split(",")
DAYS_14 = ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")


def places_joined(
    rng: random.Random,
    joiner: str,
    title: bool = False,
    pool: tuple[str, ...] | list[str] = PLACES_14,
    counts: tuple[int, ...] = (2, 2, 3, 4),
) -> str:
    """Some of ``pool`` joined by ``joiner``; with ``title`` in ordinary case ("the UK", "South Korea")."""
    chosen = rng.sample(list(pool), rng.choice(counts))
    if title:
        chosen = [
            " ".join(w if len(w) <= 3 and w != "THE" else w.title() for w in p.split()).replace("The ", "the ")
            for p in chosen
        ]
    return joiner.join(chosen)


_places = places_joined


def _rest14(rng: random.Random) -> dict[str, str]:
    national = rng.choice(NATIONAL_14)
    return {
        "national": national,
        "NATIONAL": national.upper(),
        "name2": rng.choice(NAMES_14),
        "time": rng.choice(("0001", "0500", "1100", "2300", "00:01", "18:30", "09.00", "6am", "10.30pm")),
        "zone": rng.choice(("GMT", "BST", "CET", "EST", "ET", "UTC", "SAST", "AEST")),
        "date": rng.choice(("March 3", "17 April", "Oct. 9", "1 July 2026", "June 12, 2026")),
        "DAY2": rng.choice(DAYS_14),
        "slashes": _places(rng, rng.choice(("/", " / "))),
        "ors": _places(rng, " OR "),
        "ands": _places(rng, rng.choice((" AND ", ", "))),
        "places": _places(rng, rng.choice((", ", " or ", "/")), title=True),
        "language": rng.choice(("Bengali", "Lao", "Bosnian", "Urdu", "Malay", "Vietnamese", "Dari", "Finnish")),
    }


_pick14 = picker(person_agency_day(NAMES_14, list(AGENCIES_14)), _rest14)

HELD_OUT_14 = (
    Family(
        "credit-kinds-14",
        "WL101",
        _pick14(
            "{AGENCY} pool photo",
            "{agency} pool picture",
            "Pool image via {agency}",
            "Pool photo: {agency}",
            "Photo: {agency} archive",
            "Picture: {agency} archives",
            "Archive image from {agency}",
            "Frame grab from {agency} footage",
            "Still from video by {agency}",
            "Image grabbed from {agency} TV footage",
            "[{agency} handout]",
            "[{AGENCY} HANDOUT PHOTO]",
            "({agency} handout picture)",
            "Picture by {name} of {agency}",
            "Photograph by {name} of {agency}",
            "Photo by {agency} photographer {name}",
            "Image from {agency} video",
            "Video still: {agency}",
            "{agency} file picture",
            "Photo {agency}/{name}",
        ),
        stage="held-out-14",
        positions=INLINE4,
    ),
    Family(
        "paren-14",
        "WL101",
        _pick14(
            "({name}, {agency})",
            "({NAME}, {AGENCY})",
            "({name}, {national})",
            "({name} - {agency})",
            "({name} | {agency})",
            "({name}, {agency} photo)",
            "({name}; {agency})",
            "({name} for {agency})",
        ),
        stage="held-out-14",
        positions=INLINE4,
    ),
    Family(
        "national-14",
        "WL101",
        _pick14(
            "Photo: {national}",
            "Picture by {name}/{national}",
            "(Photo: {name}/{national})",
            "{NATIONAL} PHOTO",
            "Image: {national} via Reuters",
            "Credit: {national}",
            "Handout photo from {national}",
            "{name} / {national}",
            "({national} photo)",
            "Photo courtesy {national}",
            "{national}/Handout",
            "Picture: {NATIONAL}",
        ),
        stage="held-out-14",
        positions=INLINE4,
    ),
    Family(
        "embargo-14",
        "WL106",
        _pick14(
            "EMBARGOED TO {time} {zone} {DAY}",
            "HOLD FOR RELEASE UNTIL {time} {zone} {DAY}",
            "Hold for release until {date}",
            "EMBARGO: {time} {zone}, {DAY} {date}",
            "STRICTLY EMBARGOED TO {time} {zone}",
            "Embargoed till {time} {zone} on {Day}",
            "HOLD UNTIL {DAY} {time} {zone}",
            "Not for release before {time} {zone} {Day}",
            "EMBARGOED UNTIL {DAY} {date}, {time} {zone}",
            "Under embargo to {time} {zone}",
            "FOR RELEASE {time} {zone} {DAY}",
            "Embargo lifts at {time} {zone}",
        ),
        stage="held-out-14",
        positions=IN_PARAGRAPH,
    ),
    Family(
        "country-14",
        "WL101",
        _pick14(
            "{slashes} OUT",
            "NO USE IN {slashes}",
            "{ors} OUT",
            "NOT FOR USE IN {ors}",
            "NO SALES {slashes}",
            "OUT: {slashes}",
            "EXCLUDING {ors}",
            "NO ACCESS {ors}",
            "{ands} OUT - NO ARCHIVES",
            "No use in {places}.",
            "NO {slashes} SALES",
            "NOT AVAILABLE IN {slashes}",
        ),
        stage="held-out-14",
        positions=IN_PARAGRAPH,
    ),
    Family(
        "notice-14",
        "WL101",
        _pick14(
            "NO BOOKS",
            "NO TV",
            "NO MOBILE USE",
            "NOT FOR COMMERCIAL DISTRIBUTION",
            "NO BOOKS. NO CALENDARS.",
            "EDITORIAL USE ONLY. NO TV. NO BOOKS.",
            "NO MAGAZINES, NO TABLOIDS",
            "NO MOBILE, NO INTERNET",
            "NOT FOR SALE TO MAGAZINES",
            "No books, no calendars.",
            "Not for commercial distribution.",
            "NO USE ON SOCIAL MEDIA",
            "NO POSTERS",
            "MANDATORY CREDIT. NO MOBILE USE.",
        ),
        stage="held-out-14",
        positions=INLINE4,
    ),
    Family(
        "translation-14",
        "WL102",
        _pick14(
            "Przekład maszynowy.",
            "Przekład automatyczny.",
            "Tekst przetłumaczony maszynowo.",
            "Konekäännetty teksti.",
            "Konesuomennos.",
            "Tekoälyn kääntämä.",
            "Maschinenübersetzung.",
            "KI-Übersetzung.",
            "Traduction machine.",
            "Texte traduit par IA.",
            "Traducción realizada por una máquina.",
            "Traduzione a macchina.",
            "Traduzido por IA.",
            "Machinaal vertaald.",
            "Maskinöversättning.",
            "Maskinoversættelse.",
            "Automaattõlge.",
            "Automātiskais tulkojums.",
            "Automatinis vertimas.",
            "Géppel fordítva.",
            "Strojově přeloženo.",
            "Strojovo preložené.",
            "Strojno prevedeno.",
            "Машинно преведено.",
            "Μεταφρασμένο από μηχανή.",
            "Meaisínaistriúchán.",
            "Tradott awtomatikament.",
            "ترجمة تلقائية",
            "مترجم آليا",
            "Yapay zekâ ile çevrilmiştir.",
            "Переведено нейросетью.",
            "Перекладено штучним інтелектом.",
            "机翻",
            "本文经机器翻译",
            "AIによる翻訳",
            "自動翻訳されたものです",
            "Machine-rendered English text.",
            "English version produced by a neural engine.",
        ),
        stage="held-out-14",
        positions=INLINE4,
    ),
)

CONTROLS_14 = (
    "The pool photo session at the summit was cancelled on {Day}.",
    "A car pool scheme was launched by {agency} staff.",
    "The archive footage was shown at the inquiry, {name} said.",
    "Footage from the scene was broadcast by {agency} on {Day}.",
    "The government handout was worth £200 per family.",
    "He said the handout would not be repeated.",
    "The minister (John Carter, Labour) voted against the bill.",
    "The meeting ({name}, chairman) lasted two hours.",
    "The summit was held in the capital (Paris, France) on {Day}.",
    "{name} (Reuters, 1987) wrote about the crash.",
    "The chief executive ({name}, 54) resigned on {Day}.",
    "The picture by {name} of the flooded square won a prize.",
    "A still from the film was released by the studio.",
    "The frame of the building survived the fire.",
    "No books were found in the house, police said.",
    "There was no TV in the room, the report said.",
    "The embargo on oil exports to {ors} remained.",
    "Hold for release was printed on the envelope, the court heard.",
    "Sales in France, Germany and Italy were out of line with forecasts.",
    "Machine translation is used by {agency}, its editor said.",
    "Automatic translation of patents rose, the office said.",
    "{agency} reported the blast, citing police ({name}, a spokesman).",
    "Pool reporters were allowed into the room.",
    "The photo agency {agency} said it would appeal.",
)
"""News sentences that use a leftover's words; a WL1 or WL501 finding on one is false."""


def control14(rng: random.Random) -> str:
    return _pick14(*CONTROLS_14)(rng)
