"""The body-map widget: clicks, hover, zoom, pan and keyboard, driven through qtbot.

Clicks go through the real event path: ``qtbot.mouseClick(view.viewport(), ...,
pos=view.mapFromScene(x, y))``, so a wrong transform, a swallowed event or a bad hit test fails.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import random  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QWheelEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QToolTip  # noqa: E402

from bodymap.anatomy import regions as anatomy  # noqa: E402
from bodymap.commands import regions as regions_cmd  # noqa: E402
from bodymap.map import scene as scene_mod  # noqa: E402
from bodymap.map.view import MAX_ZOOM, ZOOM_STEP, BodyMapView  # noqa: E402
from bodymap.map.widget import BodyMapWidget  # noqa: E402


@pytest.fixture
def widget(qtbot):
    w = BodyMapWidget()
    qtbot.addWidget(w)
    w.resize(1200, 900)
    w.show()
    qtbot.waitExposed(w)
    return w


def _collect(signal):
    got = []
    signal.connect(lambda *args: got.append(args))
    return got


def _click(qtbot, view: BodyMapView, x: float, y: float) -> QPoint:
    pos = view.mapFromScene(QPointF(x, y))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    return pos


def _outside_point(view_id: str) -> tuple[float, float]:
    """A point of the viewBox that is not on the body (a corner strip)."""
    v = anatomy.VIEWS[view_id]
    for x, y in ((5, v.height - 5), (v.width - 5, v.height - 5), (5, 5), (v.width - 5, 5)):
        if anatomy.region_at(view_id, x, y) is None:
            return float(x), float(y)
    raise AssertionError(f"no empty corner in {view_id}")


# -- structure --------------------------------------------------------------------------------


def test_all_views_present_and_scene_rect_is_viewbox(widget):
    assert set(widget.views()) == set(anatomy.VIEWS)
    for view_id, view in widget.views().items():
        info = anatomy.VIEWS[view_id]
        rect = view.sceneRect()
        assert (rect.x(), rect.y(), rect.width(), rect.height()) == (0, 0, info.width, info.height)
        assert view.view_id == view_id
        assert view.cacheMode() == BodyMapView.CacheModeFlag.CacheNone


def test_layers_are_ordered():
    assert (
        scene_mod.BODY
        < scene_mod.REGION_OVERLAY
        < scene_mod.HIGHLIGHT
        < scene_mod.MARKS
        < scene_mod.LABELS
    )


def test_body_drawing_covers_viewbox(widget):
    scene = widget.view("front").body_scene()
    br = scene.body_item.sceneBoundingRect()
    info = anatomy.VIEWS["front"]
    assert br.width() == pytest.approx(info.width, rel=1e-3)
    assert br.height() == pytest.approx(info.height, rel=1e-3)
    assert scene.renderer.isValid()


def test_svg_source_prefers_resource_else_file():
    src = scene_mod.svg_source("front")
    if src.startswith(":/"):
        assert src == anatomy.VIEWS["front"].resource
    else:
        assert os.path.isfile(src)


def test_region_path_matches_hit_test(widget):
    scene = widget.view("front").body_scene()
    for rid in scene.region_ids():
        x, y = scene.inside_point(rid)
        path = scene.region_path(rid)
        assert path.fillRule() == Qt.FillRule.OddEvenFill
        assert path.contains(QPointF(x, y)), rid
    # cached: the same geometry comes back
    rid = scene.region_ids()[0]
    assert scene.region_path(rid) == scene.region_path(rid)


def test_side_labels_follow_the_patient(widget):
    """Front: the patient's R on the viewer's left; back and soles: on the viewer's right."""
    import re

    for view_id, r_on_left in (("front", True), ("back", False), ("soles", False)):
        scene = widget.view(view_id).body_scene()
        if scene.label_items:  # drawn by the scene
            xs = {item.text(): item.pos().x() for item in scene.label_items}
            assert all(item.zValue() == scene_mod.LABELS for item in scene.label_items)
        else:  # drawn by the SVG itself
            source = scene_mod.svg_source(view_id)
            assert scene_mod.svg_has_side_labels(source)
            text = scene_mod._read_text(source)
            xs = {
                m.group(2): float(m.group(1))
                for m in re.finditer(r'<text\b[^>]*\bx="([\d.]+)"[^>]*>\s*([RL])\s*</text>', text)
            }
        assert (xs["R"] < xs["L"]) is r_on_left, (view_id, xs)


