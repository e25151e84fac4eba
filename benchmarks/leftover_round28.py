"""Round twenty-eight of held-out leftovers: written by leftovers21 before the twenty-first pass changed a rule, sealed.

Notices in lower or title case with the separators agencies use ("//", "::", "=="), country-outs in title case,
selling the picture may not serve in a "not to be used for" frame, machine-translation notes that name a tool as
the maker of the English ("Original in LANGUAGE, English by TOOL"), lowercase notes inside a sentence, credits under
a head ("Origin of photo:") or in Slavic languages, and look-alikes: product features with translation in the news,
quoted signs and banners in capitals, a picture's origin as news. Measured on main and at the end of the pass only.

    python benchmarks/eval_leftovers.py --articles 0 --unseen 0 --round28 900 --untouched 0
"""

from __future__ import annotations

import random

from leftover_injection import Family
from leftover_round7 import person_agency_day, picker

NAMES_28 = (
    "Ines Moreau,Tomasz Wrobel,Nadia Haddad,Sven Aalto,Keiko Mori,Rafael Duarte,Olu Bankole,Marta Novak,"
    "Dmitri Orlov,Siobhan Kerr,Anil Mehta,Petra Dvorak"
).split(",")
AGENCIES_28 = "AFP,Reuters,AP,EPA,dpa,ANSA,TASR,PAP,Xinhua,Anadolu,Getty Images,Bloomberg".split(",")
ORGS_28 = (
    "Ministry of Defence,Coast Guard,Presidential Office,City Council,Fire Brigade,Royal Navy,Interior Ministry,"
    "Red Cross,Border Police"
).split(",")
COUNTRIES_28 = "Peru,Ghana,Qatar,Norway,Vietnam,Morocco,Poland,Ecuador,Nepal,Portugal,Serbia,Kenya".split(",")
LANGUAGES_28 = "Georgian,Malay,Slovak,Estonian,Tagalog,Latvian,Greek,Hebrew,Bengali,Thai".split(",")
TOOLS_28 = ("SYSTRAN", "Youdao", "Papago", "Baidu Translate", "Yandex Translate", "an AI system", "DeepL")
APPS_28 = ("Pixel", "Galaxy", "Teams", "Zoom", "WeChat", "Line", "Viber")
FEATURES_28 = ("Live Caption Translate", "Speak Translate", "Call Assist", "Chat Translate", "Voice Interpreter")
ASSISTANTS_28 = ("Gemini", "Copilot", "Claude", "Llama", "on-device AI")
SLAVIC_CREDIT_28 = ("Фото", "Фотография", "Fotky", "Zdjęcie", "Foto", "Fotografie", "Снимка", "Фото")


def _rest28(rng: random.Random) -> dict[str, str]:
    country, country2 = rng.sample(COUNTRIES_28, 2)
    org = rng.choice(ORGS_28)
    return {
        "org": org,
        "ORG": org.upper(),
        "country": country,
        "COUNTRY": country.upper(),
        "Country2": country2,
        "lcountry": country.lower(),
        "language": rng.choice(LANGUAGES_28),
        "tool": rng.choice(TOOLS_28),
        "app": rng.choice(APPS_28),
        "feature": rng.choice(FEATURES_28),
        "assistant": rng.choice(ASSISTANTS_28),
        "slavic": rng.choice(SLAVIC_CREDIT_28),
    }


_pick28 = picker(person_agency_day(NAMES_28, list(AGENCIES_28)), _rest28)

HELD_OUT_28 = (
    Family(
        "notice-case-28",
        "WL101",
        _pick28(
            "handout :: provided by the {org} :: editorial use only",
            "{Country2} Out // No Sales // No Archives",
            "({lcountry} out. no resales)",
            "== Image Supplied By The {org}, Cannot Be Independently Verified ==",
            "the authenticity of this picture could not be independently verified",
            "({COUNTRY} - OUT)",
            "Not for use in advertising or promotions.",
            "Must not be used for marketing or publicity.",
            "NOT TO BE USED FOR COMMERCIAL PURPOSES.",
            "No covers. No publicity use.",
            "Single-use rights only // usage within 24 hours",
            "Not for publicity or sponsorship.",
            "May not be used in advertising.",
        ),
        stage="sealed-28",
        positions=("middle", "middle", "end", "own-line", "inside", "start"),
    ),
    Family(
        "translation-tool-28",
        "WL102",
        _pick28(
            "Original in {language}, English by {tool}.",
            "Translation by {tool}, no human review.",
            "(Text machine-translated, may contain errors)",
            "translated with the help of {tool}.",
            "The English text was produced automatically.",
            "This English version was made by machine.",
            "Our staff have not checked this automated translation.",
            "Original: {language}. English: {tool}.",
        ),
        stage="sealed-28",
        positions=("own-line", "start", "middle", "end", "inside"),
    ),
    Family(
        "credit-head-28",
        "WL101",
        _pick28(
            "{slavic}: {name}",
            "({slavic}: {name}/{agency})",
            "Origin of image: {agency}",
            "Photo courtesy of: the {org}",
            "Copyright for the photo: {name}/{agency}",
            "Source for picture: {agency} Photo/{name}",
            "Credit for the image: {org}",
        ),
        stage="sealed-28",
        positions=("own-line", "start", "end", "middle"),
    ),
)

CONTROLS_28 = (
    "The {app} app's new {feature} feature, powered by {assistant}, works in 30 languages.",
    "Users can turn on {feature} in the settings, which relies on {assistant}, the company said.",
    "The phone's {feature} mode, driven by {assistant}, translates calls as they happen.",
    "Errors in a machine-translated road sign went viral after a tourist shared pictures of it.",
    "A placard read: NO ENTRY FOR UNAUTHORISED VEHICLES, witnesses said.",
    "Marchers carried banners saying NOT FOR SALE and NO COMMERCIAL FISHING past the harbour.",
    "The poster, bearing the words EDITORIAL USE ONLY, was later removed by staff.",
    "The origin of the photo has been disputed by the {org}, which says it was taken in {country}.",
    "The {org} said the image could not be independently verified but was being examined.",
    "The land is not to be used for commercial purposes under the agreement, the mayor said.",
    "{name} said the picture had been used in advertising without her consent.",
    "Translation by volunteers made the report available in {language} within a week.",
    "The original in {language} was lost in a fire in 1921, historians say.",
    "{country} out of the World Cup after a 2-1 defeat, fans left the stadium in silence.",
)
"""News sentences with the words or shapes of notices, credits and notes; a WL1 finding on one is false."""


def control28(rng: random.Random) -> str:
    return _pick28(*CONTROLS_28)(rng)
