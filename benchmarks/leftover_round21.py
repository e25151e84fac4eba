"""Round twenty-one of held-out leftovers: the kinds the sealed rounds still missed most, in new wordings.

Written by leftovers11 before the tenth pass changed any rule, from the kinds the lead's brief names in
general (not from an evaluator's templates): caption labels that say which picture or how it was given
("Main picture", "Pictured above", "Image courtesy of") before a name and an organisation, joined by a
dash, comma, slash or bar, the organisation mostly not on the pack's list; credits parted by a bar;
restriction notices in sentence case run into the next sentence; an organisation starting with "The"
before ``photo/NAME``; a notice after an amount with a one-letter unit ("$94m."); a credit with its year;
machine-translation notes in new wordings. Every position, inside a sentence too.

It is sealed: measured at first sight, then at the end of the pass only (never tuned on). Its look-alikes
are news sentences and headings with the same words: list headings parted by a bar ("3. NAME | Club",
"Key Points | Budget Day", a byline "NAME | Political Editor"), news about agencies, sales and archives,
and caption-like news sentences.

    python benchmarks/eval_leftovers.py --articles 0 --unseen 0 --round21 700 --untouched 0
"""

from __future__ import annotations

import random

from leftover_injection import Family, Injected
from leftover_round7 import person_agency_day, picker
from leftover_unseen import INLINE4, inject4

NAMES_21 = (
    "Ines Carvalho,Tunde Adeyemi,Mirela Popescu,Rasmus Dahl,Yara Khalil,Bongani Zulu,Hiroshi Tanaka,"
    "Clara Mendes,Dmitri Volkov,Fiona Gallagher,Karim Benali,Sofia Lindqvist,Mateo Ruiz,Ewa Kowalczyk"
).split(",")
AGENCIES_21 = (
    "AFP,Reuters,AP,EPA,EPA-EFE,Xinhua,Anadolu,dpa,Getty Images,Kyodo,Yonhap,ANSA,ANP,Belga,EFE,PAP,"
    "NTB scanpix,Keystone,Lusa,TASS,Bernama,PA,Sipa,NurPhoto"
).split(",")
ORGS_21 = (
    "Daily Maverick,Straits Times,Sunday Nation,Gazeta Wyborcza,Ouest-France,Rappler,Kyiv Independent,"
    "Dagens Nyheter,Le Temps,Mail & Guardian,Ekathimerini,Nordic Photo Desk,Taipei Times,Jakarta Post,"
    "Cape Argus,Helsingin Sanomat"
).split(",")
"""Organisations a credit may name that the pack's list does not hold."""
THE_ORGS = ("The Hindu", "The Star", "The Nation", "The Citizen", "The Age", "The Standard", "The Times")
YEARS = ("2018", "2019", "2020", "2021", "2022", "2023")
ROLES = ("Staff Photographer", "Contributing Photographer", "Photographer", "Photo Editor", "Staff photographer")
LANGUAGES_21 = ("French", "German", "Spanish", "Portuguese", "Italian", "Polish", "Dutch", "Greek")
TOOLS_21 = ("DeepL", "Google Translate", "an AI tool", "machine translation software", "Microsoft Translator")


def _rest21(rng: random.Random) -> dict[str, str]:
    org = rng.choice(ORGS_21)
    the = rng.choice(THE_ORGS)
    return {
        "org": org,
        "ORG": org.upper(),
        "the_org": the,
        "year": rng.choice(YEARS),
        "role": rng.choice(ROLES),
        "language": rng.choice(LANGUAGES_21),
        "tool": rng.choice(TOOLS_21),
        "dash": rng.choice(("-", "–", "—")),
    }


_pick21 = picker(person_agency_day(NAMES_21, list(AGENCIES_21)), _rest21)

AFTER_AMOUNT = "after-amount"
"""A position of this round: after a sentence that ends on an amount with a one-letter unit ("$94m.")."""
_AMOUNTS = ("$94m", "£3m", "€12bn", "$1.2bn", "R40m", "$7m")


def inject21(article: str, leftover: str, position: str, rng: random.Random) -> Injected:
    """``inject4``, and ``after-amount``: a sentence ending on an amount, then the leftover, at a paragraph's end."""
    if position != AFTER_AMOUNT:
        return inject4(article, leftover, position, rng)
    lead = f"The deal was worth {rng.choice(_AMOUNTS)}."
    placed = inject4(article, f"{lead} {leftover}", "end", rng)
    return Injected(placed.text, placed.start + len(lead) + 1, placed.end)


