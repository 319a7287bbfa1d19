"""Display names of body regions and therapies, in the reader's language.

The English names live in pure-Python tables (``bodymap.anatomy.regions.REGIONS``,
``bodymap.anatomy.therapies``), which import no Qt.  ``tools/update_translations.py`` writes them
into ``bodymap/i18n/region_strings.py`` as ``QT_TRANSLATE_NOOP`` marks (contexts ``"Region"`` and
``"Therapy"``) so lupdate puts them in the .ts files; these helpers look them up.  Every place the
GUI shows a region or therapy name goes through here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from bodymap.anatomy import regions as anatomy

if TYPE_CHECKING:
    from bodymap.phrases import Phrase

REGION_CONTEXT = "Region"
THERAPY_CONTEXT = "Therapy"
VIEW_CONTEXT = "View"


def region_label(region_id: str) -> str:
    """The region's name as the reader sees it; the id itself for an unknown region."""
    region = anatomy.REGIONS.get(region_id)
    if region is None:
        return region_id
    return QCoreApplication.translate(REGION_CONTEXT, region.label)


def view_label(view_id: str) -> str:
    """A view's name as the reader sees it ("Back" / "Dietro"); the id for an unknown view."""
    view = anatomy.VIEWS.get(view_id)
    if view is None:
        return view_id
    return QCoreApplication.translate(VIEW_CONTEXT, view.label)


def therapy_name(name: str, key: str | None = None) -> str:
    """A therapy's name in the reader's language.

    A catalogue name is translated; a diary row of a built-in therapy saved under another name
    (an older catalogue, the demo diary) is translated through its catalogue ``key``.  Any other
    name (the person's own medication, say) comes back as it is, and so does every name in
    English.
    """
    translated = QCoreApplication.translate(THERAPY_CONTEXT, name)
    if translated != name or key is None:
        return translated
    from bodymap.anatomy import therapies

    try:
        canonical = therapies.get(key).name
    except KeyError:
        return name
    translated = QCoreApplication.translate(THERAPY_CONTEXT, canonical)
    return translated if translated != canonical else name


def regions_by_label(region_ids: list[str] | None = None) -> list[str]:
    """Region ids sorted by their shown (translated) name, case-insensitively."""
    ids = list(anatomy.REGIONS) if region_ids is None else list(region_ids)
    return sorted(ids, key=lambda r: (region_label(r).casefold(), r))


def store_message(exc: BaseException) -> str:
    """What went wrong, in the language of the run.

    For a :class:`ValidationError` it is what was wrong with the value, without the field;
    for any other error the whole sentence (``str(exc)`` in English).  An error from the
    Qt-free layers (the store, ``files.py``, ``paths.py``, ``anatomy.scores``, the import)
    carries its sentence as a :class:`~bodymap.phrases.Phrase` (``exc.phrase``: a template
    marked in i18n/runtime_strings.py, with its parameters): it is translated and filled, numbers
    written the locale's way; an ``OSError`` is said through ``files.os_error_phrase``.  In
    English, and for an error with no phrase, it is the error's own text, word for word.
    The command line (``cli.explain``, the commands) and the window (``ui.ops``) both say it
    through here.
    """
    from bodymap.anatomy.scores import ScoreError
    from bodymap.i18n import language
    from bodymap.store.errors import ValidationError

    english_text = exc.message if isinstance(exc, ValidationError | ScoreError) else str(exc)
    found = getattr(exc, "phrase", None)
    if found is None and isinstance(exc, OSError) and exc.errno is not None:
        from bodymap.files import os_error_phrase

        found = os_error_phrase(exc)
        english_text = str(found)
    if found is None or language.current() == "en":
        return english_text
    return phrase_text(found)


def phrase_text(found: Phrase) -> str:
    """A phrase of the Qt-free layers in the language of the run (see :func:`store_message`)."""
    from PySide6.QtCore import QLocale

    from bodymap.i18n import formats

    def number(value: int | float) -> str:
        if isinstance(value, int):
            return formats.integer(value)
        return QLocale().toString(value, "g", 6)

    return found.render(QCoreApplication.translate, number)
