"""Property tests: whatever text arrives, linting never crashes, points into the file and fixes safely.

Inputs are random Unicode, random Markdown (with YAML/TOML front matter), HTML and
ninjs JSON structures, and mutated seed articles. The example count is bounded for
CI; the nightly run asks for many more::

    WIRELINT_FUZZ_PROFILE=nightly python -m pytest tests/test_fuzz.py -p no:cacheprovider
"""

from __future__ import annotations

import html
import json
import os
import re
from functools import cache

import jsonschema
import pytest
from conftest import FIXTURES, SEED_EDIT, SEED_WIRE
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from wirelint.config import Settings
from wirelint.engine import Engine, LintResult
from wirelint.errors import InputError
from wirelint.files import SourceFile, decode
from wirelint.finding import Edit, Finding, Fix, Severity
from wirelint.fixer import apply_edits, fix_to_fixed_point
from wirelint.output import FORMATS
from wirelint.registry import get_registry

PROFILES = {
    "ci": settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]),
    "nightly": settings(
        max_examples=20_000,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    ),
}
FUZZ = PROFILES[os.environ.get("WIRELINT_FUZZ_PROFILE", "ci")]
"""Bounded for CI (2 shared cores); ``WIRELINT_FUZZ_PROFILE=nightly`` for the long run."""

ENGINE = Engine(get_registry(autoload=False))
SETTINGS = Settings()
CRASH_MARKERS = ("internal error", "stopped:", "not a well-formed", "produced over", "reader returned")
"""Error text that means wirelint failed, as opposed to an input it rightly refuses."""
KNOWN_CRASHES: dict[str, str] = {}
"""Crashes found by this file and owned elsewhere, each pinned by a strict xfail test (named here),
so the properties keep hunting for new ones. Remove an entry when its test passes."""
KNOWN_FIX_CONFLICTS: set[str] = set()
"""Rules whose safe fixes undo each other, each pinned by a strict xfail test. Remove them when it passes."""
EXTENSIONS = (".txt", ".md", ".html", ".json", ".jsonl")
LINE_BREAK = re.compile(r"\r\n|\r|\n")
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")

# --- strategies ------------------------------------------------------------------

FRAGMENTS = (
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    "  ",
    "\t",
    "\u00a0",
    "\u200b",
    "\ufeff",
    "\x07",
    '"',
    "\u201c",
    "\u201d",
    "'",
    "\u2019",
    ". ",
    "Powered by automated translation",
    "Translated with DeepL",
    '=== RESTRICTED TO EDITORIAL USE - MANDATORY CREDIT "AFP PHOTO / HO" ===',
    "(Photo by John Smith / AFP)",
    "An image grab shows smoke billowing over the town. AFP PHOTO / HO / WELAYAT HOMS",
    "Islamic State",
    "ISIS",
    "Daesh",
    "IS",
    "the Islamic State group (IS)",
    "Dozens killed",
    "12 people were killed",
    "more than 50",
    "20 soldiers and 31 civilians",
    "1,000",
    "50%",
    "$3m",
    "said",
    "according to officials",
    "TK",
    "[INSERT QUOTE]",
    "lorem ipsum",
    "-- MORE --",
    "ENDS",
    "BEIRUT (AFP) - ",
    "AFP, Beirut :",
    "<!-- wirelint: disable=WL102 -->",
    "# wirelint: disable",
    "wirelint: disable-file=WL5",
    "jihadists.Meanwhile",
    "the the",
    "word ,",
    "<",
    "&amp;",
    "&#x27;",
    "`code`",
    "```",
    "# ",
    "> ",
    "- ",
    "|",
    "\\",
)
"""Pieces of real copy, markup and the characters that trip parsers."""

UNICODE = st.characters(codec="utf-8")
TEXT = st.lists(st.one_of(st.text(UNICODE, max_size=12), st.sampled_from(FRAGMENTS)), max_size=40).map("".join)
"""Random Unicode laced with wire copy, markup and odd characters."""
PLAIN = st.lists(st.one_of(st.text(UNICODE, max_size=8), st.sampled_from(FRAGMENTS[15:47])), max_size=12).map("".join)
"""Shorter field values."""


