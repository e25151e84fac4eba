"""Inline suppressions silence codes to the end of the paragraph."""

from __future__ import annotations

from wirelint.finding import Finding, Severity
from wirelint.suppressions import apply_suppressions, find_suppressions, is_directive_line


def finding(code: str, offset: int) -> Finding:
    return Finding(code, "x", Severity.ERROR, "m", offset, offset + 1)


def test_html_comment_covers_to_the_end_of_its_paragraph():
    source = "<!-- wirelint: disable=WL301 -->\nISIS and Daesh.\nStill this paragraph.\n\nNext paragraph.\n"
    kept = apply_suppressions(
        source,
        [
            finding("WL301", source.index("Daesh")),
            finding("WL301", source.index("Still")),
            finding("WL301", source.index("Next")),
        ],
    )
    assert [f.start for f in kept] == [source.index("Next")]


def test_only_listed_codes_and_prefixes_are_silenced():
    source = "# wirelint: disable=WL3, WL102\nsome text\n"
    kept = apply_suppressions(source, [finding("WL301", 35), finding("WL102", 35), finding("WL101", 35)])
    assert [f.code for f in kept] == ["WL101"]


def test_bare_disable_silences_everything_in_the_paragraph():
    source = "text here <!-- wirelint: disable --> more\n\nnext\n"
    spans = find_suppressions(source)
    assert spans[0].codes == ()
    assert spans[0].covers(finding("WL999", source.index("more")))
    assert not spans[0].covers(finding("WL999", source.index("next")))
    assert not spans[0].covers(finding("WL999", 0)), "text before the directive stays checked"


def test_disable_file_covers_everything():
    source = "a\n\nb\n\n<!-- wirelint: disable-file=WL5 -->\n"
    kept = apply_suppressions(source, [finding("WL501", 0), finding("WL101", 3)])
    assert [f.code for f in kept] == ["WL101"]


def test_directive_lines_are_recognised_as_comments():
    assert is_directive_line("# wirelint: disable=WL301")
    assert is_directive_line("<!-- wirelint: disable -->")
    assert not is_directive_line("The wirelint: disable story")
