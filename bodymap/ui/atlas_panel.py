"""The atlas panel: look a muscle up by any of its names and see its pattern on the map, or ask
"what could cause pain here?" for the regions picked on the map or a painted area."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from bodymap.anatomy import atlas
from bodymap.anatomy import regions as anatomy
from bodymap.i18n import formats
from bodymap.map.atlas_overlay import AtlasOverlay, sides_for
from bodymap.ui.labels import region_label


def muscle_name(muscle: atlas.Muscle) -> str:
    """The muscle's name in the language of the run (the atlas's content language)."""
    return muscle.name


def match_words(score: float) -> str:
    """A candidate's score in words (``atlas.likelihood``): how often the pain guides find this
    muscle behind pain there and how well its pattern fits - a ranking, not a diagnosis."""
    word = atlas.likelihood(score)
    if word == atlas.COMMON:
        return QCoreApplication.translate("AtlasPanel", "a common cause of pain here")
    if word == atlas.POSSIBLE:
        return QCoreApplication.translate("AtlasPanel", "possible")
    return QCoreApplication.translate("AtlasPanel", "rarely the cause")


def sources_html(muscle: atlas.Muscle) -> str:
    """The muscle's sources as full citations (an HTML list, links where there is an address)."""
    e = html.escape
    items = []
    for key in muscle.sources:
        src = atlas.source(key)
        head = e(src.author) + (f" ({e(src.year)})" if src.year else "")
        text = f"{head}. <i>{e(src.title)}</i>."
        if src.url:
            text += f' <a href="{e(src.url)}">{e(src.url)}</a>'
        items.append(f"<li>{text}</li>")
    return "<ul>" + "".join(items) + "</ul>"


