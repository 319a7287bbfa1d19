"""``bodymap regions`` and ``bodymap locate``: the region catalogue and hit test, without Qt.

* ``bodymap regions [--view VIEW] [--json]`` lists every region: id, label, side (the
  patient's), views, Widespread Pain Index area and body region, and for each of its views the
  bounding box ``[x0, y0, x1, y1]`` and one inside point ``[x, y]`` in viewBox units.
* ``bodymap locate VIEW X Y [--json]`` names the region under a point of a view.  Exit codes:
  0 found, 1 the point is outside the body (message on stderr), 2 unknown view.

JSON shapes::

    regions: [{"id", "label", "side", "views": [...], "wpi_area", "body_region",
               "geometry": {VIEW: {"bbox": [x0, y0, x1, y1], "inside_point": [x, y]} | null}},
              ...]   (null: the region is catalogued for VIEW but the drawing lacks it)
    locate:  {"view", "x", "y", "region": id | null, "label": str | null}
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

EXIT_OK = 0
EXIT_OUTSIDE = 1
EXIT_USAGE = 2


def register(subparsers: Any) -> None:
    """Add the ``regions`` and ``locate`` sub-commands to an argparse sub-parser group."""
    p = subparsers.add_parser(
        "regions",
        help=QCoreApplication.translate(
            "cli.regions", "list the body regions and where they are drawn"),
        description=QCoreApplication.translate(
            "cli.regions",
            "List every body region with its label, side (the patient's), views, Widespread "
            "Pain Index area, body region, and per view its bounding box and an inside point "
            "in viewBox units."),
    )
    p.add_argument("--view", metavar=QCoreApplication.translate("cli.regions", "VIEW"),
                   help=QCoreApplication.translate(
                       "cli.regions", "only the regions drawn in this view"))
    p.add_argument("--json", action="store_true", help=QCoreApplication.translate(
        "cli.regions", "print JSON instead of a table"))
    p.set_defaults(func=run_regions)

    p = subparsers.add_parser(
        "locate",
        help=QCoreApplication.translate(
            "cli.regions", "name the body region under a point of a view"),
        description=QCoreApplication.translate(
            "cli.regions",
            "Name the region under the point (X, Y) of VIEW, in viewBox units. Exit status 1 "
            "if the point is outside the body, 2 if the view is unknown."),
    )
    p.add_argument("view", metavar=QCoreApplication.translate("cli.regions", "VIEW"),
                   help=QCoreApplication.translate(
                       "cli.regions", "front, back, head_right, head_left or soles"))
    p.add_argument("x", metavar="X", type=float)
    p.add_argument("y", metavar="Y", type=float)
    p.add_argument("--json", action="store_true",
                   help=QCoreApplication.translate("cli.regions", "print JSON"))
    p.set_defaults(func=run_locate)


def _anatomy() -> Any:
    from bodymap.anatomy import regions

    return regions


def _num(v: float) -> float:
    """Round map coordinates for output (1/100 of a map unit is far below a pixel)."""
    r = round(float(v), 2)
    return 0.0 if r == 0 else r


def _bbox(anatomy: Any, view: str, region_id: str) -> list[float]:
    x0, y0, x1, y1 = anatomy.region_bbox(view, region_id)
    return [_num(x0), _num(y0), _num(x1), _num(y1)]


def _unknown_view(anatomy: Any, view: str) -> int:
    known = ", ".join(anatomy.VIEWS)
    print(QCoreApplication.translate(
        "cli.regions", "bodymap: unknown view {view}; the views are: {known}"
    ).format(view=repr(view), known=known), file=sys.stderr)
    return EXIT_USAGE


def region_records(view: str | None = None) -> list[dict[str, Any]]:
    """The data behind ``bodymap regions`` (also used by tests and other commands)."""
    anatomy = _anatomy()
    if view is not None:
        in_view = set(anatomy.regions_in_view(view))
        ids = [rid for rid in anatomy.REGIONS if rid in in_view]
        # Regions a view draws but the catalogue lacks would be a data bug; still list them.
        ids += [rid for rid in anatomy.regions_in_view(view) if rid not in anatomy.REGIONS]
    else:
        ids = list(anatomy.REGIONS)
    records = []
    for rid in ids:
        region = anatomy.REGIONS.get(rid)
        views = list(region.views) if region is not None else [view]
        shown = [view] if view is not None else views
        geometry = {}
        for v in shown:
            try:
                px, py = anatomy.inside_point(v, rid)
                bbox = _bbox(anatomy, v, rid)
            except KeyError:  # the catalogue names the view but the drawing lacks the region
                geometry[v] = None
                continue
            geometry[v] = {"bbox": bbox, "inside_point": [_num(px), _num(py)]}
        records.append(
            {
                "id": rid,
                "label": _label(rid),
                "side": region.side if region is not None else None,
                "views": views,
                "wpi_area": getattr(region, "wpi_area", None),
                "body_region": getattr(region, "body_region", None),
                "geometry": geometry,
            }
        )
    return records


def _label(region_id: str) -> str:
    """A region's name in the language of the run (the id for an unknown one)."""
    from bodymap.ui.labels import region_label

    return region_label(region_id)


