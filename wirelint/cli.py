"""The ``wirelint`` command line.

Exit status: 0 no findings at or above the fail level, 1 findings, 2 usage,
configuration, input or internal error. Findings go to stdout; progress,
warnings and errors go to stderr.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from wirelint import __version__
from wirelint.errors import WirelintError

if TYPE_CHECKING:
    from wirelint.config import Settings

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
PROGRESS_THRESHOLD = 200
FORMAT_NAMES = ("text", "json", "sarif", "github")
SEVERITIES = ("error", "warning", "info")
F = TypeVar("F", bound=Callable[..., Any])


def _split_codes(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(code.strip().upper() for value in values for code in value.split(",") if code.strip())


def command_line_overrides(
    select: tuple[str, ...], extend_select: tuple[str, ...], ignore: tuple[str, ...], fail_level: str | None
) -> dict[str, Any]:
    """The selection options as :func:`wirelint.config.apply_overrides` takes them."""
    from wirelint.finding import Severity

    overrides: dict[str, Any] = {
        "select": _split_codes(select),
        "extend_select": _split_codes(extend_select),
        "ignore": _split_codes(ignore),
    }
    if fail_level:
        overrides["fail_level"] = Severity(fail_level)
    return overrides


def _use_colour(stream: Any) -> bool:
    return not os.environ.get("NO_COLOR") and hasattr(stream, "isatty") and stream.isatty()


def _fail(message: str) -> None:
    click.echo(f"wirelint: error: {message}", err=True)


def _stacked(*decorators: Callable[[F], F]) -> Callable[[F], F]:
    """Several click options as one decorator, listed in the order given."""

    def apply(function: F) -> F:
        for decorator in reversed(decorators):
            function = decorator(function)
        return function

    return apply


selection_options = _stacked(
    click.option("--select", multiple=True, help="Only these codes or prefixes (comma-separated), e.g. WL1,WL301."),
    click.option("--extend-select", multiple=True, help="Add codes or prefixes to the configured selection."),
    click.option("--ignore", multiple=True, help="Codes or prefixes to skip."),
)
"""Which rules run: shared by ``check`` and ``audit``."""
run_options = _stacked(
    click.option(
        "--fail-level",
        type=click.Choice(SEVERITIES),
        default=None,
        help="Lowest severity that makes the exit status 1 (default: warning).",
    ),
    click.option(
        "--config",
        "config_path",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="Use this config file instead of discovering one.",
    ),
    click.option("--no-plugins", is_flag=True, help="Do not load third-party plugins (built-in rules only)."),
    click.option("--no-cache", is_flag=True, help="Do not read or write the result cache."),
    click.option(
        "--cache-dir",
        type=click.Path(file_okay=False, path_type=Path),
        envvar="WIRELINT_CACHE_DIR",
        default=".wirelint_cache",
        show_default=True,
        help="Result cache folder (also $WIRELINT_CACHE_DIR).",
    ),
)
"""Exit status, configuration, plugins and the result cache: shared by ``check`` and ``audit``."""


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wirelint")
def main() -> None:
    """Lint news copy for wire leftovers, naming drift, unsourced figures and more."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMAT_NAMES),
    default="text",
    show_default=True,
    help="Output format.",
)
@selection_options
@click.option("--fix", is_flag=True, help="Apply safe fixes and write the files.")
@click.option(
    "--exit-non-zero-on-fix", is_flag=True, help="With --fix, exit 1 when a file was changed (for pre-commit hooks)."
)
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, also apply fixes marked unsafe.")
@click.option("--diff", is_flag=True, help="Show the fixes as a unified diff; write nothing.")
@click.option("--stdin-filename", help="With '-' as the path: the name (and so the format) of standard input.")
@click.option(
    "--jobs", "-j", type=click.IntRange(min=1), default=None, help="Worker processes (default: number of cores)."
)
@click.option("--statistics", is_flag=True, help="Print a count per rule instead of each finding.")
@click.option("--verbose", "-v", is_flag=True, help="Also print notes, such as files with nothing to check.")
@run_options
def check(
    paths: tuple[Path, ...],
    output_format: str,
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    fix: bool,
    exit_non_zero_on_fix: bool,
    unsafe_fixes: bool,
    diff: bool,
    stdin_filename: str | None,
    jobs: int | None,
    statistics: bool,
    verbose: bool,
    fail_level: str | None,
    config_path: Path | None,
    no_plugins: bool,
    no_cache: bool,
    cache_dir: Path,
) -> None:
    """Check files and folders (or '-' for standard input)."""
    from wirelint.errors import ConfigError
    from wirelint.runner import RunOptions, default_jobs

    if not paths:
        raise click.UsageError("give at least one file or folder, or '-' for standard input")
    if fix and diff:
        raise click.UsageError("--fix and --diff cannot be used together")
    overrides = command_line_overrides(select, extend_select, ignore, fail_level)
    options = RunOptions(
        overrides=tuple(overrides.items()),
        config=config_path.resolve() if config_path else None,
        fix=fix,
        unsafe_fixes=unsafe_fixes,
        diff=diff,
        autoload=not no_plugins,
        cache_dir=None if no_cache else cache_dir.resolve(),
    )
    try:
        code = _run_check(
            list(paths),
            options,
            output_format,
            stdin_filename,
            jobs or default_jobs(),
            statistics,
            exit_non_zero_on_fix,
            verbose,
        )
    except ConfigError as error:
        _fail(str(error))
        code = EXIT_ERROR
    sys.exit(code)


