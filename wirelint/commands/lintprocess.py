"""Linting in a child process that can be stopped, for callers that are not a main thread.

The rule budget (:data:`wirelint.engine.RULE_BUDGET`) is enforced by timer signals, and a signal reaches
only a process's main thread. The language server and audit workers lint on other threads,
so they hand the work to a :class:`LintProcess`: a long-lived child that runs each call on its
main thread, where a rule stuck in a Python loop is interrupted after its budget and reported
as the command line reports it. A rule stuck where no signal reaches it (inside C code) stops
the child from answering; the parent sees on the shared :class:`Board` that the rule has run
past its real-time limit (:func:`wirelint.engine.wall_limit`), kills the child, and raises
:class:`RuleHung` naming the rule. The next call starts a fresh child. A thread is never merely abandoned.

Cost: a call is one round trip over a pipe with its arguments and result pickled, and each
rule start writes a few bytes to shared memory (measured in docs/reliability.md). Starting a
child costs an interpreter and the plugins' import, once.
"""

from __future__ import annotations

import contextlib
import gc
import json
import mmap
import os
import signal
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from importlib import import_module
from multiprocessing.connection import Connection
from typing import Any, cast

from wirelint.config import Settings
from wirelint.document import Article
from wirelint.engine import rule_budget, wall_limit
from wirelint.rule import Rule

GRACE = 5.0
"""Seconds past a rule's real-time limit before the parent gives up on a child that does not answer
(the child's timers normally stop the rule; this is for rules no signal reaches)."""
POLL = 0.05
"""How often the parent looks at the board while it waits (seconds)."""
_LAYOUT = struct.Struct("<ddq200s")
"""started (monotonic seconds; 0 when no rule runs), real-time limit (seconds), stop token, label."""


class RuleHung(Exception):
    """A rule ran past its budget where the timer could not stop it; its child process was killed."""

    def __init__(self, label: str, seconds: float) -> None:
        self.code, origin, self.where = ([*label.split("\0"), "", ""])[:3]
        super().__init__(
            f"{self.where}: rule {self.code} ({origin}) stopped: took longer than {seconds:.3g}s on one article "
            "and did not respond to the timer; its lint process was restarted"
        )


class ChildFailed(Exception):
    """The child process died, or a call raised in it (the message says which)."""


class LintStopped(Exception):
    """Raised instead of running a rule once the parent has asked for the call to stop."""


class Board:
    """A few bytes of memory shared by parent and child: which rule runs since when, with
    what budget, and which call the parent wants stopped."""

    def __init__(self, path: str, create: bool) -> None:
        flags = os.O_RDWR | (os.O_CREAT | os.O_EXCL if create else 0)
        descriptor = os.open(path, flags, 0o600)
        try:
            if create:
                os.ftruncate(descriptor, _LAYOUT.size)
            self._memory = mmap.mmap(descriptor, _LAYOUT.size)
        finally:
            os.close(descriptor)

    def rule_started(self, label: str, budget: float) -> None:
        """Written field by field, never the stop token: that is the parent's to write."""
        struct.pack_into("<200s", self._memory, 24, label.encode()[:200])
        struct.pack_into("<dd", self._memory, 0, time.monotonic(), budget)

    def idle(self) -> None:
        self._memory[:16] = bytes(16)

    def running(self) -> tuple[float, float, str]:
        """``(seconds the current rule has run, its budget, its label)``; 0 seconds when idle."""
        started, budget, _, label = _LAYOUT.unpack_from(self._memory)
        elapsed = time.monotonic() - started if started else 0.0
        return elapsed, budget, label.rstrip(b"\0").decode(errors="replace")

    @property
    def stop_token(self) -> int:
        return int(struct.unpack_from("<q", self._memory, 16)[0])

    def stop(self, token: int) -> None:
        struct.pack_into("<q", self._memory, 16, token)


# --- the parent's side --------------------------------------------------------


class _Channel:
    """Pickled messages over two one-way pipes (a child's stdout and stdin)."""

    def __init__(self, read_fd: int, write_fd: int) -> None:
        self._reader = Connection(os.dup(read_fd), writable=False)
        self._writer = Connection(os.dup(write_fd), readable=False)

    def send(self, value: Any) -> None:
        self._writer.send(value)

    def recv(self) -> Any:
        return self._reader.recv()

    def poll(self, timeout: float) -> bool:
        return self._reader.poll(timeout)

    def close(self) -> None:
        self._reader.close()
        self._writer.close()


