"""Find photo credits by their shape, and say where each one surely ends.

A credit is a short chain of names and agencies joined by ``/``, ``via`` or
``for`` (``John Smith/AFP via Getty Images``, ``REUTERS/Omar Sanadiki/File
Photo``), behind a label (``Photo:``, ``(Picture by ...)``, ``Credit:``,
``©``, ``Courtesy of``) or standing as a unit of its own between sentences. The
agencies are data (``[lexicon.credits]``); an unknown agency in capitals after a
name (``Ivan Petrov/KOMMERSANT``) has the same shape and is found too.

Each credit comes with ``sure``: whether its end is certain. An agency, a
closing bracket, the end of a line or a word that starts sentences closes a
credit. A photographer's name run into the next sentence without a full stop
(``REUTERS/Omar Sanadiki Prime Minister Theresa May said``) has no certain
end: the rule reports it with an unsafe fix, so no word of news is ever
deleted by ``--fix``.
"""

from __future__ import annotations

from functools import cache

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.memo import per_paragraph
from wirelint.text.agencies import NO_AGENCY, call, defined, known_agencies, listed, lookahead, names_agency, starts
from wirelint.text.barcredits import ARTICLE, quiet_bar
from wirelint.text.common_words import FUNCTION_WORDS, NEWS_WORDS
from wirelint.text.creditgates import by_words, folder, gate
from wirelint.text.creditparts import (
    BYLINE,
    CAPS_TOKEN,
    CLOSE,
    CLOSED_AFTER,
    CLOSED_SOURCE,
    DOMAIN,
    FOR,
    LABELLED_SEP,
    LEFT,
    NAME_TOKEN,
    NEW_SENTENCE,
    PARTICLE,
    PERSON,
    SEP,
    STARTERS,
    Credit,
    dated_end,
    score_after,
)
from wirelint.text.lexicon import alternation, kept_patterns, table, words
from wirelint.text.placelabels import bare_place_label, names_a_side, place_label_end

_COMPANY = LazyPattern(r"\s+(?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|AG|SA|NV|Group|Holdings)\b")
_CHAIN_SEPARATOR = LazyPattern(rf"[ ]?/[ ]?via[ ]|[ ]?/[ ]?|[ ][|·][ ]|[ ][-–—][ ]|[ ]via[ ]|{FOR}|[,;][ ]")
_SEPARATORS = frozenset(("-", "–", "—", "|", "·", "/", ";", ","))
_JOINERS = frozenset(("via", "for", "by", "of", "photo", "picture", "image", "file"))
"""Words that join the parts of a credit ("AGENCY via Name"): after an agency in capitals they are no news."""
_CLEAR_BEFORE = LazyPattern(r"(?:[(\[|:–—]|[ \t]-)[ \t]*\Z")
"""What surely ends the text before a credit: a bracket, a bar, a colon or a dash (not a full stop: a stray
word may follow one)."""
_FIRST_PART = LazyPattern(
    r"[^/|\n]+?(?=[ ]?/|[ ]\||[ ]via[ ]|[ ]for[ ]|[ ](?i:file|handout|pool|photo|picture|image)\b|$)"
)
"""The first part of a credit's chain: the photographer's name, or the agency before its photo."""
_TITLE_LABEL = LazyPattern(r"[ ](?:Photo|Picture|Image)\b")
_PARTICLE = LazyPattern(rf"{PARTICLE}$")
_NEXT_WORD = LazyPattern(r"(?:[ \t]+|[ \t]*\n[ \t]*)(\S+)")
"""The word after a credit, on the next line too: wire copy is hard-wrapped."""
_ORG_BEFORE_PHOTO = LazyPattern(r"\S+(?:[ ]\S+)*?(?=[ ](?i:file|handout|pool|photo|picture|image))")
_TOKEN = LazyPattern(r"\S+")
_PIECE = LazyPattern(r"[^\s/]+")
_LAST_PART_SEPARATOR = LazyPattern(r"/|[ ]via[ ]|:[ ]?|[ ]by[ ]|[ ](?i:courtesy)(?:[ ]of)?[ ]|,[ ]")
_BY_LABEL = LazyPattern(r"\S+[ ](?i:by|of)[ ]")
"""A label word and "by" or "of", nothing between ("Photographs by ", "Photos of "; not "Picture supplied by ")."""
_SMALL_AFTER = LazyPattern(r"[ \t]+\p{Ll}")
"""A word in small letters after a name: a sentence goes on."""
_RIGHT_BOUNDARY = LazyPattern(CLOSED_SOURCE + r"|\s+(?:[-–—][ ])?[\p{Lu}\p{N}\"“‘'(\[<]")
"""What follows a credit: the end of a line, a bracket, punctuation or a new sentence (after a dash too;
not prose)."""


HEAD_SHAPE = r"(?-i:\p{Lu}\p{Ll}+(?:[ ]\p{Ll}+)?[ ](?:of|for)(?=[ ](?:the[ ])?\p{L}+[ ]?:))"
"""A head of one or two words and "of" or "for" before a label and its colon ("Origin of photo:"): what the label
tells of the picture."""


@cache
def _grammar(bare: bool = False) -> dict[str, LazyPattern]:
    """The credit patterns; ``bare``: without the known agencies, for a text that names none
    (:func:`~wirelint.text.agencies.names_agency`), where they find what the full ones would."""
    return kept_patterns("credit-grammars", bare, lambda: _patterns(NO_AGENCY if bare else known_agencies(), True))


