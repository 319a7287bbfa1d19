"""The language the program speaks, without Qt: one place for the core, the CLI and the window.

The window's translator (``resources.install_translator``) and the content files (atlas,
therapies, warning signs, which carry ``{"en": ..., "it": ...}`` texts side by side) must agree
on one language, and the core below ``map/`` may not import Qt. So the choice lives here:

- ``choose(setting)`` is called once at start (by ``app.main`` and ``cli.main``) with the
  Preferences setting: ``"system"`` (the default) follows the environment's locale
  (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, as gettext reads them), ``"en"`` or
  ``"it"`` force one;
- ``current()`` answers ``"en"`` or ``"it"`` for everybody else;
- ``pick(texts)`` takes a content entry's ``{"en": ..., "it": ...}`` (or a plain string, which is
  English-only content) and gives the text in the current language, falling back to English.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

SUPPORTED = ("en", "it")
DEFAULT = "en"
SETTINGS = ("system", *SUPPORTED)

_current: str | None = None


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The supported language the environment asks for, in gettext's order of variables."""
    env = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable, "")
        if not value:
            continue
        # LANGUAGE may list several ("it:en"); the others hold one locale ("it_IT.UTF-8").
        for item in value.split(":"):
            code = item.split(".")[0].split("@")[0].split("_")[0].lower()
            if code in SUPPORTED:
                return code
            if code in ("c", "posix"):
                break
        if variable != "LANGUAGE":
            # The first set one of LC_ALL / LC_MESSAGES / LANG decides, as in gettext.
            return DEFAULT
    return DEFAULT


def choose(setting: str | None = "system", environ: Mapping[str, str] | None = None) -> str:
    """Fix the language for this run from the Preferences setting; returns the code chosen."""
    global _current
    if setting in SUPPORTED:
        _current = str(setting)
    else:
        _current = system_language(environ)
    return _current


def current() -> str:
    """``"en"`` or ``"it"``; follows the environment until ``choose`` is called."""
    return _current if _current is not None else system_language()


def pick(texts: object, language: str | None = None) -> str:
    """The text of a content entry in ``language`` (default: the current one), else English."""
    if isinstance(texts, str):
        return texts
    if isinstance(texts, Mapping):
        lang = language or current()
        value = texts.get(lang) or texts.get(DEFAULT)
        if isinstance(value, str):
            return value
        for value in texts.values():
            if isinstance(value, str) and value:
                return value
    return ""
