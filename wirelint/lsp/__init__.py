"""``wirelint lsp``: the language server that editors talk to.

This module is all the command line imports. pygls is an optional extra
(``wirelint[lsp]``), so it is imported only when the server starts, and
``wirelint check`` never pays for it.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import BinaryIO

from wirelint.errors import EXIT_ERROR

PYGLS_PACKAGES = {"pygls", "lsprotocol", "cattrs", "attrs"}


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback addresses (127.0.0.0/8, ::1)."""
    import ipaddress  # only for --tcp: every command line imports this module

    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _claim_stdout() -> BinaryIO:
    """Keep file descriptor 1 for JSON-RPC and send every other write to stdout to stderr.

    A plugin that prints, or a library that writes to fd 1, would otherwise
    corrupt the protocol stream and disconnect the editor.
    """
    sys.stdout.flush()
    protocol = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    return protocol


def run(tcp: tuple[str, int] | None = None, allow_remote: bool = False, autoload: bool = True) -> int:
    """Serve over stdio (or TCP) until the client exits; return the exit status."""
    if tcp is not None and not allow_remote and not is_loopback(tcp[0]):
        sys.stderr.write(
            f"wirelint: error: {tcp[0]} is not a loopback address; the server reads files from this machine, "
            "so it only listens on loopback unless you add --allow-remote\n"
        )
        return EXIT_ERROR
    try:
        from wirelint.lsp.server import create_server
    except ImportError as error:
        if (error.name or "").split(".")[0] not in PYGLS_PACKAGES:
            raise
        sys.stderr.write(
            f"wirelint: error: the language server needs pygls ({error}); install wirelint[lsp], "
            "for example: pip install 'wirelint[lsp]'\n"
        )
        return EXIT_ERROR
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING, format="wirelint lsp: %(levelname)s %(message)s")
    server = create_server(autoload)
    if tcp is not None:
        server.start_tcp(*tcp)
    else:
        server.start_io(sys.stdin.buffer, _claim_stdout())
    return 0
