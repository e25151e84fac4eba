"""Round four of held-out leftovers: written before any rule was changed for them, never tuned on.

Written from the kinds issue 14 lists, the way an outside evaluator would: every
credit label and separator in several orders and cases, agencies in and out of
the rules' list, notices and machine-translation notes never seen before, run-on
sentences, and two new places to put a leftover: ``inside`` a sentence between
two words (no punctuation around it) and ``after-table`` (appended to a line that
ends in a figure, such as a row of a results table). Look-alike controls use the
same words in news sentences.

These families measure the rules; they are not examples to tune on. A later round
that tunes on them must write a fresh round and report both.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from leftover_injection import POSITIONS, Family, Injected, inject

NAMES = (
    "Li Wei,Nguyen Van An,Kwame Mensah,Sofia Lindqvist,Hamid Karimi,Sean O'Brien,Jean-Pierre Muller,Ana Sousa,"
    "Park Ji-hoon,Yuki Tanaka,Mateusz Kowalski,Emeka Obi,Ines Garcia,Lars Eriksen,Dmitry Orlov,Fatima Zahra,"
    "Giorgos Pappas,Ruth McKenzie,Ahmad al-Masri,Katarzyna Wojcik"
).split(",")
KNOWN = "AFP Reuters AP EPA-EFE dpa ANSA Xinhua Anadolu Getty Images Kyodo Yonhap TASS Belga Lusa ZUMA Sipa".split()
KNOWN = ["Getty Images" if a == "Getty" else a for a in KNOWN if a != "Images"]
UNKNOWN = (
    "Nordic Press,PAP,WAFA,Tanjug,Agencia Brasil,Ritzau,STT-Lehtikuva,Prensa Latina,Keystone-SDA,SPA,QNA,APA,"
    "CTK,Hina,Bernama,Vietnam News Agency"
).split(",")
LANGUAGES = "Spanish Portuguese Dutch Polish Greek Korean Hindi Swedish Czech Arabic".split()
COUNTRIES = "SWITZERLAND,AUSTRIA,NORTH KOREA,BELGIUM,SOUTH AFRICA,NEW ZEALAND,MEXICO,INDIA,POLAND".split(",")


def _fill(template: str, rng: random.Random) -> str:
    agency = rng.choice(KNOWN + UNKNOWN)
    other = rng.choice(KNOWN + UNKNOWN)
    person = rng.choice(NAMES)
    return template.format(
        name=person,
        NAME=person.upper(),
        agency=agency,
        AGENCY=agency.upper(),
        agency2=other,
        unknown=rng.choice(UNKNOWN),
        known=rng.choice(KNOWN),
        language=rng.choice(LANGUAGES),
        country=rng.choice(COUNTRIES),
        country2=rng.choice(COUNTRIES),
        year=rng.choice(("2023", "2024", "2025")),
        n=rng.choice(("3", "12", "4.5", "250", "1,200")),
        m=rng.choice(("2", "7", "15", "1.8")),
    )


def _pick(*templates: str) -> Callable[[random.Random], str]:
    def make(rng: random.Random) -> str:
        return _fill(rng.choice(templates), rng)

    return make


INLINE4 = (*POSITIONS, "inside", "after-table")
LINE4 = ("own-line", "after-table")

HELD_OUT_4 = (
    Family(
        "credit-4-labelled",
        "WL101",
        _pick(
            "{agency} photo by {name}",
            "{AGENCY} PHOTO BY {NAME}",
            "Picture by {name}, {agency}",
            "Photo by {name} | {agency}",
            "Photo: {agency} / {name}",
            "Photograph: {name} for {agency}",
            "Photo · {name} · {agency}",
            "Image: {name}; {agency}",
            "(Photo: {name} - {agency})",
            "[Picture: {agency}/{name}]",
            "(File photo: {agency})",
            "Handout photo: {agency}",
            "Pool photo via {agency}",
            "Photo © {name} / {agency}",
            "© {year} {agency}",
            "Credit: {agency} via {agency2}",
            "Courtesy: {agency}",
            "Source: {agency}",
            "Video grab: {agency}",
            "Screengrab/{agency}",
            "(Video grab via {agency})",
            "Pic: {AGENCY}",
            "Foto: {name} ({agency})",
            "photo: {name}/{agency}",
            "PHOTO: {NAME}/{AGENCY}",
            "Image courtesy of {agency}",
            "Photo by {name} via {agency}",
            "photograph by {name}/{agency} via Getty Images",
            "Image: {agency}/Handout via {agency2}",
            "Credit - {name}/{agency}",
            "(Picture: {name}, {agency}, File)",
        ),
        stage="held-out-4",
        positions=INLINE4,
    ),
    Family(
        "credit-4-bare",
        "WL101",
        _pick(
            "{name}/{unknown}",
            "{name} / {unknown} / File",
            "{AGENCY}/{name}/Handout",
            "{name}/Pool/{known}",
            "{NAME} / {unknown}",
            "{unknown}/{name}",
            "{name}/{known}/Handout via {agency2}",
            "({name}/{unknown})",
            "[{known}/{name}]",
            "{name} for {known}",
            "{unknown} photo/{name}",
            "Handout/{unknown}",
            "Pool/{known}/File",
        ),
        stage="held-out-4",
        positions=INLINE4,
    ),
    Family(
        "notice-4",
        "WL101",
        _pick(
            "EDITOR'S NOTE: THIS IMAGE WAS PROVIDED BY A THIRD PARTY.",
            "THIS IMAGE WAS PROVIDED BY A THIRD PARTY",
            "FOR EDITORIAL USE ONLY. NOT FOR SALE FOR MARKETING OR ADVERTISING CAMPAIGNS",
            "NO USE FOR MARKETING. EDITORIAL USE ONLY",
            "NOT FOR USE IN PRINT OR ONLINE IN {country}",
            "NO SALES. NO ARCHIVES. ONE TIME USE ONLY",
            "EDITORIAL USE ONLY - NO THIRD PARTY SALES - NOT FOR RESALE - {country} OUT",
            "MANDATORY CREDIT: PHOTO BY {NAME}/{AGENCY}. EDITORIAL USE ONLY",
            "RESTRICTED TO EDITORIAL USE. NO USE IN CONNECTION WITH SPONSORS",
            "Strictly editorial use only. No commercial use.",
            "FOR USE ONLY AS ILLUSTRATION OF THIS STORY. NO RESALE",
            "{country} OUT, {country2} OUT",
            "HANDOUT IMAGE - NO RESALE - EDITORIAL USE ONLY",
            "ATTENTION EDITORS: {AGENCY} IS UNABLE TO INDEPENDENTLY VERIFY THIS IMAGE",
            "NO COMMERCIAL OR BOOK SALES",
            "EDITORIAL USE ONLY, NO COVERS",
            "Editorial use only; no commercial use; no archiving.",
            "For editorial use only. Not for sale for marketing or advertising campaigns.",
            "NO ONLINE OR INTERNET USE WITHOUT PERMISSION. NO SALES",
            "EDITORS NOTE: NO ARCHIVES, NO RESALES",
        ),
        stage="held-out-4",
        positions=INLINE4,
    ),
    Family(
        "translation-4",
        "WL102",
        _pick(
            "This article was translated by an AI model.",
            "(Translated using machine translation software.)",
            "Automatic translation provided by Google.",
            "Content auto-translated from {language}.",
            "This text has been automatically translated and may contain errors.",
            "Machine translation: {language} original",
            "Translated by ChatGPT.",
            "[Machine-translated]",
            "AI-translated; not reviewed",
            "This is a machine translation.",
            "Note: This story was translated with the help of AI.",
            "Article traduit par intelligence artificielle.",
            "Maschinell übersetzt aus dem Englischen.",
            "Traducción generada automáticamente.",
            "Texto traduzido automaticamente.",
            "Questo testo è stato tradotto automaticamente.",
            "Automatisch vertaald met DeepL.",
            "Artykuł przetłumaczony automatycznie.",
            "Strojově přeloženo.",
            "Texten är maskinöversatt.",
            "Artiklen er automatisk oversat.",
            "Konekäännetty teksti.",
            "Automatikusan fordított szöveg.",
            "Text tradus automat.",
            "Μεταφράστηκε αυτόματα.",
            "Automatski prevedeno.",
            "Strojno prevedeno.",
            "Automatiškai išversta.",
            "Automātiski tulkots teksts.",
            "Masintõlgitud tekst.",
            "ترجمة آلية من الإنجليزية",
            "Bu metin otomatik olarak çevrilmiştir.",
            "Перевод выполнен нейросетью.",
            "Текст перекладено автоматично.",
            "本文由人工智能翻译。",
            "（机器翻译）",
            "本記事はAIによる自動翻訳です。",
        ),
        stage="held-out-4",
        positions=INLINE4,
    ),
    Family(
        "furniture-4",
        "WL105/WL106",
        _pick(
            "— ENDS —",
            "++ ENDS ++",
            "- 30 -",
            "(END)",
            "-- END --",
            "EMBARGOED UNTIL 0001 GMT 12 MAY",
            "Under embargo until 10:00 CET",
            "Embargo: not for publication before 06:00 BST",
        ),
        stage="held-out-4",
        inline=False,
        positions=LINE4,
    ),
    Family(
        "run-on-4",
        "WL501",
        _pick(
            "The company paid ${m}bn (£{n}m).Analysts had expected less.",
            "Sales reached £{n}m.The rest went to charity.",
            "It was a tough year...Investors stayed away.",
            "They waited an hour.A spokesman declined to comment.",
            "Output rose {m}%.Economists were surprised.",
            "The vote was close (52-48).Opposition leaders cried foul.",
            "It was not enough!Critics said the plan had failed.",
            "Who pays?Nobody knows yet.",
            "The talks ended in 2004.It was the last meeting.",
            'He said: "We will win."The crowd cheered.',
            "The match ended 2-1.Fans celebrated late into the night.",
            "The index rose {n} points…Traders were cautious.",
            "It sold 10,000 units.Rivals cut prices.",
            "The summit was held at the UN.Leaders agreed a plan.",
            "Growth was 0.5pc.Officials blamed the weather.",
            "Nobody was hurt, police said.I saw the smoke, one man said.",
        ),
        stage="held-out-4",
        positions=POSITIONS[1:],
    ),
)

CONTROLS_4 = (
    "The photo by the agency's photographer won a prize.",
    "Courtesy of the hosts, dinner was served on the terrace.",
    "Xinhua reported that the talks had ended without a deal.",
    "The museum allows editorial use of its archives, a spokesman said.",
    "The ministry said the letter had been translated by a machine, not a person.",
    "A Kyodo News photographer was among those hurt.",
    "Picture this: a city without cars, the mayor said.",
    "Credit where it is due: the team played well.",
    "Image rights were at the heart of the dispute, lawyers said.",
    "Sources said the deal was close.",
    "No sales were recorded in January, the company said.",
    "Editorial staff at the paper went on strike on Monday.",
    "The handout, a leaflet, was given to voters at the station.",
    "Third-party sellers account for half of the site's sales.",
    "The images could not be independently verified by the BBC.",
    "The Yonhap news agency said the missile flew 600 km.",
    "Getty Images photographer {name} won the award.",
    "Screen grabs of the video circulated on social media.",
    "Machine translation tools such as DeepL are used by millions.",
    "Via Rail cut services to Quebec.",
    "TASS said the plane landed safely in Moscow.",
    "PAP, the Polish news agency, said the minister had resigned.",
    "Photographers from AFP, Reuters and AP were allowed in.",
    "The pool of reporters travelling with the president was small.",
    "He paid $5m (£3m). Analysts said it was cheap.",
    "The U.S.-led force left in 2011, the report said.",
    "Shares of Amazon.com rose 3.5% in New York.",
    "The translation was done automatically, critics complained, and was full of errors.",
    "Photo booths were set up at the entrance for visitors.",
    "Source material for the film came from {agency} archives.",
    "The agency's photo editor, {name}, said the image was genuine.",
    "Embargoes on arms sales to the region remain in force.",
)
"""News sentences that use a leftover's words; a WL1 or WL501 finding on one is false."""