class AtlasPanel(QWidget):
    #: A muscle is shown on the map (key, side).
    muscle_shown = Signal(str, str)
    #: The regions of the question changed (see :attr:`picked`).
    question_changed = Signal()

    def __init__(self, overlay: AtlasOverlay, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overlay = overlay
        self.picked: dict[str, float] = {}
        self.raised: list[object] = []  # the warnings on show (RaisedWarning)

        caution = QLabel(atlas.caution())
        caution.setObjectName("atlasCaution")
        caution.setWordWrap(True)
        self.caution = caution
        self._colour_caution()

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a muscle (English, Italian or Latin name)"))
        self.search.setClearButtonEnabled(True)
        self.muscle_list = QListWidget()
        # The panel's own lists and text scroll; the dock around it never needs to (no scroll
        # area inside a scroll area), so the minimum heights stay small.
        self.muscle_list.setMinimumHeight(60)
        self.muscle_list.setWordWrap(True)
        self.muscle_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        side_row = QHBoxLayout()
        side_row.addWidget(QLabel(self.tr("Side:")))
        self.side_group = QButtonGroup(self)
        for side, text in (("right", self.tr("Right")), ("left", self.tr("Left")), ("both", self.tr("Both"))):
            button = QRadioButton(text)
            button.setProperty("side", side)
            self.side_group.addButton(button)
            side_row.addWidget(button)
            if side == "right":
                button.setChecked(True)
        side_row.addStretch(1)
        self.clear_button = QPushButton(self.tr("Clear map"))
        side_row.addWidget(self.clear_button)

        self.details = QTextBrowser()
        self.details.setOpenExternalLinks(True)  # the sources link to their addresses
        self.details.setMinimumHeight(64)

        self.question = QLabel()
        self.question.setWordWrap(True)
        # Warning signs for the regions of the question: above the candidates, never folded.
        self.warning_facts: tuple[str, ...] = ()
        self.warning_age: int | None = None
        self.warnings_label = QLabel()
        self.warnings_label.setObjectName("atlasWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.RichText)
        self.warnings_label.hide()
        self.candidate_list = QListWidget()
        self.candidate_list.setMinimumHeight(60)
        self.candidate_list.setWordWrap(True)
        self.clear_pick = QPushButton(self.tr("Start a new question"))

        layout = QVBoxLayout(self)
        layout.addWidget(caution)
        heading = QLabel(self.tr("<b>What could cause pain here?</b>"))
        layout.addWidget(heading)
        layout.addWidget(self.question)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.candidate_list)
        layout.addWidget(self.clear_pick, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(QLabel(self.tr("<b>Muscles</b>")))
        layout.addWidget(self.search)
        layout.addWidget(self.muscle_list)
        layout.addLayout(side_row)
        layout.addWidget(self.details, 1)

        self.search.textChanged.connect(self._filter)
        self.muscle_list.currentItemChanged.connect(lambda item, _prev: self._muscle_selected(item))
        self.side_group.buttonClicked.connect(lambda _b: self._muscle_selected(self.muscle_list.currentItem()))
        self.clear_button.clicked.connect(self.clear_map)
        self.candidate_list.currentItemChanged.connect(lambda item, _prev: self._candidate_selected(item))
        self.clear_pick.clicked.connect(self.clear_question)
        self._filter("")
        self.clear_question()

    # -- muscles ----------------------------------------------------------------------------

    def side(self) -> str:
        button = self.side_group.checkedButton()
        return str(button.property("side")) if button else "right"

    def _filter(self, text: str) -> None:
        found = atlas.search(text) if text.strip() else atlas.muscles()
        self.muscle_list.clear()
        for muscle in sorted(found, key=muscle_name):
            item = QListWidgetItem(muscle_name(muscle))
            item.setToolTip(f"{atlas.other_name(muscle)} — {muscle.names['latin']}")
            item.setData(Qt.ItemDataRole.UserRole, muscle.key)
            self.muscle_list.addItem(item)

    def _muscle_selected(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.show_muscle(item.data(Qt.ItemDataRole.UserRole), self.side())

    def show_muscle(self, key: str, side: str) -> None:
        muscle = atlas.get(key)
        self.overlay.show(muscle, side)
        self.details.setHtml(self._describe(muscle, side))
        self.muscle_shown.emit(muscle.key, side)

    def clear_map(self) -> None:
        self.overlay.clear()
        self.details.clear()

    def start_new_question(self) -> None:
        """Another episode is open: its question starts empty and no pattern is drawn over it."""
        self.muscle_list.clearSelection()
        self.candidate_list.clearSelection()
        self.clear_map()
        self.clear_question()

    def _colour_caution(self) -> None:
        from bodymap.ui.palette import hint_colour

        colour = hint_colour(self.palette()).name()
        self.caution.setStyleSheet(f"color: {colour}; font-style: italic;")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour_caution()

    def _describe(self, muscle: atlas.Muscle, side: str) -> str:
        e = html.escape
        sites = [s for sd in sides_for(side) for s in muscle.sites(sd)]
        zones = [z for sd in sides_for(side) for z in muscle.zones(sd)]
        essential = sorted({region_label(z.region) for z in zones if z.strength == atlas.ESSENTIAL})
        spill = sorted({region_label(z.region) for z in zones if z.strength == atlas.SPILLOVER})
        parts = [
            f"<h3>{e(muscle_name(muscle))}</h3>",
            f"<p><i>{e(atlas.other_name(muscle))} · {e(muscle.names['latin'])}</i></p>",
            "<p><b>" + e(self.tr("Where to feel for its trigger points")) + "</b></p><ul>",
        ]
        parts += [f"<li>{e(s.text)} ({e(region_label(s.region))})</li>" for s in sites[: len(sites) // len(sides_for(side)) or 1]]
        parts.append("</ul>")
        parts.append("<p><b>" + e(self.tr("Pain is felt (solid, hatched)")) + ":</b> " + e(", ".join(essential) or "–") + "</p>")
        if spill:
            parts.append("<p><b>" + e(self.tr("Sometimes also (pale, dotted)")) + ":</b> " + e(", ".join(spill)) + "</p>")
        rule = self.tr("on the same side") if muscle.side_rule == "same" else self.tr("on both sides")
        parts.append("<p>" + e(self.tr("Pain is referred {rule}.").format(rule=rule)) + "</p>")
        if muscle.mistaken_for:
            parts.append("<p><b>" + e(self.tr("Often mistaken for")) + ":</b> " + e(", ".join(muscle.mistaken_for)) + "</p>")
        if muscle.perpetuated_by:
            parts.append("<p><b>" + e(self.tr("What keeps it going")) + ":</b> " + e("; ".join(muscle.perpetuated_by)) + "</p>")
        if muscle.self_care:
            parts.append("<p><b>" + e(self.tr("Self-care")) + "</b></p><ul>")
            parts += [f"<li><b>{e(label)}</b>: {e(v)}</li>" for _k, label, v in muscle.self_care_items()]
            parts.append("</ul>")
        if muscle.uncertain:
            parts.append("<p><i>" + e(self.tr("The sources disagree about parts of this pattern.")) + "</i></p>")
        parts.append("<p><small><b>" + e(self.tr("Sources")) + "</b></small></p><small>" + sources_html(muscle) + "</small>")
        return "".join(parts)

    # -- the question -------------------------------------------------------------------------

    def clear_question(self) -> None:
        self.picked = {}
        self._refresh_question()

    def add_region(self, region_id: str) -> None:
        """A region picked on the map joins the question (a second pick removes it)."""
        if region_id in self.picked:
            del self.picked[region_id]
        else:
            self.picked[region_id] = 1.0
        self._refresh_question()

    def ask_for_area(self, shares: dict[str, float]) -> None:
        """The question for a painted area: each region weighs by the share covered; a region
        the brush only grazed (under a sixth of the largest share) is left out, so a stroke
        that slips over the midline does not make a one-sided pain look two-sided."""
        known = {r: s for r, s in shares.items() if r in anatomy.REGIONS}
        top = max(known.values(), default=0.0)
        self.picked = {r: max(s, 0.02) for r, s in known.items() if s >= top / 6}
        self._refresh_question()

    def set_warning_facts(self, facts: tuple[str, ...] = (), age: int | None = None) -> None:
        """What the person told us (the therapy panel's checklist, their age) for the warnings."""
        self.warning_facts, self.warning_age = tuple(facts), age
        self._show_warnings()

    def _show_warnings(self) -> None:
        """The warning signs the picked regions raise, most urgent first, above the candidates."""
        from bodymap.anatomy import warnings as warning_rules

        raised = warning_rules.evaluate(
            list(self.picked), (), self.warning_facts, age=self.warning_age
        )
        self.raised = raised
        if not raised:
            self.warnings_label.clear()
            self.warnings_label.hide()
            return
        lang = "it" if QLocale().language() == QLocale.Language.Italian else "en"
        marks = {"emergency": "&#9940;", "today": "&#9888;", "soon": "&#9432;"}
        words = {
            "emergency": self.tr("EMERGENCY: call 112 now"),
            "today": self.tr("See a doctor today"),
            "soon": self.tr("See a doctor within days"),
        }
        rows = []
        for w in raised:
            border = {"emergency": "4px solid #c62828", "today": "3px dashed #d26a00",
                      "soon": "2px dotted #4a6fb5"}[w.urgency]
            rows.append(
                f"<div style='border-left:{border}; padding-left:6px; margin-bottom:6px'>"
                f"<b>{marks[w.urgency]} {html.escape(words[w.urgency])}</b><br>"
                f"<b>{html.escape(w.title.get(lang) or w.title['en'])}</b> "
                f"{html.escape(w.what.get(lang) or w.what['en'])} "
                f"<b>{html.escape(w.action.get(lang) or w.action['en'])}</b></div>"
            )
        self.warnings_label.setText(
            "<p><b>" + html.escape(self.tr("Read this first")) + "</b></p>" + "".join(rows)
        )
        self.warnings_label.show()

    def _refresh_question(self) -> None:
        self.question_changed.emit()
        self.candidate_list.clear()
        self._show_warnings()
        if not self.picked:
            self.question.setText(
                self.tr(
                    "With the Select tool, click the regions that hurt on the map (click again "
                    "to remove one), or select a painted area."
                )
            )
            return
        names = ", ".join(region_label(r) for r in self.picked)
        self.question.setText(self.tr("Pain in: {names}").format(names=names))
        for candidate in atlas.candidates(self.picked, limit=10):
            muscle = candidate.muscle
            side_text = {"right": self.tr("right"), "left": self.tr("left"), "both": self.tr("either side")}[candidate.side]
            matched = ", ".join(
                region_label(r)
                if s == atlas.ESSENTIAL
                else self.tr("{region} (at the trigger point)").format(region=region_label(r))
                if s == atlas.LOCAL
                else self.tr("{region} (sometimes)").format(region=region_label(r))
                for r, s in candidate.matched
            )
            sites = muscle.sites(sides_for(candidate.side)[0])
            where = sites[0].text if sites else ""
            item = QListWidgetItem(
                f"{muscle_name(muscle)} ({side_text}) — {match_words(candidate.score)}"
            )
            item.setToolTip(
                self.tr("Score {s}. Matches: {m}\nLook for it: {w}").format(
                    s=formats.percent(candidate.score), m=matched, w=where
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, (muscle.key, candidate.side))
            self.candidate_list.addItem(item)

    def _candidate_selected(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        key, side = item.data(Qt.ItemDataRole.UserRole)
        self.show_muscle(key, side)