class LintProcess:
    """One child process that runs module-level functions, for one thread at a time."""

    def __init__(self) -> None:
        self._child: subprocess.Popen[bytes] | None = None
        self._channel: _Channel | None = None
        self._board: Board | None = None
        self._stop_token = 0
        self._lock = threading.Lock()

    def call(self, function: Callable[..., Any], *args: Any, token: int = 0) -> Any:
        """``function(*args)`` run in the child (``function`` must be importable by name).

        Raises :class:`RuleHung` when a rule overran and the child had to be killed, and
        :class:`ChildFailed` when the child died or the call raised there."""
        with self._lock:
            channel, board = self._ensure()
            try:
                channel.send((function.__module__, function.__qualname__, args, token))
                while not channel.poll(POLL):
                    elapsed, budget, label = board.running()
                    if elapsed > budget + GRACE:
                        self.close()
                        raise RuleHung(label, budget)
                    if self._child is None or self._child.poll() is not None:
                        raise ChildFailed("the lint process died")
                ok, value = channel.recv()
            except (EOFError, OSError, ValueError, ChildFailed) as error:  # died, or closed by close()
                self.close()
                raise ChildFailed(str(error) or "the lint process died") from None
            if not ok:
                raise ChildFailed(value)
            return value

    def stop(self, token: int) -> None:
        """Ask the child to stop the call made with ``token`` before its next rule."""
        self._stop_token = token  # also for a child still starting
        if self._board is not None:
            self._board.stop(token)

    def close(self) -> None:
        """End the child (killed: it may be stuck where nothing else reaches it)."""
        child, self._child = self._child, None
        if self._channel is not None:
            self._channel.close()
            self._channel = None
        if child is not None:
            with contextlib.suppress(ProcessLookupError):
                child.kill()
            child.wait()

    def _ensure(self) -> tuple[_Channel, Board]:
        if self._child is not None and self._child.poll() is None and self._channel and self._board:
            return self._channel, self._board
        self.close()
        folder = "/dev/shm" if os.path.isdir("/dev/shm") else None
        path = os.path.join(tempfile.mkdtemp(prefix="wirelint-", dir=folder), "board")
        try:
            self._board = Board(path, create=True)
            self._board.stop(self._stop_token)
            child = subprocess.Popen(
                [sys.executable, "-c", _BOOT, json.dumps(sys.path), path],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
            )
            assert child.stdin is not None and child.stdout is not None
            self._child = child
            self._channel = _Channel(child.stdout.fileno(), child.stdin.fileno())
            child.stdin.close()  # the channel holds duplicates of both ends
            child.stdout.close()
            if self._channel.recv() != "ready":  # the board is mapped: its file can go
                raise ChildFailed("the lint process did not start")
        except (EOFError, OSError) as error:
            self.close()
            raise ChildFailed(f"the lint process could not start: {error}") from None
        finally:
            with contextlib.suppress(OSError):
                os.unlink(path)
                os.rmdir(os.path.dirname(path))
        return self._channel, self._board


# --- the child's side ---------------------------------------------------------

_BOOT = (
    "import json, sys; sys.path[:] = json.loads(sys.argv[1]); from wirelint.startcache import install_class_code; "
    "install_class_code(); from wirelint.commands.lintprocess import serve; serve()"
)
"""The child's program, on the parent's import path (so it finds the same wirelint and plugins)."""

_board: Board | None = None
_token = 0


def serve() -> None:
    """The child's loop: calls from stdin, results to the original stdout; everything else a
    plugin prints goes to stderr, so it can never corrupt the channel."""
    global _board, _token
    _die_with_parent()
    channel = _Channel(0, 1)
    os.dup2(2, 1)
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
    _board = Board(sys.argv[2], create=False)
    channel.send("ready")
    settled = False
    while True:
        try:
            module, name, args, _token = channel.recv()
        except EOFError:
            return
        try:
            function = getattr(import_module(module), name)
            reply = (True, function(*args))
        except Exception as error:
            reply = (False, f"{type(error).__name__}: {error}")
        finally:
            _board.idle()
        channel.send(reply)
        if not settled:
            settled = _settle()
        elif _between_calls:
            _collect_between_calls(channel)