# -- clicks ----------------------------------------------------------------------------------


def _check_clicks(qtbot, widget, view_id: str, region_ids: list[str]) -> list[str]:
    """Click every region's inside point at 'fit'; returns regions missed by pixel rounding."""
    view = widget.show_view(view_id)
    view.fit_to_window()
    got = _collect(widget.map_clicked)
    rounding_misses = []
    for rid in region_ids:
        x, y = anatomy.inside_point(view_id, rid)
        got.clear()
        pos = _click(qtbot, view, x, y)
        assert len(got) == 1, rid
        vid, cx, cy, reported = got[0]
        assert vid == view_id
        # the reported point is the clicked pixel, in map units
        tol = 1.0 / view.scale_factor() + 1e-6
        assert abs(cx - x) <= tol and abs(cy - y) <= tol, (rid, cx, cy, x, y)
        assert reported == anatomy.region_at(view_id, cx, cy)
        if reported != rid:
            # The pixel centre nearest the inside point fell outside a tiny region.
            sp = view.scene_point(QPointF(pos))
            assert anatomy.region_at(view_id, sp.x(), sp.y()) != rid
            rounding_misses.append(rid)
    return rounding_misses


def test_click_every_front_region_at_fit(qtbot, widget):
    ids = anatomy.regions_in_view("front")
    misses = _check_clicks(qtbot, widget, "front", ids)
    assert len(misses) <= 1, misses  # pixel rounding at ~0.8 px per map unit; 0 today


@pytest.mark.parametrize("view_id", ["back", "head_right", "head_left", "soles"])
def test_click_sample_of_other_views(qtbot, widget, view_id):
    ids = anatomy.regions_in_view(view_id)
    sample = ids if len(ids) <= 25 else random.Random(view_id).sample(ids, 25)
    misses = _check_clicks(qtbot, widget, view_id, sample)
    assert len(misses) <= 1, misses


def test_click_every_front_region_zoomed_in(qtbot, widget):
    """Zoomed in, every inside point is many pixels inside its region: all must hit."""
    view = widget.show_view("front")
    got = _collect(view.map_clicked)
    for rid in anatomy.regions_in_view("front"):
        x, y = anatomy.inside_point("front", rid)
        view.set_zoom(MAX_ZOOM)
        view.centerOn(x, y)
        got.clear()
        _click(qtbot, view, x, y)
        assert [g[3] for g in got] == [rid]


def test_click_outside_body_reports_none(qtbot, widget):
    for view_id in ("front", "back", "soles"):
        view = widget.show_view(view_id)
        got = _collect(widget.map_clicked)
        x, y = _outside_point(view_id)
        _click(qtbot, view, x, y)
        assert len(got) == 1 and got[0][0] == view_id and got[0][3] is None


def test_drag_is_not_a_click(qtbot, widget):
    view = widget.show_view("front")
    got = _collect(view.map_clicked)
    rid = anatomy.regions_in_view("front")[0]
    start = view.mapFromScene(QPointF(*anatomy.inside_point("front", rid)))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), start + QPoint(40, 40))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(40, 40))
    assert got == []


# -- hover ----------------------------------------------------------------------------------


def test_hover_highlights_and_names_region(qtbot, widget):
    view = widget.show_view("front")
    scene = view.body_scene()
    hovered = _collect(widget.region_hovered)
    status = _collect(widget.status_message)
    rid = "forehead" if "forehead" in anatomy.regions_in_view("front") else scene.region_ids()[0]
    pos = view.mapFromScene(QPointF(*anatomy.inside_point("front", rid)))
    qtbot.mouseMove(view.viewport(), pos)
    qtbot.waitUntil(lambda: view.hovered_region() == rid)
    assert hovered[-1] == ("front", rid)
    assert scene.highlighted_region == rid
    hover_item = scene._hover_item
    assert hover_item.isVisible() and hover_item.zValue() == scene_mod.HIGHLIGHT
    assert hover_item.path() == scene.region_path(rid)
    assert status[-1] == (anatomy.REGIONS[rid].label,)

    # tool tip names the region
    QToolTip.hideText()
    from PySide6.QtGui import QHelpEvent

    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    assert QToolTip.text() == anatomy.REGIONS[rid].label

    # off the body: highlight goes, signal says None, status clears
    ox, oy = _outside_point("front")
    qtbot.mouseMove(view.viewport(), view.mapFromScene(QPointF(ox, oy)))
    qtbot.waitUntil(lambda: view.hovered_region() is None)
    assert hovered[-1] == ("front", None)
    assert not hover_item.isVisible()
    assert status[-1] == ("",)


