"""The language server end to end: pytest-lsp starts ``wirelint lsp`` and talks to it over real stdio.

Expected findings come from the engine in this process; positions are
converted to LSP (UTF-16) here, independently of the server's own code.
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
import pytest_lsp
from conftest import REPO, SEED_EDIT
from lsprotocol import types
from pygls.exceptions import JsonRpcInternalError, JsonRpcMethodNotFound
from pygls.protocol import default_converter
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

from wirelint.api import default_engine
from wirelint.config import settings_for
from wirelint.finding import Finding
from wirelint.fixer import fix_to_fixed_point
from wirelint.registry import get_registry
from wirelint.ruledocs import explain_rule

pytestmark = pytest.mark.slow

SERVER = [sys.executable, "-m", "wirelint", "lsp"]
PLUGIN = Path(__file__).parent / "lsp_plugin"
TIMEOUT = 60.0
"""Seconds before a test gives up waiting for the server (a hang guard, not a speed limit)."""
VSCODE = client_capabilities("visual-studio-code")
MARKER = "Powered by automated translation"
CREDIT = "(Photo by John Smith / AFP)"
T = TypeVar("T")


def server_env(*paths: Path) -> dict[str, str]:
    """The environment for the server: this checkout (and ``paths``) importable."""
    entries = [str(REPO), *map(str, paths), *filter(None, [os.environ.get("PYTHONPATH")])]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(entries)}


class RecordingClient(LanguageClient):
    """A test client that keeps every diagnostics notification and registration in order."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.published: list[types.PublishDiagnosticsParams] = []
        self.registrations: list[types.Registration] = []


def _record_diagnostics(ls: RecordingClient, params: types.PublishDiagnosticsParams) -> None:
    ls.diagnostics[params.uri] = params.diagnostics
    ls.published.append(params)


def _record_registration(ls: RecordingClient, params: types.RegistrationParams) -> None:
    ls.registrations.extend(params.registrations)


def recording_client() -> RecordingClient:
    client = RecordingClient(converter_factory=default_converter)
    features = {
        **DEFAULT_CLIENT_FEATURES,
        types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: _record_diagnostics,
        types.CLIENT_REGISTER_CAPABILITY: _record_registration,
    }
    register_lsp_features(client, features)
    return client


async def initialize(
    client: RecordingClient, root: Path, capabilities: types.ClientCapabilities = VSCODE, options: Any = None
) -> types.InitializeResult:
    return await client.initialize_session(
        types.InitializeParams(
            capabilities=capabilities,
            root_uri=root.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name=root.name)],
            initialization_options=options,
        )
    )


@pytest_lsp.fixture(config=ClientServerConfig(SERVER, client_factory=recording_client, server_env=server_env()))
async def client(lsp_client: RecordingClient, tmp_path: Path) -> AsyncIterator[None]:
    """A server initialised by a client with VS Code's capabilities, rooted in ``tmp_path``."""
    await initialize(lsp_client, tmp_path)
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=ClientServerConfig(SERVER, client_factory=recording_client, server_env=server_env()))
async def bare_client(lsp_client: RecordingClient) -> AsyncIterator[None]:
    """A server the test initialises itself."""
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(
    config=ClientServerConfig(SERVER, client_factory=recording_client, server_env=server_env(PLUGIN))
)
async def plugin_client(lsp_client: RecordingClient, tmp_path: Path) -> AsyncIterator[None]:
    """A server with the misbehaving test plugin installed (tests/lsp_plugin)."""
    await initialize(lsp_client, tmp_path)
    yield
    await lsp_client.shutdown_session()


# --- helpers -------------------------------------------------------------------


def open_text(
    client: RecordingClient, path: Path, text: str, language_id: str = "plaintext", version: int = 1
) -> str:
    uri = path.as_uri() if path.is_absolute() else str(path)
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id=language_id, version=version, text=text)
        )
    )
    return uri


def change(client: RecordingClient, uri: str, version: int, *changes: types.TextDocumentContentChangeEvent) -> None:
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version), content_changes=list(changes)
        )
    )


