"""Round twenty-six of held-out leftovers: written by leftovers18 before the eighteenth pass changed a rule, sealed.

An outside evaluation on templates nobody in the project had seen found WL1 at 0.84: agency notices in vocabulary
the scorer did not know (a logo or cropping condition, single use, reproduction or archive prohibitions, use tied
to the story, credit conditions in ordinary case, runs joined by bullets, bars, double dashes or semicolons,
country outs in small letters or in brackets, access lines between fences), credits of shapes it did not read
(a source's label before a platform and a handle, labels in other languages, an image's copyright label, a handout
note run into a sentence), and machine-translation notes naming an assistant or set in emphasis. This round holds
those kinds in its own wordings, names, outlets and languages, with look-alike news that uses the same words
(sales, logos, archives, handouts, translation features of products). It is measured on main and at the end of the
pass only; its misses are read at the end.

    python benchmarks/eval_leftovers.py --articles 0 --unseen 0 --round26 900 --untouched 0
"""

from __future__ import annotations

import random

from leftover_injection import Family
from leftover_round7 import person_agency_day, picker
from leftover_round23 import AFTER_SIGNOFF
from leftover_unseen import INLINE4

NAMES_26 = (
    "Aoife Brennan,Sergei Volkov,Mariana Costa,Kwame Asante,Ingrid Solberg,Rafael Ortega,Mei Chen,Tomasz Zielinski,"
    "Hannah Okafor,Pierre Laurent,Elif Demir,Niamh Walsh,Diego Fuentes,Katarzyna Wrobel"
).split(",")
AGENCIES_26 = ("AFP,Reuters,AP,EPA,dpa,ANSA,EFE,PAP,Yonhap,Xinhua,Anadolu,TASS,Kyodo,Getty Images").split(",")
ORGS_26 = (
    "Ministry of Defence,Ukrainian Presidential Press Service,Metropolitan Police,Israel Defense Forces,"
    "US Coast Guard,Royal Navy,Kremlin Press Office,National Trust,Fire and Rescue Service,Vatican Media,"
    "Philippine Red Cross,Norwegian Refugee Council"
).split(",")
OUTLETS_26 = (
    "Daily Record,Western Mail,The Scotsman,Irish Examiner,Gazeta Wyborcza,Le Monde,El Pais,Corriere della Sera,"
    "Der Standard,De Volkskrant,Aftenposten,The Hindu"
).split(",")
PLATFORMS_26 = ("YouTube", "X", "Telegram", "TikTok", "Instagram", "Facebook", "Twitter", "Weibo")
HANDLES_26 = ("stormwatch_uk", "kyivlive", "cityfirecrew", "raw_footage", "localnews24", "harbourcam", "ngo_relief")
COUNTRIES_26 = (
    "Ireland,Australia,Germany,Brazil,Norway,Italy,Canada,Poland,Spain,Switzerland,Austria,Mexico,"
    "Belgium,Denmark,Portugal,Sweden"
).split(",")
LANGUAGES_26 = "Ukrainian,Polish,Spanish,German,Korean,Portuguese,Dutch,Turkish,Greek,Hungarian".split(",")
ASSISTANTS_26 = ("ChatGPT", "Gemini", "Copilot", "Claude", "an AI assistant", "a large language model", "GPT-4")
COMPANIES_26 = ("Samsung", "Zoom", "Spotify", "Duolingo", "Vodafone", "Lufthansa", "Microsoft", "Meta")
TOPICS_26 = ("the floods", "the election", "the summit", "the wildfires", "the trial", "the strike")


def _rest26(rng: random.Random) -> dict[str, str]:
    country, country2, country3 = rng.sample(COUNTRIES_26, 3)
    org = rng.choice(ORGS_26)
    return {
        "org": org,
        "ORG": org.upper(),
        "outlet": rng.choice(OUTLETS_26),
        "platform": rng.choice(PLATFORMS_26),
        "handle": rng.choice(HANDLES_26),
        "country": country,
        "country2": country2,
        "country3": country3,
        "lcountry": country.lower(),
        "lcountry2": country2.lower(),
        "lcountry3": country3.lower(),
        "COUNTRY": country.upper(),
        "COUNTRY2": country2.upper(),
        "language": rng.choice(LANGUAGES_26),
        "assistant": rng.choice(ASSISTANTS_26),
        "company": rng.choice(COMPANIES_26),
        "topic": rng.choice(TOPICS_26),
        "name2": rng.choice(NAMES_26),
        "sep": rng.choice((" • ", " -- ", " | ", "; ")),
        "sep2": rng.choice((" • ", " -- ", " | ", "; ")),
    }


