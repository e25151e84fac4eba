"""Round twenty-three of held-out leftovers: written by leftovers13 before the eleventh pass changed any rule, sealed.

Written from the kinds the lead's brief names in general, in wordings, outlets, agencies and languages no earlier
round used: credits with outlets that carry no paper's or agency's word (parted by a bar, a slash, a dash or a
middle dot), caption labels that say where a picture stands (``Above:``, ``Clockwise from left:``) before a name
and an organisation or a place, restriction notices in sentence case joined by semicolons and commas at the end
of a paragraph of news, and in capitals with new pairs of terms, machine-translation notes in other languages and
free English wordings (a note that names its checker too), run-on sentences after a hyphenated unit, a
number-word compound, a bracketed figure or a quotation, and a copyright credit after the wire's ``Reuter``
sign-off. Every position, inside a sentence too.

It is sealed: measured at first sight on main, then once at the end of the pass (never tuned on). Its look-alikes
are news sentences with the same words (photos, credits, sales, archives, translation, verification), headings
and bylines parted by a bar, and text a run-on check must leave alone (abbreviations, initials, domains, decimals,
file names).

    python benchmarks/eval_leftovers.py --articles 0 --unseen 0 --round23 700 --untouched 0
"""

from __future__ import annotations

import random
import re

from leftover_injection import Family, Injected
from leftover_round7 import person_agency_day, picker
from leftover_round21 import AFTER_AMOUNT, inject21
from leftover_unseen import INLINE4

NAMES_23 = (
    "Agnieszka Zielinska,Kwame Asante,Bruno Ferreira,Leila Haddadi,Sven Nilsson,Hana Dvorakova,Marco Bellini,"
    "Yusuf Oztürk,Niamh Byrne,Pavel Horak,Amara Diallo,Lotte Jensen,Takeshi Mori,Ingrid Solberg,Rafael Ortega"
).split(",")
AGENCIES_23 = (
    "AFP,Reuters,AP,EPA,EPA-EFE,dpa,ANP,Xinhua,Anadolu,Getty Images,TT,NTB,STT-Lehtikuva,CTK,MTI,HINA,Tanjug,"
    "BTA,Agerpres,AAP,Kyodo,Yonhap,Jiji,Bernama,Antara,PTI,IANS,ANI,SPA,WAM"
).split(",")
OUTLETS_23 = (
    "Aftenposten,Politiken,Le Soir,Hurriyet,Dawn,Delo,Dnevnik,Publico,Svenska Dagbladet,Trouw,Ta Nea,"
    "Gulf News,Novinky,Postimees,Kurier,La Repubblica,Al Ahram,Clarin,El Universal,Yomiuri"
).split(",")
"""Outlets a credit may name with no paper's, broadcaster's or agency's word in them."""
PLACES_23 = ("Switzerland", "Norway", "Kenya", "Chile", "Vietnam", "Morocco", "Iceland", "Peru")
COUNTRIES_23 = ("CANADA", "AUSTRALIA", "SWEDEN", "POLAND", "MEXICO", "INDIA", "SOUTH AFRICA", "ISRAEL")
LANGUAGES_23 = ("Norwegian", "Slovak", "Bulgarian", "Estonian", "Latvian", "Slovenian", "Korean", "Hebrew")
TOOLS_23 = ("DeepL", "Google Translate", "an automated system", "AI software", "a translation engine", "Bing")
EDITORS_23 = ("Maria Costa", "John Keane", "Eva Holmberg", "Ali Rahimi", "Sara Lund")


def _rest23(rng: random.Random) -> dict[str, str]:
    outlet = rng.choice(OUTLETS_23)
    return {
        "outlet": outlet,
        "OUTLET": outlet.upper(),
        "place": rng.choice(PLACES_23),
        "COUNTRY": rng.choice(COUNTRIES_23),
        "language": rng.choice(LANGUAGES_23),
        "tool": rng.choice(TOOLS_23),
        "editor": rng.choice(EDITORS_23),
        "dash": rng.choice(("-", "–", "—")),
        "bar": rng.choice((" | ", " / ", " · ", " - ")),
    }


_pick23 = picker(person_agency_day(NAMES_23, list(AGENCIES_23)), _rest23)

AFTER_SIGNOFF = "after-signoff"
"""A position of this round: after the wire's ``Reuter`` sign-off at the end of the story (added when missing)."""
_SIGNOFF = re.compile(r"\n[ \t]*Reuter[ \t]*\n(?:\x03\n?)?\Z")


def inject23(article: str, leftover: str, position: str, rng: random.Random) -> Injected:
    """``inject21``, and ``after-signoff``: the leftover on the line after the ``Reuter`` sign-off or on it."""
    if position != AFTER_SIGNOFF:
        return inject21(article, leftover, position, rng)
    found = _SIGNOFF.search(article)
    head = article[: found.start()] if found else article.rstrip("\n")
    sign = "\n Reuter" if found else "\n\nREUTER"
    joiner = rng.choice(("\n", " ", "\n "))
    text = f"{head}{sign}{joiner}{leftover}\n"
    start = len(head) + len(sign) + len(joiner)
    return Injected(text, start, start + len(leftover))


