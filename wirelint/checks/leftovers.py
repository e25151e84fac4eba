"""WL1xx code rules: the leftovers a pattern cannot see, or cannot fix.

Most leftovers are patterns in ``rules/leftovers.toml``. Photo credits and
restriction notices are found by shape and vocabulary (``text/credits.py``,
``text/notices.py``), and their fix must know whether their end is certain:
a safe fix never deletes a word of the news around them. A caption leaked into
the body is not: telling it needs the article's fields (is there a real
caption this paragraph repeats?) and the reader's judgement that a paragraph
is an image description (``Block.inferred``). Stray markup is found by a
pattern, but its fix depends on what was matched (``&eacute;`` becomes "é",
``<br>`` a space), which a pack's fix cannot say.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import regex

from wirelint.document import Article, Block
from wirelint.edits import delete_lines, delete_match, separating_space
from wirelint.finding import Finding, Fix, Severity
from wirelint.gates import AnyOf
from wirelint.lazy_pattern import LazyPattern
from wirelint.memo import per_paragraph
from wirelint.packs import _one_line
from wirelint.rule import Examples, Rule, RuleDocs
from wirelint.startcache import compile_pattern
from wirelint.text.advisories import find_advisories
from wirelint.text.affiliations import SOURCE_LABEL, not_a_credit
from wirelint.text.agencycredits import find_agency_credits
from wirelint.text.barcredits import find_bar_credits
from wirelint.text.bracketcredits import find_bracket_credits
from wirelint.text.bracketed import bracketed_leftovers, sure_bracket, without_news_brackets
from wirelint.text.captions import without_credit
from wirelint.text.creditcontext import read_otherwise
from wirelint.text.credits import find_credits, paragraph_credits
from wirelint.text.creditsubjects import pictures_as_subject
from wirelint.text.imagekinds import find_image_kind_credits
from wirelint.text.imagelabels import find_image_labels
from wirelint.text.lexicon import fragments, table, words
from wirelint.text.longtext import LONG, piecewise
from wirelint.text.markets import find_markets
from wirelint.text.mtlabels import find_labelled_notes, with_labels
from wirelint.text.mtorigin import find_origin_notes
from wirelint.text.noticeruns import find_notice_runs
from wirelint.text.notices import find_notices
from wirelint.text.noticewords import notice_end
from wirelint.text.placelabels import bare_place_label, in_a_list
from wirelint.text.sentencebounds import SENTENCE_END, opens_sentence, trimmed_after, trimmed_before
from wirelint.text.translation import find_markers
from wirelint.text.unlabelled import find_unlabelled_credits

if TYPE_CHECKING:
    from wirelint.config import Settings

MIN_REPEATED_CAPTION = 40
"""Characters a caption must have before its repetition in the body counts:
a short caption ("Bashar al-Assad") is a name the story may well repeat."""
MIN_REPEATED_WORDS = 6
EXCERPT = 60
"""Characters of a caption quoted in a message."""


def _caption_pattern(text: str) -> regex.Pattern[str] | None:
    """A pattern for ``text`` that allows any run of white space between its words."""
    words = text.split()
    if len(" ".join(words)) < MIN_REPEATED_CAPTION or len(words) < MIN_REPEATED_WORDS:
        return None
    return compile_pattern(r"\s+".join(regex.escape(word) for word in words))


class InlineLeftover(Rule):
    """A leftover reported on its own span of a paragraph, and deleted with the space or punctuation
    that joined it. The fix is safe only where the span's end is certain (see ``text/credits.py``), or where
    the span is a whole bracket that holds only the leftover (``text/bracketed.py``)."""

    fixable = True
    message = ""
    """The message, with ``{text}`` for the leftover's words."""
    deletes = "the leftover"

    def spans(self, text: str) -> Iterable[tuple[int, int, bool]]:
        raise NotImplementedError

    def quiet(self, block: Block, start: int, end: int) -> bool:
        """Whether a span the text alone reports reads otherwise among the blocks around it."""
        return False

    def unsure(self, block: Block, start: int, end: int) -> bool:
        """Whether the blocks around a span make its deletion an editor's call (its fix unsafe)."""
        return False

    def check(self, article: Article, settings: Settings) -> Iterable[Finding]:
        for block in self.blocks(article):
            for start, end, sure in self.spans(block.text):
                if block.is_masked(start, end) or self.quiet(block, start, end):
                    continue
                fix = delete_match(block, start, _own_stop(block.text, start, end), f"delete {self.deletes}")
                if _owns_its_line(block.text, start, end):
                    fix = Fix("delete the line", fix.edits)
                bounded = sure and sentence_bounded(block.text, start, end)
                sure = block.field != "headline" and (bounded or sure_bracket(block.text, start, end, self.spans)) \
                    and not _plain_negations(block.text[start:end]) and not SOURCE_LABEL.match(block.text, start) \
                    and not self.unsure(block, start, end)
                description = fix.description if sure else f"delete {self.deletes} (check where it ends)"
                text = _one_line(block.text[start:end])
                yield self.finding(block, start, end, self.message.format(text=text), Fix(description, fix.edits, sure))


