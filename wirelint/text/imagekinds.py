"""Credits of images that are not photos: screenshots, stills, video and frame grabs, handouts, file and pool
pictures.

Their source is an organisation named before the kind ("Ministry of Defence handout", "AFP handout photo",
"Image: AGENCY file photo") or after it, often through the video it came from ("Screenshot from AGENCY
video", "Still taken from a video released by the Iranian Red Crescent"). ``text/credits.py`` finds the
photographer/agency chains; this finds these, as a unit of their own: starting where a sentence could and
ending at the end of a line, a bracket or a full stop, with nothing but the kind, the joining words and
capitalised names between. So prose that mentions the words ("The screenshot was shared widely", "Still,
the firm said", "a handout of £200") is never one. The words that are ordinary English too ("still",
"handout") need more: a video word, a label's colon, or a source of two capitalised words or an acronym.
"""

from __future__ import annotations

from functools import cache

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.startcache import compile_pattern
from wirelint.text.creditparts import LEFT, NEW_SENTENCE, STARTERS, Credit
from wirelint.text.lexicon import alternation, table, words

HINT = LazyPattern(
    r"(?i:screen[ -]?(?:shot|grab|capture|cap)|grab\b|\bstill\b|handout|(?:file|archive"
    r"|pool)[ ](?:photo|picture|image|footage|video)|(?:taken|grabbed|captured|extracted)[ ]from)"
)
"""What every such credit holds: most paragraphs have none."""
_NEEDLES = ("screen", "grab", "still", "handout", "file ", "archive ", "pool ", "n from", "d from")
"""Strings one of which the hint needs, in small letters ("n from" of "taken from", "d from" of "grabbed from"):
a plain ``in`` test costs far less than the hint's search."""
ORG_WORD = r"(?:\p{Lu}[\p{L}\p{N}&.-]*(?<![.-])(?:['’]s)?)"
CONNECTOR = r"(?:of|for|and|the|without|in|de|du|des|la|le|al|el|on|&)"
ORG = rf"(?:(?!{STARTERS}){ORG_WORD}(?:[ ](?:{CONNECTOR}[ ]){{0,2}}(?!{STARTERS}){ORG_WORD}){{0,5}})"
"""An organisation or agency: capitalised words with the small words of names between ("Save the Children")."""
ARTICLE = r"(?:(?:a|an|the)[ ])"
VERB = (
    r"(?:(?:released|posted|published|issued|provided|distributed|shared|broadcast|aired|obtained|supplied"
    r"|uploaded|made[ ]available)(?:[ ]on[ ]social[ ]media|[ ]online)?[ ](?:by|on|via|from|to)[ ]"
    r"|(?:by|from|on|of|via)[ ])"
)
END = rf"(?:(?=[ \t]*(?:\r?$(?!\n[ \t]*\p{{Ll}})|[)\]]|[.;](?:\s|$)))|(?P<unsure>{NEW_SENTENCE}))"
"""What ends the unit: surely the end of the line (not of a hard-wrapped one that goes on in small letters:
"... via EPA Merry Land and Investment Co Inc\nsaid it will"), a closing bracket or a full stop before a space;
unsurely a capitalised word and one in small letters, the next sentence run on without a stop (its fix is unsafe)."""
LABEL = r"(?:(?:Image|Photo|Picture|Pic|Photograph|Credit|Source|Video|Footage|IMAGE|PHOTO)[ ]?[:：][ ]?)"
_VIDEO_WORD = LazyPattern(r"(?i:video|footage|tv\b|television|broadcast|clip|stream|feed)|[:：]")
_ACRONYM = LazyPattern(r"\b\p{Lu}{2,}\b|\p{Lu}\S*[ ](?:\S+[ ])*?\p{Lu}")


def _cased(phrases: list[str]) -> str:
    """The phrases as written, with a capital first letter and in capitals: a kind opens a line or follows a name."""
    forms = {f for p in phrases for f in (p, p[:1].upper() + p[1:], p.upper())}
    return alternation(sorted(forms, key=len, reverse=True))


@cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    lexicon = table("credits")
    taken_from = r"(?=[ ](?:taken[ ]|grabbed[ ]|captured[ ]|extracted[ ])?from[ ])"
    taken = rf"(?:{_cased(words(lexicon, 'taken-kinds'))}){taken_from}"
    kind = rf"(?P<kind>{_cased(words(lexicon, 'image-kinds'))}|{taken})"
    media = _cased(words(lexicon, "media-words"))
    nouns = alternation(words(lexicon, "source-nouns"))
    org = rf"(?:{ORG}(?:[ ](?:{nouns})){{0,2}})"
    kinds = words(lexicon, "image-kinds")
    lower_kind = alternation(sorted({*kinds, *(p.upper() for p in kinds)}, key=len, reverse=True))
    flags = regex.VERSION1 | regex.MULTILINE | regex.VERBOSE
    # "Screenshot from AGENCY video", "Still taken from a video released by the ORG", "Video grab: ORG TV".
    kind_first = compile_pattern(
        rf"""{LEFT}{LABEL}?(?:(?:A|An|This|(?i:image|picture))[ ])?{kind}(?:[ ](?i:photo|image|picture))?
             (?:[ ]?[:：][ ]?|[ ](?:(?:taken|obtained|grabbed|captured|made|extracted|supplied|provided|released
                |issued|distributed|posted|published|shared)[ ])?
                (?:from|of|via|by|courtesy[ ]of)[ ])
             {ARTICLE}?(?:(?:{media})[ ]{VERB}?{ARTICLE}?)?
             (?P<org>{org})(?:[ ](?:{media}))?(?:[ ](?:via|/)[ ]{ORG})?{END}""",
        flags,
    )
    # "Ministry of Defence handout", "AFP handout photo", "Image: AGENCY file photo", "REUTERS/File photo": the
    # kind in small letters or capitals, or after a slash (a kind with a capital after a name is a title:
    # "Pensioner Handout").
    org_first = compile_pattern(
        rf"""{LEFT}(?P<label>{LABEL})?(?P<org>{org})(?:[ ](?P<kind>{lower_kind})|[ ]?/[ ]?(?P<kind>{_cased(kinds)}))
             (?:[ ](?:photo|picture|image|video|PHOTO))?
             (?:[ ](?:via|/)[ ]{ORG})?{END}""",
        flags,
    )
    # "Photo by ORG via AGENCY": an organisation with small words in its name, not a photographer.
    via = compile_pattern(
        rf"""{LEFT}(?:Photo|Picture|Image|Photograph|Video|Footage)s?[ ](?:by|from|courtesy[ ]of)[ ]{ARTICLE}?
             (?P<org>{ORG})[ ]via[ ]{ORG}{END}""",
        flags,
    )
    return kind_first, org_first, via


def find_image_kind_credits(text: str) -> list[Credit]:
    """The credits of screenshots, stills, grabs, handouts, file and pool pictures in ``text``, in order."""
    lowered = text.lower()
    if " via " not in text and not (any(needle in lowered for needle in _NEEDLES) and HINT.search(text)):
        return []
    found: list[Credit] = []
    for pattern in _patterns():
        for match in pattern.finditer(text):
            if not _strong(match) or any(c.start < match.end() and match.start() < c.end for c in found):
                continue
            sure = match.group("unsure") is None and not _runs_on(match.group())
            found.append(Credit(match.start(), match.end(), sure))
    return sorted(found, key=lambda c: c.start)


_CAPS_THEN_WORD = LazyPattern(r"(?<![\p{L}\p{N}])\p{Lu}{2,}[ ](\p{Lu}\p{Ll}[\p{L}-]*)")


def _runs_on(unit: str) -> bool:
    """Whether the source after "via" is an agency in capitals with words in ordinary case after it that are not
    its own ("via LETA Progressive Savings and Loan", a hard-wrapped line whose sentence the credit ran into):
    where the credit ends is then unsure ("via AP Photo", "via TT News Agency" end surely)."""
    _, via, source = unit.rpartition(" via ")
    run = _CAPS_THEN_WORD.search(source) if via else None
    return run is not None and run.group(1) not in frozenset(words(table("credits"), "agency-words"))


def _strong(match: regex.Match[str]) -> bool:
    """A weak kind ("still", "handout") needs a video word or a colon, or a source that is an acronym, two
    capitalised words ("Ministry of Defence") or an institution ("Kyiv city administration"): "Handout from
    Brussels" may be a headline."""
    kind = match.groupdict().get("kind")
    if kind is None or kind.casefold() not in _weak():
        return True
    org = match.group("org")
    return bool(_VIDEO_WORD.search(match.group()) or _ACRONYM.search(org) or _source_noun().search(org))


@cache
def _source_noun() -> regex.Pattern[str]:
    """An institution named in small letters after a name ("Kyiv city administration", "the Israeli army")."""
    return compile_pattern(rf"[ ](?:{alternation(words(table('credits'), 'source-nouns'))})\b")


@cache
def _weak() -> frozenset[str]:
    return frozenset(words(table("credits"), "weak-image-kinds"))
