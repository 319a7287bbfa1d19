"""The application's style: the style in use (Fusion with our palettes) with a few looks of ours.

A checked tool or push button (the chosen marking tool, the chosen 0-10 intensity) is drawn
unmistakable: the highlight of :func:`~bodymap.ui.palette.selected_colours` with its AA text, a
bold label, a 2 px edge readable on the window and 3 px corners.  In a dark scheme the check
boxes (of forms and of the lists that ask for them) and radio buttons get an edge readable on
the field, and the highlight (with the tick) when on: Fusion draws their edge a shade off a dark
window, unseen.

These looks were an application-wide style sheet once.  A style sheet makes every widget go
through Qt's style-sheet style, which made building a panel three to five times dearer on the
UI thread (docs/speed.md).  Then one proxy style drew them, but a style written in Python is
called from C++ for every frame, panel, cell and size hint of every widget (an enum and an
option made for each call): the diary list's first show and the forms' layouts paid for it.
So there are two styles now:

* :class:`CheckedStyle`, the application's, draws everything in C++ (no drawing of ours); when
  Qt polishes a widget that shows a look of ours (a tool or push button, a check box, a radio
  button, a list that asked with :func:`draw_check_boxes`), it gives that widget
* :class:`CheckedLooks`, the style that draws the looks, over a style of the same kind.

A widget under a style sheet keeps the sheet's style (Qt's style-sheet style wraps the
application's): a panel with a sheet whose buttons want the looks calls :func:`use_looks`
before setting its sheet, and the sheet then wraps the looks.
The colours are taken from the palette given to :meth:`CheckedStyle.set_palette`
(:class:`bodymap.ui.palette.Appearance` hands it the application's on each change of scheme).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QProxyStyle,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionButton,
    QStyleOptionToolButton,
    QToolButton,
    QWidget,
)

from bodymap.ui.palette import ensure_contrast, is_dark, relative_luminance, selected_colours

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

PE = QStyle.PrimitiveElement
CE = QStyle.ControlElement
CT = QStyle.ContentsType
Role = QPalette.ColorRole
State = QStyle.StateFlag

#: The checked button's edge and corners, in pixels.
EDGE_WIDTH = 2
CORNER_RADIUS = 3
#: The corners of a dark scheme's check box.
BOX_RADIUS = 2

_BUTTON_PANELS = frozenset({PE.PE_PanelButtonTool, PE.PE_PanelButtonCommand})
_INDICATORS = frozenset({PE.PE_IndicatorCheckBox, PE.PE_IndicatorItemViewItemCheck,
                         PE.PE_IndicatorRadioButton})
_OURS = _BUTTON_PANELS | _INDICATORS
_LABELS = frozenset({CE.CE_ToolButtonLabel, CE.CE_PushButtonLabel})
_SIZES = frozenset({CT.CT_ToolButton, CT.CT_PushButton})


def _checkable(widget: QWidget | None) -> bool:
    if isinstance(widget, QToolButton):
        action = widget.defaultAction()
        return widget.isCheckable() or (action is not None and action.isCheckable())
    return isinstance(widget, QPushButton) and widget.isCheckable()


def _label_text(text: str) -> str:
    """``text`` as drawn: without the "&" that marks a shortcut ("&&" is one "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def bold(font: QFont) -> QFont:
    out = QFont(font)
    out.setBold(True)
    return out


#: The dynamic property of a list whose items' check boxes are drawn readable in the dark.
CHECK_BOXES_PROPERTY = "bodymapCheckBoxes"
#: The widgets that show a look of ours (a list only when it asked for it).
_WITH_LOOKS = (QToolButton, QPushButton, QCheckBox, QRadioButton)


def _wants_looks(widget: QWidget) -> bool:
    if isinstance(widget, _WITH_LOOKS):
        return True
    return isinstance(widget, QAbstractItemView) and bool(widget.property(CHECK_BOXES_PROPERTY))


class CheckedStyle(QProxyStyle):
    """The application's style: ``base`` drawing everything in C++, and :attr:`looks` given to
    each widget that shows a look of ours as Qt polishes it.  One :class:`CheckedLooks` serves
    the application whatever styles follow (the widgets keep pointing at it): it belongs to
    the application and is shared by every ``CheckedStyle`` made."""

    def __init__(self, base: QStyle | None = None) -> None:
        super().__init__(base)
        name = self.baseStyle().name()
        global _LOOKS
        looks = _application_looks()
        if looks is None:
            looks = _LOOKS = CheckedLooks(QStyleFactory.create(name))
            looks.setParent(QApplication.instance())  # lives as long as the widgets it draws
        elif looks.baseStyle().name() != name:
            looks.setBaseStyle(QStyleFactory.create(name))  # over the same kind of style
        self.looks = looks

    def set_palette(self, palette: QPalette) -> None:
        """Take the colours from ``palette`` (the application's, light or dark)."""
        self.looks.set_palette(palette)

    def polish(self, target: Any) -> Any:  # noqa: N802 - Qt override (all three overloads)
        """A widget with a look of ours, being polished in this style, takes :attr:`looks`;
        Qt then polishes it in that style (the widget is under way: its style is set anew)."""
        if isinstance(target, QWidget):
            if target.isWindow():
                # Every widget Qt polishes comes here as a Python object.  For a class of Qt's
                # own that Python does not know and that does not name itself (a scroll area's
                # bar container), PySide looks for the type by making every QtWidgets class:
                # 15-20 ms, once, before the window's first paint.  A window's widgets listed
                # first are made Python objects the cheap way (by their meta-object), and
                # found again when Qt polishes them after the window.
                target.findChildren(QWidget)
            if _wants_looks(target) and target.style() is self:
                target.setStyle(self.looks)
                return None
        return super().polish(target)


#: The application's :class:`CheckedLooks` (a child of the application).
_LOOKS: CheckedLooks | None = None


def _application_looks() -> CheckedLooks | None:
    from shiboken6 import isValid

    return _LOOKS if _LOOKS is not None and isValid(_LOOKS) else None


def draw_check_boxes(view: QAbstractItemView) -> None:
    """Have ``view`` draw its items' check boxes as the form's (readable in the dark); asked
    before it is first shown.  Other lists keep the C++ style: a style of ours is called for
    every cell they paint."""
    view.setProperty(CHECK_BOXES_PROPERTY, True)


def use_looks(widget: QWidget) -> None:
    """Give ``widget`` the looks' style before it takes a style sheet: the sheet then wraps the
    looks, and its buttons and check boxes show them (as every widget under it pays for it)."""
    looks = _application_looks()
    if looks is not None:
        widget.setStyle(looks)


class CheckedLooks(QProxyStyle):
    """``base`` (a style of the application's kind) drawing checked buttons, and in the dark
    check boxes and radio buttons, in the colours of the palette given (:meth:`set_palette`)."""

    def __init__(self, base: QStyle | None = None) -> None:
        super().__init__(base)
        self._checked_background = QColor()
        self._checked_text = QColor()
        self._edge = QColor()
        self._dark = False
        self._box_edge = QColor()
        self._field = QColor()
        self._tick = "check-light"
        self._ticks: dict[tuple[str, int, float], QPixmap] = {}
        self._renderers: dict[str, QSvgRenderer] = {}

    def set_palette(self, palette: QPalette) -> None:
        """Take the colours from ``palette`` (the application's, light or dark)."""
        background, text = selected_colours(palette)
        self._checked_background, self._checked_text = background, text
        self._edge = ensure_contrast(palette.color(Role.WindowText), palette.color(Role.Window), 3.0)
        self._dark = is_dark(palette)
        self._box_edge = ensure_contrast(palette.color(Role.Mid), palette.color(Role.Base), 3.0)
        self._field = QColor(palette.color(Role.Base))
        # the tick in the colour of the checked button's text: dark ink on a light highlight
        self._tick = "check-dark" if relative_luminance(text) < 0.5 else "check-light"

    # -- drawing ------------------------------------------------------------------------

    def drawPrimitive(  # noqa: N802 - Qt override
        self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element in _OURS and self._draw_ours(element, option, painter, widget):
            return
        super().drawPrimitive(element, option, painter, widget)

    def _draw_ours(
        self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
        widget: QWidget | None,
    ) -> bool:
        on = bool(option.state & State.State_On)
        if element in _BUTTON_PANELS:
            if not on or not isinstance(widget, (QToolButton, QPushButton)):
                return False
            self._draw_checked_panel(option, painter)
            return True
        if not self._dark:
            return False
        if element == PE.PE_IndicatorRadioButton:
            if not isinstance(widget, QRadioButton):
                return False
            self._draw_radio(option, painter, on)
            return True
        if not isinstance(widget, (QCheckBox, QAbstractItemView)):
            return False
        partial = bool(option.state & State.State_NoChange)
        self._draw_check_box(option, painter, on, partial)
        return True

    def _draw_checked_panel(self, option: QStyleOption, painter: QPainter) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        half = EDGE_WIDTH / 2
        rect = QRectF(option.rect).adjusted(half, half, -half, -half)
        painter.setPen(QPen(self._edge, EDGE_WIDTH))
        painter.setBrush(self._checked_background)
        painter.drawRoundedRect(rect, CORNER_RADIUS, CORNER_RADIUS)
        painter.restore()

    def _indicator_rect(self, option: QStyleOption) -> QRectF:
        """A square in the middle of the indicator's rectangle, its edge on whole pixels."""
        rect = option.rect
        side = min(rect.width(), rect.height())
        left = rect.x() + (rect.width() - side) // 2
        top = rect.y() + (rect.height() - side) // 2
        return QRectF(left + 0.5, top + 0.5, side - 1, side - 1)

    def _draw_check_box(
        self, option: QStyleOption, painter: QPainter, on: bool, partial: bool,
    ) -> None:
        box = self._indicator_rect(option)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        fill = self._checked_background if on else self._field
        painter.setPen(QPen(self._checked_background if on else self._box_edge, 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(box, BOX_RADIUS, BOX_RADIUS)
        if on:
            inner = box.adjusted(0.5, 0.5, -0.5, -0.5).toAlignedRect()
            painter.drawPixmap(inner, self._tick_pixmap(inner.width(), painter))
        elif partial:  # neither on nor off: a bar, as Fusion draws it
            bar = box.adjusted(box.width() * 0.25, box.height() * 0.42,
                               -box.width() * 0.25, -box.height() * 0.42)
            painter.fillRect(bar, self._box_edge)
        painter.restore()

    def _draw_radio(self, option: QStyleOption, painter: QPainter, on: bool) -> None:
        circle = self._indicator_rect(option)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(self._box_edge, 1))
        painter.setBrush(self._checked_background if on else self._field)
        painter.drawEllipse(circle)
        painter.restore()

    def _tick_pixmap(self, side: int, painter: QPainter) -> QPixmap:
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        key = (self._tick, side, ratio)
        pixmap = self._ticks.get(key)
        if pixmap is None:
            pixmap = QPixmap(QSize(round(side * ratio), round(side * ratio)))
            pixmap.fill(Qt.GlobalColor.transparent)
            pixmap.setDevicePixelRatio(ratio)
            ink = QPainter(pixmap)
            ink.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            self._renderer(self._tick).render(ink, QRectF(0, 0, side, side))
            ink.end()
            self._ticks[key] = pixmap
        return pixmap

    def _renderer(self, name: str) -> QSvgRenderer:
        from PySide6.QtSvg import QSvgRenderer

        from bodymap import resources

        renderer = self._renderers.get(name)
        if renderer is None:
            resources.load()
            renderer = QSvgRenderer(f"{resources.PREFIX}/assets/icons/{name}.svg")
            self._renderers[name] = renderer
        return renderer

    def drawControl(  # noqa: N802 - Qt override
        self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if (element in _LABELS and option.state & State.State_On
                and isinstance(widget, (QToolButton, QPushButton))):
            self._draw_checked_label(element, option, painter, widget)
            return
        super().drawControl(element, option, painter, widget)

    def _draw_checked_label(
        self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter,
        widget: QAbstractButton,
    ) -> None:
        label: QStyleOptionToolButton | QStyleOptionButton
        if isinstance(option, QStyleOptionToolButton):
            label = QStyleOptionToolButton(option)
            label.font = bold(option.font)  # the tool button's label is drawn in this font
        elif isinstance(option, QStyleOptionButton):
            label = QStyleOptionButton(option)
        else:
            super().drawControl(element, option, painter, widget)
            return
        palette = QPalette(option.palette)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
                      QPalette.ColorGroup.Disabled):
            palette.setColor(group, Role.ButtonText, self._checked_text)
            palette.setColor(group, Role.WindowText, self._checked_text)
        label.palette = palette
        painter.save()
        painter.setFont(bold(widget.font()))  # a push button's label is drawn in the painter's
        super().drawControl(element, label, painter, widget)
        painter.restore()

    # -- size ---------------------------------------------------------------------------

    def sizeFromContents(  # noqa: N802 - Qt override
        self, kind: QStyle.ContentsType, option: QStyleOption, size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        if kind in _SIZES and _checkable(widget):
            size = QSize(size.width() + self._bold_extra(option, widget), size.height())
        # the stubs want a widget; Qt passes none when sizing for no widget (as it may here)
        return super().sizeFromContents(kind, option, size, widget)  # type: ignore[arg-type]

    def _bold_extra(self, option: QStyleOption, widget: QWidget | None) -> int:
        """How much wider the label is in bold: a checkable button is as wide as its checked
        label needs (a button's size is kept while it is checked and unchecked)."""
        if isinstance(option, QStyleOptionToolButton):
            # (QToolButton has resolved "follow the style" in the option already)
            if (option.toolButtonStyle == Qt.ToolButtonStyle.ToolButtonIconOnly
                    and not option.icon.isNull()):
                return 0
            font, text = option.font, option.text
        elif isinstance(option, QStyleOptionButton) and widget is not None:
            font, text = widget.font(), option.text
        else:
            return 0
        text = _label_text(text)
        if not text:
            return 0
        plain = QFontMetrics(font).horizontalAdvance(text)
        return max(0, QFontMetrics(bold(font)).horizontalAdvance(text) - plain)
