"""The wirelint language server, on pygls 2.x.

The protocol runs on one asyncio loop; a single worker thread hands each lint
to a lint process (:mod:`wirelint.commands.lintprocess`) and waits for it, so a long
article never stalls the protocol, and a rule stuck in a loop is stopped by
the same time budget as on the command line (the process is restarted when a
rule is stuck where the budget's timer cannot reach it). Typing is debounced: each ``didChange``
cancels the document's pending lint, a queued lint that has not started is
dropped, one already running stops before its next rule and its result is
thrown away, so only the newest text is ever published. Diagnostics go out on the loop
thread, always tagged with the version they were computed for.

The server keeps its own copy of each open document, because pygls splits
lines the way ``str.splitlines`` does (at U+2028, U+0085 and form feeds as
well), which disagrees with LSP positions on exactly the characters news copy
tends to carry. Messages for the user go to ``window/logMessage``; stdout is
JSON-RPC only.
"""

from __future__ import annotations

import asyncio
import gc
import inspect
import logging
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.capabilities import get_capability
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol, default_converter, lsp_method
from pygls.uris import to_fs_path

from wirelint.engine import Engine
from wirelint.errors import WirelintError
from wirelint.lsp import actions
from wirelint.lsp.config import parse_options
from wirelint.lsp.diagnostics import publish_notification
from wirelint.lsp.linting import Linter, LintOutcome, Snapshot, read_baseline
from wirelint.lsp.positions import UTF16, apply_changes
from wirelint.registry import get_registry
from wirelint.version import __version__

logger = logging.getLogger(__name__)

LANGUAGE_FORMATS = {
    "markdown": "markdown",
    "plaintext": "text",
    "text": "text",
    "html": "html",
    "json": "json",
    "jsonl": "jsonl",
}
"""Reader for a buffer whose name does not choose one (unsaved, or no file ending), by LSP language id."""

COMPARE = "wirelint.compare"
STOP_COMPARE = "wirelint.stopCompare"

CONFIG_GLOB = "**/*.toml"
"""Config files and rule packs: any change re-reads the config and re-lints open documents."""


@dataclass(eq=False)
class OpenDocument:
    """The server's copy of a document the client has open, and its lint state."""

    uri: str
    path: str
    folder: Path
    format_name: str | None
    text: str
    version: int
    outcome: LintOutcome | None = None
    outcome_key: tuple[int, int] = (-1, -1)
    lint: asyncio.Future[LintOutcome] | None = None
    lint_key: tuple[int, int] = (-1, -1)
    lint_token: int | None = None
    """The running lint's token, to stop it in the lint process."""
    publisher: asyncio.Task[None] | None = None
    logged: frozenset[str] = frozenset()
    baseline: tuple[str, str] | None = None
    """The earlier version (path, text) set by the compare command."""

    def snapshot(self, encoding: str) -> Snapshot:
        return Snapshot(
            self.uri, self.path, self.folder, self.format_name, self.text, self.version, encoding, self.baseline
        )


_HandOn = Iterator[tuple[Any, tuple[object], None]]
"""What pygls's generator handlers yield: the next handler, its arguments (and no keyword arguments)."""


class _Protocol(LanguageServerProtocol):
    """pygls's protocol, less its own copy of each open document: the server keeps its own (see the
    module's docstring), and pygls's, updated on every ``didChange`` by splitting the text into lines
    its own way, cost half a millisecond of each edit and a second copy of every open text."""

    def _user(self, method: str, params: object) -> _HandOn:
        """The server's own handler of ``method``, as pygls's generator handlers hand on to it."""
        if (handler := self.fm.features.get(method)) is not None:
            yield handler, (params,), None

    @lsp_method(types.TEXT_DOCUMENT_DID_OPEN)
    def lsp_text_document__did_open(self, params: types.DidOpenTextDocumentParams) -> _HandOn:
        yield from self._user(types.TEXT_DOCUMENT_DID_OPEN, params)

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params: types.DidChangeTextDocumentParams) -> _HandOn:
        yield from self._user(types.TEXT_DOCUMENT_DID_CHANGE, params)

    @lsp_method(types.TEXT_DOCUMENT_DID_CLOSE)
    def lsp_text_document__did_close(self, params: types.DidCloseTextDocumentParams) -> _HandOn:
        yield from self._user(types.TEXT_DOCUMENT_DID_CLOSE, params)


