"""Labelled cases for benchmarks/eval_naming.py: names, a variant generator, look-alike controls.

None of these entities is in rules/entities.toml. A variant is generated from
a name by one *kind* of change (the transliteration habits WL301 is meant to
catch); a control is a pair of different entities whose names look alike.
The generator is random but seeded, and each kind picks where to change the
name itself, so the variants are not a fixed list the checker could learn.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

PEOPLE = """Hassan Nasrallah; Volodymyr Zelensky; Recep Tayyip Erdogan; Abdel Fattah al-Sisi; Mohammed Morsi;
Nouri al-Maliki; Moqtada al-Sadr; Haider al-Abadi; Muammar Gaddafi; Saddam Hussein; Mahmoud Abbas; Ismail Haniyeh;
Yahya Sinwar; Khaled Meshaal; Abu Bakr al-Baghdadi; Ayman al-Zawahiri; Hosni Mubarak; Ali Abdullah Saleh;
Abdul Malik al-Houthi; Qassem Soleimani; Hassan Rouhani; Ebrahim Raisi; Ali Khamenei; Mohammad Javad Zarif;
Ashraf Ghani; Hamid Karzai; Benazir Bhutto; Pervez Musharraf; Nawaz Sharif; Narendra Modi; Dmitry Medvedev;
Sergei Lavrov; Alexei Navalny; Yevgeny Prigozhin; Yulia Tymoshenko; Viktor Yanukovych; Petro Poroshenko;
Alexander Lukashenko; Ramzan Kadyrov; Rodrigo Duterte; Joko Widodo; Jacob Zuma; Robert Mugabe; Paul Kagame;
Yoweri Museveni; Abiy Ahmed; Omar al-Bashir; Mohamed Hamdan Dagalo; Abdelaziz Bouteflika; Kais Saied;
Khalifa Haftar; Fayez al-Sarraj; Benjamin Netanyahu; Naftali Bennett; Nicolas Maduro; Hugo Chavez; Evo Morales;
Viktor Orban; Sebastian Kurz; Anwar Ibrahim; Mahathir Mohamad; Shinzo Abe; Moon Jae-in; Tsai Ing-wen;
Abdullah Abdullah; Gulbuddin Hekmatyar; Muqtada Qasim; Bashir Gemayel; Walid Jumblatt; Nabih Berri; Michel Aoun;
Saad Hariri; Najib Mikati; Khaled Mashal; Fathi Hammad; Ismail Qaani; Masoud Barzani; Jalal Talabani""".split(";")
PLACES = """Mosul; Raqqa; Aleppo; Idlib; Fallujah; Ramadi; Tikrit; Kirkuk; Sanaa; Hodeidah; Marib; Benghazi;
Misrata; Sirte; Kandahar; Helmand; Kunduz; Peshawar; Quetta; Karachi; Mariupol; Kharkiv; Donetsk; Luhansk;
Bakhmut; Zaporizhzhia; Khartoum; Darfur; Mogadishu; Timbuktu; Maiduguri; Goma; Homs; Hama; Daraa; Latakia;
Tartus; Qamishli; Kobani; Afrin; Manbij; Palmyra; Basra; Najaf; Karbala; Samarra; Baqubah; Erbil; Sulaimaniyah;
Taez; Mukalla; Saada; Ajdabiya; Derna; Tobruk; Jalalabad; Mazar-i-Sharif; Herat; Ghazni; Lashkar Gah;
Chechnya; Grozny; Dagestan; Nagorno-Karabakh; Stepanakert; Tskhinvali; Abkhazia""".split(";")
GROUPS = """Hezbollah; Hamas; Houthis; Taliban; Boko Haram; Jabhat al-Nusra; Ahrar al-Sham; Jaish al-Islam;
Hashed al-Shaabi; Kataib Hezbollah; Ansar Allah; Muslim Brotherhood; Fatah; Hizb ut-Tahrir; Lashkar-e-Taiba;
Jaish-e-Mohammed; Abu Sayyaf; Ansar al-Sharia; Ansar Beit al-Maqdis; Asaib Ahl al-Haq; Harakat al-Nujaba;
Saraya al-Salam; Jund al-Aqsa; Nour al-Din al-Zenki; Faylaq al-Rahman; Liwa al-Quds""".split(";")
ACRONYMS = """ANC; PKK; YPG; SDF; PLO; FARC; IRGC; OPEC; IAEA; UNICEF; UNHCR; ICRC; MSF; AQAP; IMF; ECB; FBI;
KGB; SPLM; TPLF; ZANU; MDC; PFLP; DFLP; SWAPO; FRELIMO; MPLA; UNITA; RPF; ELN""".split(";")


@dataclass(frozen=True)
class Entity:
    name: str
    kind: str
    """person, place, group or acronym"""

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


def entities() -> list[Entity]:
    found = []
    for kind, names in (("person", PEOPLE), ("place", PLACES), ("group", GROUPS), ("acronym", ACRONYMS)):
        found.extend(Entity(" ".join(name.split()), kind) for name in names if name.strip())
    return found


# --- variant kinds ------------------------------------------------------------------------------------------
# Each takes a name and a random source and returns a variant spelling, or None when the kind cannot apply.

VOWELS = "aeiou"
Kind = Callable[[str, random.Random], "str | None"]


def _words(name: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[A-Za-z]{4,}", name)]


def _replace_in_word(name: str, rng: random.Random, pattern: str, make: Callable[[re.Match[str]], str]) -> str | None:
    """Apply ``make`` at one random match of ``pattern`` strictly inside a word (not its first or last letter)."""
    spots = []
    for start, end in _words(name):
        for match in re.finditer(pattern, name[start:end]):
            if match.start() > 0 and match.end() < end - start:
                spots.append((start + match.start(), start + match.end(), match))
    if not spots:
        return None
    start, end, match = rng.choice(spots)
    return name[:start] + make(match) + name[end:]


def vowel(name: str, rng: random.Random) -> str | None:
    """One vowel inside a long word changed: Nasrallah -> Nasrollah."""
    spots = [(s, e) for s, e in _words(name) if e - s >= 6]
    if not spots:
        return None
    start, end = rng.choice(spots)
    inner = [i for i in range(start + 1, end - 1) if name[i] in VOWELS and name[i - 1] not in VOWELS]
    if not inner:
        return None
    at = rng.choice(inner)
    return name[:at] + rng.choice([v for v in VOWELS if v != name[at]]) + name[at + 1 :]


def doubling(name: str, rng: random.Random) -> str | None:
    """A consonant doubled or undoubled: Mosul -> Mossul, Gaddafi -> Gadafi."""
    doubled = _replace_in_word(name, rng, r"([b-df-hj-np-tv-z])\1", lambda m: m.group(1))
    if doubled and rng.random() < 0.5:
        return doubled
    return _replace_in_word(name, rng, r"(?<=[aeiou])[bdfklmnprst](?=[aeiou])", lambda m: m.group() * 2) or doubled


def velar(name: str, rng: random.Random) -> str | None:
    """q, k, g and gh swapped: Qassem -> Kassem, Haqqani -> Hakkani."""
    swaps = {"q": "k", "k": "q", "gh": "g", "Q": "K", "K": "Q", "Gh": "G"}
    spots = [m for m in re.finditer(r"gh|Gh|[qkQK]", name)]
    if not spots:
        return None
    match = rng.choice(spots)
    return name[: match.start()] + swaps[match.group()] + name[match.end() :]


def dh(name: str, rng: random.Random) -> str | None:
    """dh and d: Hodeidah -> Hodheidah, Riyadh -> Riyad."""
    if "dh" in name:
        return name.replace("dh", "d", 1)
    return _replace_in_word(name, rng, r"d(?=[aeiou])", lambda m: "dh")


def ou(name: str, rng: random.Random) -> str | None:
    """ou, u and o: Houthis -> Huthis, Mosul -> Mosoul."""
    if "ou" in name:
        return name.replace("ou", rng.choice(["u", "o"]), 1)
    return _replace_in_word(name, rng, r"u", lambda m: "ou")


def ei(name: str, rng: random.Random) -> str | None:
    """ei, ey and ay: Hussein -> Husayn, Meshaal -> Meyshaal."""
    match = re.search(r"ei|ey|ay|ai", name)
    if not match:
        return None
    options = [s for s in ("ei", "ey", "ay") if s != match.group()]
    return name[: match.start()] + rng.choice(options) + name[match.end() :]


def y_i(name: str, rng: random.Random) -> str | None:
    """y and i inside a word: Tymoshenko -> Timoshenko."""
    return _replace_in_word(name, rng, r"[yi]", lambda m: "i" if m.group() == "y" else "y")


def ending(name: str, rng: random.Random) -> str | None:
    """-y, -iy, -yy and -i endings: Zelensky -> Zelenskiy, Zawahiri -> Zawahiriy."""
    match = re.search(r"(iy|yy|y|i)\b", name)
    if not match:
        return None
    options = [s for s in ("iy", "yy", "y", "i") if s != match.group(1)]
    return name[: match.start(1)] + rng.choice(options) + name[match.end(1) :]


def article(name: str, rng: random.Random) -> str | None:
    """The Arabic article changed: al-Maliki -> el-Maliki, al Maliki, Al-Maliki."""
    match = re.search(r"\b([aA][lL]|[eE][lL])[- ](?=[A-Z])", name)
    if not match:
        return None
    options = [s for s in ("al-", "el-", "al ", "Al-", "Al ") if s != match.group()]
    return name[: match.start()] + rng.choice(options) + name[match.end() :]


def hyphen(name: str, rng: random.Random) -> str | None:
    """A hyphen for a space or a space for a hyphen: Abu Sayyaf -> Abu-Sayyaf, Jae-in -> Jae in."""
    spots = [m for m in re.finditer(r"(?<=[a-z])[- ](?=[A-Za-z])", name)]
    spots = [m for m in spots if not re.match(r"(?i)(al|el)$", name[: m.start()].split(" ")[-1].split("-")[-1])]
    if not spots:
        return None
    match = rng.choice(spots)
    return name[: match.start()] + ("-" if match.group() == " " else " ") + name[match.end() :]


DIACRITICS = {"a": "āáâ", "e": "éèê", "i": "īí", "o": "öóô", "u": "üū", "g": "ğ", "s": "şš", "c": "çč", "z": "ž"}


def diacritic(name: str, rng: random.Random) -> str | None:
    """A letter with a diacritic: Erdogan -> Erdoğan, Orban -> Orbán."""
    spots = [i for i, char in enumerate(name) if char in DIACRITICS and i > 0 and name[i - 1].isalpha()]
    if not spots:
        return None
    at = rng.choice(spots)
    return name[:at] + rng.choice(DIACRITICS[name[at]]) + name[at + 1 :]


def apostrophe(name: str, rng: random.Random) -> str | None:
    """An apostrophe or ayn mark inside a word: Sanaa -> San'a, Quran -> Qur'an, Meshaal -> Mesh'al."""
    mark = rng.choice(["'", "’", "ʿ"])
    return _replace_in_word(name, rng, r"(?<=[b-df-hj-np-tv-z])(?=[aeiou])", lambda m: mark)


