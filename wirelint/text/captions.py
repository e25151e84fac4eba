"""Recognise a photo caption that was pasted into a plain body.

A caption describes an image ("An undated image ... shows smoke billowing")
and ends with an agency credit ("AFP PHOTO / HO / WELAYAT HOMS"). Readers use
this to mark such paragraphs as inferred captions, so the leftovers rules can
tell caption text that leaked into a story, and delete it whole.

Deleting a whole paragraph is only right when every sentence in it belongs to
the caption. A paragraph of news that merely ends with a credit ("Flood waters
receded, the weather service said. (Photo by John Smith/AFP via Getty
Images)") is not a caption: its first sentence does not present an image, and
its sentences report ("said"). Such a paragraph stays in the body, and only
its credit is reported (WL101), so ``--fix`` deletes the credit and keeps the
news.
"""

from __future__ import annotations

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.memo import per_paragraph
from wirelint.text.credits import paragraph_credits
from wirelint.text.sentences import sentence_spans

_CREDIT_HINT = LazyPattern(r"[/)]|PHOTO|Getty|©")

_PRESENTS_IMAGE = LazyPattern(
    r"""(?x)
      ^(?:In[ ]this[ ]|(?:An?|The|This|That)[ ])?
       (?:(?:undated|handout|file|aerial|satellite|video|still|grainy|recent|new|released|official|family|drone|
             black-and-white|colour|color|photographed|AFP|Reuters|AP|EPA)[ ])*
       (?:image|picture|photo|photograph|screenshot|screengrab|screen[ ]grab|still|frame[ ]grab|video[ ]grab)s?\b
    | \b(?:is|are)[ ]pictured\b | ^Pictured\b
    """,
    regex.IGNORECASE,
)
"""A caption's first sentence presents the image: "An undated image shows", "In this photo", "X is pictured"."""

_PRESENTING = LazyPattern(
    r"^In[ ]this[ ]|\b(?:shows?|showing|shown|depicts?|depicting|pictured|taken|released|obtained|provided"
    r"|distributed|issued|shared|posted|captured|made[ ]available|purport\w*|appears?[ ]to[ ]show)\b",
    regex.IGNORECASE,
)
"""How a caption presents its image: a verb of showing or of where the image came from ("An image taken on ...
shows"), or "In this photo". A sentence that only opens with the word is news about images ("Images from
camera phones have even made it into the art world."), and its paragraph is no caption."""

_IMAGE_WORD = LazyPattern(r"image|pictur|photo|screen|still|grab", regex.IGNORECASE)
"""A piece of every match of :data:`_PRESENTS_IMAGE`, under the same flags: each of its alternatives holds
one ("photograph", "screen grab", "is pictured"...). A paragraph with none cannot be a caption, so its
end is never searched for a credit (that builds the credit grammar)."""

_REPORTS = LazyPattern(r"\b(?:said|says|say|told|tells|according[ ]to|announced|added|stated|insisted)\b")
"""A sentence that reports what someone said is news, not a picture's description."""

MIN_CAPTION_LENGTH = 60
MAX_CAPTION_SENTENCES = 3


@per_paragraph
def trailing_credit(text: str) -> int | None:
    """Where the credit that ends ``text`` starts, when it ends surely at the end of the text."""
    stripped = text.rstrip()
    if _CREDIT_HINT.search(stripped, max(0, len(stripped) - 200)) is None:
        return None
    credits = paragraph_credits(stripped)  # remembered: WL101 and WL301 ask for the same paragraph's credits
    if credits and credits[-1].sure and not stripped[credits[-1].end :].strip(" ."):
        return credits[-1].start
    return None


def ends_with_credit(text: str) -> bool:
    """True when ``text`` ends with an agency photo credit."""
    return trailing_credit(text) is not None


def _mostly_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) > len(letters) / 2


@per_paragraph
def looks_like_caption(text: str) -> bool:
    """True for an image description whose every sentence belongs to the caption, ending with an agency credit.

    The first sentence must present the image, no sentence may report speech, and a
    caption has at most a few sentences. Anything less certain stays body text.
    """
    stripped = text.strip()
    if _IMAGE_WORD.search(stripped) is None:  # cheap, and implied by the first sentence presenting an image
        return False
    return _is_caption(stripped)


def _is_caption(stripped: str) -> bool:
    """The caption test itself, without the cheap look first (:func:`looks_like_caption` gives the same answer)."""
    if len(stripped) < MIN_CAPTION_LENGTH:
        return False
    credit = trailing_credit(stripped)  # a cheap look at the end first: most paragraphs end with no credit
    if credit is None or _mostly_capitals(stripped):
        return False
    description = stripped[:credit].rstrip()
    sentences = sentence_spans(description)
    if not sentences or len(sentences) > MAX_CAPTION_SENTENCES:
        return False
    first_start, first_end = sentences[0]
    first = description[first_start:first_end]
    if _PRESENTS_IMAGE.search(first) is None or _PRESENTING.search(first) is None:
        return False
    return not any(_REPORTS.search(description[start:end]) for start, end in sentences)


def without_credit(text: str) -> str:
    """A caption without the agency credit it ends with."""
    credit = trailing_credit(text)
    return text[:credit].rstrip() if credit is not None else text