def _patterns(known: str, called: bool) -> dict[str, LazyPattern]:
    """The patterns with ``known`` for the listed agencies; ``called``: the agencies and the labels written once
    in each pattern and called where they stand (see text/agencies.py)."""
    lexicon = table("credits")
    # An agency is a whole word: "Keystone" is not the agency of "Keystone-SDA".
    written = rf"(?<![\p{{L}}\p{{N}}-])(?:{DOMAIN}|{known})(?![\p{{L}}\p{{N}}]|-\p{{L}})"
    # An agency starts as a listed one does, or as a web address (a word and a dot).
    agency = call("agency", starts()[:-1] + r"|[\p{L}\p{N}-]+\.)") if called else written
    labels = words(lexicon, "labels")
    label = alternation(labels + [name.upper() for name in labels] + [name[:1].lower() + name[1:] for name in labels])
    positions = words(lexicon, "label-positions")
    position = alternation(positions + [name.upper() for name in positions] + [name.lower() for name in positions])
    picture_label = f"(?:{position})[ ](?:{label})"  # "Main photo", "Top picture": which picture it credits
    # Where the picture stands, alone before a colon, then a person and whoever they shot for ("Pictured above:
    # NAME / ORG", "Above: NAME - ORG"): a caption's label, as a picture word's is
    places = alternation(words(lexicon, "picture-places"))
    # "Top photo", "Pic credit", "Video source"
    # "Source of image:", "Credit for the photo:": a head that says what the label tells of the picture
    # or any one or two words and "of" or "for" ("Origin of photo:", "Copyright for the picture:")
    heads = words(lexicon, "label-heads")
    head = alternation(heads + [name.upper() for name in heads]) + "|" + HEAD_SHAPE
    label = (
        rf"(?:(?:{position})[ ](?=\p{{L}})|{BYLINE}|(?:{head})[ ](?:the[ ]|THE[ ])?)?"
        rf"(?:{label})(?:[ ](?i:credit|credits|copyright|source))?"
    )
    if called:  # the labels' forms as the alternations above write them, or a byline
        forms = [*labels, *positions, *heads]
        forms += [name.upper() for name in forms] + [name[:1].lower() + name[1:] for name in forms]
        label, written_label = call("label", lookahead(forms, BYLINE, HEAD_SHAPE)), label
    ending = alternation(words(lexicon, "endings"))
    rests = [name[1:] for name in labels] + [name[1:].upper() for name in labels]
    label_rest = rf"(?<=\p{{Lu}}){alternation(rests, boundary=False)}(?![\p{{L}}\p{{N}}])"
    # Labels in a script without capitals ("摄影", "تصوير"): inside a sentence they open a credit as a capital does
    uncased = alternation([name for name in labels if not (name[0].isupper() or name[0].islower())], boundary=False)
    uncased = rf"(?<![\p{{L}}\p{{N}}])(?:{uncased})"
    name = rf"(?:{NAME_TOKEN}(?:[ ](?:(?:{PARTICLE}|&)[ ]){{0,2}}{NAME_TOKEN}){{0,3}})"  # "Mail & Guardian"
    agency_word = alternation(words(lexicon, "agency-words"))
    # "TT News Agency"; a platform's handle ("YouTube/@coastcam", "X/@rescue_team")
    handle = r"@[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*"
    part = rf"(?:{agency}(?:[ ]{agency_word}){{0,2}}(?![\p{{L}}])|{name}|-|{handle})"
    chain = rf"(?P<chain>{part}(?:{SEP}{part}){{0,4}})"
    # Behind a label the parts may also be joined by a comma, a semicolon, a dot or a dash
    # ("Picture by NAME, AGENCY", "Photo · NAME · AGENCY"), and an agency may close it in brackets.
    labelled_chain = rf"(?P<chain>{part}(?:{LABELLED_SEP}{part}){{0,4}}(?:[ ]\({part}\))?)"
    reserved = r",?[ ](?i:all[ ]rights[ ]reserved)\.?"  # "Copyright AP, all rights reserved"
    # "Photo: dpa file", "Foto: EFE (archivo)": a file picture, in the languages of the labels
    filed = (
        r"[ ](?:(?i:file|archives?|pool|footage|video)(?:[ ](?i:photo|picture|image))?(?![\p{L}])"
        r"|\((?i:file|archive|archivo|archiv|arquivo|archivio)\))"
    )
    # "... via AGENCY", "Photo by NAME on Unsplash", "Image by NAME from Pixabay": the source after the name
    tail = rf"(?P<tail>(?:[ ]?/[ ]?{ending}|,[ ]?{ending}|[ ](?:via|on|from)[ ]{agency}|{reserved}|{filed})*)"
    courtesy = r"[ ](?:(?i:courtesy)(?:[ ]of)?:?[ ]|of[ ])"  # "Photo courtesy AFP", "Picture courtesy of: NAME"
    # "Photo: ", "Image supplied by ", "Photo credit should read ", "Picture courtesy of ".
    handed = r"[ ](?i:(?:supplied|provided|released|distributed|issued|taken)[ ]by|(?:should|must)[ ]read:?)[ ]"
    by_label = alternation(["by", *by_words()], boundary=False)  # "Photo by", "Foto di", "Photo de", "Foto von"
    after_label = rf"(?:(?i:[ ](?:{by_label})[ ])|[ ]?[:：][ ]?|{courtesy}|{handed}|[ ]?/[ ]?|[ ][-–—·|©][ ]|[ ]via[ ])"
    copyright = r"(?:©|\(c\)|Copyright[ ]?:?)[ ]?(?:(?:19|20)\d\d[ ])?"
    # No word of it starts a sentence ("Year The photos by NAME were shown": "The" starts one).
    org_word = rf"(?!{STARTERS})\p{{Lu}}[\p{{L}}-]*"
    org = rf"(?:{agency}|{org_word}(?:[ ](?:(?:and|of|&)[ ])?{org_word}){{0,2}})"  # "Times of Malta"
    # An agency not in the list, after a photographer's name: one word ("Tanjug", "Keystone-SDA") or
    # words with an agency's own word ("Nordic Press", "Agencia Brasil"); not a title ("Life Begins/Von Trapped").
    one_word = r"\p{Lu}[\p{L}-]*\p{L}"
    title_word = r"\p{Lu}[\p{L}-]*"
    org_words = rf"{title_word}(?:[ ]{title_word}){{0,2}}"  # "Irish Examiner", an organisation the list lacks
    # ... or a paper's or a broadcaster's ("Toronto Star", "Western Mail", "Daily Record", "South China Morning Post")
    press = alternation(words(lexicon, "press-words"))
    starter = alternation(words(lexicon, "sentence-starters"))  # a name never starts with "In", "The"
    # A paper's article and name ("The Hindu", "Le Monde"): a word that starts sentences after the name is the next
    # sentence's ("NAME / Le Figaro A US judge ...")
    article_name = rf"{ARTICLE}[ ]{title_word}(?:[ ](?!(?:{starter})[ ]){title_word}){{0,2}}"
    named_org = (
        rf"(?:{agency}|(?:{title_word}[ ]){{0,2}}{agency_word}|{agency_word}[ ]{title_word}"
        rf"|(?:{title_word}[ ]){{0,3}}{press}|{press}[ ]{title_word}|{article_name}"
        rf"|{one_word})"  # "Daily Record", "Toronto Star", "The Hindu"
    )
    caps_person = r"\p{Lu}[\p{Lu}'’-]+(?:[ ]\p{Lu}[\p{Lu}'’-]+){1,3}"
    # What opens the sentence a credit at a paragraph's start ran into: a word that starts sentences, a quote or a
    # bracket, an initialism before small letters ("NAME/Politiken BT is ...")
    opens_next = rf"(?=[ ](?:(?:{starter})[ ]|[\"“‘<(\[]|\p{{Lu}}{{2,}}[ ]\p{{Ll}}))"
    named_credit = (
        rf"(?:(?!{starter}){PERSON}(?:/|[ ][/|][ ]){named_org}|{caps_person}[ ][/|][ ]{named_org})"
        rf"(?:[ ][/|][ ]Getty[ ]Images)?"
    )
    # A labelled credit, or an agency's photo, may also open the line after a table's row ("Sales 24.5 mln vs
    # 19.6 mln\nPhoto by NAME/AGENCY"): a label says where it starts
    # As many words as the longest listed agency has may stand before its photo word ("Press Trust of India PHOTO")
    agency_words = max(len(name.split()) for name in listed())
    row_left = rf"(?<![\p{{L}}\p{{N}}])(?:{LEFT}|(?<=\p{{N}}[%)]?\r?\n[ \t]*))"  # cheap first: not inside a word
    flags = regex.VERSION1 | regex.MULTILINE
    grammar = {
        "agency": LazyPattern(rf"^{agency}$", flags),
        "labelled": LazyPattern(
            rf"""[(\[][ ]?(?:{label}{after_label}|{copyright}|(?i:courtesy)[ ]of[ ])[^()\[\]\n]{{1,120}}[)\]]
               | {row_left}  # where a credit may start, tested once for every shape after it
                 (?:(?:{label}{after_label}(?:the[ ](?=\p{{Lu}}))?|{label}[ ]{copyright}|{copyright}
                    # "Mandatory credit NAME/AGENCY", "Image copyright AGENCY", "Zdj. NAME/AGENCY"
                    |{label}(?<=(?i:credit|copyright)|\.)[ ](?=\p{{L}})(?P<bare>))
                    {labelled_chain}{tail}
                  | {picture_label}[ ](?=\p{{Lu}})(?P<chain>{part}(?:[ ][-–—|][ ]{part}){{1,2}}){tail}
                  | (?:{places})  # "Above: NAME - X", "Above, NAME/ORG"
                    (?:[ ]?[:：][ ]?|,[ ](?={PERSON}[ ]?/[ ]?\p{{Lu}})(?P<comma>))(?=\p{{Lu}})
                    (?P<chain>{PERSON}(?:{LABELLED_SEP}{part}){{1,3}}){tail}  # no sentence after ("Top: NAME - X won")
                    (?![\p{{L}}\p{{N}}'’-]|[ \t]+\p{{Ll}}|[ \t]*\r?\n[ \t]*\p{{Ll}})
                    (?(comma)(?![ \t]+\p{{Lu}}))  # after a comma, no name running on ("Above, Ann Lee/Goldman Sachs")
                  | {label}{handed}(?:the[ ])?(?:[\p{{L}}'’-]+[ ]){{1,4}}?via[ ](?P<chain>{agency})(?P<tail>)
                  | (?:{label}[ ])?(?:Courtesy|COURTESY|courtesy)(?:[ ]of|[ ]?:)?[ ](?:the[ ])?{chain}
                    (?:[ ](?:family|archive|collection))?{tail})""",
            flags | regex.VERBOSE,
        ),
        "slashed": LazyPattern(
            rf"""[(\[][ ]?(?P<inner>{part}[ ]?/[^()\[\]\n]{{1,100}})[)\]]
               | {LEFT}(?:  # where a credit may start, tested once for every shape after it
                 (?P<agency_first>{agency}(?:[ ](?:PHOTO|Photo|Pictures|PICTURES|IMAGES))?)[ ]?/[ ]?{chain}{tail}
               | (?P<caps_photo>{agency}[ ]PHOTO)(?![\p{{L}}])(?:[ ]?/[ ]?{CAPS_TOKEN}(?:[ ]{CAPS_TOKEN})*)*
               | (?P<caps_photo_unknown>\p{{Lu}}[\p{{Lu}}-]+\p{{Lu}}[ ]PHOTO)
                 (?:[ ]?/[ ]?{CAPS_TOKEN}(?:[ ]{CAPS_TOKEN})*)+
               | (?P<chain>{part}(?:{SEP}{part}){{1,4}}){tail})""",  # one part alone is never a credit
            flags | regex.VERBOSE,
        ),
        # An agency before its photo: "Xinhua photo by NAME", "TANJUG PHOTO BY NAME", "Tanjug photo/NAME",
        # "Reuters file photo".
        "agency_photo": LazyPattern(
            rf"""{row_left}(?=\p{{L}})  # tested once for both shapes
                 (?:{org}[ ](?i:(?:file[ ]|handout[ ]|pool[ ])?(?:photo|picture|image)s?)
                    (?:(?:(?i:[ ]by[ ])|[ ]?/[ ]?){chain}{tail}|(?=[ \t]*(?:\r?$|[)\].;]))|(?P<agency_only>))
                  | (?P<article>{ARTICLE})[ ](?!{STARTERS})\p{{Lu}}[\p{{L}}-]*(?:[ ]\p{{Lu}}[\p{{L}}-]*){{0,2}}
                    [ ](?i:photo|picture|image)s?(?:(?i:[ ]by[ ])|[ ]?/[ ]?)(?>{chain}{tail}))  # "The Hindu photo/NAME"
            """,
            flags | regex.VERBOSE,
        ),
        # A person's name, then an agency in capitals that is not in the list: "Ivan Petrov/KOMMERSANT";
        # or in ordinary case, at the end of a line or before punctuation: "Li Wei/Tanjug.".
        "unknown": LazyPattern(
            rf"""{LEFT}(?:  # where a credit may start, tested once for every shape after it
                 {named_credit}
                 (?:(?:[ ]?/[ ]?|[ ]\|[ ]){ending}(?=[ \t]*(?:$|\P{{L}}|[ ]\p{{Lu}}))
                   |{CLOSE}|{NEW_SENTENCE}|{opens_next})
               | (?:(?:{PERSON}|{caps_person}|{named_org})(?:[ ]?/[ ]?|[ ][-–—|][ ]))+{DOMAIN}
                 (?:{CLOSE}|{NEW_SENTENCE})  # "NAME - stock.adobe.com", "AGENCY / NAME - stock.adobe.com"
               | {caps_person}[ ]?/[ ]?\p{{Lu}}[\p{{Lu}}&-]*\p{{Lu}}(?:[ ]\p{{Lu}}[\p{{Lu}}&-]*\p{{Lu}}){{0,2}}
                 [ ](?:PHOTO|PICTURE|IMAGE)S?{CLOSE}  # "KIM LEE/AVALON PHOTO"
               | {PERSON}[ ]?/[ ]?\p{{Lu}}[\p{{Lu}}&-]*\p{{Lu}}(?![\p{{L}}/])
               | {caps_person}[ ]?/[ ]?\p{{Lu}}[\p{{Lu}}&-]*\p{{Lu}}(?:[ ]\p{{Lu}}[\p{{Lu}}&-]*\p{{Lu}}){{0,2}}
                 (?=[ ]\p{{Lu}}\p{{Ll}}|[.;][ ]+\p{{Lu}}\p{{Ll}}|[)\]])  # not a headline ("TALKING POINT/BANKS")
               | (?!{starter}){PERSON}[ ]?/[ ]?{title_word}(?:[ ]{title_word}){{1,2}}
                 (?=[ ](?:{starter})[ ]\p{{Ll}})  # "Kate Green/Baltic Times The count resumed"
               | \p{{Lu}}{{2,6}}(?:-\p{{Lu}}{{2,6}})?/{PERSON}{CLOSE}
               | (?!{starter})(?:{PERSON}|{caps_person})[ ]?\|[ ]?(?:{ARTICLE}[ ])?{org_words}
                 (?:{CLOSE}|{NEW_SENTENCE}|(?=[ ][\p{{Lu}}"“‘]))  # a bar parts a name and whoever it shot for
               | {PERSON}[ ]for[ ]{agency}(?:{CLOSE}|{NEW_SENTENCE})
               | (?:{ending}[ ]via[ ]{named_org}|{named_org}[ ](?i:file[ ]photo|file[ ]picture|handout[ ]photo))
                 (?:{CLOSE}|{NEW_SENTENCE}))""",
            flags | regex.VERBOSE,
        ),
        "getty_end": LazyPattern(
            rf"{LEFT}(?:{name}[ ]via[ ])?Getty[ ]Images(?=[ \t]*\r?$)|(?<=\S)[ ]?/[ ]?(?:File[ ]Photo|FILE[ ]PHOTO)\b",
            flags,
        ),
        "starters": LazyPattern(alternation(words(lexicon, "sentence-starters")) + "$"),
        "named_credit": LazyPattern(rf"^{named_credit}(?:(?:[ ]?/[ ]?|[ ]\|[ ]){ending})?$", flags),
        # Inside a sentence, a slash chain of a photographer or a handout and a known agency, ending on an
        # agency or a file/handout word: "... has Ruth McKenzie/Bernama been", "... in Handout/WAFA the".
        "inside_chain": LazyPattern(
            rf"""(?<=[\p{{Ll}}\p{{N}},;][ ])(?=\p{{Lu}})
                 (?:{PERSON}|{ending}|{agency})(?:[ ]?/[ ]?(?:{PERSON}|{caps_person}|{ending}|{agency}))+
                 (?:[ ]via[ ]{agency})?
                 (?<=(?:{agency}|{ending}))(?=[ ]\p{{Ll}})
               | (?<=[\p{{Ll}}\p{{N}},;][ ]){ending}[ ]via[ ]{agency}(?=[ ]\p{{Ll}}|{CLOSE})""",
            flags | regex.VERBOSE,
        ),
        # Inside a sentence, only a labelled credit that ends on a known agency: "... which Photo: NAME/AFP was".
        "inside": LazyPattern(
            rf"""(?:(?<=[\p{{Ll}}\p{{N}},;][ ])|(?<=\p{{Lu}}[ ])(?=©|\(c\)|Copyright))  # "REUTER ©NAME/AGENCY" too
                 (?:(?:(?-i:\p{{Lu}}){label_rest}|{uncased})(?:{after_label}|[ ]{copyright})|{copyright}
                  |(?=(?:\S++[ \t]++){{1,{max(agency_words, 6)}}}?(?:PHOTO|Photo|photo|PICTURE|Picture|picture)[ ]?[:/])
                   (?:{ARTICLE}[ ])?{org}  # an agency of any length, or an organisation ("Times of Malta")
                   [ ](?:PHOTO|Photo|photo|PICTURE|Picture|picture)[ ]?[:/][ ]?  # "... been AFP PHOTO: NAME achieved"
                  |(?=\p{{Lu}}[\p{{L}} -]{{0,30}}?[:：])  # cheap first: a colon ahead
                   (?:{picture_label}|{places})[ ]?[:：][ ]?)  # "... shares Main picture: NAME - ORG of"
                 (?:{part}{LABELLED_SEP})*(?:{agency}(?:[ ]\({agency}\))?|(?P<unsure>{part}(?:[ ]\({part}\))?))
                 (?=[ ]\p{{Ll}}|{CLOSE})""",
            flags | regex.VERBOSE,
        ),
        # A person's name in ordinary case, then an agency in capitals: "Ivan Petrov/KOMMERSANT".
        "unknown_agency": LazyPattern(
            rf"^\p{{Lu}}\p{{Ll}}+(?:[ ](?:{PARTICLE}[ ])?\p{{Lu}}[\p{{Ll}}'’-]+){{1,3}}"
            rf"[ ]?/[ ]?\p{{Lu}}[\p{{Lu}}&-]+\p{{Lu}}(?:[ ]?/[ ]?{CAPS_TOKEN})*$"
        ),
    }
    if called:
        fragments = {"agency": written, "label": written_label}
        for kind, pattern in grammar.items():
            used = {name: fragment for name, fragment in fragments.items() if f"(?&{name})" in pattern.pattern}
            if used:
                grammar[kind] = defined(pattern, used)
    return grammar


