"""Round thirty-one of held-out leftovers: written by leftovers26 before its pass changed a rule, sealed.

Written from the lead's miss categories of the outside evaluation, in wordings of its own: market restrictions
named by a nationality or a country and a kind of outlet or channel ("NO NATIONALITY TABLOIDS", "PRINT OUT IN
COUNTRY", "for distribution outside COUNTRY only") in capitals, small letters and as written; use restrictions in
licensing vocabulary (consent, fees, personal use, one edition, slideshows, betting, fixture lists, stock);
labelled notices and editors' advisories on graphic content, chained by "++", ";" or dashes; a bracketed notice
inside a running sentence; machine-translation notes naming an engine as the producer, "edited machine
translation" and "checked by the desk" tails; and "Translation note:"-style labels before an AI-tool marker in
another EU language. Its look-alikes are news about licences, fees, consent, graphic footage, translation engines,
publication bans in a country, sales and archives.

Sealed: measured at the start commit of the pass and at its end only.

    python benchmarks/eval_leftovers.py --articles 0 --unseen 0 --round31 1000 --untouched 0
"""

from __future__ import annotations

import random
from collections.abc import Callable

from leftover_injection import Family
from leftover_round7 import person_agency_day, picker
from leftover_unseen import INLINE4

NAMES_31 = (
    "Ines Varga,Kwame Boateng,Selin Aydin,Joao Pereira,Mirela Popescu,Henrik Dahl,Amara Nwosu,Lukas Novak,"
    "Dana Friedman,Rafael Ortega,Mei Lin,Ola Nordmann"
).split(",")
AGENCIES_31 = "AFP,Reuters,AP,EPA,dpa,Xinhua,Anadolu,Getty Images,PA,Belga,ANSA,TT,NTB,Ritzau,CTK".split(",")
NATIONS_31 = (
    ("Dutch", "the Netherlands"),
    ("Swedish", "Sweden"),
    ("Polish", "Poland"),
    ("Hungarian", "Hungary"),
    ("Mexican", "Mexico"),
    ("Argentine", "Argentina"),
    ("South African", "South Africa"),
    ("Danish", "Denmark"),
    ("Israeli", "Israel"),
    ("Austrian", "Austria"),
    ("Swiss", "Switzerland"),
    ("Czech", "the Czech Republic"),
    ("Portuguese", "Portugal"),
    ("Norwegian", "Norway"),
    ("Thai", "Thailand"),
    ("Indian", "India"),
    ("Egyptian", "Egypt"),
    ("Nigerian", "Nigeria"),
    ("Romanian", "Romania"),
    ("Greek", "Greece"),
)
LANGUAGES_31 = (
    "Czech,Slovak,Romanian,Greek,Hungarian,Finnish,Estonian,Slovenian,Bulgarian,Dutch,Polish,Catalan"
).split(",")
ENGINES_31 = (
    "DeepL",
    "Google Translate",
    "Microsoft Translator",
    "Amazon Translate",
    "ModernMT",
    "OpenNMT",
    "Marian NMT",
    "NLLB-200",
    "Argos Translate",
    "LibreTranslate",
    "Apertium",
    "SYSTRAN",
    "Lingvanex",
    "eTranslation",
    "Yandex Translate",
    "Bing Translator",
)
DESKS_31 = ("the news desk", "our editors", "the foreign desk", "a duty editor", "the English service")


def market_fields(languages: list[str], desks: tuple[str, ...]) -> Callable[[random.Random], dict[str, str]]:
    """The fields a round's templates draw after the person and agency: two nations (adjective and country), a
    language, an engine and a desk."""

    def draw(rng: random.Random) -> dict[str, str]:
        (nationality, country), (nationality2, country2) = rng.sample(NATIONS_31, 2)
        return {
            "nationality": nationality,
            "NATIONALITY": nationality.upper(),
            "nationality2": nationality2,
            "NATIONALITY2": nationality2.upper(),
            "country": country,
            "COUNTRY": country.upper(),
            "country2": country2,
            "COUNTRY2": country2.upper(),
            "language": rng.choice(languages),
            "engine": rng.choice(ENGINES_31),
            "desk": rng.choice(desks),
        }

    return draw


