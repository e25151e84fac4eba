"""Round thirteen of held-out leftovers: written before the fifth leftovers pass changed any rule, sealed.

Every kind issue 14 lists, in wordings written fresh for this round: credits with agencies that are not
in the pack's list (national agencies of smaller countries, in every credit form), restriction notices
built from the issue's vocabulary in new combinations, country restrictions with other heads, embargo
heads, desk sign-offs and end marks no earlier round wrote, machine-translation notes in new wordings
of English and of the issue's languages, notes in languages the pack has no table for (Georgian,
Belarusian, Welsh, Afrikaans, Mongolian, Nepali ...), and run-ons. Each is put inline (start, middle,
end of a paragraph, inside a sentence, after a table row) and on a line of its own. Look-alike controls
are news sentences that use the same words.

Measured at first sight on main before the pass (figures in docs/leftovers-and-mechanics.md) and once
after it, never read while tuning. A later pass that tunes on it must write a fresh round.

    python benchmarks/eval_leftovers.py --articles 0 --unseen 0 --round13 600 --untouched 0 --seed 2026
"""

from __future__ import annotations

import random

from leftover_injection import POSITIONS, Family
from leftover_round7 import AT_THE_END, IN_PARAGRAPH, person_agency_day, picker, place_list
from leftover_unseen import INLINE4

NAMES_13 = (
    "Nino Beridze,Ebere Okafor,Matti Korhonen,Zsofia Varga,Dmitri Sokolov,Leila Rahimi,Pablo Ortega,"
    "Yuki Tanaka,Grace Mwangi,Stefan Popescu,Ana Kovac,Farid Benali"
).split(",")
UNLISTED_13 = (
    "Agerpres,STA,Fena,Kazinform,Notimex,Prensa Latina,Petra,WAM,KUNA,MENA,Trend,Akipress,NNA,Agenzia Nova,"
    "Vietnam News Agency,Sakartvelo Press"
).split(",")
AGENCIES_13 = (*UNLISTED_13, "AFP", "Reuters", "AP", "EPA-EFE", "Xinhua", "Anadolu")
PLACES_13 = (
    "Poland,Hungary,Romania,Bulgaria,Croatia,Serbia,Mexico,Argentina,Colombia,Kenya,Egypt,Morocco,India,"
    "Pakistan,Thailand,Vietnam,South Africa,the United States"
).split(",")
CITIES_13 = ("Tbilisi", "Lagos", "Tampere", "Cluj", "Rabat", "Hanoi", "Bogota", "Nairobi")


def _rest13(rng: random.Random) -> dict[str, str]:
    unlisted = rng.choice(UNLISTED_13)
    return {
        "name2": rng.choice(NAMES_13),
        "name3": rng.choice(NAMES_13),
        "unlisted": unlisted,
        "UNLISTED": unlisted.upper(),
        "city": rng.choice(CITIES_13),
        "time": rng.choice(("0001", "0600", "1130", "2200", "00:01", "16:30", "07.45", "10am", "3.30pm")),
        "zone": rng.choice(("GMT", "CET", "EET", "EDT", "PST", "IST", "JST", "AEDT")),
        "date": rng.choice(("May 14", "14 May", "Feb. 2", "2 February 2027", "Sept 30")),
        "year": rng.choice(("2024", "2025", "2026")),
        "places": place_list(rng, list(PLACES_13)),
        "PLACES": place_list(rng, list(PLACES_13)).upper(),
        "language": rng.choice(("Georgian", "Romanian", "Hungarian", "Vietnamese", "Arabic", "Polish")),
    }


_pick13 = picker(person_agency_day(NAMES_13, list(AGENCIES_13)), _rest13)

