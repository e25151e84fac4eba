"""Round nine of held-out leftovers: written after every rule change of the third leftovers pass, measured once.

Round eight was tuned on at the end of that pass, so round nine, written afterwards with other
wordings, agencies, names and places for the same kinds and positions, is the estimate for the
rules as they landed. Not to be tuned on without writing a fresh round.
"""

from __future__ import annotations

import random

from leftover_injection import Family
from leftover_round7 import AT_THE_END, IN_PARAGRAPH, person_agency_day, picker
from leftover_unseen import INLINE4

NAMES_9 = (
    "Marek Zajac,Leila Farouk,Joao Mendes,Siobhan Kelly,Arjun Mehta,Olga Petrenko,Kenji Mori,Zanele Dube"
).split(",")
AGENCIES_9 = (
    "AFP,AP,Reuters,EPA,dpa,Xinhua,Kyodo,PAP,Ritzau,NTB,ANP,Belga,Keystone,APA,STR,Anadolu,KCNA,Bernama"
).split(",")
PLACES_9 = (
    "Germany,Austria,Canada,Japan,Brazil,Nigeria,Kenya,Vietnam,Thailand,Peru,Colombia,New Zealand,"
    "the Czech Republic,the Netherlands,Ireland,Denmark"
).split(",")


def _places(rng: random.Random) -> str:
    chosen = rng.sample(PLACES_9, rng.choice((2, 3)))
    return ", ".join(chosen[:-1]) + rng.choice((" or ", " and ")) + chosen[-1]


def _rest9(rng: random.Random) -> dict[str, str]:
    return {
        "time": rng.choice(("0001", "0500", "18:00", "2100", "09.30")),
        "zone": rng.choice(("GMT", "CET", "ET", "UTC", "BST", "AEST")),
        "date": rng.choice(("June 3", "3 June", "Jan. 14", "14 January 2026")),
        "places": _places(rng),
        "PLACES": _places(rng).upper(),
        "language": rng.choice(("Portuguese", "Italian", "Turkish", "Dutch", "Polish")),
    }


_pick9 = picker(person_agency_day(NAMES_9, AGENCIES_9), _rest9)

HELD_OUT_9 = (
    Family(
        "embargo-9",
        "WL106",
        _pick9(
            "EMBARGOED UNTIL {time} {zone} {DAY} {date}",
            "Embargoed: {time} {zone} {Day}",
            "UNDER EMBARGO UNTIL {time} {zone}",
            "Hold for release: {time} {zone} {Day}",
            "NOT FOR PUBLICATION UNTIL {time} {zone} {DAY}",
            "Strictly embargoed until {time} {zone}, {Day} {date}",
            "EMBARGO LIFTS {time} {zone} {DAY}",
            "Release time: {time} {zone} {Day}",
        ),
        stage="held-out-9",
        positions=IN_PARAGRAPH,
    ),
    Family(
        "end-9",
        "WL105",
        _pick9("- END -", "(Ends)", "+ ENDS +", "== END ==", "[Ends]", "ENDS ###", "-0-", "END OF TEXT"),
        stage="held-out-9",
        positions=AT_THE_END,
    ),
    Family(
        "country-9",
        "WL101",
        _pick9(
            "No use in {places}.",
            "Not for use by media in {places}.",
            "No sales in {places}.",
            "{places} out.",
            "No online use in {places}.",
            "NO USE IN {PLACES}",
            "Mandatory credit. No use in {places}.",
        ),
        stage="held-out-9",
        positions=IN_PARAGRAPH,
    ),
    Family(
        "credit-9",
        "WL101",
        _pick9(
            "Photo: {name} / {agency}",
            "(Picture: {agency})",
            "{name}/{agency}/via Reuters",
            "Photographer: {name}, {agency}",
            "Image credit: {agency}/{name}",
            "{AGENCY}/{NAME}/POOL",
            "Photo by {name}/{agency}/Getty Images",
            "Courtesy: {agency}",
            "Photo: {agency} file",
            "Screenshot via {agency}",
            "(© {agency}/{name})",
            "Picture taken by {name} for {agency}",
        ),
        stage="held-out-9",
        positions=INLINE4,
    ),
    Family(
        "notice-9",
        "WL101",
        _pick9(
            "EDITORIAL USE ONLY. NO RESALES. NO ARCHIVES",
            "For editorial use only. No commercial use.",
            "MANDATORY CREDIT - EDITORIAL USE ONLY - NOT FOR SALE",
            "THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY",
            "Handout photo. Editorial use only. No sales.",
            "NO MARKETING, NO ADVERTISING, NO ARCHIVES",
            "Image cannot be independently verified. Editorial use only.",
            "RESTRICTED TO EDITORIAL USE. MUST CREDIT {AGENCY}",
            "Not for commercial use. Editorial use only.",
        ),
        stage="held-out-9",
        positions=INLINE4,
    ),
    Family(
        "translation-9",
        "WL102",
        _pick9(
            "This story was machine translated from {language}.",
            "Translated automatically by our AI system.",
            "Automatic translation from {language}; not reviewed.",
            "(AI-translated)",
            "This article has been translated using artificial intelligence.",
            "Traduzido automaticamente do inglês.",
            "Tradotto automaticamente dall'inglese.",
            "Otomatik olarak çevrilmiştir.",
            "Automatisch vertaald.",
            "Przetłumaczono automatycznie.",
            "自動翻訳された記事です。",
            "本文为机器翻译。",
            "Переведено автоматически.",
        ),
        stage="held-out-9",
        positions=INLINE4,
    ),
)

CONTROLS_9 = (
    "The embargo on grain exports was lifted on Monday.",
    "Release time for the prisoners was set for noon, officials said.",
    "The deal ends a decade of dispute, the company said.",
    "No use in Germany for the old coins was found, the bank said.",
    "Exports to Japan and Brazil rose, officials said.",
    "The photographer, {name}, works for {agency}.",
    "Screenshots of the messages were shared online.",
    "Courtesy calls were made to the families, police said.",
    "The translation of the treaty was automatic, critics said.",
    "Handouts of food were given to families in the camp.",
    "The images were verified by the agency's own team.",
    "Marketing and advertising budgets were cut, the firm said.",
    "Not for sale, the house has been in the family since 1900.",
    "Editorial independence was guaranteed, the owner said.",
)
"""News sentences that use a leftover's words; a WL1 finding on one is false."""


def control9(rng: random.Random) -> str:
    return _pick9(*CONTROLS_9)(rng)