def _run_check(
    paths: list[Path],
    options: Any,
    output_format: str,
    stdin_filename: str | None,
    jobs: int,
    statistics: bool,
    exit_non_zero_on_fix: bool = False,
    verbose: bool = False,
) -> int:
    from wirelint.config import Settings, settings_for, unknown_codes
    from wirelint.errors import UNKNOWN_CODE, ConfigError, EmptyInput, InputError
    from wirelint.files import decode, discover
    from wirelint.output import FORMATS
    from wirelint.registry import get_registry
    from wirelint.runner import FileOutcome, check_files, check_text

    registry = get_registry(options.autoload)
    for problem in registry.problems:
        click.echo(f"wirelint: warning: {problem}", err=True)
    outcomes: list[FileOutcome] = []
    errors: list[str] = []
    roots = [p for p in paths if p != Path("-")]
    missing = [p for p in roots if not p.exists()]
    root_settings: dict[Path, Settings | None] = {}
    for root in (p for p in roots if p not in missing):
        try:
            root_settings[root] = settings_for(root.resolve(), dict(options.overrides), options.config)
        except ConfigError:  # reported once, with the files it keeps from being checked
            root_settings[root] = None
    unknown = unknown_codes(_codes_asked(options), _known_codes(registry, root_settings.values()))
    if unknown:
        _fail(UNKNOWN_CODE.format(code=unknown[0]))
        return EXIT_ERROR
    if Path("-") in paths:
        name = stdin_filename or "-"
        try:
            settings = settings_for(Path(name).resolve(), dict(options.overrides), options.config)
            text, _ = decode(name, sys.stdin.buffer.read())
            outcome = check_text(name, text, options, settings)
            outcomes.append(outcome)
            if outcome.output is not None:
                click.echo(outcome.output, nl=False)
        except EmptyInput as error:
            outcomes.append(FileOutcome(name, notes=[str(error)]))
        except ConfigError as error:
            outcomes.append(FileOutcome(name, blocked_by=str(error)))
        except InputError as error:
            errors.append(str(error))
    errors.extend(
        f"{p}: {'broken symbolic link (to nowhere, or a loop)' if p.is_symlink() else 'no such file or folder'}"
        for p in missing
    )
    files = []
    for root, found in root_settings.items():
        walk = found or Settings()  # under a broken config: the files it costs, each reported as not checked
        files.extend(discover(root, walk.is_excluded, walk.is_included, errors))

    progress = None
    if len(files) >= PROGRESS_THRESHOLD and sys.stderr.isatty():
        progress = click.progressbar(length=len(files), label="Checking", file=sys.stderr)
        progress.__enter__()
    try:
        outcomes.extend(check_files(files, options, jobs, (lambda: progress.update(1)) if progress else None))
    finally:
        if progress:
            progress.__exit__(None, None, None)

    findings = [f for outcome in outcomes for f in outcome.findings]
    for outcome in outcomes:
        errors.extend(outcome.errors)
        if outcome.diff:
            click.echo(outcome.diff, nl=False)
        if verbose:
            for note in outcome.notes:
                click.echo(f"wirelint: note: {note}", err=True)
    errors.extend(_blocked(outcomes))
    rules = dict(registry.rules)
    if statistics:
        _print_statistics(findings)
    elif not options.diff and not (options.fix and Path("-") in paths):
        rendered = FORMATS[output_format](findings, rules, _use_colour(sys.stdout))
        if rendered or output_format in ("json", "sarif"):
            click.echo(rendered, nl=False)
    fixed = sum(o.fixed for o in outcomes)
    if options.fix and fixed and output_format == "text":
        click.echo(f"Fixed {fixed} finding{'s' if fixed != 1 else ''}.", err=True)
    for error in errors:
        _fail(error)
    if errors:
        return EXIT_ERROR
    if options.diff and any(o.diff for o in outcomes):
        return EXIT_FINDINGS
    if any(o.fails for o in outcomes) or (exit_non_zero_on_fix and fixed):
        return EXIT_FINDINGS
    if not findings and output_format == "text" and not statistics and not options.diff:
        click.echo("All checks passed.", err=True)
    return EXIT_CLEAN


