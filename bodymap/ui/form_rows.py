"""The rows the panels' forms are made of: a section that folds away, a row of toggle buttons
for one optional choice, a grid of check boxes, and the eleven intensity buttons (the Mark
panel and the Episode panel both use them)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

#: The intensity buttons' anchors (their tooltips).
INTENSITY_ANCHORS = {0: "no pain", 5: "moderate", 10: "worst imaginable"}


class Section(QWidget):
    """A titled part of the panel that folds away: a flat arrow button and what it holds."""

    def __init__(self, title: str, parent: QWidget | None = None, expanded: bool = True) -> None:
        super().__init__(parent)
        self._title = title
        self._expanded = expanded
        self.header = QToolButton(self)
        self.header.setAutoRaise(True)
        self.header.setText(title)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.body = QWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.body)
        self.header.clicked.connect(lambda: self.set_expanded(not self._expanded))
        self._show()

    def _show(self) -> None:
        self.header.setArrowType(Qt.ArrowType.DownArrow if self._expanded else Qt.ArrowType.RightArrow)
        self.body.setVisible(self._expanded)

    def is_expanded(self) -> bool:
        return self._expanded

    def set_expanded(self, expanded: bool) -> None:
        self._expanded = expanded
        self._show()

    def set_summary(self, summary: str) -> None:
        """What the folded section holds, after its title ("Worse with — sitting, lifting")."""
        self.header.setText(f"{self._title} — {summary}" if summary else self._title)
        self.header.setToolTip(summary)


def _button_row(parent: QWidget, exclusive: bool) -> tuple[QWidget, QHBoxLayout, QButtonGroup]:
    """An empty row of tight buttons and their group, for :func:`segmented` and
    :func:`intensity_button_row` to fill."""
    box = QWidget(parent)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(2)
    group = QButtonGroup(box)
    group.setExclusive(exclusive)
    return box, row, group


def segmented(parent: QWidget, choices: list[tuple[str, str]]) -> tuple[QWidget, QButtonGroup]:
    """A row of toggle buttons for one optional choice: a click picks, a click on the picked one
    takes the answer back (the group is not exclusive; the panel keeps one checked)."""
    box, row, group = _button_row(parent, exclusive=False)
    for value, text in choices:
        button = QToolButton(box)
        button.setText(text)
        button.setCheckable(True)
        button.setProperty("value", value)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        group.addButton(button)
        row.addWidget(button)
    return box, group


def check_grid(parent: QWidget, texts: dict[str, str], columns: int = 2) -> tuple[QWidget, dict[str, QCheckBox]]:
    box = QWidget(parent)
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(8)
    grid.setVerticalSpacing(0)
    boxes: dict[str, QCheckBox] = {}
    for index, (key, text) in enumerate(texts.items()):
        check = QCheckBox(text, box)
        check.setProperty("value", key)
        boxes[key] = check
        grid.addWidget(check, index // columns, index % columns)
    return box, boxes


def intensity_button_row(parent: QWidget) -> tuple[QWidget, QButtonGroup]:
    """Eleven big buttons 0..10: one click sets the intensity (the quick path)."""
    box, row, group = _button_row(parent, exclusive=True)
    for value in range(11):
        button = QToolButton(box)
        button.setText(str(value))
        button.setCheckable(True)
        button.setMinimumSize(24, 28)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if value in INTENSITY_ANCHORS:
            button.setToolTip(f"{value}: {INTENSITY_ANCHORS[value]}")
        group.addButton(button, value)
        row.addWidget(button)
    return box, group
