"""Outcome measures a physiotherapist recognises: the PSFS and the PGIC, with dates.

* **PSFS** (Patient-Specific Functional Scale): the person names up to five activities that are
  hard because of their problem and rates each from 0 (unable to do it) to 10 (able to do it as
  well as before the problem) on a day; later they rate the same activities again.  Each
  activity's ratings are listed in numbers; once an activity has two ratings or more, a small
  chart shows them over time (one point is no trend).  An activity no longer rated is retired:
  its ratings stay.
* **PGIC** (Patient Global Impression of Change) at a follow-up: seven steps, numbered as the
  NINDS form numbers them: 1 = very much improved, 4 = no change, 7 = very much worse.

Everything is read and written through the window's worker (:class:`~bodymap.ui.ops.DiaryOps`)
with the ``Diary`` calls of :mod:`bodymap.store.outcomes`; writes tell the context
``Changes(assessments=True)``, and the panel reads again after any change to assessments or
people, or an import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bodymap.store.records import (
    PGIC_SCORES,
    PSFS_MAX_ACTIVITIES,
    PgicRecord,
    PsfsActivityRecord,
    PsfsRatingRecord,
)
from bodymap.ui.changes import Changes
from bodymap.ui.panels.base import Panel

if TYPE_CHECKING:
    from bodymap.store.service import Diary
    from bodymap.ui.context import DiaryContext
    from bodymap.ui.ops import DiaryOps

#: The seven steps of the PGIC in the usual wording, NINDS numbering (translated by
#: ``OutcomesPanel.tr``).
PGIC_TEXTS = {
    1: QT_TRANSLATE_NOOP("OutcomesPanel", "Very much improved"),
    2: QT_TRANSLATE_NOOP("OutcomesPanel", "Much improved"),
    3: QT_TRANSLATE_NOOP("OutcomesPanel", "Minimally improved"),
    4: QT_TRANSLATE_NOOP("OutcomesPanel", "No change"),
    5: QT_TRANSLATE_NOOP("OutcomesPanel", "Minimally worse"),
    6: QT_TRANSLATE_NOOP("OutcomesPanel", "Much worse"),
    7: QT_TRANSLATE_NOOP("OutcomesPanel", "Very much worse"),
}
#: A chart only when an activity has at least this many ratings: one point is no trend.
MIN_CHART_POINTS = 2


@dataclass
class OutcomesData:
    person_id: int
    activities: list[PsfsActivityRecord]
    ratings: list[PsfsRatingRecord]
    pgic: list[PgicRecord]
    #: A matplotlib Figure of the ratings over time, or None (fewer than two points each).
    figure: Any = None
    by_activity: dict[int, list[PsfsRatingRecord]] = field(default_factory=dict)


def ratings_by_activity(ratings: list[PsfsRatingRecord]) -> dict[int, list[PsfsRatingRecord]]:
    """Each activity's ratings, oldest first."""
    found: dict[int, list[PsfsRatingRecord]] = {}
    for rating in sorted(ratings, key=lambda r: (r.rated_on, r.id or 0)):
        found.setdefault(rating.activity_id, []).append(rating)
    return found


def wants_chart(by_activity: dict[int, list[PsfsRatingRecord]]) -> bool:
    return any(len(rows) >= MIN_CHART_POINTS for rows in by_activity.values())


def psfs_figure(activities: list[PsfsActivityRecord], by_activity: dict[int, list[PsfsRatingRecord]],
                theme: Any, texts: dict[str, str]) -> Any:
    """One line per activity with two ratings or more (0-10 over the days); matplotlib is
    imported here, on first use only."""
    from matplotlib.dates import AutoDateLocator
    from matplotlib.figure import Figure

    from bodymap.charts.theme import local_date_axis

    figure = Figure(figsize=(4.2, 2.4), dpi=100, layout="constrained")
    figure.set_facecolor(theme.background)
    axes = figure.add_subplot()
    axes.set_facecolor(theme.background)
    colours = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"]
    for index, activity in enumerate(activities):
        rows = by_activity.get(int(activity.id or 0), [])
        if len(rows) < MIN_CHART_POINTS:
            continue
        axes.plot([r.rated_on for r in rows], [r.score for r in rows], marker="o",
                  color=colours[index % len(colours)], label=activity.name, linewidth=1.6)
    axes.set_ylim(-0.5, 10.5)
    axes.set_yticks([0, 2, 4, 6, 8, 10])
    axes.set_ylabel(texts["axis"], color=theme.foreground, fontsize=8)
    local_date_axis(axes, AutoDateLocator(minticks=2, maxticks=5))
    axes.tick_params(colors=theme.foreground, labelsize=7)
    axes.grid(True, color=theme.grid, linewidth=0.6)
    for spine in axes.spines.values():
        spine.set_color(theme.grid)
    legend = axes.legend(fontsize=7, loc="best", frameon=False)
    for text in legend.get_texts():
        text.set_color(theme.foreground)
    return figure


