"""Round twenty-two of held-out leftovers: the kinds of round twenty-one in other wordings, sealed.

Written by leftovers11 after the tenth pass's rule changes and before any measurement of it, never tuned on:
measured once, at the end of the pass. The same kinds (caption labels with a name and an organisation, credits
parted by a bar, notices in sentence case run on, an organisation before its photo, leftovers after an
amount, machine-translation notes) in wordings, names and organisations the pass was not written from, and
its own look-alikes (headings and bylines parted by a bar, news that uses the words).

    python benchmarks/eval_leftovers.py --articles 0 --unseen 0 --round22 700 --untouched 0
"""

from __future__ import annotations

import random

from leftover_injection import Family
from leftover_round7 import person_agency_day, picker
from leftover_round21 import AFTER_AMOUNT
from leftover_unseen import INLINE4

NAMES_22 = (
    "Nadia Rahman,Lars Eriksen,Abena Owusu,Pedro Almeida,Katarzyna Wisniewska,Tomas Novak,Mei Lin,"
    "Giorgos Pappas,Zanele Mokoena,Ahmet Demir,Julia Becker,Oscar Lindgren,Ravi Shankar,Elena Marchetti"
).split(",")
AGENCIES_22 = (
    "AFP,Reuters,AP,EPA,Xinhua,Anadolu Agency,dpa,Getty Images,Kyodo News,Yonhap,ANSA,Belga,EFE,PAP,"
    "Ritzau Scanpix,Keystone,Lusa,TASS,Bernama,PA Media,Sipa USA,NurPhoto,AAP,Imago"
).split(",")
ORGS_22 = (
    "Globe and Mail,Irish Times,Sydney Morning Herald,Daily Star,Der Standard,La Nacion,Times of Malta,"
    "Bangkok Post,Manila Bulletin,Addis Standard,Prensa Libre,Vreme,Kathimerini,Oslo Press Pool,"
    "Nation Media Group,Weekend Argus"
).split(",")
THE_ORGS_22 = ("The Guardian", "The Herald", "The Scotsman", "The Independent", "The National", "The Tribune")
ROLES_22 = ("Staff Photographer", "Freelance photographer", "Photojournalist", "Chief Photographer")
LANGUAGES_22 = ("Swedish", "Czech", "Hungarian", "Romanian", "Finnish", "Danish", "Turkish", "Arabic")
TOOLS_22 = ("DeepL", "Google Translate", "ChatGPT", "automatic translation software", "an AI system")
YEARS_22 = ("2017", "2019", "2021", "2022", "2024")


def _rest22(rng: random.Random) -> dict[str, str]:
    org = rng.choice(ORGS_22)
    return {
        "org": org,
        "ORG": org.upper(),
        "the_org": rng.choice(THE_ORGS_22),
        "role": rng.choice(ROLES_22),
        "language": rng.choice(LANGUAGES_22),
        "tool": rng.choice(TOOLS_22),
        "year": rng.choice(YEARS_22),
        "dash": rng.choice(("-", "–", "—")),
        "sep": rng.choice((" / ", "/", ", ", " - ", " | ")),
    }


_pick22 = picker(person_agency_day(NAMES_22, list(AGENCIES_22)), _rest22)

HELD_OUT_22 = (
    Family(
        "caption-label-22",
        "WL101",
        _pick22(
            "Top picture: {name}{sep}{org}",
            "Pictured below: {name}{sep}{org}",
            "Cover image: {name}{sep}{org}",
            "Header photo: {name} {dash} {org}",
            "Photograph courtesy of {org}",
            "Picture courtesy of {name}, {org}",
            "Inset: {name}{sep}{org}",
            "Main photo: {name} for {org}",
            "Lead picture: {NAME}{sep}{ORG}",
            "Photograph: {name}{sep}{agency}",
            "Pictured left: {name}{sep}{org}",
            "Feature image: {name} {dash} {org}",
        ),
        stage="sealed-22",
        positions=INLINE4,
    ),
    Family(
        "bar-credit-22",
        "WL101",
        _pick22(
            "{name} | {org}",
            "{name} | {AGENCY}",
            "{NAME} | {agency}",
            "{name} | {the_org}",
            "{name} | {role}",
            "{agency} | {name} | File",
            "{name} | {org} Photo",
            "{name} | {org} / {agency}",
        ),
        stage="sealed-22",
        positions=INLINE4,
    ),
    Family(
        "sentence-notice-22",
        "WL101",
        _pick22(
            "Editorial use only. No merchandising",
            "For editorial use only. Not for sale",
            "No resales. No archives",
            "Mandatory credit. No book sales",
            "Editorial usage only. No commercial use",
            "Not for commercial use. Editorial use only.",
            "Restricted to editorial use. No sales",
            "Mandatory credit: {name}/{agency}. Editorial use only",
        ),
        stage="sealed-22",
        positions=INLINE4,
    ),
    Family(
        "org-photo-22",
        "WL101",
        _pick22(
            "{the_org} photo/{name}",
            "{the_org} picture by {name}",
            "{agency} Photo/{name}",
            "{AGENCY} PHOTO / {NAME}",
            "{org} photo/{name}",
            "{the_org} Photo: {name}",
        ),
        stage="sealed-22",
        positions=INLINE4,
    ),
    Family(
        "amount-notice-22",
        "WL101",
        _pick22(
            "Mandatory credit: {name}/{agency}",
            "Editorial use only. No sales",
            "Photo: {name}/{agency}",
            "Picture: {name}, {year}",
            "NO SALES. NO ARCHIVES",
        ),
        stage="sealed-22",
        positions=(AFTER_AMOUNT, "own-line", "end", "middle"),
    ),
    Family(
        "translation-22",
        "WL102",
        _pick22(
            "Automatically translated from {language}",
            "This text was machine-translated from {language}",
            "Translated with {tool}",
            "Machine-translated by {tool} and reviewed by no editor",
            "Auto-translated from {language} by {tool}",
            "This article has been translated automatically and may contain errors",
        ),
        stage="sealed-22",
        positions=INLINE4,
    ),
)

CONTROLS_22 = (
    "2. {name} | {org}",
    "10) {name} | Leeds United",
    "Live Updates | Election Night",
    "Match Report | Cup Final",
    "{name} | Sports Editor",
    "{name} | Senior Correspondent",
    "The photographer said she could not verify where the image came from.",
    "Sales of photo archives fell 3% last year.",
    "Pictured below the summit, the village was cut off for a week.",
    "The top picture of the year was taken by {name} in {org}'s newsroom.",
    "{name}, who shoots for {org}, won the award.",
    "The Guardian photo desk said it would review the picture.",
    "Editorial independence is guaranteed by law, the minister said.",
    "No merchandising deal has been signed, the club said.",
    "Revenue reached $94m. Mandatory retirement ages were scrapped in 2011.",
    "The report was translated into {language} by the ministry.",
    "{org} said the translation had been done by staff, not software.",
    "Main points of the budget were leaked on Monday.",
)
"""News sentences, headings and bylines that use a leftover's words; a WL1 or WL501 finding on one is false."""


def control22(rng: random.Random) -> str:
    template = rng.choice(CONTROLS_22)
    head = person_agency_day(NAMES_22, list(AGENCIES_22))(rng)
    return template.format(**head, **_rest22(rng))
