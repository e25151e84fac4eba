"""Round ten of held-out leftovers: written before the fourth leftovers pass changed any rule, measured once.

Rounds seven to nine were tuned on, and each found head words, labels and languages the one before
did not hold: the figure that matters is the first sight of wording the rules have never met.
Round ten is written with other house styles than any earlier round: stock-photo sites and their
orders (``AGENCY / NAME - stock.adobe.com``, ``Photo by NAME on Unsplash``), labels in other
languages (``Fotó:``, ``Zdjęcie:``, ``Фото:``), credits in bylines (``Words and pictures: NAME``),
embargo lines and end marks of other desks (``Sperrfrist``, ``HOLD UNTIL``, ``-ends-``, ``# # #``,
the Reuters sign-off ``(Reporting by ...; Editing by ...)``), notices in new vocabulary
(syndication, reproduction, exploitation, licensing, purposes), country restrictions worded as
exceptions (``WORLD RIGHTS EXCEPT ...``), machine-translation notes in new wordings and in
languages no round wrote (Norwegian, Catalan, Vietnamese, Persian, Hindi), and run-ons of new
shapes. Each kind has look-alike news controls.

Not to be tuned on without writing a fresh round (round eleven) for the next estimate.
"""

from __future__ import annotations

import random

from leftover_injection import POSITIONS, Family
from leftover_round7 import AT_THE_END, IN_PARAGRAPH, person_agency_day, picker, place_list
from leftover_unseen import INLINE4

NAMES_10 = (
    "Astrid Lund,Bogdan Ilic,Chiara Moretti,Kim Dae-jung,Efua Asante,Farid Nazari,Gunnar Holt,Choi Hye-jin,"
    "Maria do Carmo Silva,Jan van der Berg,Nguyen Thi Lan,Niamh O'Connor"
).split(",")
AGENCIES_10 = (
    "MENA,Petra,KUNA,APS,MAP,BSS,APP,NurPhoto,Avalon,Eyevine,Camera Press,Magnum Photos,Panos Pictures,SWNS,"
    "Cover Images,Reuters,AFP,AP,EPA,Xinhua"
).split(",")
STOCK = (
    "stock.adobe.com,Adobe Stock,iStock,Getty Images/iStockphoto,Shutterstock.com,Dreamstime.com,123RF,"
    "Depositphotos,Unsplash,Pexels,Pixabay,Alamy Stock Photo"
).split(",")
PLACES_10 = (
    "France,Spain,Portugal,Italy,Greece,Israel,Turkey,Japan,China,Australia,the United Kingdom,the United States,"
    "South Africa,Mexico,Argentina,Scandinavia"
).split(",")
CITIES = ("Lagos", "Oslo", "Manila", "Quito", "Dakar", "Tbilisi", "Hanoi", "Lima")


def _rest10(rng: random.Random) -> dict[str, str]:
    return {
        "name2": rng.choice(NAMES_10),
        "name3": rng.choice(NAMES_10),
        "stock": rng.choice(STOCK),
        "city": rng.choice(CITIES),
        "time": rng.choice(("0001", "0700", "1300", "23:30", "05.00", "10am", "4pm")),
        "zone": rng.choice(("GMT", "CET", "EDT", "UTC", "IST", "JST", "SAST")),
        "date": rng.choice(("May 9", "9 May", "Oct. 21", "21 October 2026", "2026-05-09")),
        "places": place_list(rng, PLACES_10),
        "PLACES": place_list(rng, PLACES_10).upper(),
        "n": rng.choice(("3", "12", "4.5", "250", "1,200", "17")),
    }


_pick10 = picker(person_agency_day(NAMES_10, AGENCIES_10), _rest10)

