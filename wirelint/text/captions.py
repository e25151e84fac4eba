"""Recognise a photo caption that was pasted into a plain body.

A caption describes an image ("An undated image ... shows smoke billowing")
and ends with an agency credit ("AFP PHOTO / HO / WELAYAT HOMS"). Readers use
this to mark such paragraphs as inferred captions, so the leftovers rules can
tell caption text that leaked into a story.
"""

from __future__ import annotations

import regex

from wirelint.lazy_pattern import LazyPattern

AGENCY_CREDIT = LazyPattern(
    r"""(?:
        \b(?:AFP|AP|EPA|ANP|KCNA|SANA|XINHUA|POOL)\s+PHOTO\b[^\n]*
      | \b(?:REUTERS|EPA(?:-EFE)?|Xinhua|XINHUA)\s*/\s*\p{Lu}[^\n]*
      | \bAP\s+Photo\s*/[^\n]*
      | \((?:Photo|Photograph|Image)\s+by\s[^)\n]*\)
      | \b(?:Getty\s+Images|AFP\s+via\s+Getty\s+Images)\b[^\n]*
    )\s*$""",
    regex.VERBOSE,
)

_DESCRIBES_IMAGE = LazyPattern(
    r"\b(?:shows?|showing|pictured|poses?|posing|is\s+seen|are\s+seen|stands?|walks?|"
    r"image|picture|photo|photograph|handout|screenshot|screengrab|taken\s+on)\b",
    regex.IGNORECASE,
)

MIN_CAPTION_LENGTH = 60


def ends_with_credit(text: str) -> bool:
    """True when ``text`` ends with an agency photo credit."""
    return AGENCY_CREDIT.search(text.rstrip()) is not None


def _mostly_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) > len(letters) / 2


def looks_like_caption(text: str) -> bool:
    """True for an image description (prose, not a block of capitals) that ends with an agency credit."""
    stripped = text.strip()
    if len(stripped) < MIN_CAPTION_LENGTH or not ends_with_credit(stripped) or _mostly_capitals(stripped):
        return False
    return _DESCRIBES_IMAGE.search(stripped) is not None