HELD_OUT_13 = (
    Family(
        "embargo-13",
        "WL106",
        _pick13(
            "EMBARGO TILL {time} {zone} {DAY}",
            "Embargoed for {time} {zone} {Day}",
            "UNDER STRICT EMBARGO: {time} {zone}",
            "Not for broadcast before {time} {zone} {Day}",
            "Embargo time: {time} {zone}",
            "No publication before {time} {zone} on {date}",
            "WAIT FOR RELEASE AT {time} {zone}",
            "Embargo date: {date}, {time} {zone}",
            "Do not publish until {time} {zone} {Day}",
            "EMBARGOED TO {time} {zone} {DAY}",
            "Release embargoed until {date}",
            "Not to be broadcast or published before {time} {zone}",
        ),
        stage="held-out-13",
        positions=IN_PARAGRAPH,
    ),
    Family(
        "end-13",
        "WL105",
        _pick13("ENDS.", "=ENDS=", "~END~", "(END OF STORY)", "END OF TEXT", "~~30~~", "// ENDS //", "*END*"),
        stage="held-out-13",
        positions=AT_THE_END,
    ),
    Family(
        "signoff-13",
        "WL105",
        _pick13(
            "(Reporting by {name} and {name2} in {city}; Editing by {name3})",
            "(Reported by {name}; edited by {name2})",
            "(Writing by {name}; editing by {name2} and {name3})",
            "(Reporting by {name}; additional reporting by {name2}; editing by {name3})",
            "Additional reporting by {name} in {city}; editing by {name2}",
            "(Compiled by {name}; Editing by {name2})",
            "Reporting: {name}; Editing: {name2}",
            "(By {name}; Edited by {name2})",
            "(Reporting by {name}; Graphics by {name2}; Editing by {name3})",
            "-- Reporting by {name}, {city} Newsroom",
            "With additional reporting by {name} in {city}.",
            "(Editing by {name}) (({name2}@thomsonreuters.com; +44 20 7542 1234))",
        ),
        stage="held-out-13",
        positions=AT_THE_END,
    ),
    Family(
        "credit-13",
        "WL101",
        _pick13(
            "Photo: {name}/{unlisted}",
            "(Photo by {name}/{unlisted})",
            "{name}/{UNLISTED}/File",
            "{UNLISTED} PHOTO/{NAME}",
            "Picture credit: {unlisted}",
            "(Image: {name} for {unlisted})",
            "© {year} {unlisted}. All rights reserved.",
            "Courtesy: {unlisted}",
            "Photo illustration by {name}/{unlisted}",
            "Photo: {name} ({unlisted})",
            "Image via {unlisted}",
            "Credit: {unlisted} / {name}",
            "Handout/{unlisted}",
            "Photographer: {name} / {unlisted}",
            "(Photo/{unlisted})",
            "{agency} via Getty Images",
        ),
        stage="held-out-13",
        positions=INLINE4,
    ),
    Family(
        "notice-13",
        "WL101",
        _pick13(
            "FOR EDITORIAL PURPOSES ONLY - NO COMMERCIAL USE",
            "NO THIRD PARTY SALES",
            "Not for resale. Editorial use only.",
            "MANDATORY BYLINE. NO ARCHIVING.",
            "THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.",
            "Handout image supplied by {unlisted}; it could not be independently verified.",
            "NO MERCHANDISING. NO ADVERTISING.",
            "Strictly editorial use; no book publication.",
            "MUST CREDIT {UNLISTED}",
            "Credit is mandatory.",
            "NO STILLS. NO ARCHIVE.",
            "For use in news coverage only; not for licensing.",
            "THE IMAGE IS DISTRIBUTED EXACTLY AS RECEIVED",
            "EDITORIAL USE ONLY. NO LICENSING. NO SYNDICATION.",
        ),
        stage="held-out-13",
        positions=INLINE4,
    ),
    Family(
        "country-13",
        "WL101",
        _pick13(
            "{PLACES} RIGHTS EXCLUDED",
            "NOT AVAILABLE TO {PLACES} CLIENTS",
            "Not for use by media in {places}.",
            "NO ACCESS {PLACES}",
            "Restricted in {places}.",
            "{PLACES} MEDIA OUT",
            "EXCLUDING {PLACES}",
            "Not to be distributed in {places}.",
            "No sales in {places}.",
            "NO DISTRIBUTION TO {PLACES}",
            "For use outside {places} only.",
        ),
        stage="held-out-13",
        positions=IN_PARAGRAPH,
    ),
    Family(
        "translation-en-13",
        "WL102",
        _pick13(
            "This text was rendered into English by a machine.",
            "Auto-translated from {language}; errors may occur.",
            "Translation generated automatically.",
            "Translated from {language} using an AI model.",
            "This article has been translated by an artificial intelligence system.",
            "English text produced by machine translation.",
            "AI-assisted translation, not reviewed by an editor.",
            "Computer-translated copy.",
            "This report was machine translated and may contain inaccuracies.",
            "Translation by ChatGPT.",
        ),
        stage="held-out-13",
        positions=INLINE4,
    ),
    Family(
        "translation-13",
        "WL102",
        _pick13(
            "Traduction réalisée par une machine.",
            "Dieser Text wurde maschinell übersetzt.",
            "Texto traducido automáticamente del inglés.",
            "Traduzione automatica a cura di DeepL.",
            "Texto traduzido por máquina.",
            "Automatisch vertaald artikel.",
            "Tłumaczenie maszynowe.",
            "Texten är maskinöversatt.",
            "Maskinoversat fra engelsk.",
            "Konekäännös englannista.",
            "Strojový překlad.",
            "Traducere automată.",
            "Automatikusan fordított szöveg.",
            "Μηχανική μετάφραση.",
            "Mašininis vertimas.",
            "Mašīntulkojums.",
            "Strojni prijevod.",
            "Машинен превод.",
            "Aistriúchán meaisín.",
            "Traduzzjoni awtomatika.",
            "Automaatne tõlge.",
            "تمت الترجمة آلياً.",
            "Makine çevirisi.",
            "Перевод выполнен автоматически.",
            "Перекладено автоматично.",
            "本文为机器翻译。",
            "この記事は機械翻訳されています。",
        ),
        stage="held-out-13",
        positions=INLINE4,
    ),
    Family(
        "translation-more-13",
        "WL102",
        _pick13(
            "მანქანური თარგმანი.",
            "Bản dịch máy.",
            "Diterjemahkan secara otomatis.",
            "תורגם אוטומטית.",
            "ترجمه ماشینی",
            "मशीन अनुवाद",
            "자동 번역",
            "Maskinoversatt.",
            "Машински превод.",
            "Maşın tərcüməsi.",
            "Imetafsiriwa na mashine.",
            "Traducció automàtica.",
            "Машынны пераклад.",
            "Машин орчуулга.",
            "Cyfieithwyd yn awtomatig.",
            "Masjienvertaling.",
            "मेसिन अनुवाद",
        ),
        stage="held-out-13",
        positions=INLINE4,
    ),
    Family(
        "run-on-13",
        "WL501",
        _pick13(
            "Turnout was 61%.Counting begins tonight.",
            "It cost $3bn (£2.4bn).Critics called it a waste.",
            "Nobody knows why...Police are investigating.",
            "They waited an hour.A spokesman declined to comment.",
            "The vote was 7-2.Opponents walked out.",
            "Shares closed at 101.5p.Traders were cautious.",
            "The bill passed (narrowly).Protests followed.",
            "The plant employs 2,400.Most are contractors.",
        ),
        stage="held-out-13",
        positions=POSITIONS[1:],
    ),
)

