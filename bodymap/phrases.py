"""Sentences the Qt-free layers build, kept so that a caller with translations can say them.

The store, ``files.py``, ``paths.py`` and ``anatomy/scores.py`` import no Qt, so they cannot
translate.  An error they raise carries its English text (``str(exc)``, word for word as before)
and, beside it, a :class:`Phrase`: the literal English template (``"there is no diary at
{path}"``), the translation context it is marked under in ``bodymap/i18n/runtime_strings.py``
("store", "files", "scores"…) and its parameters.  A parameter is a number (shown the locale's
way by the caller), text that stays as given (a path, a quoted value, a JSON place) or another
phrase (an OS reason inside "cannot read {path}: {reason}"), translated in turn.

``bodymap.ui.labels.store_message`` is the one place that turns a phrase into the person's
language; in English it is always the error's own text.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Union

#: A parameter of a phrase (see the module's text).
Param = Union[int, float, str, "Phrase"]


def english(value: Param) -> str:
    """A parameter as the English text writes it (a float as with ``:g``)."""
    if isinstance(value, float):
        return format(value, "g")
    return str(value)


@dataclass(frozen=True)
class Phrase:
    """A template with its parameters; ``str()`` is the English sentence.

    ``context`` None: a frame that is never translated (``"{where}: {message}"``), only its
    parameters are.
    """

    template: str
    params: Mapping[str, Param] = field(default_factory=dict)
    context: str | None = "store"

    def __str__(self) -> str:
        return self.template.format(**{k: english(v) for k, v in self.params.items()})

    def render(
        self,
        translate: Callable[[str, str], str],
        number: Callable[[int | float], str],
    ) -> str:
        """The sentence with ``translate(context, template)`` and numbers written by ``number``.

        A translation that names a parameter the template lacks falls back to the English
        template, so a slip in a .ts file never hides the message.
        """
        params = {
            name: value.render(translate, number) if isinstance(value, Phrase)
            else value if isinstance(value, str)
            else number(value)
            for name, value in self.params.items()
        }
        template = self.template if self.context is None else translate(self.context, self.template)
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**params)


def _param(value: object) -> Param:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float | str | Phrase):
        return value
    if isinstance(value, os.PathLike):
        return os.fspath(value) if isinstance(os.fspath(value), str) else str(value)
    return str(value)


def phrase(context: str | None, template: str, **params: object) -> Phrase:
    """A :class:`Phrase`; ``template`` must be a literal marked under ``context`` in
    ``bodymap/i18n/runtime_strings.py`` (a path given as a ``Path`` becomes its text)."""
    return Phrase(template, {name: _param(value) for name, value in params.items()}, context)


def frame(template: str, **params: object) -> Phrase:
    """A phrase that is only a frame around others (``"{where}: {message}"``), not translated."""
    return phrase(None, template, **params)


def text_of(message: str | Phrase) -> str:
    """The English text of ``message``."""
    return str(message)


def phrase_of(message: str | Phrase) -> Phrase | None:
    return message if isinstance(message, Phrase) else None


def of_error(exc: BaseException) -> Phrase:
    """The phrase an error carries (``exc.phrase``), or its text as it is, to go inside another
    sentence ("cannot back up {path}: {reason}")."""
    found = getattr(exc, "phrase", None)
    return found if isinstance(found, Phrase) else frame("{text}", text=str(exc))