def sentence_bounded(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands between sentences, so deleting it cannot take a word of one.

    Its start follows the start of the text, the end of a sentence (not an abbreviation's stop, an opening quote,
    a comma, a colon, a dash or a word: "the victim: AFP photographer NAME." names someone), or the start of a
    line whose line before ends a sentence (a hard-wrapped sentence goes on across lines). Its end is the end
    of the text; or of a line whose next line does not go on in small letters, when it ends a sentence or
    starts its line itself ("Flood waters rose. Pictures from Reuters Television\nTuesday showed ..." goes
    on); or a stop; or capitals before a word in ordinary case; or a closing mark before no word in small
    letters ("(NAME, AGENCY) were named" goes on). A span that ends on a word before a capitalised one may have
    stopped inside a name ("Reuters Television showed")."""
    before = trimmed_before(text, start)
    starts_line = not before or before[-1] in "\r\n"
    if not opens_sentence(text, start):
        return False
    rest = trimmed_after(text, end)
    if not rest:
        return True
    if rest[0] in "\r\n":
        following = rest.lstrip("\r\n \t")
        return not following[:1].islower() and (starts_line or text[end - 1] in SENTENCE_END)
    if rest[0] in ".;" and rest[1:2] in ("", " ", "\t", "\r", "\n"):
        return True
    if _ENDS_IN_CAPITALS.search(text, start, end) and _ORDINARY_WORD.match(rest):
        return True  # "NO BOOKS Flood waters ...": capitals, then a word in ordinary case
    return text[end - 1] in SENTENCE_END and not (rest[0].islower() or rest[0] in ",;:")


def _own_stop(text: str, start: int, end: int) -> int:
    """Where the deletion of ``text[start:end]`` ends: after the full stop that follows it when the text before
    it ended a sentence already (or it starts its line), so "on Wednesday. Photo: NAME/AFP. More rain" keeps one
    stop, not two ("on Wednesday.. More rain"); an ellipsis after it is the text's, and so is the stop after a
    span that ended on its own stop already."""
    if text[end - 1 : end] == ".":
        return end
    after = end
    while after < len(text) and text[after] in " \t":
        after += 1
    if text[after : after + 1] != "." or text[after + 1 : after + 2] == ".":
        return end
    before = trimmed_before(text, start).rstrip("\"'”’)]»")
    return after + 1 if not before or before[-1] in "\r\n.!?…" else end


def _plain_negations(span: str) -> bool:
    """Whether ``span`` opens in ordinary case and is only short negations ("No newspapers. No television. No
    internet."): how a reporter describes a blackout as much as an agency's restriction, so the editor decides."""
    if span.lstrip().startswith("NO"):  # "NO SALES. NO ARCHIVES.": an agency writes its notices in capitals
        return False
    sentences = [sentence.strip() for sentence in span.split(".") if sentence.strip()]
    return bool(sentences) and all(_NEGATION.fullmatch(sentence) for sentence in sentences)


_NEGATION = LazyPattern(r"(?i:no|not\s+for)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?")


_ENDS_IN_CAPITALS = LazyPattern(r"\b\p{Lu}{2,}$")
_ORDINARY_WORD = LazyPattern(r"\p{Lu}\p{Ll}")


def _owns_its_line(text: str, start: int, end: int) -> bool:
    """True when nothing but white space shares the line with ``text[start:end]``."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return not text[line_start:start].strip() and not text[end : len(text) if line_end < 0 else line_end].strip()


class PhotoCreditBoilerplate(InlineLeftover):
    """WL101: a photo credit or an agency restriction notice in the copy, reported on its own span."""

    code = "WL101"
    name = "photo-credit-boilerplate"
    severity = Severity.ERROR
    # Not "caption": a credit in a real caption field is where it belongs. A caption
    # pasted into the body is reported whole by WL104.
    fields = ("headline", "standfirst", "body", "dateline")
    docs = RuleDocs(
        what="A photo credit (Photo: NAME/AGENCY, (Photo by NAME/AGENCY via Getty Images), REUTERS/NAME/File Photo, "
        "AFP PHOTO / NAME, © NAME/AGENCY, Courtesy of ...), a credit of a screenshot, still, grab, handout, file or "
        "pool picture (Screenshot from AGENCY video, Still taken from a video released by ORG, ORG handout, AGENCY "
        "file photo), a known agency beside a word of the picture ([AGENCY handout], (NAME, AGENCY), Picture by NAME "
        "of AGENCY, Frame grab from AGENCY footage), or an agency restriction notice (EDITORIAL USE ONLY, "
        "MANDATORY CREDIT, NO SALES, NO BOOKS, JAPAN OUT, DO NOT ARCHIVE ...), or a country restriction made of "
        "restriction words and places (NO USE IN FRANCE, SPAIN/ITALY OUT, Not for publication in Canada.), a market "
        "restriction by nationality or country and outlet or channel (NO DUTCH TABLOIDS, Swiss magazines out, print "
        "out in Chile, No clients in Peru), a licensing term (Publication fee applies, For personal use only, No use "
        "in slideshows), an editors' advisory (ATTENTION EDITORS - PICTURE SHOWS THE DEAD), a bracket that holds "
        "only a credit or notice (inside a running sentence its fix is unsafe: the editor's call), a label "
        "of where the picture stands (Pictured above: NAME / ORG) or a credit parted by a bar whose other side reads "
        "as one (NAME | ORG photo, AGENCY | NAME; not a heading such as 1. NAME | Club) in the story text, inline or "
        "on a line of its own.",
        why="Restriction notices and photo credits belong to the picture desk. Published in a story they tell "
        "readers the copy was pasted straight from the wire.",
        example="Flood waters receded. (Photo by John Smith/AFP via Getty Images) More rain is forecast.",
        use_instead="Flood waters receded. More rain is forecast. (Put the credit in the image's credit field.)",
    )
    examples = Examples(
        match=(
            "Flood waters receded. (Photo by John Smith/AFP via Getty Images) More rain is forecast.",
            "Flood waters receded. Still taken from a video released by the Red Crescent.",
        ),
        no_match=(
            "Turkey's state-run Anadolu Agency reported three deaths.",
            "Still, the firm said the screenshot was shared widely.",
        ),
    )
    message = 'Photo-credit or agency restriction boilerplate in the copy: "{text}"'
    deletes = "the credit or notice"

    def spans(self, text: str) -> Iterable[tuple[int, int, bool]]:
        return boilerplate(text)

    def quiet(self, block: Block, start: int, end: int) -> bool:
        """A caption labelled by a picture's place alone with lines of its shape next to it is a list's line
        ("Top: NAME - Espoo" among the candidates), and "NAME | X" lines in a row are a line-up (text/lists.py);
        "NAME/Party", a list of people with their organisations and a figure's source are no credits
        (text/affiliations.py); nor are pictures someone supplied as a sentence's subject ("Images supplied by
        ORG show ...", text/creditsubjects.py)."""
        if not_a_credit(block.text, start, end) or pictures_as_subject(block.text, start):
            return True
        if bare_place_label(block.text, start, end) is None and "|" not in block.text[start:end]:
            return False
        return in_a_list(*_lines_around(block, start))

    def unsure(self, block: Block, start: int, end: int) -> bool:
        """A credit on its own line that a colon announces or that labels a line of figures below it is the
        story's, maybe (text/creditcontext.py); a notice is told by its terms and stays sure."""
        if find_notices(block.text[start:end]) or not _owns_its_line(block.text, start, end):
            return False
        return read_otherwise(*_lines_around(block, start))


def _lines_around(block: Block, start: int) -> tuple[list[str], int]:
    """The lines of a block with the last line of the block before it and the first of the block after it, and
    the index of the line that holds ``start``."""
    siblings = block.article.blocks if block.article is not None else [block]
    at = next((i for i, sibling in enumerate(siblings) if sibling is block), 0)
    kin = [sibling.text.splitlines() if sibling.field == block.field else [] for sibling in siblings]
    before = kin[at - 1][-1:] if at > 0 else []
    after = kin[at + 1][:1] if at + 1 < len(siblings) else []
    own = block.text.splitlines()
    return [*before, *own, *after], len(before) + block.text.count("\n", 0, start)


BOILERPLATE_HINT = AnyOf.of(
    LazyPattern(
        r"[/(©:：|·\[]|\p{Lu}{2,}[^\p{Ll}\n]{3,}|Getty|[Cc]ourtesy|(?i:copyright)"
        r"|(?i:photo(?:graph(?:y|s)?)?s?|pictures?|images?|pics?|fotos?)(?:[ ]\p{Ll}+)?[ ]by\b"
        r"|(?i:photo|picture|image|pic)s?(?:[ ]credits?)?[ ][-–—][ ]\p{Lu}"
        r"|(?i:file|handout|pool)[ ](?i:photo|picture|image)|[ ]for[ ]\p{Lu}|[ ]via[ ]\p{L}|[Hh]andout|HANDOUT"
        r"|(?i:editorial|mandatory|no[ ](?:re)?sales|archiv|third.party|merchandis|not[ ]for[ ](?:re)?sale)"
        r"|(?i:no[ ]commercial)"
        r"|(?i:photo|picture|image|pic)\p{L}*[ ]\p{Lu}[^\n]{1,60}?[ ][-–—][ ]\p{Lu}"
        r"|(?i:use[ ]only|usage|purposes|not[ ](?:to[ ])?be[ ]\p{L}+ed|rights[ ]reserved|prohibited|forbidden|banned"
        r"|syndicat|reproduc|obligatory|compulsory|required|no[ ]\p{L}+(?:ion|ing|ise)\b|no[ ]use\b"
        r"|(?:press|news|editorial)[ ](?:\p{L}+[ ])?only|accompan|verified)"
        r"|\b(?:No|Not[ ]for)[ ](?:\p{Ll}+[ ]){1,2}(?:by[ ](?:\p{Ll}+[ ])?media[ ])?(?:in|to|by)[ ](?:the[ ])?\p{Lu}"
        r"|[ ][-–—][ ][\p{L}\p{N}-]+\.\p{Ll}|\p{Lu}\p{Ll}+[ ]out\b|(?i:rights[ ](?:except|excluding|outside))"
        r"|\b(?:Excluding|Except|Not[ ]to[ ]be|Not[ ]available)[ ]"
        r"|(?i:\b(?:no|not|unavailable|outside|except|excluding|excluded|restricted|banned|barred|prohibited)\b"
        r"[^.\n]{0,40}?\b(?:use|usage|sales?|publication|distribution|broadcast|access|rights|clients|media|press"
        r"|tv|print|online|territor\w+|markets)\b"
        r"|\b(?:use|usage|sales?|publication|distribution|broadcast|access|rights|clients|media|territor\w+)\b"
        r"[^.\n]{0,20}?"
        r"\b(?:restricted|banned|barred|prohibited|excluded|excluding|except|outside|out)\b)"
        r"|(?i:exclud|(?:restricted|barred)[ ]in\b)"
        r"|[ ][-–—][ ]\p{Lu}[\p{L}&-]*(?:[ ]\p{Lu}[\p{L}&-]*){0,3}(?:[ \t]*(?:\n|$|[.;)\]](?:\s|$))|[ ]\p{Lu}\p{Ll})"
        r"|(?i:\bno[ ](?:book|calendar|poster|postcard|magazine|tabloid|website|app|social|mobile|tv|television|radio"
        r"|internet|online|web|print|merchandise|souvenir|video))"
        r"|(?i:(?:connection|conjunction)[ ]with|to[ ]illustrate|only[ ]with|logo|watermark|byline|one.time"
        r"|single.use|permission|consent|authori[sz]ation|credit)"
        r"|(?i:withheld|subscribers)"
    ),
    blocks=True,
)
"""What every credit or notice contains: most paragraphs have none of it and are not searched. The branches of
one alternation, searched one by one (:class:`~wirelint.gates.AnyOf`: a tenth of the time); the cheap ones that
often match come first."""


SELLING_HINT = LazyPattern(
    lambda: rf"(?<![\p{{L}}])(?:not[ ]for|no)[ ](?:{fragments(words(table('notices'), 'selling'))})(?![\p{{L}}])",
    regex.IGNORECASE | regex.VERSION1,
)
"""The kinds of selling a picture may not serve ("Not for publicity or sponsorship"), from the notices' own list
(``selling`` in ``[lexicon.notices]``), so a word added there is searched too."""
LICENSING_HINT = LazyPattern(
    lambda: rf"(?<![\p{{L}}])(?:{fragments(words(table('notices'), 'licensing-hints'))})(?![\p{{L}}])",
    regex.IGNORECASE | regex.VERSION1,
)
"""The words of licensing terms ("Publication fee applies", "Licensed for one edition only"), from
``licensing-hints`` in ``[lexicon.notices]``."""


def _found(text: str) -> list[tuple[int, int, bool]]:
    """Every finder's credits and notices in ``text``, unmerged; none where no credit or notice can be."""
    kinds = [(c.start, c.end, c.sure) for c in (*find_image_kind_credits(text), *find_agency_credits(text))]
    # A whole bracket or piece of names and outlets (text/unlabelled.py, text/bracketcredits.py): merged with what
    # the grammars found inside it, so the brackets go with it.
    kinds += [*find_unlabelled_credits(text), *find_bracket_credits(text)]
    shapes = [*find_image_labels(text), *find_notice_runs(text), *find_markets(text), *find_advisories(text)]
    hinted = BOILERPLATE_HINT.search(text) or SELLING_HINT.search(text) or LICENSING_HINT.search(text)
    if not kinds and not shapes and not hinted:
        return []
    credits = paragraph_credits(text) if len(text) < LONG else find_credits(text)  # a piece: not remembered
    notices = [(n.start, n.end, n.sure) for n in find_notices(text)]
    ends = [(start, end) for start, end, _ in notices]
    known = [
        *((c.start, notice_end(text, c.start, c.end, ends), c.sure) for c in (*credits, *find_bar_credits(text))),
        *notices,
        *kinds,
    ]
    # Found by make-up alone (text/imagelabels.py, text/noticeruns.py, text/markets.py,
    # text/advisories.py): only where the finders of terms and
    # grammars found nothing, whose reading of where a leftover ends (and whether that is sure) stands; or where a
    # whole piece surely is one and they surely found parts of it ("COMPOSITE IMAGE: NAME/AGENCY; SOURCE ...").
    found = without_news_brackets(text, known + _where_none(known, shapes) + _covering(known, shapes))
    # A bracket that holds only a leftover is reported whole, brackets and all (text/bracketed.py)
    brackets = bracketed_leftovers(text, boilerplate)
    return brackets + [span for span in found if not any(s <= span[0] and span[1] <= e for s, e, _ in brackets)]


def _covering(
    first: list[tuple[int, int, bool]], second: Iterable[tuple[int, int, bool]]
) -> list[tuple[int, int, bool]]:
    """The sure spans of a second finder that hold every span of the first they overlap, each of them sure: a whole
    piece read as a credit with a credit inside it whose ends are known. Where the first was unsure of an end
    ("Photo: NAME/NZ Herald" cut at the capitals), its doubt stands."""
    kept = []
    for start, end, sure in second:
        inner = [span for span in first if span[0] < end and start < span[1]]
        if sure and inner and all(was and start <= at and last <= end for at, last, was in inner):
            kept.append((start, end, sure))
    return kept


@per_paragraph
def boilerplate(text: str) -> tuple[tuple[int, int, bool], ...]:
    """Credits and notices in ``text`` as ``(start, end, sure)``; a notice and the credit beside it are one span.

    Remembered per paragraph text, so re-linting an edited article redoes only the changed paragraphs. A
    paragraph far longer than a story's is read in pieces (``text/longtext.py``).
    """
    spans = sorted(piecewise(_found, text, lambda span, at: (span[0] + at, span[1] + at, span[2])))
    merged: list[tuple[int, int, bool]] = []
    for start, end, sure in spans:
        if merged and (start < merged[-1][1] or not text[merged[-1][1] : start].strip(" \t.-–—,;:+")):
            first, last, was_sure = merged.pop()
            # A span inside a sure one leaves it sure: the sure finder knows where both start and end.
            inner = (was_sure and start >= first and end <= last) or (sure and start <= first and end >= last)
            start, end, sure = first, max(last, end), inner or (was_sure and sure)
        merged.append((start, end, sure))
    return tuple(merged)


class MachineTranslationMarker(InlineLeftover):
    """WL102: a note from a machine-translation service, on a line of its own or inside a paragraph."""

    code = "WL102"
    name = "machine-translation-marker"
    severity = Severity.ERROR
    docs = RuleDocs(
        what="A note from a machine-translation service left in the published text, in English (Powered by "
        "automated translation, Translated with DeepL, auto-translated, translated by AI), in any EU language or "
        "in many others (Arabic, Turkish, Russian, Ukrainian, Chinese, Japanese, Korean, Hebrew, Hindi, Urdu, "
        "Persian, Malay and Indonesian among them: the tables under [lexicon.translation] in "
        "rules/leftovers.toml), a note naming a translation engine (Text translated by OpenNMT, This English text "
        "was produced by Apertium) and a note under a label (Translation note: Traduit avec un outil d'IA); not a "
        "sentence that reports on translation.",
        why="Readers take it as a sign that nobody edited the story, and it may breach the terms of the wire service.",
        example="Flood waters receded, the weather service said. Powered by automated translation",
        use_instead="Delete the marker, and have the translation checked by an editor.",
    )
    examples = Examples(
        match=("Flood waters receded, the weather service said. Powered by automated translation",),
        no_match=("The ministry said the document had been machine-translated.",),
    )
    message = 'Machine-translation marker left in the copy: "{text}"'
    deletes = "the marker"

    def spans(self, text: str) -> Iterable[tuple[int, int, bool]]:
        if len(text) < LONG:
            return _translation_notes(text, remembered=True)
        # A piece is not remembered (it would push the paragraphs out of the memo)
        return piecewise(_translation_notes, text, lambda span, at: (span[0] + at, span[1] + at, span[2]))


def _translation_notes(text: str, remembered: bool = False) -> list[tuple[int, int, bool]]:
    """The notes ``text/translation.py`` finds by a word of translating beside a machine, and those
    ``text/mtorigin.py`` finds by what they say of the text's origin where the first found none; with the label
    before them ("Translation note: ..."), and the notes under a label the others missed (``text/mtlabels.py``)."""
    markers_of = find_markers if remembered else find_markers.__wrapped__
    origins_of = find_origin_notes if remembered else find_origin_notes.__wrapped__
    markers = [(marker.start, marker.end, marker.sure) for marker in markers_of(text)]
    labelled_of = find_labelled_notes if remembered else find_labelled_notes.__wrapped__
    return with_labels(text, sorted(markers + _where_none(markers, origins_of(text))), labelled_of(text))


def _where_none(
    first: list[tuple[int, int, bool]], second: Iterable[tuple[int, int, bool]]
) -> list[tuple[int, int, bool]]:
    """The spans of a second finder that overlap none of the first's: where the first found a leftover, its reading
    of where it ends (and whether that is sure) stands."""
    return [span for span in second if not any(start < span[1] and span[0] < end for start, end, _ in first)]


class CaptionInBody(Rule):
    """WL104: an image caption pasted into the story text, or repeated by it."""

    code = "WL104"
    name = "caption-in-body"
    severity = Severity.ERROR
    fields = ("caption", "body")
    fixable = True
    docs = RuleDocs(
        what="A photo caption in the body: an image description ending in an agency credit, or body text that "
        "repeats a caption field word for word.",
        why="Captions are written for the picture. Pasted into the story they interrupt it, describe an image the "
        "reader may not see and bring the agency credit with them.",
        example="An undated image shows smoke billowing from the temple. AFP PHOTO / HO / WELAYAT HOMS",
        use_instead="Delete the paragraph from the body; keep the text in the image's caption field.",
    )
    examples = Examples(
        match=(
            "Clashes in Syria\n\nAn undated image shows smoke billowing from the temple in the ancient city of "
            "Palmyra. AFP PHOTO / HO / WELAYAT HOMS\n\nFighting went on, the monitor said.\n",
        ),
        no_match=(
            "Clashes in Syria\n\nA video shows smoke billowing from the temple, AFP reported.\n",
            "Clashes in Syria\n\nAFP PHOTO / HO / WELAYAT HOMS\n",
        ),
    )

    def check(self, article: Article, settings: Settings) -> Iterable[Finding]:
        captions = [block for block in article.fields("caption") if not block.inferred]
        for block in article.fields("caption"):
            if block.inferred:
                yield self.finding(
                    block,
                    0,
                    len(block.text),
                    f'Photo caption pasted into the body: "{_one_line(block.text, EXCERPT)}"',
                    delete_lines(block, 0, len(block.text), "delete the caption"),
                )
        for number, caption in enumerate(captions, 1):
            for block, start, end, with_credit in self._repetitions(caption, article.body):
                yield self.finding(
                    block,
                    start,
                    end,
                    f'Body text repeats caption {number} ({_where(caption)}): "{_one_line(caption.text, EXCERPT)}"',
                    self._delete(block, start, end, safe=with_credit),
                )

    @staticmethod
    def _repetitions(caption: Block, body: list[Block]) -> Iterator[tuple[Block, int, int, bool]]:
        """Body spans that repeat the caption, and whether the repetition brought the caption's credit.

        Without the credit, the body sentence may be the news the caption was written from.
        """
        patterns = [
            (pattern, with_credit)
            for pattern, with_credit in (
                (_caption_pattern(caption.text), True),
                (_caption_pattern(without_credit(caption.text)), False),
            )
            if pattern is not None
        ]
        has_credit = without_credit(caption.text) != caption.text
        for block in body:
            for pattern, with_credit in patterns:
                match = pattern.search(block.text)
                if match:
                    yield block, match.start(), match.end(), with_credit and has_credit
                    break

    @staticmethod
    def _delete(block: Block, start: int, end: int, safe: bool) -> Fix:
        """Delete the repetition; safely only when it carries the caption's credit (then it is surely the caption)."""
        if not block.text[:start].strip() and not block.text[end:].strip():
            fix = delete_lines(block, start, end, "delete the repeated caption")
        else:
            fix = delete_match(block, start, end, "delete the repeated caption")
        return Fix(fix.description, fix.edits, safe)


def _where(block: Block) -> str:
    """Where a block is, for a message: its line in the file."""
    document = block.article.document if block.article is not None else None
    if document is None:
        return block.field
    line, _ = document.position(block.map.start(0))
    return f"line {line}"


_MARKUP = LazyPattern(
    r"""(?x)
      # Lower-case tag names only: wire copy marks tickers in capitals, "<IBM>".
        </?(?P<tag>a|abbr|b|big|blockquote|br|center|code|div|em|figcaption|figure|font|h[1-6]|hr|i|iframe|img|li
          |ol|p|pre|script|section|small|span|strong|style|sub|sup|table|td|th|tr|u|ul)\b(?:[ ][^<>\n]{0,200})?/?>
      | (?P<comment><!--[^\n]{0,200}?-->)
      | (?P<entity>&(?:nbsp|amp|quot|apos|lt|gt|mdash|ndash|hellip|lsquo|rsquo|ldquo|rdquo|laquo|raquo|shy|zwnj|zwj
          |eacute|egrave|aacute|agrave|ccedil|uuml|ouml|auml|szlig|copy|reg|trade|euro|pound|deg|middot|bull);
        | &\#(?:[0-9]{2,7}|[xX][0-9a-fA-F]{2,6});)
    """
)
_INLINE_TAGS = frozenset("a abbr b big code em font i small span strong sub sup u".split())
"""Tags that wrap words: deleting them leaves the words as they were. Other tags
(``<br>``, ``<p>``) stood between words and leave a space."""


class StrayMarkup(Rule):
    """WL108: an HTML tag, comment or character entity in plain text."""

    code = "WL108"
    name = "stray-markup"
    severity = Severity.ERROR
    fixable = True
    docs = RuleDocs(
        what="An HTML tag, comment or character entity in plain text, such as <br>, <b> or &nbsp;. Not checked in "
        "Markdown, where inline HTML and entities are part of the format.",
        why="Markup pasted as text shows up literally on the page, in print and in feeds.",
        example="Clashes erupted on Saturday.<br>The monitor&#8217;s count",
        use_instead="Clashes erupted on Saturday. The monitor’s count",
    )
    examples = Examples(
        match=(
            "Clashes erupted.<br>The monitor said so.",
            "It was the&nbsp;Syrian conflict.",
            "<p>Clashes erupted.</p>",
            "The monitor&#8217;s count rose.",
        ),
        no_match=(
            "Shares of <IBM> rose 2 dlrs.",
            "AT&T and R&D; both rose.",
            "The score was 3 < 4.",
        ),
    )

    def check(self, article: Article, settings: Settings) -> Iterable[Finding]:
        if article.document is not None and article.document.format == "markdown":
            return
        for block in self.blocks(article):
            for match in _MARKUP.finditer(block.text):
                start, end = match.span()
                replacement, description = _markup_replacement(block.text, match)
                yield self.finding(
                    block,
                    start,
                    end,
                    f'Stray HTML in the text: "{match.group()}"',
                    self.replacement(block, start, end, replacement, description),
                )


def _markup_replacement(text: str, match: regex.Match[str]) -> tuple[str, str]:
    """What a piece of markup becomes, and how the fix says so."""
    start, end = match.span()
    if match.group("entity"):
        from html import unescape  # its table of entities costs a millisecond at import: only for an entity

        char = unescape(match.group())
        if char.isspace():
            char = separating_space(text, start, end)
        elif unicodedata.category(char) == "Cf":  # soft hyphen, zero-width (non-)joiner
            char = ""
        return char, f"replace with {char!r}" if char else "delete the entity"
    if match.group("tag") and match.group("tag") not in _INLINE_TAGS and separating_space(text, start, end):
        return " ", "replace the tag with a space"
    return "", "delete the markup"


RULES = [PhotoCreditBoilerplate, MachineTranslationMarker, CaptionInBody, StrayMarkup]
