"""``wirelint lsp`` as a command: the optional extra, TCP for debugging, loopback by default."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from typing import Any

import pytest
from conftest import REPO, SEED_EDIT, run_process

ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
TIMEOUT = 120.0
"""Seconds before a test gives up on the server (a hang guard, not a speed limit)."""


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], env=ENV, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )


def test_lsp_without_pygls_asks_for_the_extra_and_exits_2() -> None:
    result = run_python(
        "import sys\n"
        "sys.modules['pygls'] = sys.modules['lsprotocol'] = None  # as if not installed\n"
        "from wirelint.cli import main\n"
        "main(['lsp'])\n"
    )
    assert result.returncode == 2
    assert "install wirelint[lsp]" in result.stderr
    assert result.stdout == ""


def test_check_never_imports_the_language_server() -> None:
    result = run_python(
        "import sys\n"
        "from wirelint.cli import main\n"
        "try:\n"
        f"    main(['check', {str(SEED_EDIT)!r}])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('LOADED', sorted(m for m in sys.modules if m.split('.')[0] in ('pygls', 'lsprotocol')"
        " or m.startswith('wirelint.lsp')), file=sys.stderr)\n"
    )
    assert "WL102" in result.stdout  # the check ran
    assert "LOADED []" in result.stderr


@pytest.mark.parametrize("host", ["0.0.0.0", "192.0.2.7", "example.org"])
def test_tcp_refuses_an_address_that_is_not_loopback(host: str) -> None:
    result = run_process("lsp", "--tcp", host, "2087")
    assert result.returncode == 2
    assert "not a loopback address" in result.stderr and "--allow-remote" in result.stderr


def _send(connection: socket.socket, message: dict[str, Any]) -> None:
    body = json.dumps(message).encode("utf-8")
    connection.sendall(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))


def _receive(stream: Any, wanted_id: int) -> dict[str, Any]:
    """Read messages until the response with ``wanted_id`` (skipping log notifications)."""
    while True:
        length = 0
        while (line := stream.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("ascii").partition(":")
            if name.lower() == "content-length":
                length = int(value)
        assert length, "the server closed the connection"
        message = json.loads(stream.read(length))
        if message.get("id") == wanted_id:
            return message


def _connect(port: int, server: subprocess.Popen[bytes]) -> socket.socket:
    deadline = time.monotonic() + TIMEOUT
    while True:
        try:
            return socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
        except ConnectionRefusedError:
            if server.poll() is not None or time.monotonic() > deadline:
                raise
            time.sleep(0.1)


@pytest.mark.slow
def test_tcp_serves_on_loopback() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "wirelint", "lsp", "--tcp", "127.0.0.1", str(port)],
        env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        with _connect(port, server) as connection, connection.makefile("rb") as stream:
            _send(connection, {"jsonrpc": "2.0", "id": 1, "method": "initialize",
                               "params": {"processId": None, "rootUri": None, "capabilities": {}}})
            result = _receive(stream, 1)["result"]
            assert result["serverInfo"]["name"] == "wirelint"
            assert result["capabilities"]["textDocumentSync"]["change"] == 2  # incremental
            assert "source.fixAll.wirelint" in result["capabilities"]["codeActionProvider"]["codeActionKinds"]
            _send(connection, {"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
            assert _receive(stream, 2)["result"] is None
            _send(connection, {"jsonrpc": "2.0", "method": "exit"})
        assert server.wait(timeout=TIMEOUT) == 0
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
        assert server.stderr is not None
        server.stderr.close()