# -- zoom and pan ----------------------------------------------------------------------------


def test_zoom_in_out_fit_and_clamp(qtbot, widget):
    view = widget.show_view("front")
    fit = view.scale_factor()
    assert fit == pytest.approx(view.fit_scale())
    view.zoom_in()
    assert view.scale_factor() == pytest.approx(fit * ZOOM_STEP)
    for _ in range(30):
        view.zoom_in()
    assert view.scale_factor() == pytest.approx(fit * MAX_ZOOM)
    assert view.zoom() == pytest.approx(MAX_ZOOM)
    assert not widget.zoom_in_action.isEnabled()
    for _ in range(40):
        view.zoom_out()
    assert view.scale_factor() == pytest.approx(fit)
    view.set_zoom(3.0)
    widget.fit_action.trigger()
    assert view.scale_factor() == pytest.approx(fit)
    assert not view.user_zoomed()


def test_toolbar_acts_on_current_view(qtbot, widget):
    view = widget.show_view("head_right")
    fit = view.scale_factor()
    widget.zoom_in_action.trigger()
    assert view.scale_factor() == pytest.approx(fit * ZOOM_STEP)
    assert widget.view("front").zoom() == pytest.approx(1.0)
    widget.zoom_out_action.trigger()
    assert view.scale_factor() == pytest.approx(fit)


def test_keys_zoom(qtbot, widget):
    view = widget.show_view("front")
    fit = view.scale_factor()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.scale_factor() == pytest.approx(fit * ZOOM_STEP)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.scale_factor() == pytest.approx(fit)
    qtbot.keyClick(view, Qt.Key.Key_Equal)
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.scale_factor() == pytest.approx(fit)


def test_wheel_zoom_keeps_point_under_mouse(qtbot, widget):
    view = widget.show_view("front")
    fit = view.scale_factor()
    x, y = anatomy.inside_point("front", anatomy.regions_in_view("front")[0])
    pos = QPointF(view.mapFromScene(QPointF(x, y)))
    before = view.scene_point(pos)
    event = QWheelEvent(
        pos,
        QPointF(view.viewport().mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)
    assert view.scale_factor() == pytest.approx(fit * ZOOM_STEP**2)
    after = view.scene_point(pos)
    assert math.dist((before.x(), before.y()), (after.x(), after.y())) < 1.5


def test_resize_refits_until_user_zooms(qtbot, widget):
    view = widget.show_view("front")
    fit = view.scale_factor()
    widget.resize(800, 600)
    qtbot.waitUntil(lambda: view.scale_factor() != pytest.approx(fit))
    assert view.scale_factor() == pytest.approx(view.fit_scale())
    view.set_zoom(3.0)
    zoomed = view.scale_factor()
    widget.resize(1000, 800)
    QApplication.processEvents()
    assert view.scale_factor() == pytest.approx(zoomed)


def test_middle_drag_pans_without_clicking(qtbot, widget):
    view = widget.show_view("front")
    view.set_zoom(4.0)
    view.centerOn(300, 500)
    got = _collect(view.map_clicked)
    hbar, vbar = view.horizontalScrollBar(), view.verticalScrollBar()
    h0, v0 = hbar.value(), vbar.value()
    start = view.viewport().rect().center()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.MiddleButton, pos=start)
    qtbot.mouseMove(view.viewport(), start + QPoint(-50, -30))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.MiddleButton, pos=start + QPoint(-50, -30))
    assert (hbar.value(), vbar.value()) == (h0 + 50, v0 + 30)
    assert got == []


# -- keyboard --------------------------------------------------------------------------------


