"""Tell news about a translation product from a machine-translation note.

"Samsung introduced live translation powered by Gemini", "Skype launched AI-assisted translation for its calls"
and "The startup's AI-assisted translation service raised $20m" hold a translating word and a machine word, as a
note does, but a name or a possessive stands before them as the sentence's subject or owner, with a verb of
business news (``[lexicon.translation.en] news-verbs``: launched, offers, supports ...): the translation is what
the news is about, never a note on the text. A note says what the text is, or opens with its own words.
"""

from __future__ import annotations

from functools import cache

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.text.lexicon import fragments, table, words

LEADS_TO_NAME = frozenset(
    "from into to by with using via in de par avec von mit aus vom por con da di com em z ze iz van naar från".split()
)
"""Words after which a marker names a language or a tool: "from German", "with DeepL"."""
_NOTE_LINKS = LEADS_TO_NAME | {"and", "not", "but", "or"}
"""Words of a note's links ("from German", "with DeepL", "and not reviewed")."""
MAX_BARE_NOTE_WORDS = 6
_OWNER_BEFORE = LazyPattern(r"(?:\p{L}['’]s?|\b(?i:its|their|his|her|our))[ ]+\Z")
"""A possessive right before a capitalised word of translating: "The startup's AI-assisted translation", "its AI
translation"."""
_TITLE_BEFORE = LazyPattern(r"(?<![\p{L}\p{N}])(?:\p{Lu}[\p{Ll}-]+[ ]){1,3}\Z")
"""Words in title case right before a capitalised word of translating: one name ("Live Translation", "Instant
Voice Translation")."""
_NAMED_NOUN = LazyPattern(r"(?:Translat(?:e|ion|or)s?|Interpret(?:er|ing|ation)s?)\b")
_NAME_BEFORE = LazyPattern(r"(?<=[\p{Ll}\p{N},][ ])\p{Lu}[\p{Ll}-]+[ ]\Z")
"""A capitalised word after one in small letters: a translating noun after it ends a name ("Auto Translate"); a
note opens on its own word or a participle ("Translated by ...")."""
_ARTICLE_BEFORE = LazyPattern(r"\b(?i:the|an?)[ ]+\Z")
_SENTENCE_START = LazyPattern(r"(?r)(?:[.!?][\"”’)]*\s+|\n|^)")
_NAME = LazyPattern(r"(?<=[\p{Ll}\p{N},][ ])\p{Lu}|\b\p{Lu}\p{L}*(?:['’]s\b|\p{Lu})")
"""A name: a capitalised word after one in small letters, a possessive ("Samsung's") or a word with capitals
inside ("DeepL", "WhatsApp")."""


@cache
def _news_verbs() -> str:
    """The verbs of ``[lexicon.translation.en] news-verbs``, as an alternation of whole words."""
    return fragments(words(table("translation")["en"], "news-verbs"))


_SUBJECT = (
    r"^(?:\p{Lu}[\p{L}\p{N}.&'’-]*,?[ ]){1,3}(?:(?i:an?|the)[ ][^,\n]{1,80},[ ])?(?:now[ ]|also[ ]|has[ ]|have[ ])?"
)
"""A name (one to three capitalised words) that opens a sentence, with the apposition that may follow it ("DeepL,
a German translation engine, ...")."""


@cache
def _subject_and_verb() -> LazyPattern:
    """A sentence that opens with a name and a verb of business news, or a verb of making with a product as its
    object ("Google produced this translation engine in 2016")."""
    english = table("translation")["en"]
    made = rf"(?i:{fragments(words(english, 'making-verbs'))})[ ](?:[\p{{L}}-]+[ ]){{0,3}}"
    product = rf"(?i:translat\w*|interpret\w*)[ ](?i:{fragments(words(english, 'product-nouns'))})\b"
    return LazyPattern(rf"{_SUBJECT}(?:(?i:{_news_verbs()})\b|{made}{product})", regex.VERSION1)