@st.composite
def yaml_front_matter(draw: st.DrawFn) -> str:
    keys = ("title", "headline", "standfirst", "subtitle", "description", "caption", "byline", "source", "tags")
    lines = []
    for key in draw(st.lists(st.sampled_from(keys), max_size=5)):
        value = draw(PLAIN)
        style = draw(st.sampled_from(("json", "plain", "single", "literal", "folded", "nested", "list", "tag")))
        if style == "json":
            lines.append(f"{key}: {json.dumps(value)}")
        elif style == "plain":
            lines.append(f"{key}: {value}")
        elif style == "single":
            lines.append(f"{key}: '{value}'")
        elif style in ("literal", "folded"):
            body = "\n".join("  " + line for line in value.splitlines() or [""])
            lines.append(f"{key}: {'|' if style == 'literal' else '>'}\n{body}")
        elif style == "nested":
            lines.append(f"image:\n  caption: {json.dumps(value)}")
        elif style == "list":
            lines.append(f"{key}:\n  - {json.dumps(value)}")
        else:
            lines.append(f"{key}: !!python/object/apply:os.system [{json.dumps(value)}]")
    closing = draw(st.sampled_from(("---\n", "---\r\n", "...\n", "")))  # "" leaves it unclosed
    return "---\n" + "\n".join(lines) + "\n" + closing


@st.composite
def toml_front_matter(draw: st.DrawFn) -> str:
    keys = ("title", "headline", "standfirst", "caption", "byline")
    lines = [f"{key} = {json.dumps(draw(PLAIN))}" for key in draw(st.lists(st.sampled_from(keys), max_size=4))]
    if draw(st.booleans()):
        lines.append(f"[image]\ncaption = {json.dumps(draw(PLAIN))}")
    if draw(st.booleans()):
        lines.append(draw(PLAIN))  # often not TOML at all
    return "+++\n" + "\n".join(lines) + "\n" + draw(st.sampled_from(("+++\n", "")))


MARKDOWN_BLOCKS = st.one_of(
    PLAIN.map(lambda t: "# " + t),
    PLAIN.map(lambda t: "## " + t),
    TEXT,
    PLAIN.map(lambda t: f"```\n{t}\n```"),
    PLAIN.map(lambda t: f"`{t}` and {t}"),
    PLAIN.map(lambda t: "> " + t.replace("\n", "\n> ")),
    st.lists(PLAIN, min_size=1, max_size=4).map(lambda items: "\n".join("- " + i for i in items)),
    PLAIN.map(lambda t: f"| a | b |\n|---|---|\n| {t} | x |"),
    PLAIN.map(lambda t: f"![{t}](image.jpg)\n\n[{t}](https://example.org)"),
    PLAIN.map(lambda t: f"<!-- {t} -->"),
    PLAIN.map(lambda t: f"<div>\n{t}\n</div>"),
    PLAIN.map(lambda t: f"    {t}"),
)


@st.composite
def markdown_documents(draw: st.DrawFn) -> str:
    front = draw(st.one_of(st.just(""), yaml_front_matter(), toml_front_matter()))
    blocks = draw(st.lists(MARKDOWN_BLOCKS, max_size=8))
    return front + draw(st.sampled_from(("\n\n", "\n", "\r\n\r\n"))).join(blocks)


TAGS = ("p", "div", "h1", "h2", "figure", "figcaption", "blockquote", "span", "em", "a", "script", "style")
TAGS += ("pre", "code", "ul", "li", "title", "head", "body", "table", "td", "section", "article", "noscript")
HTML_LEAVES = st.one_of(
    PLAIN.map(html.escape),
    PLAIN,
    st.sampled_from(("<br>", "<hr/>", "&nbsp;", "&bogus;", "&#0;", "&#x110000;", "<!-- c -->", "<p>", "</div>")),
    PLAIN.map(lambda t: f'<img src="x.jpg" alt="{html.escape(t)}">'),
    PLAIN.map(lambda t: f"<![CDATA[{t}]]>"),
)
HTML_TREES = st.recursive(
    HTML_LEAVES,
    lambda children: st.tuples(st.sampled_from(TAGS), st.lists(children, max_size=4), st.booleans()).map(
        lambda parts: f"<{parts[0]}>{''.join(parts[1])}" + (f"</{parts[0]}>" if parts[2] else "")
    ),
    max_leaves=25,
)
HTML_DOCUMENTS = st.tuples(st.sampled_from(("", "<!DOCTYPE html>", "<html><body>")), HTML_TREES).map("\n".join)

JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), PLAIN),
    lambda children: st.one_of(st.lists(children, max_size=3), st.dictionaries(PLAIN, children, max_size=3)),
    max_leaves=10,
)
NINJS = st.fixed_dictionaries(
    {},
    optional={
        "uri": PLAIN,
        "guid": PLAIN,
        "headline": PLAIN,
        "subheadline": PLAIN,
        "body_text": TEXT,
        "body_html": HTML_DOCUMENTS,
        "byline": PLAIN,
        "associations": st.dictionaries(
            st.sampled_from(("featureimage", "picture1", "video")),
            st.fixed_dictionaries({}, optional={"description_text": PLAIN, "headline": PLAIN, "type": PLAIN}),
            max_size=2,
        ),
        "extra": JSON_VALUES,
        "headlines": st.lists(st.fixed_dictionaries({"value": PLAIN}), max_size=2),
    },
)


@st.composite
def ninjs_documents(draw: st.DrawFn) -> str:
    item = draw(NINJS)
    return json.dumps(item, ensure_ascii=draw(st.booleans()), indent=draw(st.sampled_from((None, 2, "\t"))))


@st.composite
def jsonl_documents(draw: st.DrawFn) -> str:
    lines = [json.dumps(item, ensure_ascii=draw(st.booleans())) for item in draw(st.lists(NINJS, max_size=4))]
    if draw(st.booleans()):
        lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(("", "{", "[1, 2]", "null", "not json"))))
    return draw(st.sampled_from(("\n", "\r\n"))).join(lines)


SEEDS = (SEED_EDIT.read_text(encoding="utf-8"), SEED_WIRE.read_text(encoding="utf-8"))


@st.composite
def mutated_seeds(draw: st.DrawFn) -> str:
    """A seed article after a few random cuts, pastes, duplications and line-ending changes."""
    text = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        to = draw(st.integers(at, min(len(text), at + 200)))
        kind = draw(st.sampled_from(("insert", "delete", "duplicate", "replace", "crlf", "cr")))
        if kind == "insert":
            text = text[:at] + draw(st.sampled_from(FRAGMENTS)) + text[at:]
        elif kind == "delete":
            text = text[:at] + text[to:]
        elif kind == "duplicate":
            text = text[:to] + text[at:to] + text[to:]
        elif kind == "replace":
            text = text[:at] + draw(PLAIN) + text[to:]
        else:
            text = text[:at] + text[at:to].replace("\n", "\r\n" if kind == "crlf" else "\r") + text[to:]
    return text


DOCUMENTS = st.one_of(
    st.tuples(st.sampled_from(EXTENSIONS), TEXT),
    st.tuples(st.just(".md"), markdown_documents()),
    st.tuples(st.just(".html"), HTML_DOCUMENTS),
    st.tuples(st.just(".json"), ninjs_documents()),
    st.tuples(st.just(".jsonl"), jsonl_documents()),
    st.tuples(st.sampled_from((".txt", ".md")), mutated_seeds()),
)
"""``(file ending, content)`` pairs of every kind above."""

# --- helpers ---------------------------------------------------------------------


def lint(name: str, source: str) -> LintResult:
    result = ENGINE.lint_source(name, source, SETTINGS)
    crashes = [
        error
        for error in result.errors
        if any(marker in error for marker in CRASH_MARKERS) and not any(known in error for known in KNOWN_CRASHES)
    ]
    assert not crashes, f"wirelint failed on {source!r}: {crashes}"
    return result


