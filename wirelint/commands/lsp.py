"""``wirelint lsp``: start the language server (``wirelint.lsp``) for an editor."""

from __future__ import annotations

import sys

import click


@click.command()
@click.option("--tcp", nargs=2, type=(str, int), metavar="HOST PORT", default=None,
              help="Listen on HOST PORT instead of stdio, for debugging (loopback only unless --allow-remote).")
@click.option("--allow-remote", is_flag=True, help="With --tcp, allow a HOST that is not a loopback address.")
@click.option("--no-plugins", is_flag=True, help="Do not load third-party plugins (built-in rules only).")
def lsp(tcp: tuple[str, int] | None, allow_remote: bool, no_plugins: bool) -> None:
    """Run the language server for editors, over stdio (needs wirelint[lsp])."""
    from wirelint.lsp import run

    sys.exit(run(tcp, allow_remote, autoload=not no_plugins))
