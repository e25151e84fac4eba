"""Round eleven of held-out leftovers: written after the fourth pass's changes for round ten, measured once.

Round ten was tuned on, so its "after" figure says only that its shapes were built. Round eleven is
written afterwards, before any further change, with wordings no earlier round used: other embargo
heads and end marks (``ENDE``, ``FIN``, ``*** 30 ***``), other sign-offs (``With reporting by``,
Bloomberg's ``To contact the reporter``), stock sites in their own credit formats (``Image by NAME
from Pixabay``, ``Photo by NAME from Pexels``), caption credits in Chinese and Japanese, notices in
other combinations, country restrictions as newspaper or media outs, machine-translation notes in
new wordings of the issue's languages and a few languages no round wrote, and run-ons of other
shapes, with look-alike controls. Its first-sight figure is the honest estimate of the fourth pass.
"""

from __future__ import annotations

import random

from leftover_injection import POSITIONS, Family
from leftover_round7 import AT_THE_END, IN_PARAGRAPH, person_agency_day, picker, place_list
from leftover_unseen import INLINE4

NAMES_11 = (
    "Ilse de Groot,Tunde Bakare,Marisol Vega,Sven Aaltonen,Priya Nair,Yusuf Demirci,Anouk Maes,Wojciech Lis,"
    "Le Van Hung,Carmen de la Cruz,Ayumi Sato,Declan Byrne"
).split(",")
AGENCIES_11 = (
    "AFP,Reuters,AP,dpa,ANSA,EFE,Xinhua,Kyodo,Jiji,Yonhap,TT,STT,LETA,Tanjug,HINA,Agerpres,KUNA,NNA,SPA,Belga"
).split(",")
STOCK_11 = ("Shutterstock", "iStock", "Alamy", "Adobe Stock", "Pixabay", "Pexels", "Unsplash", "Dreamstime")
PLACES_11 = (
    "Belgium,Luxembourg,Austria,Hungary,Poland,Romania,Croatia,Serbia,Egypt,Morocco,India,Pakistan,Korea,"
    "the Gulf states,the Baltic states,Latin America"
).split(",")
CITIES_11 = ("Warsaw", "Nairobi", "Seoul", "Bogota", "Cairo", "Helsinki", "Jakarta", "Bucharest")


def _rest11(rng: random.Random) -> dict[str, str]:
    return {
        "name2": rng.choice(NAMES_11),
        "name3": rng.choice(NAMES_11),
        "stock": rng.choice(STOCK_11),
        "city": rng.choice(CITIES_11),
        "city2": rng.choice(CITIES_11),
        "time": rng.choice(("0001", "0830", "1600", "21:15", "06.00", "11am", "7pm")),
        "zone": rng.choice(("GMT", "CEST", "PST", "UTC", "EET", "KST", "AEDT")),
        "date": rng.choice(("July 2", "2 July", "Feb. 28", "28 February 2027")),
        "places": place_list(rng, PLACES_11),
        "PLACES": place_list(rng, PLACES_11).upper(),
        "language": rng.choice(("Korean", "Hungarian", "Greek", "Romanian", "Arabic")),
        "n": rng.choice(("2", "14", "3.8", "620", "2,400")),
    }


_pick11 = picker(person_agency_day(NAMES_11, AGENCIES_11), _rest11)

