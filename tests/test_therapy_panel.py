"""The therapy panel: the person's record first, logging from a suggestion, rating."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QSpinBox

from bodymap.anatomy import therapies
from bodymap.store.service import utcnow
from bodymap.store.therapy_log import add_own_therapy, helped_here, log_use, rate_use
from bodymap.ui.therapy_panel import LogUseDialog, TherapyPanel

REGION = "neck_back.right"


def _read(qtbot, panel: TherapyPanel) -> None:
    """Until the panel's reads and writes on the worker have been delivered and drawn."""
    qtbot.waitUntil(lambda: not panel.ops.pending(), timeout=5000)


def _texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


@pytest.fixture
def filled(diary):
    p = diary.default_profile()
    ids = {t.key: t.id for t in therapies.ensure_catalogue(diary)}
    t0 = datetime(2024, 4, 1, 8)
    for i, (outcome, relief) in enumerate(
        [("better", 5), ("better", 4), ("same", 2), ("better", 3), ("better", 6),
         ("same", 1), ("better", 5)]
    ):
        use = log_use(diary, p.id, ids["heat"], t0 + timedelta(days=i), 120, [REGION], 20)
        rate_use(diary, use.id, outcome, relief)
    med = add_own_therapy(diary, "Secret pills", "medication")
    for i in range(4):
        use = log_use(diary, p.id, med.id, t0 + timedelta(days=i), 120, [REGION])
        rate_use(diary, use.id, "better", 9)
    return diary, p.id, ids


def test_panel_shows_what_helped_first_with_figures(qtbot, filled) -> None:
    diary, pid, _ = filled
    panel = TherapyPanel(diary, pid)
    qtbot.addWidget(panel)
    panel.show_for(REGION)
    _read(qtbot, panel)
    texts = _texts(panel._content)
    # First the short checklist "Anything else today?" (no warning raised here), then the record.
    assert texts[0] == "Anything else today?"
    start = texts.index("What has helped you here")
    assert texts[start + 1] == "Heat"
    assert texts[start + 2] == "better 5 of 7 times, mean relief 3.7/10"
    assert "Secret pills" not in " ".join(texts)
    assert texts.index("Also watch for these (what the marks cannot show)") > texts.index(
        "Commonly tried for this kind of pain"
    )
    cards = panel.all_cards()  # those folded away too
    assert all(card.suggestion.cautions for card in cards)
    assert all(card.caution_label.text().startswith("Take care:") for card in cards)


