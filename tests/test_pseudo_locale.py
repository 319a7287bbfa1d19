"""Layouts hold with longer words: a pseudo-translation 40% longer, at 1366×768 (issue 14).

:class:`PseudoTranslator` is built at test time: every string the program translates comes back
with accented letters and 40% longer (placeholders, ``%n``, HTML tags, entities and ``&``
accelerators kept).  Italian runs 15-30% longer than English, German more, so a layout that
holds here holds in both shipped languages.  With it installed, the main window (each panel of
the registry brought to the front in turn) and the main dialogs are shown at 1366×768, and every
visible label, push button, check box and radio button must have the width its text needs and be
inside what its scroll area or window shows: a text that needs more than it has is clipped, and
a widget that runs past the right edge of a panel's scroll area (which never scrolls sideways)
is cut off.  Word-wrapped labels may take any width down to their longest word.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QTranslator
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QCheckBox,
    QDialog,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

SCREEN = (1366, 768)
GROWTH = 0.4
#: Text that must survive translation unchanged: placeholders, plural and Qt arguments, HTML
#: tags and entities, doubled ampersands, line breaks.
_KEEP = re.compile(r"\{[^{}]*\}|%n|%L?\d+|%\(\w+\)[sdr]|%[sdr]|<[^>]*>|&[a-zA-Z]+;|&#\d+;|&&|\n")
_ACCENTS = str.maketrans("aeiouAEIOUcnyCNY", "áéíóúÁÉÍÓÚçñýÇÑÝ")
PAD = "ẋ"


_WORD = re.compile(r"[^\W\d_]+")


def _longer(plain: str) -> str:
    """Each word accented and at least 40% longer (so lines still break between words, as
    long Italian or German words do)."""
    return _WORD.sub(
        lambda m: m.group().translate(_ACCENTS) + PAD * math.ceil(len(m.group()) * GROWTH), plain)


def pseudo(text: str) -> str:
    """``text`` with accents and 40% longer; placeholders, tags and accelerators intact."""
    parts: list[str] = []
    position = 0
    for match in _KEEP.finditer(text):
        parts.append(_longer(text[position:match.start()]))
        parts.append(match.group())
        position = match.end()
    parts.append(_longer(text[position:]))
    return "".join(parts)


class PseudoTranslator(QTranslator):
    """Every string of bodymap, pseudo-translated; Qt's own contexts (``Q…``) left alone so key
    names and standard buttons keep working."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:  # noqa: ARG002 - Qt's signature
        if not source or context.startswith("Q"):
            return ""  # "" = not translated here: Qt asks the next translator or keeps source
        return pseudo(source)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


def test_pseudo_keeps_what_code_relies_on() -> None:
    assert pseudo("Save {name}?") .endswith("{name}?")
    assert "{name}" in pseudo("Save {name} now") and "%n" in pseudo("%n marks")
    assert pseudo("&Edit").startswith("&É")
    assert pseudo("<b>Pain</b> map").count("<b>") == 1 and "</b>" in pseudo("<b>Pain</b> map")
    assert len(pseudo("Trigger point")) >= round(len("Trigger point") * 1.4)
    assert pseudo("") == ""


@pytest.fixture
def pseudo_locale(qapp) -> Iterator[PseudoTranslator]:
    translator = PseudoTranslator()
    assert qapp.installTranslator(translator)
    try:
        yield translator
    finally:
        qapp.removeTranslator(translator)


@pytest.fixture(params=["pseudo", "it"])
def longer_language(request, qapp) -> Iterator[str]:
    """The pseudo-translation, then the real Italian one (with Italian number formats)."""
    if request.param == "pseudo":
        request.getfixturevalue("pseudo_locale")
        yield "pseudo"
        return
    from PySide6.QtCore import QLocale

    import bodymap.resources as resources

    saved = QLocale()
    QLocale.setDefault(QLocale("it_IT"))
    resources.install_translator(qapp, "it")
    try:
        yield "it"
    finally:
        resources.install_translator(qapp, "en")
        QLocale.setDefault(saved)


def test_the_pseudo_translator_is_used(pseudo_locale) -> None:
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate("MainWindow", "Trigger point")
    assert text != "Trigger point" and "ẋ" in text
    assert QCoreApplication.translate("Ctx", "%n marks", None, 3).startswith("3 ")


# -- the check ------------------------------------------------------------------------------------

TEXT_WIDGETS = (QLabel, QPushButton, QCheckBox, QRadioButton)


