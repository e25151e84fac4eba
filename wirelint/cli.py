"""The ``wirelint`` command line: one group gathering the commands of ``wirelint.commands``.

Exit status: 0 no findings at or above the fail level, 1 findings, 2 usage,
configuration, input or internal error. Findings go to stdout; progress,
warnings and errors go to stderr.
"""

from __future__ import annotations

import click

from wirelint.commands.audit import audit
from wirelint.commands.check import check
from wirelint.commands.compare import compare
from wirelint.commands.lsp import lsp
from wirelint.commands.rules import explain, list_rules
from wirelint.version import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wirelint")
def main() -> None:
    """Lint news copy for wire leftovers, naming drift, unsourced figures and more."""


for _command in (check, list_rules, explain, lsp, compare, audit):
    main.add_command(_command)
