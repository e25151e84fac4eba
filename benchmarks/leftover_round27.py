"""Round twenty-seven of held-out leftovers: written by leftovers20 before the twentieth pass changed a rule, sealed.

An outside evaluation on templates nobody in the project had seen found WL1 leftovers at 0.847: agency notices put
between two news sentences of a paragraph found about 4 times in 9, machine-translation notes in free English wording
about 2 times in 3, leftovers dropped inside a sentence the weakest position, and a credit that opens a paragraph
("NAME / OUTLET", "Image source: ORG") read as the next sentence's subject. This round holds those kinds in its own
wordings, names, outlets and tools, the notices mostly in the middle of a paragraph, with look-alike news that uses
the same words (an agency that could not verify footage, archive sales, translation as news, photographers in the
news, credit as finance, translation features of products). It is measured on main and at the end of the pass only.

    python benchmarks/eval_leftovers.py --articles 0 --unseen 0 --round27 900 --untouched 0
"""

from __future__ import annotations

import random

from leftover_injection import Family
from leftover_round7 import person_agency_day, picker

NAMES_27 = (
    "Lotte Jansen,Bogdan Kovalenko,Ama Mensah,Henrik Lund,Paula Vidal,Jun Takahashi,Farah Siddiqui,Ciaran Doyle,"
    "Beatriz Nunes,Oskar Lindqvist,Zeynep Arslan,Mateo Ruiz,Grace Adeyemi,Lukas Hofer"
).split(",")
AGENCIES_27 = "AFP,Reuters,AP,EPA-EFE,dpa,ANP,Belga,Lusa,NTB,CTK,Kyodo,Anadolu,Sipa,ZUMA Press,SOPA Images".split(",")
ORGS_27 = (
    "Indian Navy,Greek Coast Guard,Hellenic Fire Service,Polish Border Guard,NASA,European Space Agency,Civil Defence,"
    "Kenya Wildlife Service,State Emergency Service,Scottish Ambulance Service,Japan Meteorological Agency"
).split(",")
OUTLETS_27 = (
    "Le Figaro,Die Zeit,La Repubblica,The Guardian,NRC,Politiken,Helsingin Sanomat,The Irish Times,Le Soir,Publico,"
    "Liberation,Dagens Nyheter"
).split(",")
COUNTRIES_27 = "France,Japan,Netherlands,Finland,Greece,Turkey,Chile,Argentina,India,Hungary,Romania,Croatia".split(",")
LANGUAGES_27 = "Finnish,Romanian,Italian,French,Czech,Japanese,Swedish,Croatian,Catalan,Danish".split(",")
TOOLS_27 = (
    "Google Translate",
    "DeepL",
    "ChatGPT",
    "Microsoft Translator",
    "an AI tool",
    "machine translation software",
    "an automated system",
)
COMPANIES_27 = ("Samsung", "Google", "Apple", "Xiaomi", "Skype", "WhatsApp", "Amazon", "Oppo")
ASSISTANTS_27 = ("Gemini", "ChatGPT", "Galaxy AI", "Copilot", "Apple Intelligence")
DATES_27 = ("12 March", "3 June 2025", "27/11/2026", "1 October", "2026-04-09")
PLATFORMS_27 = ("Telegram", "TikTok", "X", "YouTube", "Facebook")


def _rest27(rng: random.Random) -> dict[str, str]:
    country, country2 = rng.sample(COUNTRIES_27, 2)
    org = rng.choice(ORGS_27)
    return {
        "org": org,
        "ORG": org.upper(),
        "outlet": rng.choice(OUTLETS_27),
        "country": country,
        "COUNTRY": country.upper(),
        "COUNTRY2": country2.upper(),
        "language": rng.choice(LANGUAGES_27),
        "tool": rng.choice(TOOLS_27),
        "company": rng.choice(COMPANIES_27),
        "assistant": rng.choice(ASSISTANTS_27),
        "date": rng.choice(DATES_27),
        "platform": rng.choice(PLATFORMS_27),
        "name2": rng.choice(NAMES_27),
    }


_pick27 = picker(person_agency_day(NAMES_27, list(AGENCIES_27)), _rest27)

MIDDLE_MOSTLY = ("middle", "middle", "middle", "start", "end", "own-line")
"""Notices go between two news sentences of a paragraph half the time."""

