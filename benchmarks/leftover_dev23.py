"""The eleventh pass's development set: the kinds of round twenty-three in other wordings, tuned on.

Written by leftovers13 beside the sealed round twenty-three (``leftover_round23.py``), which is never looked at
while the rules change: the rules are developed on this set, and round twenty-three is measured at first sight and
at the end only.

    python benchmarks/eval_leftovers.py --articles 0 --unseen 0 --dev23 400 --untouched 0 --show
"""

from __future__ import annotations

import random

from leftover_injection import Family
from leftover_round7 import person_agency_day, picker
from leftover_round21 import AFTER_AMOUNT
from leftover_round23 import AFTER_SIGNOFF
from leftover_unseen import INLINE4

NAMES_D = ("Greta Holm,Olu Adebayo,Ana Sousa,Jiri Novak,Marta Kowal,Sami Haddad,Lena Vogel,Piotr Zaremba").split(",")
AGENCIES_D = ("AFP,Reuters,AP,EPA-EFE,Xinhua,Anadolu,dpa,ANP,Belga,Lusa,Tanjug,BTA,PAP,Kyodo,Yonhap").split(",")
OUTLETS_D = ("Expressen,Vecernji,Berlingske,Corriere,Kompas,Haaretz,Ouest,Vedomosti,Kathimerini,Dagbladet").split(",")
PLACES_D = ("Austria", "Ghana", "Bolivia", "Nepal", "Latvia", "Tunisia")


def _rest(rng: random.Random) -> dict[str, str]:
    outlet = rng.choice(OUTLETS_D)
    return {"outlet": outlet, "OUTLET": outlet.upper(), "place": rng.choice(PLACES_D), "dash": rng.choice("-–—")}


_pick = picker(person_agency_day(NAMES_D, list(AGENCIES_D)), _rest)

DEV_23 = (
    Family(
        "outlet-credit-dev",
        "WL101",
        _pick("{name} | {outlet}", "{NAME} | {OUTLET}", "Photo: {name} | {outlet}", "{name} / {outlet}"),
        stage="dev-23",
        positions=(*INLINE4, AFTER_SIGNOFF),
    ),
    Family(
        "where-caption-dev",
        "WL101",
        _pick(
            "Above: {name} {dash} {place}",
            "Clockwise from left: {name} {dash} {agency}",
            "From left to right: {name}/{agency}",
            "Bottom left: {name}, {agency}",
            "Foreground: {name} / {agency}",
        ),
        stage="dev-23",
        positions=INLINE4,
    ),
    Family(
        "sentence-notice-dev",
        "WL101",
        _pick(
            "Editorial use only; no sales.",
            "For editorial use only, no archiving.",
            "Not for commercial use; credit required.",
            "No resale; editorial purposes only.",
            "Handout photo; editorial use only.",
            "NOT FOR RESALE, NO ARCHIVES",
        ),
        stage="dev-23",
        positions=(*INLINE4, AFTER_AMOUNT),
    ),
    Family(
        "signoff-credit-dev",
        "WL101",
        _pick("©{name}/{agency}", "© {agency}", "Copyright {agency}/{name}"),
        stage="dev-23",
        positions=(AFTER_SIGNOFF,),
    ),
    Family(
        "translation-dev",
        "WL102",
        _pick(
            "Translated with DeepL and checked by the editor {name}.",
            "Machine-translated; reviewed by {name}.",
            "Automatically translated, edited by {name}.",
            "Translated by AI and proofread by {name}.",
        ),
        stage="dev-23",
        positions=INLINE4,
    ),
    Family(
        "run-on-dev",
        "WL501",
        _pick(
            "Fighting went on for 12-hours.Rescuers arrived later.",
            "The winner was a two-year-old.Police were called.",
            "She won the 100-metres.Her rival fell.",
            "It was a six-month-high.Traders cheered.",
        ),
        stage="dev-23",
        positions=("start", "middle", "end"),
    ),
)

CONTROLS_DEV = (
    "{name} | {outlet} Bureau Chief",
    "Live Coverage | {place} Vote",
    "Above all, the talks must go on, {name} said.",
    "From left to right, the panel disagreed.",
    "The co-author.Com site was down.",
    "The file budget-2024.Pdf was shared.",
    "{outlet} said its archive had been sold.",
)


def control_dev(rng: random.Random) -> str:
    return _pick(*CONTROLS_DEV)(rng)
