"""The diary list: the current person's saved episodes, newest first, read a page at a time.

A Qt model/view list (:class:`EpisodeListModel`, a ``QAbstractTableModel``) instead of one
widget item per episode: the first page (the newest :data:`PAGE` episodes) is read on the
worker when the list is filled, and the view asks for the next page through ``canFetchMore`` /
``fetchMore`` when the person scrolls near the end.  Fifty years cost the window what one page
costs.  Double-click or Enter opens an episode.
"""

from __future__ import annotations

from datetime import UTC, timedelta, timezone
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QVBoxLayout, QWidget

from bodymap.i18n import formats
from bodymap.ui.changes import Changes
from bodymap.ui.episode_panel import KIND_LABELS
from bodymap.ui.panels.base import Panel

if TYPE_CHECKING:
    from bodymap.store.records import EpisodeSummary
    from bodymap.store.service import Diary
    from bodymap.ui.context import DiaryContext
    from bodymap.ui.ops import DiaryOps

#: Episodes read at a time.
PAGE = 200
_Index = QModelIndex | QPersistentModelIndex
# The roles as the plain numbers Qt hands data(): a view asks for a dozen roles per cell at
# every paint, and comparing with the enum members costs an enum look-up each time.
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_ID = Qt.ItemDataRole.UserRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class EpisodeListModel(QAbstractTableModel):
    """The rows read so far; asks its owner for the next page (``wants_more``)."""

    #: The view wants the next page: the number of rows there are now.
    wants_more = Signal(int)

    COLUMNS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[EpisodeSummary] = []
        #: Each row's texts, formatted when the view first asks for them (a row never shown
        #: costs nothing); None until then.
        self._texts: list[tuple[str, str, str, str] | None] = []
        #: More may be in the database (the last page read was full).
        self.more = False
        #: A page has been asked for and has not come yet.
        self.fetching = False

    # -- filling -------------------------------------------------------------------------------

    def reset(self, rows: list[EpisodeSummary], more: bool) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._texts = [None] * len(self.rows)
        self.more = more
        self.fetching = False
        self.endResetModel()

    def append(self, rows: list[EpisodeSummary], more: bool) -> None:
        self.fetching = False
        self.more = more
        if rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self.rows.extend(rows)
            self._texts.extend([None] * len(rows))
            self.endInsertRows()

    def row_of(self, episode_id: int | None) -> int | None:
        for row, e in enumerate(self.rows):
            if e.id == episode_id:
                return row
        return None

    # -- QAbstractItemModel ----------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == _DISPLAY:
            if not index.isValid():
                return None
            row = index.row()
            texts = self._texts[row]
            if texts is None:
                texts = self._texts[row] = _texts(self.rows[row])
            return texts[index.column()]
        if role == _ID:
            return self.rows[index.row()].id if index.isValid() else None
        if role == _ALIGNMENT and index.isValid() and index.column() >= 2:
            return _RIGHT
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("EpisodeList", "When"),
            QCoreApplication.translate("EpisodeList", "Kind"),
            QCoreApplication.translate("EpisodeList", "Pain"),
            QCoreApplication.translate("EpisodeList", "Marks"),
        )[section]

    def canFetchMore(self, parent: _Index) -> bool:  # noqa: N802 - Qt override
        return not parent.isValid() and self.more and not self.fetching

    def fetchMore(self, parent: _Index) -> None:  # noqa: N802 - Qt override
        if self.canFetchMore(parent):
            self.fetching = True
            self.wants_more.emit(len(self.rows))


def _texts(e: EpisodeSummary) -> tuple[str, str, str, str]:
    local = e.started_at.replace(tzinfo=UTC).astimezone(
        timezone(timedelta(minutes=e.utc_offset_minutes))
    )
    return (
        formats.day_time(local.replace(tzinfo=None)),  # the person's clock when it began
        QCoreApplication.translate("EpisodeList", KIND_LABELS.get(e.kind, e.kind)),
        "" if e.intensity is None else formats.integer(e.intensity),
        formats.integer(e.mark_count),
    )


