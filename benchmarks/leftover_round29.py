"""Round twenty-nine of held-out leftovers: written by leftovers23 before the twenty-third pass changed a rule, sealed.

Written from the lead's miss categories, in wordings of its own: credits whose label is a word of the picture in a
language or form the data may not know (image words in some thirty languages, descriptive English image nouns
with modifiers, all-caps labels, braced and bracketed spans, a caption line ended by a bar), restriction notices
as runs of verbless fragments joined by separators agencies and CMSs use ("///", "¦", ":::", "^^", "[[...]]"),
with or without a label, in any case, verification caveats about the image as fragments, machine-translation notes
in English that name the source language and a machine (many languages as exonyms), and such notes in other
languages; every position, inside a sentence too. Its look-alikes are news about photographers, image rights,
translators, usage rules and restrictions reported as news.

Sealed: measured at the start commit of the pass and at its end only.

    python benchmarks/eval_leftovers.py --articles 0 --unseen 0 --round29 1000 --untouched 0
"""

from __future__ import annotations

import random

from leftover_injection import Family
from leftover_round7 import person_agency_day, picker

NAMES_29 = (
    "Greta Lindqvist,Obinna Eze,Farah Karimi,Mateus Rocha,Yuki Tanaka,Zofia Kaminska,Declan Murphy,Leyla Aliyeva,"
    "Hugo Marchetti,Priya Raman,Arvid Holm,Nour Saleh,Tatiana Moroz,Emeka Obi"
).split(",")
AGENCIES_29 = "AFP,Reuters,AP,EPA,dpa,Xinhua,Anadolu,Getty Images,Kyodo,Yonhap,ANSA,Antara,PTI,Belga,Lusa".split(",")
ORGS_29 = (
    "Ministry of Health,National Police,Coast Guard,Army Press Office,Fire Service,Mayor's Office,Space Agency,"
    "Environment Agency,Navy,Parliament Press Service,Civil Defence"
).split(",")
PAPERS_29 = ("The Daily Ledger", "Morning Herald", "Le Quotidien", "Der Abendblatt", "The Coast Gazette")
COUNTRIES_29 = "Chile,Latvia,Jordan,Malaysia,Ireland,Senegal,Croatia,Mongolia,Bolivia,Finland,Oman,Uganda".split(",")
LANGUAGES_29 = (
    "Kurdish,Pashto,Yoruba,Amharic,Kinyarwanda,Malagasy,Maltese,Tigrinya,Lithuanian,Icelandic,Uzbek,Sinhala,"
    "Portuguese,Dutch,Ukrainian,Farsi,Quechua,Hausa,Khmer,Albanian"
).split(",")
TOOLS_29 = ("DeepL", "Google Translate", "Microsoft Translator", "Papago", "SYSTRAN", "Yandex", "Amazon Translate")
TIMES_29 = ("0600 GMT", "18:00 CET", "midnight UTC", "09.30 local time", "2100 GMT on Friday")


def _rest29(rng: random.Random) -> dict[str, str]:
    country, country2 = rng.sample(COUNTRIES_29, 2)
    org = rng.choice(ORGS_29)
    return {
        "org": org,
        "ORG": org.upper(),
        "country": country,
        "COUNTRY": country.upper(),
        "country2": country2,
        "COUNTRY2": country2.upper(),
        "language": rng.choice(LANGUAGES_29),
        "tool": rng.choice(TOOLS_29),
        "paper": rng.choice(PAPERS_29),
        "time": rng.choice(TIMES_29),
        "name2": rng.choice(NAMES_29),
        "days": str(rng.choice((7, 14, 30, 60, 90))),
    }


_pick29 = picker(person_agency_day(NAMES_29, list(AGENCIES_29)), _rest29)