def _settle() -> bool:
    """After the first call, once its reply is sent: what the process built to serve it (modules,
    rule tables, patterns, the first document's per-paragraph results) is moved where the cyclic
    garbage collector no longer walks it. Otherwise every full collection walked all of it again:
    50 ms in one edit in twenty of a 5,000-word article, most of the language server's p95. The
    cost is that cyclic garbage among those objects is never freed: at most the first document."""
    gc.collect()
    gc.freeze()
    return True


FULL_COLLECTION_EVERY = 32
"""Collections between calls (see :func:`collect_between_calls`) from one full collection to the next."""
MOST_PENDING = 200_000
"""Objects made and not freed since the last collection past which the process collects although the next call
is already waiting (a client that never pauses must not make it grow without bound)."""
_between_calls = False
_young_collections = 0


def collect_between_calls() -> None:
    """Called by a function run in the child: from now on the cyclic garbage collector runs between calls, once a
    reply is sent, and not in the middle of one. The language server asks for this: its lint process is idle while
    the user types, and a collection that fell inside a lint (0.4 ms of the median content edit of the 5,000-word
    article, 11 to 15 ms in one edit in sixty) came on top of the time to diagnostics."""
    global _between_calls
    if _board is not None and not _between_calls:  # in a lint process only: never the caller's own collector
        _between_calls = True
        gc.disable()


def _collect_between_calls(channel: _Channel) -> None:
    """The young generations, and every :data:`FULL_COLLECTION_EVERY` times all of them; left for later when the
    next call is already waiting and not much is pending."""
    global _young_collections
    if channel.poll(0) and gc.get_count()[0] < MOST_PENDING:
        return
    _young_collections += 1
    if _young_collections >= FULL_COLLECTION_EVERY:
        _young_collections = 0
        gc.collect()
    else:
        gc.collect(1)


def _die_with_parent() -> None:
    """Ask Linux to kill this process when the parent goes (a child stuck in C code would
    otherwise outlive an editor that was closed); elsewhere the closed pipe ends it."""
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def in_child() -> bool:
    """True inside a lint process."""
    return _board is not None


def watched(rules: Iterable[Rule], where: str) -> list[Rule]:
    """``rules`` reporting each start to the parent, and not started once the call is stopped
    (outside a lint process: ``rules`` as they are)."""
    if _board is None:
        return list(rules)
    return [cast(Rule, _Watched(rule, _board, where)) for rule in rules]


class _Watched:
    """Stands in for a rule: marks its start on the board, or refuses to start when stopped."""

    def __init__(self, rule: Rule, board: Board, where: str) -> None:
        self._rule, self._board, self._where = rule, board, where

    def __getattr__(self, name: str) -> Any:
        return getattr(self._rule, name)

    def check(self, article: Article, settings: Settings) -> Any:
        self._starting(article)
        return self._rule.check(article, settings)

    def compare(self, old: Article, new: Article, settings: Settings) -> Any:
        self._starting(new)
        return self._rule.compare(old, new, settings)  # type: ignore[attr-defined]

    def _starting(self, article: Article) -> None:
        if _token and self._board.stop_token == _token:
            raise LintStopped(f"the lint was superseded before rule {self._rule.code}")
        label = f"{self._rule.code}\0{self._rule.origin}\0{self._where}"
        self._board.rule_started(label, _budget_of(article))


_last_budget: tuple[Article | None, float] = (None, 0.0)


def _budget_of(article: Article) -> float:
    """The real seconds the engine's timers allow one rule on ``article`` (:func:`wirelint.engine.wall_limit`),
    summed once per article rather than once per rule (the 26 rules of a 5,000-word article's lint summed its
    150 blocks' lengths 26 times: 0.3 ms of each edit in the language server)."""
    global _last_budget
    if _last_budget[0] is not article:
        _last_budget = (article, wall_limit(rule_budget(article)))
    return _last_budget[1]