class WirelintServer(LanguageServer):
    """Open documents, their lint results, and the one worker thread that computes them."""

    def __init__(self, autoload: bool = True) -> None:
        super().__init__(
            "wirelint",
            __version__,
            protocol_cls=_Protocol,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
        )
        self.linter = Linter(Engine(get_registry(autoload)), autoload, default_converter().unstructure)
        self.documents: dict[str, OpenDocument] = {}
        self.lint_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="wirelint-lint")
        self.position_encoding = UTF16
        self.generation = 0
        """Bumped when settings or config files change, so older results count as stale."""
        self._writes: set[asyncio.Future[Any]] = set()
        """Writes still pending on an asynchronous transport (kept, so they are not collected early)."""

    # --- messages for the user ------------------------------------------------

    def log(self, message: str, level: types.MessageType = types.MessageType.Info) -> None:
        self.window_log_message(types.LogMessageParams(type=level, message=message))

    def report_server_error(self, error: Exception, source: Any) -> None:
        """A message that could not be handled: say so in the log, without a pop-up, and carry on."""
        self.log(f"wirelint: {type(error).__name__}: {error}", types.MessageType.Error)

    # --- documents ------------------------------------------------------------

    def open_document(self, item: types.TextDocumentItem) -> OpenDocument:
        path = to_fs_path(item.uri)
        if path:
            folder = Path(path).parent
        else:
            root = self.workspace.root_path
            folder = Path(root) if root else Path.cwd()
        name = path or item.uri
        registry = self.linter.engine.registry
        format_name = None
        if Path(name).suffix.lower() not in registry.readers:
            candidate = LANGUAGE_FORMATS.get(item.language_id)
            format_name = candidate if candidate in registry.readers else None
        document = OpenDocument(item.uri, name, folder, format_name, item.text, item.version)
        self.documents[item.uri] = document
        return document

    def client_supports(self, field: str) -> bool:
        return bool(get_capability(self.client_capabilities, field, False))

    # --- linting --------------------------------------------------------------

    def schedule(self, document: OpenDocument, delay: float) -> None:
        """Lint and publish after ``delay`` seconds, replacing any pending run."""
        if document.publisher is not None:
            document.publisher.cancel()
        document.publisher = asyncio.ensure_future(self._publish_after(document, delay))

    def cancel_lint(self, document: OpenDocument) -> None:
        """Drop the document's queued lint, or stop its running one at the next rule."""
        if document.lint is not None:
            document.lint.cancel()
            document.lint = None
        if document.lint_token is not None:
            self.linter.stop(document.lint_token)
            document.lint_token = None

    async def _publish_after(self, document: OpenDocument, delay: float) -> None:
        if delay > 0:
            await asyncio.sleep(delay)
        try:
            outcome = await self.current_outcome(document)
        except Exception as error:  # a bug here must not stop the server
            logger.exception("linting %s failed", document.uri)
            self.log(f"wirelint: linting {document.path} failed: {error}", types.MessageType.Error)
            return
        if outcome is not None:
            self.publish(document, outcome)

    async def current_outcome(self, document: OpenDocument) -> LintOutcome | None:
        """The lint of the document as it is now; None when it changed or closed meanwhile."""
        key = (document.version, self.generation)
        if document.outcome is not None and document.outcome_key == key:
            return document.outcome
        if document.lint is None or document.lint_key != key:
            self.cancel_lint(document)
            snapshot = document.snapshot(self.position_encoding)
            loop = asyncio.get_running_loop()
            document.lint = loop.run_in_executor(self.lint_pool, self.linter.lint, snapshot)
            document.lint_key, document.lint_token = key, snapshot.token
        lint = document.lint
        try:
            outcome = await asyncio.shield(lint)
        except asyncio.CancelledError:
            if lint.cancelled():  # a newer edit replaced this lint: nothing to report
                return None
            raise
        if self.documents.get(document.uri) is not document or (document.version, self.generation) != key:
            return None
        document.outcome, document.outcome_key = outcome, key
        return outcome

    def publish(self, document: OpenDocument, outcome: LintOutcome) -> None:
        encoded = outcome.encoded
        if encoded is None or not self._send_text(publish_notification(document.uri, outcome.version, encoded)):
            params = types.PublishDiagnosticsParams(document.uri, outcome.diagnostics, outcome.version)
            self.text_document_publish_diagnostics(params)
        errors = frozenset(outcome.errors)
        for error in sorted(errors - document.logged):
            self.log(f"wirelint: {error}", types.MessageType.Error)
        document.logged = errors

    def _send_text(self, body: str) -> bool:
        """Write a JSON-RPC message already encoded as the protocol writes its own (pygls's
        ``_send_data``, less the encoding); False when the transport is not one this knows."""
        protocol = self.protocol
        writer = getattr(protocol, "writer", None)
        headers = getattr(protocol, "_include_headers", None)
        if writer is None or not isinstance(headers, bool):
            return False
        data = body.encode()  # ASCII: json.dumps escapes the rest
        if headers:
            data = b"Content-Length: %d\r\nContent-Type: %s; charset=%s\r\n\r\n" % (
                len(data), protocol.CONTENT_TYPE.encode(), protocol.CHARSET.encode()
            ) + data
        try:
            written = writer.write(data)
        except Exception:  # pygls's own path then reports a broken transport as it always does
            return False
        if inspect.isawaitable(written):
            self._writes.add(task := asyncio.ensure_future(written))
            task.add_done_callback(self._writes.discard)
        return True

    def relint(self, document: OpenDocument) -> None:
        """Lint again now although the text did not change (files or settings around it did)."""
        document.outcome = None
        self.cancel_lint(document)
        self.schedule(document, 0)

    def relint_all(self) -> None:
        """Settings or config files changed: every open document is linted again now."""
        self.generation += 1
        for document in self.documents.values():
            self.relint(document)

    # --- settings -------------------------------------------------------------

    def set_options(self, data: Any) -> bool:
        """Take the client's settings; True when they differ from the ones in use."""
        options, problems = parse_options(data)
        for problem in problems:
            self.log(f"wirelint: {problem}", types.MessageType.Warning)
        changed = options != self.linter.options
        self.linter.options = options
        return changed

    async def pull_options(self) -> bool:
        """Ask the client for the ``wirelint`` settings section; True when they changed."""
        try:
            result = await self.workspace_configuration_async(
                types.ConfigurationParams(items=[types.ConfigurationItem(section="wirelint")])
            )
        except Exception as error:  # the client could not answer; keep what we have
            self.log(f"wirelint: could not read the client's settings: {error}", types.MessageType.Warning)
            return False
        if not result or result[0] is None:  # no such section: keep the initialization options
            return False
        return self.set_options(result[0])