_TABLE_ROW = re.compile(r"[^\n]*\d[%)]?[ \t]*$(?=\n    |\n\n|\n?\Z)", re.MULTILINE)
"""A line ending in a figure that ends a paragraph or a row (the next line is indented, blank or absent)."""
_WORD_GAP = re.compile(r"(?<=[a-z,]) (?=[a-z])")


def inject4(article: str, leftover: str, position: str, rng: random.Random) -> Injected:
    """``inject`` with two more places: ``inside`` a sentence and ``after-table`` (a line ending in a figure)."""
    if position == "inside":
        body = article.index("\n\n") + 2
        gaps = [m.start() for m in _WORD_GAP.finditer(article, body)]
        if not gaps:
            return inject(article, leftover, "middle", rng)
        at = rng.choice(gaps)
        text = article[:at] + " " + leftover + article[at:]
        return Injected(text, at + 1, at + 1 + len(leftover))
    if position == "after-table":
        body = article.index("\n\n") + 2
        rows = [m.end() for m in _TABLE_ROW.finditer(article, body) if len(m.group().split()) >= 2]
        if not rows:
            return inject(article, leftover, "end" if rng.random() < 0.5 else "own-line", rng)
        at = rng.choice(rows)
        joiner = "\n" if rng.random() < 0.5 else " "
        text = article[:at] + joiner + leftover + article[at:]
        return Injected(text, at + len(joiner), at + len(joiner) + len(leftover))
    return inject(article, leftover, position, rng)


