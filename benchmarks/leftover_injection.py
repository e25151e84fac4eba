"""Leftovers to inject into real articles, and news sentences that only look like them.

Shared by ``benchmarks/leftover_fixes.py`` (does ``--fix`` lose news?) and
``benchmarks/eval_leftovers.py`` (recall and false findings). The templates are
written apart from the rules' own examples and vary names, agencies, languages
and layout. Each family has a stage: ``dev`` families were used while writing
the rules; ``tuned`` families were held out, measured once (the figures are in
docs/leftovers-and-mechanics.md) and then used for tuning; ``held-out`` families
were written after that and never used for tuning: their recall is the honest
estimate of how the rules do on wordings they were not written for.

Articles are read from the corpora as plain text (headline, blank line, body),
the way a user's ``.txt`` draft looks. BBC bodies separate paragraphs with blank
lines; Reuters bodies are hard-wrapped wire copy with indented paragraphs.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from eval_numbers import corpora_folder  # the corpora folder above the checkout or worktree

SOURCES = {"bbc": "bbc-news-2004-2005.jsonl", "reuters": "reuters-21578-1987.jsonl"}
POSITIONS = ("own-line", "start", "middle", "end")

FIRST = (
    "Anna Omar Li Maria Jean Sergei Fatma Kenji Lucia Tomasz Aisha Pieter Ingrid Rahul Chen Olga Yusuf Marta".split()
)
LAST = (
    "Berg,Haddad,Wei,Rossi,Dupont,Ivanov,Yilmaz,Sato,Fernandez,Nowak,Bello,de Vries,Larsen,Gupta,Ming,Petrenko,"
    "Kaya,Silva"
).split(",")
AGENCIES = (
    "AFP Reuters AP EPA-EFE dpa ANP ANSA Xinhua Anadolu Sipa Shutterstock ZUMA Alamy NurPhoto Bloomberg Kyodo "
    "Yonhap TASS Belga Lusa"
).split()
UNKNOWN_AGENCIES = "INTERFAX BTA MTI CTK HINA ANA-MPA NTV KATHIMERINI IRNA-WANA PAP".split()
COUNTRIES = "FRANCE JAPAN CHINA GERMANY ITALY SPAIN TURKEY BRAZIL CANADA".split()
LANGUAGES = "French German Spanish Turkish Arabic Russian Chinese Japanese Italian Polish".split()


def name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


@dataclass(frozen=True)
class Family:
    """A kind of leftover: the rule that should find it, and how to write one."""

    name: str
    rule: str
    make: Callable[[random.Random], str]
    stage: str = "dev"
    """``dev``, ``tuned`` (held out, measured, then tuned on) or ``held-out``."""
    inline: bool = True
    """False for leftovers that only ever stand on a line of their own (-- MORE --)."""
    positions: tuple[str, ...] = POSITIONS
    """Where the family is put (round four adds ``inside`` a sentence and ``after-table``)."""

    def cases(self) -> list[str]:
        """The positions this family is injected at."""
        return [p for p in self.positions if self.inline or p in ("own-line", "after-table")]


def _pick(*templates: str) -> Callable[[random.Random], str]:
    def make(rng: random.Random) -> str:
        agency = rng.choice(AGENCIES)
        return rng.choice(templates).format(
            name=name(rng),
            NAME=name(rng).upper(),
            agency=agency,
            AGENCY=agency.upper(),
            unknown=rng.choice(UNKNOWN_AGENCIES),
            country=rng.choice(COUNTRIES),
            country2=rng.choice(COUNTRIES),
            language=rng.choice(LANGUAGES),
            surname=rng.choice(LAST),
        )

    return make


FAMILIES = (
    Family(
        "credit-photo-by",
        "WL101",
        _pick(
            "(Photo by {name}/{agency})",
            "(Photo by {name}/{agency} via Getty Images)",
            "(Picture by {name} / {agency})",
            "(Photograph: {name}/{agency})",
            "(Photo: {agency})",
        ),
    ),
    Family(
        "credit-labelled",
        "WL101",
        _pick(
            "Photo: {name}/{agency}",
            "Picture: {agency}",
            "Image: {agency}",
            "Credit: {name}/{agency}",
            "Photograph by {name}/{agency}",
            "Photo credit: {agency}",
            "Pic: {name}/{agency}",
        ),
    ),
    Family(
        "credit-name-agency",
        "WL101",
        _pick(
            "{name}/{agency}",
            "{name}/{agency}/File Photo",
            "{name}/{agency} via Getty Images",
            "{NAME}/{AGENCY}",
            "{name} / {agency}",
        ),
    ),
    Family(
        "credit-agency-name",
        "WL101",
        _pick(
            "{AGENCY}/{name}",
            "{AGENCY}/{name}/File Photo",
            "{AGENCY} PHOTO / {NAME}",
            "{AGENCY}/{NAME}",
        ),
    ),
    Family(
        "credit-copyright-courtesy",
        "WL101",
        _pick(
            "© {name}/{agency}",
            "© {agency}",
            "(Courtesy of the {surname} family)",
            "Courtesy of {name}",
            "Copyright: {agency}",
        ),
    ),
    Family(
        "notice-capitals",
        "WL101",
        _pick(
            "EDITORIAL USE ONLY. NO SALES. NO ARCHIVES",
            "MANDATORY CREDIT - NO RESALES - {country} OUT",
            "RESTRICTED TO EDITORIAL USE - NO USE IN {country}",
            "NO MARKETING OR ADVERTISING CAMPAIGNS - EDITORIAL USE ONLY",
            "THIS PICTURE WAS SUPPLIED BY A THIRD PARTY. EDITORIAL USE ONLY",
            "HANDOUT - EDITORIAL USE ONLY - NO SALES",
        ),
    ),
    Family(
        "machine-translation-en",
        "WL102",
        _pick(
            "Powered by automated translation",
            "Translated with DeepL",
            "Machine-translated from {language}",
            "This article was translated automatically.",
            "Translated by AI",
            "Auto-translated",
        ),
    ),
    Family(
        "machine-translation-other",
        "WL102",
        _pick(
            "Traduit automatiquement de l'anglais.",
            "Dieser Text wurde automatisch übersetzt.",
            "Traducción automática realizada con IA.",
            "Machinaal vertaald uit het Engels.",
            "Automaticky přeloženo z angličtiny.",
            "Tłumaczenie automatyczne.",
            "Автоматический перевод.",
            "Автоматичний переклад.",
            "Yapay zeka ile çevrilmiştir.",
            "ترجمة تلقائية",
            "本文为机器翻译。",
            "この記事は自動翻訳です。",
            "Tradução automática.",
            "Traduzione automatica a cura di DeepL.",
        ),
    ),
    Family("wire-furniture", "WL105/WL107", _pick("-- MORE --", "ENDS", "(MORE)", "Advertisement"), inline=False),
    # Held out: written with the rest, never used while tuning the rules.
    Family(
        "credit-unknown-agency",
        "WL101",
        _pick(
            "{name}/{unknown}",
            "(Photo by {name}/{unknown})",
            "Photo: {name}/{unknown}",
            "{unknown} PHOTO / {NAME}",
        ),
        stage="tuned",
    ),
    Family(
        "notice-unseen",
        "WL101",
        _pick(
            "FOR EDITORIAL USE ONLY. NOT FOR SALE FOR MARKETING OR ADVERTISING CAMPAIGNS",
            "ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY. NO RESALES. NO ARCHIVES",
            "MUST CREDIT {AGENCY} - NO INTERNET USE - {country} OUT",
            "CREDIT MANDATORY. NO THIRD PARTY SALES. NOT FOR USE IN {country} OR {country2}",
            "EDITORIAL USE ONLY. THE IMAGE CANNOT BE INDEPENDENTLY VERIFIED",
            "Editorial use only. No book cover sales. Mandatory credit.",
        ),
        stage="tuned",
    ),
    Family(
        "machine-translation-free",
        "WL102",
        _pick(
            "This story was machine translated and has not been reviewed.",
            "Automatically translated from {language} using AI.",
            "[AI translation]",
            "Translation generated by an AI tool.",
            "Content translated by Google Translate.",
            "Automated translation by DeepL Pro.",
            "(Machine translation from {language})",
            "Este texto fue traducido automáticamente.",
            "Ez a cikk gépi fordítással készült.",
            "Tämä artikkeli on konekäännetty.",
            "Articolul a fost tradus automat.",
        ),
        stage="tuned",
    ),
)

HELD_OUT = (
    # Written after the rules were tuned; never used to change them.
    Family(
        "credit-unseen-forms",
        "WL101",
        _pick(
            "Foto: {name}/{agency}",
            "(Image: {name} / {AGENCY})",
            "Photograph courtesy of {agency}",
            "{name} | {agency}",
            "Credit: {agency}/{name}",
            "(© {agency})",
            "Image credit: {name} via {agency}",
            "Photo by {name} for {agency}",
        ),
        stage="tuned-2",
    ),
    Family(
        "notice-unseen-2",
        "WL101",
        _pick(
            "NO USE BY {country} MEDIA. EDITORIAL USE ONLY",
            "FOR EDITORIAL USE ONLY - NO COMMERCIAL USE - NO SALES",
            "HANDOUT PHOTO PROVIDED BY {AGENCY}. MANDATORY CREDIT. EDITORIAL USE ONLY",
            "EDITORIAL USE ONLY, NO RESALES, {country} AND {country2} OUT",
            "THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY AND CANNOT BE INDEPENDENTLY VERIFIED",
            "Editorial use only - no merchandising - no archiving",
        ),
        stage="tuned-2",
    ),
    Family(
        "machine-translation-unseen",
        "WL102",
        _pick(
            "Translated from the {language} by machine.",
            "This content was translated with the help of artificial intelligence.",
            "Automatic translation: original in {language}",
            "Note: machine translation from {language}",
            "Translated automatically by Google.",
            "Übersetzung: automatisch (DeepL)",
            "Traducido con ayuda de inteligencia artificial.",
            "Текст переведён автоматически.",
            "Otomatik çeviri.",
            "Przetłumaczono maszynowo.",
            "Κείμενο μεταφρασμένο αυτόματα.",
            "機械翻訳",
        ),
        stage="tuned-2",
    ),
)
HELD_OUT_3 = (
    # Written after the second round of tuning; never used to change the rules.
    Family(
        "credit-third-forms",
        "WL101",
        _pick(
            "(Photo: {name}, {agency})",
            "Picture by {name}, {agency}",
            "{NAME} / {AGENCY} / FILE",
            "Photo courtesy: {agency}",
            "[Photo: {agency}]",
            "Image: {name}/{agency}/Handout",
            "{agency} photo by {name}",
        ),
        stage="held-out",
    ),
    Family(
        "notice-third",
        "WL101",
        _pick(
            "MANDATORY CREDIT: {AGENCY}. NO ARCHIVES. NO SALES.",
            "EDITORIAL USE ONLY. NOT FOR COMMERCIAL USE. {country} OUT.",
            "HANDOUT - NO SALES - NO ARCHIVES - EDITORIAL USE ONLY",
            "RESTRICTED: EDITORIAL USE ONLY. NO BOOK COVERS.",
            "Mandatory credit. Editorial use only. Not for sale.",
        ),
        stage="held-out",
    ),
    Family(
        "machine-translation-third",
        "WL102",
        _pick(
            "(Automatically translated from {language}.)",
            "This report has been machine translated.",
            "AI-generated translation.",
            "Translated by machine; not reviewed by an editor.",
            "Artikel automatisch übersetzt.",
            "Traduction automatique depuis l'anglais.",
            "Автоматический перевод с английского.",
            "Tradotto automaticamente.",
            "Makine çevirisi ile hazırlanmıştır.",
            "翻译：机器翻译",
        ),
        stage="held-out",
    ),
)
ALL_FAMILIES = FAMILIES + HELD_OUT + HELD_OUT_3

CONTROLS = (
    "The agency said it could not independently verify the footage.",
    "Sales of archive recordings rose 12% last year, the label said.",
    "{name}, a photographer for {agency}, was injured in the blast.",
    "The photo, taken by a resident, was shared widely online.",
    "The ministry said the document had been machine-translated.",
    "{agency} reported that talks would resume on Monday.",
    "The image was released by the army, which did not say where it was taken.",
    "Officials said no sales would be allowed in {country} until June.",
    "Editors at the newspaper said the picture had been used without permission.",
    "Translation software firm DeepL raised new funding, the company said.",
    "Getty Images said it would appeal against the ruling.",
    "He translated the speech into English for reporters.",
    "A court in {country} banned the sale of the photographs, lawyers said.",
    "The archive, which holds 2 million images, was handed to the state.",
    "Mr {surname} said the credit crunch had hit sales.",
    "The AFP news agency said its reporter had been released.",
    "Handout pictures released by the navy showed the damaged ship.",
    "Her novel was translated into 30 languages.",
    "The firm uses automated tools to translate manuals, its chief executive said.",
    "The deal covers editorial use of the images, the agency said.",
)


@dataclass(frozen=True)
class Injected:
    text: str
    start: int
    end: int
    """Where the injected string stands in ``text``."""


def load(source: str, count: int, seed: int) -> list[tuple[str, str]]:
    """``count`` articles of a corpus as (id, plain text), a seeded sample."""
    path = corpora_folder() / SOURCES[source]
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    rows = [row for row in rows if len(row["body"].split()) >= 60]
    random.Random(seed).shuffle(rows)
    return [(row["id"], f"{row['headline']}\n\n{row['body'].rstrip()}\n") for row in rows[:count]]


_PARAGRAPH = re.compile(r"(?:^|\n\n|\n(?=    ))")
_SENTENCE_END = re.compile(r"(?<=[a-z0-9%)][.!?])(?=\s+[A-Z])")


def paragraphs(article: str) -> list[tuple[int, int]]:
    """Spans of the body paragraphs (after the headline)."""
    body_start = article.index("\n\n") + 2
    cuts = [body_start] + [m.end() for m in _PARAGRAPH.finditer(article, body_start) if m.end() > body_start]
    cuts.append(len(article.rstrip("\n")))
    spans = []
    for start, end in pairwise(cuts):
        text = article[start:end]
        lead = len(text) - len(text.lstrip())
        stripped = text.strip()
        if stripped:
            spans.append((start + lead, start + lead + len(stripped)))
    return spans


def inject(article: str, leftover: str, position: str, rng: random.Random) -> Injected:
    """Put ``leftover`` into a random body paragraph at ``position``."""
    start, end = rng.choice(paragraphs(article))
    wire = "\n    " in article  # Reuters: paragraphs are indented lines, no blank lines
    if position == "own-line":
        joiner = "\n    " if wire else "\n\n"
        at = end
        text = article[:at] + joiner + leftover + article[at:]
        return Injected(text, at + len(joiner), at + len(joiner) + len(leftover))
    if position == "start":
        text = article[:start] + leftover + " " + article[start:]
        return Injected(text, start, start + len(leftover))
    if position == "end":
        text = article[:end] + " " + leftover + article[end:]
        return Injected(text, end + 1, end + 1 + len(leftover))
    stops = [m.end() for m in _SENTENCE_END.finditer(article, start, end)]
    if not stops:
        return inject(article, leftover, "end", rng)
    at = rng.choice(stops)
    text = article[:at] + " " + leftover + article[at:]
    return Injected(text, at + 1, at + 1 + len(leftover))


def control(rng: random.Random) -> str:
    return _pick(*CONTROLS)(rng)
