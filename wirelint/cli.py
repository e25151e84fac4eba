"""The ``wirelint`` command line: one group gathering the commands of ``wirelint.commands``.

Exit status: 0 no findings at or above the fail level, 1 findings, 2 usage,
configuration, input or internal error. Findings go to stdout; progress,
warnings and errors go to stderr.

Each command's module is imported when the command is run or listed (``--help``),
so ``wirelint check`` does not pay for the options of ``audit`` or ``compare``.
"""

from __future__ import annotations

from importlib import import_module

import click

from wirelint.commands import startup
from wirelint.version import __version__

COMMANDS: dict[str, tuple[str, str]] = {
    "check": ("wirelint.commands.check", "check"),
    "rules": ("wirelint.commands.rules", "list_rules"),
    "explain": ("wirelint.commands.rules", "explain"),
    "lsp": ("wirelint.commands.lsp", "lsp"),
    "compare": ("wirelint.commands.compare", "compare"),
    "audit": ("wirelint.commands.audit", "audit"),
}
"""Each command's name, module and function."""


class LazyGroup(click.Group):
    """A group whose commands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*COMMANDS, *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            module, name = COMMANDS[cmd_name]
            self.add_command(getattr(import_module(module), name), cmd_name)
        if cmd_name != "check":  # the program paused the collector; check keeps it paused until its first file
            startup.resume()
        return self.commands.get(cmd_name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wirelint")
def main() -> None:
    """Lint news copy for wire leftovers, naming drift, unsourced figures and more."""


def run() -> None:
    """The ``wirelint`` program (console script and ``python -m wirelint``): wirelint owns this
    process, so it may take start-up shortcuts that touch the whole process (class code from the
    start-up cache, the collector paused while ``check`` starts). Calling :func:`main` in another
    program (click's test runner, an application) takes none of them."""
    startup.owns_process = True
    startup.pause()  # wirelint.program pauses it earlier still, before click is imported
    from wirelint.startcache import install_class_code, install_module_code

    install_module_code()
    install_class_code()
    main()


def program() -> None:
    """The ``wirelint`` console script and ``python -m wirelint``: :func:`run`, then the process ends as
    soon as its output is flushed (:func:`wirelint.commands.startup.leave`)."""
    try:
        run()
    except SystemExit as leaving:
        startup.leave(leaving.code)
        raise