HELD_OUT_29 = (
    Family(
        "image-label-world-29",
        "WL101",
        _pick29(
            "Fotoğraf: {name}/{agency}",
            "Görsel: {agency}",
            "Φωτογραφία: {name}/{agency}",
            "عکس: {name}",
            "تصوير: {name} - {agency}",
            "צילום: {name}",
            "Kuva: {name} / {agency}",
            "Bild: {name}/{agency}",
            "Nuotrauka: {name}",
            "Beeld: {agency}",
            "Mynd: {name}",
            "Snímek: {name}/{agency}",
            "Gambar: {name}/{agency}",
            "Larawan: {name}",
            "Picha: {name}/{agency}",
            "ภาพ: {agency}",
            "图片来源：{agency}",
            "摄影：{name}",
            "사진 제공: {org}",
            "写真：{agency}",
            "撮影：{name}",
            "फोटो: {name}",
            "तस्वीर: {agency}",
            "Ảnh: {name}/{agency}",
            "Світлина: {name}",
            "Снимка: {name}/{agency}",
            "Imagen cedida por {org}",
            "Fotografía: {name}/{agency}",
            "Imagem: {name}/{agency}",
            "Immagine: {agency}",
            "Cliché : {name}/{agency}",
            "Bildquelle: {agency}",
            "Aufnahme: {name}/{agency}",
            "Llun: {name}",
            "Grianghraf: {name}",
            "Fotografija: {name}/{agency}",
            "Kép: {name}/{agency}",
            "Billede: {name}",
        ),
        stage="sealed-29",
        positions=("own-line", "start", "middle", "end"),
    ),
    Family(
        "image-label-english-29",
        "WL101",
        _pick29(
            "Satellite image: {org}",
            "Archive footage: {agency}",
            "Undated handout picture: the {org}",
            "Security camera footage: the {org}",
            "Helicopter footage from the {org}",
            "Photos in this story: {name}/{agency}",
            "Top image: {name} for {agency}",
            "Illustration: {name}",
            "Graphic by {name}/{agency}",
            "Cover photograph: {name}",
            "Lead image courtesy of the {org}",
            "Still image distributed by the {org}",
            "Photograph taken by {name} ({agency})",
            "PHOTOGRAPH: {NAME}/{AGENCY}",
            "File picture supplied by the {org}",
            "All images: {agency}",
            "Images from left: {name}, {name2} |",
            "[Photo: {name} for {agency}]",
            "{{Image: {name}/{agency}}}",
            "Night-vision footage: the {org}",
            "Thermal imagery - the {org}",
            "Pictures throughout by {name}",
            "Main photograph issued by the {org}",
            "Infographic: {agency}",
            "Screen capture: {org}",
        ),
        stage="sealed-29",
        positions=("own-line", "start", "middle", "end", "inside"),
    ),
    Family(
        "notice-fragments-29",
        "WL101",
        _pick29(
            "No apps /// No web archives /// editorial only",
            "Not cleared for broadcast ¦ release after {time}",
            "No TV use ::: {COUNTRY} EXCLUDED FROM USE",
            "[[no syndication]] [[no reuse after 48 hours]]",
            "{country} and {country2} excluded -/- no alteration allowed",
            "Restrictions: no resale, no cropping, no AI training",
            "Terms: rights for single use only ⋅ no third-party distribution",
            "Conditions - not licensed for merchandising; no archiving past {days} days",
            "Barred for {country} broadcasters ¦ no online use",
            "Use limited to coverage of the summit ::: no stand-alone use",
            "Not to be altered in any way | distributed as received",
            "Video from a bystander; date and location could not be confirmed",
            "Footage unverified. Location not confirmed.",
            "Image provided by the {org} via {agency}; use as supplied",
            "Exclusive to {paper} -- no pick-up by other media",
            "Credit {agency} or do not use",
            "NO WEB USE BEFORE {time} ^^ NO PRINT",
            "Blocked for {country} clients /// no sublicensing",
            "^^not for use by sponsors^^",
            "{{no digital enhancement, no composites}}",
            "NOT AVAILABLE TO {COUNTRY} AND {COUNTRY2} OUTLETS",
            "Usage terms: press use exclusively, no database storage",
            "no machine learning use | no resale to data brokers",
        ),
        stage="sealed-29",
        positions=("own-line", "start", "middle", "end", "inside"),
    ),
    Family(
        "mt-english-29",
        "WL102",
        _pick29(
            "This article was originally written in {language} and turned into English by software.",
            "English version generated automatically from the {language} original.",
            "Translated from {language} by a computer program; not reviewed.",
            "Machine-rendered English from a {language} wire.",
            "(Automated {language}-to-English translation)",
            "Note: software converted this story from {language}.",
            "The English text comes from an automatic conversion of the {language} report.",
            "Auto-generated English from {language} copy",
            "Converted to English by {tool} from the {language}.",
            "This copy was run through {tool} ({language} to English).",
            "Editor's note: a translation engine produced this English version.",
            "English rendering by neural machine translation; original in {language}.",
            "[{language} > English, automatic]",
            "Computer-translated from {language}.",
        ),
        stage="sealed-29",
        positions=("own-line", "start", "middle", "end", "inside"),
    ),
    Family(
        "mt-world-29",
        "WL102",
        _pick29(
            "Traducción realizada por un sistema automático.",
            "Ce texte a été traduit par un logiciel.",
            "Testo tradotto con l'ausilio di un software.",
            "Tradução gerada por computador.",
            "Deze tekst is door een computer vertaald.",
            "Texten har översatts av en dator.",
            "Bu metin bilgisayar tarafından çevrilmiştir.",
            "Diterjemahkan oleh mesin.",
            "תורגם על ידי תוכנה",
            "تمت الترجمة بواسطة برنامج حاسوبي",
            "Текст переведён программой.",
            "যন্ত্রে অনূদিত",
            "यह लेख सॉफ़्टवेयर द्वारा अनूदित है",
            "この記事はソフトウェアで翻訳されました",
            "本文由软件自动翻译",
            "이 기사는 컴퓨터로 번역되었습니다",
            "Przetłumaczone przez program komputerowy.",
            "Μετάφραση από λογισμικό.",
            "Tietokoneen kääntämä teksti.",
            "Bài viết được dịch bằng phần mềm.",
            "Imetafsiriwa na kompyuta.",
            "Dieser Beitrag wurde per Software übersetzt.",
        ),
        stage="sealed-29",
        positions=("own-line", "start", "middle", "end", "inside"),
    ),
)