def read_outcomes(diary: Diary, person_id: int, theme: Any, texts: dict[str, str]) -> OutcomesData:
    """On the worker: everything the panel shows, and the chart if it has one to draw."""
    activities = diary.psfs_activities(person_id, include_retired=True)
    ratings = diary.psfs_ratings(person_id)
    pgic = diary.pgic_ratings(person_id)
    by_activity = ratings_by_activity(ratings)
    figure = psfs_figure(activities, by_activity, theme, texts) if wants_chart(by_activity) else None
    return OutcomesData(person_id, activities, ratings, pgic, figure, by_activity)


def _day(value: date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def _qdate_to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class OutcomesPanel(Panel):
    """PSFS and PGIC of the current person."""

    #: The data has been drawn (for tests): the OutcomesData.
    loaded = Signal(object)

    def __init__(self, context: DiaryContext | Diary, ops: DiaryOps | int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, ops, parent)
        self.setObjectName("outcomesPanel")
        self.data: OutcomesData | None = None
        self._canvas: Any = None
        self.rating_spins: dict[int, QSpinBox] = {}
        self.rate_buttons: dict[int, QPushButton] = {}
        self.history_labels: dict[int, QLabel] = {}
        self.activity_menus: dict[int, QMenu] = {}
        #: Tests answer the questions of rename / delete themselves.
        self.ask_name = self._ask_name
        self.ask_yes = self._ask_yes

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)

        # -- PSFS -------------------------------------------------------------------------------
        self.psfs_box = QGroupBox(self.tr("Patient-Specific Functional Scale (PSFS)"))
        psfs = QVBoxLayout(self.psfs_box)
        intro = QLabel(self.tr(
            "Up to five activities that are hard because of the problem. Rate each from 0 "
            "(unable to do it) to 10 (able to do it as well as before the problem), and rate "
            "the same ones again at later visits."))
        intro.setWordWrap(True)
        psfs.addWidget(intro)
        day_row = QHBoxLayout()
        day_row.addWidget(QLabel(self.tr("Day")))
        self.psfs_day = QDateEdit(QDate.currentDate())
        self.psfs_day.setObjectName("psfsDay")
        self.psfs_day.setCalendarPopup(True)
        self.psfs_day.setMaximumDate(QDate.currentDate())
        day_row.addWidget(self.psfs_day)
        day_row.addStretch(1)
        psfs.addLayout(day_row)
        self.activity_grid_box = QWidget()
        self.activity_grid = QGridLayout(self.activity_grid_box)
        self.activity_grid.setContentsMargins(0, 0, 0, 0)
        self.activity_grid.setColumnStretch(0, 1)
        psfs.addWidget(self.activity_grid_box)
        add_row = QHBoxLayout()
        self.activity_edit = QLineEdit()
        self.activity_edit.setObjectName("psfsNewActivity")
        self.activity_edit.setPlaceholderText(self.tr("An activity, e.g. carrying shopping"))
        self.add_button = QPushButton(self.tr("Add activity"))
        add_row.addWidget(self.activity_edit, 1)
        add_row.addWidget(self.add_button)
        psfs.addLayout(add_row)
        self.psfs_score = QLabel()
        self.psfs_score.setObjectName("psfsScore")
        self.psfs_score.setWordWrap(True)
        psfs.addWidget(self.psfs_score)
        self.psfs_status = QLabel()
        self.psfs_status.setWordWrap(True)
        psfs.addWidget(self.psfs_status)
        self.chart_box = QWidget()
        self.chart_layout = QVBoxLayout(self.chart_box)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        psfs.addWidget(self.chart_box)
        layout.addWidget(self.psfs_box)

        # -- PGIC -------------------------------------------------------------------------------
        self.pgic_box = QGroupBox(self.tr("Patient Global Impression of Change (PGIC)"))
        pgic = QVBoxLayout(self.pgic_box)
        question = QLabel(self.tr(
            "Since starting treatment, how would you describe the change in your condition?"))
        question.setWordWrap(True)
        pgic.addWidget(question)
        self.pgic_group = QButtonGroup(self)
        scale = QWidget()
        scale_layout = QVBoxLayout(scale)
        scale_layout.setContentsMargins(0, 0, 0, 0)
        scale_layout.setSpacing(0)
        for score in PGIC_SCORES:
            button = QRadioButton(
                self.tr("{n} — {text}").format(n=QLocale().toString(score), text=self.tr(PGIC_TEXTS[score]))
            )
            self.pgic_group.addButton(button, score)
            scale_layout.addWidget(button)
        pgic.addWidget(scale)
        numbering = QLabel(self.tr(
            "Numbering as on the NINDS form: 1 = very much improved, 4 = no change, "
            "7 = very much worse."))
        numbering.setWordWrap(True)
        numbering.setStyleSheet("color: palette(mid);")
        pgic.addWidget(numbering)
        form = QFormLayout()
        self.pgic_day = QDateEdit(QDate.currentDate())
        self.pgic_day.setObjectName("pgicDay")
        self.pgic_day.setCalendarPopup(True)
        self.pgic_day.setMaximumDate(QDate.currentDate())
        form.addRow(self.tr("Day"), self.pgic_day)
        self.pgic_note = QLineEdit()
        self.pgic_note.setObjectName("pgicNote")
        self.pgic_note.setPlaceholderText(self.tr("A note (optional)"))
        form.addRow(self.tr("Note"), self.pgic_note)
        pgic.addLayout(form)
        self.pgic_save = QPushButton(self.tr("Save impression of change"))
        self.pgic_save.setEnabled(False)
        pgic.addWidget(self.pgic_save, 0, Qt.AlignmentFlag.AlignRight)
        self.pgic_list = QListWidget()
        self.pgic_list.setObjectName("pgicList")
        self.pgic_list.setWordWrap(True)
        self.pgic_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pgic_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        pgic.addWidget(self.pgic_list)
        self.pgic_status = QLabel()
        self.pgic_status.setWordWrap(True)
        pgic.addWidget(self.pgic_status)
        layout.addWidget(self.pgic_box)
        layout.addStretch(1)

        self.add_button.clicked.connect(self._add_activity)
        self.activity_edit.returnPressed.connect(self._add_activity)
        self.pgic_group.idClicked.connect(lambda _i: self.pgic_save.setEnabled(True))
        self.pgic_save.clicked.connect(self._save_pgic)
        self.pgic_list.customContextMenuRequested.connect(self._pgic_menu)

    # -- reading --------------------------------------------------------------------------

    def wants(self, changes: Changes) -> bool:
        return changes.assessments or changes.people or changes.everything

    def _chart_texts(self) -> dict[str, str]:
        return {"axis": self.tr("0 unable · 10 as before")}

    def refresh(self) -> None:
        from bodymap.charts.theme import theme_from_palette

        diary, person_id = self.diary, self.profile_id
        theme, texts = theme_from_palette(self.palette()), self._chart_texts()
        self.ops.query(lambda: read_outcomes(diary, person_id, theme, texts), self._show,
                       self._show_error, key=f"outcomes-{id(self)}")

    def _show_error(self, message: str) -> None:
        self.psfs_status.setText(message)

    def _show(self, data: OutcomesData) -> None:
        if data.person_id != self.profile_id:
            return  # read for the person before a switch: the next read follows
        self.data = data
        self._fill_activities(data)
        self._fill_pgic(data)
        self._show_chart(data.figure)
        self.drawn_for(data.person_id)
        self.loaded.emit(data)

    def active_activities(self) -> list[PsfsActivityRecord]:
        if self.data is None:
            return []
        return [a for a in self.data.activities if a.retired_on is None]

    def _fill_activities(self, data: OutcomesData) -> None:
        while self.activity_grid.count():
            item = self.activity_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rating_spins.clear()
        self.rate_buttons.clear()
        self.history_labels.clear()
        self.activity_menus.clear()
        active = [a for a in data.activities if a.retired_on is None]
        retired = [a for a in data.activities if a.retired_on is not None and data.by_activity.get(int(a.id or 0))]
        row = 0
        for activity in active + retired:
            activity_id = int(activity.id or 0)
            name = QLabel(activity.name if activity.retired_on is None else self.tr(
                "{name} (no longer rated)").format(name=activity.name))
            name.setWordWrap(True)
            name.setTextFormat(Qt.TextFormat.PlainText)
            font = name.font()
            font.setBold(activity.retired_on is None)
            name.setFont(font)
            self.activity_grid.addWidget(name, row, 0)
            if activity.retired_on is None:
                spin = QSpinBox()
                spin.setRange(0, 10)
                spin.setObjectName(f"psfsScore{activity_id}")
                spin.setToolTip(self.tr("0 unable to do it · 10 as well as before the problem"))
                rows = data.by_activity.get(activity_id, [])
                spin.setValue(rows[-1].score if rows else 5)
                rate = QPushButton(self.tr("Rate"))
                rate.setToolTip(self.tr("Save this rating for the day chosen above"))
                rate.clicked.connect(lambda _c=False, a=activity_id: self._rate(a))
                more = QToolButton()
                more.setText("…")
                more.setToolTip(self.tr("Rename, stop rating or delete this activity"))
                more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
                menu = QMenu(more)
                menu.addAction(self.tr("Rename…"), lambda a=activity: self._rename(a))
                menu.addAction(self.tr("Stop rating it (keep its ratings)"), lambda a=activity: self._retire(a))
                menu.addAction(self.tr("Delete it and its ratings…"), lambda a=activity: self._delete(a))
                more.setMenu(menu)
                self.activity_menus[activity_id] = menu
                self.activity_grid.addWidget(spin, row, 1)
                self.activity_grid.addWidget(rate, row, 2)
                self.activity_grid.addWidget(more, row, 3)
                self.rating_spins[activity_id] = spin
                self.rate_buttons[activity_id] = rate
            history = QLabel(self._history_text(data.by_activity.get(activity_id, [])))
            history.setWordWrap(True)
            history.setObjectName(f"psfsHistory{activity_id}")
            history.setStyleSheet("color: palette(mid);")
            history.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self.activity_grid.addWidget(history, row + 1, 0, 1, 4)
            self.history_labels[activity_id] = history
            row += 2
        self.psfs_score.setText(self._score_text(data.ratings))
        self.psfs_score.setVisible(bool(data.ratings))
        full = len(active) >= PSFS_MAX_ACTIVITIES
        self.add_button.setEnabled(not full)
        self.activity_edit.setEnabled(not full)
        if not active:
            self.psfs_status.setText(self.tr("No activity named yet: name one below."))
        elif full:
            self.psfs_status.setText(self.tr(
                "Five activities are in use: stop rating one to name another."))
        else:
            self.psfs_status.setText("")

    def _score_text(self, ratings: list[PsfsRatingRecord]) -> str:
        """The PSFS score of each day rated (the mean of that day's ratings), latest last."""
        by_day: dict[date, list[int]] = {}
        for rating in ratings:
            by_day.setdefault(rating.rated_on, []).append(rating.score)
        days = sorted(by_day)[-5:]
        parts = [
            self.tr("{mean} on {day}").format(
                mean=QLocale().toString(sum(by_day[d]) / len(by_day[d]), "f", 1), day=_day(d))
            for d in days
        ]
        return self.tr("PSFS score (the mean of the day's ratings): {scores}").format(
            scores=" → ".join(parts))

    def _history_text(self, rows: list[PsfsRatingRecord]) -> str:
        if not rows:
            return self.tr("not rated yet")
        shown = rows[-6:]
        parts = [
            self.tr("{score} on {day}").format(score=QLocale().toString(r.score), day=_day(r.rated_on))
            for r in shown
        ]
        text = " → ".join(parts)
        if len(rows) > len(shown):
            text = self.tr("%n earlier rating(s) … ", "", len(rows) - len(shown)) + text
        return text

    def _show_chart(self, figure: Any) -> None:
        if self._canvas is not None:
            self.chart_layout.removeWidget(self._canvas)
            self._canvas.deleteLater()
            self._canvas = None
        if figure is None:
            return
        # Drawn with Agg on the chart thread, not in the paint event (bodymap.charts.view).
        from bodymap.charts.view import ChartView

        canvas = ChartView(figure)
        canvas.setObjectName("psfsChart")
        canvas.setMinimumHeight(170)
        canvas.setMinimumWidth(160)
        canvas.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        canvas.setFixedHeight(190)
        self.chart_layout.addWidget(canvas)
        self._canvas = canvas

    def chart(self) -> Any:
        """The chart on show (a :class:`~bodymap.charts.view.ChartView`), or None."""
        return self._canvas

    def _fill_pgic(self, data: OutcomesData) -> None:
        self.pgic_list.clear()
        for record in reversed(data.pgic):
            text = self.tr("{day}: {n} — {text}").format(
                day=_day(record.rated_on), n=QLocale().toString(record.score),
                text=self.tr(PGIC_TEXTS.get(record.score, "")),
            )
            if record.note:
                text += f" · {record.note}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.pgic_list.addItem(item)
        self.pgic_list.setVisible(bool(data.pgic))
        rows = min(5, max(1, self.pgic_list.count()))
        self.pgic_list.setFixedHeight(rows * self.pgic_list.fontMetrics().lineSpacing() * 2 + 8)

    # -- writing --------------------------------------------------------------------------

    def _write(self, fn: Any, status: QLabel, done_text: str) -> None:
        def done(_result: Any) -> None:
            status.setText(done_text)

        self.ops.write(fn, done, status.setText, changes=Changes(assessments=True))

    def _add_activity(self) -> None:
        name = self.activity_edit.text().strip()
        if not name:
            self.psfs_status.setText(self.tr("Name the activity first."))
            return
        diary, person_id = self.diary, self.profile_id
        day = _qdate_to_date(self.psfs_day.date())
        self.activity_edit.clear()
        self._write(lambda: diary.add_psfs_activity(person_id, name, day), self.psfs_status,
                    self.tr("Activity added: rate it now or at the next visit."))

    def _rate(self, activity_id: int) -> None:
        spin = self.rating_spins.get(activity_id)
        if spin is None:
            return
        diary, score = self.diary, spin.value()
        day = _qdate_to_date(self.psfs_day.date())
        self._write(lambda: diary.rate_psfs(activity_id, day, score), self.psfs_status,
                    self.tr("Rating saved: {score} on {day}.").format(
                        score=QLocale().toString(score), day=_day(day)))

    def _ask_name(self, current: str) -> str | None:
        name, ok = QInputDialog.getText(self, self.tr("Rename activity"), self.tr("New name:"),
                                        text=current)
        return name.strip() if ok and name.strip() else None

    def _ask_yes(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _rename(self, activity: PsfsActivityRecord) -> None:
        name = self.ask_name(activity.name)
        if not name or name == activity.name:
            return
        diary, activity_id = self.diary, int(activity.id or 0)
        self._write(lambda: diary.rename_psfs_activity(activity_id, name), self.psfs_status,
                    self.tr("Activity renamed."))

    def _retire(self, activity: PsfsActivityRecord) -> None:
        diary, activity_id = self.diary, int(activity.id or 0)
        day = max(_qdate_to_date(self.psfs_day.date()), activity.added_on)
        self._write(lambda: diary.retire_psfs_activity(activity_id, day), self.psfs_status,
                    self.tr("No longer rated; its ratings are kept."))

    def _delete(self, activity: PsfsActivityRecord) -> None:
        count = len(self.data.by_activity.get(int(activity.id or 0), [])) if self.data else 0
        if not self.ask_yes(
            self.tr("Delete activity"),
            self.tr("Delete “{name}” and its %n rating(s)? This cannot be undone.", "", count).format(
                name=activity.name),
        ):
            return
        diary, activity_id = self.diary, int(activity.id or 0)
        self._write(lambda: diary.delete_psfs_activity(activity_id), self.psfs_status,
                    self.tr("Activity deleted."))

    def _save_pgic(self) -> None:
        score = self.pgic_group.checkedId()
        if score not in PGIC_SCORES:
            self.pgic_status.setText(self.tr("Choose one of the seven answers first."))
            return
        diary, person_id = self.diary, self.profile_id
        day = _qdate_to_date(self.pgic_day.date())
        note = self.pgic_note.text().strip()
        self.pgic_note.clear()
        self._write(lambda: diary.add_pgic(person_id, day, score, note), self.pgic_status,
                    self.tr("Impression of change saved for {day}.").format(day=_day(day)))

    def _pgic_menu(self, pos: Any) -> None:
        item = self.pgic_list.itemAt(pos)
        if item is None:
            return
        rating_id = int(item.data(Qt.ItemDataRole.UserRole) or 0)
        menu = QMenu(self)
        menu.addAction(self.tr("Delete this answer"), lambda: self._delete_pgic(rating_id))
        menu.exec(self.pgic_list.viewport().mapToGlobal(pos))

    def _delete_pgic(self, rating_id: int) -> None:
        diary = self.diary
        self._write(lambda: diary.delete_pgic(rating_id), self.pgic_status, self.tr("Answer deleted."))