HELD_OUT_27 = (
    Family(
        "notice-middle-27",
        "WL101",
        _pick27(
            "EDITORIAL USE ONLY. NO COMMERCIAL USE. NO ARCHIVING.",
            "MANDATORY CREDIT: {AGENCY} / {NAME}. FOR EDITORIAL USE ONLY",
            "THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. IT CANNOT BE INDEPENDENTLY VERIFIED.",
            "HANDOUT PHOTO - EDITORIAL USE ONLY - NO SALES",
            "NO RESALES. NO ARCHIVES. {COUNTRY} OUT.",
            "Editorial use only, no sales, no archives.",
            "NOT FOR MARKETING OR ADVERTISING CAMPAIGNS",
            "THIS PICTURE WAS PROVIDED BY A THIRD PARTY. {AGENCY} IS UNABLE TO INDEPENDENTLY VERIFY ITS AUTHENTICITY.",
            "ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.",
            "NO USE IN {COUNTRY}. NO ARCHIVES.",
            "For editorial use only; not to be sold or archived.",
            "Strictly editorial use; no commercial or promotional use.",
            "RESTRICTED TO EDITORIAL USE - MANDATORY MENTION OF THE ARTIST UPON PUBLICATION",
            "{COUNTRY} AND {COUNTRY2} OUT. NO COMMERCIAL SALES.",
            "EDITORS NOTE: THIS IMAGE WAS TAKEN BY A THIRD PARTY AND DISTRIBUTED BY {AGENCY}.",
            "MUST CREDIT {ORG}. NO SALES.",
        ),
        stage="sealed-27",
        positions=MIDDLE_MOSTLY,
    ),
    Family(
        "translation-free-27",
        "WL102",
        _pick27(
            "This article was rendered into English by a machine translation tool.",
            "This story was converted from {language} using automated translation software.",
            "Translation: automatic.",
            "Translation: machine-generated; not reviewed by an editor.",
            "AI-assisted translation; reviewed by an editor.",
            "AI-assisted translation, not reviewed by our staff.",
            "Original language: {language}. Translated by {tool}.",
            "[Machine translation from {language}]",
            "*English version produced by automatic translation.*",
            "This text was generated by an automated translation system on {date}.",
            "The English text was produced using {tool}.",
            "We used {tool} to translate this article from {language}.",
            "Automatically translated by {tool} on {date}.",
            "Translated by machine; errors may occur.",
            "English translation generated by AI. The {language} version is authoritative.",
            "This content has been translated using artificial intelligence.",
            "(Translated from {language} by an AI tool and reviewed by {name}.)",
            "Our newsroom translated this report with the help of {tool}.",
        ),
        stage="sealed-27",
        positions=("own-line", "start", "middle", "end", "inside"),
    ),
    Family(
        "credit-inside-27",
        "WL101",
        _pick27(
            "(Photo: {name}/{agency})",
            "Photo: {agency}",
            "{NAME}/{AGENCY}/FILE PHOTO",
            "({AGENCY} PHOTO / {NAME})",
            "Picture: {name}/{agency}",
            "© {name}/{agency}",
            "(Courtesy of the {org})",
            "Photograph: {name} for {outlet}",
            "[Image: {org}]",
        ),
        stage="sealed-27",
        positions=("inside", "inside", "middle"),
    ),
    Family(
        "marker-inside-27",
        "WL102",
        _pick27(
            "(machine translated)",
            "Translated with {tool}",
            "[auto-translated from {language}]",
            "Powered by machine translation",
        ),
        stage="sealed-27",
        positions=("inside", "inside", "middle"),
    ),
    Family(
        "credit-opening-27",
        "WL101",
        _pick27(
            "{name} / {outlet}",
            "{name}/{outlet}",
            "Image source: {org}",
            "Image source: the {org}",
            "Picture source: {outlet}",
            "Image: {org}",
            "Photo: {name} / {outlet}",
            "Source of image: {agency}",
        ),
        stage="sealed-27",
        positions=("start", "start", "start", "own-line"),
    ),
)

CONTROLS_27 = (
    "{company}'s phones offer a Live Translation mode powered by {assistant}.",
    "{company}'s new earbuds include an instant translation feature powered by {assistant}.",
    "The {company} app now translates menus automatically using {assistant}, the company said.",
    "{company} said its translation tool, which runs on {assistant}, had 10 million users.",
    "{agency} could not independently verify the video, which circulated on {platform}.",
    "The agency said it could not verify the footage or say when it was filmed.",
    "Sales of archive footage rose 12% last year, the broadcaster said.",
    "The ministry said the letter had been machine-translated and contained several errors.",
    "Lawyers argued that the contract, translated automatically from {language}, was not binding.",
    "Photographer {name} said she had been held at the border for two hours.",
    "{name}, a photographer for {agency}, was injured in the blast on {Day}.",
    "Credit card lending slowed sharply in the third quarter, the central bank said.",
    "Editors at {outlet} said the picture had been used without their permission.",
    "The {org} released images of the rescue on {Day}, officials said.",
    "No sales of the new model will take place in {country} until the regulator approves it.",
    "Third-party sellers account for most of the platform's revenue, analysts said.",
    "{name}, who writes for {outlet}, said the image had been shared widely.",
    "Image rights for the tournament were sold to a streaming service for $40m.",
)
"""News sentences that use the words of notices, credits and machine-translation notes; a WL1 finding on one is
false."""


def control27(rng: random.Random) -> str:
    return _pick27(*CONTROLS_27)(rng)
