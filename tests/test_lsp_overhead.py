"""Work the language server does not repeat on an edit: pygls keeps no second copy of each open
document, and the findings of a lint reply that did not change are the last reply's objects."""

from __future__ import annotations

import pickle
from pathlib import Path

from lsprotocol import types

from wirelint.finding import Edit, Finding, Fix, Severity
from wirelint.lsp.linting import LintOutcome, LintReply, Snapshot
from wirelint.lsp.positions import LineIndex
from wirelint.lsp.server import create_server


def _finding(start: int, fix: bool = False) -> Finding:
    repair = Fix("drop it", (Edit(start, start + 3, ""),)) if fix else None
    return Finding("WL999", "example", Severity.WARNING, "message", start, start + 3, fix=repair, line=1, column=start)


def _round_trip(findings: list[Finding]) -> list[Finding]:
    """The findings as the server has them: a lint reply's trip from the lint process, then an outcome's."""
    reply: LintReply = pickle.loads(pickle.dumps(LintReply(findings=findings)))
    assert reply.findings == []  # only plain values travel
    outcome = LintOutcome(Snapshot("file:///tmp/a.txt", "/tmp/a.txt", Path("/tmp"), None, "", 1, "utf-16"),
                          LineIndex(""), reply.values())  # fmt: skip
    return outcome.findings


def test_an_unchanged_finding_comes_back_as_the_last_replys_object() -> None:
    first = _round_trip([_finding(0), _finding(10, fix=True)])
    second = _round_trip([_finding(0), _finding(12, fix=True)])
    assert second == [_finding(0), _finding(12, fix=True)]
    assert second[0] is first[0]
    assert second[1] is not first[1]


def test_findings_that_cannot_be_hashed_still_travel() -> None:
    odd = Finding("WL999", "example", Severity.INFO, "m", 0, 1, edit_positions=[[1, 1, 1, 2]])  # type: ignore[arg-type]
    assert _round_trip([odd])[0].edit_positions == [[1, 1, 1, 2]]


def test_the_server_keeps_its_own_copy_of_an_open_document_and_pygls_none() -> None:
    server = create_server(autoload=False)
    list(server.protocol.lsp_initialize(types.InitializeParams(types.ClientCapabilities())))
    item = types.TextDocumentItem("file:///tmp/story.txt", "plaintext", 1, "Headline\n\nBody text.\n")
    handler = server.protocol.fm.builtin_features[types.TEXT_DOCUMENT_DID_OPEN]
    params = types.DidOpenTextDocumentParams(item)
    handed_on = list(handler(params))
    assert [arguments for _, arguments, _ in handed_on] == [(params,)]  # on to the server's own did_open
    assert not server.workspace.text_documents