_pick31 = picker(person_agency_day(NAMES_31, list(AGENCIES_31)), market_fields(LANGUAGES_31, DESKS_31))


def _any_case(make: Callable[[random.Random], str]) -> Callable[[random.Random], str]:
    """The leftover as written, in capitals or in small letters (agencies write their notices all three ways)."""

    def cased(rng: random.Random) -> str:
        text = make(rng)
        return rng.choice((text, text.upper(), text.lower()))

    return cased


HELD_OUT_31 = (
    Family(
        "market-outlets-31",
        "WL101",
        _any_case(
            _pick31(
                "No {nationality} tabloids",
                "No {nationality} or {nationality2} newspapers",
                "{nationality} magazines out",
                "{nationality} and {nationality2} broadcasters out",
                "{nationality} print media out",
                "Not for {nationality} television",
                "Not for use by {nationality} websites",
                "Excluding {nationality} press",
                "Print out in {country}",
                "TV out in {country}",
                "Online out in {country} and {country2}",
                "No subscribers in {country}",
                "No clients in {country} or {country2}",
                "Not to be distributed in {country}",
                "May not be published in {country}",
                "Must not be broadcast in {country}",
                "For use outside {country} only",
                "For distribution outside {country} and {country2} only",
                "Available to clients outside {country} only",
                "No mobile or online use in {country}",
                "{nationality} weeklies out - no {nationality2} websites",
            )
        ),
        stage="sealed-31",
        positions=INLINE4,
    ),
    Family(
        "licensing-31",
        "WL101",
        _pick31(
            "Any use without prior written permission of the copyright holder is forbidden.",
            "Reproduction requires the written approval of {agency}.",
            "Not to be reproduced without express written consent.",
            "A reproduction fee is payable.",
            "Fees apply for commercial use.",
            "Publication fee applies.",
            "Fee payable on publication - no free use.",
            "For personal, non-commercial use only.",
            "Private and non-commercial use only.",
            "Licensed for one edition only.",
            "Valid for a single publication only; no reuse.",
            "No use in slideshows or photo galleries.",
            "Not for use in betting, gaming or fantasy products.",
            "No use in single-club or single-player publications.",
            "Not to be used with unauthorised audio, video or data.",
            "No use with unofficial fixture lists or club badges.",
            "No stock use.",
            "Not for stock libraries or picture banks.",
            "NO USE IN INTERACTIVE GAMES. NO STOCK.",
            "No in-game use; no use by bookmakers.",
        ),
        stage="sealed-31",
        positions=INLINE4,
    ),
    Family(
        "labels-advisories-31",
        "WL101",
        _pick31(
            "Usage terms: press use only, no archiving",
            "Distribution: {agency} clients only ++ no resale",
            "Photo restrictions - no use in {country}; no sales",
            "Rights: one-off editorial use – no syndication",
            "Licence conditions: no cropping ++ credit {agency}",
            "ATTENTION EDITORS - THIS IMAGE CONTAINS GRAPHIC CONTENT",
            "Attention editors: visual coverage of the injured and the dead",
            "EDITORS' ADVISORY: PICTURE SHOWS A DEAD BODY",
            "Warning to editors - distressing images of injury",
            "Editors please note: graphic content; may disturb some viewers",
            "ATTENTION EDITORS - VISUAL COVERAGE OF SCENES OF DEATH ++ EDITORIAL USE ONLY",
            "Caution: graphic footage – for news use only",
            "Advisory to picture desks: this image depicts a fatality",
        ),
        stage="sealed-31",
        positions=INLINE4,
    ),
    Family(
        "bracketed-inside-31",
        "WL101",
        _pick31(
            "(editorial use only)",
            "[NO SALES]",
            "(not for sale in {country})",
            "(no archives, no resale)",
            "[mandatory credit: {agency}]",
            "(NO {NATIONALITY} NEWSPAPERS)",
            "(online out in {country})",
            "[publication fee applies]",
            "(personal use only)",
            "(attention editors: graphic content)",
        ),
        stage="sealed-31",
        positions=("inside", "middle", "end"),
    ),
    Family(
        "mt-engine-31",
        "WL102",
        _pick31(
            "Text translated by {engine}.",
            "This English text was produced by {engine}.",
            "English version produced by {engine} from the {language} original.",
            "Translation: {engine}",
            "Rendered into English by {engine}.",
            "This report was translated from {language} using {engine}.",
            "Edited machine translation from {language}.",
            "Machine translation from {language}, edited by {desk}.",
            "Machine-translated; checked for accuracy by {desk}.",
            "Automatic translation, checked for accuracy by {desk}.",
            "Translated by {engine}; reviewed by {desk}.",
            "{engine} translation from the {language}.",
        ),
        stage="sealed-31",
        positions=INLINE4,
    ),
    Family(
        "mt-eu-ai-31",
        "WL102",
        _pick31(
            "Translation note: Traduit avec un outil d'IA.",
            "Note de traduction : cet article a été traduit à l'aide de l'intelligence artificielle.",
            "Translation note: Přeloženo pomocí nástroje AI.",
            "Poznámka k překladu: Tento článek byl přeložen s využitím umělé inteligence.",
            "Translation note: Mit Hilfe eines KI-Werkzeugs übersetzt.",
            "Translation note: Traducido con una herramienta de IA.",
            "Nota sulla traduzione: tradotto con l'ausilio dell'intelligenza artificiale.",
            "Translation note: Traduzido com recurso a uma ferramenta de IA.",
            "Translation note: Vertaald met behulp van kunstmatige intelligentie.",
            "Translation note: Przetłumaczono za pomocą narzędzia AI.",
            "Translation note: Preložené pomocou nástroja umelej inteligencie.",
            "Translation note: Prevedeno z orodjem umetne inteligence.",
            "Translation note: Mesterséges intelligencia segítségével fordítva.",
            "Translation note: Tradus cu ajutorul inteligenței artificiale.",
            "Translation note: Преведено с инструмент за изкуствен интелект.",
            "Translation note: Μεταφράστηκε με εργαλείο τεχνητής νοημοσύνης.",
            "Translation note: Översatt med hjälp av ett AI-verktyg.",
            "Translation note: Oversat ved hjælp af kunstig intelligens.",
            "Translation note: Käännetty tekoälytyökalun avulla.",
            "Translation note: Tõlgitud tehisintellekti abil.",
            "Translation note: Išversta naudojant dirbtinio intelekto įrankį.",
            "Translation note: Tulkots, izmantojot mākslīgo intelektu.",
        ),
        stage="sealed-31",
        positions=INLINE4,
    ),
)