HELD_OUT_10 = (
    Family(
        "embargo-10",
        "WL106",
        _pick10(
            "NOT FOR PUBLICATION BEFORE {time} {zone} {DAY}",
            "EMBARGOED UNTIL: {time} {zone}, {date}",
            "Embargo: not to be released before {time} {zone} {Day}",
            "FOR RELEASE NO EARLIER THAN {time} {zone} {DAY}",
            "Embargoed till {Day} {date} at {time} {zone}",
            "HOLD UNTIL {time} {zone} {DAY}",
            "Publication embargo: {time} {zone} {Day}",
            "[EMBARGO {date}, {time} {zone}]",
            "SPERRFRIST: {DAY}, {time} UHR",
            "Not to be released until {time} {zone} {Day}",
            "NOT FOR BROADCAST BEFORE {time} {zone}",
            "HOLD FOR RELEASE",
            "Embargoed to {time} {zone} {date}",
            "EMBARGO - {time} {zone} {DAY} {date}",
        ),
        stage="held-out-10",
        positions=IN_PARAGRAPH,
    ),
    Family(
        "end-10",
        "WL105",
        _pick10(
            "-ends-",
            "# # #",
            "—30—",
            "(END OF STORY)",
            "[END OF TEXT]",
            "<ENDS>",
            "*ENDS*",
            "– end –",
            "• ENDS •",
            "ENDS/",
            "xxx END xxx",
            "- 0 -",
        ),
        stage="held-out-10",
        positions=AT_THE_END,
    ),
    Family(
        "signoff-10",
        "WL105",
        _pick10(
            "(Reporting by {name}; Editing by {name2})",
            "(Reporting by {name} in {city}; Additional reporting by {name2}; Editing by {name3})",
            "(Writing by {name}; Editing by {name2})",
            "(Reporting by {name} and {name2}; Writing by {name3})",
            "(Compiled by {name}; edited by {name2})",
            "(Editing by {name})",
            "Reporting by {name}; editing by {name2}",
        ),
        stage="held-out-10",
        positions=AT_THE_END,
    ),
    Family(
        "stock-credit-10",
        "WL101",
        _pick10(
            "{AGENCY} / {NAME} - stock.adobe.com",
            "{name} - stock.adobe.com",
            "Photo by {name} on Unsplash",
            "Image: {stock}",
            "Photo: iStock / {name}",
            "(Image: Getty Images/iStockphoto)",
            "Credit: {name}/Dreamstime.com",
            "© {name} | Dreamstime.com",
            "Picture: {stock}/{name}",
            "{stock}/{name}",
            "Illustration: Adobe Stock",
            "(Photo: {name} via Pexels)",
        ),
        stage="held-out-10",
        positions=INLINE4,
    ),
    Family(
        "credit-10",
        "WL101",
        _pick10(
            "Fotó: {name}/{agency}",
            "Zdjęcie: {agency}/{name}",
            "Фото: {name}/{agency}",
            "Kuva: {name} / {agency}",
            "Photo : {agency}",
            "Words and pictures: {name}",
            "Text and photos: {name}/{agency}",
            "Story and photographs by {name} for {agency}",
            "Photographs: {name}/{agency} for The Guardian",
            "PHOTOGRAPH: {NAME} / {AGENCY}",
            "{NAME}/{AGENCY} PHOTO",
            "Pictures: {agency}/{name}",
            "{name} ({agency})/Handout",
            "Photo: {agency}/{name} (file)",
            "Supplied image: {agency}",
            "Photo illustration: {name}/{agency}",
        ),
        stage="held-out-10",
        positions=INLINE4,
    ),
    Family(
        "notice-10",
        "WL101",
        _pick10(
            "ONLY FOR USE IN EDITORIAL CONTEXTS. NO RESALE PERMITTED",
            "EDITORIAL USAGE ONLY - NO COMMERCIAL EXPLOITATION",
            "NOT FOR COMMERCIAL DISTRIBUTION. CREDIT REQUIRED",
            "Credit required. Editorial purposes only.",
            "For news reporting purposes only. Not to be sold.",
            "USAGE RESTRICTED TO NEWS COVERAGE OF THIS EVENT",
            "NO ONWARD SALES. NO SYNDICATION",
            "REPRODUCTION FOR COMMERCIAL PURPOSES IS PROHIBITED",
            "NO REPRODUCTION WITHOUT PERMISSION. ALL RIGHTS RESERVED",
            "HANDOUT PHOTO. AUTHENTICITY COULD NOT BE CONFIRMED",
            "NOT FOR SALE OR LICENSING TO THIRD PARTIES",
            "NO CROPPING. NO DIGITAL MANIPULATION. EDITORIAL USE ONLY",
            "No syndication. No merchandise.",
            "Image distributed by {agency} for editorial purposes; may not be altered.",
        ),
        stage="held-out-10",
        positions=INLINE4,
    ),
    Family(
        "country-10",
        "WL101",
        _pick10(
            "WORLD RIGHTS EXCEPT {PLACES}",
            "Worldwide rights excluding {places}.",
            "Not available for use in {places}.",
            "Not to be used in {places}.",
            "OUT: {PLACES}",
            "{PLACES} RIGHTS OUT",
            "No distribution to media in {places}.",
            "Excluding {places}.",
        ),
        stage="held-out-10",
        positions=IN_PARAGRAPH,
    ),
    Family(
        "translation-10",
        "WL102",
        _pick10(
            "This post was rendered into English by machine translation.",
            "English version produced with a translation engine.",
            "Machine-generated English version.",
            "Computer-translated text.",
            "Translated via Google.",
            "Auto-generated translation - may contain errors.",
            "Dieser Beitrag wurde mithilfe von KI übersetzt.",
            "Version française générée par traduction automatique.",
            "Texto traducido mediante un sistema automático.",
            "Tekst przetłumaczony przez sztuczną inteligencję.",
            "Přeloženo pomocí umělé inteligence.",
            "Teksti on käännetty tekoälyn avulla.",
            "Gépi fordítás angolból.",
            "Tekst je strojno preveden.",
            "Oversat automatisk fra engelsk.",
            "Μετάφραση με τεχνητή νοημοσύνη.",
            "هذا النص مترجم آلياً.",
            "Bu haber makine çevirisidir.",
            "Перевод сделан автоматически.",
            "Текст перекладено машинним способом.",
            "此文为自动翻译。",
            "AI翻訳による記事です。",
        ),
        stage="held-out-10",
        positions=INLINE4,
    ),
    Family(
        "translation-more-10",
        "WL102",
        _pick10(
            "Maskinoversatt fra engelsk.",
            "Traducció automàtica.",
            "Bản dịch tự động.",
            "ترجمه ماشینی",
            "मशीन अनुवाद",
            "Diterjemahkan dengan mesin.",
        ),
        stage="held-out-10",
        positions=INLINE4,
    ),
    Family(
        "run-on-10",
        "WL501",
        _pick10(
            "Police arrived at 10.30pm.Nobody was arrested.",
            "The bridge is 40km long.Engineers called it a feat.",
            "The report (published in 2019).Critics ignored it.",
            'Asked why, he said: "Why not?"Aides laughed.',
            "Brussels fined the firm €{n}bn.Its shares fell.",
            "The meeting ended at 14:00.Talks resume on Friday.",
            "The study found a link [sic].Doctors disagreed.",
            "It was the club's 21st title.Fans were delighted.",
            "Prices jumped {n}% in May.Officials blamed fuel.",
            "The poll closed on 5 May.Counting began at once.",
        ),
        stage="held-out-10",
        positions=POSITIONS[1:],
    ),
)

