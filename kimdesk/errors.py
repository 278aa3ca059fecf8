"""Errors a user can act on, each mapped to one of the command line's exit codes.

Anything that is not a ``KimdeskError`` is a bug and is reported as such (exit 1).
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FAILURE = 1
    BAD_INPUT = 2
    UNREACHABLE = 3
    INTERRUPTED = 130


class KimdeskError(Exception):
    """Base for expected failures: the message is one line meant for the user."""

    exit_code = ExitCode.FAILURE


class BadInput(KimdeskError):
    """The input (passphrase, file, argument) was wrong; nothing was written."""

    exit_code = ExitCode.BAD_INPUT


class WrongPassphrase(BadInput):
    pass


class NotInitialised(BadInput):
    pass


class StoreError(BadInput):
    """The database or key file cannot be opened as it is (not ours, too new, damaged)."""


class ValidationError(BadInput):
    """A value a user typed or a file provided is not valid; ``field`` names it."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class NotFound(BadInput):
    pass


class SettingLocked(BadInput):
    """IT preset this setting for the machine (central policy); a user cannot change it."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class Locked(KimdeskError):
    """The store was locked (key forgotten); unlock before going on."""


class Immutable(KimdeskError):
    """A finalised record was asked to change."""


class TargetUnreachable(KimdeskError):
    exit_code = ExitCode.UNREACHABLE


class Cancelled(KimdeskError):
    exit_code = ExitCode.INTERRUPTED