CONTROLS_29 = (
    "{name}, a photographer for {agency}, was detained while covering the protest.",
    "The footage, filmed by a resident, was shared by the {org} on {Day}.",
    "Image rights for the portrait were sold to a museum in {country}.",
    "The court ruled that the photograph could not be used in advertising without consent.",
    "A translator working for the {org} was arrested in {country} last week.",
    "The company said its software translates news articles from {language} into English.",
    "Drone footage released by the {org} showed the scale of the flooding.",
    "Broadcasters in {country} were barred from showing the match after a rights dispute.",
    "No apps, no internet and no phones: the village lives offline, residents said.",
    "The ban on archive access was lifted, the ministry said.",
    "Satellite images show damage to the port, the {org} said.",
    "{name} said the machine translation of the treaty contained errors.",
    "The regulator blocked the website for subscribers in {country}, officials said.",
    "Photographs by {name} are on show at the city gallery until March.",
    "Translated by {name2}, the novel won a prize in 2019.",
    "The graphic, designed by {name}, was later withdrawn by the {org}.",
    "Pictures from the scene showed collapsed buildings, the {org} said.",
    "The video could not be independently verified, but residents described the same events.",
    "Sponsors may not use the club's crest in advertising, under rules approved on {Day}.",
    "Exports to {country} were barred until the dispute is settled, the minister said.",
    "{name} told reporters that the images had been altered before they were published.",
    "The broadcaster said it would release the footage after the trial ends.",
    "A {language}-speaking interpreter was provided by the court, lawyers said.",
    "Google Translate now supports {language}, the company announced.",
)
"""News sentences with the words of credits, notices and machine-translation notes; a WL1 finding on one is false."""


def control29(rng: random.Random) -> str:
    return _pick29(*CONTROLS_29)(rng)
