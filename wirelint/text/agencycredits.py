"""Credits where a known agency stands beside a word of the picture, with no slash to join them.

``text/credits.py`` reads chains joined by ``/``, ``via`` or a label's colon, and ``text/imagekinds.py`` the
kinds of image named with their source. What is left are credits whose only sign is a known agency (the
``agencies`` of ``[lexicon.credits]``) in a place no news sentence puts one:

* a bracket that holds nothing but a person's name and an agency, or an agency and words of the picture:
  ``(Jorge Medina, Fars)``, ``(NAME - AGENCY photo)``, ``[Xinhua handout]``, ``(Fars photo)``;
* a picture's label, "by" a person "of" the agency: ``Picture by NAME of AGENCY``, ``Image: NAME of AGENCY``;
* the agency's photographer: ``Photo by AGENCY photographer NAME``, and on its own between sentences
  ``AGENCY photographer NAME`` (its fix unsafe: without a label, a list of prize winners reads the same);
* a label and the agency without a colon: ``Photo AGENCY/NAME``;
* a picture word and where it came from: ``Image from AGENCY video``, ``Pool image via AGENCY``.

A bracket naming a place and a country ("(Paris, France)"), a person and a title ("(John Smith, chairman)"),
an agency and a year ("(Reuters, 1987)") or a person and an organisation that is no agency is none of these.
The acronyms that name other bodies too (``paren-excluded``: "PA" is also Pennsylvania, "PAP" a party) make
no bracketed credit with a person's name.
"""

from __future__ import annotations

from functools import cache

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.prefilter import PACK_RULES
from wirelint.text.agencies import call, defining, starts
from wirelint.text.creditparts import LEFT, NAME_WORD, PARTICLE, Credit
from wirelint.text.lexicon import alternation, kept_patterns, table, words

_NEEDLES = (
    "(", "[", " by ", " of ", "photographer", " from ", " via ", "Photo ", "Picture ", "Image ", "PHOTO", "PICTURE",
    " pool ", " file ", " handout ", " archive ", " archival ", "/", "From ", "Grab ",
)
"""Strings one of which every such credit holds (as written): most paragraphs have none of the shapes."""
PERSON_ANY = (
    rf"(?:{NAME_WORD}(?:[ ](?:{PARTICLE}[ ]){{0,2}}{NAME_WORD}){{1,3}}"
    r"|\p{Lu}[\p{Lu}'’-]+(?:[ ]\p{Lu}[\p{Lu}'’-]+){1,3})"
)
"""A person's name of two to four words, in ordinary case or in capitals."""
PICTURE = r"(?i:photo(?:graph)?s?|pictures?|images?|pics?|handout|file|pool|archives?|video|still|footage)"
"""Words of the picture that may follow an agency in a credit ("Xinhua handout", "Fars photo")."""
LABEL = r"(?:Photo(?:graph)?s?|Photographed|Pictures?|Images?|Pics?|PHOTO|PICTURE|IMAGE)"
PHOTOGRAPHER = r"(?i:photographer|photojournalist|staff[ ]photographer)"
MEDIA = r"(?:(?:TV|television|state[ ]TV)[ ])?(?:video|footage|broadcast|clip|feed|television|TV|livestream)"
KIND = (
    r"(?:(?:Pool|Archive|File|Handout|POOL|ARCHIVE|FILE|HANDOUT)[ ](?i:photo(?:graph)?|picture|image|pic)s?"
    r"|(?:Frame|Screen|Video|TV|Image|Picture)[ ]grab|(?:Video[ ])?[Ss]creen(?:shot|grab)|Video[ ]still"
    r"|Still(?:[ ]image)?|Grab|Handout"
    rf"|{LABEL})"
)
"""What a credit that names where the picture came from opens with: "Pool image", "Frame grab", "Still"."""
SOURCED = (
    rf"{KIND}(?:[ ](?:taken|grabbed|captured))?[ ](?:from|via|by)[ ]"
    r"(?:(?:an?[ ])?(?:video|footage)[ ](?:(?:released|posted|issued|broadcast)[ ])?by[ ])?(?:the[ ])?"
)
"""A kind and where it came from, up to the agency: "Still from video by ", "Image grabbed from "."""
INSIDE = r"(?<=[\p{Ll}\p{N},;][ ])"
"""Inside a sentence, between a word in small letters and the credit: it must end on an agency there."""
NO_DETERMINER = r"(?<!\b(?i:the|a|an|this|that|its|his|her|their|our|my|your|one|every|each|another)[ ])"
"""A credit inside a sentence is no noun phrase of it ("the Xinhua file photo showed")."""
CLOSED = r"(?=[ \t]*(?:\r?$|[)\]]|[.;](?:[ \t\r]|$)))"
"""The sure end of a credit that ends on a name: the end of the line, a bracket, or a full stop before a space."""
CAPITAL = r"(?=[ ]\p{Lu})"
"""A capitalised word after an agency: the next sentence (an agency's own words are part of its listed name)."""
NEXT_SENTENCE = r"(?P<unsure>(?=[ ]\p{Lu}))"
"""A capitalised word after a name: the next sentence, or more of the name (unsure)."""


@cache
def _agency() -> str:
    agencies = words(table("credits"), "agencies")
    return alternation(agencies + [name.upper() for name in agencies])