def whole(text: str) -> types.TextDocumentContentChangeWholeDocument:
    return types.TextDocumentContentChangeWholeDocument(text=text)


def partial(
    line: int, character: int, end_line: int, end_character: int, text: str
) -> types.TextDocumentContentChangePartial:
    return types.TextDocumentContentChangePartial(
        range=types.Range(types.Position(line, character), types.Position(end_line, end_character)), text=text
    )


async def until(probe: Callable[[], T | None], what: str) -> T:
    """Wait for ``probe`` to return something other than None."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + TIMEOUT
    while loop.time() < deadline:
        value = probe()
        if value is not None:
            return value
        await asyncio.sleep(0.01)
    raise AssertionError(f"timed out waiting for {what}")


async def published(
    client: RecordingClient, uri: str, version: int | None = None, after: int = 0
) -> list[types.Diagnostic]:
    """Diagnostics of the first notification for ``uri`` (and ``version``) from index ``after`` on."""

    def probe() -> list[types.Diagnostic] | None:
        for params in client.published[after:]:
            if params.uri == uri and (version is None or params.version == version):
                return list(params.diagnostics)
        return None

    return await until(probe, f"diagnostics for {uri} version {version} after #{after}")


async def logged(client: RecordingClient, text: str, after: int = 0) -> types.LogMessageParams:
    """The first ``window/logMessage`` from index ``after`` on that contains ``text``."""
    return await until(
        lambda: next((m for m in client.log_messages[after:] if text in m.message), None),
        f"a log message with {text!r}",
    )


async def barrier(client: RecordingClient) -> None:
    """Return once the server has handled everything sent before (messages are handled in order)."""
    with pytest.raises(JsonRpcMethodNotFound):
        await client.protocol.send_request_async("wirelint/barrier", None)


def utf16_position(text: str, offset: int) -> types.Position:
    """The LSP position of a code-point offset in a text whose lines end in ``\\n``."""
    before = text[:offset]
    column = before[before.rfind("\n") + 1 :]
    return types.Position(line=before.count("\n"), character=len(column.encode("utf-16-le")) // 2)


def utf16_offset(text: str, position: types.Position) -> int:
    lines = text.split("\n")
    offset = sum(len(line) + 1 for line in lines[: position.line])
    units = 0
    for char in lines[position.line]:
        if units >= position.character:
            break
        units += 2 if ord(char) > 0xFFFF else 1
        offset += 1
    return offset


def apply_text_edits(text: str, edits: list[types.TextEdit]) -> str:
    spans = [(utf16_offset(text, e.range.start), utf16_offset(text, e.range.end), e.new_text) for e in edits]
    for start, end, new_text in sorted(spans, reverse=True):
        text = text[:start] + new_text + text[end:]
    return text


def expected_findings(path: Path, text: str) -> list[Finding]:
    return default_engine().lint_source(str(path), text, settings_for(path)).findings


def expected_ranges(path: Path, text: str) -> list[tuple[str, tuple[int, int], tuple[int, int]]]:
    result = []
    for finding in expected_findings(path, text):
        start, end = utf16_position(text, finding.start), utf16_position(text, finding.end)
        result.append((finding.code, (start.line, start.character), (end.line, end.character)))
    return sorted(result)


def ranges(diagnostics: list[types.Diagnostic]) -> list[tuple[str, tuple[int, int], tuple[int, int]]]:
    return sorted(
        (str(d.code), (d.range.start.line, d.range.start.character), (d.range.end.line, d.range.end.character))
        for d in diagnostics
    )


def codes(diagnostics: list[types.Diagnostic]) -> set[str]:
    return {str(d.code) for d in diagnostics}


def edits_of(action: types.CodeAction, version: int) -> list[types.TextEdit]:
    """The text edits of an action, checking they are pinned to ``version`` of the document."""
    assert action.edit is not None and action.edit.document_changes, action
    (document_edit,) = action.edit.document_changes
    assert isinstance(document_edit, types.TextDocumentEdit)
    assert document_edit.text_document.version == version
    return list(document_edit.edits)  # type: ignore[arg-type]


async def code_actions(
    client: RecordingClient, uri: str, diagnostic: types.Diagnostic | None = None, only: list[str] | None = None
) -> list[types.CodeAction]:
    whole_document = types.Range(types.Position(0, 0), types.Position(0, 0))
    result = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=diagnostic.range if diagnostic else whole_document,
            context=types.CodeActionContext(diagnostics=[diagnostic] if diagnostic else [], only=only),
        )
    )
    return [action for action in result or [] if isinstance(action, types.CodeAction)]


def seed_copy(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "story.txt"
    path.write_bytes(SEED_EDIT.read_bytes())
    return path, path.read_text(encoding="utf-8")


# --- diagnostics ----------------------------------------------------------------


async def test_open_publishes_the_engines_findings_with_code_severity_and_source(
    client: RecordingClient, tmp_path: Path
) -> None:
    path, text = seed_copy(tmp_path)
    uri = open_text(client, path, text)
    diagnostics = await published(client, uri, version=1)
    assert ranges(diagnostics) == expected_ranges(path, text)
    assert {"WL101", "WL102"} <= codes(diagnostics)
    marker = next(d for d in diagnostics if d.code == "WL102")
    assert marker.source == "wirelint"
    assert marker.severity == types.DiagnosticSeverity.Error  # the rule's severity is "error"
    assert marker.data["name"] == "machine-translation-marker"
    assert "explain" not in marker.data  # the explanation is hover's: see test_hover_explains_the_rule
    engine_fix = next(f.fix for f in expected_findings(path, text) if f.code == "WL102")
    assert engine_fix is not None
    assert marker.data["fix"] == {"description": engine_fix.description, "safe": engine_fix.safe}


async def test_an_edit_relints_and_closing_clears(client: RecordingClient, tmp_path: Path) -> None:
    path, text = seed_copy(tmp_path)
    uri = open_text(client, path, text)
    await published(client, uri, version=1)
    line = text.split("\n").index(MARKER)
    change(client, uri, 2, partial(line, 0, line + 1, 0, ""))
    edited = text.replace(MARKER + "\n", "", 1)
    diagnostics = await published(client, uri, version=2)
    assert "WL102" not in codes(diagnostics)
    assert ranges(diagnostics) == expected_ranges(path, edited)
    mark = len(client.published)
    client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri=uri)))
    assert await published(client, uri, after=mark) == []


async def test_utf16_ranges_with_emoji_and_non_bmp_text(client: RecordingClient, tmp_path: Path) -> None:
    # U+2028 is not an LSP line break, so it must not shift the lines below it.
    text = (
        "Fans cheer in the square\n\n"
        "A line\u2028with a separator and 😀 in it.\n\n"
        "Crowds 🎉🎉 and 𝐌𝐚𝐭𝐡 cheered the jihadists.Meanwhile others wept.\n\n"
        "Smoke over 𝔉 the port 🚢 (Photo by John 📷 Smith / AFP) today.\n"
    )
    path = tmp_path / "emoji.txt"
    uri = open_text(client, path, text)
    diagnostics = await published(client, uri, version=1)
    assert {"WL501", "WL101"} <= codes(diagnostics)
    assert ranges(diagnostics) == expected_ranges(path, text)
    space = next(d for d in diagnostics if d.code == "WL501")
    finding = next(f for f in expected_findings(path, text) if f.code == "WL501")
    assert space.range.start.line == finding.line - 1 == 4
    assert space.range.start.character == finding.column - 1 + 6  # six characters beyond the BMP before it


async def test_incremental_edits_are_read_in_utf16(client: RecordingClient, tmp_path: Path) -> None:
    text = "Crowds gather\n\n🎉🎉 𝐌 cheered the jihadists.Meanwhile others wept.\n"
    path = tmp_path / "edit.txt"
    uri = open_text(client, path, text)
    assert "WL501" in codes(await published(client, uri, version=1))
    dot = text.index("jihadists.") + len("jihadists.")
    at = utf16_position(text, dot)
    change(client, uri, 2, partial(at.line, at.character, at.line, at.character, " "))
    edited = text[:dot] + " " + text[dot:]
    diagnostics = await published(client, uri, version=2)
    assert "WL501" not in codes(diagnostics)
    assert ranges(diagnostics) == expected_ranges(path, edited)


async def test_utf8_positions_when_the_client_prefers_them(bare_client: RecordingClient, tmp_path: Path) -> None:
    capabilities = types.ClientCapabilities(
        general=types.GeneralClientCapabilities(position_encodings=[types.PositionEncodingKind.Utf8])
    )
    result = await initialize(bare_client, tmp_path, capabilities)
    assert result.capabilities.position_encoding == types.PositionEncodingKind.Utf8
    text = "Crowds gather\n\n“Quoted” 🎉 cheered the jihadists.Meanwhile others wept.\n"
    uri = open_text(bare_client, tmp_path / "bytes.txt", text)
    space = next(d for d in await published(bare_client, uri, version=1) if d.code == "WL501")
    line = text.split("\n")[2]
    finding = next(f for f in expected_findings(tmp_path / "bytes.txt", text) if f.code == "WL501")
    assert space.range.start.character == len(line[: finding.column - 1].encode("utf-8"))


async def test_an_unsaved_buffer_is_read_by_its_language_id(client: RecordingClient, tmp_path: Path) -> None:
    uri = open_text(client, Path("untitled:Untitled-1"), f"<h1>Talks resume</h1>\n<p>{MARKER}</p>\n", "html")
    assert "WL102" in codes(await published(client, uri, version=1))


# --- code actions -----------------------------------------------------------------


async def test_quick_fix_removes_the_finding(client: RecordingClient, tmp_path: Path) -> None:
    path, text = seed_copy(tmp_path)
    uri = open_text(client, path, text)
    marker = next(d for d in await published(client, uri, version=1) if d.code == "WL102")
    actions = await code_actions(client, uri, marker, only=[types.CodeActionKind.QuickFix])
    fix = next(a for a in actions if a.title.startswith("Fix WL102"))
    assert fix.kind == types.CodeActionKind.QuickFix and fix.is_preferred
    fixed = apply_text_edits(text, edits_of(fix, 1))
    assert MARKER not in fixed
    change(client, uri, 2, whole(fixed))
    assert "WL102" not in codes(await published(client, uri, version=2))


async def test_fix_all_gives_what_the_cli_fix_gives(client: RecordingClient, tmp_path: Path) -> None:
    path, text = seed_copy(tmp_path)
    uri = open_text(client, path, text)
    await published(client, uri, version=1)
    actions = await code_actions(client, uri, only=[types.CodeActionKind.SourceFixAll])
    (fix_all,) = actions
    assert fix_all.kind == "source.fixAll.wirelint"
    settings = settings_for(path)
    expected, _, _ = fix_to_fixed_point(text, lambda t: default_engine().lint_source(str(path), t, settings).findings)
    assert expected != text
    assert apply_text_edits(text, edits_of(fix_all, 1)) == expected


DISABLE_CASES = {
    "text": ("story.txt", "plaintext", "WL102", f"Talks resume\n\n{MARKER}\nMore text.\n\n{MARKER}\n"),
    "markdown": ("story.md", "markdown", "WL102", f"# Talks resume\n\n{MARKER}\nMore text.\n\n{MARKER}\n"),
    "front matter": ("story.md", "markdown", "WL101", f'---\ntitle: "Talks {CREDIT}"\n---\n\nBody text. {CREDIT}\n'),
    "html": ("story.html", "html", "WL102", f"<h1>Talks resume</h1>\n<p>{MARKER}</p>\n\n<p>{MARKER}</p>\n"),
}


@pytest.mark.parametrize("case", DISABLE_CASES, ids=list(DISABLE_CASES))
async def test_disable_here_silences_that_finding_only(client: RecordingClient, tmp_path: Path, case: str) -> None:
    name, language, code, text = DISABLE_CASES[case]
    path = tmp_path / name
    uri = open_text(client, path, text, language)
    diagnostics = await published(client, uri, version=1)
    first, second = sorted((d for d in diagnostics if d.code == code), key=lambda d: d.range.start.line)
    actions = await code_actions(client, uri, first, only=[types.CodeActionKind.QuickFix])
    disable = next(a for a in actions if a.title.startswith(f"Disable {code}"))
    silenced = apply_text_edits(text, edits_of(disable, 1))
    assert f"wirelint: disable={code}" in silenced
    change(client, uri, 2, whole(silenced))
    remaining = await published(client, uri, version=2)
    (kept,) = [d for d in remaining if d.code == code]
    assert kept.message == second.message and kept.range.start.line > first.range.start.line
    assert ranges(remaining) == expected_ranges(path, silenced)


async def test_json_gets_no_disable_action(client: RecordingClient, tmp_path: Path) -> None:
    text = f'{{"headline": "Talks resume", "body_text": "{MARKER}\\nMore."}}\n'
    uri = open_text(client, tmp_path / "story.json", text, "json")
    marker = next(d for d in await published(client, uri, version=1) if d.code == "WL102")
    titles = [a.title for a in await code_actions(client, uri, marker)]
    assert any(t.startswith("Fix WL102") for t in titles)
    assert not any(t.startswith("Disable") for t in titles)


# --- hover ------------------------------------------------------------------------


async def test_hover_explains_the_rule(client: RecordingClient, tmp_path: Path) -> None:
    path, text = seed_copy(tmp_path)
    uri = open_text(client, path, text)
    marker = next(d for d in await published(client, uri, version=1) if d.code == "WL102")
    inside = types.Position(marker.range.start.line, marker.range.start.character + 3)
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=inside)
    )
    assert hover is not None and isinstance(hover.contents, types.MarkupContent)
    assert hover.contents.kind == types.MarkupKind.Markdown
    assert explain_rule(get_registry().rules["WL102"]) in hover.contents.value
    assert hover.range == marker.range
    blank = types.Position(text.split("\n").index(""), 0)
    assert await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=blank)
    ) is None


# --- configuration ------------------------------------------------------------------


async def test_settings_pulled_after_did_change_configuration(client: RecordingClient, tmp_path: Path) -> None:
    path, text = seed_copy(tmp_path)
    uri = open_text(client, path, text)
    assert "WL102" in codes(await published(client, uri, version=1))
    client.set_configuration({"ignore": ["WL102"]}, section="wirelint")
    mark = len(client.published)
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
    diagnostics = await published(client, uri, version=1, after=mark)
    assert "WL102" not in codes(diagnostics) and "WL101" in codes(diagnostics)


async def test_settings_pushed_in_did_change_configuration(client: RecordingClient, tmp_path: Path) -> None:
    path, text = seed_copy(tmp_path)
    uri = open_text(client, path, text)
    await published(client, uri, version=1)
    mark = len(client.published)
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"wirelint": {"select": ["WL101"]}})
    )
    assert codes(await published(client, uri, version=1, after=mark)) == {"WL101"}


@pytest.mark.parametrize("capabilities", [types.ClientCapabilities(), VSCODE], ids=["bare", "pulls settings"])
async def test_initialization_options_apply_and_bad_ones_are_reported(
    bare_client: RecordingClient, tmp_path: Path, capabilities: types.ClientCapabilities
) -> None:
    # A client that pulls settings but has no "wirelint" section leaves the initialization options in force.
    await initialize(bare_client, tmp_path, capabilities, {"ignore": ["WL1"], "colour": "red"})
    await logged(bare_client, "unknown setting 'colour'")
    path, text = seed_copy(tmp_path)
    uri = open_text(bare_client, path, text)
    assert not {"WL101", "WL102"} & codes(await published(bare_client, uri, version=1))
    change(bare_client, uri, 2, whole(text))  # linted well after the settings exchange that follows initialize
    assert not {"WL101", "WL102"} & codes(await published(bare_client, uri, version=2))


async def test_config_file_edit_applies_when_the_client_reports_it(client: RecordingClient, tmp_path: Path) -> None:
    await until(
        lambda: next((r for r in client.registrations if r.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES), None),
        "the server to ask for config files to be watched",
    )
    config = tmp_path / ".wirelint.toml"
    config.write_text('ignore = ["WL102"]\n')
    path, text = seed_copy(tmp_path)
    uri = open_text(client, path, text)
    assert "WL102" not in codes(await published(client, uri, version=1))
    config.write_text("ignore = []\n")
    mark = len(client.published)
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Changed)]
        )
    )
    assert "WL102" in codes(await published(client, uri, version=1, after=mark))


async def test_config_file_edit_applies_on_save_without_a_file_watcher(
    bare_client: RecordingClient, tmp_path: Path
) -> None:
    await initialize(bare_client, tmp_path, types.ClientCapabilities())
    (tmp_path / "pyproject.toml").write_text('[tool.wirelint]\nignore = ["WL102"]\n')
    path, text = seed_copy(tmp_path)
    uri = open_text(bare_client, path, text)
    assert "WL102" not in codes(await published(bare_client, uri, version=1))
    (tmp_path / "pyproject.toml").write_text("[tool.wirelint]\n")
    mark = len(bare_client.published)
    bare_client.text_document_did_save(types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(uri=uri)))
    assert "WL102" in codes(await published(bare_client, uri, version=1, after=mark))


async def test_a_broken_config_is_logged_not_fatal(client: RecordingClient, tmp_path: Path) -> None:
    (tmp_path / ".wirelint.toml").write_text("ignore = [unterminated\n")
    path, text = seed_copy(tmp_path)
    uri = open_text(client, path, text)
    assert await published(client, uri, version=1) == []
    message = await logged(client, "invalid TOML")
    assert message.type == types.MessageType.Error
    (tmp_path / ".wirelint.toml").write_text("ignore = []\n")
    change(client, uri, 2, whole(text))
    assert "WL102" in codes(await published(client, uri, version=2))


# --- compare ---------------------------------------------------------------------


STORY = "Clashes in Syria kill dozens\n\nClashes killed {} fighters in two days, the Syrian Observatory said.\n"


async def test_compare_command_reports_changed_figures_until_stopped(client: RecordingClient, tmp_path: Path) -> None:
    (tmp_path / "v1.txt").write_text(STORY.format(52))
    path = tmp_path / "v2.txt"
    uri = open_text(client, path, STORY.format(61))
    assert "WL405" not in codes(await published(client, uri, version=1))
    mark = len(client.published)
    result = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="wirelint.compare", arguments=[uri, "v1.txt"])
    )
    assert [(f["code"], f["line"]) for f in result] == [("WL405", 3)]
    assert "52 -> 61" in result[0]["message"]
    changed = next(d for d in await published(client, uri, version=1, after=mark) if d.code == "WL405")
    assert changed.range.start.line == 2
    change(client, uri, 2, whole(STORY.format(52)))  # the comparison follows the edits
    assert "WL405" not in codes(await published(client, uri, version=2))
    change(client, uri, 3, whole(STORY.format(70)))
    assert "WL405" in codes(await published(client, uri, version=3))
    mark = len(client.published)
    await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="wirelint.stopCompare", arguments=[uri])
    )
    assert "WL405" not in codes(await published(client, uri, version=3, after=mark))


async def test_compare_defaults_to_the_saved_file(client: RecordingClient, tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY.format(52))
    uri = open_text(client, path, STORY.format(52))
    await published(client, uri, version=1)
    change(client, uri, 2, whole(STORY.format(53)))
    result = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="wirelint.compare", arguments=[uri])
    )
    assert [f["code"] for f in result] == ["WL405"]


async def test_compare_with_a_missing_file_is_an_error_not_a_crash(client: RecordingClient, tmp_path: Path) -> None:
    uri = open_text(client, tmp_path / "story.txt", STORY.format(52))
    with pytest.raises(JsonRpcInternalError, match="no such file"):
        await client.workspace_execute_command_async(
            types.ExecuteCommandParams(command="wirelint.compare", arguments=[uri, "missing.txt"])
        )
    assert await published(client, uri, version=1) is not None


# --- survival -----------------------------------------------------------------------


async def test_a_rule_that_raises_is_logged_and_the_others_still_report(
    plugin_client: RecordingClient, tmp_path: Path
) -> None:
    text = f"Talks resume\n\nKABOOM goes the story.\n\n{MARKER}\n"
    uri = open_text(plugin_client, tmp_path / "crash.txt", text)
    assert "WL102" in codes(await published(plugin_client, uri, version=1))
    message = await logged(plugin_client, "XL901")
    assert message.type == types.MessageType.Error and "the test rule exploded" in message.message
    mark = len(plugin_client.log_messages)
    change(plugin_client, uri, 2, whole(text + "\nAnother KABOOM.\n"))
    assert "WL102" in codes(await published(plugin_client, uri, version=2))
    assert not any("XL901" in m.message for m in plugin_client.log_messages[mark:])  # said once, not per keystroke
    change(plugin_client, uri, 3, whole(text.replace("KABOOM", "Boom")))
    assert "WL102" in codes(await published(plugin_client, uri, version=3))


async def test_a_reader_that_raises_is_logged_and_the_server_goes_on(
    plugin_client: RecordingClient, tmp_path: Path
) -> None:
    uri = open_text(plugin_client, tmp_path / "story.boom", "anything at all\n")
    assert await published(plugin_client, uri, version=1) == []
    message = await logged(plugin_client, "the test reader cannot read anything")
    assert message.type == types.MessageType.Error
    path, text = seed_copy(tmp_path)
    assert "WL102" in codes(await published(plugin_client, open_text(plugin_client, path, text), version=1))


async def test_writes_to_stdout_by_plugins_go_to_stderr(
    plugin_client: RecordingClient, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    uri = open_text(plugin_client, tmp_path / "noisy.txt", "Talks resume\n\nPRINT_TO_STDOUT now.\n")
    assert "XL902" in codes(await published(plugin_client, uri, version=1))
    stderr: list[str] = []

    def noise() -> bool | None:
        stderr.append(capfd.readouterr().err)
        return True if "Content-Length: 2" in "".join(stderr) else None

    await until(noise, "the plugin's output on the server's stderr")
    assert "noise from a plugin" in "".join(stderr)
    await barrier(plugin_client)  # the protocol still works
    assert plugin_client.error is None


async def test_a_newer_edit_stops_the_stale_lint_and_discards_it(
    plugin_client: RecordingClient, tmp_path: Path
) -> None:
    release, touched = tmp_path / "release", tmp_path / "touched"
    # XL903 holds the worker until released; XL904, which runs after it, would create ``touched``.
    stale = f"Talks resume\n\nWAIT_FOR_RELEASE {release}\n\nTOUCH_WHEN_RUN {touched}\n"
    uri = open_text(plugin_client, tmp_path / "slow.txt", stale)
    change(plugin_client, uri, 2, whole(f"Talks resume\n\n{MARKER}\n"))
    await barrier(plugin_client)  # the change has reached the server while version 1 is still being linted
    release.touch()
    assert "WL102" in codes(await published(plugin_client, uri, version=2))
    assert [p.version for p in plugin_client.published if p.uri == uri] == [2]
    assert not touched.exists()  # the rest of the stale lint never ran


async def test_a_rule_stuck_in_a_loop_is_stopped_and_the_server_keeps_answering(
    plugin_client: RecordingClient, tmp_path: Path
) -> None:
    """A plugin rule that never returns used to hang the server's lint thread for good."""
    calm = open_text(plugin_client, tmp_path / "calm.txt", f"Talks resume\n\n{MARKER}\n")
    marker = next(d for d in await published(plugin_client, calm, version=1) if d.code == "WL102")
    stuck = open_text(plugin_client, tmp_path / "stuck.txt", f"Talks resume\n\nLOOP_FOREVER here.\n\n{MARKER}\n")
    await barrier(plugin_client)
    hover = await plugin_client.text_document_hover_async(  # answered while the rule loops
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=calm), position=marker.range.start)
    )
    assert hover is not None and "WL102" in str(hover.contents)
    assert not [p for p in plugin_client.published if p.uri == stuck], "the stuck lint is still running"
    assert "WL102" in codes(await published(plugin_client, stuck, version=1)), "the other rules still report"
    message = await logged(plugin_client, "rule XL905")
    assert "stuck.txt: rule XL905 (lsp_testplugin) stopped: took longer than 30s of real time" in message.message
    change(plugin_client, stuck, 2, whole(f"Talks resume\n\nA calm paragraph.\n\n{MARKER}\n"))
    assert "WL102" in codes(await published(plugin_client, stuck, version=2))