HELD_OUT_23 = (
    Family(
        "outlet-credit-23",
        "WL101",
        _pick23(
            "{name} | {outlet}",
            "{name}{bar}{OUTLET}",
            "{NAME} | {outlet}",
            "Photo: {name}{bar}{outlet}",
            "Picture: {outlet}",
            "({name}/{outlet})",
            "{name} for {outlet}",
            "Foto: {name}/{agency}",
            "Fotó: {name}/{agency}",
            "Zdjęcie: {name}/{agency}",
            "Photography: {name} · {agency}",
            "Image via {agency}",
            "{agency} via {outlet}",
        ),
        stage="sealed-23",
        positions=(*INLINE4, AFTER_SIGNOFF),
    ),
    Family(
        "where-caption-23",
        "WL101",
        _pick23(
            "Above: {name} {dash} {place}",
            "Clockwise from top-left: {name} {dash} {agency}",
            "Left to right: {name}/{agency}",
            "From left: {name}, {agency}",
            "Below: {name} / {outlet}",
            "Top right: {name}{bar}{agency}",
            "Right: {name} {dash} {outlet}",
            "Background image: {name}/{agency}",
        ),
        stage="sealed-23",
        positions=INLINE4,
    ),
    Family(
        "sentence-notice-23",
        "WL101",
        _pick23(
            "Editorial use only; no commercial use without prior permission.",
            "For editorial purposes only, no resale.",
            "Not for resale; mandatory credit.",
            "No archiving; editorial use only",
            "Usage restricted to news reporting; no merchandising.",
            "Handout image, cannot be independently verified.",
            "Editorial use only, no advertising, no archives.",
            "Credit required; not for sale to third parties.",
            "EDITORIAL USE ONLY; NO ADVERTISING",
            "NO RESALE, NO ARCHIVE, {COUNTRY} OUT",
            "MANDATORY CREDIT; NOT FOR USE IN {COUNTRY}",
            "HANDOUT; NOT FOR SALE; EDITORIAL USE ONLY",
        ),
        stage="sealed-23",
        positions=(*INLINE4, AFTER_AMOUNT),
    ),
    Family(
        "signoff-credit-23",
        "WL101",
        _pick23(
            "©{name}/{agency}",
            "© {agency}/{name}",
            "©{agency}",
            "(c) {name}/{agency}",
            "Copyright {name}/{agency}",
        ),
        stage="sealed-23",
        positions=(AFTER_SIGNOFF, "own-line", "end", "middle"),
    ),
    Family(
        "translation-23",
        "WL102",
        _pick23(
            "Translated with DeepL and checked by the editor {editor}.",
            "This article was automatically translated from {language}; the original is authoritative.",
            "Machine translation, edited by {editor}.",
            "AI-assisted translation from {language}.",
            "Translated by {tool}; may contain errors.",
            "Text translated automatically with {tool}",
            "Automatisk oversatt fra engelsk.",
            "Automaattisesti käännetty.",
            "Automatiškai išversta.",
            "Traducere automată din engleză.",
            "Automatski prevedeno.",
            "Maskinöversatt från engelska.",
            "Vertaald met DeepL.",
            "Übersetzt mit KI.",
            "Traduit par une IA.",
            "Tradotto con l'intelligenza artificiale.",
            "Traduzido por IA.",
            "Μηχανική μετάφραση.",
            "自動翻訳による記事",
            "기계 번역 기사",
        ),
        stage="sealed-23",
        positions=INLINE4,
    ),
    Family(
        "run-on-23",
        "WL501",
        _pick23(
            "The curfew lasted for 24-hours.It follows a week of unrest.",
            "She ran the 10-kilometre.Her time was a record.",
            "The team has a twenty-one-man squad.Injuries hit it hard.",
            "It was his forty-second.He plans another.",
            "The strike lasted 48-hours.Talks resume on {Day}.",
            "Output fell (3.1%).Economists were surprised.",
            "He said it was \"over\".Officials disagreed.",
            "The match ended goalless!Fans booed.",
        ),
        stage="sealed-23",
        positions=("start", "middle", "end"),
    ),
)

CONTROLS_23 = (
    "{name} | {outlet} Correspondent",
    "Live Blog | {place} Election",
    "Results | Round Two",
    "The newspaper {outlet} published the photo on its front page.",
    "Above all, {place} needs investment, the minister said.",
    "From left to right, the parties agreed on the budget.",
    "Clockwise rotation of the turbines was stopped, engineers said.",
    "Editorial staff at {outlet} went on strike over pay.",
    "No resale of tickets will be allowed, the club said.",
    "Archives of the trial were opened to historians in 2019.",
    "The footage could not be independently verified by {outlet}.",
    "Credit ratings agencies cut {place}'s rating.",
    "The book was translated from {language} by two students.",
    "DeepL and Google compete for business customers, analysts said.",
    "The machine-translated manual confused users, the firm admitted.",
    "Shares of Nokia Oyj. rose after the results.",
    "The file report.pdf was sent to the U.N. on {Day}.",
    "Growth was 2.5 pct in Q.3, said J.P. Morgan.",
    "Visit example.com/news for details, the site said.",
    "It lasted 24 hours. The next step is unclear.",
    "He took a photo of the crowd and posted it on Instagram.",
    "Handout payments to farmers rose 8%, the ministry said.",
)
"""News sentences, headings and text a run-on check must leave quiet; a WL1 or WL501 finding on one is false."""


def control23(rng: random.Random) -> str:
    return _pick23(*CONTROLS_23)(rng)
