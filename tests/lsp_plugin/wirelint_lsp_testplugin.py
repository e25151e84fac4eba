"""A misbehaving plugin for the language-server tests (installed only on their PYTHONPATH).

Its rules raise, print to stdout, block until the test lets them go, or never
return (in a Python loop, or inside C code); its reader raises. The server must survive all of it.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from wirelint.config import Settings
from wirelint.document import Article, Document
from wirelint.finding import Finding, Severity
from wirelint.hookspecs import hookimpl
from wirelint.rule import Rule, RuleDocs


class Explodes(Rule):
    code = "XL901"
    name = "explodes-on-kaboom"
    severity = Severity.WARNING
    docs = RuleDocs("Raises when the text says KABOOM.")

    def check(self, article: Article, settings: Settings) -> Iterable[Finding]:
        if any("KABOOM" in block.text for block in article.blocks):
            raise RuntimeError("the test rule exploded")
        return []


class Prints(Rule):
    code = "XL902"
    name = "prints-to-stdout"
    severity = Severity.INFO
    docs = RuleDocs("Prints to stdout, which must not reach the protocol stream.")

    def check(self, article: Article, settings: Settings) -> Iterable[Finding]:
        for block in article.blocks:
            index = block.text.find("PRINT_TO_STDOUT")
            if index >= 0:
                print("noise from a plugin that should not write to stdout", flush=True)
                os.write(1, b"Content-Length: 2\r\n\r\n{}")  # would read as a bogus message on the protocol stream
                yield self.finding(block, index, index + len("PRINT_TO_STDOUT"), "printed to stdout")


class WaitsForRelease(Rule):
    code = "XL903"
    name = "waits-for-release"
    severity = Severity.INFO
    docs = RuleDocs("``WAIT_FOR_RELEASE PATH`` blocks until the file PATH exists, holding the lint worker busy.")

    def check(self, article: Article, settings: Settings) -> Iterable[Finding]:
        for block in article.blocks:
            index = block.text.find("WAIT_FOR_RELEASE")
            if index >= 0:
                release = Path(block.text[index:].split()[1])
                deadline = time.monotonic() + 120
                while not release.exists() and time.monotonic() < deadline:
                    time.sleep(0.01)
                yield self.finding(block, index, index + len("WAIT_FOR_RELEASE"), "waited for release")


class TouchesWhenRun(Rule):
    code = "XL904"
    name = "touches-when-run"
    severity = Severity.INFO
    docs = RuleDocs("``TOUCH_WHEN_RUN PATH`` creates the file PATH, so a test can tell whether the rule ran.")

    def check(self, article: Article, settings: Settings) -> Iterable[Finding]:
        for block in article.blocks:
            index = block.text.find("TOUCH_WHEN_RUN")
            if index >= 0:
                Path(block.text[index:].split()[1]).touch()
                yield self.finding(block, index, index + len("TOUCH_WHEN_RUN"), "touched")


class LoopsForever(Rule):
    code = "XL905"
    name = "loops-forever"
    severity = Severity.INFO
    docs = RuleDocs("``LOOP_FOREVER`` sends the rule into an endless Python loop (the time budget must stop it).")

    def check(self, article: Article, settings: Settings) -> Iterable[Finding]:
        if any("LOOP_FOREVER" in block.text for block in article.blocks):
            while True:
                try:
                    time.sleep(0.001)
                except Exception:  # a rule that swallows errors must still be stopped
                    continue
        return []


class HangsInC(Rule):
    code = "XL906"
    name = "hangs-in-c"
    severity = Severity.INFO
    docs = RuleDocs("``HANG_IN_C`` blocks the timer signal and never returns, like C code that ignores signals.")

    def check(self, article: Article, settings: Settings) -> Iterable[Finding]:
        if any("HANG_IN_C" in block.text for block in article.blocks):
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            while True:
                time.sleep(0.01)
        return []


class BrokenReader:
    """Claims ``.boom`` files and fails on every one."""

    format = "boom"
    extensions = (".boom",)

    def read(self, path: str, source: str) -> Document:
        raise ValueError("the test reader cannot read anything")


@hookimpl
def wirelint_rules() -> Sequence[Rule]:
    return [Explodes(), Prints(), WaitsForRelease(), TouchesWhenRun(), LoopsForever(), HangsInC()]


@hookimpl
def wirelint_readers() -> Sequence[BrokenReader]:
    return [BrokenReader()]