class EpisodeList(Panel):
    """The current person's saved episodes, newest first; double-click or Enter opens one."""

    open_requested = Signal(int)
    #: The list has been filled (its first page; for tests and the status bar).
    shown = Signal()
    #: Another page has been added.
    grown = Signal()

    def __init__(
        self, context: DiaryContext | Diary, ops: DiaryOps | int | None = None,
        parent: QWidget | None = None, page: int = PAGE,
    ) -> None:
        super().__init__(context, ops, parent)
        self.page = page
        self._current: int | None = None
        self._person: int | None = None
        self.model = EpisodeListModel(self)
        self.model.wants_more.connect(self._fetch_more)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)  # the view need not measure every row
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        # Fit the columns to the rows in sight, not to every row read (Qt measures up to a
        # thousand by default): a refresh after each save then costs a screenful of rows.
        header.setResizeContentsPrecision(0)
        self.tree.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self.refresh()
        self.stale = False

    def wants(self, changes: Changes) -> bool:
        return changes.everything or changes.episodes

    def show_current(self, episode_id: int | None) -> None:
        """Highlight the episode on show in the editor (none for a new one); one not read yet
        is highlighted when its page comes."""
        self._current = episode_id
        selection = self.tree.selectionModel()
        selection.blockSignals(True)
        try:
            self.tree.clearSelection()
            self.tree.setCurrentIndex(QModelIndex())
            row = self.model.row_of(episode_id) if episode_id is not None else None
            if row is not None:
                index = self.model.index(row, 0)
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)
        finally:
            selection.blockSignals(False)
        self.tree.viewport().update()

    def refresh(self) -> None:
        person_id = self.profile_id
        diary, page = self.diary, self.page
        from bodymap.store.first_look import OpeningDiary

        # Right after start-up the first look has read the first page already.
        first = diary.take_first_page(person_id, page + 1) if isinstance(diary, OpeningDiary) else None
        if first is not None:
            self._fill(person_id, first)
            return
        self.ops.query(
            lambda: diary.list_episodes(person_id, limit=page + 1),
            lambda episodes: self._fill(person_id, episodes),
            key=f"episode-list-{id(self)}",
        )

    def _fill(self, person_id: int, episodes: list[EpisodeSummary]) -> None:
        self._person = person_id
        more = len(episodes) > self.page
        self.model.reset(episodes[: self.page], more)
        self.drawn_for(person_id)
        self.show_current(self._current)
        self.shown.emit()

    def _fetch_more(self, have: int) -> None:
        # The view also asks while it is being laid out (its scroll bar not yet sized): look
        # again once it has been, and read the next page only if the end is in sight.
        QTimer.singleShot(0, self, lambda: self._fetch_if_in_sight(have))

    def _end_in_sight(self) -> bool:
        rows = self.model.rowCount()
        if rows == 0:
            return True
        bar = self.tree.verticalScrollBar()
        if bar.maximum() > 0 and bar.value() >= bar.maximum():
            return True
        last = self.tree.visualRect(self.model.index(rows - 1, 0))
        return self.tree.viewport().rect().intersects(last)

    def _fetch_if_in_sight(self, have: int) -> None:
        person_id, diary, page = self._person, self.diary, self.page
        if person_id is None or have != len(self.model.rows) or not self._end_in_sight():
            self.model.fetching = False  # asked again when the person scrolls to the end
            return

        def got(episodes: list[EpisodeSummary]) -> None:
            if person_id != self._person or len(self.model.rows) != have:
                return  # the list was filled again meanwhile
            self.model.append(episodes[:page], len(episodes) > page)
            if self._current is not None and self.model.row_of(self._current) is not None:
                self.show_current(self._current)
            self.grown.emit()

        # The same key as a refresh: a refresh supersedes a page still on its way.
        self.ops.query(
            lambda: diary.list_episodes(person_id, limit=page + 1, offset=have),
            got, on_error=lambda _message: setattr(self.model, "fetching", False),
            key=f"episode-list-{id(self)}",
        )

    def episode_ids(self) -> list[int]:
        """The ids listed (read so far), top to bottom."""
        return [e.id for e in self.model.rows]

    def row_count(self) -> int:
        """Rows read so far."""
        return self.model.rowCount()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(int(self.model.rows[index.row()].id))
