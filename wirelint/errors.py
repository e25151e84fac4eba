"""Errors that end up in front of the user as one clear line, and the exit statuses they lead to."""

from __future__ import annotations

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
"""Every command's exit status: nothing at or above the fail level, findings, or a usage,
configuration, input or internal error."""


class WirelintError(Exception):
    """Base class: the message is complete and names what went wrong."""


class InputError(WirelintError):
    """A file that cannot be checked (binary, undecodable, malformed)."""

    def __init__(self, path: str, cause: str) -> None:
        super().__init__(f"{path}: {cause}")
        self.path = path
        self.cause = cause


class EmptyInput(InputError):
    """A file with nothing in it: nothing to check, which is not a failure (a new, empty draft)."""


class ConfigError(WirelintError):
    """An invalid configuration file or option."""

    def __init__(self, path: str, cause: str) -> None:
        super().__init__(f"{path}: {cause}")
        self.path = path


UNKNOWN_CODE = "unknown rule code or prefix {code!r}; 'wirelint rules' lists them"
"""The message for a selection that names no rule (a typo would otherwise turn the linter off)."""


class UnknownCodeError(ConfigError):
    """A code or prefix in a selection (command line or config) that no rule has."""

    def __init__(self, where: str | None, code: str) -> None:
        message = UNKNOWN_CODE.format(code=code)
        WirelintError.__init__(self, f"{where}: {message}" if where else message)
        self.path = where or ""
        self.code = code


class PackError(WirelintError):
    """An invalid rule pack."""

    def __init__(self, pack: str, cause: str) -> None:
        super().__init__(f"rule pack {pack}: {cause}")
        self.pack = pack


class RuleTimeout(WirelintError):
    """A rule pattern ran past its time budget (a runaway regular expression)."""