# --- handlers -----------------------------------------------------------------


def initialize(ls: WirelintServer, params: types.InitializeParams) -> None:
    encoding = ls.workspace.position_encoding
    ls.position_encoding = str(getattr(encoding, "value", encoding) or UTF16)
    ls.set_options(params.initialization_options)


async def initialized(ls: WirelintServer, params: types.InitializedParams) -> None:
    # Everything loaded so far (pygls, lsprotocol's converters, the registry) lives as long as the
    # server: kept out of the cyclic collector's full walks, which then cost 10 to 90 ms while
    # an edit's diagnostics were being built. Cyclic garbage made from now on is still collected.
    gc.collect()
    gc.freeze()
    for problem in ls.linter.engine.registry.problems:
        ls.log(f"wirelint: {problem}", types.MessageType.Warning)
    if ls.client_supports("workspace.did_change_watched_files.dynamic_registration"):
        watchers = [types.FileSystemWatcher(glob_pattern=CONFIG_GLOB)]
        registration = types.Registration(
            id="wirelint-config-files",
            method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
            register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers),
        )
        ls.client_register_capability(types.RegistrationParams(registrations=[registration]))
    if ls.client_supports("workspace.configuration") and await ls.pull_options():
        ls.relint_all()


def did_open(ls: WirelintServer, params: types.DidOpenTextDocumentParams) -> None:
    ls.schedule(ls.open_document(params.text_document), 0)


def did_change(ls: WirelintServer, params: types.DidChangeTextDocumentParams) -> None:
    document = ls.documents.get(params.text_document.uri)
    if document is None:
        ls.log(f"wirelint: change to {params.text_document.uri}, which is not open", types.MessageType.Warning)
        return
    document.text = apply_changes(document.text, params.content_changes, ls.position_encoding)
    document.version = params.text_document.version
    ls.cancel_lint(document)
    ls.schedule(document, ls.linter.options.debounce)


def did_save(ls: WirelintServer, params: types.DidSaveTextDocumentParams) -> None:
    """Lint afresh: the text is unchanged, but files around it (config, rule packs) may not be."""
    document = ls.documents.get(params.text_document.uri)
    if document is not None:
        ls.relint(document)


def did_close(ls: WirelintServer, params: types.DidCloseTextDocumentParams) -> None:
    document = ls.documents.pop(params.text_document.uri, None)
    if document is None:
        return
    if document.publisher is not None:
        document.publisher.cancel()
    ls.cancel_lint(document)
    ls.lint_pool.submit(ls.linter.forget, document.uri)  # after any lint of it still running there
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=document.uri, diagnostics=[]))


async def did_change_configuration(ls: WirelintServer, params: types.DidChangeConfigurationParams) -> None:
    settings = params.settings
    if isinstance(settings, dict) and "wirelint" in settings:
        changed = ls.set_options(settings["wirelint"])
    elif ls.client_supports("workspace.configuration"):
        changed = await ls.pull_options()
    else:
        changed = False
    if changed:
        ls.relint_all()


def did_change_watched_files(ls: WirelintServer, params: types.DidChangeWatchedFilesParams) -> None:
    ls.linter.forget_config()  # the lints below re-read config files
    ls.relint_all()