def test_arrow_keys_move_focus_region_and_enter_selects(qtbot, widget):
    view = widget.show_view("front")
    scene = view.body_scene()
    view.setFocus()
    # a region in the middle of the body, with neighbours in all four directions
    pts = [scene.inside_point(r) for r in scene.region_ids()]
    cx = sum(p[0] for p in pts) / len(pts)
    cy = sum(p[1] for p in pts) / len(pts)
    start = min(scene.region_ids(), key=lambda r: math.dist(scene.inside_point(r), (cx, cy)))
    view.set_focus_region(start)
    assert scene._focus_item.isVisible()
    for key, axis, sign in (
        (Qt.Key.Key_Up, 1, -1),
        (Qt.Key.Key_Down, 1, 1),
        (Qt.Key.Key_Left, 0, -1),
        (Qt.Key.Key_Right, 0, 1),
    ):
        view.set_focus_region(start)
        before = scene.inside_point(start)
        qtbot.keyClick(view, key)
        now = view.focus_region()
        assert now is not None and now != start, key
        after = scene.inside_point(now)
        assert (after[axis] - before[axis]) * sign > 0, (key, start, now)
        assert scene._focus_item.path() == scene.region_path(now)

    got = _collect(widget.map_clicked)
    target = view.focus_region()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    x, y = scene.inside_point(target)
    assert got == [("front", x, y, target)]
    got.clear()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert got == [("front", x, y, target)]


def test_arrow_walk_reaches_far_regions(qtbot, widget):
    """Walking down from the top of the head ends low on the body, not stuck half way."""
    view = widget.show_view("front")
    view.setFocus()
    scene = view.body_scene()
    top = min(scene.region_ids(), key=lambda r: scene.inside_point(r)[1])
    view.set_focus_region(top)
    for _ in range(40):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert scene.inside_point(view.focus_region())[1] > 0.8 * anatomy.VIEWS["front"].height


def test_tab_leaves_the_view(qtbot, widget):
    view = widget.show_view("front")
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert not view.hasFocus()


# -- CLI agrees with the widget --------------------------------------------------------------


def test_cli_agrees_with_widget_clicks(qtbot, widget, capsys):
    parser = argparse.ArgumentParser()
    regions_cmd.register(parser.add_subparsers())
    view = widget.show_view("front")
    got = _collect(view.map_clicked)
    rng = random.Random(3)
    info = anatomy.VIEWS["front"]
    points = [(rng.uniform(0, info.width), rng.uniform(0, info.height)) for _ in range(40)]
    for x, y in points:
        got.clear()
        _click(qtbot, view, x, y)
        (_vid, cx, cy, reported) = got[0]
        args = parser.parse_args(["locate", "front", repr(cx), repr(cy), "--json"])
        code = args.func(args)
        out = json.loads(capsys.readouterr().out)
        assert out["region"] == reported
        assert code == (0 if reported is not None else 1)

    args = parser.parse_args(["regions", "--view", "front", "--json"])
    assert args.func(args) == 0
    records = json.loads(capsys.readouterr().out)
    assert {r["id"] for r in records} == set(view.body_scene().region_ids())
    for rec in records:
        px, py = rec["geometry"]["front"]["inside_point"]
        assert view.body_scene().region_at(px, py) == rec["id"]


def test_colours_follow_a_dark_palette(widget):
    """Side labels and background come from the palette, so they stay legible on dark themes."""
    from PySide6.QtGui import QColor, QPalette

    view = widget.view("front")
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    view.setPalette(dark)
    scene = view.body_scene()
    assert scene.backgroundBrush().color() == QColor("#1e1e1e")
    for item in scene.label_items:  # only when the drawing has no labels of its own
        assert item.brush().color().lightness() > 180
    # the keyboard-focus dashes stay dark on the light body, with a light halo
    assert scene._focus_item.pen().color().lightness() < scene._focus_halo.pen().color().lightness()


def test_plus_with_shift_zooms_in(qtbot, widget):
    """'+' is Shift+= on many keyboards; it must zoom like '=' does."""
    view = widget.view("front")
    view.setFocus()
    before = view.zoom()
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ShiftModifier)
    assert view.zoom() > before


def test_keyboard_focus_starts_on_the_upper_body_and_is_named(qtbot, widget):
    from bodymap.anatomy import regions as anatomy

    messages = _collect(widget.status_message)
    view = widget.view("front")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    region = view.focus_region()
    assert region is not None
    _x, y = anatomy.inside_point("front", region)
    x0, y0, x1, y1 = anatomy.silhouette_bbox("front")
    assert y < y0 + (y1 - y0) * 0.6  # not the groin or the legs
    assert any(anatomy.REGIONS[region].label in m[0] for m in messages)


