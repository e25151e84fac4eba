"""Round eight of held-out leftovers: written after the third leftovers pass, sealed and measured once.

Round seven was tuned on, so it no longer estimates recall on wording the rules have not seen.
Round eight was written after that pass with other wordings, agencies, names, languages and
places, for the same kinds (credits, notices, machine-translation notes, end marks, embargo
lines, country restrictions) at the same positions, with look-alike news controls. Its figure
is the honest estimate for the rules of the third pass; a pass that tunes on it must write a
fresh round.
"""

from __future__ import annotations

import random

from leftover_injection import Family
from leftover_round7 import AT_THE_END, IN_PARAGRAPH, person_agency_day, picker
from leftover_unseen import INLINE4

NAMES_8 = (
    "Agnieszka Nowak,Rui Costa,Samuel Osei,Heidi Johansen,Vikram Rao,Selin Aydin,Pavel Novak,Noura Haddad,"
    "Tomasz Wrona,Ingrid Berg"
).split(",")
AGENCIES_8 = (
    "Xinhua,ANSA,Anadolu,Kyodo,Yonhap,WAFA,CTK,HINA,Tasnim,IRNA,SANA,Bernama,Agerpres,ATA,MIA,KNA,"
    "Lehtikuva,Scanpix Norway,Prensa Latina,Notimex"
).split(",")
COUNTRIES_8 = (
    "Sweden,Finland,Poland,Hungary,Mexico,Argentina,Chile,India,Indonesia,Malaysia,South Africa,Egypt,Israel,"
    "the United Arab Emirates,Saudi Arabia,Hong Kong,Taiwan,the Philippines,Czech Republic,Romania"
).split(",")


def _places(rng: random.Random, count: int) -> str:
    chosen = rng.sample(COUNTRIES_8, count)
    return ", ".join(chosen[:-1]) + rng.choice((" or ", " and ")) + chosen[-1] if count > 1 else chosen[0]


def _rest8(rng: random.Random) -> dict[str, str]:
    return {
        "time": rng.choice(("0001", "0600", "1530", "22:00", "07.00")),
        "zone": rng.choice(("GMT", "CET", "EST", "UTC", "BST")),
        "places": _places(rng, rng.choice((2, 3))),
        "PLACES": _places(rng, rng.choice((2, 3))).upper(),
        "language": rng.choice(("Swedish", "Romanian", "Hebrew", "Malay", "Czech")),
    }


_pick8 = picker(person_agency_day(NAMES_8, AGENCIES_8), _rest8)

HELD_OUT_8 = (
    Family(
        "embargo-8",
        "WL106",
        _pick8(
            "EMBARGOED TO {time} {zone} {DAY}",
            "Embargo until {time} {zone} {Day}",
            "STRICT EMBARGO: {time} {zone} {DAY}",
            "Not to be published before {time} {zone} {Day}",
            "HOLD FOR RELEASE AT {time} {zone}",
            "Under embargo till {Day} {time} {zone}",
            "(EMBARGOED: {time} {zone})",
            "Embargoed for release at {time} {zone} on {Day}",
        ),
        stage="held-out-8",
        positions=IN_PARAGRAPH,
    ),
    Family(
        "end-8",
        "WL105",
        _pick8("-- ENDS --", "(ENDS)", "++ END ++", "** ENDS **", "[END]", "- 30 -", "ENDS.", "~ END ~", "--end--"),
        stage="held-out-8",
        positions=AT_THE_END,
    ),
    Family(
        "country-8",
        "WL101",
        _pick8(
            "No use in {places}.",
            "Not for sale in {places}.",
            "No sales to {places}.",
            "{places} out.",
            "No broadcast use in {places}.",
            "NOT FOR USE IN {PLACES}.",
            "Editorial use only. Not for use in {places}.",
        ),
        stage="held-out-8",
        positions=IN_PARAGRAPH,
    ),
    Family(
        "credit-8",
        "WL101",
        _pick8(
            "Photo: {agency}/{name}",
            "Photograph by {name} for {agency}",
            "IMAGE: {AGENCY}",
            "Pic credit: {name}/{agency}",
            "{name} / {agency} / Handout",
            "Picture supplied by {agency}",
            "(Photo: {name}/{agency})",
            "Credit: {agency} via Getty Images",
            "Foto: {name} / {agency}",
            "© {name} / {agency}",
            "Photos by {name}, {agency}",
            "{AGENCY} PHOTO / {NAME}",
        ),
        stage="held-out-8",
        positions=INLINE4,
    ),
    Family(
        "notice-8",
        "WL101",
        _pick8(
            "EDITORIAL USE ONLY. NOT TO BE USED FOR MARKETING",
            "NO ACCESS CHINESE MAINLAND. NO ARCHIVES",
            "For editorial use only. No archiving. No resales.",
            "MANDATORY CREDIT: {AGENCY}. NO SALES",
            "THIS IMAGE WAS PROVIDED BY A THIRD PARTY. EDITORIAL USE ONLY",
            "Handout picture for editorial use only; not for sale",
            "RESTRICTED TO EDITORIAL USE. NO COMMERCIAL USE",
            "Editorial use only. Must credit {agency}.",
            "NOT FOR SALE OR DISTRIBUTION. EDITORIAL USE ONLY",
        ),
        stage="held-out-8",
        positions=INLINE4,
    ),
    Family(
        "translation-8",
        "WL102",
        _pick8(
            "This content was produced with machine translation.",
            "Translated by an AI system from {language}.",
            "Auto-translated by DeepL; original in {language}.",
            "(Machine translation from {language})",
            "Article translated automatically.",
            "Översatt automatiskt från engelska.",
            "Tradus automat din limba engleză.",
            "Automaticky přeloženo z angličtiny.",
            "Diterjemahkan secara automatik.",
            "本文由机器自动翻译",
            "本記事は機械翻訳を使用しています。",
            "Μηχανική μετάφραση από τα αγγλικά.",
            "Машинный перевод с английского.",
            "תורגם באופן אוטומטי",
        ),
        stage="held-out-8",
        positions=INLINE4,
    ),
)

CONTROLS_8 = (
    "The embargo to 2026 was extended by the council.",
    "Not to be outdone, the rival firm cut prices too.",
    "Hold for release of the hostages, the envoy said, was the aim.",
    "The credit crunch ended in 2010, economists said.",
    "Sales to Sweden, Finland and Poland rose by a fifth.",
    "No one in Mexico or Argentina was hurt, officials said.",
    "India, Indonesia and Malaysia were out in front, the report said.",
    "Picture the scene: a crowd of thousands outside the court.",
    "The photos by {name} were shown at a gallery in Oslo.",
    "Machine translation was used for the tender documents, the ministry said.",
    "The agency, {agency}, said the minister had resigned.",
    "He ends his term in May.",
    "Ends and means were debated at length, the chairman said.",
    "Editorial staff at {agency} were told of the cuts.",
    "The archive is not for sale, the family said.",
    "Translated into 40 languages, the book sold millions.",
    "The mainland China market grew, the company said.",
    "Images supplied by residents showed the flooding.",
)
"""News sentences that use a leftover's words; a WL1 finding on one is false."""


def control8(rng: random.Random) -> str:
    return _pick8(*CONTROLS_8)(rng)