_BYLINE_START = LazyPattern(BYLINE)
_LABEL_AFTER = LazyPattern(r":|[ \t]+:(?![ \t])")
"""A word that labels the text after it ("NOTE:"); a colon with a space on both sides opens that text (": Well")."""
_LAST_WORD = LazyPattern(r"(?<=[ ])\p{Lu}\p{Ll}*\Z")
_CLAUSE_GOES_ON = LazyPattern(r",[ ]\p{Ll}")
_LINE_GOES_ON = LazyPattern(r"[.;]?[ \t]*[^\s)\]]")
"""After a credit, more of the line: text it may have taken words from."""


def find_credits(text: str) -> list[Credit]:
    """The photo credits in ``text``, each once, in order."""
    grammar = _grammar(bare=not names_agency(text))
    found: list[Credit] = []
    folded = folder(text)
    for kind in ("labelled", "slashed", "agency_photo", "unknown", "getty_end", "inside", "inside_chain"):
        if not gate(kind, text, folded):  # a literal every credit of the kind holds: most paragraphs have none
            continue
        for match in grammar[kind].finditer(text):
            credit = _judge(text, match, kind)
            if credit is not None and credit.sure and (
                not _start_sure(text, credit.start, match, kind) or _end_unsure(text, credit)
            ):
                credit = Credit(credit.start, credit.end, False)
            if credit is not None and not any(c.start <= credit.start < c.end for c in found):
                found = [c for c in found if not (credit.start <= c.start < credit.end)]
                found.append(credit)
    return sorted(found, key=lambda c: c.start)