# -- start-up: views built when first needed (issue 18) ----------------------------------------


def test_only_the_body_tab_is_built_until_another_is_asked_for(qtbot):
    from bodymap.map.widget import TABS

    w = BodyMapWidget()
    qtbot.addWidget(w)
    w.resize(1200, 900)
    w.show()
    qtbot.waitExposed(w)
    assert set(w.built_views()) == {"front", "back"}
    # a tab shown builds its views, shown at once (before its first paint)
    w.tabs.setCurrentIndex(w.tabs.count() - 1)
    assert set(w.built_views()) == {"front", "back", "soles"}
    assert w.view("soles").isVisible()
    assert w.current_view().view_id == "soles"
    # a view asked for is built, its tab stays where it is
    head = w.view("head_left")
    assert head.view_id == "head_left" and not head.isVisible()
    assert w.tabs.currentIndex() == w.tabs.count() - 1
    # every view, in the order of the tabs
    assert list(w.views()) == [v for _tab, ids in TABS for v in ids if v in anatomy.VIEWS]
    assert set(w.built_views()) == set(anatomy.VIEWS)
    with pytest.raises(KeyError):
        w.view("no_such_view")


def test_lazy_views_name_every_view_and_make_one_only_when_it_is_looked_up(qtbot):
    from bodymap.map.widget import TABS

    w = BodyMapWidget()
    qtbot.addWidget(w)
    views = w.lazy_views()
    order = [v for _tab, ids in TABS for v in ids if v in anatomy.VIEWS]
    assert list(views) == order and len(views) == len(order)
    assert "soles" in views and "no_such_view" not in views
    assert set(w.built_views()) == {"front", "back"}  # naming them made none
    made: list[str] = []
    views.each_built(lambda view: made.append(view.view_id))
    assert made == ["front", "back"]  # the views made so far, at once
    soles = views["soles"]  # looked up: made now, and told
    assert soles is w.view("soles") and made == ["front", "back", "soles"]
    assert views.get("no_such_view") is None
    with pytest.raises(KeyError):
        views["no_such_view"]
    w.views()  # the rest, each told once
    assert sorted(made) == sorted(order)


@pytest.mark.parametrize("view_id", ["head_right", "head_left", "soles"])
def test_a_tab_built_when_shown_looks_as_one_built_at_once(qtbot, view_id):
    def shown(build_first: bool):
        w = BodyMapWidget()
        qtbot.addWidget(w)
        if build_first:
            w.views()
        w.resize(1200, 900)
        w.show()
        qtbot.waitExposed(w)
        w.show_view(view_id)
        qtbot.wait(50)  # the layout and the view's fit
        view = w.view(view_id)
        return view.geometry(), view.zoom(), view.grab().toImage()

    lazy, eager = shown(False), shown(True)
    assert lazy[0] == eager[0] and lazy[1] == eager[1]
    assert lazy[2] == eager[2]


def test_the_viewport_is_set_up_as_qts_own(qtbot, monkeypatch):
    """BodyMapView makes its own viewport (cheaper at start-up): the same widget as Qt's."""

    def state(view):
        vp = view.viewport()
        flags = {a.name: vp.testAttribute(a) for a in Qt.WidgetAttribute}
        return flags, (
            vp.objectName(), vp.backgroundRole(), vp.foregroundRole(), vp.autoFillBackground(),
            vp.hasMouseTracking(), vp.focusPolicy(), vp.focusProxy() is view, vp.acceptDrops(),
            vp.contextMenuPolicy(), vp.sizePolicy(), vp.minimumSize(), vp.maximumSize(),
            vp.cursor().shape(), vp.parent() is view, vp.geometry(), vp.isVisible(),
            vp.windowFlags(), vp.layoutDirection(), vp.palette() == view.palette(),
            type(vp), vp.children() == [],
        )

    def shown(view):
        qtbot.addWidget(view)
        view.resize(400, 500)
        view.show()
        qtbot.waitExposed(view)
        return state(view)

    ours = shown(BodyMapView("front"))
    monkeypatch.setattr(BodyMapView, "setViewport", lambda self, widget: None)
    qts = shown(BodyMapView("front"))  # the viewport QAbstractScrollArea made itself
    assert ours == qts
