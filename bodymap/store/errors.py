"""Errors the store raises; each carries a message fit to show a person."""

from __future__ import annotations

from bodymap.phrases import Param as Param
from bodymap.phrases import Phrase as Phrase
from bodymap.phrases import english as english
from bodymap.phrases import phrase


class StoreError(Exception):
    """Base class: something about the data or the database file is not right.

    Raised with a plain English text, or with a :class:`~bodymap.phrases.Phrase` (built by
    :func:`say`): then ``str(exc)`` is the English sentence and ``exc.phrase`` lets a caller
    with translations say it in the person's language (``ui.labels.store_message``).
    """

    phrase: Phrase | None = None

    def __init__(self, message: str | Phrase = "", *args: object) -> None:
        if isinstance(message, Phrase):
            self.phrase = message
            message = str(message)
        super().__init__(message, *args)


def say(template: str, **params: object) -> Phrase:
    """A store sentence: ``template`` is a literal marked under "store" in
    ``bodymap/i18n/runtime_strings.py``; ``params`` fill it (paths stay as given)."""
    return phrase("store", template, **params)


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
        #: the message without the field, as a phrase (None for a message with no template)
        self.phrase = None if template is None else Phrase(template, self.params, "store")


def invalid(field: str, template: str, **params: Param) -> ValidationError:
    """A :class:`ValidationError` whose English message is ``template`` filled with ``params``.

    ``template`` must be a literal phrase marked in ``bodymap/i18n/runtime_strings.py``.
    """
    message = template.format(**{name: english(value) for name, value in params.items()})
    return ValidationError(field, message, template, params)


def invalid_as(field: str, said: Phrase | None, message: str) -> ValidationError:
    """A :class:`ValidationError` for a check made elsewhere (``anatomy.scores``) whose message
    ``said`` is already a phrase (under its own context), or a plain ``message``."""
    if said is None:
        return ValidationError(field, message)
    refused = ValidationError(field, message, said.template, dict(said.params))
    refused.phrase = said
    return refused


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