def _end_unsure(text: str, credit: Credit) -> bool:
    """Where a credit runs into the text after it, its last words may be the text's: a word that labels
    what follows ("RAHUL GUPTA NOTE: excludes ...", "HINA NOTE: Dollar amounts ..."), a clause in small
    letters after a comma ("... officer Copyright PA Media, all rights reserved at the group"), and, with
    more of the line after it, a last word that opens sentences ("Handout/Tanjug So I said ...") or names
    listed after the agency ("Emeka Obi/Tanjug Morrison, Wilson." before a team sheet's substitutes).
    A feature's byline that credits the pictures too ("Words and pictures by ...") is the writer's credit:
    deleting it is an editor's call."""
    if _LABEL_AFTER.match(text, credit.end) or _CLAUSE_GOES_ON.match(text, credit.end):
        return True
    if _BYLINE_START.match(text, credit.start):
        return True
    if not _LINE_GOES_ON.match(text, credit.end):
        return False
    last = _LAST_WORD.search(text, credit.start, credit.end)
    if last is not None and _grammar()["starters"].fullmatch(last.group()):
        return True
    after_slash = text.rfind("/", credit.start, credit.end)
    return after_slash >= 0 and ", " in text[after_slash : credit.end]


@per_paragraph
def paragraph_credits(text: str) -> tuple[Credit, ...]:
    """:func:`find_credits` of a paragraph, remembered by its text: WL101 and WL301 both ask, and an editor's
    re-lint asks again for every paragraph an edit left alone."""
    return tuple(find_credits(text))