CONTROLS_31 = (
    "Authorities barred {nationality} newspapers from circulating in the capital, the union said.",
    "The regulator said the magazine must not be published in {country} until the court rules.",
    "{nationality} broadcasters were kept out of the stadium on {Day}, organisers said.",
    "The licence fee will rise by 2% next year, the government said.",
    "Publication fees for academic journals have doubled since 2015, researchers said.",
    "Critics said the council approved the plan without the prior written consent of residents.",
    "The app is free for personal, non-commercial use, the company said.",
    "The broadcaster warned viewers that the documentary contains graphic content.",
    "The footage showed injuries so severe that several channels delayed airing it.",
    "{engine} said its engine now handles {language} legal texts.",
    "Researchers compared {engine} with human translators on 500 news articles.",
    "The club said betting firms may no longer sponsor its youth shirts.",
    "Sales of stock photos rose 12% last year, the agency said.",
    "An archive of {nationality} newspapers was opened to the public on {Day}.",
    "Distribution of aid resumed on {Day}, the UN said.",
    "Online sales in {country} doubled in the quarter, the retailer said.",
    "The translation, produced by volunteers, was checked for accuracy by the author.",
    "The ruling means the memoir may not be published in {country}, her lawyer said.",
    "The ministry banned the weekly from printing in {country} for three months.",
    "Clients in {country} will no longer pay the fee, the bank said.",
    "Fixture lists for the new season will be published on {Day}, the league said.",
    "Editors at the paper voted to strike over the use of artificial intelligence.",
    "{name} said the images of the dead and injured would be shown to the jury.",
    "The outlet said it would stop using machine translation from {language} after complaints.",
)
"""News sentences with the words of notices and machine-translation notes; a WL1 finding on one is false."""


def control31(rng: random.Random) -> str:
    return _pick31(*CONTROLS_31)(rng)