def control4(rng: random.Random) -> str:
    return _fill(rng.choice(CONTROLS_4), rng)


HELD_OUT_5 = (
    # Written at the same time as round four's first measurement, before any rule was changed,
    # and sealed: measured once, after the changes, never looked at while tuning.
    Family(
        "credit-5",
        "WL101",
        _pick(
            "Photo by {name} / {agency} / Getty Images",
            "(Photograph by {name} for {agency})",
            "Picture: {name} ({agency})",
            "PICTURE: {agency}",
            "Image by {name} via {agency}",
            "Pic by {name}/{agency}",
            "Credit: {name} / {unknown}",
            "(Credit: {agency})",
            "Photo credit - {agency}/{name}",
            "©{agency}",
            "© {name}",
            "(© {year} {name}/{agency})",
            "{name} | {unknown} | File",
            "{AGENCY} / {NAME} / HANDOUT",
            "{agency} file photo",
            "File photo by {name}/{agency}",
            "Handout via {agency}",
            "Courtesy {agency}",
            "Screenshot: {agency}",
            "Video still: {agency} via {agency2}",
            "Photo courtesy of {name}",
            "Illustration: {name}/{agency}",
            "{name}/{unknown}/Handout",
            "(Pool photo by {name}/{agency})",
        ),
        stage="held-out-5",
        positions=INLINE4,
    ),
    Family(
        "notice-5",
        "WL101",
        _pick(
            "EDITORIAL USE ONLY. NO COMMERCIAL USE. NO MERCHANDISING",
            "NOT FOR SALE. EDITORIAL USE ONLY. CREDIT MANDATORY",
            "EDITORS NOTE: THIS IMAGE HAS BEEN PROVIDED BY A THIRD PARTY AND CANNOT BE VERIFIED",
            "NO RESALES. NO ARCHIVES. {country} OUT",
            "USE ONLY IN CONNECTION WITH THIS STORY - MANDATORY CREDIT",
            "NOT FOR USE IN ADVERTISING",
            "FREE FOR EDITORIAL USE ONLY, NO SALES",
            "Editorial use only. Not for resale. No archiving.",
            "No merchandising. No book covers. Editorial use only.",
            "RESTRICTIONS: EDITORIAL USE ONLY, NO ARCHIVE",
            "(EDITORIAL USE ONLY - NO SALES)",
            "ONE TIME EDITORIAL USE ONLY - NO ARCHIVING - {country} OUT",
            "HANDOUT PICTURE, NOT FOR SALE",
            "THE IMAGE WAS RELEASED AS A SERVICE TO CLIENTS. NO RESALES",
        ),
        stage="held-out-5",
        positions=INLINE4,
    ),
    Family(
        "translation-5",
        "WL102",
        _pick(
            "Translated automatically from {language}.",
            "This page was machine translated.",
            "(Auto-translation)",
            "Translation by AI; original in {language}.",
            "This article has been translated using artificial intelligence.",
            "Machine-translated content.",
            "[Automated translation from {language}]",
            "Automatisch übersetzt mit KI.",
            "Traduction générée par IA.",
            "Traducido por inteligencia artificial.",
            "Tradução feita por IA.",
            "Tradotto con l'intelligenza artificiale.",
            "Automatisch vertaalde tekst.",
            "Maskinoversatt artikkel.",
            "Automaattisesti käännetty.",
            "Tłumaczenie maszynowe z języka angielskiego.",
            "Машинный перевод с английского.",
            "Машинний переклад.",
            "Otomatik çeviridir.",
            "ترجمة آلية",
            "机器翻译，仅供参考。",
            "自動翻訳による記事です。",
            "Gépi fordítás.",
            "Strojový preklad článku.",
        ),
        stage="held-out-5",
        positions=INLINE4,
    ),
    Family(
        "run-on-5",
        "WL501",
        _pick(
            "Revenue hit €{m}bn.The board approved a dividend.",
            "The strike lasted 3 weeks.Unions called it a victory.",
            "It rained for days...Farmers lost their crops.",
            "The plan costs $40m ($12m more than planned).Critics said it was too much.",
            "He finished 3rd.It was his best result.",
            "Inflation eased to 2.1%.Markets rallied.",
            "Was it worth it?Many doubt it.",
            "The team lost 0-3.A coach was sacked.",
            "The firm's profit fell 8pc.The shares slid.",
            "They met at 10pm.Nobody else came.",
        ),
        stage="held-out-5",
        positions=POSITIONS[1:],
    ),
)


