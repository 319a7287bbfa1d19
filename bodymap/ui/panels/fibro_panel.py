"""The Fibromyalgia panel: the WPI areas lit on the body, the SSS questionnaire, the 2016 summary,
the measures over time and the 18 tender points.

``FibroPanel(map_widget, context, ops, parent)``, a :class:`~bodymap.ui.panels.base.Panel`
following the context's person.  For a day (today unless another is chosen) it reads, on the
window's worker, what the store derives from the marks (``assessments.fibro_summary``: the 19
areas of that day and the six before) and the assessments and exams saved.

* **Areas**: the 19 WPI areas as check boxes, ticked from the map (or from the assessment saved
  for that day); the person confirms or adjusts them.  While the panel is on show the ticked
  areas are tinted on the body (:class:`~bodymap.map.fibro_overlay.FibroOverlay`), and those the
  map suggests but the person unticked keep a dashed outline.
* **Symptoms (SSS)**: three 0-3 questions with the ACR anchors and three yes/no questions, and
  whether the symptoms have lasted three months.  WPI, SSS, FS and the 2016 summary follow every
  tick; without all six answers the SSS and the criteria are "not known".
* **Save** stores the ticked set (``areas_adjusted`` when it differs from the map, and the panel
  says by how many areas) with the answers: one assessment per day, replaced when saved again.
* **Over time**: WPI, SSS and FS of the saved assessments with the 2016 thresholds (matplotlib,
  imported the first time the tab is shown).
* **Tender points**: the 18 sites of the ACR 1990 criteria on the drawing (named on hover), each
  tender yes/no with an optional 0-10, the count x/18, saved with the day.  Kept apart from
  trigger points in words and drawing.

Each page scrolls inside its tab; the save buttons ("Save exam" with the tender points) and
their messages sit below the pages, in sight in a short dock (1366x768, issue 17).

Everything shown is information, never a diagnosis (``scores.info_sentence``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bodymap.anatomy import scores
from bodymap.i18n import formats
from bodymap.store.records import AssessmentRecord, TenderExamRecord, TenderSiteRecord
from bodymap.ui.changes import Changes
from bodymap.ui.context import DiaryContext
from bodymap.ui.dates import date_edit
from bodymap.ui.ops import DiaryOps
from bodymap.ui.panels.base import Panel

TABS = ("areas", "sss", "chart", "tender")
# The height a tab page asks for; it takes whatever the dock has beyond that and scrolls
# within it (the Mark dock leaves about 400 px to the tabs below it at 1366x768).
PAGE_HEIGHT_HINT = 80


@dataclass
class FibroData:
    """What the worker reads for one person and day."""

    person_id: int
    day: date
    summary: Any  # assessments.FibroSummary
    suggested: list[str]  # the areas the map shows, in the reference order
    by_area: dict[str, list[str]]
    existing: AssessmentRecord | None  # the assessment saved for this very day
    series: list[AssessmentRecord]
    exam: TenderExamRecord | None  # the newest exam on or before the day
    figure: Any = None


def read_fibro(diary: Any, person_id: int, day: date, chart: bool, theme: Any = None,
               texts: dict[str, str] | None = None) -> FibroData:
    """Everything the panel shows, read on the worker (and the chart built, once wanted)."""
    from bodymap.store import assessments

    summary = assessments.fibro_summary(diary, person_id, day)
    suggested = summary.map_wpi.sorted_areas()
    existing = summary.assessment if (
        summary.assessment is not None and summary.assessment.assessed_on == day) else None
    series = assessments.list_assessments(diary, person_id)
    exam = assessments.latest_tender_exam(diary, person_id, day)
    figure = trend(series, theme, texts) if chart else None
    return FibroData(person_id, day, summary, suggested,
                     {a: list(summary.map_wpi.by_area.get(a, [])) for a in suggested},
                     existing, series, exam, figure)


def trend(series: list[AssessmentRecord], theme: Any = None,
          texts: dict[str, str] | None = None) -> Any:
    from bodymap.charts.fibro import TrendPoint, trend_figure  # matplotlib: first use only

    points = [TrendPoint(a.assessed_on, a.wpi, a.sss_score, a.fs) for a in series]
    return trend_figure(points, theme, texts=texts)


def ui_lang() -> str:
    """"it" for an Italian reader (the wording of ``scores`` has English and Italian)."""
    return "it" if QLocale().language() == QLocale.Language.Italian else "en"


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class FibroPanel(Panel):
    # An answer has been drawn (for tests): the FibroData.
    loaded = Signal(object)
    # A save landed: the message the panel shows.
    saved = Signal(str)

    def __init__(self, map_widget: Any, context: DiaryContext | Any,
                 ops: DiaryOps | int | None = None, parent: QWidget | None = None,
                 in_pieces: bool = False) -> None:
        """``in_pieces``: only begin; the caller runs :meth:`build_pieces` (the window does,
        a piece per turn, for a panel not on show) before the panel is used."""
        super().__init__(context, ops, parent)
        self.setObjectName("fibroPanel")
        self.map_widget = map_widget
        self.overlay: Any = None
        if map_widget is not None:
            from bodymap.map.fibro_overlay import FibroOverlay

            self.overlay = FibroOverlay(
                {v: view.body_scene() for v, view in map_widget.views().items()})
        self.data: FibroData | None = None
        self.suggested: set[str] = set()
        self._chart_wanted = False
        self._canvas: Any = None
        self._filling = False
        self.lang = ui_lang()
        if not in_pieces:
            for _piece in self.build_pieces():
                pass

    # -- building -----------------------------------------------------------------------

    def build_pieces(self) -> Iterator[None]:
        """Build the widgets, yielding between the pages (about 10 ms each on the UI thread)."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        day_row = QHBoxLayout()
        day_row.addWidget(QLabel(self.tr("Day:")))
        self.day_edit = date_edit(QDate.currentDate(), self)
        self.day_edit.setToolTip(self.tr("The areas count the marks of this day and the six days before it"))
        day_row.addWidget(self.day_edit)
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.clicked.connect(lambda: self.day_edit.setDate(QDate.currentDate()))
        day_row.addWidget(self.today_button)
        day_row.addStretch(1)
        layout.addLayout(day_row)
        self.day_edit.dateChanged.connect(lambda _d: self.request_refresh())

        # the figures, always in sight
        self.figures = QLabel()
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setWordWrap(True)
        self.figures.setObjectName("fibroFigures")
        layout.addWidget(self.figures)
        self.summary_label = _wrapped()
        self.summary_label.setObjectName("fibroSummary")
        layout.addWidget(self.summary_label)
        self.info_label = _wrapped(scores.info_sentence(self.lang))
        font = self.info_label.font()
        font.setItalic(True)
        self.info_label.setFont(font)
        layout.addWidget(self.info_label)

        yield
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # Each page scrolls on its own, so the panel needs little height and the save
        # buttons below stay in sight in a short dock (1366x768, issue 17).
        self.tabs.addTab(_scrolled(self._areas_page()), self.tr("Areas (WPI)"))
        yield
        self.tabs.addTab(_scrolled(self._sss_page()), self.tr("Symptoms (SSS)"))
        yield
        self.tabs.addTab(_scrolled(self._chart_page()), self.tr("Over time"))
        self.tabs.addTab(_scrolled(self._tender_page()), self.tr("Tender points"))
        yield
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)

        # the main actions, outside the scrolling pages
        save_row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save assessment"))
        self.save_button.setToolTip(self.tr("Save the ticked areas and the answers for this day"))
        self.save_button.clicked.connect(self.save_assessment)
        save_row.addWidget(self.save_button)
        self.save_exam_button = QPushButton(self.tr("Save exam"))
        self.save_exam_button.clicked.connect(self.save_tender_exam)
        save_row.addWidget(self.save_exam_button)
        save_row.addStretch(1)
        layout.addLayout(save_row)
        self.status = _wrapped()
        self.status.setObjectName("fibroStatus")
        layout.addWidget(self.status)
        self.exam_status = _wrapped()
        self.exam_status.setObjectName("fibroExamStatus")
        layout.addWidget(self.exam_status)
        self._tender_changed()
        self._show_tab_actions()
        self._update_figures()

    def _show_tab_actions(self) -> None:
        """The exam's button and message with the tender points only."""
        tender = self.tabs.currentIndex() == TABS.index("tender")
        self.save_exam_button.setVisible(tender)
        self.exam_status.setVisible(tender)

    def _areas_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(2, 6, 2, 2)
        box.addWidget(QLabel(f"<b>{scores.term('wpi', self.lang)}</b>"))
        self.areas_hint = _wrapped(self.tr(
            "Lit from the pain you marked in the 7 days up to this day. Tick or untick an area "
            "if the map does not match how it was, then save."))
        box.addWidget(self.areas_hint)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        self.area_boxes: dict[str, QCheckBox] = {}
        places = {"right_upper": (0, 0), "left_upper": (0, 1), "right_lower": (1, 0),
                  "left_lower": (1, 1), "axial": (2, 0)}
        for region in scores.BODY_REGIONS:
            group = QGroupBox(region.name_it if self.lang == "it" else region.name)
            inner = QVBoxLayout(group)
            inner.setContentsMargins(6, 4, 6, 4)
            inner.setSpacing(1)
            for area in scores.AREAS:
                if area.body_region != region.id:
                    continue
                check = QCheckBox(_short_area_name(area.id, self.lang))
                check.setObjectName(f"area_{area.id}")
                check.toggled.connect(self._ticks_changed)
                inner.addWidget(check)
                self.area_boxes[area.id] = check
            row, col = places[region.id]
            grid.addWidget(group, row, col, 1, 2 if region.id == "axial" else 1)
        box.addLayout(grid)
        self.areas_note = _wrapped(self.tr(
            "Jaw, chest and abdomen count in the WPI but not for generalized pain. Head, hands "
            "and feet count for no area."))
        box.addWidget(self.areas_note)
        box.addStretch(1)
        return page

    def _sss_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(2, 6, 2, 2)
        box.addWidget(QLabel(f"<b>{scores.term('sss', self.lang)}</b>"))
        box.addWidget(_wrapped(self.tr(
            "Over the past week, how much of a problem has each of these been?")))
        anchors = {
            0: (self.tr("0 No problem"), self.tr("no problem at all")),
            1: (self.tr("1 Slight or mild"),
                self.tr("slight or mild problems, generally mild or coming and going")),
            2: (self.tr("2 Moderate"),
                self.tr("considerable problems, often there or at a moderate level")),
            3: (self.tr("3 Severe"),
                self.tr("constant problems that spread through the day and disturb your life")),
        }
        questions = {
            "fatigue": self.tr("Fatigue (tiredness)"),
            "waking_unrefreshed": self.tr("Waking up unrefreshed (tired after sleep)"),
            "cognitive": self.tr("Trouble thinking or remembering"),
            "headaches": self.tr("Headaches"),
            "lower_abdominal": self.tr("Pain or cramps in the lower belly"),
            "depression": self.tr("Depression"),
        }
        self.sss_groups: dict[str, QButtonGroup] = {}
        for name in scores.CORE_ITEMS:
            group_box = QGroupBox(questions[name])
            grid = QGridLayout(group_box)
            grid.setContentsMargins(6, 2, 6, 2)
            grid.setVerticalSpacing(0)
            group = QButtonGroup(self)
            for value, (label, explanation) in anchors.items():
                radio = QRadioButton(label)
                radio.setToolTip(explanation)
                radio.setObjectName(f"sss_{name}_{value}")
                group.addButton(radio, value)
                grid.addWidget(radio, value // 2, value % 2)
            group.idToggled.connect(self._answers_changed)
            self.sss_groups[name] = group
            box.addWidget(group_box)
        box.addWidget(_wrapped(self.tr("In the past 6 months, have you had:")))
        yes_no = QGridLayout()
        for row, name in enumerate(("headaches", "lower_abdominal", "depression")):
            label = _wrapped(questions[name])
            yes_no.addWidget(label, row, 0)
            group = QButtonGroup(self)
            for col, (text, value) in enumerate(((self.tr("Yes"), 1), (self.tr("No"), 0))):
                radio = QRadioButton(text)
                radio.setObjectName(f"sss_{name}_{'yes' if value else 'no'}")
                group.addButton(radio, value)
                yes_no.addWidget(radio, row, col + 1)
            group.idToggled.connect(self._answers_changed)
            self.sss_groups[name] = group
        yes_no.setColumnStretch(0, 1)
        box.addLayout(yes_no)
        self.clear_sss_button = QPushButton(self.tr("Clear the answers"))
        self.clear_sss_button.clicked.connect(self.clear_sss)
        row = QHBoxLayout()
        row.addWidget(self.clear_sss_button)
        row.addStretch(1)
        box.addLayout(row)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        box.addWidget(line)
        box.addWidget(_wrapped(self.tr(
            "Have the symptoms been at a similar level for at least 3 months?")))
        months = QHBoxLayout()
        self.months_group = QButtonGroup(self)
        for text, value in ((self.tr("Yes"), 1), (self.tr("No"), 0), (self.tr("Not sure"), 2)):
            radio = QRadioButton(text)
            radio.setObjectName(f"months_{value}")
            self.months_group.addButton(radio, value)
            months.addWidget(radio)
        months.addStretch(1)
        self.months_group.button(2).setChecked(True)
        self.months_group.idToggled.connect(self._answers_changed)
        box.addLayout(months)
        self.months_hint = _wrapped()
        box.addWidget(self.months_hint)
        box.addStretch(1)
        return page

    def _chart_page(self) -> QWidget:
        page = QWidget()
        self.chart_layout = QVBoxLayout(page)
        self.chart_layout.setContentsMargins(0, 4, 0, 0)
        self.chart_status = _wrapped(self.tr("The chart is drawn when you open this tab."))
        self.chart_layout.addWidget(self.chart_status)
        return page

    def _tender_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(2, 6, 2, 2)
        title = QLabel(f"<b>{scores.term('tender_points', self.lang)}</b>")
        box.addWidget(title)
        self.tender_note = _wrapped(scores.tender_note(self.lang))
        box.addWidget(self.tender_note)
        box.addWidget(_wrapped(self.tr(
            "The 18 sites are the squares on the drawing (hover one for its name). Press each "
            "site firmly (about 4 kg, until the nail whitens) and tick it if it hurts; the "
            "0-10 is optional.")))
        grid = QGridLayout()
        grid.setVerticalSpacing(0)
        self.tender_boxes: dict[str, QCheckBox] = {}
        self.tender_levels: dict[str, QSpinBox] = {}
        for row, tp in enumerate(scores.TENDER_POINTS):
            check = QCheckBox(tp.name_it if self.lang == "it" else tp.name)
            check.setObjectName(f"tender_{tp.id}")
            check.setToolTip(tp.location)
            check.toggled.connect(self._tender_changed)
            level = QSpinBox()
            level.setRange(-1, 10)
            level.setSpecialValueText("–")
            level.setValue(-1)
            level.setToolTip(self.tr("How much it hurt when pressed, 0-10 (optional)"))
            grid.addWidget(check, row, 0)
            grid.addWidget(level, row, 1)
            self.tender_boxes[tp.id] = check
            self.tender_levels[tp.id] = level
        grid.setColumnStretch(0, 1)
        box.addLayout(grid)
        self.tender_count = QLabel()
        self.tender_count.setObjectName("tenderCount")
        box.addWidget(self.tender_count)
        box.addStretch(1)
        return page

    # -- reading --------------------------------------------------------------------------

    def wants(self, changes: Changes) -> bool:
        return changes.everything or changes.episodes or changes.assessments

    def day(self) -> date:
        return self.day_edit.date().toPython()

    def set_day(self, day: date) -> None:
        self.day_edit.setDate(QDate(day))

    def refresh(self) -> None:
        diary, person_id, day, chart = self.diary, self.profile_id, self.day(), self._chart_wanted
        theme, texts = (self._theme(), self._chart_texts()) if chart else (None, None)
        self.status.setText(self.tr("Reading…"))
        self.ops.query(lambda: read_fibro(diary, person_id, day, chart, theme, texts),
                       self._on_loaded, on_error=self._on_failed, key=f"fibro-{id(self)}")

    def wait(self, msecs: int = 10000) -> bool:
        return self.ops.wait_idle(msecs)

    def _on_failed(self, message: str) -> None:
        self.status.setText(self.tr("Could not read the diary: {0}").format(message))

    def _on_loaded(self, data: FibroData) -> None:
        if data.person_id != self.profile_id:
            return  # an answer for somebody else, superseded by a switch
        self.data = data
        self.suggested = set(data.suggested)
        existing = data.existing
        self._filling = True
        try:
            chosen = set(existing.areas) if existing is not None else self.suggested
            for area, check in self.area_boxes.items():
                check.setChecked(area in chosen)
                regions = data.by_area.get(area)
                why = (self.tr("Lit by: {0}").format(", ".join(_region_names(regions)))
                       if regions else self.tr("No pain marked here in these 7 days"))
                check.setToolTip(f"{scores.area_name(area, self.lang)}\n{why}")
                font = check.font()
                font.setBold(area in self.suggested)
                check.setFont(font)
            self._fill_sss(existing)
            self._fill_exam(data.exam, data.day)
        finally:
            self._filling = False
        self._update_months_hint()
        if existing is not None:
            adjusted = self._changed_count(set(existing.areas))
            self.status.setText(self.tr("The assessment saved for this day is shown.")
                                + (" " + self._adjusted_text(adjusted) if existing.areas_adjusted else ""))
        else:
            self.status.setText(self.tr("Not saved yet for this day."))
        self._update_figures()
        self._show_overlay()
        if data.figure is not None:
            self._show_chart(data.figure)
        self.drawn_for(data.person_id)
        self.loaded.emit(data)

    def _fill_sss(self, record: AssessmentRecord | None) -> None:
        for group in self.sss_groups.values():
            _clear_group(group)
        if record is not None and record.has_sss:
            for name, group in self.sss_groups.items():
                value = getattr(record, name)
                button = group.button(int(value))
                if button is not None:
                    button.setChecked(True)
        months = 2 if record is None or record.symptoms_3_months is None else int(record.symptoms_3_months)
        self.months_group.button(months).setChecked(True)

    def _fill_exam(self, exam: TenderExamRecord | None, day: date) -> None:
        same_day = exam is not None and exam.examined_on == day
        by_site = {s.site: s for s in exam.sites} if same_day and exam is not None else {}
        for tid, check in self.tender_boxes.items():
            site = by_site.get(tid)
            check.setChecked(bool(site and site.tender))
            level = site.intensity if site is not None and site.intensity is not None else -1
            self.tender_levels[tid].setValue(level)
        if exam is None:
            self.exam_status.setText(self.tr("No tender-point exam saved yet."))
        elif same_day:
            self.exam_status.setText(self.tr("The exam saved for this day is shown: {0}/18 tender.")
                                     .format(exam.count))
        else:
            self.exam_status.setText(self.tr("Last exam: {0}, {1}/18 tender.")
                                     .format(formats.day(exam.examined_on), exam.count))
        self._tender_changed()

    # -- what the person sets -------------------------------------------------------------

    def ticked_areas(self) -> list[str]:
        return [a for a in scores.AREA_IDS if self.area_boxes[a].isChecked()]

    def sss_answers(self) -> dict[str, int | bool] | None:
        """The six answers, or None when not all are given."""
        out: dict[str, int | bool] = {}
        for name, group in self.sss_groups.items():
            value = group.checkedId()
            if value < 0:
                return None
            out[name] = value if name in scores.CORE_ITEMS else bool(value)
        return out

    def answered_count(self) -> int:
        return sum(1 for g in self.sss_groups.values() if g.checkedId() >= 0)

    def sss(self) -> scores.SymptomSeverity | None:
        answers = self.sss_answers()
        return None if answers is None else scores.SymptomSeverity.from_dict(answers)

    def months_answer(self) -> bool | None:
        value = self.months_group.checkedId()
        return None if value not in (0, 1) else bool(value)

    def three_months(self) -> bool | None:
        """The person's answer, else what the diary shows (never "no" from a short diary)."""
        answer = self.months_answer()
        if answer is not None:
            return answer
        span = self.data.summary.span if self.data is not None else None
        return True if span is not None and span.three_months else None

    def clear_sss(self) -> None:
        for group in self.sss_groups.values():
            _clear_group(group)
        self._answers_changed()

    def _ticks_changed(self, *_args: object) -> None:
        if self._filling:
            return
        self._update_figures()
        self._show_overlay()

    def _answers_changed(self, *_args: object) -> None:
        if not self._filling:
            self._update_figures()

    def _changed_count(self, ticks: set[str]) -> int:
        return len(ticks ^ self.suggested)

    def _adjusted_text(self, n: int) -> str:
        return self.tr("You changed %n areas from what the map shows.", "", n)

    def _update_months_hint(self) -> None:
        span = self.data.summary.span if self.data is not None else None
        if span is None:
            text = self.tr("The diary shows no pain that counts up to this day.")
        elif span.three_months:
            text = self.tr("The diary shows pain since {0}: three months or more.").format(
                formats.day(span.first_day))
        else:
            text = self.tr("The diary shows pain since {0}: less than three months, or the diary "
                           "is younger than that.").format(formats.day(span.first_day))
        self.months_hint.setText(text)

    def _update_figures(self) -> None:
        ticks = self.ticked_areas() if hasattr(self, "area_boxes") else []
        sss = self.sss() if hasattr(self, "sss_groups") else None
        three = self.three_months() if hasattr(self, "months_group") else None
        summary = scores.summarize_2016(ticks, sss, three)
        unknown = self.tr("not known")
        sss_text = f"<b>{summary.sss}</b>/12" if summary.sss is not None else unknown
        fs_text = f"<b>{summary.fs}</b>/31" if summary.fs is not None else unknown
        self.figures.setText(
            self.tr("WPI <b>{wpi}</b>/19 &nbsp;·&nbsp; SSS {sss} &nbsp;·&nbsp; FS {fs}")
            .format(wpi=summary.wpi, sss=sss_text, fs=fs_text))
        self.figures.setToolTip("\n".join(scores.term(k, self.lang) for k in ("wpi", "sss", "fs")))
        regions = len(summary.body_regions)
        lines = [
            (self.tr("Generalized pain: yes ({0} of 5 regions)") if summary.generalized_pain
             else self.tr("Generalized pain: no ({0} of 5 regions)")).format(regions),
            {True: self.tr("Symptoms for 3 months: yes"), False: self.tr("Symptoms for 3 months: no"),
             None: self.tr("Symptoms for 3 months: not known")}[summary.three_months],
        ]
        if summary.sss is None and hasattr(self, "sss_groups"):
            answered = self.answered_count()
            lines.append(self.tr("SSS: not known (answer the six questions; {0} of 6 so far)")
                         .format(answered))
        lines.append(self.tr("2016 criteria: {0}").format(
            _criteria_words(summary.criteria_2016_met, self.lang)))
        self.summary_label.setText("\n".join(lines))
        self.summary = summary

    # -- saving ---------------------------------------------------------------------------

    def assessment_record(self) -> AssessmentRecord:
        """The assessment to save from what is on screen (replacing the one of the day)."""
        data = self.data
        existing = data.existing if data is not None and data.day == self.day() else None
        ticks = self.ticked_areas()
        record = AssessmentRecord(profile_id=self.profile_id, assessed_on=self.day())
        if existing is not None:
            record.id, record.uuid, record.note = existing.id, existing.uuid, existing.note
            record.created_at = existing.created_at
        record.areas = ticks
        record.areas_adjusted = set(ticks) != self.suggested
        record.sss = self.sss()
        record.symptoms_3_months = self.months_answer()
        return record

    def save_assessment(self) -> None:
        if self.data is None:
            return
        answered = self.answered_count()
        if 0 < answered < len(self.sss_groups):
            self.status.setText(self.tr(
                "Answer all six symptom questions, or clear them to save the areas only. "
                "Nothing was saved."))
            return
        record = self.assessment_record()
        changed = self._changed_count(set(record.areas))
        diary = self.diary
        from bodymap.store import assessments

        def done(saved: AssessmentRecord) -> None:
            text = self.tr("Saved for {0}.").format(formats.day(saved.assessed_on)) + " " + (
                self._adjusted_text(changed) if saved.areas_adjusted
                else self.tr("The areas are the ones the map shows."))
            self.status.setText(text)
            self.saved.emit(text)

        def failed(message: str) -> None:
            self.status.setText(self.tr("Not saved: {0}").format(message))

        self.ops.write(lambda: assessments.save_assessment(diary, record), done, failed,
                       changes=Changes(assessments=True))

    def tender_record(self) -> TenderExamRecord:
        data = self.data
        exam = data.exam if data is not None else None
        record = TenderExamRecord(profile_id=self.profile_id, examined_on=self.day())
        if exam is not None and exam.examined_on == self.day():
            record.id, record.uuid, record.note = exam.id, exam.uuid, exam.note
            record.created_at = exam.created_at
        record.sites = [
            TenderSiteRecord(tid, check.isChecked(),
                             None if self.tender_levels[tid].value() < 0 else self.tender_levels[tid].value())
            for tid, check in self.tender_boxes.items()
        ]
        return record

    def save_tender_exam(self) -> None:
        record = self.tender_record()
        diary = self.diary
        from bodymap.store import assessments

        def done(saved: TenderExamRecord) -> None:
            text = self.tr("Tender-point exam saved for {0}: {1}/18 tender.").format(
                formats.day(saved.examined_on), saved.count)
            self.exam_status.setText(text)
            self.saved.emit(text)

        def failed(message: str) -> None:
            self.exam_status.setText(self.tr("Not saved: {0}").format(message))

        self.ops.write(lambda: assessments.save_tender_exam(diary, record), done, failed,
                       changes=Changes(assessments=True))

    def _tender_changed(self, *_args: object) -> None:
        count = sum(1 for c in self.tender_boxes.values() if c.isChecked())
        self.tender_count.setText(self.tr("Tender: {0}/18").format(count))
        if not self._filling:
            self._show_overlay()

    # -- the map and the chart ------------------------------------------------------------

    def _names(self) -> dict[str, str]:
        out = {a: scores.area_name(a, self.lang) for a in scores.AREA_IDS}
        for tp in scores.TENDER_POINTS:
            name = tp.name_it if self.lang == "it" else tp.name
            out[tp.id] = self.tr("Tender point (ACR 1990): {0}\n{1}").format(name, tp.location)
        return out

    def _show_overlay(self) -> None:
        if self.overlay is None:
            return
        if not self.is_on_show() or self.data is None:
            self.overlay.clear()
            return
        names = self._names()
        if self.tabs.currentIndex() == TABS.index("tender"):
            self.overlay.clear_areas()
            tender = [t for t, c in self.tender_boxes.items() if c.isChecked()]
            self.overlay.show_tender_sites(tender, names)
        else:
            self.overlay.clear_tender_sites()
            self.overlay.show_areas(self.ticked_areas(), self.suggested, names)

    def _tab_changed(self, index: int) -> None:
        if TABS[index] == "chart" and not self._chart_wanted:
            self._chart_wanted = True
            self.chart_status.setText(self.tr("Drawing the chart…"))
            self.request_refresh()
        self._show_tab_actions()
        self._show_overlay()

    def _theme(self) -> Any:
        from bodymap.charts.theme import theme_from_palette

        return theme_from_palette(self.palette())

    def _chart_texts(self) -> dict[str, str]:
        return {
            "title": self.tr("WPI, SSS and FS over time"),
            "wpi": self.tr("WPI (0-19)"), "sss": self.tr("SSS (0-12)"),
            "fs": self.tr("FS (0-31)"),
            "wpi_7": self.tr("7: with SSS 5+"), "wpi_4": self.tr("4: with SSS 9+"),
            "sss_5": self.tr("5: with WPI 7+"), "sss_9": self.tr("9: with WPI 4-6"),
            "empty": self.tr("No assessment saved yet"),
        }

    def _show_chart(self, figure: Any) -> None:
        # Drawn with Agg on the chart thread, not in the paint event (bodymap.charts.view).
        from bodymap.charts.view import ChartView

        if self._canvas is not None:
            self._canvas.set_figure(figure)  # the old image stays until the new one is drawn
        else:
            canvas = ChartView(figure)
            canvas.setObjectName("fibroChart")
            canvas.setMinimumHeight(300)
            canvas.setMinimumWidth(200)
            self.chart_layout.addWidget(canvas, 1)
            self._canvas = canvas
        n = len(self.data.series) if self.data is not None else 0
        self.chart_status.setText(self.tr(
            "Assessments saved: {0}. Dashed lines: the 2016 thresholds (WPI 7 or more with "
            "SSS 5 or more, or WPI 4 to 6 with SSS 9 or more).").format(n))

    # -- on show only ---------------------------------------------------------------------

    def dock_visibility_changed(self, visible: bool) -> None:
        super().dock_visibility_changed(visible)
        if not visible and self.overlay is not None:
            self.overlay.clear()
        elif visible:
            QTimer.singleShot(0, self, self._show_overlay)


class _PageArea(QScrollArea):
    """A tab page that scrolls up and down, never sideways, and asks for little height: the
    panel's height-for-width (its wrapped labels) adds up the size hints, and a page asking for
    all of its form would push the save buttons out of a short dock again."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), min(hint.height(), PAGE_HEIGHT_HINT))


def _scrolled(page: QWidget) -> QScrollArea:
    """A tab page that scrolls up and down, never sideways."""
    area = _PageArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(page)
    return area


def _short_area_name(area_id: str, lang: str) -> str:
    """The area's name without its side: the box it is in names the side already."""
    name = scores.area_name(area_id, lang)
    if area_id.endswith(("_left", "_right")) and ", " in name:
        return name.rsplit(", ", 1)[0]
    return name


def _clear_group(group: QButtonGroup) -> None:
    group.setExclusive(False)
    for button in group.buttons():
        button.setChecked(False)
    group.setExclusive(True)


def _region_names(regions: list[str] | None) -> list[str]:
    from bodymap.ui.labels import region_label

    return [region_label(r) for r in regions or []]


def _criteria_words(met: bool | None, lang: str) -> str:
    """The 2016 result in words (the informational sentence is shown once, under the figures)."""
    return scores.criteria_sentence(met, lang).removesuffix(" " + scores.info_sentence(lang))
