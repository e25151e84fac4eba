"""Fix builders that know about lines and white space.

Deleting boilerplate should leave clean copy: no doubled spaces, no empty
line where the boilerplate stood.
"""

from __future__ import annotations

from wirelint.document import Block
from wirelint.finding import Fix, source_edit

_HORIZONTAL_SPACE = " \t\u00a0"


def delete_match(block: Block, start: int, end: int, description: str = "delete the text") -> Fix:
    """Delete ``block.text[start:end]`` and one side of the space around it.

    When nothing else is left on its line, the whole line goes.
    """
    text = block.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if line_end > end and text[line_end - 1] == "\r":  # a CRLF line ends before its carriage return
        line_end -= 1
    if not text[line_start:start].strip() and not text[end:line_end].strip():
        return delete_lines(block, start, end, description)
    after = end
    while after < len(text) and text[after] in _HORIZONTAL_SPACE:
        after += 1
    if after == line_end or (after < len(text) and text[after] in ".,;:!?)"):
        end = after
        while start > line_start and text[start - 1] in _HORIZONTAL_SPACE:
            start -= 1
    elif start == line_start or text[start - 1].isspace():
        end = after
    # else the text is glued to the word before it ("de/File Photo But"): the space after it stays,
    # so the words either side do not run together.
    return _fix(block, start, end, description)


def delete_lines(block: Block, start: int, end: int, description: str = "delete the line") -> Fix:
    """Delete the whole lines of ``block.text`` that ``[start, end)`` touches."""
    text = block.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", max(end - 1, start))
    if line_end >= 0:
        line_end += 1  # take the line break with it
    elif line_start > 0:
        line_end = len(text)
        line_start -= 1  # last line: take the break before it
        if line_start > 0 and text[line_start - 1] == "\r":
            line_start -= 1
    else:
        return _delete_whole_block(block, description)
    return _fix(block, line_start, line_end, description)


def _delete_whole_block(block: Block, description: str) -> Fix:
    """Delete a block that is all boilerplate, with its source line where it owns one."""
    source_start, source_end = block.source_span(0, len(block.text))
    source = block.source
    if block.verbatim:
        line_start = source.rfind("\n", 0, source_start) + 1
        line_end = source.find("\n", source_end)
        owns_line = not source[line_start:source_start].strip() and (
            line_end < 0 or not source[source_end:line_end].strip()
        )
        if owns_line:
            source_start = line_start
            source_end = len(source) if line_end < 0 else line_end + 1
            source_start, source_end = _with_one_separator(source, source_start, source_end)
    return Fix(description, (source_edit(source, source_start, source_end),))


def _with_one_separator(source: str, start: int, end: int) -> tuple[int, int]:
    """Widen the deletion of whole lines ``[start, end)`` by the blank line that separated
    them from the next paragraph, so the paragraphs either side keep one blank line between
    them (not two), and the file does not start or end with a blank line it did not have."""
    line_before = source.rfind("\n", 0, start - 1) + 1 if start else 0
    if source[line_before:start].strip():
        return start, end  # text right above: no separator to share
    next_break = source.find("\n", end)
    if next_break >= 0 and not source[end:next_break].strip():
        return start, next_break + 1
    if end == len(source) and start > 0:  # the last paragraph: the blank line before it goes
        return line_before, end
    return start, end


def separating_space(text: str, start: int, end: int) -> str:
    """What should replace ``text[start:end]`` when it is removed: a space when it
    stood between two words, else nothing (white space is already beside it)."""
    if 0 < start and end < len(text) and not text[start - 1].isspace() and not text[end].isspace():
        return " "
    return ""


def _fix(block: Block, start: int, end: int, description: str) -> Fix:
    source_start, source_end = block.source_span(start, end)
    return Fix(description, (source_edit(block.source, source_start, source_end),))
