"""Rounds nineteen and twenty of held-out leftovers: the shapes an outside evaluation still missed.

Written before the ninth pass changed any rule, from the shapes described in general (not the evaluator's
words): a photographer credited as working for or on behalf of an agency; caption labels that say which
picture (main, top, header, lead, file ...) before NAME - ORGANISATION, the organisation often not on the
pack's list; "AGENCY photo/NAME" run straight into the next sentence; "NAME | AGENCY"; country restrictions
as lists of outs or of places; restriction notices in ordinary case run into the next sentence. Every
position, several agencies and names.

Round nineteen is the development set of the pass (measured at first sight, then tuned on). Round twenty
was written at the same time in other wordings and sealed: measured at first sight and at the end only.
Each has look-alike controls: news sentences that use the same words, score lines that read like a label,
a name and figures, and sports results in capitals where a team is out.

    python benchmarks/eval_leftovers.py --articles 0 --unseen 0 --round19 700 --round20 700 --untouched 0
"""

from __future__ import annotations

import random

from leftover_injection import Family
from leftover_round7 import IN_PARAGRAPH, person_agency_day, picker
from leftover_round14 import places_joined
from leftover_unseen import INLINE4

NAMES_19 = (
    "Sven Olsen,Grace Obi,Lukas Weber,Priya Nair,Omar Haddad,Ana Maria Dias,Sipho Dlamini,Kenji Mori,"
    "Maria Lopez,Jean-Luc Favre,Aoife Nic Giolla,Tomasz Nowak,Leila Farouk,Henrik de Jong"
).split(",")
AGENCIES_19 = (
    "AFP,Reuters,AP,EPA,Xinhua,Anadolu Agency,dpa,Getty Images,Kyodo News,Yonhap,ANSA,ANP,Belga,EFE,PAP,"
    "Scanpix,Keystone,Pixsell,Ritzau Scanpix,Press Trust of India,Bernama,Tanjug,Lusa,TASS,NTB"
).split(",")
ORGS_19 = (
    "Kathimerini,Global Imagens,Gallo Images,Nigerian Tribune,Ostfalia Media,Baltic News Service,Dawn,"
    "The Hindu,El Comercio,Kommersant,Hurriyet,NZ Herald,Le Soir,Irish Examiner,Jutland Post"
).split(",")
"""Organisations a credit may name that the pack's list does not hold."""
PLACES_19 = (
    "FRANCE,GERMANY,ITALY,SPAIN,JAPAN,CHINA,SOUTH KOREA,BELGIUM,SWITZERLAND,AUSTRIA,CANADA,MEXICO,BRAZIL,"
    "NORWAY,SWEDEN,DENMARK,NETHERLANDS,PORTUGAL,GREECE,TURKEY,HONG KONG,TAIWAN,NEW ZEALAND,AUSTRALIA"
).split(",")
LABEL_WORDS = ("Main", "Top", "Header", "Lead", "File", "Cover", "Featured", "Second", "Bottom", "Hero", "Inset")
PICTURE_WORDS = ("picture", "photo", "image", "pic", "photograph")


def _outs(rng: random.Random, joiner: str, count: int) -> str:
    return joiner.join(f"{place} OUT" for place in rng.sample(PLACES_19, count))


def _listed(rng: random.Random, title: bool) -> str:
    """Two to four places as a list with a last joiner: "FRANCE, BELGIUM OR ITALY", "France, Spain and Japan"."""
    chosen = places_joined(rng, "|", title, PLACES_19, (2, 3, 3, 4)).split("|")
    last = rng.choice((" or ", " and ")) if title else rng.choice((" OR ", " AND ", " & "))
    return ", ".join(chosen[:-1]) + last + chosen[-1]


def _rest19(rng: random.Random) -> dict[str, str]:
    label = f"{rng.choice(LABEL_WORDS)} {rng.choice(PICTURE_WORDS)}"
    org = rng.choice(ORGS_19)
    return {
        "org": org,
        "ORG": org.upper(),
        "label": label,
        "LABEL": label.upper(),
        "dash": rng.choice(("-", "–", "—", "-")),
        "outs_slash": _outs(rng, rng.choice(("/", " / ")), rng.choice((2, 3, 4))),
        "outs_comma": _outs(rng, rng.choice((", ", "; ", " - ")), rng.choice((2, 3))),
        "ors": _listed(rng, False),
        "places": _listed(rng, True),
        "score": f"{rng.randint(50, 140)}-{rng.randint(0, 49)}",
        "score2": f"{rng.randint(0, 49)}-{rng.randint(50, 140)}",
    }


_pick19 = picker(person_agency_day(NAMES_19, list(AGENCIES_19)), _rest19)