_pick26 = picker(person_agency_day(NAMES_26, list(AGENCIES_26)), _rest26)

HELD_OUT_26 = (
    Family(
        "notice-vocabulary-26",
        "WL101",
        _pick26(
            "PLEASE DO NOT CROP OR OBSCURE THE {AGENCY} LOGO",
            "The watermark must remain visible and the image may not be cropped.",
            "Strictly one-time use{sep}no archiving",
            "Single use only{sep}credit {agency}{sep2}no resale",
            "REPRODUCTION STRICTLY PROHIBITED{sep}ARCHIVE USE PROHIBITED",
            "Archiving and reproduction prohibited.",
            "This picture may only be used to illustrate the accompanying article about {topic}.",
            "Only to be used alongside coverage of {topic}; no other use permitted.",
            "Use only with credit to {org}. Not for sale.",
            "Must credit: {ORG}{sep}editorial use only",
            "Credit mandatory{sep}{org}{sep2}no commercial use",
            "editorial use only{sep}no {lcountry} rights",
            "({lcountry} and {lcountry2} out - no sales in {lcountry3})",
            "(NO {COUNTRY} RIGHTS; NO SALES)",
            "=== No Access {country} ===",
            "=== NO ACCESS {COUNTRY}, {COUNTRY2} ===",
            "No alterations{sep}no cropping{sep2}editorial purposes only",
            "Image must not be altered or manipulated in any way.",
        ),
        stage="sealed-26",
        positions=INLINE4,
    ),
    Family(
        "credit-shape-26",
        "WL101",
        _pick26(
            "Photo source: the {org}",
            "Supplied image: {org}",
            "Image source: {org}",
            "Video still: {platform}/@{handle}",
            "Screenshot: {platform}/@{handle}",
            "Source: {platform}/@{handle}",
            "Zdj. {name}/{agency}",
            "Foto: {name} / {agency}",
            "Photo : {name} pour {agency}",
            "Foto di {name} ({agency})",
            "Fotografía: {agency}/{name}",
            "Beeld: {name} / {agency}",
            "Fotografia: {name}/{agency}",
            "IMAGE COPYRIGHT {AGENCY}",
            "Image copyright {agency}/{name}",
            "This photograph was released as a handout by the {org}.",
            "{name} / {outlet}",
        ),
        stage="sealed-26",
        positions=(*INLINE4, AFTER_SIGNOFF),
    ),
    Family(
        "translation-marker-26",
        "WL102",
        _pick26(
            "This is an automated translation of a {language}-language article.",
            "This text is a machine translation of the original {language} article.",
            "Translated from {language} with the help of {assistant}.",
            "This story was translated with assistance from {assistant} and checked by an editor.",
            "*This article was translated automatically.*",
            "_Translated by AI from the {language} original._",
            "(Translation produced with {assistant})",
            "The {language} original was translated using {assistant}.",
            "Auto-translated from {language}.",
            "Machine-translated from {language}; the original prevails.",
        ),
        stage="sealed-26",
        positions=INLINE4,
    ),
)

CONTROLS_26 = (
    "The agency said no sales had been completed by {Day}.",
    "Reproduction of the mural was prohibited by the council until 1998.",
    "Use of the club's crest on the shirts was banned by the court.",
    "Archive use climbed by a third last year, the library said.",
    "The {org} supplied images of the damage to local newspapers.",
    "{company} launched AI-assisted translation for its app on {Day}.",
    "{company} now offers real-time translation in 30 languages.",
    "{company} said its translation feature, built on {assistant}, would reach Europe next year.",
    "He said he had used {assistant} to help translate the letter.",
    "Single-use plastics will be banned in {country} from 2026.",
    "{country} and {country2} were knocked out in the group stage.",
    "No access roads to the village were open on {Day}, the {org} said.",
    "The photo, taken by {name} for {outlet}, won a national award.",
    "A video posted on {platform} by a bystander shows the fire.",
    "The handout was released by the {org} on {Day}, officials said.",
    "Fans were told the logo must not be altered on replica shirts.",
    "The ticket is for one-time use only, organisers said.",
)
"""News sentences that use the words of notices, credits and machine-translation notes; a WL1 finding on one is
false."""


def control26(rng: random.Random) -> str:
    return _pick26(*CONTROLS_26)(rng)