@cache
def _attributed() -> LazyPattern:
    """The end of a claim's attribution right before a note's words: "Lawyers said (that) this ...", "... told the
    court the ...": what follows is the claim a source made about a text, reported as news."""
    reporting = fragments(words(table("translation")["en"], "reporting"))
    return LazyPattern(
        rf"(?<![\p{{L}}])(?i:{reporting})"
        r"(?:[ ](?:\p{Lu}[\p{L}-]*|the[ ][\p{L}-]+|(?i:him|her|them|us|reporters)))?"
        r"(?:[ ]that)?[ ](?:(?i:this|the|these|its|their)[ ])?\Z",
        regex.VERSION1,
    )


@cache
def _news_verb() -> LazyPattern:
    return LazyPattern(rf"(?<![\p{{L}}])(?i:{_news_verbs()})(?![\p{{L}}])", regex.VERSION1)


@cache
def _verb_before() -> LazyPattern:
    return LazyPattern(rf"(?<![\p{{L}}])(?i:{_news_verbs()})(?:[ ]\p{{Ll}}+)?[ ]+\Z", regex.VERSION1)


def product_news(body: str) -> bool:
    """Whether a sentence holding a note's words opens with a name and a verb of business news ("Samsung
    introduced live translation powered by Gemini ...")."""
    return _subject_and_verb().match(body) is not None


def object_of_news(text: str, start: int) -> bool:
    """Whether a note's words that open at ``start`` inside a sentence are its object or owned by its subject:
    after a verb of business news ("launched AI-assisted translation"), a possessive ("The startup's AI-assisted
    translation service"), an attribution ("Lawyers said this English text was produced by ..."), or an article
    in a sentence about a product (a name or a verb of business news)."""
    if _NAMED_NOUN.match(text, start) and _NAME_BEFORE.search(text, max(start - 40, 0), start):
        return True  # "switch on Auto Translate in the settings": a translating noun that ends a feature's name
    title = _TITLE_BEFORE.search(text, max(start - 60, 0), start) if text[start : start + 1].isupper() else None
    if title is not None:  # "a Live Translation mode": the note's word is part of a product's name
        start = title.start()
    before = text[max(start - 40, 0) : start]
    if _verb_before().search(before) is not None or _OWNER_BEFORE.search(before) is not None or attributed(text, start):
        return True
    if _ARTICLE_BEFORE.search(before) is None:
        return False
    # After "a", "an" or "the" the words are news only in a sentence about a product: one that names its maker
    # or has a verb of business news before them ("Samsung's phone has a Live Translation mode"); elsewhere a
    # note dropped into the story's sentence may follow any article ("... cleared the Machine-translated ...").
    opening = _SENTENCE_START.search(text, max(start - 300, 0), start).end()
    return any(pattern.search(text, opening, start) is not None for pattern in (_NAME, _news_verb()))


def attributed(text: str, start: int) -> bool:
    """Whether words that open at ``start`` inside a sentence are a claim its source made ("Lawyers said this
    English text was produced by Google Translate"): news about a text, not the text's own note."""
    if _attributed().search(text, max(start - 60, 0), start) is None:
        return False
    # The claim is a clause with its own verb ("... text was produced by ..."); a note dropped after "said" has none
    # ("IDEA said Amazon Translate translation from the Greek. the purchase ...").
    return _claim_verb().match(text, start, min(len(text), start + 120)) is not None


@cache
def _claim_verb() -> LazyPattern:
    auxiliaries = fragments(words(table("translation")["en"], "auxiliaries"))
    return LazyPattern(rf"[^.!?\n]*?(?<![\p{{L}}])(?i:{auxiliaries})(?![\p{{L}}])", regex.VERSION1)


def reads_as_sentence(body: str, opening: regex.Match[str] | None) -> bool:
    """True when a text that opens with a bare word of translating ("Translation software firm DeepL raised
    new funding.") runs on for words with no preposition or link of a note in them: a sentence of news."""
    if opening is None or " " in opening.group().strip():
        return False  # "This text ...", "Powered by ...": the note says what it is
    found = body.split()
    return len(found) > MAX_BARE_NOTE_WORDS and not any(word.lower().strip(",;:") in _NOTE_LINKS for word in found)