def dots(name: str, rng: random.Random) -> str | None:
    """An acronym with full stops: ANC -> A.N.C."""
    if not re.fullmatch(r"[A-Z]{2,6}", name):
        return None
    return ".".join(name) + "."


KINDS: dict[str, Kind] = {
    "vowel": vowel,
    "doubling": doubling,
    "q/k/g/gh": velar,
    "dh/d": dh,
    "ou/u/o": ou,
    "ei/ey/ay": ei,
    "y/i": y_i,
    "ending": ending,
    "article": article,
    "hyphen/space": hyphen,
    "diacritics": diacritic,
    "apostrophe/ayn": apostrophe,
    "dotted acronym": dots,
}
HELD_OUT = frozenset({"ei/ey/ay", "apostrophe/ayn", "ending"})
"""Kinds kept out of development runs: their recall was first measured only at the end."""


# --- look-alike controls: different entities ---------------------------------------------------------------

LOOK_ALIKES = [
    ("Niger", "Nigeria"), ("Sudan", "South Sudan"), ("Austria", "Australia"), ("Slovakia", "Slovenia"),
    ("Iran", "Iraq"), ("Gambia", "Zambia"), ("Mali", "Malawi"), ("Guinea", "Guinea-Bissau"),
    ("Dominica", "Dominican Republic"), ("Korea", "North Korea"), ("Congo", "Democratic Republic of Congo"),
    ("Fidel Castro", "Raul Castro"), ("George W. Bush", "George H. W. Bush"), ("Kim Jong-il", "Kim Jong-un"),
    ("Jordan", "Michael Jordan"), ("Indira Gandhi", "Rajiv Gandhi"), ("Ed Miliband", "David Miliband"),
    ("Benazir Bhutto", "Zulfikar Ali Bhutto"), ("Hamid Karzai", "Ahmed Wali Karzai"),
    ("Mohammed bin Salman", "Mohammed bin Nayef"), ("Hafez al-Assad", "Rifaat al-Assad"),
    ("Saif al-Islam Gaddafi", "Muammar Gaddafi"), ("Ali Khamenei", "Ali Larijani"), ("Iran", "Iranian"),
    ("Pakistan", "Pakistani"), ("Israel", "Israeli"), ("Yemen", "Yemeni"), ("Iraq", "Iraqi"), ("Oman", "Omani"),
    ("Kuwait", "Kuwaiti"), ("Somalia", "Somali"), ("Mosul", "Mosel"), ("Colombia", "Columbia"),
    ("Paris", "Parris"), ("Kerry", "Gerry Adams"), ("Hassan Nasrallah", "Hadi Nasrallah"),
    ("Abdullah Abdullah", "King Abdullah"), ("Sharif", "Shari"), ("Raqqa", "Ruqqa Hamid"),
    ("Tripoli", "Tripolitania"), ("Mahmoud Abbas", "Mohamed Abbas"), ("Hassan Rouhani", "Hussein Rouhani"),
    ("Omar al-Bashir", "Amr Bashir"), ("Latakia", "Latakian"), ("Dubai", "Dubai Ports"), ("Georgia", "Georgian"),
    ("Armenia", "Armenian"), ("Kosovo", "Kosovar"), ("Serbia", "Siberia"), ("Malta", "Yalta"),
    ("Hamas", "Hamad"), ("Fatah", "Fateh Singh"), ("Taliban", "Taleban Khan"), ("Kandahar", "Kandahari"),
    ("Mariupol", "Marinopol"), ("Donetsk", "Donets"), ("Sanaa", "Sana Khan"), ("Aden", "Adana"),
    ("Homs", "Holms"), ("Hama", "Hamah Bashir"), ("Ahmed Shah Massoud", "Ahmad Zia Massoud"),
    ("Sheikh Hasina", "Sheikh Mujib"), ("Sonia Gandhi", "Rahul Gandhi"), ("Raul Castro", "Mariela Castro"),
]


def family_controls(people: list[Entity], rng: random.Random) -> list[tuple[str, str]]:
    """Two relatives: one surname, given names of other people ("Hassan Nasrallah", "Ali Nasrallah")."""
    given = [p.name.split()[0] for p in people if len(p.name.split()) >= 2]
    pairs = []
    for person in people:
        words = person.name.split()
        if len(words) == 2:
            other = rng.choice([g for g in given if g[:2] != words[0][:2]])
            pairs.append((person.name, f"{other} {words[1]}"))
    return pairs