CONTROLS_13 = (
    "The embargo on arms sales to {places} was lifted on {Day}.",
    "Editing by hand took weeks, she said.",
    "Reporting by local media suggested the toll was higher.",
    "No sales were recorded in March, the company said.",
    "Japan was out of the tournament by {Day}.",
    "There was no use in arguing, he said.",
    "The machine translated the signals into sound, engineers said.",
    "Google Translate now handles 240 languages, the company said.",
    "Credit card spending rose 4% in May.",
    "Photo exhibitions in {city} drew large crowds.",
    "Courtesy calls between the leaders were brief.",
    "The film's release date was moved to {date}.",
    "The agency said it could not verify the footage.",
    "Mandatory retirement ages were debated in parliament.",
    "Hold the line, the coach told his players.",
    "The report was translated into 12 languages by volunteers.",
    "France is out of the running, the minister said.",
    "Third-party sellers account for 60% of sales.",
    "The end came quickly for the government.",
    "{unlisted} reported the attack on {Day}, citing police.",
    "Excluding food, prices rose 2% in {places}.",
    "Media in {places} were restricted from covering the trial.",
)
"""News sentences that use a leftover's words; a WL1 or WL501 finding on one is false."""


def control13(rng: random.Random) -> str:
    return _pick13(*CONTROLS_13)(rng)