def _judge(text: str, match: regex.Match[str], kind: str) -> Credit | None:
    """A credit from a candidate match, or None when the match is not one (prose that looks similar)."""
    start, end = match.span()
    if text[start] in "([":
        if kind == "slashed" and not _is_credit_chain(match.group("inner"), bracketed=True):
            return None
        return Credit(start, end, True)
    if kind == "getty_end":
        return Credit(start, end, True)
    if kind == "inside":  # it ends on a known agency, or on a name before small letters (unsure)
        unsure = match.group("unsure")
        bare_by = unsure is not None and _BY_LABEL.fullmatch(text, start, match.start("unsure"))
        if bare_by and _SMALL_AFTER.match(text, end):
            return None  # "... 187 mln, Photographs by Tunde Bakare hang in the gallery": a sentence's subject
        if unsure is not None and _lone_name_after_place(text, start, match.start("unsure"), end):
            return None  # "... 892,323 Pictured: NAME, the candidate": a place and one name say who is pictured
        return Credit(start, end, unsure is None)
    if kind == "inside_chain":  # it ends on an agency; it surely starts only on one, not on a name
        parts = [part.strip() for part in _CHAIN_SEPARATOR.split(match.group())]
        endings = _credit_words("endings")
        agencies = [part for part in parts if part not in endings and _grammar()["agency"].match(part)]
        if not agencies or len(agencies) == len(parts):  # an agency and a photographer or a handout word
            return None
        return Credit(start, end, _grammar()["agency"].match(parts[0]) is not None)
    if kind == "agency_photo" and match.group("article") and _SMALL_AFTER.match(text, end):
        if len(match.group("chain").split()) <= 2:  # no room for a name and the next sentence's first word
            return None  # "The Reuters photo by NAME won the prize": a sentence's subject
    if kind == "agency_photo" and match.group("chain") is None:
        # "Reuters file photo": only a known agency makes a credit of an agency and a photo alone.
        org = _ORG_BEFORE_PHOTO.match(match.group())
        if org is None or not _grammar()["agency"].match(org.group()) or not _right_boundary(text, end):
            return None
        return Credit(start, end, True)
    if kind == "unknown":  # the agency closes the credit; a company name goes on ("... Inc")
        company = _COMPANY.match(text, end) is not None
        if not _right_boundary(text, end) or company or _table_row(text, start, end):
            return None
        if "|" in match.group() and quiet_bar(text, start, match.group()):
            return None  # "1. NAME | Club", "Key Points | Budget Day", "NAME | Political Editor": a heading's halves
        # Unsure: an agency in ordinary case before a new sentence may go on; after a bar, words may be a title
        # ("1. NAME | Club", "Key Points | Budget Day", "NAME | Political Editor"): the editor's call.
        closed = match.group()[-1].isupper() or CLOSED_AFTER.match(text, end) is not None
        return Credit(start, end, closed and "|" not in match.group())
    groups = match.groupdict()
    chain = groups.get("chain")
    by_label = kind == "labelled" and chain and _BY_LABEL.fullmatch(text, start, match.start("chain"))
    # Only a bare name: a chain with an agency or a separator is a credit run into the next sentence.
    if by_label and _SMALL_AFTER.match(text, end) and _CHAIN_SEPARATOR.search(chain) is None:
        return None  # "Photographs by Declan Byrne hang in the gallery": the subject of a sentence, not a credit
    if kind == "labelled" and chain and _scored_name(text, chain, match.end("chain")):
        return None  # "Frame: Trump 75-0, 64-12.": a label, a name and the scores are a results line
    if kind == "labelled" and chain and (dated := dated_end(text, match.end("chain"))) is not None:
        return Credit(start, dated, False)  # "Photo: Jane Doe 2019": the picture's date; the editor decides
    if groups.get("bare") is not None and not _is_credit_chain(chain or "") and not _owned(text, start, match, chain):
        return None  # "Mandatory credit NAME/AGENCY": a credit word and no colon, then a chain that names an agency
    caps_photo = groups.get("caps_photo") or groups.get("caps_photo_unknown")
    if kind == "slashed" and caps_photo is None and groups.get("agency_first") is None:
        if chain is None or ("/" not in chain and " via " not in chain and " | " not in chain):
            return None
        if not _is_credit_chain(match.group()):
            return None
    end, sure = _close(text, start, end, groups.get("tail") or "")
    if end <= start or not _right_boundary(text, end):
        return None
    if kind == "labelled" and (label := bare_place_label(text, start, end)) is not None:
        # "Top: NAME - Espoo": a picture's place, a name and a place may list candidates; at most unsure
        return None if names_a_side(label) else Credit(start, end, False)  # "Centre: NAME - Helsinki": a party
    return Credit(start, end, sure)