@cache
def _bracket_agency() -> str:
    """The agencies that make a bracketed credit with a person's name (not ``paren-excluded``)."""
    lexicon = table("credits")
    excluded = set(words(lexicon, "paren-excluded"))
    agencies = [name for name in words(lexicon, "agencies") if name not in excluded]
    return alternation(agencies + [name.upper() for name in agencies if name.upper() not in excluded])


def _source() -> str:
    """The pattern, each agency list written once and called where it stands (see text/agencies.py)."""
    agency, bracket_agency = _agency(), _bracket_agency()
    written = _written_out(call("agency", starts()), call("bracket_agency", starts()))
    return defining(written, {"agency": agency, "bracket_agency": bracket_agency}, verbose=True)


def _written_out(agency: str, bracket_agency: str) -> str:
    return rf"""
      [(\[][ ]?(?:(?:{LABEL}[ ])?{PERSON_ANY}(?:,[ ]|;[ ]|[ ][-–—|/][ ]|[ ](?:for|of)[ ]){bracket_agency}
                   (?:[ ](?i:news[ ])?(?i:agency))?(?:[ ]{PICTURE}){{0,3}}
                   (?:[ ]?/[ ]?{PICTURE}|,[ ]{PICTURE}|[ ]via[ ](?:Getty(?:[ ]Images)?|{agency}))?
                 |{agency}(?:[ ]{PICTURE}){{1,3}})[ ]?[)\]]
    | {LEFT}{LABEL}(?:[ ]by[ ]|[ ]?:[ ]?){PERSON_ANY}[ ]of[ ](?:the[ ])?{agency}(?:[ ](?i:news[ ])?(?i:agency))?
      (?:{CLOSED}|{CAPITAL})
    | {LEFT}{LABEL}(?:[ ]by|[ ]?:)[ ](?:an?[ ])?{agency}[ ]{PHOTOGRAPHER}[ ]{PERSON_ANY}(?:{CLOSED}|{NEXT_SENTENCE})
    | {LEFT}{agency}[ ]{PHOTOGRAPHER}[ ]{PERSON_ANY}(?=[ \t]*(?:\r?$|[.](?:[ \t]+\p{{Lu}}|[ \t]*\r?$)))(?P<unsure>)
    | {LEFT}{LABEL}[ ]{agency}[ ]?/[ ]?{PERSON_ANY}(?:{CLOSED}|{NEXT_SENTENCE})
    | {LEFT}{SOURCED}{agency}(?:[ ](?i:{MEDIA}|archives?))?(?:{CLOSED}|{CAPITAL})
    | {LEFT}From[ ](?:the[ ])?{agency}[ ](?i:{MEDIA}|archives?)(?:{CLOSED}|{CAPITAL})
    | {LEFT}{agency}[ ](?i:pool|file|handout|archive|archival)[ ](?i:photo|picture|image)s?(?:[ ]via[ ]{agency})?
      (?:{CLOSED}|{CAPITAL})
    | {LEFT}{LABEL}[ ]by[ ]{PERSON_ANY},[ ](?:an?[ ])?{agency}[ ]{PHOTOGRAPHER}(?:{CLOSED}|{CAPITAL})
    | {INSIDE}(?:{SOURCED}|{LABEL}[ ]by[ ]{PERSON_ANY}[ ]of[ ](?:the[ ])?)
      {agency}(?:[ ](?i:{MEDIA}|archives?))?(?=[ ]\p{{Ll}}|{CLOSED})
    | {INSIDE}(?=\p{{Lu}}[\p{{Lu}}-]+/|\p{{Lu}}[\p{{Lu}}-]+[ ]/){agency}[ ]?/[ ]?{PERSON_ANY}(?=[ ]\p{{Ll}})(?P<unsure>)
    | {INSIDE}{NO_DETERMINER}(?:{agency}[ ](?:pool|file|handout|archive)[ ](?:photo|picture|image)
                              |(?=\p{{Lu}}[\p{{Lu}}&-]+[ ]){agency}[ ](?:PHOTO|PICTURE)S?)(?=[ ]\p{{Ll}}|{CLOSED})
    """


_FLAGS = regex.VERSION1 | regex.MULTILINE | regex.VERBOSE


def _kept_source() -> str:
    """:func:`_source`, kept between runs (:func:`~wirelint.text.lexicon.kept_patterns`)."""
    return kept_patterns("agency-credits", None, lambda: {"": LazyPattern(_source, _FLAGS)})[""].pattern


_PATTERN = LazyPattern(_kept_source, _FLAGS)


@cache
def _agency_words() -> frozenset[int]:
    """The longest word of every agency as the pattern writes it (as listed, and in capitals), in the pack rules'
    prefilter, which scans each block once: every branch of the pattern names an agency, so a paragraph with
    none of these words holds no such credit. The derived strings (" of ", " by ") are in most paragraphs."""
    agencies = words(table("credits"), "agencies")
    names = (name.split() for name in (*agencies, *(name.upper() for name in agencies)))
    return PACK_RULES.ids(frozenset((max(name, key=len), False) for name in names if name))


def find_agency_credits(text: str) -> list[Credit]:
    """The credits of ``text`` that name a known agency beside a word of the picture, in order."""
    if _agency_words().isdisjoint(PACK_RULES.present(text)) or not any(needle in text for needle in _NEEDLES):
        return []
    found = []
    for match in _PATTERN.finditer(text):
        found.append(Credit(match.start(), match.end(), match.group("unsure") is None))
    return found