HELD_OUT_21 = (
    Family(
        "caption-label-21",
        "WL101",
        _pick21(
            "Main picture: {name} - {org}",
            "Top image: {name}, {org}",
            "Pictured above: {name} / {org}",
            "Photograph: {name} | {org}",
            "Image courtesy of {name}, {org}",
            "Image courtesy of {org}",
            "Pictured: {name} {dash} {org}",
            "Above: {name}/{org}",
            "Main image: {name} {dash} {agency}",
            "Lead photograph: {name}, {org}",
            "Photograph: {org}/{name}",
            "Main picture: {name} - NTB scanpix",
            "Photo above: {name} | {org}",
            "MAIN PICTURE: {NAME} - {ORG}",
            "Top picture: {name} for {org}",
        ),
        stage="sealed-21",
        positions=INLINE4,
    ),
    Family(
        "bar-credit-21",
        "WL101",
        _pick21(
            "{name} | {org}",
            "{NAME} | {ORG}",
            "{name} | {agency}",
            "{name} | {the_org}",
            "{name} | {role}",
            "{name} | {org} via {agency}",
            "{agency} | {name}",
            "{name} | {org}/File",
            "Photo | {name} | {org}",
            "{name} | {org} photo",
        ),
        stage="sealed-21",
        positions=INLINE4,
    ),
    Family(
        "sentence-notice-21",
        "WL101",
        _pick21(
            "Editorial use only. No sales.",
            "Editorial use only. No sales",
            "Editorial use only. No book sales",
            "Mandatory credit. Editorial use only",
            "No archiving. No resale.",
            "For editorial use only. No commercial use",
            "Not for resale. Editorial use only",
            "Strictly editorial use. No archives",
            "No sales. No archives. Editorial use only",
            "Editorial use only, no resale, no archive",
            "Mandatory credit: {name}/{agency}",
            "Use for editorial purposes only. No sales",
        ),
        stage="sealed-21",
        positions=INLINE4,
    ),
    Family(
        "org-photo-21",
        "WL101",
        _pick21(
            "{the_org} photo/{name}",
            "{the_org} Photo / {name}",
            "{agency} photo/{name}",
            "{AGENCY} PHOTO: {NAME}",
            "{the_org} photo by {name}",
            "Photo by {agency}/{name}",
        ),
        stage="sealed-21",
        positions=INLINE4,
    ),
    Family(
        "amount-notice-21",
        "WL101",
        _pick21(
            "Mandatory credit {name}/{agency}",
            "Mandatory credit: {agency}",
            "Editorial use only",
            "Picture: {name}, {year}",
            "Photo: {name}/{org}, {year}",
            "EDITORIAL USE ONLY. NO SALES",
        ),
        stage="sealed-21",
        positions=(AFTER_AMOUNT, "own-line", "end", "middle"),
    ),
    Family(
        "translation-21",
        "WL102",
        _pick21(
            "Translated automatically from {language}",
            "This article was machine translated from {language}",
            "Auto-translation by {tool}",
            "Text translated using {tool}",
            "Machine translation: {language} to English",
            "This story was translated with {tool} and not checked by an editor",
        ),
        stage="sealed-21",
        positions=INLINE4,
    ),
)

CONTROLS_21 = (
    "1. {name} | {org}",
    "3. {name} | Real Betis",
    "Key Points | Budget Day",
    "Analysis | The week ahead",
    "{name} | Political Editor",
    "Round 4 | Leeds v Hull",
    "The agency said it could not verify the footage.",
    "Sales of archives rose 4% last year.",
    "Pictured above the harbour, the castle dates from the 12th century.",
    "The main picture this week came from {name}, a freelance photographer.",
    "{name}, a photographer for {org}, was detained on Tuesday.",
    "The image, courtesy of the museum, shows the painting before restoration.",
    "Photographs by {name} are on show at the city gallery.",
    "No sales target was given for the year, the company said.",
    "Mandatory credit checks begin in March.",
    "Editorial use of the archive is free, the museum said.",
    "The Hindu reported the photo was taken in 2019.",
    "The deal was worth $94m. Mandatory reporting rules apply to it.",
    "The document was machine translated, the lawyer said.",
    "{org} said it had not used an AI tool to translate the report.",
)
"""News sentences, headings and bylines that use a leftover's words; a WL1 or WL501 finding on one is false."""


def control21(rng: random.Random) -> str:
    template = rng.choice(CONTROLS_21)
    head = person_agency_day(NAMES_21, list(AGENCIES_21))(rng)
    return template.format(**head, **_rest21(rng))