HELD_OUT_19 = (
    Family(
        "credit-behalf-19",
        "WL101",
        _pick19(
            "Photo by {name} on behalf of {agency}",
            "Picture taken by {name} on behalf of {agency}",
            "Photograph by {name} working for {agency}",
            "Image by {name} for {org}",
            "Photos by {name}, for {agency}",
            "Photo by {name} for the {agency}",
            "PHOTO BY {NAME} ON BEHALF OF {AGENCY}",
            "Photo by {name} on assignment for {agency}",
        ),
        stage="held-out-19",
        positions=INLINE4,
    ),
    Family(
        "caption-label-19",
        "WL101",
        _pick19(
            "{label}: {name} {dash} {org}",
            "{label}: {name} {dash} {agency}",
            "{LABEL}: {NAME} {dash} {ORG}",
            "{label}: {name} {dash} {org}/File",
            "{label} - {name} {dash} {org}",
            "({label}: {name} {dash} {org})",
        ),
        stage="held-out-19",
        positions=INLINE4,
    ),
    Family(
        "agency-photo-19",
        "WL101",
        _pick19(
            "{agency} photo/{name}",
            "{AGENCY} Photo / {name}",
            "{AGENCY} PHOTO/{NAME}",
            "{org} photo/{name}",
            "{agency} Photo/{name}/File",
        ),
        stage="held-out-19",
        positions=INLINE4,
    ),
    Family(
        "pipe-19",
        "WL101",
        _pick19(
            "{name} | {agency}",
            "{NAME} | {AGENCY}",
            "{name} | {org}",
            "Photo: {name} | {org}",
            "{name} | {agency} | File",
        ),
        stage="held-out-19",
        positions=INLINE4,
    ),
    Family(
        "country-list-19",
        "WL101",
        _pick19(
            "{outs_slash}",
            "{outs_comma}",
            "NO USE IN {ors}",
            "NOT FOR USE IN {ors}",
            "{ors} OUT",
            "No use in {places}",
            "No use in {places}.",
        ),
        stage="held-out-19",
        positions=IN_PARAGRAPH,
    ),
    Family(
        "plain-notice-19",
        "WL101",
        _pick19(
            "Editorial use only",
            "For editorial use only",
            "Mandatory credit",
            "Editorial use only, no sales",
            "Not for sale or archive",
            "No archives, no resales",
            "Handout image, editorial use only",
            "Strictly editorial use only",
            "Not for use in {places}",
            "One-time use only, no archiving",
        ),
        stage="held-out-19",
        positions=INLINE4,
    ),
)

HELD_OUT_20 = (
    Family(
        "credit-behalf-20",
        "WL101",
        _pick19(
            "Photograph by {name} on behalf of the {org}",
            "Pic by {name} for {agency}",
            "Photo taken by {name} for {org}",
            "Image: {name} on behalf of {agency}",
            "Picture by {name}, working for {org}",
            "Photographs by {name} on behalf of {AGENCY}",
        ),
        stage="sealed-20",
        positions=INLINE4,
    ),
    Family(
        "caption-label-20",
        "WL101",
        _pick19(
            "{label} {name} {dash} {org}",
            "{label}: {NAME} {dash} {org}",
            "{LABEL}: {name} - {agency}",
            "{label} credit: {name} {dash} {org}",
            "{label}: {name} {dash} {org} via {agency}",
        ),
        stage="sealed-20",
        positions=INLINE4,
    ),
    Family(
        "agency-photo-20",
        "WL101",
        _pick19(
            "{agency} Photo/{NAME}",
            "{AGENCY} photo / {NAME}",
            "{agency} photo / {name}",
            "{ORG} PHOTO / {NAME}",
        ),
        stage="sealed-20",
        positions=INLINE4,
    ),
    Family(
        "pipe-20",
        "WL101",
        _pick19(
            "{name} | {AGENCY}",
            "{NAME} | {org}",
            "Image: {name} | {agency}",
            "{name}|{agency}",
        ),
        stage="sealed-20",
        positions=INLINE4,
    ),
    Family(
        "country-list-20",
        "WL101",
        _pick19(
            "NO USE IN {ors}.",
            "{outs_slash}.",
            "NOT FOR PUBLICATION IN {ors}",
            "No broadcast use in {places}",
            "Not for sale in {places}",
            "NO SALES IN {ors}",
        ),
        stage="sealed-20",
        positions=IN_PARAGRAPH,
    ),
    Family(
        "plain-notice-20",
        "WL101",
        _pick19(
            "Editorial use only, no commercial use",
            "For editorial purposes only",
            "Credit mandatory",
            "No sales, no archives",
            "Not for resale",
            "Editorial use only. Mandatory credit",
            "No commercial use",
            "Not for marketing or advertising use",
        ),
        stage="sealed-20",
        positions=INLINE4,
    ),
)

CONTROLS_19 = (
    "Frame: {name} {score}, {score2}.",
    "Set two: {name} {score}.",
    "Final frame: {name} {score}, {score2}, {score}.",
    "DAVIS CUP - {place} OUT",
    "WORLD CUP - {place} OUT",
    "TENNIS - {place} OUT OF DAVIS CUP",
    "EURO 2024 - {place} OUT, {place2} THROUGH",
    "Top scorer: {name} - {org}.",
    "The photo by {name} for {org} won the prize.",
    "{name} spoke on behalf of {agency} staff at the hearing.",
    "{name} works for {org} in the capital.",
    "Main points: {name} - the new leader - spoke first.",
    "Exports to France, Belgium or Switzerland fell last year.",
    "No sales were recorded in January, the firm said.",
    "Editorial staff use only the back entrance.",
    "Mandatory credit checks were introduced last year.",
    "{agency} photographer {name} was among the injured.",
    "An {agency} photo of the scene was shared widely.",
    "No use in complaining, the coach said.",
    "Sweden out, Norway through after the final round.",
)
"""News sentences and lines that use a leftover's words; a WL1 or WL501 finding on one is false."""


def _control_fields(rng: random.Random) -> dict[str, str]:
    place, place2 = rng.sample(PLACES_19, 2)
    return {"place": place, "place2": place2}


def control19(rng: random.Random) -> str:
    template = rng.choice(CONTROLS_19)
    head = person_agency_day(NAMES_19, list(AGENCIES_19))(rng)
    return template.format(**head, **_rest19(rng), **_control_fields(rng))


control20 = control19
"""Round twenty's controls are the same look-alikes, drawn at its own seed."""