def test_logging_from_a_suggestion_writes_it(qtbot, filled) -> None:
    diary, pid, ids = filled
    panel = TherapyPanel(diary, pid)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_for(REGION)
    _read(qtbot, panel)
    card = next(c for c in panel.cards if c.suggestion.therapy_key == "massage_cane")
    qtbot.mouseClick(card.log_button, Qt.MouseButton.LeftButton)
    dialog = panel.findChild(LogUseDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.where_combo.currentData() == REGION
    dialog.minutes_spin.setValue(12)
    with qtbot.waitSignal(panel.use_logged, timeout=2000) as signal:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    use_id = signal.args[0]
    stats = {s.key: s for s in helped_here(diary, pid, [REGION])}
    assert stats["massage_cane"].uses == 1 and stats["massage_cane"].rated == 0
    with diary.session() as s:
        from bodymap.store.models import TherapyUse

        use = s.get(TherapyUse, use_id)
        assert use.therapy_id == ids["massage_cane"] and use.duration_minutes == 12
        assert [r.region_id for r in use.regions] == [REGION]
        assert abs(use.used_at - utcnow()) < timedelta(minutes=2)


def test_rating_from_the_unrated_list(qtbot, diary) -> None:
    p = diary.default_profile()
    ids = {t.key: t.id for t in therapies.ensure_catalogue(diary)}
    use = log_use(diary, p.id, ids["stretching"], utcnow() - timedelta(hours=2), 0, [REGION])
    panel = TherapyPanel(diary, p.id)
    qtbot.addWidget(panel)
    panel.show_for(REGION)
    _read(qtbot, panel)
    row = panel.unrated_rows[use.id]
    spin = row.findChild(QSpinBox, "relief")
    spin.setValue(7)
    with qtbot.waitSignal(panel.use_rated, timeout=2000):
        qtbot.mouseClick(row.findChild(QPushButton, "rate_better"), Qt.MouseButton.LeftButton)
    stats = helped_here(diary, p.id, [REGION])[0]
    assert (stats.rated, stats.better, stats.mean_relief) == (1, 1, 7.0)
    _read(qtbot, panel)
    assert use.id not in panel.unrated_rows


def test_log_dialog_refuses_bad_input_and_stays_open(qtbot, diary) -> None:
    calls = []

    def submit(when, region, minutes, dose, note):
        calls.append((region, minutes))
        return "regions: unknown region"

    dialog = LogUseDialog("Heat", [REGION], 20, submit)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.accept()
    assert calls == [(REGION, 20)]
    assert dialog.isVisible() and dialog.error_label.text() == "regions: unknown region"


def test_empty_panel_invites_a_selection(qtbot, diary) -> None:
    p = diary.default_profile()
    panel = TherapyPanel(diary, p.id)
    qtbot.addWidget(panel)
    _read(qtbot, panel)
    texts = " ".join(_texts(panel._content))
    assert "Select a region" in texts and "Call 112 now" in texts


def test_folded_cards_and_details_are_made_when_opened(qtbot, filled) -> None:
    """What is folded away (the supplements, the other muscles, a card's details) is made when
    the person opens it, and then shows as it would have."""
    diary, pid, _ = filled
    panel = TherapyPanel(diary, pid)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_for(REGION)
    _read(qtbot, panel)
    shown = list(panel.cards)
    assert shown and all(card.isVisibleTo(panel._content) for card in shown)
    assert all(card._details is None for card in shown)  # not made yet
    supplements = [s.therapy_key for s in panel.result.supplements]
    assert supplements and not any(c.suggestion.therapy_key in supplements for c in shown)
    panel.supplements_toggle.click()
    opened = [c for c in panel.cards if c.suggestion.therapy_key in supplements]
    assert [c.suggestion.therapy_key for c in opened] == supplements
    assert all(c.isVisibleTo(panel._content) for c in opened)
    panel.supplements_toggle.click()
    panel.supplements_toggle.click()  # opened again: the same cards, not made twice
    assert len(panel.all_cards()) == len(panel.cards)
    assert len([c for c in panel.cards if c.suggestion.therapy_key in supplements]) == len(supplements)
    card = shown[0]
    card.details_button.click()
    texts = _texts(card.details)
    assert card.details.isVisibleTo(card)
    assert any(t.startswith("How long: ") for t in texts) and "Cautions" in texts
    assert any(t == f"• {card.suggestion.cautions[0]}" for t in texts)


def test_a_region_is_drawn_a_piece_per_turn_and_is_complete_when_idle(qtbot, filled) -> None:
    diary, pid, _ = filled
    panel = TherapyPanel(diary, pid)
    qtbot.addWidget(panel)
    panel.show()
    turns: list[int] = []
    go_on = panel._go_on_drawing

    def counted(pieces, person_id) -> None:  # noqa: ANN001
        turns.append(len(panel.cards))
        go_on(pieces, person_id)

    panel._go_on_drawing = counted  # type: ignore[method-assign]
    with qtbot.waitSignal(panel.shown, timeout=10000):
        panel.show_for(REGION)
    _read(qtbot, panel)
    assert len(turns) >= 3 and turns == sorted(turns) and turns[0] < len(panel.cards)
    assert panel._drawing is None and panel.shown_person_id() == pid
    texts = _texts(panel._content)
    assert texts[0] == "Anything else today?" and texts.count("What has helped you here") == 1
    assert "Also watch for these (what the marks cannot show)" in texts  # the last piece
    layout = panel._content.layout()
    assert layout.itemAt(layout.count() - 1).spacerItem() is not None  # the stretch stays last
    title, keys = panel.title_label.text(), [c.suggestion.therapy_key for c in panel.cards]
    # another region picked while a drawing is under way: only that one ends up drawn, whole
    picked: list[str] = []

    def pick_midway(pieces, person_id) -> None:  # noqa: ANN001
        if not picked:
            picked.append(REGION)
            panel.point_at(REGION)  # its reading comes after this piece
        go_on(pieces, person_id)

    panel._go_on_drawing = pick_midway  # type: ignore[method-assign]
    panel.point_at("calf.left")
    qtbot.waitUntil(lambda: bool(picked), timeout=10000)
    _read(qtbot, panel)
    assert panel.region_id == REGION and panel._drawing is None
    assert panel.title_label.text() == title
    texts = _texts(panel._content)
    assert texts.count("What has helped you here") == 1
    assert "Also watch for these (what the marks cannot show)" in texts
    assert [c.suggestion.therapy_key for c in panel.cards] == keys
