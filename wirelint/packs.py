"""Declarative rule packs: TOML files of ``[[rule]]`` tables, data not code.

A pack rule matches one or more ``regex`` patterns against the blocks of the
fields it names and reports each match with a message and, where the pack
says so, a fix. Loading a pack never runs code from it: the file is parsed
with ``tomllib`` and every key is checked against the schema below.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

import regex

from wirelint.document import FIELDS, Article, Block
from wirelint.edits import delete_lines, delete_match
from wirelint.errors import PackError, RuleTimeout
from wirelint.finding import Finding, Fix, Severity
from wirelint.gates import AnyOf, BranchSwitch
from wirelint.lazy_pattern import LazyPattern
from wirelint.literals import Literal, cached_required_literals, score
from wirelint.prefilter import PACK_RULES, normalise_line_ends
from wirelint.repeat_budget import MAX_EXPANSION, repeat_expansion
from wirelint.rule import Examples, Rule, RuleDocs
from wirelint.startcache import STARTUP, compile_pattern, file_stamp

if TYPE_CHECKING:
    from wirelint.config import Settings

REQUIRED_KEYS = {"code", "name", "severity", "message"}
OPTIONAL_KEYS = {
    "pattern",
    "patterns",
    "unless",
    "requires",
    "fields",
    "fix",
    "replace",
    "safe",
    "skip-quotes",
    "examples",
    "what",
    "why",
    "example",
    "use-instead",
}
PACK_KEYS = {"rule", "pack", "entity", "lexicon"}
"""``entity`` tables are naming data, validated by :mod:`wirelint.naming.entities`; ``lexicon``
tables are the vocabularies of code rules (agencies, notice terms), read by :mod:`wirelint.text.lexicon`."""
PACK_META_KEYS = {"name", "description"}
FIX_KINDS = {"delete-line", "delete-match"}
CODE_PATTERN = LazyPattern(r"^[A-Z]{1,4}[0-9]{3}$")
NAME_PATTERN = LazyPattern(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
FLAGS = regex.VERSION0 | regex.MULTILINE
MATCH_TIMEOUT = 1.0
"""Seconds one pattern may spend on one block before the rule is stopped, plus :data:`MATCH_TIMEOUT_PER_MB` for
each million characters of the block: a pattern that backtracks out of control blows it on any text, while an
ordinary one on a 1 MB single-line file on a loaded machine (it once took WL106's 1.1 s) does not."""
MATCH_TIMEOUT_PER_MB = 10.0
MATCH_CACHE = 2048
"""(rule, text) results remembered, so re-linting an edited article rescans only the changed paragraphs."""


Pattern: TypeAlias = "regex.Pattern[str] | LazyPattern"
"""A compiled pattern, or (built-in packs) one compiled on first use."""


@dataclass(eq=False, kw_only=True)
class PackRule(Rule):
    """A rule defined by a ``[[rule]]`` table."""

    code: str
    name: str
    severity: Severity
    message: str
    patterns: tuple[Pattern, ...]
    unless: tuple[Pattern, ...] = ()
    requires: Pattern | None = None
    """A cheap pattern a block must contain before the costly ones are tried (a speed hint, not a match)."""
    fields: tuple[str, ...] = FIELDS
    fix_kind: str | None = None
    replace: str | None = None
    safe: bool = True
    skip_quotes: bool = False
    examples: Examples = field(default_factory=Examples)
    docs: RuleDocs = field(default_factory=lambda: RuleDocs(""))
    origin: str = ""

    @property
    def fixable(self) -> bool:  # type: ignore[override]
        return self.fix_kind is not None or self.replace is not None

    @property
    def defined_in(self) -> str:
        return f"pack {Path(self.origin).name}"

    def matches(self, text: str) -> Iterator[regex.Match[str]]:
        """Every match of the rule's patterns in ``text`` that no ``unless`` vetoes.

        A CRLF line break is seen as space + LF and a lone CR as LF, so ``^`` and
        ``$`` work whatever the line endings, and every offset still matches the
        original text. A block that lacks every string the rule's patterns
        need (see :mod:`wirelint.prefilter`) is not searched at all.
        """
        if not self.can_match(text):
            return iter(())
        return iter(remembered_matches(self, text))

    def can_match(self, text: str) -> bool:
        """False when ``text`` lacks every literal string a match of this rule needs."""
        needed = self.literal_ids
        return needed is None or not needed.isdisjoint(PACK_RULES.present(text))

    @cached_property
    def literal_ids(self) -> frozenset[int] | None:
        """The rule's strings in the shared prefilter; None when the rule must always run."""
        literals = self.literals()
        return None if literals is None else PACK_RULES.ids(literals)

    def literals(self) -> frozenset[Literal] | None:
        """Strings one of which every match contains: from the patterns, or from ``requires`` when that says more."""
        found = [cached_required_literals(pattern.pattern) for pattern in self.patterns]
        from_patterns = None if None in found else frozenset().union(*found)
        from_requires = cached_required_literals(self.requires.pattern) if self.requires is not None else None
        best = max((from_patterns, from_requires), key=score)
        return best or None

    @cached_property
    def _requires_test(self) -> AnyOf:
        """``requires`` searched one branch at a time, each only where its strings are (:mod:`wirelint.gates`)."""
        assert self.requires is not None
        return AnyOf.of(self.requires, blocks=True)

    @cached_property
    def _switches(self) -> tuple[BranchSwitch, ...]:
        """Each pattern's branches, switched off for a text that lacks their strings (:mod:`wirelint.gates`)."""
        return tuple(BranchSwitch(pattern) for pattern in self.patterns)

    def scan(self, text: str) -> Iterator[regex.Match[str]]:
        """:meth:`matches`, worked out afresh."""
        text = normalise_line_ends(text)
        timeout = MATCH_TIMEOUT + MATCH_TIMEOUT_PER_MB * len(text) / 1e6
        if self.requires is not None:
            with self._budget(self.requires, timeout):
                if not self._requires_test.search(text, timeout=timeout):
                    return
        for pattern, switch in zip(self.patterns, self._switches, strict=True):
            usable = switch.for_text(text)
            if usable is None:  # no branch of it can match this text
                continue
            with self._budget(pattern, timeout):
                for match in usable.finditer(text, timeout=timeout):
                    if match.end() == match.start():
                        continue
                    if any(veto.search(match.group(), timeout=MATCH_TIMEOUT) for veto in self.unless):
                        continue
                    yield match

    @contextmanager
    def _budget(self, pattern: Pattern, timeout: float) -> Iterator[None]:
        """Turn ``regex``'s timeout into a rule error naming the pattern, rule and pack."""
        try:
            yield
        except TimeoutError:
            raise RuleTimeout(
                f"pattern {pattern.pattern!r} took longer than {timeout:.3g}s (rule {self.code} in {self.origin})"
            ) from None

    def check(self, article: Article, settings: Settings) -> Iterable[Finding]:
        for block in self.blocks(article):
            for match in self.matches(block.text):
                start, end = match.span()
                if self.skip_quotes and block.in_quote(start, end):
                    continue
                yield self.finding(
                    block,
                    start,
                    end,
                    self.message.replace("{match}", _one_line(match.group())),
                    self.make_fix(block, match),
                )

    def make_fix(self, block: Block, match: regex.Match[str]) -> Fix | None:
        start, end = match.span()
        if self.replace is not None:
            return self.replacement(
                block, start, end, match.expand(self.replace), f"replace with {match.expand(self.replace)!r}", self.safe
            )
        if self.fix_kind == "delete-line":
            fix = delete_lines(block, start, end)
        elif self.fix_kind == "delete-match":
            fix = delete_match(block, start, end)
        else:
            return None
        return Fix(fix.description, fix.edits, self.safe)


def expect_rules(codes: tuple[str, ...]) -> None:
    """Tell the pack rules' prefilter which rules this run has: it takes in at once the strings an earlier run
    of the same rules asked for (see :meth:`wirelint.prefilter.Prefilter.expect`)."""
    PACK_RULES.expect(codes)


@lru_cache(maxsize=MATCH_CACHE)
def remembered_matches(rule: PackRule, text: str) -> tuple[regex.Match[str], ...]:
    """A rule's matches depend on nothing but the rule and the text; a timeout is raised, never remembered."""
    return tuple(rule.scan(text))


def _one_line(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def read_pack(path: Path | Any) -> dict[str, Any]:
    """The TOML tables of a pack file, with its top-level keys checked; raise :class:`PackError` naming it.

    A pack file on disk is parsed once per version of it: the tables are kept in the start-up cache.
    """
    name = str(path)
    stamp = file_stamp(path)
    data = STARTUP.get("pack-tables", stamp) if stamp else None
    if not isinstance(data, dict):
        from wirelint._toml import tomllib  # only when the start-up cache has not got the pack

        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            raise PackError(name, f"cannot read: {error}") from None
        except tomllib.TOMLDecodeError as error:
            raise PackError(name, f"invalid TOML: {error}") from None
        if stamp:
            STARTUP.put("pack-tables", stamp, data)
    unknown = set(data) - PACK_KEYS
    if unknown:
        raise PackError(name, f"unknown top-level key(s): {', '.join(sorted(unknown))}")
    return data


def load_pack(path: Path | Any, compile_now: bool = True) -> list[PackRule]:
    """Parse and validate one pack file; raise :class:`PackError` naming it.

    ``compile_now=False`` defers compiling each pattern to its first use. Only for
    packs the test suite validates (the built-in ones): any other pack must fail
    at once, naming its file and rule, when a pattern is bad.
    """
    name = str(path)
    data = read_pack(path)
    if "entity" in data and compile_now:  # built-in entity sets: validated by the suite, parsed by naming on use
        from wirelint.naming.entities import parse_entity_tables  # naming data has its own schema

        parse_entity_tables(name, data["entity"])
    meta = data.get("pack", {})
    if not isinstance(meta, dict) or set(meta) - PACK_META_KEYS:
        raise PackError(name, f"[pack] may only hold {', '.join(sorted(PACK_META_KEYS))}")
    tables = data.get("rule", [])
    if not isinstance(tables, list):
        raise PackError(name, "'rule' must be an array of tables: use [[rule]]")
    return [_parse_rule(name, index, table, compile_now) for index, table in enumerate(tables, 1)]


def _parse_rule(pack: str, index: int, table: Any, compile_now: bool = True) -> PackRule:
    where = f"rule #{index}"
    if not isinstance(table, dict):
        raise PackError(pack, f"{where} is not a table")
    where = f"rule #{index} ({table.get('code', 'no code')})"
    missing = REQUIRED_KEYS - set(table)
    if missing:
        raise PackError(pack, f"{where}: missing key(s) {', '.join(sorted(missing))}")
    unknown = set(table) - REQUIRED_KEYS - OPTIONAL_KEYS
    if unknown:
        raise PackError(pack, f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    code, name = _string(pack, where, table, "code"), _string(pack, where, table, "name")
    if not CODE_PATTERN.match(code):
        raise PackError(pack, f"{where}: code {code!r} must look like WL123")
    if not NAME_PATTERN.match(name):
        raise PackError(pack, f"{where}: name {name!r} must be kebab-case")
    try:
        severity = Severity.parse(_string(pack, where, table, "severity"))
    except ValueError as error:
        raise PackError(pack, f"{where}: {error}") from None
    sources = _string_list(pack, where, table, "patterns") if "patterns" in table else []
    if "pattern" in table:
        sources.insert(0, _string(pack, where, table, "pattern"))
    if not sources:
        raise PackError(pack, f"{where}: needs 'pattern' or 'patterns'")
    fields = tuple(_string_list(pack, where, table, "fields")) if "fields" in table else FIELDS
    bad_fields = set(fields) - set(FIELDS)
    if bad_fields:
        raise PackError(pack, f"{where}: unknown field(s) {', '.join(sorted(bad_fields))} (use {', '.join(FIELDS)})")
    fix_kind, replace = _parse_fix(pack, where, table)

    def compile_pattern(source: str) -> Pattern:
        return _compile(pack, where, source) if compile_now else LazyPattern(source, FLAGS)

    examples = table.get("examples", {})
    if not isinstance(examples, dict) or set(examples) - {"match", "no-match"}:
        raise PackError(pack, f"{where}: examples must be {{ match = [...], no-match = [...] }}")
    return PackRule(
        code=code,
        name=name,
        severity=severity,
        message=_string(pack, where, table, "message"),
        patterns=tuple(compile_pattern(source) for source in sources),
        unless=tuple(compile_pattern(source) for source in _string_list(pack, where, table, "unless")),
        requires=compile_pattern(_string(pack, where, table, "requires")) if "requires" in table else None,
        fields=fields,
        fix_kind=fix_kind,
        replace=replace,
        safe=bool(table.get("safe", True)),
        skip_quotes=bool(table.get("skip-quotes", False)),
        examples=Examples(
            tuple(_string_list(pack, where, examples, "match")),
            tuple(_string_list(pack, where, examples, "no-match")),
        ),
        docs=RuleDocs(
            what=str(table.get("what", table["message"])),
            why=str(table.get("why", "")),
            example=str(table.get("example", "")),
            use_instead=str(table.get("use-instead", "")),
        ),
        origin=pack,
    )


def _parse_fix(pack: str, where: str, table: dict[str, Any]) -> tuple[str | None, str | None]:
    fix = table.get("fix")
    replace = table.get("replace")
    if isinstance(fix, dict):
        if set(fix) != {"replace"}:
            raise PackError(pack, f'{where}: fix table must be {{ replace = "..." }}')
        replace = fix["replace"]
        fix = None
    if fix is not None and fix not in FIX_KINDS:
        raise PackError(pack, f'{where}: fix must be one of {", ".join(sorted(FIX_KINDS))} or {{ replace = "..." }}')
    if replace is not None and not isinstance(replace, str):
        raise PackError(pack, f"{where}: replace must be a string")
    return fix, replace


def _string(pack: str, where: str, table: dict[str, Any], key: str) -> str:
    value = table[key]
    if not isinstance(value, str):
        raise PackError(pack, f"{where}: {key} must be a string")
    return value


def _string_list(pack: str, where: str, table: dict[str, Any], key: str) -> list[str]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise PackError(pack, f"{where}: {key} must be a list of strings")
    return list(value)


def _compile(pack: str, where: str, source: str) -> regex.Pattern[str]:
    if (expansion := repeat_expansion(source)) > MAX_EXPANSION:
        raise PackError(
            pack,
            f"{where}: pattern {source!r} is too large: its counted repeats expand to {expansion:,} copies "
            f"(at most {MAX_EXPANSION:,}); use + or * instead of large nested {{n}} counts",
        )
    try:
        return compile_pattern(source, FLAGS)
    except regex.error as error:
        raise PackError(pack, f"{where}: bad pattern {source!r}: {error}") from None