def reference_position(source: str, offset: int) -> tuple[int, int]:
    """1-based line and code-point column, counting CRLF, CR and LF as line breaks (as LSP and SARIF do)."""
    breaks = [m.end() for m in LINE_BREAK.finditer(source, 0, offset) if m.end() <= offset]
    line_start = breaks[-1] if breaks else 0
    return len(breaks) + 1, offset - line_start + 1


def reference_offset(source: str, line: int, column: int) -> int:
    starts = [0, *(m.end() for m in LINE_BREAK.finditer(source))]
    return starts[line - 1] + column - 1


def unchanged_outside(before: str, after: str, spans: list[tuple[int, int]]) -> bool:
    """True when ``after`` is ``before`` with only the text inside ``spans`` replaced.

    The text between spans must appear in ``after`` in order; the first and last pieces
    anchored at the ends. Leftmost matching is enough to decide it.
    """
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    cuts = [0, *(bound for span in merged for bound in span), len(before)]
    gaps = [before[cuts[i] : cuts[i + 1]] for i in range(0, len(cuts), 2)]
    if len(gaps) == 1:
        return after == before
    if not after.startswith(gaps[0]):
        return False
    position = len(gaps[0])
    for gap in gaps[1:-1]:
        found = after.find(gap, position)
        if found < 0:
            return False
        position = found + len(gap)
    return after.endswith(gaps[-1]) and len(after) - len(gaps[-1]) >= position


def line_break_kinds(text: str) -> set[str]:
    return set(LINE_BREAK.findall(text))


@cache
def sarif_validator() -> jsonschema.Draft7Validator:
    return jsonschema.Draft7Validator(json.loads((FIXTURES / "sarif-schema-2.1.0.json").read_text(encoding="utf-8")))


# --- properties ------------------------------------------------------------------


@FUZZ
@given(DOCUMENTS)
def test_linting_never_raises_and_fails_only_on_bad_input(document: tuple[str, str]):
    ending, source = document
    result = lint("story" + ending, source)
    for error in result.errors:
        assert error.startswith("story" + ending + ":"), f"an error must name the file: {error}"


@FUZZ
@given(DOCUMENTS)
def test_every_finding_lies_in_the_file_and_round_trips_to_its_line_and_column(document: tuple[str, str]):
    ending, source = document
    for finding in lint("story" + ending, source).findings:
        assert 0 <= finding.start <= finding.end <= len(source)
        assert (finding.line, finding.column) == reference_position(source, finding.start)
        assert (finding.end_line, finding.end_column) == reference_position(source, finding.end)
        start = reference_offset(source, finding.line, finding.column)
        end = reference_offset(source, finding.end_line, finding.end_column)
        assert source[start:end] == source[finding.start : finding.end]
        if finding.fix is not None:
            for edit, (line, column, end_line, end_column) in zip(
                finding.fix.edits, finding.edit_positions, strict=True
            ):
                assert 0 <= edit.start <= edit.end <= len(source)
                assert reference_offset(source, line, column) == edit.start
                assert reference_offset(source, end_line, end_column) == edit.end


@FUZZ
@given(DOCUMENTS)
def test_field_text_maps_back_inside_the_file(document: tuple[str, str]):
    ending, source = document
    parsed = lint("story" + ending, source).document
    assume(parsed is not None)
    for block in parsed.blocks:
        previous = 0
        for index in range(len(block.text)):
            start, end = block.source_span(index, index + 1)
            assert 0 <= start < end <= len(source), f"{block.field} character {index} maps to {start}:{end}"
            assert start >= previous, "field text maps onto the file in order"
            previous = start


