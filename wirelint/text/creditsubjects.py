"""A credit's label that is the subject of a sentence: pictures someone handed out, then what they show.

"Images supplied by NAME show flooded streets" reads, word by word, as a label, a joiner and a credited name; but
the sentence goes on after the name with a word in small letters (a verb: "show", "were", "appear"), so the
pictures are its subject and the name is the story's, not a credit. A credit ends with its name.
"""

from __future__ import annotations

from wirelint.lazy_pattern import LazyPattern
from wirelint.text.imagelabels import picture_words

_NAME_RUN = r"(?:(?i:the)[ ])?\p{Lu}[\p{L}'’&.-]*(?:[ ](?:(?:of|and|for|de|&)[ ])?\p{Lu}[\p{L}'’&.-]*){0,5}"
_SUBJECT = LazyPattern(
    lambda: (
        rf"(?i:{picture_words()})[ ](?i:supplied|provided|released|issued|distributed|taken|shared|posted|sent"
        rf"|handed[ ]out|obtained|published)[ ]by[ ]{_NAME_RUN}[ ](?!(?:via|for|on|from)\b)\p{{Ll}}"
    )
)
"""A picture word, how it was handed over, a name, then a word in small letters: the sentence goes on."""


def pictures_as_subject(text: str, start: int) -> bool:
    """Whether a credit found at ``start`` is the subject of a sentence that goes on after the credited name."""
    return _SUBJECT.match(text, start) is not None
