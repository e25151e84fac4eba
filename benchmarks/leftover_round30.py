"""Round thirty of held-out leftovers: photo credits only, written by leftovers25 before the twenty-fifth pass
changed a rule, sealed.

Written from the lead's five miss categories of the outside evaluation's credits, in wordings of its own: a label
parted from its credited party by a comma rather than a colon (the party an ordinary body, a person or a generic
noun such as a handout word); credits with no label at all, a person's name run beside one or more outlets or
agencies joined by a slash, a bar or "for", in brackets or standing alone, also right after a one-line caption;
labels in other languages (Cyrillic, Greek, Spanish, Portuguese, Italian, French, German, Korean, Japanese and
Chinese, with « » or full-width brackets); a caption line ending in a credit in capitals whose picture word comes
last, and composite or montage credits naming several sources; a label glued to its credit by an ellipsis. Every
family is put on a line of its own and at the start, in the middle and at the end of a paragraph.

Its look-alikes are the brackets BBC sport and politics are full of (line-ups with substitutes, party and state
tags, "(pictured)", asides with a name, poll names joined by a slash, brackets with a verb), datelines with an
agency, commas after the words image, photo and credit in news, and news in the languages of the labels.

Sealed: measured at the start commit of the pass and at its end only.

    python benchmarks/eval_leftovers.py --articles 0 --unseen 0 --round30 1000 --untouched 0
"""

from __future__ import annotations

import random

from leftover_injection import POSITIONS, Family
from leftover_round7 import person_agency_day, picker

NAMES_30 = (
    "Saoirse Gallagher,Bogdan Petrescu,Amara Nwosu,Henrik Dahl,Lucia Moreno,Tariq Haddad,Ji-woo Park,"
    "Malin Ekstrom,Rhys Pritchard,Yasmin Qureshi,Florin Dumitru,Camille Girard,Dmitri Sokolov,Ayesha Malik,"
    "Tomas Novak,Brigid O'Connell"
).split(",")
AGENCIES_30 = "AFP,Reuters,AP,EPA,AAP,Sipa,ANP,NTB,TT,Ritzau,Anadolu,ZUMA,Polaris,Rex,PA,dpa".split(",")
ORGS_30 = (
    "Hillside Animal Sanctuary,Coastline Ferries,the Housing Ombudsman,Lakeland Mountain Rescue,Greenway Water,"
    "St Brigid's Hospice,Riverside Housing Association,West Fells Wildlife Trust,Metro Transit Authority,"
    "the Local Government Ombudsman,Northshore Rail,the Harbour Trust,Birchwood Primary School,"
    "the Royal Society for Bird Protection,Kestrel Airways,the Canal and River Society,Tamworth Borough Council"
).split(",")
GENERIC_30 = (
    "Handout,Family handout,Supplied,Contributed,Family photograph,Police handout,Submitted photo,Council handout,"
    "Courtesy of the family,Reader submission,Social media,Company handout,Club photographer"
).split(",")
PAPERS_30 = (
    "Kentish Courier,Ballymena Herald,The Tyneside Echo,Westfjord Daily,Somerset Gazette,Algarve Tribune,"
    "Cascade Daily News,Bergen Posten,Le Petit Lyonnais,The Clydebank Post,Valley Advertiser,Prairie Sentinel"
).split(",")
OUTLETS_30 = (
    "The Atlantic Observer,Harbour Times,The New Weekly,Northern Standard,The Daily Meridian,Metro Sunday,"
    "The Capital Review"
).split(",")
WIRES_30 = ("AFP", "REUTERS", "AP", "EPA", "AAP", "SIPA", "ANP", "NTB", "TT", "ANADOLU", "ZUMA", "REX", "PA")
LONG_AGENCIES_30 = (
    "XINHUA NEWS AGENCY,ANADOLU AGENCY,PHILIPPINE NEWS AGENCY,KOREA POOL,CHINA DAILY,STRAITS TIMES,"
    "KENYA NEWS AGENCY,BERNAMA,VIETNAM NEWS AGENCY,AGENCIA BRASIL,ANTARA FOTO"
).split(",")
TOWNS_30 = "Kharkiv,Antakya,Derna,Valencia,Mosul,Bihac,Palu,Otranto,Goma,Aleppo,Cebu,Iquique".split(",")
CAPTIONS_30 = (
    "Volunteers clear debris from a flooded street in {town}",
    "Firefighters tackle a blaze at a warehouse near {town}",
    "Mourners gather outside a mosque in {town}",
    "A woman walks past a damaged apartment block in {town}",
    "Police officers stand guard at a checkpoint outside {town}",
    "Children queue for water at a camp near {town}",
    "Supporters wave flags during a rally in {town}",
    "Workers repair a power line after the storm in {town}",
)
CYRILLIC_NAMES_30 = ("Иван Петров", "Ольга Смирнова", "Андрій Коваленко", "Марина Лисенко", "Георги Иванов")
CYRILLIC_OUTLETS_30 = ("Коммерсантъ", "Известия", "Новая газета", "Українська правда", "Дневник", "Вечерний город")
CYRILLIC_AGENCIES_30 = ("ТАСС", "РИА Новости", "Укрінформ", "БТА", "Интерфакс", "УНИАН")
GREEK_OUTLETS_30 = ("Καθημερινή", "Τα Νέα", "Το Βήμα", "Ελευθεροτυπία", "Πρώτο Θέμα")
GREEK_AGENCIES_30 = ("ΑΠΕ-ΜΠΕ", "Eurokinissi", "Intime News", "ΚΥΠΕ")
ES_ORGS_30 = (
    "el Ayuntamiento de Cádiz,la Guardia Civil,la Cruz Roja,Protección Civil,el Club Náutico,la Junta de Andalucía"
)
KO_AGENCIES_30 = ("연합뉴스", "뉴시스", "뉴스1", "AFP", "로이터", "EPA")
JA_AGENCIES_30 = ("共同", "時事", "ロイター", "AFP", "新华社", "中新社", "新華社", "韓联社")
ZH_NAMES_30 = ("王磊", "李娜", "陈晨", "张伟", "刘洋")