HELD_OUT_11 = (
    Family(
        "embargo-11",
        "WL106",
        _pick11(
            "EMBARGOED FOR PUBLICATION UNTIL {time} {zone} ON {DAY}",
            "Strict embargo until {Day}, {time} {zone}",
            "NOT TO BE PUBLISHED OR BROADCAST BEFORE {time} {zone}",
            "Release: {time} {zone}, {Day} {date}",
            "Please hold until {time} {zone} {Day}",
            "EMBARGO UNTIL {date} AT {time} {zone}",
            "(Under embargo to {time} {zone})",
            "Embargoed material: not for use before {time} {zone}",
            "NO PUBLICATION BEFORE {time} {zone} {DAY}",
            "EMBARGO JUSQU'AU {date} {time}",
            "Embargoed: do not publish until {Day} {time} {zone}",
        ),
        stage="held-out-11",
        positions=IN_PARAGRAPH,
    ),
    Family(
        "end-11",
        "WL105",
        _pick11("ENDE", "-- FIN --", "(fin)", "=ENDS=", "|END|", "~ENDS~", "*** 30 ***", "--0--", "/end", "###END###"),
        stage="held-out-11",
        positions=AT_THE_END,
    ),
    Family(
        "signoff-11",
        "WL105",
        _pick11(
            "(Reporting by {name}; Writing by {name2}; Editing by {name3})",
            "(Reporting by {name} in {city} and {name2} in {city2}; Editing by {name3})",
            "(Additional reporting by {name}; Editing by {name2})",
            "(Graphics by {name}; editing by {name2})",
            "(With reporting by {name})",
            "To contact the reporter on this story: {name} in {city}",
            "--With assistance from {name} and {name2}.",
        ),
        stage="held-out-11",
        positions=AT_THE_END,
    ),
    Family(
        "stock-credit-11",
        "WL101",
        _pick11(
            "Image by {name} from Pixabay",
            "Photo by {name} from Pexels",
            "Image: {name}/stock.adobe.com",
            "Credit: {stock}",
            "Photo: Shutterstock / {name}",
            "(Photo: iStock)",
            "{name}/iStock via Getty Images",
            "Photograph: {name}/Alamy",
            "© Adobe Stock / {name}",
            "Source: Unsplash",
            "{NAME}/SHUTTERSTOCK",
        ),
        stage="held-out-11",
        positions=INLINE4,
    ),
    Family(
        "credit-11",
        "WL101",
        _pick11(
            "Photo (c) {name}",
            "Photo/{agency}",
            "Pic: {agency} / {name}",
            "(Photo credit: {name}/{agency})",
            "PHOTO BY {NAME}",
            "Photograph © {name}",
            "Credit line: {name}/{agency}",
            "Images: {agency}",
            "By {name} | Photos: {agency}",
            "Foto: {agency} (archivo)",
            "Fotos: {name} ({agency})",
            "写真：{agency}",
            "图片来源：{agency}",
        ),
        stage="held-out-11",
        positions=INLINE4,
    ),
    Family(
        "notice-11",
        "WL101",
        _pick11(
            "NOT FOR RESALE OR REDISTRIBUTION",
            "EDITORIAL USE ONLY. NO ALTERATION OF THE IMAGE",
            "No use without credit. Editorial only.",
            "FOR EDITORIAL PURPOSES ONLY - NO COMMERCIAL USAGE",
            "Picture may only be used with the story it accompanies.",
            "IMAGE FOR EDITORIAL USE ONLY AND MAY NOT BE STORED",
            "STRICTLY NO ARCHIVE USE",
            "No third-party distribution. Credit must read {AGENCY}.",
            "NO SALES, NO LICENSING, NO ARCHIVE",
            "Restricted use: news editorial only.",
            "THIS PHOTO IS AVAILABLE FOR EDITORIAL USE ONLY",
            "Third-party content, not verified by {agency}.",
        ),
        stage="held-out-11",
        positions=INLINE4,
    ),
    Family(
        "country-11",
        "WL101",
        _pick11(
            "NOT FOR USE IN {PLACES} MEDIA",
            "NO {PLACES} SALES",
            "Not for {places} media.",
            "Use prohibited in {places}.",
            "RIGHTS: WORLD EXCLUDING {PLACES}",
            "Unavailable in {places}.",
            "{PLACES} NEWSPAPERS OUT",
        ),
        stage="held-out-11",
        positions=IN_PARAGRAPH,
    ),
    Family(
        "translation-11",
        "WL102",
        _pick11(
            "This text was produced by an automatic translator.",
            "Translation: machine (unedited)",
            "An AI tool translated this article from {language}.",
            "Auto-translation of original {language} text.",
            "Powered by Google Translate.",
            "Translated by DeepL Pro; not checked by staff.",
            "Cet article a été traduit par un outil automatique.",
            "Dieser Text ist eine automatische Übersetzung.",
            "Este contenido ha sido traducido automáticamente.",
            "Questo articolo è una traduzione automatica.",
            "Dit artikel is vertaald met behulp van AI.",
            "Artigo traduzido por máquina.",
            "Artikeln har översatts maskinellt.",
            "Automaattinen käännös englannista.",
            "Tekst przetłumaczony maszynowo.",
            "Автоматичний переклад з англійської.",
            "Этот материал переведён с помощью ИИ.",
            "تمت ترجمة هذا المقال آلياً.",
            "Bu içerik yapay zekâ ile tercüme edilmiştir.",
            "本文由人工智能自动翻译。",
            "この記事は自動翻訳で作成されました。",
            "Η μετάφραση έγινε αυτόματα.",
            "Mašininis vertimas iš anglų kalbos.",
            "Automātisks tulkojums.",
            "Автоматичен превод.",
            "Strojni prijevod s engleskog.",
            "Aistriúchán uathoibríoch.",
        ),
        stage="held-out-11",
        positions=INLINE4,
    ),
    Family(
        "translation-more-11",
        "WL102",
        _pick11(
            "Artikkelen er maskinoversatt.",
            "แปลโดยเครื่อง",
            "Imetafsiriwa kwa mashine.",
            "Vélþýðing.",
            "Машински превод.",
            "মেশিন অনুবাদ",
        ),
        stage="held-out-11",
        positions=INLINE4,
    ),
    Family(
        "run-on-11",
        "WL501",
        _pick11(
            "It cost $1.2bn.Shareholders objected.",
            "He stands 6ft 2in.Coaches love him.",
            "The vote was 5 to 4.Critics cried foul.",
            "It happened in the 1990s.Now it is back.",
            "The river rose 2.5 metres!Residents fled.",
            "The index closed at 7,512.6.Traders were relieved.",
            "She won gold (her third).Her coach wept.",
            "He earned £45k.His boss earned more.",
            "Why now?The minister did not say.",
            "The plant shut in March.Workers were laid off.",
        ),
        stage="held-out-11",
        positions=POSITIONS[1:],
    ),
)

CONTROLS_11 = (
    "Release of the hostages is expected on Friday, officials said.",
    "Please hold the line, the operator said.",
    "The film's end credits list 300 names.",
    "The fin whale was spotted off the coast of {city}.",
    "Reporting by local journalists exposed the scandal.",
    "With assistance from the UN, the camp was rebuilt.",
    "A photo from Pixabay was used in the advert, the court heard.",
    "Unsplash and Pexels offer free images, the report said.",
    "No use of force was authorised, the general said.",
    "Commercial use of the land is banned in {city}.",
    "Japanese newspapers were out in force at the match.",
    "The text was translated by volunteers from Spanish.",
    "Automatic translators have improved, linguists say.",
    "DeepL said its translation service now had 10 million users.",
    "The No.2 seed won in straight sets.",
    "Photographs by {name} hang in the gallery until May.",
    "Rights to the images were sold to {agency} in 2019.",
    "Not for the first time, {name} was late.",
    "Credit must be given where it is due, the coach said.",
    "Editorial staff voted to strike on {Day}.",
)
"""News sentences that use a leftover's words; a WL1 or WL501 finding on one is false."""


def control11(rng: random.Random) -> str:
    return _pick11(*CONTROLS_11)(rng)
