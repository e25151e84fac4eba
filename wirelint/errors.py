"""Errors that end up in front of the user as one clear line."""

from __future__ import annotations


class WirelintError(Exception):
    """Base class: the message is complete and names what went wrong."""


class InputError(WirelintError):
    """A file that cannot be checked (binary, undecodable, malformed)."""

    def __init__(self, path: str, cause: str) -> None:
        super().__init__(f"{path}: {cause}")
        self.path = path
        self.cause = cause


class ConfigError(WirelintError):
    """An invalid configuration file or option."""

    def __init__(self, path: str, cause: str) -> None:
        super().__init__(f"{path}: {cause}")
        self.path = path


class PackError(WirelintError):
    """An invalid rule pack."""

    def __init__(self, pack: str, cause: str) -> None:
        super().__init__(f"rule pack {pack}: {cause}")
        self.pack = pack


class RuleTimeout(WirelintError):
    """A rule pattern ran past its time budget (a runaway regular expression)."""