def _codes_asked(options: Any) -> list[str]:
    """The codes and prefixes named on the command line."""
    return [code for key, codes in options.overrides if key in ("select", "extend_select", "ignore") for code in codes]


def _known_codes(registry: Any, settings: Iterable[Settings | None]) -> set[str]:
    """Codes of the registry's rules and of the project packs the given settings load."""
    from wirelint.registry import project_pack_rules

    known = set(registry.rules)
    for each in settings:
        try:
            known.update(rule.code for rule in project_pack_rules(each.rule_packs if each else ()))
        except WirelintError:
            continue  # a broken pack is reported with the files it affects
    return known


def _blocked(outcomes: list[Any], shown: int = 5) -> list[str]:
    """One error per broken config or pack, naming the files it kept from being checked."""
    by_cause: dict[str, list[str]] = {}
    for outcome in outcomes:
        if outcome.blocked_by:
            by_cause.setdefault(outcome.blocked_by, []).append(outcome.path)
    lines = []
    for cause, names in by_cause.items():
        listed = ", ".join(names[:shown]) + (f" and {len(names) - shown} more" if len(names) > shown else "")
        noun = "file" if len(names) == 1 else "files"
        lines.append(f"{cause}; {len(names)} {noun} not checked: {listed}")
    return lines


def _print_statistics(findings: list[Any]) -> None:
    counts = Counter((f.code, f.name) for f in findings)
    fixable = Counter(f.code for f in findings if f.fix is not None and f.fix.safe)
    for (code, name), count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        marker = "[*]" if fixable[code] else "   "
        click.echo(f"{count:>6}  {code}  {marker} {name}")


@main.command("rules")
@click.option(
    "--format", "output_format", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True
)
@click.option("--no-plugins", is_flag=True, help="List built-in rules only.")
def list_rules(output_format: str, no_plugins: bool) -> None:
    """List every rule: code, name, severity and where it comes from."""
    from wirelint.registry import get_registry
    from wirelint.ruledocs import rules_json, rules_markdown, rules_table

    registry = get_registry(not no_plugins)
    rules = [registry.rules[code] for code in sorted(registry.rules)]
    render = {"text": rules_table, "json": rules_json, "markdown": rules_markdown}[output_format]
    click.echo(render(rules), nl=False)


@main.command()
@click.argument("code")
def explain(code: str) -> None:
    """Explain a rule: what it finds, why it matters, an example and what to write instead."""
    from wirelint.registry import get_registry
    from wirelint.ruledocs import explain_rule

    registry = get_registry()
    rule = registry.rules.get(code.upper()) or next((r for r in registry.rules.values() if r.name == code), None)
    if rule is None:
        _fail(f"no rule {code!r}; 'wirelint rules' lists them")
        sys.exit(EXIT_ERROR)
    click.echo(explain_rule(rule))


@main.command()
@click.option("--tcp", nargs=2, type=(str, int), metavar="HOST PORT", default=None,
              help="Listen on HOST PORT instead of stdio, for debugging (loopback only unless --allow-remote).")
@click.option("--allow-remote", is_flag=True, help="With --tcp, allow a HOST that is not a loopback address.")
@click.option("--no-plugins", is_flag=True, help="Do not load third-party plugins (built-in rules only).")
def lsp(tcp: tuple[str, int] | None, allow_remote: bool, no_plugins: bool) -> None:
    """Run the language server for editors, over stdio (needs wirelint[lsp])."""
    from wirelint.lsp import run

    sys.exit(run(tcp, allow_remote, autoload=not no_plugins))


# Commands that live in their own modules. Each imports only click at load
# time (Dask, the number engine and the engine load when the command runs);
# ``wirelint.audit.command`` registers itself on ``main``.
from wirelint.audit import command as _audit_command  # noqa: E402, F401
from wirelint.compare import compare as _compare  # noqa: E402

main.add_command(_compare)