CONTROLS_10 = (
    "The embargo lifted on Monday allowed grain exports to resume.",
    "Not for publication before Tuesday, the memo warned staff.",
    "Officials agreed to hold the release of the funds until Tuesday.",
    "The war ends, the film begins, and the audience cheers.",
    "Reporting restrictions were lifted by the judge on Friday.",
    "Reporting by the BBC's team in {city} was praised by the panel.",
    "Adobe's stock rose 5% on Tuesday after strong results.",
    "The photographer, {name}, sells pictures on Shutterstock for a few dollars.",
    "Unsplash, a free photo site, was bought by Getty Images in 2021.",
    "No reproduction of the painting was allowed, the museum said.",
    "Syndication of the show earned its makers millions.",
    "Commercial use of drones is banned in the park.",
    "World rights to the film were sold to a studio in {city}.",
    "The phone is not available in France or Spain, the company said.",
    "Excluding fuel, prices rose 2%.",
    "The novel was rendered into English by a machine, critics joked.",
    "Google's translation engine now supports 200 languages.",
    "The deal, worth £3.5bn, was signed at No.10 on Monday.",
    "Amazon.com and Booking.com both rose 2.5% in early trade.",
    "The words and pictures of the exhibition moved visitors.",
    "Photo ID will be needed at polling stations, the council said.",
    "The story and photographs in the book were collected by {name}.",
)
"""News sentences that use a leftover's words; a WL1 or WL501 finding on one is false."""


def control10(rng: random.Random) -> str:
    return _pick10(*CONTROLS_10)(rng)