def _rest30(rng: random.Random) -> dict[str, str]:
    agency2, agency3 = rng.sample(AGENCIES_30, 2)
    org, generic, paper, outlet = (rng.choice(pool) for pool in (ORGS_30, GENERIC_30, PAPERS_30, OUTLETS_30))
    wire = rng.choice(WIRES_30)
    town = rng.choice(TOWNS_30)
    return {
        "agency2": agency2,
        "AGENCY2": agency2.upper(),
        "agency3": agency3,
        "org": org,
        "Org": org[0].upper() + org[1:],
        "ORG": org.upper(),
        "generic": generic,
        "paper": paper,
        "PAPER": paper.upper(),
        "outlet": outlet,
        "WIRE": wire,
        "LONG": rng.choice(LONG_AGENCIES_30),
        "town": town,
        "caption": rng.choice(CAPTIONS_30).format(town=town),
        "name2": rng.choice(NAMES_30),
        "cname": rng.choice(CYRILLIC_NAMES_30),
        "coutlet": rng.choice(CYRILLIC_OUTLETS_30),
        "cagency": rng.choice(CYRILLIC_AGENCIES_30),
        "goutlet": rng.choice(GREEK_OUTLETS_30),
        "gagency": rng.choice(GREEK_AGENCIES_30),
        "esorg": rng.choice(ES_ORGS_30.split(",")),
        "koagency": rng.choice(KO_AGENCIES_30),
        "jaagency": rng.choice(JA_AGENCIES_30),
        "zhname": rng.choice(ZH_NAMES_30),
        "bar": rng.choice((" | ", "|", " / ", "/")),
        "dots": rng.choice(("...", "…", "...")),
        "pollster": rng.choice(("Ipsos", "YouGov", "Opinium", "Survation", "Gallup")),
    }


_pick30 = picker(person_agency_day(NAMES_30, list(AGENCIES_30)), _rest30)