async def test_a_rule_stuck_where_no_signal_reaches_gets_its_process_restarted(
    plugin_client: RecordingClient, tmp_path: Path
) -> None:
    """A rule stuck inside C code cannot be interrupted: its lint process is killed and restarted."""
    stuck = open_text(plugin_client, tmp_path / "stuck.txt", f"Talks resume\n\nHANG_IN_C here.\n\n{MARKER}\n")
    assert "WL102" in codes(await published(plugin_client, stuck, version=1)), "the other rules still report"
    message = await logged(plugin_client, "rule XL906")
    assert "stuck.txt: rule XL906 (lsp_testplugin) stopped: took longer than 30s" in message.message
    assert "its lint process was restarted" in message.message
    change(plugin_client, stuck, 2, whole(f"Talks resume\n\nKABOOM now.\n\n{MARKER}\n"))
    assert "WL102" in codes(await published(plugin_client, stuck, version=2)), "the new process lints"
    assert await logged(plugin_client, "the test rule exploded") is not None


# --- robustness -----------------------------------------------------------------------


async def test_malformed_json_rpc_is_logged_and_survived(client: RecordingClient, tmp_path: Path) -> None:
    writer: Any = client.protocol.writer
    for body in (b"{not json at all", b'{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"x": 1}}'):
        writer.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
    writer.write(b"a stray line with no header\r\n")
    await logged(client, "wirelint:")
    assert any(m.type == types.MessageType.Error for m in client.log_messages)
    path, text = seed_copy(tmp_path)
    assert "WL102" in codes(await published(client, open_text(client, path, text), version=1))


