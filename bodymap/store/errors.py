"""Errors the store raises; each carries a message fit to show a person."""

from __future__ import annotations


class StoreError(Exception):
    """Base class: something about the data or the database file is not right."""


#: A parameter of a message template: numbers stay numbers so the caller can show them the way
#: its language writes them; text (a quoted value, a list of choices, a day) is already words.
Param = int | float | str


def english(value: Param) -> str:
    """A parameter as the English message writes it (a float as with ``:g``)."""
    if isinstance(value, float):
        return format(value, "g")
    return str(value)


class ValidationError(StoreError, ValueError):
    """A value out of range or of the wrong kind.  Nothing was written.

    ``message`` is English.  A message the store builds from a fixed phrase also carries that
    phrase as ``template`` (``"must be from {low} to {high}, not {value}"``) with its ``params``,
    so a caller with translations can say the same in the person's language: the templates are
    marked for translation (context "store") in ``bodymap/i18n/runtime_strings.py``.
    """

    def __init__(
        self,
        field: str,
        message: str,
        template: str | None = None,
        params: dict[str, Param] | None = None,
    ) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
        self.template = template
        self.params: dict[str, Param] = dict(params or {})


def invalid(field: str, template: str, **params: Param) -> ValidationError:
    """A :class:`ValidationError` whose English message is ``template`` filled with ``params``.

    ``template`` must be a literal phrase marked in ``bodymap/i18n/runtime_strings.py``.
    """
    message = template.format(**{name: english(value) for name, value in params.items()})
    return ValidationError(field, message, template, params)


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