@FUZZ
@given(DOCUMENTS)
def test_fixes_touch_only_their_spans_reach_a_fixed_point_and_are_idempotent(document: tuple[str, str]):
    ending, source = document
    name = "story" + ending

    def findings_of(text: str) -> list[Finding]:
        return lint(name, text).findings

    text = source
    for _ in range(3):  # each pass changes nothing outside the spans of its safe fixes
        findings = findings_of(text)
        fixed, applied = apply_edits(text, findings)
        spans = [(e.start, e.end) for f in findings if f.fix is not None and f.fix.safe for e in f.fix.edits]
        assert unchanged_outside(text, fixed, spans), f"a fix changed text outside its spans in {text!r}"
        if not applied:
            break
        text = fixed
    fixed, _, remaining = fix_to_fixed_point(source, findings_of)
    pending = {f.code for f in remaining if apply_edits(fixed, [f])[0] != fixed}
    assert pending <= KNOWN_FIX_CONFLICTS, f"safe fixes of {pending} still pending after --fix of {source!r}"
    assert [f.sort_key for f in remaining] == [f.sort_key for f in findings_of(fixed)]
    again, count, _ = fix_to_fixed_point(fixed, findings_of)
    assert (again, count) == (fixed, 0), "a second --fix changed the text"
    assert line_break_kinds(fixed) <= line_break_kinds(source), "--fix changed the file's line endings"


@FUZZ
@given(DOCUMENTS)
def test_json_sarif_github_and_text_output_are_always_well_formed(document: tuple[str, str]):
    ending, source = document
    findings = lint("drafts/story" + ending, source).findings
    rules = dict(ENGINE.registry.rules)
    records = json.loads(FORMATS["json"](findings, rules, False))
    assert len(records) == len(findings)
    for record in records:
        assert set(record) - {"article_id"} == {
            "path", "line", "column", "end_line", "end_column", "code", "name", "severity", "message", "field", "fix",
        }  # fmt: skip
    sarif_validator().validate(json.loads(FORMATS["sarif"](findings, rules, False)))
    annotations = FORMATS["github"](findings, rules, False).split("\n")[:-1]
    assert len(annotations) == len(findings), "one annotation line per finding, however odd the message"
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in annotations)
    lines = FORMATS["text"](findings, rules, False).split("\n")[:-1]
    assert len(lines) == len(findings) + (1 if findings else 0), "one line per finding, however odd the id"
    assert not any(CONTROL.search(line) for line in lines), "no raw control characters reach the terminal"


@FUZZ
@given(st.binary(max_size=300), st.sampled_from((b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")))
def test_decoding_bytes_either_fails_cleanly_or_writes_back_the_same_bytes(data: bytes, bom: bytes):
    raw = bom + data
    try:
        text, encoding = decode("story.txt", raw)
    except InputError as error:
        assert str(error).startswith("story.txt: ")
        offset = re.search(r"at (?:byte|offset) (\d+)", str(error))
        if offset:
            assert int(offset.group(1)) < len(raw), "the byte offset points into the file"
        return
    assert SourceFile(None, text, encoding, "").encode(text) == raw  # type: ignore[arg-type]


def test_decode_reports_the_byte_offset_of_the_first_bad_byte_counting_the_bom():
    with pytest.raises(InputError, match="at byte 5"):
        decode("x.txt", b"\xef\xbb\xbfab\xff")
    with pytest.raises(InputError, match=r"at byte 3 \(0xe9\)"):
        decode("x.txt", b"Caf\xe9")


@st.composite
def disjoint_fixes(draw: st.DrawFn) -> tuple[str, list[Finding]]:
    text = draw(st.text(st.sampled_from("ab \n\r"), max_size=60))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=12, unique=True)))
    findings = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=False):
        edit = Edit(start, end, draw(st.sampled_from(("", "X", "YY\n"))))
        findings.append(Finding("T001", "t", Severity.WARNING, "m", start, end, fix=Fix("f", (edit,))))
    return text, findings


def naive_apply(text: str, findings: list[Finding]) -> str:
    for finding in sorted(findings, key=lambda f: f.start, reverse=True):
        assert finding.fix is not None
        for edit in finding.fix.edits:
            text = text[: edit.start] + edit.text + text[edit.end :]
    return text