def _owned(text: str, start: int, match: regex.Match[str], chain: str | None) -> bool:
    """Whether a label without a colon owns the chain after it: a copyright label or an abbreviated one ("Image
    copyright Reuters", "IMAGE COPYRIGHT GETTY IMAGES", "Zdj. NAME/Reporter") before an agency, words in
    capitals or a slash chain; "Credit NAME" stays a sentence's."""
    label = text[start : match.start("chain")].rstrip().lower()
    if not chain or not (label.endswith(".") or label.endswith("copyright")):
        return False
    return "/" in chain or chain.isupper() or _grammar()["agency"].match(chain.strip()) is not None


def _lone_name_after_place(text: str, start: int, chain: int, end: int) -> bool:
    """Whether a credit is a picture's place alone before its colon and one name, nothing after it: who is in
    the picture ("Pictured: NAME"), not who took it."""
    return place_label_end(text, start, end) == chain and _CHAIN_SEPARATOR.search(text, chain, end) is None


def _table_row(text: str, start: int, end: int) -> bool:
    """Whether a credit parted by a bar has another bar on its line: a table's row ("Rank | NAME | Club")."""
    if "|" not in text[start:end]:
        return False
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    return "|" in text[line_start:start] or "|" in text[end : len(text) if line_end < 0 else line_end]


