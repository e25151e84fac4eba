"""Round twenty-four of leftovers: written by leftovers16 before the twelfth pass changed any rule, then tuned on.

Written from the weak shapes the lead's brief names in general, in names, outlets, agencies and languages no
earlier round used: photo credits whose outlet carries no agency's word (after a slash, a comma or "for", in
brackets, inside a sentence), credit labels in other languages and scripts (a full-width colon, French spacing
before the colon), and credits behind a label of where the picture stands. Every position, inside a sentence too.

It was measured at first sight on main, and then its misses and flagged look-alikes were read: it is the pass's
development set (``leftover_round25.py`` is the sealed one, written after that first sight). Its look-alikes
are the lines such credits are confused with: election candidates with their parties ("Top, NAME/Party"), panels
with their universities, a figure's source ("Source: ONS"), bylines ("By NAME, Reuters"), captions that name who is
pictured, and news sentences about photographers and outlets.

    python benchmarks/eval_leftovers.py --articles 0 --unseen 0 --round24 700 --untouched 0
"""

from __future__ import annotations

import random

from leftover_injection import Family
from leftover_round7 import person_agency_day, picker
from leftover_round23 import AFTER_SIGNOFF
from leftover_unseen import INLINE4

NAMES_24 = (
    "Orla Keegan,Tomasz Wrobel,Adaeze Okafor,Henrik Dahl,Mireille Fontaine,Kenji Watanabe,Paola Greco,"
    "Dmitri Volkov,Siobhan Reilly,Farid Benali,Elina Virtanen,Gustavo Pires,Ruth Abernethy,Chen Jing"
).split(",")
AGENCIES_24 = (
    "AFP,Reuters,AP,EPA-EFE,dpa,Xinhua,Kyodo,ANSA,Belga,Lusa,PAP,CTK,Ritzau Scanpix,Lehtikuva,AAP,Getty Images"
).split(",")
OUTLETS_24 = (
    "The Scotsman,The Age,Le Monde,Haaretz,Libération,Der Spiegel,Aftonbladet,Helsingin Sanomat,Jyllands-Posten,"
    "La Nación,The Hindu,Irish Examiner,Yorkshire Post,Western Mail,Newsday,Politico,Kathimerini,Stuff,Blick,"
    "Ouest-France,El País,Toronto Star,South China Morning Post,The Straits Times"
).split(",")
"""Outlets a credit may name, most with no agency's word in them."""
PARTIES_24 = (
    "Labour,Conservative,Green,SNP,Plaid Cymru,Liberal Democrat,Reform UK,Independent,Sinn Féin,Alliance,"
    "Fianna Fáil,Social Democrats,Democrat,Republican"
).split(",")
UNIVERSITIES_24 = ("Oxford University", "University of Leeds", "Trinity College Dublin", "LSE", "King's College")
PLACES_24 = ("Dundee", "Cardiff", "Galway", "Leeds", "Swansea", "Perth", "Belfast", "Derby")
BODIES_24 = ("ONS", "Eurostat", "the IMF", "Bank of England", "Destatis", "INSEE", "Statistics Canada")


def _rest24(rng: random.Random) -> dict[str, str]:
    outlet = rng.choice(OUTLETS_24)
    return {
        "outlet": outlet,
        "OUTLET": outlet.upper(),
        "name2": rng.choice(NAMES_24),
        "name3": rng.choice(NAMES_24),
        "party": rng.choice(PARTIES_24),
        "party2": rng.choice(PARTIES_24),
        "party3": rng.choice(PARTIES_24),
        "university": rng.choice(UNIVERSITIES_24),
        "university2": rng.choice(UNIVERSITIES_24),
        "place": rng.choice(PLACES_24),
        "body": rng.choice(BODIES_24),
        "pct": str(rng.randint(12, 48)),
    }


_pick24 = picker(person_agency_day(NAMES_24, list(AGENCIES_24)), _rest24)

HELD_OUT_24 = (
    Family(
        "outlet-credit-24",
        "WL101",
        _pick24(
            "Photo: {name}/{outlet}",
            "{name}/{outlet}",
            "(Picture: {name} / {outlet})",
            "PICTURE: {NAME}/{OUTLET}",
            "Photograph: {name}/{outlet}",
            "Pic: {name} / {outlet}",
            "(Photo: {name}, {outlet})",
            "Image: {name} for {outlet}",
            "Photo by {name}/{outlet}",
            "{name}/{outlet}/File",
            "(Image: {outlet})",
            "Photos: {name}/{outlet}",
        ),
        stage="sealed-24",
        positions=(*INLINE4, AFTER_SIGNOFF),
    ),
    Family(
        "foreign-label-24",
        "WL101",
        _pick24(
            "写真：{name}/{agency}",
            "写真：{agency}",
            "摄影：{name}",
            "摄影：{agency}/{name}",
            "Foto: {name}/{agency}",
            "Photo : {name}/{agency}",
            "Crédit photo : {agency}",
            "Fotó: {name}/{agency}",
            "Kuva: {name}/{agency}",
            "Kuva: {agency}",
            "Bild: {name}/{agency}",
            "Фото: {name}/{agency}",
            "Fotografía: {name} ({agency})",
            "Foto : {agency}/{name}",
            "Zdjęcie: {name}/{outlet}",
            "照片：{agency}",
        ),
        stage="sealed-24",
        positions=INLINE4,
    ),
    Family(
        "place-label-24",
        "WL101",
        _pick24(
            "Above: {name}/{outlet}",
            "Below: {name}/{agency}",
            "Main: {name} / {outlet}",
            "Inset: {name}/{agency}",
            "Top: {name}/{agency}",
            "Pictured above: {name}/{outlet}",
            "Left: {name} for {agency}",
            "Above: {NAME}/{AGENCY}",
        ),
        stage="sealed-24",
        positions=INLINE4,
    ),
)

CONTROLS_24 = (
    "Top, {name}/{party}",
    "Top, {name}/{party}\nMiddle, {name2}/{party2}\nBottom, {name3}/{party3}",
    "Left, {name}/{party}; right, {name2}/{party2}",
    "{name}/{party}, {name2}/{party2} and {name3}/{party3} stood in {place} West.",
    "Candidates: {name}/{party}, {name2}/{party2}",
    "{name}/{party} won {pct}% of the vote in {place}.",
    "Panel: {name}/{university}, {name2}/{university2}",
    "Source: ONS",
    "Source: {body}",
    "Sources: {body}, company reports",
    "By {name}, Reuters",
    "By {name}, {outlet} correspondent",
    "Pictured: {name}, the {party} candidate for {place}",
    "Above, {name} ({party}) speaks at the count in {place}.",
    "{name}, a photographer for {outlet}, was injured in the blast.",
    "The {outlet} photographer {name} won the award on {Day}.",
    "Photos of {name} with {outlet} editors circulated online.",
    "Top: {party} {pct}%, {party2} 21%",
    "{name} ({party}) held the seat; {name2} ({party2}) came second.",
    "The image was first published by {outlet} on {Day}.",
)
"""Lines and sentences that look like credits; a WL1 or WL501 finding on one is false."""


def control24(rng: random.Random) -> str:
    return _pick24(*CONTROLS_24)(rng)