@FUZZ
@given(disjoint_fixes())
def test_apply_edits_applies_disjoint_fixes_exactly_as_one_by_one(case: tuple[str, list[Finding]]):
    """Exactly as one by one, except that fixes which would bring a lone CR and an LF together
    (fusing two line breaks into one CRLF) wait for the next pass; then the result has no CRLF
    that neither the kept text nor an edit's own text had."""
    text, findings = case
    fixed, applied = apply_edits(text, findings)
    naive = naive_apply(text, findings)
    if not joins_cr_and_lf(text, findings):
        assert (fixed, applied) == (naive, len(findings))
        return
    assert applied < len(findings)
    assert unchanged_outside(text, fixed, [(e.start, e.end) for f in findings for e in f.fix.edits])  # type: ignore[union-attr]
    assert fixed.count("\r\n") <= text.count("\r\n") + sum(f.fix.edits[0].text.count("\r\n") for f in findings)  # type: ignore[union-attr]


def joins_cr_and_lf(text: str, findings: list[Finding]) -> bool:
    """Whether applying every fix puts a CR and an LF side by side where neither the kept
    text nor an edit's text had them together."""
    edits = sorted((e for f in findings if f.fix is not None for e in f.fix.edits), key=lambda e: e.start)
    pieces, position = [], 0
    for edit in edits:
        pieces += [text[position : edit.start], edit.text]
        position = edit.end
    pieces.append(text[position:])
    return "".join(pieces).count("\r\n") > sum(piece.count("\r\n") for piece in pieces)


def test_apply_edits_leaves_a_fix_that_would_join_cr_and_lf_for_the_next_pass():
    text = "\rab\n"  # deleting "a" and then "b" would leave "\r\n"
    first = Finding("T001", "t", Severity.WARNING, "m", 1, 2, fix=Fix("f", (Edit(1, 2, ""),)))
    second = Finding("T001", "t", Severity.WARNING, "m", 2, 3, fix=Fix("f", (Edit(2, 3, ""),)))
    assert apply_edits(text, [first, second]) == ("\rb\n", 1)


@FUZZ
@given(st.text(st.sampled_from("ab\n"), max_size=40), st.data())
def test_apply_edits_with_overlapping_fixes_keeps_text_outside_them(text: str, data: st.DataObject):
    findings = []
    for _ in range(data.draw(st.integers(0, 6))):
        edits = []
        for _ in range(data.draw(st.integers(1, 3))):
            start = data.draw(st.integers(0, len(text)))
            edits.append(Edit(start, data.draw(st.integers(start, len(text))), data.draw(st.sampled_from(("", "Z")))))
        first = edits[0]
        findings.append(Finding("T001", "t", Severity.WARNING, "m", first.start, first.end, fix=Fix("f", tuple(edits))))
    fixed, applied = apply_edits(text, findings)
    spans = [(e.start, e.end) for f in findings if f.fix is not None for e in f.fix.edits]
    assert unchanged_outside(text, fixed, spans)
    assert applied or fixed == text


def test_unchanged_outside_detects_a_change_outside_the_spans():
    assert unchanged_outside("abcdef", "aXcdef", [(1, 2)])
    assert unchanged_outside("abcdef", "abcdef!", [(6, 6)])
    assert not unchanged_outside("abcdef", "aXcdeF", [(1, 2)])
    assert not unchanged_outside("abcdef", "abcdf", [(1, 2)])


def test_numbers_survive_digits_newer_than_pythons_unicode_data():
    """regex's \\d follows a newer Unicode than float() (U+1CCF0 OUTLINED DIGIT ZERO); found by fuzzing."""
    for source in ("\U0001ccf0", "Title\n\nThe toll rose to \U0001ccf1\U0001ccf2 dead, officials said.\n"):
        errors = ENGINE.lint_source("story.txt", source, SETTINGS).errors
        assert not [e for e in errors if "internal error" in e], errors