async def test_unknown_methods_are_refused_or_ignored(client: RecordingClient, tmp_path: Path) -> None:
    client.protocol.notify("wirelint/noSuchNotification", {"x": 1})
    with pytest.raises(JsonRpcMethodNotFound):
        await client.protocol.send_request_async("wirelint/noSuchMethod", {"x": 1})
    path, text = seed_copy(tmp_path)
    assert "WL102" in codes(await published(client, open_text(client, path, text), version=1))


async def test_out_of_range_edits_are_clamped(client: RecordingClient, tmp_path: Path) -> None:
    text = "Talks resume\n\nBody text here.\n"
    path = tmp_path / "clamp.txt"
    uri = open_text(client, path, text)
    await published(client, uri, version=1)
    # Past the end of a line means its end; past the last line means the end of the text;
    # a reversed range is the same span.
    change(
        client, uri, 2,
        partial(0, 999, 0, 999, " today"),
        partial(99, 5, 120, 0, f"\n{MARKER}\n"),
        partial(2, 9, 2, 4, "words"),
    )
    expected = f"Talks resume today\n\nBody words here.\n\n{MARKER}\n"
    diagnostics = await published(client, uri, version=2)
    assert ranges(diagnostics) == expected_ranges(path, expected)
    assert "WL102" in codes(diagnostics)


async def test_a_flood_of_changes_publishes_only_fresh_results(client: RecordingClient, tmp_path: Path) -> None:
    path, text = seed_copy(tmp_path)
    uri = open_text(client, path, text)
    await published(client, uri, version=1)
    end_of_headline = len(text.split("\n")[0])
    edits = 200
    for version in range(2, edits + 2):
        column = end_of_headline + version - 2
        change(client, uri, version, partial(0, column, 0, column, "x"))
    final = text.replace("\n", "x" * edits + "\n", 1)
    diagnostics = await published(client, uri, version=edits + 1)
    assert ranges(diagnostics) == expected_ranges(path, final)
    versions = [p.version for p in client.published if p.uri == uri]
    assert versions == sorted(versions)
    assert len(versions) - 1 < edits  # debounced: not one lint per keystroke
