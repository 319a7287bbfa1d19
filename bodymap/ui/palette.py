"""Light, dark and high-contrast: the window's colours, and text colours that stay readable.

bodymap follows the system's colour scheme (``QStyleHints.colorScheme``) unless the person forced
light or dark (View > Appearance, kept in QSettings under :data:`SCHEME_SETTING`).  Forced, or
when the platform gives no palette for the scheme it reports (a bare X session says "dark" and
still hands out a light palette), the window gets one of our palettes with the Fusion style.

Colours for states that carry meaning are never fixed hex values on an unknown background: they
are computed from the palette in use and pushed until their contrast with the background reaches
the WCAG AA level for text (:data:`AA_TEXT`, 4.5:1): the selected intensity button
(:func:`selected_colours`), cautions and warnings (:func:`warning_colour`), quiet hints
(:func:`hint_colour`).  :func:`contrast_ratio` is the WCAG 2 formula, tested on these palettes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPalette

if TYPE_CHECKING:
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtGui import QPainter, QPixmap
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    from bodymap.ui.checked_style import CheckedStyle

#: QSettings key: "system" (follow the desktop), "light" or "dark".
SCHEME_SETTING = "appearance/scheme"
SCHEMES = ("system", "light", "dark")
#: WCAG 2 AA contrast for normal text.
AA_TEXT = 4.5

Role = QPalette.ColorRole


# -- contrast ------------------------------------------------------------------------------

def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour (0 black .. 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours, 1 (the same) to 21 (black on white)."""
    la, lb = relative_luminance(a), relative_luminance(b)
    high, low = max(la, lb), min(la, lb)
    return (high + 0.05) / (low + 0.05)


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                           a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


def ensure_contrast(foreground: QColor, background: QColor, minimum: float = AA_TEXT) -> QColor:
    """``foreground`` as it is if readable on ``background``, else moved step by step towards
    black or white (whichever side the background leaves more room on) until it is."""
    colour = QColor(foreground)
    colour.setAlpha(255)
    if contrast_ratio(colour, background) >= minimum:
        return colour
    target = QColor("#000000") if relative_luminance(background) > 0.18 else QColor("#ffffff")
    for step in range(1, 21):
        moved = _mix(colour, target, step / 20)
        if contrast_ratio(moved, background) >= minimum:
            return moved
    return target


def is_dark(palette: QPalette) -> bool:
    return palette.color(Role.Window).lightness() < 128


def selected_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """(background, text) of a selected (checked) button: the palette's highlight, with the
    highlight made deep enough that its text passes AA."""
    background = QColor(palette.color(Role.Highlight))
    text = QColor(palette.color(Role.HighlightedText))
    for _ in range(12):
        if contrast_ratio(text, background) >= AA_TEXT:
            break
        # a deeper highlight under light text, a lighter one under dark text
        background = background.darker(112) if relative_luminance(text) > 0.5 else background.lighter(112)
    return background, ensure_contrast(text, background)


def warning_colour(palette: QPalette) -> QColor:
    """A red for cautions and refused input, readable on the window and on fields."""
    red = QColor("#ff8a80") if is_dark(palette) else QColor("#b3261e")
    for role in (Role.Window, Role.Base):
        red = ensure_contrast(red, palette.color(role))
    return red


def hint_colour(palette: QPalette) -> QColor:
    """Quieter than the text, still readable: for hints such as "0 no pain · 10 worst"."""
    text, window = palette.color(Role.WindowText), palette.color(Role.Window)
    colour = _mix(text, window, 0.35)
    for role in (Role.Window, Role.Base):
        colour = ensure_contrast(colour, palette.color(role))
    return colour


# -- palettes ------------------------------------------------------------------------------