def test_dateline_and_extra_space_fixes_agree():
    """WL505 took the space out of '- .' and WL506 put it back, forever; found by fuzzing."""
    def findings_of(text: str) -> list[Finding]:
        return lint("story.md", text).findings

    for source in ("## BEIRUT (AFP) - .", "## BEIRUT (AFP) -."):
        fixed, _, remaining = fix_to_fixed_point(source, findings_of)
        assert apply_edits(fixed, remaining)[0] == fixed, f"{source!r}: a safe fix is still pending"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("\r\x1b\n", "\r"),  # the nightly run's find: the LF goes with the deleted line
        ("a\r\x1b\nb", "a\rb"),
        ("\r\x1b\n\n", "\n\n"),  # taking the LF would fuse the CR with the next LF: the CR goes
        ("\r\r\x1b\n\n", "\r\r \n\n"),  # either break would fuse: a space keeps them apart
    ],
)
def test_a_deletion_between_a_lone_cr_and_an_lf_never_fuses_them_into_crlf(source: str, expected: str):
    """Deleting the control character of ``\\r\\x1b\\n`` joined CR and LF into one CRLF, so --fix
    changed the file's line endings and its line count; found by the nightly fuzz run."""
    fixed, count, _ = fix_to_fixed_point(source, lambda text: lint("story.txt", text).findings)
    assert (fixed, count) == (expected, 1)
    assert line_break_kinds(fixed) <= line_break_kinds(source)


def test_two_fixes_that_together_empty_a_line_between_cr_and_lf_never_fuse_them():
    """The 20,000-example run's find: WL503 deletes the control character and WL101 the notice
    after it; each deletion alone leaves the line breaks apart, together they made a CRLF."""
    source = '# \r\x08=== RESTRICTED TO EDITORIAL USE - MANDATORY CREDIT "AFP PHOTO / HO" ===\n\n# '
    fixed, count, _ = fix_to_fixed_point(source, lambda text: lint("story.md", text).findings)
    assert count == 2 and "RESTRICTED" not in fixed and "\x08" not in fixed
    assert line_break_kinds(fixed) <= line_break_kinds(source)



@pytest.mark.parametrize(
    "source",
    [
        "T\n\nX.\n=== RESTRICTED TO\r\n EDITORIAL USE ...\n",  # the 20,000-example run's find
        "T\n\nNews here. === RESTRICTED TO\r\n EDITORIAL USE ===",
        "T\r\n\r\n=== RESTRICTED TO\r\nEDITORIAL USE - MANDATORY CREDIT ===\r\n",
    ],
)
def test_no_finding_or_fix_edit_ends_between_the_cr_and_the_lf_of_a_crlf(source: str):
    """WL101 matched a notice up to ``TO\\r``: its end had no line and column, and deleting it left a
    lone LF. The engine keeps every span and edit off the middle of a CRLF, whatever the rule matched."""
    findings = lint("story.txt", source).findings
    assert findings
    for finding in findings:
        offsets = [finding.start, finding.end]
        offsets += [o for edit in (finding.fix.edits if finding.fix else ()) for o in (edit.start, edit.end)]
        assert not [o for o in offsets if source[o - 1 : o + 1] == "\r\n"], finding
        assert (finding.end_line, finding.end_column) == reference_position(source, finding.end)
    fixed, _, _ = fix_to_fixed_point(source, lambda text: lint("story.txt", text).findings)
    assert line_break_kinds(fixed) <= line_break_kinds(source)

def test_fix_stops_where_fixes_start_to_undo_each_other():
    """A fixer-level guard, whatever the rules do: two fixes that flip a text back and forth."""
    flip = {"a b": ("a b", "ab"), "ab": ("ab", "a b")}

    def findings_of(text: str) -> list[Finding]:
        before, after = flip[text]
        edit = Edit(0, len(before), after)
        return [Finding("T001", "t", Severity.WARNING, "flip", 0, len(before), fix=Fix("flip", (edit,)))]

    assert fix_to_fixed_point("a b", findings_of)[:2] == ("a b", 0), "no change claimed when nothing changed"
    assert fix_to_fixed_point("ab", findings_of)[:2] == ("ab", 0)


def test_mutated_seeds_start_from_text_with_safe_fixes():
    """The fix property is only worth something if its inputs have fixes to apply."""
    findings = lint("seed.txt", SEEDS[0]).findings
    assert {f.code for f in findings if f.fix is not None and f.fix.safe} >= {"WL101", "WL102"}