HELD_OUT_30 = (
    Family(
        "comma-label-30",
        "WL101",
        _pick30(
            "Image source, {Org}",
            "Image source, {generic}",
            "Image source, {name}/{agency}",
            "IMAGE SOURCE, {ORG}",
            "Photo source, {Org}",
            "Picture source, {name}",
            "Image credit, {generic}",
            "Photo credit, {Org}",
            "Image copyright, {Org}",
            "Picture credit, {name} / {Org}",
            "Photograph, {Org}",
            "Photo, {generic}",
            "Source image, {Org}",
            "Image source, Getty Images",
            "Video source, {Org}",
        ),
        stage="sealed-30",
        positions=POSITIONS,
    ),
    Family(
        "label-free-30",
        "WL101",
        _pick30(
            "({name}/{paper}/{WIRE})",
            "({name} for {outlet}{bar}{WIRE})",
            "({name}/{paper})",
            "({name} for {outlet})",
            "[{name}/{paper}/{agency}]",
            "({NAME}/{PAPER}/{WIRE})",
            "({name} / {paper} via {agency})",
            "({name} and {name2}/{WIRE})",
            "({name}, {paper}/{WIRE})",
            "({name} for {agency})",
            "({name}{bar}{paper})",
            "{name}/{paper}/{WIRE}",
            "{name} for {outlet}{bar}{WIRE}",
        ),
        stage="sealed-30",
        positions=POSITIONS,
    ),
    Family(
        "after-caption-30",
        "WL101",
        _pick30(
            "{caption}. ({name}/{paper})",
            "{caption}. ({name}/{paper}/{WIRE})",
            "{caption}. ({name} for {outlet})",
            "{caption}. [{name}/{WIRE}]",
            "{caption} ({name} for {outlet} | {WIRE})",
            "{caption}. {name}/{paper}",
        ),
        stage="sealed-30",
        positions=POSITIONS,
    ),
    Family(
        "language-label-30",
        "WL101",
        _pick30(
            "Фото: {cname}/«{coutlet}»",
            "Фото: «{coutlet}»",
            "Фото: {cagency}",
            "Фотография: {cname} / {cagency}",
            "Снимок: пресс-служба «{coutlet}»",
            "Фото из архива «{coutlet}»",
            "Φωτογραφία: «{goutlet}»",
            "Φωτ.: {gagency}",
            "Φωτογραφία αρχείου: {gagency}",
            "Imagen cedida por {esorg}",
            "Foto cedida por {esorg}",
            "Imagen de archivo: {agency}",
            "Fotografía cortesía de {esorg}",
            "Photo d'illustration © {name}/{agency}",
            "Photo d'archives © {agency}",
            "Crédit photo : {name}",
            "Foto de arquivo: {agency}",
            "Imagem cedida pela {org}",
            "Foto d'archivio {agency}",
            "Archivfoto: {name}/dpa",
            "[{koagency} 자료사진]",
            "[사진 {koagency}]",
            "【{jaagency}】",
            "（{jaagency}）",
            "（写真：{jaagency}）",
            "（新华社记者 {zhname} 摄）",
        ),
        stage="sealed-30",
        positions=POSITIONS,
    ),
    Family(
        "capital-tail-30",
        "WL101",
        _pick30(
            "{caption}. {LONG} PHOTO",
            "{caption}. {WIRE} FILE PHOTO",
            "{caption}. {ORG} HANDOUT PICTURE",
            "{caption}. {LONG} PHOTO/{NAME}",
            "{caption}. {WIRE} POOL PHOTO",
            "{LONG} PHOTO",
            "COMPOSITE IMAGE: {AGENCY}; SOURCE PHOTOS {AGENCY2}",
            "PHOTO ILLUSTRATION: {PAPER}; SOURCE IMAGES {WIRE}, {AGENCY2}",
            "Composite: {name}/{agency}; background image {agency2}",
            "MONTAGE: {WIRE}/{AGENCY2}",
            "Photo montage by {outlet}; original photographs {agency} and {agency2}",
        ),
        stage="sealed-30",
        positions=POSITIONS,
    ),
    Family(
        "ellipsis-label-30",
        "WL101",
        _pick30(
            "Credit{dots}{name} for {outlet}",
            "Credit{dots}{name} for {outlet}.",
            "Credit{dots}{agency}",
            "Photo{dots}{name}/{agency}",
            "Image{dots}{Org}",
            "Credit{dots}{name}/{paper}, via {agency}",
            "Photograph{dots}{name} for {outlet}",
            "Credit{dots}Courtesy of {org}",
            "CREDIT{dots}{NAME}/{WIRE}",
        ),
        stage="sealed-30",
        positions=POSITIONS,
    ),
)

CONTROLS_30 = (
    "City: Walsh; Doyle, Byrne (Quinn 63), Kelly, Lynch; Murphy (Nolan 78), Keane.",
    "Rovers (4-4-2): Ahmed; Costa, Berg (Hughes 55), Price; Obi (Lane 81), Fox.",
    "Senator {name} (R-Texas) said the bill would not pass the chamber.",
    "Representative {name2} (D-Ohio) voted against the measure on {Day}.",
    "{name} (pictured) was named chief executive of {org} on {Day}.",
    "Manager {name} (above) said the draw was a fair result.",
    "A {paper}/{pollster} poll published on {Day} put the party on 31%.",
    "The latest {outlet}/{pollster} survey found support had fallen.",
    "Her father ({name}) worked as a photographer for {agency} in the 1980s.",
    "The two men ({name} and {name2}) denied all the charges.",
    "({name} said later that he had not seen the photographs.)",
    "(The agency's photographers were barred from the courtroom.)",
    "The match (played behind closed doors) ended 1-1.",
    "{name} ({paper}) asked the minister about the delays.",
    "The ferry operator, {org}, said services would resume on {Day}.",
    "Image, price and reliability all matter to buyers, {name} said.",
    "Credit card borrowing rose for a third month, the bank said.",
    "The photograph was taken by {name}, who worked for the {paper} for 30 years.",
    "The {agency} photographer {name} won the prize for a picture of the floods.",
    "Images supplied by {org} show flooded streets in {town}.",
    "{caption}, the charity said on {Day}.",
    "{name} and {name2} (left) shook hands in {town} on {Day}.",
    "Source images, the court heard, had been altered before publication.",
    "Газета «{coutlet}» сообщила об этом в понедельник.",
    "La imagen fue cedida por la familia al diario local, según la policía.",
    "{name}, a reporter for {outlet}, was detained in {town} on {Day}.",
    "The credit... it was never really about the money, {name} said.",
    "Shares in {org} (down 3%) led the fall on {Day}.",
    "Photo opportunities were limited, officials in {town} said.",
    "Photo ID cards, the minister said, would be required from {Day}.",
)
"""News with the brackets, slashes, labels and words of the round's credits; a WL1 finding on one is false."""


def control30(rng: random.Random) -> str:
    return _pick30(*CONTROLS_30)(rng)