async def code_action(ls: WirelintServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
    document = ls.documents.get(params.text_document.uri)
    outcome = await ls.current_outcome(document) if document is not None else None
    if outcome is None:
        return None
    only = params.context.only
    versioned = ls.client_supports("workspace.workspace_edit.document_changes")
    found: list[types.CodeAction | None] = []
    if actions.wanted(types.CodeActionKind.QuickFix, only):
        start, end = outcome.index.span(params.range)
        touched = {id(finding) for finding in actions.findings_in(outcome, start, end)}
        for finding, diagnostic in zip(outcome.findings, outcome.diagnostics, strict=True):
            if id(finding) in touched:
                found.append(actions.fix_action(outcome, finding, diagnostic, versioned))
                found.append(actions.disable_action(outcome, finding, diagnostic, versioned))
    if actions.wanted(actions.FIX_ALL_KIND, only) and any(f.fix is not None and f.fix.safe for f in outcome.findings):
        fixed = await asyncio.get_running_loop().run_in_executor(ls.lint_pool, ls.linter.fix_all, outcome)
        found.append(actions.fix_all_action(outcome, fixed, versioned))
    return [action for action in found if action is not None]


async def hover(ls: WirelintServer, params: types.HoverParams) -> types.Hover | None:
    document = ls.documents.get(params.text_document.uri)
    outcome = await ls.current_outcome(document) if document is not None else None
    if outcome is None:
        return None
    return actions.hover(outcome, outcome.index.offset(params.position))


async def compare(ls: WirelintServer, *arguments: Any) -> list[dict[str, Any]]:
    """``wirelint.compare URI [PREVIOUS]``: report figures changed since an earlier version (WL405).

    PREVIOUS is a path (relative to the document's folder) or a file URI; by
    default it is the document's file as saved on disk, so the user sees the
    figures changed since the last save. The comparison stays on, and is
    redone on every edit, until ``wirelint.stopCompare URI`` or the document
    closes. Returns the WL405 findings in the JSON output's shape.
    """
    document = _command_document(ls, arguments, 2)
    previous = arguments[1] if len(arguments) > 1 and arguments[1] else document.uri
    path = Path(to_fs_path(previous) or previous) if str(previous).startswith("file:") else document.folder / previous
    loop = asyncio.get_running_loop()
    try:
        document.baseline = await loop.run_in_executor(ls.lint_pool, read_baseline, path)
    except WirelintError as error:
        raise ValueError(f"cannot compare with {path}: {error}") from None
    ls.relint(document)
    outcome = await ls.current_outcome(document)
    rules = ls.linter.engine.registry.rules
    changed = {code for code, rule in rules.items() if rule.compares_versions}
    return [finding.to_dict() for finding in outcome.findings if finding.code in changed] if outcome else []


def stop_compare(ls: WirelintServer, *arguments: Any) -> None:
    """``wirelint.stopCompare URI``: stop reporting changed figures for the document."""
    document = _command_document(ls, arguments, 1)
    document.baseline = None
    ls.relint(document)


def _command_document(ls: WirelintServer, arguments: tuple[Any, ...], most: int) -> OpenDocument:
    if not 1 <= len(arguments) <= most or not isinstance(arguments[0], str):
        raise ValueError(f"expected a document URI and at most {most - 1} more argument(s), got {list(arguments)!r}")
    document = ls.documents.get(arguments[0])
    if document is None:
        raise ValueError(f"{arguments[0]} is not open")
    return document


def shutdown(ls: WirelintServer, params: None) -> None:
    for document in ls.documents.values():
        if document.publisher is not None:
            document.publisher.cancel()
        ls.cancel_lint(document)
    ls.lint_pool.shutdown(wait=False, cancel_futures=True)
    ls.linter.close()


def create_server(autoload: bool = True) -> WirelintServer:
    """A server with every handler registered; ``autoload=False`` skips third-party plugins."""
    server = WirelintServer(autoload)
    server.feature(types.INITIALIZE)(initialize)
    server.feature(types.INITIALIZED)(initialized)
    server.feature(types.TEXT_DOCUMENT_DID_OPEN)(did_open)
    server.feature(types.TEXT_DOCUMENT_DID_CHANGE)(did_change)
    server.feature(types.TEXT_DOCUMENT_DID_SAVE)(did_save)
    server.feature(types.TEXT_DOCUMENT_DID_CLOSE)(did_close)
    server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)(did_change_configuration)
    server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)(did_change_watched_files)
    server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(code_action_kinds=actions.ACTION_KINDS)
    )(code_action)
    server.feature(types.TEXT_DOCUMENT_HOVER)(hover)
    server.feature(types.SHUTDOWN)(shutdown)
    server.command(COMPARE)(compare)
    server.command(STOP_COMPARE)(stop_compare)
    return server
