"""``wirelint compare OLD NEW``: the figures that changed between two versions of a story.

The comparison is the WL405 rule's (a version rule); this command reads the two
files, asks the engine to compare them under the new file's configuration and
selection, and prints the findings on NEW in any output format.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from wirelint.commands.common import (
    EXIT_CLEAN,
    EXIT_ERROR,
    EXIT_FINDINGS,
    config_options,
    engine,
    fail,
    format_option,
    known_codes,
    selection_options,
    settings_at,
    split_codes,
    unknown_code_error,
    use_colour,
)


@click.command("compare")
@click.argument("old", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("new", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@format_option
@selection_options
@config_options
def compare(old: Path, new: Path, output_format: str, **options: Any) -> None:
    """Report figures that changed between OLD and NEW versions of a story (WL405, on NEW)."""
    from wirelint.errors import WirelintError
    from wirelint.files import read_source
    from wirelint.output import FORMATS

    linter = engine(not options["no_plugins"])
    try:
        settings = settings_at(new, options)
        asked = split_codes(options["select"] + options["extend_select"] + options["ignore"])
        unknown = unknown_code_error(asked, known_codes(linter.registry, [settings]))
        if unknown:
            fail(unknown)
            sys.exit(EXIT_ERROR)
        documents = [linter.parse(str(path), read_source(path).text) for path in (old, new)]
        rules = linter.rules_for(settings, str(new))
        findings, errors = linter.compare(*documents, settings, rules)
    except WirelintError as error:
        fail(str(error))
        sys.exit(EXIT_ERROR)
    rendered = FORMATS[output_format](findings, linter.registry.rules, use_colour(sys.stdout))
    if rendered or output_format in ("json", "sarif"):
        click.echo(rendered, nl=False)
    for error in errors:
        fail(error)
    if errors:
        sys.exit(EXIT_ERROR)
    threshold = settings.fail_level.rank
    sys.exit(EXIT_FINDINGS if any(f.severity.rank >= threshold for f in findings) else EXIT_CLEAN)
