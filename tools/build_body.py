#!/usr/bin/env python3
"""Generate the bodymap body drawings and their region geometry.

Run from the repository root (deterministic, takes a few seconds)::

    .venv/bin/python tools/build_body.py            # write everything
    .venv/bin/python tools/build_body.py --check    # also verify the tiling on a fine raster

It writes

* ``assets/body/{front,back,head_right,head_left,soles}.svg`` -- plain SVG Tiny 1.2 drawings:
  a layer of region paths (``<path id="temple.left">``), a non-interactive layer of anatomical
  guide lines, the silhouette outline on top and the "R"/"L" side labels;
* ``bodymap/anatomy/data/region_geometry.json`` -- per view: viewBox, silhouette rings and bbox,
  and per region its polygon rings (0.1 unit), bbox and one inside point.

Method (see docs/drawing.md):

1. The outline is described by anatomical landmarks: half-widths at the heights of the classic
   proportions (head = 120 units, body about 7.5 heads), arm and hand landmarks in frames that
   follow the limb axes.  Smooth centripetal Catmull-Rom curves go through the landmarks; runs
   are split only at real corners (armpit, crotch, jaw/neck, wrist).
2. The right half is described in "d" coordinates (distance from the midline towards the
   patient's right) and mirrored; the front view maps d to x = 300 - d (patient's right on the
   viewer's left), the back view to x = 300 + d.
3. The silhouette is the union of the body loop, hands and ears (QPainterPath boolean ops,
   QtGui only).  It is cut into regions with cutting shapes (bands, half-planes, ellipses,
   strips that follow the limbs): each region takes ``rest & shape`` and the rest loses it, so
   the regions are disjoint and their union is the silhouette.
4. Region rings are written both as SVG path data and as polygons in the JSON; the hit test in
   ``bodymap/anatomy/regions.py`` uses the JSON with an even-odd rule.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from PySide6.QtCore import QPointF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QColor,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPolygonF,
)

ROOT = Path(__file__).resolve().parents[1]
ASSETS = ROOT / "assets" / "body"
JSON_OUT = ROOT / "bodymap" / "anatomy" / "data" / "region_geometry.json"

Pt = tuple[float, float]
Ring = list[Pt]

# ----------------------------------------------------------------------------- style
FILL = "#f4efe9"
REGION_STROKE = "#b8afa5"
REGION_STROKE_W = 0.7
OUTLINE = "#564e46"
OUTLINE_W = 1.8
GUIDE = "#9d9389"
GUIDE_W = 0.9
LABEL = "#564e46"

VIEWBOX = {
    "front": (600.0, 1000.0),
    "back": (600.0, 1000.0),
    "head_right": (500.0, 500.0),
    "head_left": (500.0, 500.0),
    "soles": (400.0, 500.0),
}
TITLES = {
    "front": "Body, front view (patient's right on the viewer's left)",
    "back": "Body, back view (patient's right on the viewer's right)",
    "head_right": "Head and neck, right side",
    "head_left": "Head and neck, left side",
    "soles": "Soles of the feet, seen from below",
}

# ----------------------------------------------------------------------------- curves


def _lerp(a: Pt, b: Pt, t: float) -> Pt:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def _dist(a: Pt, b: Pt) -> float:
    return math.hypot(b[0] - a[0], b[1] - a[1])


def _cr_point(p0: Pt, p1: Pt, p2: Pt, p3: Pt, t: float) -> Pt:
    """Centripetal Catmull-Rom (Barry-Goldman) between p1 and p2, t in [0, 1]."""

    def knot(a: Pt, b: Pt) -> float:
        return max(_dist(a, b) ** 0.5, 1e-6)

    t0 = 0.0
    t1 = t0 + knot(p0, p1)
    t2 = t1 + knot(p1, p2)
    t3 = t2 + knot(p2, p3)
    tt = t1 + (t2 - t1) * t
    a1 = _lerp(p0, p1, (tt - t0) / (t1 - t0))
    a2 = _lerp(p1, p2, (tt - t1) / (t2 - t1))
    a3 = _lerp(p2, p3, (tt - t2) / (t3 - t2))
    b1 = _lerp(a1, a2, (tt - t0) / (t2 - t0))
    b2 = _lerp(a2, a3, (tt - t1) / (t3 - t1))
    return _lerp(b1, b2, (tt - t1) / (t2 - t1))


def spline(pts: Sequence[Pt], closed: bool = False, step: float = 1.2) -> Ring:
    """Dense polyline through ``pts`` (centripetal Catmull-Rom)."""
    p = [tuple(map(float, q)) for q in pts]
    n = len(p)
    if n < 2:
        return list(p)  # type: ignore[arg-type]
    if closed:
        ext = [p[-1], *p, p[0], p[1]]
        segs = n
    else:
        first = (2 * p[0][0] - p[1][0], 2 * p[0][1] - p[1][1])
        last = (2 * p[-1][0] - p[-2][0], 2 * p[-1][1] - p[-2][1])
        ext = [first, *p, last]
        segs = n - 1
    out: Ring = []
    for i in range(segs):
        a, b, c, d = ext[i], ext[i + 1], ext[i + 2], ext[i + 3]
        k = max(2, math.ceil(_dist(b, c) / step))
        for j in range(k):
            out.append(_cr_point(a, b, c, d, j / k))  # type: ignore[arg-type]
    if not closed:
        out.append(p[-1])  # type: ignore[arg-type]
    return out


def smooth_loop(points: Sequence[Pt], corners: Iterable[int] = ()) -> Ring:
    """Closed smooth loop through ``points``; indices in ``corners`` are sharp."""
    cs = sorted(set(corners))
    if not cs:
        return spline(points, closed=True)
    n = len(points)
    out: Ring = []
    for k, c in enumerate(cs):
        nxt = cs[(k + 1) % len(cs)]
        idx = list(range(c, nxt + 1)) if nxt > c else list(range(c, n)) + list(range(0, nxt + 1))
        run = spline([points[i] for i in idx])
        out.extend(run[:-1])
    return out


def ellipse_pts(cx: float, cy: float, rx: float, ry: float, n: int = 96, rot: float = 0.0) -> Ring:
    c, s = math.cos(rot), math.sin(rot)
    out = []
    for i in range(n):
        a = 2 * math.pi * i / n
        x, y = rx * math.cos(a), ry * math.sin(a)
        out.append((cx + x * c - y * s, cy + x * s + y * c))
    return out


def capsule(a: Pt, b: Pt, ra: float, rb: float, n: int = 20) -> Ring:
    """Rounded tapering finger from a (radius ra) to b (radius rb)."""
    ang = math.atan2(b[1] - a[1], b[0] - a[0])
    out: Ring = []
    for i in range(n + 1):  # cap around b
        t = ang - math.pi / 2 + math.pi * i / n
        out.append((b[0] + rb * math.cos(t), b[1] + rb * math.sin(t)))
    for i in range(n + 1):  # cap around a
        t = ang + math.pi / 2 + math.pi * i / n
        out.append((a[0] + ra * math.cos(t), a[1] + ra * math.sin(t)))
    return out


class Frame:
    """Local frame along a limb: u along the axis, v lateral (towards larger d)."""

    def __init__(self, origin: Pt, toward: Pt) -> None:
        self.o = origin
        length = _dist(origin, toward)
        self.a = ((toward[0] - origin[0]) / length, (toward[1] - origin[1]) / length)
        # lateral normal pointing to larger d
        n = (self.a[1], -self.a[0])
        if n[0] < 0:
            n = (-n[0], -n[1])
        self.n = n
        self.length = length

    def p(self, u: float, v: float) -> Pt:
        return (
            self.o[0] + u * self.a[0] + v * self.n[0],
            self.o[1] + u * self.a[1] + v * self.n[1],
        )

    def rotated(self, deg: float, origin: Pt | None = None) -> Frame:
        o = origin if origin is not None else self.o
        r = math.radians(deg)
        # positive deg turns the axis towards the lateral side
        ax = self.a[0] * math.cos(r) + self.n[0] * math.sin(r)
        ay = self.a[1] * math.cos(r) + self.n[1] * math.sin(r)
        return Frame(o, (o[0] + ax * 100, o[1] + ay * 100))

    def halfplane(self, u0: float, u1: float, v0: float = -400, v1: float = 400) -> Ring:
        return [self.p(u0, v0), self.p(u1, v0), self.p(u1, v1), self.p(u0, v1)]


# ----------------------------------------------------------------------------- Qt paths


def path_of(*rings: Sequence[Pt]) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for ring in rings:
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in ring]))
        path.closeSubpath()
    return path


def union(*paths: QPainterPath) -> QPainterPath:
    out = QPainterPath()
    for p in paths:
        out = out.united(p)
    return out


def ring_area(r: Sequence[Pt]) -> float:
    s = 0.0
    for i in range(len(r)):
        x0, y0 = r[i - 1]
        x1, y1 = r[i]
        s += x0 * y1 - x1 * y0
    return s / 2


def rings_of(path: QPainterPath) -> list[Ring]:
    out: list[Ring] = []
    for poly in path.toSubpathPolygons():
        pts = [(p.x(), p.y()) for p in poly]
        if len(pts) > 1 and _dist(pts[0], pts[-1]) < 1e-9:
            pts.pop()
        if len(pts) >= 3 and abs(ring_area(pts)) > 0.05:
            out.append(pts)
    return out


def _in_ring(p: Pt, ring: Sequence[Pt]) -> bool:
    x, y = p
    inside = False
    n = len(ring)
    for i in range(n):
        ax, ay = ring[i - 1]
        bx, by = ring[i]
        if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
            inside = not inside
    return inside


def path_area(path: QPainterPath) -> float:
    """Even-odd area of a path made of non-crossing rings (nesting depth decides holes)."""
    rings = rings_of(path)
    total = 0.0
    for i, r in enumerate(rings):
        probe = ((r[0][0] + r[1][0]) / 2, (r[0][1] + r[1][1]) / 2)
        depth = sum(1 for j, o in enumerate(rings) if j != i and _in_ring(probe, o))
        total += abs(ring_area(r)) * (1 if depth % 2 == 0 else -1)
    return total


def _shifted(path: QPainterPath, k: int) -> QPainterPath:
    ang = 2.399963 * k  # golden angle: a different tiny nudge per attempt
    return path.translated(0.003 * k * math.cos(ang), 0.003 * k * math.sin(ang))


def safe_intersect(a: QPainterPath, b: QPainterPath) -> QPainterPath:
    """a & b, cross-checked with a - b by area; retried with a tiny nudge of b when
    QPathClipper returns nonsense (it does, rarely, on near-degenerate input)."""
    area_a = path_area(a)
    for k in range(16):
        bb = b if k == 0 else _shifted(b, k)
        r = a.intersected(bb)
        ar = path_area(r)
        if ar < -0.01 or ar > area_a + 0.5:
            continue
        rest = a.subtracted(bb)
        if abs(ar + path_area(rest) - area_a) < 0.5 + 1e-6 * area_a:
            return r
    raise RuntimeError("boolean intersection failed")


def safe_subtract(a: QPainterPath, b: QPainterPath) -> QPainterPath:
    """a - b where b is a part of a; checked by area."""
    area_a, area_b = path_area(a), path_area(b)
    for k in range(12):
        bb = b if k == 0 else _shifted(b, k)
        r = a.subtracted(bb)
        if abs(path_area(r) - (area_a - area_b)) < 0.5 + 1e-6 * area_a:
            return r
    raise RuntimeError("boolean subtraction failed")


# ----------------------------------------------------------------------------- mapping

Mapper = Callable[[Pt], Pt]


def d_mapper(view: str, side: str) -> Mapper:
    """Map d-space (d = distance from the midline towards the patient's side) to view x."""
    sign_front = -1.0 if side == "right" else 1.0
    sign = sign_front if view == "front" else -sign_front

    def f(p: Pt) -> Pt:
        return (300.0 + sign * p[0], p[1])

    return f


def mapped(ring: Sequence[Pt], m: Mapper) -> Ring:
    return [m(p) for p in ring]


def sym(ring: Sequence[Pt]) -> Ring:
    """Make a symmetric ring from a right-half chain going from d=0 to d=0 via d>0."""
    right = list(ring)
    left = [(-x, y) for x, y in reversed(right)]
    return right + left


# ----------------------------------------------------------------------------- body model
# All landmark tables are for the patient's right half in d-space (d >= 0).
H = 120.0  # head height in units; vertex at y=40, soles at y~955 -> about 7.6 heads

S = (97.0, 238.0)  # shoulder joint
ARM_UP = Frame(S, (S[0] + 165 * math.sin(math.radians(15.5)), S[1] + 165 * math.cos(math.radians(15.5))))
E = ARM_UP.p(ARM_UP.length, 0)
ARM_FORE = Frame(E, (E[0] + 142 * math.sin(math.radians(18.5)), E[1] + 142 * math.cos(math.radians(18.5))))
W = ARM_FORE.p(ARM_FORE.length, 0)
HAND = Frame(W, (W[0] + 100 * math.sin(math.radians(15.0)), W[1] + 100 * math.cos(math.radians(15.0))))

HK = 1.08  # hand scale: hand length about 0.8 head, as long as the face
FINGERS = [  # (v at the knuckle, length, radius at base, radius at tip, splay deg)
    (-13.5, 30, 4.6, 3.9, -7.0),
    (-4.6, 38, 5.0, 4.2, -2.5),
    (4.6, 41, 5.2, 4.4, 1.5),
    (13.5, 37, 5.0, 4.2, 5.5),
]

UP_LAT = [(14, 26), (35, 26.5), (60, 24.0), (80, 21.5), (110, 21.5), (140, 20.5), (160, 20.0)]
UP_MED = [(38, 18.5), (60, 20.5), (95, 21.5), (125, 19.5), (150, 18.0)]
FORE_LAT = [(8, 20.5), (30, 22.5), (62, 19.5), (100, 16.0), (128, 14.0), (142, 13.5)]
FORE_MED = [(142, 12.5), (120, 13.5), (85, 17.0), (45, 20.5), (18, 20.0), (2, 18.0)]

HEAD_RIGHT: list[Pt] = [
    (0, 40), (25, 43.5), (38, 53), (45, 68), (47.5, 88), (46.5, 108), (44, 124), (40.5, 136),
    (35, 146.5),
]
JAW_NECK: Pt = (31, 153)
NECK_SHOULDER: list[Pt] = [
    (28.5, 166), (29.2, 178), (32.5, 189), (41, 197), (58, 203.5), (80, 209.5), (99, 216.5),
    (113, 226),
]
ARMPIT: Pt = (89.5, 270)
TRUNK_SIDE: list[Pt] = [
    (87.5, 285), (87.5, 305), (84, 335), (77, 362), (74, 382), (77, 405), (86, 432),
    (92.5, 458), (95, 485),
]
LEG_OUTER: list[Pt] = [
    (94, 510), (90.5, 545), (85, 590), (78, 635), (70.5, 678), (66, 703), (64, 722),
    (65.5, 742), (69.5, 768), (68.5, 797), (63, 830), (56.5, 864), (52.5, 886), (55.5, 900),
]
LEG_INNER_UP: list[Pt] = [  # from the ankle up to the crotch
    (23, 905), (21, 890), (20, 865), (14.5, 832), (8.5, 800), (7, 774), (9.5, 750), (11, 735),
    (7.5, 718), (8.5, 698), (10, 676), (9.5, 640), (7.5, 600), (4.5, 560), (2.5, 538),
]
CROTCH: Pt = (0, 526)
# front face (d-space, both signs of d where the shape crosses the midline)
NOSE_FRONT: list[Pt] = [  # root between the brows, bridge, alae, columella
    (-4, 90), (4, 90), (5.3, 101), (7, 111), (10, 117.5), (11.5, 122.5), (9.5, 126.5),
    (4.5, 127), (0, 128.3), (-4.5, 127), (-9.5, 126.5), (-11.5, 122.5), (-10, 117.5),
    (-7, 111), (-5.3, 101),
]
ORBIT_FRONT: list[Pt] = [  # under the brow, round the eye socket to the cheekbone
    (6, 92), (13, 89.5), (22, 89.3), (30, 91.5), (34, 97), (32.5, 104), (26.5, 108.5),
    (18, 109.5), (10.5, 107), (6.5, 101),
]
BROW_FRONT: list[Pt] = [  # the eyebrow band: over the brow, down to just above the lid crease
    (5, 89), (12, 84), (20, 82.8), (28, 84), (33.5, 88), (34.5, 93), (31, 92.6), (26, 91.2),
    (19, 90.6), (12.5, 91.2), (6.5, 93),
]
# (cx, cy, rx, ry) of the ellipses round the ankle bones (d-space), front and back views
MALLEOLUS_OUTER = (50.5, 898.0, 9.0, 13.0)
MALLEOLUS_INNER = (25.5, 893.0, 9.0, 13.0)
LIPS: list[Pt] = [  # upper lip with the cupid's bow, lower lip
    (0, 135.4), (3.8, 134.3), (8, 135.1), (12, 137.8), (14, 139.8), (10.5, 142.3),
    (5.5, 144.2), (0, 144.8), (-5.5, 144.2), (-10.5, 142.3), (-14, 139.8), (-12, 137.8),
    (-8, 135.1), (-3.8, 134.3),
]
FOOT_FRONT: list[Pt] = [  # from outer ankle round the toes to the inner ankle
    (57.5, 912), (63, 924), (70, 936), (76, 946), (76.5, 952), (71, 955), (62, 957.5),
    (50, 961), (38, 964.5), (27, 965.5), (19, 962), (16, 953), (17, 940), (20.5, 926),
    (22.5, 916),
]
FOOT_BACK: list[Pt] = [  # heel seen from behind
    (57.5, 912), (59, 926), (57, 941), (50.5, 952), (40, 957.5), (28, 956), (21, 947),
    (19.5, 933), (22, 918),
]


def arm_lateral() -> list[Pt]:
    pts = [ARM_UP.p(u, w) for u, w in UP_LAT]
    pts += [ARM_FORE.p(u, w) for u, w in FORE_LAT]
    return pts


def arm_medial() -> list[Pt]:  # from the wrist up to the armpit
    pts = [ARM_FORE.p(u, -w) for u, w in FORE_MED]
    pts += [ARM_UP.p(u, -w) for u, w in reversed(UP_MED)]
    return pts


def body_loop(view: str) -> tuple[list[Pt], list[int]]:
    """Landmark loop of head+neck+trunk+arms+legs in d-space (both halves), with corners."""
    foot = FOOT_FRONT if view == "front" else FOOT_BACK
    right: list[Pt] = []
    corners_r: list[int] = []
    right += HEAD_RIGHT[1:]
    corners_r.append(len(right))
    right.append(JAW_NECK)
    right += NECK_SHOULDER
    lat = arm_lateral()
    right += lat
    corners_r.append(len(right) - 1)  # wrist lateral
    med = arm_medial()
    corners_r.append(len(right))  # wrist medial
    right += med
    corners_r.append(len(right))
    right.append(ARMPIT)
    right += TRUNK_SIDE
    right += LEG_OUTER
    right += foot
    right += LEG_INNER_UP
    # assemble: vertex, right half, crotch, left half reversed
    pts: list[Pt] = [HEAD_RIGHT[0]]
    corners: list[int] = []
    off = 1
    pts += right
    corners += [c + off for c in corners_r]
    pts.append(CROTCH)
    crotch_i = len(pts) - 1
    corners.append(crotch_i)
    n_right = len(right)
    left = [(-x, y) for x, y in reversed(right)]
    pts += left
    corners += [crotch_i + 1 + (n_right - 1 - c) for c in corners_r]
    return pts, corners


def hp(u: float, v: float) -> Pt:
    """A point of the right hand in its frame, in units of the unscaled hand."""
    return HAND.p(u * HK, v * HK)


def finger_axes() -> list[tuple[Frame, float]]:
    """(frame at the knuckle along the finger, finger length) for the four fingers."""
    return [(HAND.rotated(splay, hp(47, v)), length * HK)
            for v, length, _r0, _r1, splay in FINGERS]


def hand_shape() -> list[Ring]:
    """Right hand in d-space, palm forward; the thumb is lateral (larger d)."""
    palm = [
        hp(-10, -12.5), hp(6, -17.5), hp(26, -20.5), hp(42, -20.0), hp(51, -17.5),
        hp(54, -6), hp(54, 6), hp(51, 16.5), hp(40, 20.5), hp(24, 21.5), hp(10, 19.5),
        hp(-10, 13.5),
    ]
    rings = [spline(palm, closed=True)]
    for v, length, r0, r1, splay in FINGERS:
        base = hp(47, v)
        f = HAND.rotated(splay, base)
        rings.append(capsule(base, f.p(length * HK, 0), r0 * HK, r1 * HK))
    t = thumb_frame()
    rings.append(capsule(t.o, t.p(40 * HK, 0), 8.0 * HK, 5.3 * HK))
    return rings


def thumb_frame() -> Frame:
    return HAND.rotated(27, hp(9, 12.5))


def ear_front() -> Ring:
    return spline([(45, 91), (50.5, 93), (53.5, 102), (52.5, 116), (49.5, 127), (45, 131)],
                  ) + [(40, 126), (40, 96)]


def interp_edge(pts: Sequence[Pt], y: float) -> float:
    """Linear interpolation of d along a landmark chain sorted by y."""
    q = sorted(pts, key=lambda p: p[1])
    if y <= q[0][1]:
        return q[0][0]
    for a, b in zip(q, q[1:], strict=False):
        if a[1] <= y <= b[1]:
            t = (y - a[1]) / (b[1] - a[1]) if b[1] != a[1] else 0.0
            return a[0] + (b[0] - a[0]) * t
    return q[-1][0]


Frac = float | Callable[[float], float]


def bulge(base: float, amount: float, y0: float, y1: float) -> Callable[[float], float]:
    """A width fraction that swells by ``amount`` midway between y0 and y1 (muscle bellies)."""

    def f(y: float) -> float:
        t = min(max((y - y0) / (y1 - y0), 0.0), 1.0)
        return base + amount * math.sin(math.pi * t)

    return f


def taper(a: float, b: float, y0: float, y1: float) -> Callable[[float], float]:
    """A width fraction easing from a (at y0) to b (at y1)."""

    def f(y: float) -> float:
        t = min(max((y - y0) / (y1 - y0), 0.0), 1.0)
        return a + (b - a) * (0.5 - 0.5 * math.cos(math.pi * t))

    return f


def knee_band(top: Sequence[Pt], bottom: Sequence[Pt]) -> Ring:
    """Band across the right leg between two curves given from the inner to the outer side."""
    return [*spline(top), *reversed(spline(bottom))]


def leg_strip(f0: Frac, f1: Frac, y0: float, y1: float) -> Ring:
    """Strip of the right leg between fractions f0..f1 of the width (0 = inner edge);
    a fraction may vary with y so that borders follow the muscles."""
    outer = [(94, 490), *LEG_OUTER, (56, 930)]
    inner = [(0.5, 526), *LEG_INNER_UP, (22, 930)]

    def d_at(fr: Frac, y: float) -> float:
        f = fr(y) if callable(fr) else fr
        if f <= 0:
            return 0.0
        if f >= 1:
            return 300.0
        di, do = interp_edge(inner, y), interp_edge(outer, y)
        return di + f * (do - di)

    ys = [y0 + (y1 - y0) * i / 40 for i in range(41)]
    left_side = [(d_at(f0, y), y) for y in ys]
    right_side = [(d_at(f1, y), y) for y in reversed(ys)]
    return left_side + right_side


def rect(d0: float, d1: float, y0: float, y1: float) -> Ring:
    return [(d0, y0), (d1, y0), (d1, y1), (d0, y1)]


def above(curve: Sequence[Pt], top: float = -200.0) -> Ring:
    c = list(curve)
    return [(c[0][0], top), *c, (c[-1][0], top)]


def below(curve: Sequence[Pt], bottom: float = 1200.0) -> Ring:
    c = list(curve)
    return [(c[0][0], bottom), *c, (c[-1][0], bottom)]


RIGHT_HALF = rect(0, 400, -200, 1200)


# ----------------------------------------------------------------------------- cutting


def components(path: QPainterPath) -> list[QPainterPath]:
    """Split a boolean-op result into connected pieces (outer ring + its holes)."""
    rings = rings_of(path)
    depth = []
    for i, r in enumerate(rings):
        probe = ((r[0][0] + r[1][0]) / 2, (r[0][1] + r[1][1]) / 2)
        depth.append([j for j, o in enumerate(rings) if j != i and _in_ring(probe, o)])
    outers = [i for i in range(len(rings)) if len(depth[i]) % 2 == 0]
    groups: dict[int, list[Ring]] = {i: [rings[i]] for i in outers}
    for i in range(len(rings)):
        if len(depth[i]) % 2 == 1:
            owner = min(depth[i], key=lambda j: abs(ring_area(rings[j])))
            groups[owner].append(rings[i])
    out = []
    for rs in groups.values():
        p = path_of(*rs)
        p.setFillRule(Qt.FillRule.OddEvenFill)
        out.append(p)
    return out


def split(a: QPainterPath, b: QPainterPath) -> tuple[QPainterPath, QPainterPath]:
    """(a & b, a - b) for a connected piece a, checked by area.

    QPathClipper rarely returns nonsense on near-degenerate input; then b is nudged by a few
    thousandths of a unit and the operation retried.  Both results come from the same b, so
    the cut edge they share is identical.
    """
    area_a = path_area(a)
    for k in range(24):
        bb = b if k == 0 else _shifted(b, k)
        inter = a.intersected(bb)
        ai = path_area(inter)
        if ai < -0.01 or ai > area_a + 0.5:
            continue
        rest = a.subtracted(bb)
        if abs(ai + path_area(rest) - area_a) < 0.5 + 1e-6 * area_a:
            return inter, rest
    raise RuntimeError("boolean operation failed")


class Cutter:
    """Assign pieces of ``rest`` to regions; pieces are disjoint and cover the silhouette."""

    def __init__(self, silhouette: QPainterPath) -> None:
        self.rest: list[QPainterPath] = components(silhouette)
        self.pieces: dict[str, QPainterPath] = {}
        self.order: list[str] = []

    def rest_area(self) -> float:
        return sum(path_area(p) for p in self.rest)

    def take(self, rid: str, shape: QPainterPath, within: QPainterPath | None = None) -> None:
        if within is not None:
            shape = safe_intersect(within, shape)
        box = shape.boundingRect()
        piece = QPainterPath()
        piece.setFillRule(Qt.FillRule.OddEvenFill)
        new_rest: list[QPainterPath] = []
        got = False
        for comp in self.rest:
            if not comp.boundingRect().intersects(box):
                new_rest.append(comp)
                continue
            inter, rest = split(comp, shape)
            if path_area(inter) < 0.05:
                new_rest.append(comp)
                continue
            got = True
            for r in rings_of(inter):
                piece.addPolygon(QPolygonF([QPointF(x, y) for x, y in r]))
                piece.closeSubpath()
            new_rest.extend(components(rest))
        if not got:
            return
        self.rest = new_rest
        if rid in self.pieces:
            self.pieces[rid].addPath(piece)
        else:
            self.pieces[rid] = piece
            self.order.append(rid)


def paired(view: str) -> Callable[[Sequence[Pt] | list[Sequence[Pt]]], dict[str, QPainterPath]]:
    """Return a function turning a right-half d-space shape into both sides' view paths."""

    def f(shape: Sequence[Pt] | list[Sequence[Pt]]) -> dict[str, QPainterPath]:
        rings = shape if shape and isinstance(shape[0][0], (list, tuple)) else [shape]
        out = {}
        for side in ("right", "left"):
            m = d_mapper(view, side)
            half = path_of(mapped(RIGHT_HALF, m))
            p = path_of(*[mapped(r, m) for r in rings])  # type: ignore[arg-type]
            out[side] = p.intersected(half)
        return out

    return f


def mid(view: str, ring: Sequence[Pt]) -> QPainterPath:
    """A midline shape given in d-space (both signs of d)."""
    return path_of(mapped(ring, d_mapper(view, "left")))


# ----------------------------------------------------------------------------- whole body


def whole_body_silhouette(view: str) -> tuple[QPainterPath, dict[str, Ring]]:
    pts, corners = body_loop(view)
    loop = smooth_loop(pts, corners)
    # signed d: positive = patient's right.  Map with the right-side mapper.
    mr = d_mapper(view, "right")
    loop_xy = [mr(p) for p in loop]
    parts = [path_of(loop_xy)]
    extras: dict[str, Ring] = {}
    for side in ("right", "left"):
        ms = d_mapper(view, side)
        for r in hand_shape():
            parts.append(path_of(mapped(r, ms)))
        parts.append(path_of(mapped(ear_front(), ms)))
    sil = union(*parts).simplified()
    return sil, extras


def cut_whole_body(view: str, sil: QPainterPath) -> Cutter:
    c = Cutter(sil)
    P = paired(view)
    front = view == "front"

    def take_pair(name: str, shape: Sequence[Pt] | list[Sequence[Pt]],
                  within: dict[str, QPainterPath] | None = None) -> None:
        sides = P(shape)
        for side in ("right", "left"):
            c.take(f"{name}.{side}", sides[side], None if within is None else within[side])

    def take_mid(name: str, ring: Sequence[Pt], within: QPainterPath | None = None) -> None:
        c.take(name, mid(view, ring), within)

    # ---- head (above the jaw line / hairline)
    if front:
        jaw = [(-120, 130), (-60, 134), (-42, 140), (-34, 147), (-26, 154), (-14, 160), (0, 162),
               (14, 160), (26, 154), (34, 147), (42, 140), (60, 134), (120, 130)]
    else:
        jaw = [(-120, 128), (-60, 132), (-44, 140), (-32, 148), (-18, 152), (0, 153),
               (18, 152), (32, 148), (44, 140), (60, 132), (120, 128)]
    head_zone = mid(view, above(jaw))
    hz2 = {"right": head_zone, "left": head_zone}
    # the ear is what lies outside the skull's contour (no straight cut across the face)
    skull = [q for q in spline(HEAD_RIGHT) if 74 <= q[1] <= 146]
    take_pair("ear", [(skull[0][0] + 40, skull[0][1]), *skull, (skull[-1][0] + 40, skull[-1][1])],
              within=hz2)
    if front:
        # hairline: a soft arch, lowest at the temples
        take_mid("scalp_top", above(spline([(-120, 96), (-48, 80), (-40, 69.5), (-30, 63),
                                            (-16, 59.5), (0, 58.5), (16, 59.5), (30, 63),
                                            (40, 69.5), (48, 80), (120, 96)])), head_zone)
        take_mid("nose", spline(NOSE_FRONT, closed=True), head_zone)
        # eyebrow: a band over the brow ridge, along the brow, above the lid crease
        take_pair("eyebrow", spline(BROW_FRONT, closed=True), hz2)
        take_pair("orbit", spline(ORBIT_FRONT, closed=True), hz2)
        take_mid("forehead", spline([(-31.5, 40), (31.5, 40), (32, 66), (31.5, 78),
                                     (34, 93), (26, 93), (15, 93), (5, 95), (0, 95),
                                     (-5, 95), (-15, 93), (-26, 93), (-34, 93),
                                     (-31.5, 78), (-32, 66)], closed=True), head_zone)
        take_pair("temple", [(20, 40), (120, 40), *spline([(120, 114), (52, 114.5), (42, 112),
                                                        (35.5, 106), (30, 96)]), (20, 90)],
                  hz2)
        take_mid("mouth", spline(LIPS, closed=True), head_zone)
        take_mid("chin", spline([(-12, 142), (0, 142.5), (12, 142), (16.5, 150), (15, 159),
                                 (8, 166), (0, 168), (-8, 166), (-15, 159), (-16.5, 150)],
                                closed=True), head_zone)
        take_pair("cheek", above(spline([(0, 134), (14, 138.5), (22, 140), (33, 135.5),
                                          (42, 128.5), (60, 121), (120, 118)])), hz2)
        take_pair("jaw", rect(0, 200, 0, 400), {"right": head_zone, "left": head_zone})
    else:
        take_mid("scalp_top", above(spline([(-120, 80), (-44, 66), (-22, 60.5), (0, 59),
                                            (22, 60.5), (44, 66), (120, 80)])), head_zone)
        # occiput below the nuchal line, which arches down towards the ears
        take_pair("occiput", below(spline([(-2, 113), (16, 114.5), (32, 118.5), (48, 124),
                                           (120, 130)])), hz2)
        take_mid("head_back", rect(-200, 200, 0, 400), head_zone)

    # ---- neck
    neck_curve = [(-45, 110), (-34, 160), (-32.5, 186), (-29.5, 195.5), (-20, 201.5), (0, 204),
                  (20, 201.5), (29.5, 195.5), (32.5, 186), (34, 160), (45, 110)]
    neck_zone = mid(view, above(neck_curve))
    if front:
        # the throat is the front triangle between the sternocleidomastoid muscles
        take_mid("throat", spline([(-21, 150), (21, 150), (18, 172), (12, 190), (8.5, 204),
                                   (8, 230), (-8, 230), (-8.5, 204), (-12, 190), (-18, 172)],
                                  closed=True), neck_zone)
        take_pair("neck_side", RIGHT_HALF, {"right": neck_zone, "left": neck_zone})
    else:
        take_mid("spine_neck", rect(-8, 8, 0, 400), neck_zone)
        take_pair("neck_back", RIGHT_HALF, {"right": neck_zone, "left": neck_zone})

    # ---- top of the shoulders (trapezius ridge and top of the deltoid)
    top = [(20, 100), (24, 213), (60, 221), (88, 229.5), (108, 238), (124, 248), (150, 262),
           (250, 262)]
    take_pair("shoulder_top", above(top) + [])

    # ---- arms: everything lateral of the arm/trunk boundary
    arm_zone = P(arm_zone_shape())
    up, fore, hand = ARM_UP, ARM_FORE, HAND
    hand_zone = P(hand.halfplane(-2 * HK, 300))
    thumb = thumb_frame()
    thumb_cut = [thumb.p(14, -10), thumb.p(60, -10), thumb.p(60, 30), thumb.p(-20, 30)]
    sfx = "front" if front else "back"
    hz = {s: arm_zone[s].intersected(hand_zone[s]) for s in ("right", "left")}
    take_pair(f"thumb_{sfx}", thumb_cut, hz)
    take_pair(f"fingers_{sfx}", hand.halfplane(46.5 * HK, 300), hz)
    take_pair("palm" if front else "hand_back", RIGHT_HALF, hz)
    take_pair(f"wrist_{sfx}", fore.halfplane(121, 400), arm_zone)
    e1, e2 = P(up.halfplane(144, 400)), P(fore.halfplane(-400, 22))
    elbow = {s: arm_zone[s].intersected(e1[s]).intersected(e2[s]) for s in ("right", "left")}
    for name, v0, v1 in (("elbow_inner", -80, -7.5), ("elbow_outer", 7.5, 80)):
        take_pair(name, [up.p(100, v0), up.p(100, v1), fore.p(60, v1), fore.p(60, v0)], elbow)
    take_pair("elbow_front" if front else "elbow_back", RIGHT_HALF, elbow)
    shoulder = up.halfplane(-300, 60)
    take_pair("shoulder_side", [up.p(-300, 7), up.p(60, 7), up.p(60, 90), up.p(-300, 90)],
              {s: arm_zone[s].intersected(P(shoulder)[s]) for s in ("right", "left")})
    take_pair("shoulder_front" if front else "shoulder_back", shoulder, arm_zone)
    take_pair(f"upper_arm_{sfx}", up.halfplane(-300, 158), arm_zone)
    take_pair(f"forearm_{sfx}", RIGHT_HALF, arm_zone)

    # ---- trunk
    hip = [(200, 424), *spline([(84, 424), (77, 446), (78.5, 476), (85, 506), (95, 536)]),
           (200, 552)]
    if front:
        take_pair("armpit", ellipse_pts(86, 276, 11.5, 19))
        take_mid("sternum", spline([(-12, 200), (12, 200), (12.5, 300), (9, 330), (4, 344),
                                    (-4, 344), (-9, 330), (-12.5, 300)], closed=False))
        take_pair("chest_upper", rect(0, 200, 0, 258))
        take_mid("navel", ellipse_pts(0, 406, 10.5, 10.5))
        take_pair("breast", ellipse_pts(46, 294, 36, 37))
        take_pair("ribs_side", rect(51, 200, 0, 372))
        take_pair("abdomen_upper", rect(0, 200, 0, 393))
        take_pair("hip_outer", hip)
        take_pair("abdomen_side", rect(55, 200, 0, 466))
        take_mid("pubis", spline([(-26, 470), (0, 466), (26, 470), (14, 512), (0, 532),
                                  (-14, 512)], closed=True))
        groin = [(64, 434), (80, 446), (94, 462), (60, 498), (28, 530), (6, 554), (0, 554),
                 (0, 520), (18, 498), (46, 466)]
        # perineum: what shows of it between the thighs below the pubic area
        take_mid("perineum", ellipse_pts(0, 530, 10, 11))
        take_pair("groin", groin)
        take_pair("abdomen_lower", rect(0, 200, 0, 500))
    else:
        take_mid("spine_upper", rect(-8, 8, 0, 330))
        take_mid("spine_middle", rect(-8, 8, 0, 400))
        take_mid("spine_lower", rect(-8, 8, 0, 455))
        take_mid("spine_sacral", [(-8, 440), (8, 440), *spline([(8, 452), (6.5, 472), (5, 490),
                                                                 (4.5, 500)]),
                                  *spline([(-4.5, 500), (-5, 490), (-6.5, 472), (-8, 452)])])
        take_mid("tailbone", spline([(-5.5, 496), (0, 495), (5.5, 496), (6, 505), (3.5, 514),
                                     (0, 519), (-3.5, 514), (-6, 505)], closed=True))
        scap = spline([(36, 219), (66, 216), (96, 216), (104, 250), (96, 284), (62, 328),
                       (52, 326), (42, 290), (34, 240)], closed=True)
        take_pair("shoulder_blade", scap)
        take_pair("between_shoulder_blades", rect(0, 200, 0, 332))
        take_pair("back_middle", rect(0, 200, 0, 400))
        take_pair("hip_outer", hip)
        # lower back down to the iliac crest and the dimples over the sacroiliac joints
        take_pair("back_lower", above(spline([(-2, 447), (12, 450), (24, 456), (36, 448),
                                              (56, 434), (80, 428), (200, 428)])))
        # sacrum: an inverted triangle between the dimples, tapering to the tailbone
        take_pair("sacrum", [(0, 440), *spline([(20, 446), (28, 457), (25, 472), (17, 490),
                                                (8, 508), (2, 522)]), (0, 526)])
        fold = [(-5, 500), (2, 540), (20, 552), (45, 556), (70, 552), (88, 540), (110, 520),
                (200, 520)]
        # perineum: between the buttocks, below the tailbone, down to the crotch
        take_mid("perineum", ellipse_pts(0, 527, 9, 10))
        take_pair("buttock", above(fold))

    # ---- legs
    if front:
        take_pair("toes", below([(0, 950), (20, 950), (45, 945), (80, 937), (300, 937)]))
        take_pair("foot_top", rect(0, 300, 919, 1200))
        # outer and inner ankle: round the malleoli, within the ankle band
        band = P(rect(0, 300, 884, 1200))
        take_pair("ankle_outer", ellipse_pts(*MALLEOLUS_OUTER), band)
        take_pair("ankle_inner", ellipse_pts(*MALLEOLUS_INNER), band)
        take_pair("ankle_front", rect(0, 300, 884, 1200))
        knee = P(knee_band([(-2, 695), (15, 689.5), (37, 685), (60, 689.5), (110, 697)],
                           [(-2, 745), (15, 749.5), (37, 752), (60, 749.5), (110, 745)]))
        take_pair("knee_inner", leg_strip(0, 0.27, 600, 800), knee)
        take_pair("knee_outer", leg_strip(0.73, 1, 600, 800), knee)
        take_pair("knee_front", RIGHT_HALF, knee)
        # the inner border runs with sartorius, the outer one round vastus lateralis
        take_pair("thigh_inner", leg_strip(0, taper(0.37, 0.27, 540, 700), 400, 705))
        take_pair("thigh_outer", leg_strip(bulge(0.70, 0.05, 520, 700), 1, 400, 705))
        take_pair("thigh_front", rect(0, 300, 0, 705))
        # the inner border follows the shin bone, the outer one tibialis anterior
        take_pair("leg_inner", leg_strip(0, bulge(0.29, 0.05, 745, 900), 735, 900))
        take_pair("leg_outer", leg_strip(bulge(0.71, -0.06, 745, 900), 1, 735, 900))
        take_pair("shin", rect(0, 300, 0, 1200))
    else:
        take_pair("heel", rect(0, 300, 918, 1200))
        band = P(rect(0, 300, 862, 1200))
        take_pair("ankle_outer", ellipse_pts(*MALLEOLUS_OUTER), band)
        take_pair("ankle_inner", ellipse_pts(*MALLEOLUS_INNER), band)
        take_pair("achilles", rect(0, 300, 862, 1200))
        take_pair("knee_back", knee_band([(-2, 692), (15, 689), (37, 688), (60, 689),
                                          (110, 692)],
                                         [(-2, 747), (15, 749.5), (37, 750.5), (60, 749.5),
                                          (110, 747)]))
        # hamstring borders, then the two heads of the calf muscle
        take_pair("thigh_inner", leg_strip(0, bulge(0.30, 0.04, 520, 700), 400, 705))
        take_pair("thigh_outer", leg_strip(bulge(0.70, -0.04, 520, 700), 1, 400, 705))
        take_pair("thigh_back", rect(0, 300, 0, 705))
        take_pair("leg_inner", leg_strip(0, bulge(0.25, 0.07, 745, 880), 735, 900))
        take_pair("leg_outer", leg_strip(bulge(0.75, -0.07, 745, 880), 1, 735, 900))
        take_pair("calf", rect(0, 300, 0, 1200))
    return c


def arm_zone_shape() -> Ring:
    """Right-half d-space polygon lateral of the boundary between arm and trunk."""
    lat_trunk = [ARMPIT, *TRUNK_SIDE, *LEG_OUTER[:3]]
    med = list(reversed(arm_medial()))  # armpit -> wrist
    pts: list[Pt] = [(300, -100), (86, -100), (86, 205), (ARMPIT[0] + 1.0, ARMPIT[1] - 1)]
    y = ARMPIT[1] + 4
    while y < 560:
        dt = interp_edge(lat_trunk, y)
        dm = interp_edge(med, y) if y < med[-1][1] else 999
        pts.append(((dt + min(dm, dt + 60)) / 2, y))
        y += 4
    pts += [(132, 560), (132, 1200), (300, 1200)]
    return pts


# ----------------------------------------------------------------------------- guides


def _clip_between(ring: Ring, upper: Ring, lower: Ring) -> list[Ring]:
    """Runs of ``ring`` lying between two lid curves (both sorted by d)."""

    def y_on(curve: Ring, d: float) -> float | None:
        for a, b in zip(curve, curve[1:], strict=False):
            if min(a[0], b[0]) <= d <= max(a[0], b[0]) and a[0] != b[0]:
                return a[1] + (b[1] - a[1]) * (d - a[0]) / (b[0] - a[0])
        return None

    runs: list[Ring] = []
    cur: Ring = []
    for q in ring + ring[:1]:
        yu, yl = y_on(upper, q[0]), y_on(lower, q[0])
        if yu is not None and yl is not None and yu + 0.3 < q[1] < yl - 0.3:
            cur.append(q)
        elif cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return [r for r in runs if len(r) > 2]


def face_front_guides() -> list[tuple[Ring, bool]]:
    """Eyes, brows, nose wings and ear folds of the front view (right half, d-space)."""
    g: list[tuple[Ring, bool]] = []
    upper = spline([(10.5, 98.2), (13.5, 95.6), (19, 94.0), (24.5, 94.6), (28.8, 97.3)])
    lower = spline([(10.5, 98.2), (14.5, 100.1), (19.5, 100.9), (24.5, 99.9), (28.8, 97.3)])
    g.append((upper, False))
    g.append((lower, False))
    g.append((spline([(13, 93.6), (19, 91.9), (25.5, 92.6)]), False))  # lid crease
    iris = ellipse_pts(19.4, 97.4, 3.7, 3.7, 40)
    g += [(r, False) for r in _clip_between(iris, upper, lower)]
    g.append((ellipse_pts(19.4, 97.4, 1.0, 1.0, 12), True))  # pupil
    g.append((spline([(7, 89.5), (12, 87.2), (20, 86.3), (27, 87.2), (32.5, 90.4)]), False))
    g.append((spline([(8.5, 89.2), (14, 88.3), (21, 88.0), (27, 89.0)]), False))  # brow
    g.append((spline([(6.5, 118.5), (9.6, 121.5), (10.2, 124.8), (8, 126.6)]), False))  # ala
    g.append((spline([(3.2, 126.9), (5.6, 126.0), (7.6, 126.4)]), False))  # nostril
    g.append((spline([(48.5, 99), (51.2, 104), (50.8, 116), (47.8, 124)]), False))  # helix
    g.append((spline([(46.5, 106), (48.2, 111), (47, 118)]), False))  # antihelix
    g.append((spline([(27.5, 163), (24.5, 174), (17, 190), (10.5, 203)]), False))  # SCM
    return g


def hand_guides(palm_side: bool) -> list[tuple[Ring, bool]]:
    """Creases of the palm and fingers, or knuckles and tendons of the back of the hand."""
    g: list[tuple[Ring, bool]] = []
    axes = finger_axes()
    if palm_side:
        g.append((spline([hp(33, 18), hp(26, 10.5), hp(15, 6.5), hp(3, 5.5)]), False))  # life
        g.append((spline([hp(32, 16.5), hp(34, 6), hp(36, -5), hp(38.5, -12)]), False))  # head
        g.append((spline([hp(39.5, -19), hp(41, -10), hp(42, -1), hp(43.5, 6)]), False))
        for f, length in axes:  # finger joint creases
            for t, w in ((0.47, 3.6), (0.74, 3.2)):
                g.append(([f.p(length * t, -w), f.p(length * t, w)], False))
    else:
        for v in (-9, 0.2, 9.2):
            g.append(([hp(22, v * 1.15), hp(42, v)], False))  # extensor tendons
        for f, _length in axes:  # knuckles
            g.append((spline([f.p(-4.5, -3.4), f.p(-2.3, 0), f.p(-4.5, 3.4)]), False))
        for f, length in axes:  # middle and end joints
            for t, w in ((0.47, 2.4), (0.76, 2.0)):
                g.append(([f.p(length * t, -w), f.p(length * t, w)], False))
    return g


def whole_body_guides(view: str) -> list[tuple[Ring, bool]]:
    """Anatomical guide lines (d-space, right half; mirrored), as (polyline, closed)."""
    g: list[tuple[Ring, bool]] = []
    midline: list[tuple[Ring, bool]] = []
    front = view == "front"
    if front:
        g += face_front_guides()
        g.append((spline([(6, 203), (30, 207.5), (60, 212.5), (84, 220), (94, 222)]), False))
        g.append((spline([(86, 240), (80, 262), (62, 292)]), False))  # deltopectoral
        g.append((spline([(18, 318), (40, 324), (62, 318), (78, 302)]), False))  # pectoral
        g.append((ellipse_pts(46, 294, 2.4, 2.4, 20), True))  # nipple
        g.append((ellipse_pts(37, 717, 12.5, 15.5, 48), True))  # kneecap
        g.append((spline([(50, 892), (52.5, 898), (50.5, 904)]), False))  # outer ankle bone
        g.append((spline([(27, 886), (25, 892), (27, 898)]), False))  # inner ankle bone
        for a, b in (((33, 953), (34, 964)), ((45.5, 951), (47, 960.5)),
                     ((56, 948), (58, 957)), ((65, 945), (67.5, 954))):
            g.append(([a, b], False))  # toes
        e = ARM_UP.p(ARM_UP.length, 0)
        g.append((spline([ARM_FORE.p(4, -11), (e[0], e[1] + 3), ARM_FORE.p(4, 11)]), False))
        g += hand_guides(palm_side=True)
        midline.append((spline([(-13.5, 139.7), (-6, 140.3), (0, 139.6), (6, 140.3),
                                (13.5, 139.7)]), False))  # line between the lips
        midline.append((spline([(-2.6, 127.6), (0, 128.8), (2.6, 127.6)]), False))  # nose tip
        midline.append((spline([(-6, 205), (0, 208), (6, 205)]), False))  # sternal notch
        midline.append((ellipse_pts(0, 406, 2.2, 3.6, 20), True))  # navel
        midline.append(([(0, 345), (0, 392)], False))  # linea alba
    else:
        g.append((spline([(48, 100), (51, 104), (50.5, 117), (47.5, 124)]), False))  # helix
        g.append((spline([(40, 225), (62, 229), (94, 232)]), False))  # scapular spine
        g.append((spline([(4, 540), (22, 551), (45, 554), (68, 549)]), False))  # gluteal fold
        g.append((spline([(12, 718), (38, 721), (62, 718)]), False))  # knee crease
        g.append((spline([(31, 865), (33, 895), (31, 918)]), False))  # achilles
        g.append((spline([(46, 865), (44, 895), (46, 918)]), False))
        g.append((ellipse_pts(ARM_UP.p(ARM_UP.length, 0)[0], ARM_UP.p(ARM_UP.length, 0)[1] + 2,
                              5, 4, 16), True))  # olecranon
        g += hand_guides(palm_side=False)
        midline.append(([(0, 508), (0, 540)], False))  # gluteal cleft
    out: list[tuple[Ring, bool]] = []
    for side in ("right", "left"):
        m = d_mapper(view, side)
        out += [(mapped(r, m), cl) for r, cl in g]
    m = d_mapper(view, "left")
    out += [(mapped(r, m), cl) for r, cl in midline]
    return out


# ----------------------------------------------------------------------------- head profile

PROFILE: list[Pt] = [
    (250, 40), (300, 47), (340, 68), (366, 100), (380, 138), (385, 172), (388.5, 191),
    (381, 209), (392, 236), (408, 258), (410.5, 266), (403, 273), (387, 277),
    (391, 288), (388.5, 297), (384.5, 301), (389, 308), (386, 316), (377, 322), (383.5, 334),
    (383, 347), (372, 357), (350, 364), (324, 368),
    # front of the neck, leaning forward to the pit of the throat
    (318.5, 392), (320, 420), (324, 450), (331, 475), (337, 490),
    # base of the neck, then the nape flaring into the trapezius
    (124, 490), (134, 480), (151, 459), (167, 430), (176, 400), (180.5, 372),
    (172, 338), (156, 308), (140, 270), (131, 220), (137, 160), (160, 108), (194, 68), (222, 49),
]
PROFILE_CORNERS = [12, 23, 28, 29]  # subnasale, chin/neck, base of the neck
EAR = [(236, 199), (222, 195), (208, 200), (201, 214), (200, 236), (204, 258), (211, 276),
       (220, 286), (229, 287), (235, 279), (236, 265), (240, 252), (244, 232), (244, 212)]


def head_right_silhouette() -> QPainterPath:
    return path_of(smooth_loop(PROFILE, PROFILE_CORNERS))


def cut_head_right(sil: QPainterPath) -> Cutter:
    c = Cutter(sil)
    X = "right"
    boundary = [(100, 332), *spline([(176, 342), (204, 322), (234, 304), (252, 318),
                                     (270, 334), (296, 351), (324, 369)]), (420, 369)]
    head = path_of(above(boundary))
    neck = path_of(below(boundary))
    c.take(f"ear.{X}", path_of(spline(EAR, closed=True)), head)
    c.take(f"jaw_joint.{X}", path_of(ellipse_pts(258, 264, 13.5, 15)), head)
    # eyebrow over the brow ridge (taken before the orbit, whose top it trims)
    c.take(f"eyebrow.{X}", path_of(spline([(324, 196), (336, 189.5), (350, 186.5), (366, 186),
                                           (379, 189), (386, 194), (384, 199.5), (372, 201),
                                           (358, 200.8), (344, 201.5), (331, 204.5),
                                           (325, 202)], closed=True)), head)
    c.take(f"orbit.{X}", path_of(spline([(329, 205), (350, 198.5), (372, 202), (381, 213),
                                         (375, 228), (353, 234.5), (334, 229), (327, 217)],
                                        closed=True)), head)
    c.take("nose", path_of([(373, 202), (460, 202), (460, 278.5), (384, 278.5), (374, 266),
                            (372, 232)]), head)
    c.take("mouth", path_of(spline([(386, 280.5), (396, 290), (396, 307), (389, 319),
                                     (378, 324), (367, 316), (362.5, 303), (368, 288)],
                                    closed=True)), head)
    c.take("chin", path_of(spline([(371, 318), (402, 318), (402, 372), (352, 369),
                                   (346, 353), (355, 334)], closed=True)), head)
    # hairline: over the crown from the back of the head to the top of the forehead
    c.take("scalp_top", path_of(above(spline([(60, 170), (150, 104), (200, 84), (260, 78),
                                                (320, 86), (366, 102), (440, 122)]))), head)
    c.take("forehead", path_of([(300, 0), (500, 0), (500, 197), (336, 199),
                                *spline([(331, 180), (324, 148), (314, 116), (300, 80)])]),
           head)
    # temporal fossa: temporal line above, orbital rim in front, zygomatic arch below
    c.take(f"temple.{X}", path_of(spline([(298, 150), (326, 168), (333, 196), (329, 222),
                                          (302, 231), (270, 233), (250, 224), (242, 202),
                                          (248, 176), (268, 158)], closed=True)), head)
    # lower back of the skull down to the nape, behind the ear
    c.take(f"occiput.{X}", path_of([*spline([(90, 232), (132, 238), (164, 249), (192, 254),
                                             (210, 246)]),
                                    (222, 290), (232, 400), (0, 400), (0, 232)]), head)
    c.take(f"head_side.{X}", path_of([*spline([(206, 40), (205, 90), (198, 140), (200, 185),
                                               (214, 212)]),
                                      (246, 214), (262, 190), (340, 150), (340, 40)]), head)
    c.take("head_back", path_of([(0, -100), (206, -100), (206, 40), (205, 90), (198, 140),
                                 (200, 185), (214, 212), (214, 260), (0, 260)]), head)
    c.take(f"cheek.{X}", path_of(above(spline([(200, 292), (240, 290), (270, 292),
                                               (304, 297), (340, 301), (364, 305),
                                               (420, 308)]))), head)
    c.take(f"jaw.{X}", path_of(rect(0, 500, 0, 500)), head)
    # throat: in front of the sternocleidomastoid; neck_back: behind the trapezius edge
    c.take("throat", path_of([*spline([(256, 300), (270, 340), (290, 400), (312, 456),
                                       (326, 520)]), (500, 520), (500, 300)]), neck)
    c.take(f"neck_back.{X}", path_of([(0, 300), *spline([(212, 300), (210, 360), (206, 420),
                                                          (196, 470), (186, 520)]),
                                      (0, 520)]), neck)
    c.take(f"neck_side.{X}", path_of(rect(0, 500, 0, 520)), neck)
    return c


def head_right_guides() -> list[tuple[Ring, bool]]:
    g: list[tuple[Ring, bool]] = []
    g.append((spline([(343, 214.5), (352, 209.5), (362, 207.8), (369, 210)]), False))  # lid
    g.append((spline([(343, 214.5), (353, 219.5), (363, 221), (368, 219)]), False))  # lower
    g.append((spline([(362, 208.6), (365.2, 214.2), (362.4, 220.4)]), False))  # iris
    g.append((spline([(347, 207), (357, 203.5), (367, 204.5)]), False))  # lid crease
    g.append((spline([(330, 198), (346, 192.5), (364, 191.5), (377, 194.5)]), False))  # brow
    g.append((spline([(393, 268), (385, 262), (378, 266), (381, 273), (389, 275)]),
              False))  # nostril wing
    g.append((spline([(378, 279), (370, 290), (367, 302)]), False))  # nasolabial fold
    g.append((spline([(369, 301), (378, 300.5), (386, 301)]), False))  # lips
    g.append((spline([(230, 206), (218, 205), (211, 216), (212, 236), (218, 258),
                      (226, 272)]), False))  # helix rim
    g.append((spline([(232, 232), (224, 240), (226, 254), (232, 256)]), False))  # concha
    g.append((spline([(368, 355), (320, 346), (280, 336), (266, 326), (262, 296)]), False))
    g.append((spline([(236, 306), (262, 372), (290, 440), (312, 489)]), False))  # SCM
    g.append((spline([(360, 328), (371, 327)]), False))  # chin fold
    return g


# ----------------------------------------------------------------------------- soles


def sole_outline() -> tuple[list[Ring], list[Ring]]:
    """Right sole in local coords (s lateral-positive, y); returns (foot rings, toe rings)."""
    foot = [
        (0, 468), (24, 465), (39, 452), (45, 430), (46.5, 400), (47.5, 360), (51, 310),
        (57, 262), (63, 215), (63, 192), (55, 176), (30, 170), (0, 168), (-30, 170),
        (-54, 176), (-63, 195), (-61, 226), (-50, 262), (-38, 300), (-36, 340), (-42, 385),
        (-44, 420), (-38, 450), (-22, 465),
    ]
    toes = [
        ellipse_pts(-37, 154, 22, 33, 72, math.radians(-4)),
        ellipse_pts(-8, 143, 12, 22, 60, math.radians(3)),
        ellipse_pts(14, 151, 11, 19.5, 60, math.radians(8)),
        ellipse_pts(33, 162, 10, 16.5, 60, math.radians(14)),
        ellipse_pts(49.5, 176, 9, 13.5, 60, math.radians(22)),
    ]
    return [spline(foot, closed=True)], toes


def sole_mapper(side: str) -> Mapper:
    # patient's right sole on the viewer's right; medial (big toe) towards the centre
    if side == "right":
        return lambda p: (290.0 + p[0], p[1])
    return lambda p: (110.0 - p[0], p[1])


def soles_silhouette() -> QPainterPath:
    parts = []
    for side in ("right", "left"):
        m = sole_mapper(side)
        foot, toes = sole_outline()
        parts += [path_of(mapped(r, m)) for r in foot + toes]
    return union(*parts).simplified()


def cut_soles(sil: QPainterPath) -> Cutter:
    c = Cutter(sil)
    crease = spline([(-120, 190), (-60, 184), (-30, 178), (0, 175), (30, 179), (55, 188),
                     (80, 198), (120, 206)])
    for side in ("right", "left"):
        m = sole_mapper(side)
        zone = path_of(mapped(rect(-110, 110, -100, 600), m))
        c.take(f"toes_sole.{side}", path_of(mapped(above(crease), m)), zone)
        c.take(f"heel.{side}", path_of(mapped(rect(-200, 200, 380, 600), m)), zone)
        c.take(f"sole.{side}", zone)
    return c


def soles_guides() -> list[tuple[Ring, bool]]:
    g: list[tuple[Ring, bool]] = []
    for side in ("right", "left"):
        m = sole_mapper(side)
        g.append((mapped(spline([(-50, 214), (-20, 222), (20, 222), (52, 216)]), m), False))
        g.append((mapped(spline([(-30, 300), (-22, 330), (-26, 362)]), m), False))  # arch
        g.append((mapped(spline([(-34, 420), (0, 430), (34, 420)]), m), False))  # heel pad
    return g


# ----------------------------------------------------------------------------- labels


def labels(view: str) -> list[tuple[float, float, str, str]]:
    """(x, y, text, anchor)."""
    if view == "front":
        return [(40, 70, "R", "middle"), (560, 70, "L", "middle")]
    if view == "back":
        return [(40, 70, "L", "middle"), (560, 70, "R", "middle")]
    if view == "head_right":
        return [(40, 60, "R", "middle")]
    if view == "head_left":
        return [(460, 60, "L", "middle")]
    return [(290, 40, "R", "middle"), (110, 40, "L", "middle")]


# ----------------------------------------------------------------------------- output


def simplify(ring: Ring, tol: float = 0.04) -> Ring:
    """Drop points closer than tol to the chord of their neighbours (keeps shared edges)."""
    n = len(ring)
    if n < 8:
        return ring
    out: Ring = [ring[0]]
    for i in range(1, n):
        a, b, c = out[-1], ring[i], ring[(i + 1) % n]
        ac = _dist(a, c)
        if ac < 1e-9 or ac > 6:
            out.append(b)
            continue
        dev = abs((c[0] - a[0]) * (a[1] - b[1]) - (a[0] - b[0]) * (c[1] - a[1])) / ac
        if dev >= tol:
            out.append(b)
    return out if len(out) >= 3 else ring


def round_ring(ring: Ring) -> Ring:
    out: Ring = []
    for x, y in ring:
        p = (round(x, 1), round(y, 1))
        if not out or p != out[-1]:
            out.append(p)
    if len(out) > 1 and out[0] == out[-1]:
        out.pop()
    return out


def fmt(v: float) -> str:
    s = f"{v:.1f}"
    if s.endswith(".0"):
        s = s[:-2]
    if s == "-0":
        s = "0"
    return s


def ring_d(ring: Ring) -> str:
    pts = " ".join(f"{fmt(x)} {fmt(y)}" for x, y in ring)
    return f"M{pts}Z"


def polyline_d(ring: Ring, closed: bool) -> str:
    pts = " ".join(f"{fmt(x)} {fmt(y)}" for x, y in ring)
    return f"M{pts}{'Z' if closed else ''}"


def pole_of_inaccessibility(rings: list[Ring]) -> Pt:
    """Point inside (even-odd) farthest from any edge, by grid search and refinement."""
    segs = []
    for r in rings:
        a = np.array(r)
        b = np.roll(a, -1, axis=0)
        segs.append(np.hstack([a, b]))
    s = np.vstack(segs)
    x0, y0 = s[:, [0, 2]].min(), s[:, [1, 3]].min()
    x1, y1 = s[:, [0, 2]].max(), s[:, [1, 3]].max()

    def inside(px: np.ndarray, py: np.ndarray) -> np.ndarray:
        ax, ay, bx, by = s[:, 0][None], s[:, 1][None], s[:, 2][None], s[:, 3][None]
        pyc = py[:, None]
        cond = (ay > pyc) != (by > pyc)
        with np.errstate(divide="ignore", invalid="ignore"):
            xint = ax + (pyc - ay) * (bx - ax) / (by - ay)
        hits = cond & (px[:, None] < xint)
        return (hits.sum(axis=1) % 2) == 1

    def dist(px: np.ndarray, py: np.ndarray) -> np.ndarray:
        ax, ay, bx, by = s[:, 0][None], s[:, 1][None], s[:, 2][None], s[:, 3][None]
        dx, dy = bx - ax, by - ay
        ll = dx * dx + dy * dy
        ll = np.where(ll == 0, 1e-12, ll)
        t = np.clip(((px[:, None] - ax) * dx + (py[:, None] - ay) * dy) / ll, 0, 1)
        qx, qy = ax + t * dx, ay + t * dy
        return np.sqrt((px[:, None] - qx) ** 2 + (py[:, None] - qy) ** 2).min(axis=1)

    n = 40
    gx, gy = np.meshgrid(np.linspace(x0, x1, n), np.linspace(y0, y1, n))
    px, py = gx.ravel(), gy.ravel()
    ins = inside(px, py)
    if not ins.any():
        n = 160
        gx, gy = np.meshgrid(np.linspace(x0, x1, n), np.linspace(y0, y1, n))
        px, py = gx.ravel(), gy.ravel()
        ins = inside(px, py)
    px, py = px[ins], py[ins]
    d = dist(px, py)
    k = int(d.argmax())
    bx_, by_ = px[k], py[k]
    cell = max(x1 - x0, y1 - y0) / n
    for _ in range(6):
        ox, oy = np.meshgrid(np.linspace(-cell, cell, 9), np.linspace(-cell, cell, 9))
        cx, cy = bx_ + ox.ravel(), by_ + oy.ravel()
        ins = inside(cx, cy)
        cx, cy = cx[ins], cy[ins]
        d = dist(cx, cy)
        k = int(d.argmax())
        bx_, by_ = cx[k], cy[k]
        cell /= 3
    return (round(float(bx_), 1), round(float(by_), 1))


def fix_t_junctions(ring_sets: list[list[Ring]], eps: float = 1e-3) -> list[list[Ring]]:
    """Insert into every edge the vertices of other rings lying on it.

    Neighbouring regions then share exactly the same vertices along their common border, so
    after rounding their borders stay identical and the tiling stays exact.
    """
    cell = 4.0
    grid: dict[tuple[int, int], list[Pt]] = {}
    for rings in ring_sets:
        for r in rings:
            for p in r:
                grid.setdefault((int(p[0] // cell), int(p[1] // cell)), []).append(p)
    out: list[list[Ring]] = []
    for rings in ring_sets:
        new_rings: list[Ring] = []
        for r in rings:
            nr: Ring = []
            n = len(r)
            for i in range(n):
                a, b = r[i], r[(i + 1) % n]
                nr.append(a)
                dx, dy = b[0] - a[0], b[1] - a[1]
                ll = dx * dx + dy * dy
                if ll < 1e-12:
                    continue
                x0, x1 = sorted((a[0], b[0]))
                y0, y1 = sorted((a[1], b[1]))
                extra: list[tuple[float, Pt]] = []
                for cx in range(int((x0 - eps) // cell), int((x1 + eps) // cell) + 1):
                    for cy in range(int((y0 - eps) // cell), int((y1 + eps) // cell) + 1):
                        for p in grid.get((cx, cy), ()):
                            t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / ll
                            if t <= 1e-9 or t >= 1 - 1e-9:
                                continue
                            qx, qy = a[0] + t * dx, a[1] + t * dy
                            if abs(qx - p[0]) < eps and abs(qy - p[1]) < eps:
                                extra.append((t, p))
                for _, p in sorted(set(extra)):
                    if _dist(p, nr[-1]) > 1e-9:
                        nr.append(p)
            new_rings.append(nr)
        out.append(new_rings)
    return out


def export_rings(rings: list[Ring]) -> list[Ring]:
    out = []
    for r in rings:
        rr = round_ring(r)
        if len(rr) >= 3 and abs(ring_area(rr)) > 0.05:
            out.append(rr)
    return out


def thin_shared(ring_sets: list[list[Ring]], tol: float = 0.09, passes: int = 2) -> list[list[Ring]]:
    """Drop vertices that lie within ``tol`` of the chord of their neighbours in *every* ring
    that uses them, from all those rings at once (never two neighbours in one pass).

    Shared borders are vertex-identical (see fix_t_junctions), so a vertex is dropped from
    both sides of a border or from neither, and the tiling stays exact; junctions where
    three regions meet are never collinear in all of them and stay.
    """
    sets = [[list(r) for r in rings] for rings in ring_sets]
    for _ in range(passes):
        ok: dict[Pt, bool] = {}
        nbrs: dict[Pt, set[Pt]] = {}
        uses: dict[Pt, list[frozenset[Pt]]] = {}
        for rings in sets:
            for r in rings:
                n = len(r)
                for i, b in enumerate(r):
                    a, c = r[i - 1], r[(i + 1) % n]
                    nbrs.setdefault(b, set()).update((a, c))
                    uses.setdefault(b, []).append(frozenset((a, c)))
                    ac = _dist(a, c)
                    good = n > 8 and 1e-9 < ac < 6 and abs(
                        (c[0] - a[0]) * (a[1] - b[1]) - (a[0] - b[0]) * (c[1] - a[1])) / ac < tol
                    ok[b] = ok.get(b, True) and good
        for b, u in uses.items():  # only the inside of a border between exactly two rings
            if len(u) != 2 or u[0] != u[1]:
                ok[b] = False
        drop: set[Pt] = set()
        for rings in sets:
            for r in rings:
                for b in r:
                    if ok.get(b) and b not in drop and not (nbrs[b] & drop):
                        drop.add(b)
        if not drop:
            break
        sets = [[[q for q in r if q not in drop] for r in rings] for rings in sets]
    return sets


def bbox_of(rings: list[Ring]) -> list[float]:
    xs = [p[0] for r in rings for p in r]
    ys = [p[1] for r in rings for p in r]
    return [round(min(xs), 1), round(min(ys), 1), round(max(xs), 1), round(max(ys), 1)]


def build_view(view: str) -> tuple[QPainterPath, Cutter, list[tuple[Ring, bool]]]:
    if view in ("front", "back"):
        sil, _ = whole_body_silhouette(view)
        cut = cut_whole_body(view, sil)
        guides = whole_body_guides(view)
    elif view == "head_right":
        sil = head_right_silhouette()
        cut = cut_head_right(sil)
        guides = head_right_guides()
    elif view == "soles":
        sil = soles_silhouette()
        cut = cut_soles(sil)
        guides = soles_guides()
    else:
        raise ValueError(view)
    return sil, cut, guides


def mirror_view(sil: QPainterPath, cut: Cutter, guides: list[tuple[Ring, bool]],
                width: float) -> tuple[QPainterPath, Cutter, list[tuple[Ring, bool]]]:
    def mp(path: QPainterPath) -> QPainterPath:
        return path_of(*[[(width - x, y) for x, y in r] for r in rings_of(path)])

    msil = mp(sil)
    mc = Cutter(msil)
    for rid in cut.order:
        nid = rid.replace(".right", ".left")
        mc.pieces[nid] = mp(cut.pieces[rid])
        mc.order.append(nid)
    mc.rest = []
    mg = [([(width - x, y) for x, y in r], cl) for r, cl in guides]
    return msil, mc, mg


def write_svg(view: str, sil_rings: list[Ring], regions: dict[str, list[Ring]],
              guides: list[tuple[Ring, bool]]) -> str:
    w, h = VIEWBOX[view]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        f'width="{fmt(w)}" height="{fmt(h)}" viewBox="0 0 {fmt(w)} {fmt(h)}">',
        f"<title>bodymap: {TITLES[view]}</title>",
        "<desc>Generated by tools/build_body.py - do not edit by hand. Region ids are the "
        "stable keys of docs/regions-contract.md; left and right are the patient's.</desc>",
        f'<g id="layer-regions" fill="{FILL}" fill-rule="evenodd" stroke="{REGION_STROKE}" '
        f'stroke-width="{REGION_STROKE_W}" stroke-linejoin="round">',
    ]
    for rid, rings in regions.items():
        d = "".join(ring_d(r) for r in rings)
        lines.append(f'<path id="{rid}" d="{d}"/>')
    lines.append("</g>")
    lines.append(f'<g id="layer-guides" fill="none" stroke="{GUIDE}" stroke-width="{GUIDE_W}" '
                 'stroke-linecap="round" stroke-linejoin="round">')
    for ring, closed in guides:
        rr = round_ring(ring)
        if len(rr) >= 2:
            lines.append(f'<path d="{polyline_d(rr, closed)}"/>')
    lines.append("</g>")
    d = "".join(ring_d(r) for r in sil_rings)
    lines.append(f'<g id="layer-outline" fill="none" stroke="{OUTLINE}" '
                 f'stroke-width="{OUTLINE_W}" stroke-linejoin="round">')
    lines.append(f'<path id="outline" d="{d}"/>')
    lines.append("</g>")
    # side labels in a light disc, readable on light and dark window backgrounds
    lines.append(f'<g id="layer-labels" fill="{FILL}" stroke="{OUTLINE}" stroke-width="1.5">')
    for x, y, _text, _anchor in labels(view):
        lines.append(f'<circle cx="{fmt(x)}" cy="{fmt(y - 10)}" r="19"/>')
    lines.append("</g>")
    lines.append(f'<g id="layer-label-text" fill="{LABEL}" font-family="sans-serif" '
                 'font-size="26" font-weight="bold">')
    for x, y, text, anchor in labels(view):
        if text:
            lines.append(f'<text x="{fmt(x)}" y="{fmt(y)}" text-anchor="{anchor}">{text}</text>')
    lines.append("</g>")
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


def check_tiling(view: str, sil_rings: list[Ring], regions: dict[str, list[Ring]],
                 scale: float = 2.0) -> tuple[int, int]:
    """Raster check: count pixels covered 0 / >1 times inside the silhouette."""
    w, h = VIEWBOX[view]
    W_, H_ = int(w * scale), int(h * scale)

    def raster(rings_list: Iterable[list[Ring]]) -> np.ndarray:
        acc = np.zeros((H_, W_), dtype=np.int32)
        for rings in rings_list:
            img = QImage(W_, H_, QImage.Format.Format_Grayscale8)
            img.fill(0)
            p = QPainter(img)
            p.scale(scale, scale)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(255, 255, 255))
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.OddEvenFill)
            for r in rings:
                path.addPolygon(QPolygonF([QPointF(x, y) for x, y in r]))
                path.closeSubpath()
            p.drawPath(path)
            p.end()
            ptr = img.constBits()
            arr = np.frombuffer(ptr, dtype=np.uint8).reshape(H_, img.bytesPerLine())[:, :W_]
            acc += (arr > 127).astype(np.int32)
        return acc

    cover = raster(regions.values())
    silr = raster([sil_rings]) > 0
    holes = int((silr & (cover == 0)).sum())
    overlaps = int((cover > 1).sum())
    outside = int((~silr & (cover > 0)).sum())
    return holes + outside, overlaps


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="raster-check the tiling")
    args = ap.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    data: dict[str, object] = {"version": 1, "units": "viewBox units", "views": {}}
    views: dict[str, object] = {}
    built: dict[str, tuple[QPainterPath, Cutter, list[tuple[Ring, bool]]]] = {}
    for view in ("front", "back", "head_right", "soles"):
        built[view] = build_view(view)
    built["head_left"] = mirror_view(*built["head_right"], VIEWBOX["head_left"][0])
    ok = True
    for view in ("front", "back", "head_right", "head_left", "soles"):
        sil, cut, guides = built[view]
        left_over = cut.rest_area()
        if left_over > 0.5:
            ok = False
            print(f"{view}: {left_over:.1f} square units not assigned, at "
                  f"{[p.boundingRect() for p in cut.rest]}", file=sys.stderr)
        ids = sorted(cut.order)
        fixed = fix_t_junctions([rings_of(sil)] + [rings_of(cut.pieces[rid]) for rid in ids])
        thin = thin_shared([export_rings(raw) for raw in fixed])
        sil_rings = thin[0]
        regions: dict[str, list[Ring]] = {}
        for rid, rings in zip(ids, thin[1:], strict=True):
            if rings:
                regions[rid] = rings
        (ASSETS / f"{view}.svg").write_text(write_svg(view, sil_rings, regions, guides),
                                             encoding="utf-8")
        vr: dict[str, object] = {}
        for rid, rings in regions.items():
            vr[rid] = {
                "bbox": bbox_of(rings),
                "inside": list(pole_of_inaccessibility(rings)),
                "rings": [[[x, y] for x, y in r] for r in rings],
            }
        w, h = VIEWBOX[view]
        views[view] = {
            "viewBox": [0, 0, w, h],
            "silhouette": {"bbox": bbox_of(sil_rings),
                           "rings": [[[x, y] for x, y in r] for r in sil_rings]},
            "regions": vr,
        }
        print(f"{view}: {len(regions)} regions")
        if args.check:
            bad, over = check_tiling(view, sil_rings, regions)
            print(f"  raster check: {bad} uncovered/outside px, {over} overlapping px")
    data["views"] = views
    JSON_OUT.parent.mkdir(parents=True, exist_ok=True)
    JSON_OUT.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