def _scored_name(text: str, chain: str, end: int) -> bool:
    """Whether a chain of one name and no agency is followed by a score: a frame's, set's or game's line."""
    lone = _CHAIN_SEPARATOR.search(chain) is None and not _grammar()["agency"].match(chain.strip())
    return lone and score_after(text, end)


def _start_sure(text: str, start: int, match: regex.Match[str], kind: str) -> bool:
    """True when a credit surely starts where it was found, so deleting it takes no word of the text before.

    A label, a bracket or an agency opens a credit for certain. A photographer's name does only when it
    stands at the start of a line or after a clear separator (a bracket, a colon, a bar or a dash), or when
    it is short: a name of three or more capitalised words run on after other text (`... doing better."
    Russian Giorgos Pappas / Ritzau`) may have taken the last word of that text as its first.
    """
    if kind in ("labelled", "getty_end", "inside") or text[start] in "([":
        return True
    groups = match.groupdict()
    if groups.get("agency_first") or groups.get("caps_photo") or groups.get("caps_photo_unknown"):
        return True
    first = _FIRST_PART.match(text, start, match.end())
    if first is None or _grammar()["agency"].match(first.group().strip()):
        return True
    opening, _, rest = text[start : match.end()].partition(" ")
    second = rest.split(" ", 1)[0].split("/", 1)[0]
    if rest and not _grammar()["agency"].match(opening) and (
        _grammar()["agency"].match(second) or second in _credit_words("endings")
    ):
        return False  # "Year Pool/EPA-EFE/File": the agency opens the credit; the word before may be a table's label
    if kind == "agency_photo" and _TITLE_LABEL.match(text, first.end()):
        return False  # "Year Photo by NAME": a label in title case opens a credit; the word before may be news
    capitalised = [word for word in first.group().split() if word[:1].isupper()]
    # A name is written in capitals or in ordinary case: both ("SNAKE EATER Marek Zajac/ANP", after a game's
    # title in capitals) means the words in capitals may be the text's.
    if any(_in_capitals(word) for word in capitalised) and not all(_in_capitals(word) for word in capitalised):
        return False
    if len(capitalised) >= 3 and capitalised[0].lower() in FUNCTION_WORDS | NEWS_WORDS:
        return False  # "Year Farid Nazari - stock.adobe.com": a table's label before a name
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip() or _CLEAR_BEFORE.search(text, 0, start):
        return True
    return len(capitalised) < 3


def _is_credit_chain(chain: str, bracketed: bool = False) -> bool:
    """True when a slash chain names an agency, or is a name and an agency in capitals; in brackets,
    also a name and an agency in ordinary case ("(Li Wei/Tanjug)")."""
    grammar = _grammar()
    parts = [part.strip() for part in _CHAIN_SEPARATOR.split(chain) if part.strip()]
    if len(parts) < 2:
        return False
    if any(grammar["agency"].match(part) for part in parts):
        return True
    if bracketed and grammar["named_credit"].match(chain.strip()):
        return True
    return grammar["unknown_agency"].match(chain.strip()) is not None and len(parts[0].split()) >= 2


