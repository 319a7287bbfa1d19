"""The body's outline in each view (``geometry.body_path``), which a painted area is clipped to."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath

from bodymap.anatomy import regions as anatomy
from bodymap.map import geometry


def _one_by_one(view: str) -> QPainterPath:
    """The union as it was first written: each region added to the body in turn."""
    body = QPainterPath()
    for region_id in anatomy.regions_in_view(view):
        body = body.united(geometry.region_path(view, region_id))
    return body.simplified()


@pytest.mark.parametrize("view", list(anatomy.VIEWS))
def test_the_outline_is_the_union_of_the_views_regions(qapp, view: str) -> None:
    body = geometry.body_path(view)
    expected = _one_by_one(view)
    # The same outline: nothing of one lies outside the other, and the same area.
    assert geometry.path_area(body.subtracted(expected)) == pytest.approx(0.0, abs=1e-6)
    assert geometry.path_area(expected.subtracted(body)) == pytest.approx(0.0, abs=1e-6)
    assert geometry.path_area(body) == pytest.approx(geometry.path_area(expected), rel=1e-9)
    for region_id in anatomy.regions_in_view(view):
        try:
            x, y = anatomy.inside_point(view, region_id)
        except KeyError:  # listed for the view but not drawn in it
            continue
        assert body.contains(QPointF(x, y)), region_id


def test_united_all_joins_any_number_of_paths(qapp) -> None:
    def square(x: float) -> QPainterPath:
        path = QPainterPath()
        path.addRect(x, 0.0, 10.0, 10.0)
        return path

    assert geometry.united_all([]).isEmpty()
    for count in (1, 2, 3, 5, 8):
        apart = geometry.united_all([square(20.0 * i) for i in range(count)])
        assert geometry.path_area(apart.simplified()) == pytest.approx(100.0 * count)
    # Overlapping squares, each 5 units along from the last: one strip, overlaps counted once.
    strip = geometry.united_all([square(5.0 * i) for i in range(7)]).simplified()
    assert geometry.path_area(strip) == pytest.approx(10.0 * (5.0 * 6 + 10.0))