def _palette(colours: dict[Role, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return palette


def light_palette() -> QPalette:
    return _palette({
        Role.Window: "#f3f3f3", Role.WindowText: "#1b1b1b", Role.Base: "#ffffff",
        Role.AlternateBase: "#f0f2f5", Role.Text: "#1b1b1b", Role.Button: "#ececec",
        Role.ButtonText: "#1b1b1b", Role.BrightText: "#ffffff", Role.Highlight: "#1f5f99",
        Role.HighlightedText: "#ffffff", Role.ToolTipBase: "#fff8d6", Role.ToolTipText: "#1b1b1b",
        Role.PlaceholderText: "#5f6368", Role.Link: "#0b57a4", Role.LinkVisited: "#6a3d9a",
        Role.Light: "#ffffff", Role.Midlight: "#e3e3e3", Role.Mid: "#6d6d6d", Role.Dark: "#5a5a5a",
        Role.Shadow: "#2b2b2b",
    }, "#767676")


def dark_palette() -> QPalette:
    return _palette({
        Role.Window: "#232427", Role.WindowText: "#e8e8e8", Role.Base: "#1b1c1f",
        Role.AlternateBase: "#2a2c30", Role.Text: "#e8e8e8", Role.Button: "#34363b",
        Role.ButtonText: "#e8e8e8", Role.BrightText: "#ffffff", Role.Highlight: "#2d6db3",
        Role.HighlightedText: "#ffffff", Role.ToolTipBase: "#3b3d42", Role.ToolTipText: "#f0f0f0",
        Role.PlaceholderText: "#a8abb0", Role.Link: "#8ab4f8", Role.LinkVisited: "#c58af9",
        Role.Light: "#4a4d53", Role.Midlight: "#3d4045", Role.Mid: "#9a9da3", Role.Dark: "#a6a9ae",
        Role.Shadow: "#0d0d0d",
    }, "#8a8d92")


def high_contrast_palette() -> QPalette:
    """Black, white and yellow, as high-contrast desktop themes do (for tests and screenshots)."""
    return _palette({
        Role.Window: "#000000", Role.WindowText: "#ffffff", Role.Base: "#000000",
        Role.AlternateBase: "#1a1a1a", Role.Text: "#ffffff", Role.Button: "#000000",
        Role.ButtonText: "#ffffff", Role.BrightText: "#ffffff", Role.Highlight: "#ffff00",
        Role.HighlightedText: "#000000", Role.ToolTipBase: "#000000", Role.ToolTipText: "#ffffff",
        Role.PlaceholderText: "#d0d0d0", Role.Link: "#00ffff", Role.LinkVisited: "#ff80ff",
        Role.Light: "#ffffff", Role.Midlight: "#c0c0c0", Role.Mid: "#c0c0c0", Role.Dark: "#ffffff",
        Role.Shadow: "#ffffff",
    }, "#c0c0c0")


# -- the scheme ----------------------------------------------------------------------------

def chosen_scheme() -> str:
    value = str(QSettings().value(SCHEME_SETTING, "system") or "system")
    return value if value in SCHEMES else "system"


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def readable(palette: QPalette) -> QPalette:
    """``palette`` with the roles used for text on the window pushed to AA where they fall
    short: the highlight under its text, placeholder text, and Mid (which some panels use
    for quiet text, such as the 0-10 hint under the intensity buttons)."""
    out = QPalette(palette)
    background, text = selected_colours(palette)
    out.setColor(Role.Highlight, background)
    out.setColor(Role.HighlightedText, text)
    window, base = palette.color(Role.Window), palette.color(Role.Base)
    placeholder = ensure_contrast(ensure_contrast(palette.color(Role.PlaceholderText), base), window)
    out.setColor(Role.PlaceholderText, placeholder)
    out.setColor(Role.Mid, ensure_contrast(ensure_contrast(palette.color(Role.Mid), window), base))
    return out


def palette_for(scheme: str, platform: QPalette) -> QPalette:
    """The palette for ``scheme`` ("light"/"dark"/"system"): ours when forced, else the
    platform's (ours if it reports dark and gives a light one), readable either way."""
    if scheme == "light":
        return readable(light_palette())
    if scheme == "dark":
        return readable(dark_palette())
    if system_is_dark() and not is_dark(platform):
        return readable(dark_palette())
    return readable(platform)


class Appearance(QObject):
    """Applies the chosen scheme to the application, and again when the system's changes."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self.app = app
        self._platform = QPalette(app.palette())
        self._own_style = False
        self._style: CheckedStyle | None = None
        app.styleHints().colorSchemeChanged.connect(self._system_changed)

    def apply(self, scheme: str | None = None) -> None:
        from PySide6.QtWidgets import QApplication

        if scheme is not None:
            QSettings().setValue(SCHEME_SETTING, scheme)
        scheme = chosen_scheme()
        hints = self.app.styleHints()
        if scheme == "light":
            hints.setColorScheme(Qt.ColorScheme.Light)
        elif scheme == "dark":
            hints.setColorScheme(Qt.ColorScheme.Dark)
        else:
            hints.unsetColorScheme()
        palette = palette_for(scheme, self._platform)
        app = self.app
        ours = scheme != "system" or (system_is_dark() and not is_dark(self._platform))
        if isinstance(app, QApplication):
            if ours and not self._own_style:
                self._own_style = True  # Fusion: the platform style may draw with its own colours
                self._style = None
            self._use_style(app, palette)
        app.setPalette(palette)

    def _use_style(self, app: QApplication, palette: QPalette) -> None:
        """The style in use (Fusion once ours) under :class:`CheckedStyle` in ``palette``'s
        colours: not a style sheet, which would make every widget dearer to build."""
        from PySide6.QtWidgets import QStyleFactory
        from shiboken6 import isValid

        from bodymap.ui.checked_style import CheckedStyle

        style = self._style
        if style is None or not isValid(style) or app.style() is not style:
            base = QStyleFactory.create("Fusion" if self._own_style else app.style().name())
            style = CheckedStyle(base)
            style.set_palette(palette)
            app.setStyle(style)
            self._style = style
        else:
            style.set_palette(palette)

    def _system_changed(self, _scheme: object) -> None:
        if chosen_scheme() == "system":
            self.apply()


def install(app: QGuiApplication) -> Appearance:
    """Apply the person's choice now; kept on the application as ``app.appearance``."""
    appearance = getattr(app, "_bodymap_appearance", None)
    if appearance is None:
        appearance = Appearance(app)
        app._bodymap_appearance = appearance  # type: ignore[attr-defined]
    appearance.apply()
    return appearance


# -- icons ---------------------------------------------------------------------------------

#: The ink of the icons in ``assets/icons`` (our own 24x24 line drawings), replaced by the
#: palette's button text so they read in light, dark and high contrast alike.
ICON_INK = "#1b1b1b"


def _icon_svg(name: str) -> bytes:
    from PySide6.QtCore import QFile, QIODevice

    from bodymap import resources

    resources.load()
    file = QFile(f"{resources.PREFIX}/assets/icons/{name}.svg")
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        return b""
    try:
        return bytes(file.readAll().data())
    finally:
        file.close()


#: The sizes each themed icon comes in (1x and 2x of menus and tool bars).
ICON_SIZES = (16, 24, 32, 48)


class ThemedIconEngine(QIconEngine):
    """A themed icon drawn when Qt first asks for it, one size and mode at a time.

    Drawing the eight pixmaps of every tool-bar icon (four sizes, normal and disabled) before
    the window could show took about 10 ms; a tool bar at 1x needs one of them.  The pixmaps
    drawn so far live in a plain ``QIcon`` that answers every request, so Qt picks, scales and
    greys them exactly as it would the full set (tests/test_startup.py compares the two): a
    request at one of :data:`ICON_SIZES` at 1x draws that size of its mode (active and selected
    use the normal pixmaps, as with the full set); any other request draws all sizes of its
    mode first."""

    def __init__(self, svg: bytes, inks: dict[bool, bytes]) -> None:
        super().__init__()
        self._svg = svg
        self._inks = inks  # disabled? -> the ink of that mode's pixmaps
        self._icon = QIcon()
        self._drawn: set[tuple[bool, int]] = set()
        self._renderers: dict[bool, QSvgRenderer] = {}

    def _draw(self, disabled: bool, size: int) -> None:
        from PySide6.QtCore import QByteArray, QSize
        from PySide6.QtGui import QPainter, QPixmap
        from PySide6.QtSvg import QSvgRenderer

        self._drawn.add((disabled, size))
        renderer = self._renderers.get(disabled)
        if renderer is None:
            ink = self._inks[disabled]
            renderer = QSvgRenderer(QByteArray(self._svg.replace(ICON_INK.encode(), ink)))
            self._renderers[disabled] = renderer
        pixmap = QPixmap(QSize(size, size))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        self._icon.addPixmap(pixmap, QIcon.Mode.Disabled if disabled else QIcon.Mode.Normal)

    def _ready(self, size: QSize | None, mode: QIcon.Mode, scale: float = 1.0) -> QIcon:
        """The icon of the pixmaps drawn, with those this request can pick among drawn."""
        disabled = mode == QIcon.Mode.Disabled
        exact = (size is not None and scale == 1.0 and size.width() == size.height()
                 and size.width() in ICON_SIZES)
        wanted = (size.width(),) if exact and size is not None else ICON_SIZES
        for extent in wanted:
            if (disabled, extent) not in self._drawn:
                self._draw(disabled, extent)
        return self._icon

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._ready(size, mode).pixmap(size, mode, state)

    def scaledPixmap(  # noqa: N802 - Qt override
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float,
    ) -> QPixmap:
        return self._ready(size, mode, scale).pixmap(size, scale, mode, state)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._ready(None, mode).paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:  # noqa: N802
        return self._ready(size, mode).actualSize(size, mode, state)

    def availableSizes(  # noqa: N802 - Qt override
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off,
    ) -> list[QSize]:
        return self._ready(None, mode).availableSizes(mode, state)

    def isNull(self) -> bool:  # noqa: N802 - Qt override
        return False

    def key(self) -> str:
        return "bodymap-themed"

    def clone(self) -> QIconEngine:
        # Qt takes the copy (a QIcon detaching) but PySide does not keep it alive for it:
        # without a reference of ours it would be freed under Qt's feet.  Copies Qt has
        # deleted since are let go.
        from shiboken6 import isValid

        engine = ThemedIconEngine(self._svg, self._inks)
        _CLONES[:] = [kept for kept in _CLONES if isValid(kept)]
        _CLONES.append(engine)
        return engine


#: The engines handed to Qt by :meth:`ThemedIconEngine.clone`, kept alive for it.
_CLONES: list[ThemedIconEngine] = []


def themed_icon(name: str, palette: QPalette | None = None) -> QIcon:
    """The icon ``name`` of ``assets/icons``, drawn in the palette's colours (normal and
    disabled), crisp at 1x and 2x; each size and mode is drawn when first shown
    (:class:`ThemedIconEngine`)."""
    palette = palette or QGuiApplication.palette()
    svg = _icon_svg(name)
    if not svg:
        return QIcon()
    inks = {disabled: palette.color(group, Role.ButtonText).name().encode()
            for disabled, group in ((False, QPalette.ColorGroup.Active),
                                    (True, QPalette.ColorGroup.Disabled))}
    return QIcon(ThemedIconEngine(svg, inks))
