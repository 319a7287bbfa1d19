"""Label placement for the printed body chart (pure Python, no Qt).

Every label (a P-number beside a symptom area, a TP-number beside a trigger point, a reference
to another view) is a box of known size that wants to sit near its *anchor* (a point on the
drawing).  :func:`place_labels` places them one at a time, most important first:

1. on candidate spots around the anchor, at growing distances and in 16 directions, taking the
   first spot whose box stays inside ``bounds`` and meets neither a box already placed nor an
   obstacle (the mark symbols); a label put further than ``leader_after`` from its anchor gets
   a leader line;
2. when nothing near is free (the face and the neck are dense), in a *key column* in the margin
   on the anchor's side of the drawing, stacked so that no two touch, with a leader line.

The result exposes every box, so tests can check that no two intersect.  Units are whatever the
caller uses (the renderer works in page points).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["Box", "LabelRequest", "PlacedLabel", "any_overlap", "place_labels"]


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def centre(self) -> tuple[float, float]:
        return self.x + self.w / 2, self.y + self.h / 2

    def intersects(self, other: Box, gap: float = 0.0) -> bool:
        """True when the boxes overlap (or come closer than ``gap``)."""
        return not (
            self.right + gap <= other.x
            or other.right + gap <= self.x
            or self.bottom + gap <= other.y
            or other.bottom + gap <= self.y
        )

    def inside(self, other: Box) -> bool:
        return (self.x >= other.x and self.y >= other.y and self.right <= other.right
                and self.bottom <= other.bottom)

    def nearest_point(self, x: float, y: float) -> tuple[float, float]:
        """The point of the box's edge (or inside) nearest to (x, y): where a leader ends."""
        return min(max(x, self.x), self.right), min(max(y, self.y), self.bottom)


@dataclass(frozen=True)
class LabelRequest:
    key: str  # who asks (a mark uuid, "ref:" + uuid...)
    text: str
    anchor: tuple[float, float]
    w: float
    h: float
    #: Distance kept from the anchor before the first candidate (a symbol's radius).
    clearance: float = 0.0


@dataclass(frozen=True)
class PlacedLabel:
    key: str
    text: str
    box: Box
    anchor: tuple[float, float]
    leader: bool  # draw a line from the anchor to the box
    in_key: bool = False  # put in the margin key column


def any_overlap(boxes: Sequence[Box], gap: float = 0.0) -> list[tuple[int, int]]:
    """Every pair of indices whose boxes intersect (empty when the placement is clean)."""
    out = []
    for i in range(len(boxes)):
        for j in range(i + 1, len(boxes)):
            if boxes[i].intersects(boxes[j], gap):
                out.append((i, j))
    return out


def _free(box: Box, bounds: Box, taken: Iterable[Box], gap: float) -> bool:
    return box.inside(bounds) and not any(box.intersects(t, gap) for t in taken)


def place_labels(
    requests: Sequence[LabelRequest],
    bounds: Box,
    obstacles: Sequence[Box] = (),
    *,
    step: float = 4.0,
    max_distance: float = 28.0,
    leader_after: float = 7.0,
    gap: float = 0.8,
    key_area: Box | None = None,
) -> list[PlacedLabel]:
    """Place every request without overlap (see the module's description).

    ``bounds`` is where labels near their anchors may go; ``key_area`` (default: ``bounds``)
    is where the margin key columns are stacked, at its left and right edges.
    """
    key_area = key_area or bounds
    taken: list[Box] = list(obstacles)
    placed: list[PlacedLabel] = []
    directions = [(math.cos(a), math.sin(a)) for a in
                  (k * math.pi / 8 for k in (0, 8, 4, 12, 2, 6, 10, 14, 1, 7, 9, 15, 3, 5, 11, 13))]
    left_y: list[Box] = []
    right_y: list[Box] = []
    for req in requests:
        ax, ay = req.anchor
        found: PlacedLabel | None = None
        distance = req.clearance + gap
        while distance <= req.clearance + max_distance and found is None:
            for dx, dy in directions:
                # the box's nearest edge sits ``distance`` from the anchor along the direction
                cx = ax + dx * (distance + req.w / 2)
                cy = ay + dy * (distance + req.h / 2)
                box = Box(cx - req.w / 2, cy - req.h / 2, req.w, req.h)
                if _free(box, bounds, taken, gap):
                    found = PlacedLabel(req.key, req.text, box, req.anchor,
                                        leader=distance - req.clearance > leader_after)
                    break
            distance += step
        if found is None:
            found = _in_key(req, key_area, taken, left_y, right_y, gap)
        taken.append(found.box)
        placed.append(found)
    return placed


def _in_key(req: LabelRequest, area: Box, taken: list[Box], left: list[Box], right: list[Box],
            gap: float) -> PlacedLabel:
    """A slot in the margin column on the anchor's side, as near its height as is free."""
    ax, ay = req.anchor
    sides = ("left", "right") if ax < area.x + area.w / 2 else ("right", "left")
    for side in sides:
        x = area.x if side == "left" else area.right - req.w
        column = left if side == "left" else right
        # try heights outward from the anchor's
        offsets = [0.0]
        k = 1
        while k * (req.h + gap) < area.h:
            offsets += [k * (req.h + gap), -k * (req.h + gap)]
            k += 1
        for off in offsets:
            y = min(max(ay - req.h / 2 + off, area.y), area.bottom - req.h)
            box = Box(x, y, req.w, req.h)
            if not any(box.intersects(t, gap) for t in taken):
                column.append(box)
                return PlacedLabel(req.key, req.text, box, req.anchor, leader=True, in_key=True)
    # the page is full of labels: below the area, one under the other (never on another)
    y = max((b.bottom for b in taken), default=area.bottom) + gap
    box = Box(area.x, y, req.w, req.h)
    return PlacedLabel(req.key, req.text, box, req.anchor, leader=True, in_key=True)
