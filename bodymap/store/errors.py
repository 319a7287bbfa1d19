"""Errors the store raises; each carries a message fit to show a person."""

from __future__ import annotations


class StoreError(Exception):
    """Base class: something about the data or the database file is not right."""


class ValidationError(StoreError, ValueError):
    """A value out of range or of the wrong kind.  Nothing was written."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFoundError(StoreError, LookupError):
    pass


class ConflictError(StoreError):
    """The record was changed elsewhere since it was read; nothing was overwritten."""


class DatabaseFileError(StoreError):
    """The file cannot be used as a bodymap database; it was left exactly as it was."""


class NotABodymapDatabase(DatabaseFileError):
    pass


class DamagedDatabase(DatabaseFileError):
    pass


class NewerDatabase(DatabaseFileError):
    pass


class ConnectionFailed(StoreError):
    """The database server could not be reached, refused us, or has no such database.

    The message names the host and the database, never the password.
    """