def _side(side: str | None) -> str:
    """The patient's side in words for the table (JSON keeps the id)."""
    words = {
        "right": QCoreApplication.translate("cli.regions", "right"),
        "left": QCoreApplication.translate("cli.regions", "left"),
        "midline": QCoreApplication.translate("cli.regions", "midline"),
    }
    return words.get(side or "", side or "-")


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines)


def _fmt(v: float) -> str:
    return f"{v:g}"


def run_regions(args: argparse.Namespace) -> int:
    anatomy = _anatomy()
    view = getattr(args, "view", None)
    if view is not None and view not in anatomy.VIEWS:
        return _unknown_view(anatomy, view)
    records = region_records(view)
    if args.json:
        print(json.dumps(records, indent=2, ensure_ascii=False))
        return EXIT_OK
    headers = (
        QCoreApplication.translate("cli.regions", "ID"),
        QCoreApplication.translate("cli.regions", "LABEL"),
        QCoreApplication.translate("cli.regions", "SIDE"),
        QCoreApplication.translate("cli.regions", "WPI AREA"),
        QCoreApplication.translate("cli.regions", "BODY REGION"),
        QCoreApplication.translate("cli.regions", "VIEW"),
        QCoreApplication.translate("cli.regions", "BBOX"),
        QCoreApplication.translate("cli.regions", "INSIDE"),
    )
    rows = []
    for rec in records:
        first = True
        for v, geo in rec["geometry"].items():
            if geo is None:
                bbox = inside = QCoreApplication.translate("cli.regions", "(not drawn)")
            else:
                x0, y0, x1, y1 = geo["bbox"]
                px, py = geo["inside_point"]
                bbox = f"{_fmt(x0)},{_fmt(y0)} {_fmt(x1)},{_fmt(y1)}"
                inside = f"{_fmt(px)},{_fmt(py)}"
            if first:
                rows.append(
                    (
                        rec["id"],
                        rec["label"],
                        _side(rec["side"]),
                        rec["wpi_area"] or "-",
                        rec["body_region"] or "-",
                        v,
                        bbox,
                        inside,
                    )
                )
                first = False
            else:
                rows.append(("", "", "", "", "", v, bbox, inside))
    print(_table(headers, rows))
    count = len(records)  # a plain name: lupdate reads no other expression as the count
    print("\n" + QCoreApplication.translate("cli.regions", "%n regions", None, count))
    return EXIT_OK


def run_locate(args: argparse.Namespace) -> int:
    anatomy = _anatomy()
    if args.view not in anatomy.VIEWS:
        return _unknown_view(anatomy, args.view)
    view = anatomy.VIEWS[args.view]
    x, y = float(args.x), float(args.y)
    inside_box = 0.0 <= x <= view.width and 0.0 <= y <= view.height
    region_id = anatomy.region_at(args.view, x, y) if inside_box else None
    region = anatomy.REGIONS.get(region_id) if region_id is not None else None
    label = _label(region_id) if region is not None else region_id
    if args.json:
        payload = {
            "view": args.view,
            "x": _num(x),
            "y": _num(y),
            "region": region_id,
            "label": label,
        }
        print(json.dumps(payload, ensure_ascii=False))
    if region_id is None:
        if inside_box:
            text = QCoreApplication.translate(
                "cli.regions", "bodymap: point ({x}, {y}) is outside the body in view {view} "
                "(viewBox 0 0 {width} {height})")
        else:
            text = QCoreApplication.translate(
                "cli.regions", "bodymap: point ({x}, {y}) is outside the drawing in view "
                "{view} (viewBox 0 0 {width} {height})")
        print(text.format(x=_fmt(x), y=_fmt(y), view=repr(args.view), width=_fmt(view.width),
                          height=_fmt(view.height)), file=sys.stderr)
        return EXIT_OUTSIDE
    if not args.json:
        print(f"{region_id}\t{label}")
    return EXIT_OK