def _clip_parent(widget: QWidget, top: QWidget) -> QWidget:
    """The viewport of the nearest scroll area around ``widget``, else ``top``."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
            return parent
        parent = grand
    return top


def _name(widget: QWidget) -> str:
    owner = widget
    names = []
    while owner is not None and len(names) < 3:
        if owner.objectName():
            names.append(owner.objectName())
        owner = owner.parentWidget()
    return f"{type(widget).__name__}({'/'.join(names) or '?'})"


def overflows(top: QWidget, skip: tuple[QWidget, ...] = ()) -> list[str]:
    """Every visible text widget under ``top`` (not under ``skip``) that is narrower than its
    text needs or runs past the right edge of its scroll area or of ``top``; one line each."""
    problems: list[str] = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, TEXT_WIDGETS) or not widget.isVisible():
            continue
        if any(s.isAncestorOf(widget) for s in skip):
            continue
        text = widget.text()
        if not text.strip():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            need = widget.minimumSizeHint().width()
        else:
            need = widget.sizeHint().width()
        has = widget.width()
        short = text.replace("\n", " ")[:50]
        if need > has + 1:
            problems.append(f"{_name(widget)} {short!r}: needs {need} px, has {has}")
            continue
        clip = _clip_parent(widget, top)
        left = widget.mapTo(clip, QPoint(0, 0)).x()
        if left + min(need, has) > clip.width() + 1:
            problems.append(
                f"{_name(widget)} {short!r}: ends at {left + min(need, has)} px, "
                f"its area shows {clip.width()}")
    return problems


# -- the window, panel by panel -------------------------------------------------------------------


@pytest.fixture
def window(qtbot, diary, longer_language, monkeypatch):  # noqa: ARG001 - the language first
    from PySide6.QtWidgets import QMessageBox

    from bodymap import demo
    from bodymap.ui.main_window import MainWindow

    result = demo.generate(diary, years=0.25, seed=3)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    win = MainWindow(diary)
    qtbot.addWidget(win)
    win.resize(*SCREEN)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: not win.ops.pending(), timeout=10000)
    # something in every panel: the newest episode open with a mark selected, a region picked
    newest = diary.list_episodes(result.profile.id)[0]
    win.open_episode(newest.id)
    qtbot.waitUntil(lambda: not win.ops.pending(), timeout=10000)
    qtbot.waitUntil(lambda: bool(win.editor.document.marks()), timeout=10000)
    mark = win.editor.document.marks()[0]
    win.editor.controller.select(mark.uuid)
    region = next(iter(mark.regions), "neck_back.right")
    win._region_picked(mark.view, region)
    qtbot.waitUntil(lambda: not win.ops.pending(), timeout=10000)
    return win


def _panel_names() -> list[str]:
    from bodymap.ui.panels.registry import PANELS

    return [spec.name for spec in PANELS]


@pytest.mark.parametrize("dock_name", _panel_names())
def test_each_panel_fits_in_a_longer_language(qtbot, window, dock_name: str) -> None:
    dock = window.docks[dock_name]
    dock.show()
    dock.raise_()
    qtbot.wait(50)
    qtbot.waitUntil(lambda: not window.ops.pending(), timeout=10000)
    qtbot.wait(50)
    assert dock.isVisible()
    problems = overflows(dock)
    assert not problems, "\n".join(problems)


def test_the_window_itself_fits(qtbot, window) -> None:
    """Tool bar, map captions, status bar: and the window is no wider than the screen."""
    assert window.minimumSizeHint().width() <= SCREEN[0]
    assert window.width() <= SCREEN[0]
    problems = overflows(window, skip=tuple(window.docks.values()))
    assert not problems, "\n".join(problems)


# -- the main dialogs -----------------------------------------------------------------------------


def _dialogs(window) -> Iterator[tuple[str, QDialog]]:
    from bodymap.ui.data_actions import ExportDialog
    from bodymap.ui.legend_dialog import LegendDialog
    from bodymap.ui.person_dialog import PersonDetailsDialog
    from bodymap.ui.preferences_dialog import PreferencesDialog
    from bodymap.ui.report_actions import ReportOptionsDialog

    yield "preferences", PreferencesDialog(window)
    yield "legend", LegendDialog(window)
    yield "export", ExportDialog(["Demo", "Anna"], window)
    yield "report options", ReportOptionsDialog(True, window)
    yield "person", PersonDetailsDialog(window.context.person, lambda *_a: None, window)


def test_main_dialogs_fit_in_a_longer_language(qtbot, window) -> None:
    problems: list[str] = []
    for name, dialog in _dialogs(window):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(20)
        if dialog.width() > SCREEN[0]:
            problems.append(f"{name}: {dialog.width()} px wide, wider than the screen")
        problems += [f"{name}: {p}" for p in overflows(dialog)]
        dialog.close()
    assert not problems, "\n".join(problems)
