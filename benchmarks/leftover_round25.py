"""Round twenty-five of held-out leftovers: written by leftovers16 after round twenty-four's first sight, sealed.

Round twenty-four was measured on main and then read (its misses and flagged look-alikes guided the twelfth
pass), so it is a development set. This round was written before any rule changed for it, in other wordings,
outlets, names, languages and parties, and is measured only on main and at the end of the pass: the kinds of
round twenty-four (credits whose outlet has no agency's word, labels in other languages and scripts, labels of
where a picture stands) and its look-alikes (candidates with their parties, panels, a figure's source, bylines).

    python benchmarks/eval_leftovers.py --articles 0 --unseen 0 --round25 700 --untouched 0
"""

from __future__ import annotations

import random

from leftover_injection import Family
from leftover_round7 import person_agency_day, picker
from leftover_round23 import AFTER_SIGNOFF
from leftover_unseen import INLINE4

NAMES_25 = (
    "Cormac Doherty,Annika Lindgren,Tiago Mendes,Nadia Petrova,Oluwaseun Adeyemi,Beatriz Lozano,Yuki Tanaka,"
    "Hamid Karimi,Fenella Grant,Jakub Nowak,Zainab Bello,Luca Romano"
).split(",")
AGENCIES_25 = ("AFP,Reuters,AP,EPA,dpa,ANP,Yonhap,Jiji,TT,NTB,Anadolu,PA,Bloomberg,Kyodo News").split(",")
OUTLETS_25 = (
    "The Irish Times,Dagens Nyheter,Le Figaro,Süddeutsche Zeitung,The Globe and Mail,Manchester Evening News,"
    "Belfast Telegraph,The Courier,Evening Express,Diario Sur,The National,NRC,Delfi,Eesti Päevaleht,Dnevnik,"
    "Lidové noviny,Berliner Morgenpost,The Press,Otago Daily Times,Gulf Today"
).split(",")
PARTIES_25 = (
    "Fine Gael,Labour Party,Green Party,DUP,SDLP,Social Democrats,Scottish Conservatives,Welsh Labour,"
    "Liberal Democrats,Independent,Workers' Party,Christian Democrats"
).split(",")
SCHOOLS_25 = ("University of Glasgow", "Cardiff University", "UCD", "Queen's University", "Imperial College")
TOWNS_25 = ("Sligo", "Omagh", "Wrexham", "Stirling", "Kendal", "Truro")


def _rest25(rng: random.Random) -> dict[str, str]:
    outlet = rng.choice(OUTLETS_25)
    return {
        "outlet": outlet,
        "OUTLET": outlet.upper(),
        "name2": rng.choice(NAMES_25),
        "party": rng.choice(PARTIES_25),
        "party2": rng.choice(PARTIES_25),
        "school": rng.choice(SCHOOLS_25),
        "town": rng.choice(TOWNS_25),
        "votes": str(rng.randint(900, 9000)),
    }


_pick25 = picker(person_agency_day(NAMES_25, list(AGENCIES_25)), _rest25)

HELD_OUT_25 = (
    Family(
        "outlet-credit-25",
        "WL101",
        _pick25(
            "Picture: {name}/{outlet}",
            "{name} / {outlet}",
            "(Photograph: {name}/{outlet})",
            "PHOTO: {NAME} / {OUTLET}",
            "Image: {name}/{outlet}",
            "(Pic: {outlet})",
            "Photo credit: {name}/{outlet}",
            "{name}/{outlet}/Handout",
        ),
        stage="sealed-25",
        positions=(*INLINE4, AFTER_SIGNOFF),
    ),
    Family(
        "language-label-25",
        "WL101",
        _pick25(
            "撮影：{name}",
            "攝影：{agency}",
            "写真：{agency}/{name}",
            "Foto : {name} ({agency})",
            "Photo : {agency}",
            "Kuva: {name} / {agency}",
            "Fotó: {agency}",
            "Fotografia: {name}/{agency}",
            "Foto: {outlet}",
            "Bild: {agency}/{name}",
            "Фото: {agency}",
            "사진: {agency}",
        ),
        stage="sealed-25",
        positions=INLINE4,
    ),
    Family(
        "place-label-25",
        "WL101",
        _pick25(
            "Pictured above: {name} / {outlet}",
            "Bottom: {name}/{agency}",
            "Left: {name}/{outlet}",
            "Main image: {name}/{agency}",
            "Top right: {name} / {agency}",
        ),
        stage="sealed-25",
        positions=INLINE4,
    ),
)

CONTROLS_25 = (
    "Bottom, {name}/{party}",
    "Right, {name}/{party}",
    "{name}/{party} ({votes} votes)",
    "Elected: {name}/{party}, {name2}/{party2}",
    "{name}/{party} and {name2}/{party2} were elected in {town}.",
    "Speakers: {name}/{school}, {name2}/{school}",
    "{name}/{school} led the study.",
    "Source: Office for National Statistics",
    "Source: CSO",
    "Source: {agency} calculations",
    "By {name} in {town}",
    "By {NAME}, {outlet}",
    "Pictured: {name} and {name2} at the count",
    "A photographer from {outlet}, {name}, was detained.",
    "{outlet} published photos of the count on {Day}.",
    "Photos of {name} were shared by {party} activists.",
)
"""Lines and sentences that look like credits; a WL1 or WL501 finding on one is false."""


def control25(rng: random.Random) -> str:
    return _pick25(*CONTROLS_25)(rng)