NAMES_6 = (
    "Maja Horvat,Tomás Ruiz,Olu Adeyemi,Hanna Virtanen,Ravi Menon,Elif Demir,Piotr Zielinski,Grace Mwangi"
).split(",")
AGENCIES_6 = ("AP,AFP,Reuters,EPA,Kyodo,Yonhap,PAP,TASS,Belga,Lusa,WAFA,MTI,BTA,Ritzau Scanpix,NTB,Nordic Press").split(
    ","
)


def _pick6(*templates: str) -> Callable[[random.Random], str]:
    def make(rng: random.Random) -> str:
        person, agency = rng.choice(NAMES_6), rng.choice(AGENCIES_6)
        return rng.choice(templates).format(
            name=person,
            NAME=person.upper(),
            agency=agency,
            AGENCY=agency.upper(),
            agency2=rng.choice(AGENCIES_6),
            language=rng.choice(("German", "Finnish", "Turkish", "Japanese")),
            country=rng.choice(("SWEDEN", "UNITED STATES", "IRELAND", "HONG KONG")),
            country2=rng.choice(("NORWAY", "SOUTH KOREA", "CANADA")),
        )

    return make


HELD_OUT_6 = (
    # Written after the issue-14 changes to round four and five, before a second pass of changes, and
    # sealed until that pass was done: the estimate for the second pass.
    Family(
        "credit-6",
        "WL101",
        _pick6(
            "Photo: {name} / {agency} via AP",
            "(Image: {agency}/{name})",
            "{name} | {agency} | Getty Images",
            "{AGENCY} PHOTO/{NAME}/FILE",
            "Photo by {name} ({agency})",
            "Foto: {agency}/{name}",
            "Credit: {name} for {agency}",
            "Photo credit: {name}, {agency}",
            "[© {agency}]",
            "{name}/{agency} via {agency2}",
            "{name} / {agency} / Pool",
            "(Handout via {agency})",
            "Image: Courtesy of {agency}",
            "Photograph: {agency}/Handout",
            "{agency} via Getty Images",
            "Screenshot/{agency}",
            "Video screengrab via {agency}",
            "File photo/{agency}",
            "photo by {name} for {agency}",
            "PICTURE BY {NAME}/{AGENCY}",
        ),
        stage="held-out-6",
        positions=INLINE4,
    ),
    Family(
        "notice-6",
        "WL101",
        _pick6(
            "EDITORIAL USE ONLY. NO RESALES. NO ARCHIVE.",
            "MANDATORY CREDIT. NOT FOR SALE OR ARCHIVE",
            "THIS PICTURE HAS BEEN PROVIDED BY A THIRD PARTY. {AGENCY} IS UNABLE TO VERIFY ITS AUTHENTICITY",
            "NO THIRD PARTY SALES. NOT FOR USE BY {country} MEDIA",
            "Editorial use only, no commercial use, mandatory credit",
            "EDITORIAL USE ONLY - NO ADVERTISING - NO MARKETING - {country} OUT",
            "NOT FOR COMMERCIAL USE. EDITORIAL USE ONLY.",
            "Handout photo, editorial use only, no sales",
            "RESTRICTED TO EDITORIAL USE, NO SALES, NO MARKETING",
            "{country} AND {country2} OUT. NO COMMERCIAL SALES",
            "HANDOUT/EDITORIAL USE ONLY/NO SALES",
            "This image was supplied by a third party and could not be independently verified.",
        ),
        stage="held-out-6",
        positions=INLINE4,
    ),
    Family(
        "translation-6",
        "WL102",
        _pick6(
            "This article has been translated from {language} by an automated system.",
            "Translated using AI. Please report errors.",
            "(This story was auto-translated.)",
            "Machine translation provided by DeepL.",
            "Auto-translation from {language}",
            "Translation: AI-assisted",
            "Texte traduit automatiquement.",
            "Automatische Übersetzung aus dem Englischen.",
            "Artículo traducido automáticamente.",
            "Traduzione automatica dall'inglese.",
            "Deze tekst is automatisch vertaald.",
            "Traduzido por inteligência artificial.",
            "Traducere realizată automat.",
            "A cikket gépi fordítással készítettük.",
            "Текст переведён с помощью ИИ.",
            "Перекладено за допомогою штучного інтелекту.",
            "Yapay zeka ile çeviri.",
            "تمت الترجمة آليا",
            "（本文为AI翻译）",
            "この記事は機械翻訳です。",
            "Αυτόματη μετάφραση από τα αγγλικά.",
            "Текстът е преведен автоматично.",
            "Artikeln är automatiskt översatt.",
        ),
        stage="held-out-6",
        positions=INLINE4,
    ),
    Family(
        "run-on-6",
        "WL501",
        _pick6(
            "Costs rose to $2m.Shareholders were unhappy.",
            "The score was 4-0.Celtic dominated.",
            "It ended in 1999.Nobody remembers why.",
            "The vote passed...Opponents walked out.",
            "Rain fell for 2 hours.Roads flooded.",
            "He was fined £500.He will appeal.",
            "Is this the end?Perhaps not.",
            "Ministers met in the EU.Talks failed.",
        ),
        stage="held-out-6",
        positions=POSITIONS[1:],
    ),
)