def _close(text: str, start: int, end: int, tail: str) -> tuple[int, bool]:
    """Where a credit ends and whether that is certain.

    A credit that ends on an agency or a tail ("/File Photo") ends there. One that ends
    on a name ends surely only before the end of a line, a bracket or punctuation;
    a name followed by the start of a sentence ("... Sanadiki The ministry said")
    loses the words of that sentence it swallowed.
    """
    grammar = _grammar()
    last = _LAST_PART_SEPARATOR.split(_CHAIN_SEPARATOR.split(text[start:end])[-1])[-1].strip()
    first, *rest = last.split() or [""]
    own_words = _credit_words("agency-words")
    agency_named = grammar["agency"].match(first) is not None and all(word in own_words for word in rest)
    if tail or grammar["agency"].match(last) or agency_named or last == "PHOTO":  # "AFP", "TT News Agency"
        return end, True
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text, pos=start, endpos=end)]
    sure = True
    while tokens:
        token_start, token_end = tokens[-1]
        after = text[token_end:]
        next_word = _NEXT_WORD.match(after)
        word = text[token_start:token_end]
        if after[:1] in (",", ";"):  # "... Sanadiki, a farmer, said": the name may go on
            sure = False
            break
        if next_word and next_word.group(1)[:1].islower() and token_start > start:
            sure = sure and grammar["starters"].match(word) is not None
            tokens.pop()  # the first word of the next sentence, not a name
            continue
        if _PARTICLE.match(word) and token_start > start:
            tokens.pop()  # a name never ends on "de" or "do" ("Lusa - How do I structure ...")
            continue
        if next_word and next_word.group(1)[:1].isupper():
            follower = next_word.group(1)
            if grammar["starters"].match(follower.rstrip(".,;:")) is None and not _mixed_after_caps(word, follower):
                sure = False
        elif next_word and next_word.group(1)[:1].isdigit() and text[token_end] in " \t":
            sure = False  # a figure after a name: its last word may be a table's label ("Ana Sousa/Hina Net 48,500")
        break
    while tokens and text[tokens[-1][0] : tokens[-1][1]] in _SEPARATORS:  # "NAME/AGENCY - The seats": not the dash
        tokens.pop()
    if not tokens:
        return start, False
    if len(rest) >= 1 and rest[-1].lower() in FUNCTION_WORDS | NEWS_WORDS:
        sure = False  # "Gunnar Holt/Avalon Year": an agency the list lacks, then a table's label
    return _case_change(text, start, tokens, sure)


def _case_change(text: str, start: int, tokens: list[tuple[int, int]], sure: bool) -> tuple[int, bool]:
    """An agency in capitals ends a credit: a word in ordinary case after it ("Olga Bello/BTA Jamaican") is
    news, unless nothing follows on its line ("NAME/NZ Herald": where it ends is unsure). A final name of more
    than two words in ordinary case may have swallowed one, so its end is not sure."""
    end = tokens[-1][1]
    pieces = [(m.start(), m.end()) for m in _PIECE.finditer(text, pos=start, endpos=end)]
    words = [text[s:e] for s, e in pieces]
    for index in range(len(words) - 1, 0, -1):
        joined = not text[pieces[index - 1][1] : pieces[index][0]].strip()  # not "AGENCY / Name"
        # "AP Photo", "TT News Agency"
        own = words[index].lower() in _JOINERS or words[index] in _credit_words("agency-words")
        if joined and not own and _mixed_after_caps(words[index - 1], words[index]):
            # Unless the line ends there: "NZ Herald", "BBC Sport" may be the source's own name.
            return (end, False) if CLOSED_AFTER.match(text, end) else (pieces[index - 1][1], sure)
    # The part after the last separator ("Office for National Statistics" is one name; "NAME - Switzerland" two)
    last_part = _LAST_PART_SEPARATOR.split(_CHAIN_SEPARATOR.split(text[start:end])[-1])[-1].split()
    capitalised = [word for word in last_part if word[:1].isupper()]
    in_capitals = all(word.upper() == word for word in capitalised)
    # Run into more text on its line, a name in capitals may have swallowed an acronym that starts the
    # sentence after it ("JEAN SATO KLM Royal Dutch Airways said").
    closed = CLOSED_AFTER.match(text, end) is not None
    # A word in capitals after a name in ordinary case may be the next text's ("©Prensa Latina NOTE: Net ...").
    caps_after_name = len(capitalised) >= 2 and not in_capitals and _in_capitals(capitalised[-1])
    return end, sure and not caps_after_name and (len(capitalised) <= 2 or (in_capitals and closed))


def _in_capitals(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@cache
def _credit_words(key: str) -> frozenset[str]:
    """A word list of ``[lexicon.credits]`` as a set: "agency-words" (an agency's own words after its
    initials: "News", "Agency", "Photo"), "endings" ("File Photo", "Handout")."""
    return frozenset(words(table("credits"), key))


def _mixed_after_caps(word: str, follower: str) -> bool:
    """True when a name in capitals is followed by a word in mixed case: the capitals surely ended."""
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and any(c.islower() for c in follower)


def _right_boundary(text: str, end: int) -> bool:
    """A credit is followed by the end of a line, a bracket, punctuation or a new sentence (after a dash
    too); not by prose."""
    return _RIGHT_BOUNDARY.match(text, end) is not None
